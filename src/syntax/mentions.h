// Actor mentions in a sentence: dictionary phrases composed into noun phrases ("Iraqi Kurdish officials",
// "U.S. President Donald Trump", "an official with the Kurdistan Freedom Party"), pronouns and
// "the group" resolved against the actors met earlier in the story.
#ifndef DYAD_SYNTAX_MENTIONS_H_
#define DYAD_SYNTAX_MENTIONS_H_

#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "text/tokens.h"

namespace dyad::syntax {

struct Mention {
  int first = 0, last = 0;      // token range [first, last)
  std::string code;             // full CAMEO code ("IRQKURGOV"); may be empty for unknown names
  std::string name;             // display name of the main entry, if any
  std::string country;
  std::string type;             // CAMEO role
  std::vector<std::string> entries;  // file:line of the entries that fired
  bool named = false;           // a named country, organisation, group or person (not only agents)
  bool person = false;
  bool plural = false;
  bool adjective_only = false;  // "Iranian" before a non-actor noun: usable only as a modifier
  bool pronoun = false;         // resolved from an earlier mention
  bool nominal_group = false;   // "the group", "the organisation": refers back to an armed group/org
  bool implied = false;         // not in the text: implied by the event ("martial law" falls on the country)
  bool place = false;           // named by a place: a seat of power ("Tehran") or a city standing for its country
};

// What earlier sentences of the story said, for pronouns. Owned by the caller, one per story.
struct StoryContext {
  std::vector<Mention> recent;  // most recent last
  bool more_to_come = true;     // false while reading a story's last sentence: nothing after it refers back
  void Remember(const Mention& m);

  // Cue counts for the dictionary's `choose` rules: [rule][reading] over the whole story and per sentence.
  struct Cue {
    int rule, option, token;
  };
  std::vector<std::vector<int>> story_cues;
  std::vector<std::vector<Cue>> sentence_cues;  // per sentence, with positions
  int sentence = -1;               // index into sentence_cues of the sentence being read
  std::string dateline_country;

  // Counts cue phrases in each sentence (call once per story, before FindMentions).
  void CountCues(const lexicon::ActorDict& dict, const std::vector<const std::vector<text::Token>*>& sentences);
  // The reading of `rule` the story supports best for a phrase at token `at` of the current sentence, or
  // -1 when nothing points anywhere. Cues near the phrase weigh most, then the sentence, the story and
  // the dateline.
  int Choose(int rule, const lexicon::ActorDict& dict, int at) const;
};

// Finds the mentions in `toks` (one sentence, `n` tokens used). `date` is the story date for roles.
// `text` is the story text the token offsets point into (for unknown names after titles).
std::vector<Mention> FindMentions(const std::vector<text::Token>& toks, size_t n,
                                  const lexicon::ActorDict& dict, const std::string& date,
                                  StoryContext* context);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MENTIONS_H_
