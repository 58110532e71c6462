// Verb patterns -> events: matches the pattern dictionary in one sentence, finds source and target from
// clause structure, and completes each event with its code facts, modality, date, place and attribution.
#ifndef DYAD_CODE_CODER_H_
#define DYAD_CODE_CODER_H_

#include <string>
#include <vector>

#include "dyad/event.h"
#include "lexicon/actors.h"
#include "lexicon/gazetteer.h"
#include "lexicon/verbs.h"
#include "resolve/calendar.h"
#include "resolve/places.h"
#include "syntax/mentions.h"
#include "text/sentences.h"

namespace dyad::code {

// Everything compiled from the dictionaries; immutable once built.
struct Lexicon {
  lexicon::ActorDict actors;
  lexicon::VerbDict verbs;
  lexicon::Gazetteer gazetteer;
  bool cameo_frames = true;  // Options::cameo_frames
  bool first_verb_per_clause = false;  // Options::first_verb_per_clause
};

// The story's last dated event, carried to the next sentence (narrative time).
struct NarrativeTime {
  int sentence = -1;
  std::string date, precision;
};

struct SentenceJob {
  std::string_view story_text;            // normalised story text
  const text::SentenceSpan* span = nullptr;
  size_t n = 0;                           // tokens to use (bounded by Options)
  int index = 0;                          // 1-based sentence number
  const std::vector<syntax::Mention>* mentions = nullptr;
  std::vector<syntax::Mention>* mentions_to_take = nullptr;  // when set, used instead of a copy (moved from)
  bool anonymity_nearby = false;          // "on condition of anonymity" here or in the next sentence
  const resolve::Ymd* story_date = nullptr;  // nullptr when the story has no date
  const resolve::StoryPlaces* story_places = nullptr;
  resolve::PlaceCache* place_cache = nullptr;  // this sentence's gazetteer names (may be nullptr)
  // Fallback places: the dateline (where the reporter is: used only when nothing better is said and the
  // actors belong there) and the last event place of this paragraph (updated by CodeSentence).
  const Location* dateline_place = nullptr;
  std::optional<Location>* paragraph_place = nullptr;
  NarrativeTime* narrative = nullptr;
};

// Appends the events of one sentence to `out` (story-level fields are filled in by the caller).
void CodeSentence(const Lexicon& lex, const SentenceJob& job, std::vector<Event>* out);

}  // namespace dyad::code

#endif  // DYAD_CODE_CODER_H_
