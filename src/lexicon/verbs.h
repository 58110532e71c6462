// Verb patterns (dict/verbs/NN.txt; format in dict/FORMAT.md) and the CAMEO event table
// (dict/cameo/events.tsv). Compiled into an index from surface word forms to patterns.
#ifndef DYAD_LEXICON_VERBS_H_
#define DYAD_LEXICON_VERBS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "text/tokens.h"

#include "lexicon/dict_file.h"

namespace dyad::lexicon {

struct PatternElem {
  // kSource: a `$` slot (TABARI/PETRARCH patterns) where the source is named after the verb ("freed from X").
  // kSkipActor: TABARI `^`, the next actor is passed over ("* AT ^ +": "warned at Gondor of X" targets X).
  enum class Kind : unsigned char { kWord, kTarget, kSkip, kSource, kSkipActor };
  Kind kind = Kind::kWord;
  std::vector<std::string> alternatives;  // kWord: lower-case forms
  std::vector<std::string> stems;         // kWord: lower-case prefixes (TABARI stems: "violat")

  // Does a lower-case word match this kWord element?
  bool Matches(std::string_view w) const;
};

struct VerbPattern {
  std::string code;                   // CAMEO event code
  bool nominal = false;               // `~noun` pattern
  std::string head;                   // verb lemma or noun
  std::vector<PatternElem> rest;      // elements after the head
  std::vector<PatternElem> before;    // kWord/kSkip (and TABARI kTarget/kSource) elements before the head, in text order
  std::vector<std::string> source_types;  // [MIL,REB] constraint; empty = any
  std::string where;                  // file:line
  bool has_target_slot = false;
  // TABARI/PETRARCH: `[032:033]` also codes 033 from the target back to the source ("left for X" = visit
  // and receive a visit); `[:173]` codes only that reverse event. Empty = none. A pattern whose code and
  // paired_code are both empty is a discard (`[---]`): it wins its words and codes nothing.
  std::string paired_code;
  std::vector<std::string> forms;     // explicit surface forms of the head (`{GAVE GIVEN}`), lower case
  bool stem_head = false;             // TABARI stem: the head matches any word it begins ("accus")
  bool inflected_only = false;        // `demand!`: only the past and -ing forms (the base and -s forms are nouns too)
  // TABARI/PETRARCH: with no `+`, the target is the first actor after the matched words in the clause
  // ("restored diplomatic ties with X"), not only a direct object.
  bool next_actor_is_target = false;
  // TABARI '%': a compound actor before the verb ("% * DIPLOMATIC": the source's) or after it ("HAS * WITH %":
  // the target's) acts among its members, each on each other.
  enum class Compound : unsigned char { kNone, kSource, kTarget };
  Compound compound = Compound::kNone;
};

// How a surface word relates to its pattern head.
enum class Form : unsigned char { kBase, kThird, kPast, kParticiple, kPastOrParticiple, kIng, kNoun };

// One pattern a word form can head, with what the coder tests first kept beside it: the hits of a common
// head are scanned in a row, and most are turned away here without touching the pattern.
struct FormHit {
  FormHit(int p, Form f) : pattern(p), form(f) {}
  int pattern;
  Form form;
  bool alternatives = false;  // some literal the pattern needs has alternatives ("with/against")
  text::WordBits needs;       // the one-word literals the pattern needs after its head
};

struct EventCode {
  std::string code;
  double goldstein = 0;
  int quad = 0;
  std::string plover;
  std::string name;
};

class VerbDict {
 public:
  // Loads the irregular verbs, the CAMEO table and, with `patterns`, dict_dir's own verbs/ patterns.
  void LoadDir(const std::string& dict_dir, Errors* errors, bool patterns = true);
  // One pattern file: dyad's format, or a TABARI .verbs / PETRARCH verb dictionary (recognised by content).
  void LoadFile(const std::string& path, Errors* errors);
  void Build();

  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // False when pattern `pattern` cannot match a sentence with these words: some literal element after its
  // head (a kWord without stems) has no form among them. True otherwise (and for patterns added after Build).
  bool MayMatch(int pattern, const text::WordBits& sentence_words) const {
    if (pattern < 0 || static_cast<size_t>(pattern) >= required_.size()) return true;
    return sentence_words.Covers(needs_[pattern]) && AlternativesMayMatch(pattern, sentence_words);
  }
  bool MayMatch(const FormHit& hit, const text::WordBits& sentence_words) const {
    return sentence_words.Covers(hit.needs) && (!hit.alternatives || AlternativesMayMatch(hit.pattern, sentence_words));
  }
  // Patterns whose head matches this lower-case word form; nullptr when none.
  // Words no head form matches fall back to the longest stem head they begin with.
  const std::vector<FormHit>* Lookup(std::string_view lower) const;
  const EventCode* Code(const std::string& code) const {
    auto it = codes_.find(code);
    return it == codes_.end() ? nullptr : &it->second;
  }
  size_t event_codes() const { return codes_.size(); }

  // Inflections of a verb lemma, using the irregular table.
  struct Inflections {
    std::string third, past, participle, ing;
  };
  Inflections Inflect(const std::string& lemma) const;
  // Is `lower` a past participle of some verb known to the irregular table or ending in -ed?
  bool LooksLikeParticiple(std::string_view lower) const;

 private:
  void LoadIrregular(const std::string& path, Errors* errors);
  void LoadPatterns(const std::string& path, Errors* errors);
  void LoadCodes(const std::string& path, Errors* errors);

  bool AlternativesMayMatch(int pattern, const text::WordBits& sentence_words) const {
    const auto [first, count] = required_[pattern];
    for (uint32_t q = first; q < first + count; ++q)
      if (!required_words_[q].Intersects(sentence_words)) return false;
    return true;
  }

  std::vector<VerbPattern> patterns_;
  // Per pattern (by Build): the one-word literals after its head (needs_), and its literals with
  // alternatives as word sets, [first, first + count) of required_words_.
  // A copy of forms_ made by Build(), looked up by word hash with open addressing (index + 1, 0 = empty).
  std::vector<std::pair<std::string, std::vector<FormHit>>> form_list_;
  std::vector<std::pair<uint64_t, uint32_t>> form_slots_;  // (hash, index + 1)
  std::vector<std::pair<uint32_t, uint32_t>> required_;
  std::vector<text::WordBits> required_words_;
  std::vector<text::WordBits> needs_;
  // Looked up by std::string_view without building a string (heterogeneous lookup).
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<FormHit>, StringHash, std::equal_to<>> forms_;
  std::unordered_map<std::string, std::vector<FormHit>> stems_;  // stem heads
  size_t longest_stem_ = 0;
  std::unordered_map<std::string, EventCode> codes_;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // lemma -> past, participle, ...
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> participles_;
};

// Regular English plural of a noun ("strike" -> "strikes", "crisis" -> "crises").
std::string Pluralize(const std::string& noun);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_VERBS_H_
