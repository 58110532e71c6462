// Gold sets for `dyad eval` that score what dyad recognises besides events:
//   - TimeML (a directory of .tml files such as TempEval-3 platinum): TIMEX3 spans and values, scored as
//     TempEval-3 does (strict and relaxed span F1, value F1 over relaxed matches), each document against its
//     creation time;
//   - geoparsing XML (LGL, GeoWebNews): gold toponyms with offsets and coordinates; recognition precision
//     (system spans overlapping any gold span) and recall (gold toponyms with coordinates that a system span
//     overlaps), and accuracy within 161 km on the recognised gold toponyms.
#ifndef DYAD_EVAL_ANNOTATED_H_
#define DYAD_EVAL_ANNOTATED_H_

#include <optional>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "dyad/status.h"

namespace dyad::eval {

struct GoldSpan {
  int begin = 0, end = 0;  // code points into the document text
  std::string value;       // TIMEX3 value
  std::optional<double> lat, lon;
};

struct GoldDoc {
  std::string id, date, text;
  std::vector<GoldSpan> spans;
};

struct AnnotatedSet {
  std::string path, kind;  // "timex" or "toponyms"
  std::vector<GoldDoc> docs;
};

// A directory of .tml files, or an XML file of <article>s with <toponym>s.
bool IsAnnotatedSet(const std::string& path);
Result<AnnotatedSet> ReadAnnotated(const std::string& path);

// Scores and returns the JSON line of DESIGN.md ("timex": strict_f1, relaxed_f1, value_f1; "toponyms": p, r,
// acc161), with a readable summary in *text.
// With `explain`, lists per document the gold spans missed and the spans found that match none.
std::string ScoreAnnotated(const AnnotatedSet& set, const Engine& engine, std::string* text,
                           std::string* explain = nullptr);

}  // namespace dyad::eval

#endif  // DYAD_EVAL_ANNOTATED_H_
