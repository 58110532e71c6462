// Gold standards for `dyad eval`: readers for the formats the field uses, all into one shape.
//   - PETRARCH XML records (PETR.UnitTest.records.xml; PETR2_GSR_validation.xml, read leniently since it
//     is not well-formed XML): <Sentence id date>, <EventCoding sourcecode targetcode eventcode | noevents>,
//     <Text>; the <Environment> names the set's own dictionary files.
//   - TABARI validation text (Validate.text): "YYMMDD  ID" lines, the text, then /* ... { SRC / TGT / CODE }
//     ... */ (expectation lines may follow the comment's close); the project file next to it names the
//     dictionaries and the options file. `{ OPTION: ... }` records change the settings of the records after
//     them (TabariSettings); `-{ ... }` marks a record whose coding TABARI does not check; the standard
//     records end with the one that says "end of the standard validation records".
//   - PLOVER GSR JSON (PLOVER_GSR_CAMEO.txt): one event per record, with a PLOVER event type.
#ifndef DYAD_EVAL_GOLD_H_
#define DYAD_EVAL_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct GoldEvent {
  std::string source, target;  // CAMEO actor codes; empty = none
  std::string code;            // CAMEO event code, or a PLOVER event type for PLOVER sets
};

// What a TABARI run is told by its options file and by `{ OPTION: ... }` records, as it stands for one record.
struct TabariSettings {
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER: codes for a missing source or target (empty = none).
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  bool convert_agent = false;  // SET: CONVERT AGENT = TRUE: an agent with no actor is written ~AGT
  int min_words = 8;           // SET: MINIMUM WORDS = N: records of fewer words are not coded
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;  // SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL
  std::string forward;         // FORWARD: ^^*****NNN*SSS: the N positions of a record id name its story
  // COMMA: MIN = a MAX = b EMIN = c EMAX = d BMIN = e BMAX = f, or OFF: comma-delimited clauses TABARI
  // drops before coding when their length in words is within the bounds: inside the sentence (MIN..MAX),
  // at its end (EMIN..EMAX), at its start (BMIN..BMAX). The defaults are TABARI's.
  bool comma = true;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
};

// The text TABARI codes under `t`'s COMMA settings: comma-delimited clauses of the set lengths removed.
std::string DropCommaClauses(const std::string& text, const TabariSettings& t);

struct GoldRecord {
  std::string id;
  std::string date;            // YYYY-MM-DD or empty
  std::string text;
  std::string where;           // file:line of the record
  std::vector<GoldEvent> events;  // empty with no_events = the record must code nothing
  bool no_events = false;
  // TABARI sets: the settings in force, and the story the record belongs to when FORWARD is on (records of
  // one story are coded together, so pronouns look back across them); empty = a story of its own.
  TabariSettings tabari;
  std::string story;
};

struct GoldSet {
  std::string path;
  std::string format;          // "petrarch", "tabari", "plover"
  std::vector<GoldRecord> records;
  std::vector<std::string> actor_files, agent_files, verb_files;  // the set's own dictionaries (names)
  // Score events of every modality: set when the set is coded with its own TABARI/PETRARCH dictionaries,
  // whose patterns code negation themselves ("DIDN'T * OVER EFFORTS [904]"); these coders have no modality.
  bool every_modality = false;
};

// Reads a gold file, recognising its format from the content. Records that cannot be read are errors
// with file:line.
Result<GoldSet> ReadGold(const std::string& path);

// Applies one TABARI options command ("SET: CONVERT AGENT = TRUE", "DEFAULT: SOURCE [X] TARGET [Y]",
// "DEFAULT: OFF", "SET: MINIMUM WORDS = 4", "SET: CODE ALL", "FORWARD: ^^*****NNN*SSS [OFF]") to `t`;
// commands that do not change what is scored (COMPLEX, OUTPUT, LABEL, ...) are ignored.
void ApplyTabariOption(std::string_view command, TabariSettings* t);

}  // namespace dyad::eval

#endif  // DYAD_EVAL_GOLD_H_
