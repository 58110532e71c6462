// The output contract of DESIGN.md: one event as one JSON object.
#include "dyad/engine.h"
#include "util/json.h"

namespace dyad {

namespace {

void ActorJson(std::string* o, const std::optional<Actor>& a) {
  if (!a) {
    o->append("null");
    return;
  }
  o->push_back('{');
  json::AppendKey(o, "text");
  json::AppendString(o, a->text);
  o->push_back(',');
  json::AppendKey(o, "name");
  if (a->name.empty()) o->append("null");
  else json::AppendString(o, a->name);
  o->push_back(',');
  json::AppendKey(o, "code");
  json::AppendString(o, a->code);
  o->push_back(',');
  json::AppendKey(o, "country");
  if (a->country.empty()) o->append("null");
  else json::AppendString(o, a->country);
  o->push_back(',');
  json::AppendKey(o, "type");
  if (a->type.empty()) o->append("null");
  else json::AppendString(o, a->type);
  o->push_back('}');
}

void AppendSpan(std::string* o, const Span& s) {
  o->push_back('[');
  json::AppendInt(o, s.begin);
  o->push_back(',');
  json::AppendInt(o, s.end);
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
  json::AppendKey(&o, "story");
  json::AppendString(&o, e.story);
  o.push_back(',');
  json::AppendKey(&o, "sentence");
  json::AppendInt(&o, e.sentence);
  o.push_back(',');
  json::AppendKey(&o, "text");
  json::AppendString(&o, e.text);
  o.push_back(',');
  json::AppendKey(&o, "published");
  if (e.published.empty()) o.append("null");
  else json::AppendString(&o, e.published);
  o.push_back(',');
  json::AppendKey(&o, "date");
  if (e.date.empty()) o.append("null");
  else json::AppendString(&o, e.date);
  o.push_back(',');
  json::AppendKey(&o, "date_precision");
  if (e.date_precision.empty()) o.append("null");
  else json::AppendString(&o, e.date_precision);
  o.push_back(',');
  json::AppendKey(&o, "source");
  ActorJson(&o, e.source);
  o.push_back(',');
  json::AppendKey(&o, "target");
  ActorJson(&o, e.target);
  o.push_back(',');
  json::AppendKey(&o, "cameo");
  json::AppendString(&o, e.cameo);
  o.push_back(',');
  json::AppendKey(&o, "root");
  json::AppendString(&o, e.root);
  o.push_back(',');
  json::AppendKey(&o, "quad");
  json::AppendInt(&o, e.quad);
  o.push_back(',');
  json::AppendKey(&o, "goldstein");
  json::AppendNumber(&o, e.goldstein, 1);
  o.push_back(',');
  json::AppendKey(&o, "plover");
  if (e.plover.empty()) o.append("null");
  else json::AppendString(&o, e.plover);
  o.push_back(',');
  json::AppendKey(&o, "modality");
  json::AppendString(&o, ModalityName(e.modality));
  o.push_back(',');
  json::AppendKey(&o, "location");
  if (!e.location) {
    o.append("null");
  } else {
    const Location& l = *e.location;
    o.push_back('{');
    json::AppendKey(&o, "name");
    json::AppendString(&o, l.name);
    o.push_back(',');
    json::AppendKey(&o, "country");
    json::AppendString(&o, l.country);
    o.push_back(',');
    json::AppendKey(&o, "admin1");
    if (l.admin1.empty()) o.append("null");
    else json::AppendString(&o, l.admin1);
    o.push_back(',');
    json::AppendKey(&o, "lat");
    json::AppendNumber(&o, l.lat, 5);
    o.push_back(',');
    json::AppendKey(&o, "lon");
    json::AppendNumber(&o, l.lon, 5);
    o.push_back(',');
    json::AppendKey(&o, "geonameid");
    if (l.geonameid) json::AppendInt(&o, l.geonameid);
    else o.append("null");
    o.push_back(',');
    json::AppendKey(&o, "feature");
    json::AppendString(&o, l.feature);
    o.push_back('}');
  }
  o.push_back(',');
  json::AppendKey(&o, "attribution");
  if (!e.attribution) {
    o.append("null");
  } else {
    o.push_back('{');
    json::AppendKey(&o, "text");
    json::AppendString(&o, e.attribution->text);
    o.push_back(',');
    json::AppendKey(&o, "code");
    if (e.attribution->code.empty()) o.append("null");
    else json::AppendString(&o, e.attribution->code);
    o.push_back(',');
    json::AppendKey(&o, "anonymous");
    o.append(e.attribution->anonymous ? "true" : "false");
    o.push_back('}');
  }
  o.push_back(',');
  json::AppendKey(&o, "evidence");
  o.push_back('{');
  json::AppendKey(&o, "source");
  SpanJson(&o, e.source);
  o.push_back(',');
  json::AppendKey(&o, "verb");
  AppendSpan(&o, e.verb);
  o.push_back(',');
  json::AppendKey(&o, "target");
  SpanJson(&o, e.target);
  o.push_back(',');
  json::AppendKey(&o, "entries");
  o.push_back('[');
  for (size_t i = 0; i < e.entries.size(); ++i) {
    if (i) o.push_back(',');
    json::AppendString(&o, e.entries[i]);
  }
  o.append("]}}");
  return o;
}

}  // namespace dyad
