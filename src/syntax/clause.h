// Shallow clause structure over tokens and actor mentions: subjects (across appositives and relative
// clauses), objects, compound actors, passive voice, negation and modality, reported speech.
#ifndef DYAD_SYNTAX_CLAUSE_H_
#define DYAD_SYNTAX_CLAUSE_H_

#include <string>
#include <vector>

#include "dyad/event.h"
#include "syntax/mentions.h"
#include "text/tokens.h"

namespace dyad::syntax {

// One sentence prepared for clause analysis.
struct SentenceView {
  const std::vector<text::Token>& toks;
  size_t n;                               // tokens in use
  const std::vector<Mention>& mentions;
  std::vector<int> mention_at;            // token -> mention index or -1
  std::vector<bool> transparent;          // tokens of time expressions ("on Thursday"): skipped by matching
  text::WordBits words;                   // the words of tokens [0, n), for VerbDict::MayMatch

  SentenceView(const std::vector<text::Token>& t, size_t count, const std::vector<Mention>& m);
  std::string_view w(size_t i) const { return toks[i].lower; }
};

// A word that starts a new clause when scanning (that, which, because, ";", ...).
bool IsClauseBoundary(std::string_view w);
bool IsAuxiliary(std::string_view w);
bool IsPreposition(std::string_view w);
bool IsAdverbWord(std::string_view w);  // "already", "reportedly", ... (words between an auxiliary and its verb)

// The subject of the verb at token `v`: the nearest actor to the left within the clause, skipping
// actors inside prepositional phrases and appositives; through "who"/"which" to the antecedent.
// Returns a mention index or -1.
int FindSubject(const SentenceView& s, size_t v);

// The actor starting at or shortly after token `from` (skipping determiners and adjectives), or -1.
int FindObject(const SentenceView& s, size_t from, size_t max_skip = 3);

// Mentions coordinated with mention `m` by "and" / "," (the U.S. and Israel): returns all of them,
// `m` included, in text order.
std::vector<int> Coordinated(const SentenceView& s, int m);

// Is the verb at `v` passive ("was attacked", "had been contacted")?
bool IsPassive(const SentenceView& s, size_t v, bool participle_form);

// Modality of the event whose head is at token `v`; `clause_start` bounds the look-back.
Modality ModalityOf(const SentenceView& s, size_t v, size_t clause_start);

// Token range [begin, end) of the clause around token `v`.
void ClauseBounds(const SentenceView& s, size_t v, size_t* begin, size_t* end);

// Reporting verbs ("said", "told", "according to"): the speaker's mention index (or -1 with
// `speaker_text` set from unknown capitalised words), for each reporting verb in the sentence.
struct Speech {
  size_t verb = 0;           // token of the reporting verb
  int speaker = -1;          // mention index or -1
  int speaker_first = -1, speaker_last = -1;  // token range of the speaker's words
};
std::vector<Speech> FindSpeech(const SentenceView& s);

// Is token `k` used as a reporting verb here ("said", or "announced" before "that" or at the end of the
// sentence: "..., Chancellor Scholz announced.")?
bool IsReporting(const SentenceView& s, size_t k);
bool IsSpeechVerb(std::string_view w);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_CLAUSE_H_
