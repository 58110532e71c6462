// Gold standards for `dyad eval`: readers for the formats the field uses, all into one shape.
//   - PETRARCH XML records (PETR.UnitTest.records.xml; PETR2_GSR_validation.xml, read leniently since it
//     is not well-formed XML): <Sentence id date>, <EventCoding sourcecode targetcode eventcode | noevents>,
//     <Text>; the <Environment> names the set's own dictionary files.
//   - TABARI validation text (Validate.text): "YYMMDD  ID" lines, the text, then /* ... { SRC / TGT / CODE }
//     ... */; the project file next to it names the dictionaries.
//   - PLOVER GSR JSON (PLOVER_GSR_CAMEO.txt): one event per record, with a PLOVER event type.
#ifndef DYAD_EVAL_GOLD_H_
#define DYAD_EVAL_GOLD_H_

#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct GoldEvent {
  std::string source, target;  // CAMEO actor codes; empty = none
  std::string code;            // CAMEO event code, or a PLOVER event type for PLOVER sets
};

struct GoldRecord {
  std::string id;
  std::string date;            // YYYY-MM-DD or empty
  std::string text;
  std::string where;           // file:line of the record
  std::vector<GoldEvent> events;  // empty with no_events = the record must code nothing
  bool no_events = false;
};

struct GoldSet {
  std::string path;
  std::string format;          // "petrarch", "tabari", "plover"
  std::vector<GoldRecord> records;
  std::vector<std::string> actor_files, agent_files, verb_files;  // the set's own dictionaries (names)
};

// Reads a gold file, recognising its format from the content. Records that cannot be read are errors
// with file:line.
Result<GoldSet> ReadGold(const std::string& path);

}  // namespace dyad::eval

#endif  // DYAD_EVAL_GOLD_H_
