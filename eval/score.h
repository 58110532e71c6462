// Scoring for `dyad eval`: codes every record of a gold set and compares events.
//
// An event matches a gold event when the codes match (full CAMEO code, or the root for root scores, or
// the PLOVER type for PLOVER sets) and both actors match. Actors match when their primary codes (first
// three letters: the country or IGO/NGO/MED prefix) agree, or both are absent: dyad's agent suffixes
// (USAGOV vs USA) are not held against it. Each gold event matches at most one coded event. Asserted and
// future events are scored (gold sets code planned events as events); negated and hypothetical ones are not,
// unless the set is coded with its own dictionaries (GoldSet::every_modality).
#ifndef DYAD_EVAL_SCORE_H_
#define DYAD_EVAL_SCORE_H_

#include <functional>
#include <string>

#include "dyad/engine.h"
#include "gold.h"

namespace dyad::eval {

struct SetScore {
  std::string path, kind = "events";
  size_t records = 0, exact = 0;
  size_t with_events = 0, with_events_exact = 0;  // records that expect at least one event
  size_t expected = 0, found = 0, matched = 0, matched_root = 0;
  size_t dyads_expected = 0, dyads_found = 0, dyads_matched = 0;
  // PLOVER sets: records with one gold event, and how many of them got its type as their first event.
  size_t one_event = 0, one_event_correct = 0;

  double P() const { return found ? static_cast<double>(matched) / found : 0; }
  double R() const { return expected ? static_cast<double>(matched) / expected : 0; }
  double RootP() const { return found ? static_cast<double>(matched_root) / found : 0; }
  double RootR() const { return expected ? static_cast<double>(matched_root) / expected : 0; }
};

// Codes every record with `engine` and scores it. With `explain`, appends per record what was expected,
// what was found and the dictionary entries that fired.
SetScore ScoreSet(const GoldSet& set, const Engine& engine, std::string* explain);

// The same with the engine chosen per record (TABARI's SET: CODE ALL codes every matched verb, its other
// settings one verb per clause: two engines). Records of one story (GoldRecord::story) are coded together
// with the engine of the first. TABARI sets are scored as TABARI writes events: see TabariSettings.
using EngineFor = std::function<const Engine*(const GoldRecord&)>;
SetScore ScoreSet(const GoldSet& set, const EngineFor& engine_for, std::string* explain);

std::string ScoreText(const SetScore& s);
std::string ScoreJson(const SetScore& s);

}  // namespace dyad::eval

#endif  // DYAD_EVAL_SCORE_H_
