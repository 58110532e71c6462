// Actor and agent dictionaries (dict/actors, dict/agents; format in dict/FORMAT.md), compiled into one
// phrase matcher. Immutable after Load(); safe to share between threads.
#ifndef DYAD_LEXICON_ACTORS_H_
#define DYAD_LEXICON_ACTORS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "lexicon/dict_file.h"
#include "lexicon/phrase.h"

namespace dyad::lexicon {

struct Role {
  std::string code;
  std::string from;  // YYYY-MM-DD or empty (open)
  std::string to;
  std::string note;
};

struct ActorEntry {
  enum class Kind { kCountry, kOrg, kGroup, kPerson };
  Kind kind = Kind::kCountry;
  std::string code;     // CAMEO code (empty for people: their roles carry codes)
  std::string name;
  std::string country;  // ISO-3 or empty
  std::string type;     // CAMEO role or empty
  std::string iso2;
  std::string default_code;
  std::vector<Role> roles;
  std::string where;    // file:line of the header

  // The code in force on `date` (YYYY-MM-DD; empty = today's roles, i.e. open-ended ones).
  std::string CodeOn(const std::string& date) const;
  std::string CountryOn(const std::string& date) const;
};

enum class PhraseRole : unsigned char { kName, kAdj, kDemonym, kSeat, kAgent, kEthnic, kTitle, kDiscard };

// `choose` rules (dict/FORMAT.md): an ambiguous phrase ("Georgia", "Congo", "Kurdish") takes the reading
// whose cue words the story uses most.
struct ChoiceRule {
  std::vector<std::string> codes;  // one per reading; "-" = not an actor
  std::string where;
};
struct CueHit {
  int rule;
  int option;
};

struct PhraseHit {
  PhraseRole role;
  int index;            // into entries() for kName/kAdj/kDemonym/kSeat; into agents() otherwise
  int line;             // dictionary line of the phrase
};

struct AgentEntry {
  std::string code;     // CAMEO role (agents, titles) or ethnic/religious code
  std::string where;    // file:line
};

class ActorDict {
 public:
  // Loads dyad-format files from <dict_dir>/actors and <dict_dir>/agents, plus `extra` files.
  // Errors are collected (file:line) into `errors`; loading continues past bad lines.
  void LoadDir(const std::string& dict_dir, Errors* errors);
  // A dyad-format file, or a TABARI/PETRARCH actor or agent file (recognised by its content).
  void LoadFile(const std::string& path, Errors* errors);
  void Build();

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const PhraseIndex<PhraseHit>& phrases() const { return phrases_; }

  // Country entry by ISO-3/CAMEO code or by ISO-2 code; nullptr when unknown.
  const ActorEntry* CountryByCode(const std::string& code) const;
  const ActorEntry* CountryByIso2(const std::string& iso2) const;
  bool IsCountryCode(const std::string& code) const { return CountryByCode(code) != nullptr; }

  size_t people() const;

  // "President Bush": the one person whose display name ends in `surname` (lower case) and who holds a
  // dated role on `date` (of the role type `type` when it is given); among several, the one whose role
  // note names the `title` (lower case: "president"); -1 when none or still several.
  int PersonBySurname(const std::string& surname, const std::string& date, std::string_view type,
                      std::string_view title) const;

  template <typename Fn>
  void ForEachPhrase(Fn&& fn) const {
    phrases_.ForEach([&](const auto& e) { fn(e.payload); });
  }

  // The choice rule for a matched phrase (its words lower-cased, joined by spaces), or -1.
  int ChoiceFor(const std::string& key) const {
    auto it = choice_by_phrase_.find(key);
    return it == choice_by_phrase_.end() ? -1 : it->second;
  }
  const std::vector<ChoiceRule>& choices() const { return choices_; }
  const PhraseIndex<CueHit>& cues() const { return cues_; }

  // For readers of other formats (lexicon/tabari.cc): add entries, agents and phrases directly.
  int AddEntry(ActorEntry e);
  int AddAgent(AgentEntry a);
  void AddPhrase(std::vector<PhraseToken> tokens, PhraseHit hit) { phrases_.Add(std::move(tokens), hit); }

 private:
  void LoadActors(const std::string& path, const std::vector<Line>& lines, Errors* errors);
  void AddPhrases(const std::string& list, PhraseRole role, int index, const std::string& path, int line,
                  Errors* errors);

  std::vector<ActorEntry> entries_;
  std::vector<AgentEntry> agents_;
  PhraseIndex<PhraseHit> phrases_;
  std::unordered_map<std::string, int> country_by_code_, country_by_iso2_;
  std::vector<ChoiceRule> choices_;
  std::unordered_map<std::string, int> choice_by_phrase_;
  std::unordered_map<std::string, std::vector<int>> people_by_surname_;
  PhraseIndex<CueHit> cues_;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_ACTORS_H_
