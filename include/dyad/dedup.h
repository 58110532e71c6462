// dyad — one event reported by many stories: collapsing a corpus's events into distinct events, each with
// the list of stories and sentences (mentions) that reported it.
//
// Two events are the same event when they have the same key:
//   (event date, source actor code, target actor code, CAMEO code, modality)
// - Actor codes are the full CAMEO codes ("IRNMIL" and "IRNGOV" are different actors, as in the ICEWS and
//   Phoenix "one-a-day" filters), not countries; a missing side is part of the key as "no actor".
// - Modality is part of the key: "Iran did not strike Irbil on Tuesday" is not another report of the strike.
// - The date is compared as written: "2026-03-04" and "2026-03" are different dates.
// - An event without a date, or with neither source nor target, is never merged: nothing says that two
//   such reports are of the same event.
// Both stores group by the same key (Store::FindDeduped).
//
// Thread safety: an EventDeduplicator is used from one thread at a time.
#ifndef DYAD_DEDUP_H_
#define DYAD_DEDUP_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/event.h"

namespace dyad {

// The JSON object of one mention: where the event was reported and how that sentence put it,
// {"story","sentence","published","source_text","target_text","attribution_text",
//  "evidence":{"source","verb","target"}}: actor and attribution texts as written (or null) and character
// spans into that story's sentence.
std::string MentionToJson(const Event& e);

// `event_json` (one EventToJson object) with "mention_count", "story_count" and "mentions" (an array of
// MentionToJson objects, the first being the event itself) added at the end.
std::string DedupedEventJson(std::string_view event_json, const std::vector<std::string>& mention_jsons,
                             size_t story_count);

// The dedup key of an event as described above, or "" when the event is never merged.
std::string DedupKey(const Event& e);

class EventDeduplicator {
 public:
  struct Mention {
    std::string story;
    int sentence = 0;
    std::string json;  // MentionToJson
  };
  // One distinct event: the first report of it, and every report in the order added.
  struct Group {
    Event event;
    std::vector<Mention> mentions;
    size_t StoryCount() const;  // distinct story ids among the mentions
  };

  // Adds one reported event; it becomes a new group or a mention of an earlier one.
  void Add(const Event& e);
  // Distinct events in the order of their first report.
  const std::vector<Group>& groups() const { return groups_; }
  size_t mentions() const { return mentions_; }

 private:
  std::vector<Group> groups_;
  std::unordered_map<std::string, size_t> index_;  // DedupKey -> position in groups_
  size_t mentions_ = 0;
};

// The JSON line of a group: DedupedEventJson of its first event with all its mentions.
std::string GroupToJson(const EventDeduplicator::Group& g);

}  // namespace dyad

#endif  // DYAD_DEDUP_H_
