// dyad — coded events: the plain data types of the output contract (DESIGN.md, "Output contract").
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <optional>
#include <string>
#include <vector>

namespace dyad {

// A character (Unicode code point) range [begin, end) into the sentence text.
struct Span {
  int begin = 0;
  int end = 0;
};

// One side of an event: an actor as the text names it and as the dictionaries code it.
struct Actor {
  std::string text;     // the words in the sentence
  std::string name;     // display name from the dictionary ("United States"); may be empty
  std::string code;     // full CAMEO actor code ("USAGOV", "IRQKURGOV")
  std::string country;  // ISO-3 / CAMEO country or empty
  std::string type;     // CAMEO role (GOV, MIL, ...) or empty
  Span span;
  std::string entry;    // dictionary entry "file:line" that fired
};

struct Location {
  std::string name;
  std::string country;  // ISO-3
  std::string admin1;
  double lat = 0;
  double lon = 0;
  long geonameid = 0;   // 0 when the place is not a GeoNames city (country, admin1 region)
  std::string feature;  // "country", "admin1" or the GeoNames feature code ("PPLA", ...)
};

struct Attribution {
  std::string text;
  std::string code;
  bool anonymous = false;
};

enum class Modality { kAsserted, kNegated, kFuture, kHypothetical };
const char* ModalityName(Modality m);

struct Event {
  std::string story;
  int sentence = 0;         // 1-based index of the sentence in the story
  std::string text;         // the sentence
  std::string published;    // story date
  std::string date;         // event date: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
  std::string date_precision;  // day | month | year
  std::optional<Actor> source;
  std::optional<Actor> target;
  std::string cameo;        // "190"
  std::string root;         // "19"
  int quad = 0;             // QuadClass 1..4
  double goldstein = 0;
  std::string plover;       // PLOVER event type
  Modality modality = Modality::kAsserted;
  std::optional<Location> location;
  std::optional<Attribution> attribution;
  Span verb;                // evidence: the verb (or event noun)
  std::vector<std::string> entries;  // dictionary entries (file:line) that fired
};

// One sentence of a coded story (stored for full-text search).
struct Sentence {
  int index = 0;            // 1-based
  std::string text;
  int begin = 0;            // byte offset in the normalised story text
};

struct CodedStory {
  std::string id;
  std::string published;
  std::string title;
  std::string dateline;     // "IRBIL, Iraq" when the story has one
  std::vector<Sentence> sentences;
  std::vector<Event> events;
};

// What dyad recognised in a text besides events (for evaluation and inspection). Offsets are Unicode code
// points into the story text exactly as given, before normalisation.
struct TimeMention {
  int begin = 0, end = 0;
  std::string value;       // YYYY-MM-DD, YYYY-MM, YYYY, or PAST_REF / PRESENT_REF / FUTURE_REF when vague
  std::string precision;   // day | month | year | vague
};

struct PlaceMention {
  int begin = 0, end = 0;
  Location place;
};

struct Annotations {
  std::vector<TimeMention> times;
  std::vector<PlaceMention> places;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
