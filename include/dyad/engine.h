// dyad — the engine: dictionaries and gazetteer compiled once, then many stories coded.
//
// Thread safety: an Engine is immutable after Open(); Code() is const and may be called from any number
// of threads at once. Two engines with different dictionaries can coexist.
#ifndef DYAD_ENGINE_H_
#define DYAD_ENGINE_H_

#include <memory>
#include <string>

#include "dyad/event.h"
#include "dyad/options.h"
#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

class Engine {
 public:
  // Loads and validates dictionaries and the gazetteer named in `options`. Dictionary errors come back
  // as one Status listing every problem with file:line.
  static Result<std::unique_ptr<Engine>> Open(const Options& options);

  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Codes one story: sentences, events with dates, places and attribution. Fails only for input that
  // cannot be coded at all (invalid UTF-8, absurd size); such a story should be reported and skipped.
  Result<CodedStory> Code(const Story& story) const;

  // The time expressions (resolved against the story date) and places (resolved against the gazetteer)
  // of a story, with offsets into story.text. Same failures as Code().
  Result<Annotations> Annotate(const Story& story) const;

  // Counts of what was loaded, for `dyad dict stats` and the CLI summary.
  struct Stats {
    size_t actors = 0, people = 0, agents = 0, verb_patterns = 0, event_codes = 0, places = 0;
    // By kind, for `dyad dict stats`.
    size_t countries = 0, igos = 0, ngos = 0, media = 0, armed_groups = 0, parties = 0, other_groups = 0;
    size_t agent_nouns = 0, titles = 0, ethnic = 0, dated_roles = 0, verb_codes = 0;
  };
  Stats stats() const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Serialises one event as a JSON object on one line (the output contract of DESIGN.md), no newline.
std::string EventToJson(const Event& e);

}  // namespace dyad

#endif  // DYAD_ENGINE_H_
