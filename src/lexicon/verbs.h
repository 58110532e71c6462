// Verb patterns (dict/verbs/NN.txt; format in dict/FORMAT.md) and the CAMEO event table
// (dict/cameo/events.tsv). Compiled into an index from surface word forms to patterns.
#ifndef DYAD_LEXICON_VERBS_H_
#define DYAD_LEXICON_VERBS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/dict_file.h"

namespace dyad::lexicon {

struct PatternElem {
  enum class Kind : unsigned char { kWord, kTarget, kSkip };
  Kind kind = Kind::kWord;
  std::vector<std::string> alternatives;  // kWord: lower-case forms
};

struct VerbPattern {
  std::string code;                   // CAMEO event code
  bool nominal = false;               // `~noun` pattern
  std::string head;                   // verb lemma or noun
  std::vector<PatternElem> rest;      // elements after the head
  std::vector<std::string> source_types;  // [MIL,REB] constraint; empty = any
  std::string where;                  // file:line
  bool has_target_slot = false;
};

// How a surface word relates to its pattern head.
enum class Form : unsigned char { kBase, kThird, kPast, kParticiple, kPastOrParticiple, kIng, kNoun };

struct FormHit {
  int pattern;
  Form form;
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
  void LoadDir(const std::string& dict_dir, Errors* errors);
  void Build();

  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Patterns whose head matches this lower-case word form; nullptr when none.
  const std::vector<FormHit>* Lookup(const std::string& lower) const {
    auto it = forms_.find(lower);
    return it == forms_.end() ? nullptr : &it->second;
  }
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
  bool LooksLikeParticiple(const std::string& lower) const;

 private:
  void LoadIrregular(const std::string& path, Errors* errors);
  void LoadPatterns(const std::string& path, Errors* errors);
  void LoadCodes(const std::string& path, Errors* errors);

  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, std::vector<FormHit>> forms_;
  std::unordered_map<std::string, EventCode> codes_;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // lemma -> past, participle, ...
  std::unordered_map<std::string, bool> participles_;
};

// Regular English plural of a noun ("strike" -> "strikes", "crisis" -> "crises").
std::string Pluralize(const std::string& noun);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_VERBS_H_
