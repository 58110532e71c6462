// The output contract of DESIGN.md: one event as one JSON object.
#include "dyad/engine.h"
#include "util/json.h"

namespace dyad {

namespace {

void Key(std::string* o, const char* k) {
  o->push_back('"');
  o->append(k);
  o->append("\":");
}

void ActorJson(std::string* o, const std::optional<Actor>& a) {
  if (!a) {
    o->append("null");
    return;
  }
  o->push_back('{');
  Key(o, "text");
  json::AppendString(o, a->text);
  o->push_back(',');
  Key(o, "name");
  if (a->name.empty()) o->append("null");
  else json::AppendString(o, a->name);
  o->push_back(',');
  Key(o, "code");
  json::AppendString(o, a->code);
  o->push_back(',');
  Key(o, "country");
  if (a->country.empty()) o->append("null");
  else json::AppendString(o, a->country);
  o->push_back(',');
  Key(o, "type");
  if (a->type.empty()) o->append("null");
  else json::AppendString(o, a->type);
  o->push_back('}');
}

void AppendSpan(std::string* o, const Span& s) {
  o->push_back('[');
  o->append(std::to_string(s.begin));
  o->push_back(',');
  o->append(std::to_string(s.end));
  o->push_back(']');
}

void SpanJson(std::string* o, const std::optional<Actor>& a) {
  if (!a) {
    o->append("null");
    return;
  }
  AppendSpan(o, a->span);
}

}  // namespace

std::string EventToJson(const Event& e) {
  std::string o;
  o.reserve(1024);
  o.push_back('{');
  Key(&o, "story");
  json::AppendString(&o, e.story);
  o.append(",");
  Key(&o, "sentence");
  o.append(std::to_string(e.sentence));
  o.append(",");
  Key(&o, "text");
  json::AppendString(&o, e.text);
  o.append(",");
  Key(&o, "published");
  if (e.published.empty()) o.append("null");
  else json::AppendString(&o, e.published);
  o.append(",");
  Key(&o, "date");
  if (e.date.empty()) o.append("null");
  else json::AppendString(&o, e.date);
  o.append(",");
  Key(&o, "date_precision");
  if (e.date_precision.empty()) o.append("null");
  else json::AppendString(&o, e.date_precision);
  o.append(",");
  Key(&o, "source");
  ActorJson(&o, e.source);
  o.append(",");
  Key(&o, "target");
  ActorJson(&o, e.target);
  o.append(",");
  Key(&o, "cameo");
  json::AppendString(&o, e.cameo);
  o.append(",");
  Key(&o, "root");
  json::AppendString(&o, e.root);
  o.append(",");
  Key(&o, "quad");
  o.append(std::to_string(e.quad));
  o.append(",");
  Key(&o, "goldstein");
  json::AppendNumber(&o, e.goldstein, 1);
  o.append(",");
  Key(&o, "plover");
  if (e.plover.empty()) o.append("null");
  else json::AppendString(&o, e.plover);
  o.append(",");
  Key(&o, "modality");
  json::AppendString(&o, ModalityName(e.modality));
  o.append(",");
  Key(&o, "location");
  if (!e.location) {
    o.append("null");
  } else {
    const Location& l = *e.location;
    o.push_back('{');
    Key(&o, "name");
    json::AppendString(&o, l.name);
    o.append(",");
    Key(&o, "country");
    json::AppendString(&o, l.country);
    o.append(",");
    Key(&o, "admin1");
    if (l.admin1.empty()) o.append("null");
    else json::AppendString(&o, l.admin1);
    o.append(",");
    Key(&o, "lat");
    json::AppendNumber(&o, l.lat, 5);
    o.append(",");
    Key(&o, "lon");
    json::AppendNumber(&o, l.lon, 5);
    o.append(",");
    Key(&o, "geonameid");
    if (l.geonameid) o.append(std::to_string(l.geonameid));
    else o.append("null");
    o.append(",");
    Key(&o, "feature");
    json::AppendString(&o, l.feature);
    o.push_back('}');
  }
  o.append(",");
  Key(&o, "attribution");
  if (!e.attribution) {
    o.append("null");
  } else {
    o.push_back('{');
    Key(&o, "text");
    json::AppendString(&o, e.attribution->text);
    o.append(",");
    Key(&o, "code");
    if (e.attribution->code.empty()) o.append("null");
    else json::AppendString(&o, e.attribution->code);
    o.append(",");
    Key(&o, "anonymous");
    o.append(e.attribution->anonymous ? "true" : "false");
    o.push_back('}');
  }
  o.append(",");
  Key(&o, "evidence");
  o.push_back('{');
  Key(&o, "source");
  SpanJson(&o, e.source);
  o.append(",");
  Key(&o, "verb");
  AppendSpan(&o, e.verb);
  o.append(",");
  Key(&o, "target");
  SpanJson(&o, e.target);
  o.append(",");
  Key(&o, "entries");
  o.push_back('[');
  for (size_t i = 0; i < e.entries.size(); ++i) {
    if (i) o.push_back(',');
    json::AppendString(&o, e.entries[i]);
  }
  o.append("]}}");
  return o;
}

}  // namespace dyad
