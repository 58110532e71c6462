// Collapsing events reported by several stories into one event with its mentions (dyad/dedup.h).
#include "dyad/dedup.h"

#include <unordered_set>

#include "dyad/engine.h"
#include "util/json.h"

namespace dyad {

namespace {

void TextOrNull(std::string* o, const std::string& s, bool present) {
  if (!present) {
    o->append("null");
    return;
  }
  json::AppendString(o, s);
}

void SpanOrNull(std::string* o, const Span* s) {
  if (!s) {
    o->append("null");
    return;
  }
  o->push_back('[');
  o->append(std::to_string(s->begin));
  o->push_back(',');
  o->append(std::to_string(s->end));
  o->push_back(']');
}

}  // namespace

std::string MentionToJson(const Event& e) {
  std::string o;
  o.reserve(192);
  o.push_back('{');
  json::AppendKey(&o, "story");
  json::AppendString(&o, e.story);
  o.push_back(',');
  json::AppendKey(&o, "sentence");
  o.append(std::to_string(e.sentence));
  o.push_back(',');
  json::AppendKey(&o, "published");
  TextOrNull(&o, e.published, !e.published.empty());
  o.push_back(',');
  json::AppendKey(&o, "source_text");
  TextOrNull(&o, e.source ? e.source->text : "", e.source.has_value());
  o.push_back(',');
  json::AppendKey(&o, "target_text");
  TextOrNull(&o, e.target ? e.target->text : "", e.target.has_value());
  o.push_back(',');
  json::AppendKey(&o, "attribution_text");
  TextOrNull(&o, e.attribution ? e.attribution->text : "", e.attribution.has_value());
  o.push_back(',');
  json::AppendKey(&o, "evidence");
  o.push_back('{');
  json::AppendKey(&o, "source");
  SpanOrNull(&o, e.source ? &e.source->span : nullptr);
  o.push_back(',');
  json::AppendKey(&o, "verb");
  SpanOrNull(&o, &e.verb);
  o.push_back(',');
  json::AppendKey(&o, "target");
  SpanOrNull(&o, e.target ? &e.target->span : nullptr);
  o.append("}}");
  return o;
}

std::string DedupedEventJson(std::string_view event_json, const std::vector<std::string>& mention_jsons,
                             size_t story_count) {
  std::string o(event_json);
  if (!o.empty() && o.back() == '}') o.pop_back();
  o.push_back(',');
  json::AppendKey(&o, "mention_count");
  o.append(std::to_string(mention_jsons.size()));
  o.push_back(',');
  json::AppendKey(&o, "story_count");
  o.append(std::to_string(story_count));
  o.push_back(',');
  json::AppendKey(&o, "mentions");
  o.push_back('[');
  for (size_t i = 0; i < mention_jsons.size(); ++i) {
    if (i) o.push_back(',');
    o.append(mention_jsons[i]);
  }
  o.append("]}");
  return o;
}

std::string DedupKey(const Event& e) {
  if (e.date.empty() || (!e.source && !e.target)) return "";
  constexpr char kSep = '\x1f';  // never in a date or a code
  std::string k = e.date;
  k += kSep;
  if (e.source) k += e.source->code;
  k += kSep;
  if (e.target) k += e.target->code;
  k += kSep;
  k += e.cameo;
  k += kSep;
  k += ModalityName(e.modality);
  return k;
}

size_t EventDeduplicator::Group::StoryCount() const {
  std::unordered_set<std::string_view> ids;
  for (const Mention& m : mentions) ids.insert(m.story);
  return ids.size();
}

void EventDeduplicator::Add(const Event& e) {
  ++mentions_;
  Mention m{e.story, e.sentence, MentionToJson(e)};
  std::string key = DedupKey(e);
  if (!key.empty()) {
    auto [it, inserted] = index_.try_emplace(std::move(key), groups_.size());
    if (!inserted) {
      groups_[it->second].mentions.push_back(std::move(m));
      return;
    }
  }
  groups_.push_back(Group{e, {}});
  groups_.back().mentions.push_back(std::move(m));
}

std::string GroupToJson(const EventDeduplicator::Group& g) {
  std::vector<std::string> mentions;
  mentions.reserve(g.mentions.size());
  for (const auto& m : g.mentions) mentions.push_back(m.json);
  return DedupedEventJson(EventToJson(g.event), mentions, g.StoryCount());
}

}  // namespace dyad
