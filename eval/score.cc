#include "score.h"

#include <cstdio>
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "util/json.h"

namespace dyad::eval {

namespace {

// The country (or IGO/NGO/...) part of an actor code. A code that starts with a role has no country, which
// TABARI and PETRARCH write as "---" ("---REB").
std::string Primary(const std::string& code) {
  static const std::set<std::string> kRoles = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "CVL",
                                               "BUS", "MED", "EDU", "LAB", "LEG", "HLH", "REF", "ELI", "AGR",
                                               "CRM", "UAF", "INS", "SEP", "REL", "HRI", "ENV", "DEV", "MOD",
                                               "RAD"};
  std::string p = code.substr(0, 3);
  return kRoles.count(p) ? "---" : p;
}

bool ActorMatch(const std::string& gold, const std::optional<Actor>& a) {
  std::string found = a ? a->code : "";
  if (gold.empty() || found.empty()) return gold.empty() && found.empty();
  return Primary(gold) == Primary(found);
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// The PLOVER GSR (2016) names its event types after CAMEO's roots; these are the roots each type stands
// for (facts of the two ontologies). Newer PLOVER names (REQUEST, ACCUSE) are accepted too.
bool PloverTypeHasRoot(const std::string& type, const std::string& root) {
  static const std::map<std::string, std::vector<std::string>> kRoots = {
      {"AGREE", {"03"}},       {"CONSULT", {"04"}},    {"SUPPORT", {"05"}},  {"COOPERATE", {"06"}},
      {"AID", {"07"}},         {"CONCEDE", {"08"}},    {"RETREAT", {"08"}},  {"YIELD", {"08"}},
      {"INVESTIGATE", {"09"}}, {"DEMAND", {"10"}},     {"REQUEST", {"02", "10"}}, {"DISAPPROVE", {"11"}},
      {"ACCUSE", {"11"}},      {"REJECT", {"12"}},     {"THREATEN", {"13"}}, {"PROTEST", {"14"}},
      {"MOBILIZE", {"15"}},    {"SANCTION", {"16"}},   {"COERCE", {"17"}},   {"ASSAULT", {"18", "20"}},
      {"FIGHT", {"19"}}};
  auto it = kRoots.find(type);
  if (it == kRoots.end()) return false;
  return std::find(it->second.begin(), it->second.end(), root) != it->second.end();
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

SetScore ScoreSet(const GoldSet& set, const Engine& engine, std::string* explain) {
  SetScore sc;
  sc.path = set.path;
  bool plover = set.format == "plover";
  if (plover) sc.kind = "plover";
  for (const GoldRecord& r : set.records) {
    Story story;
    story.id = r.id;
    story.date = r.date;
    story.text = r.text;
    auto coded = engine.Code(story);
    std::vector<Event> events;
    if (coded.ok())
      for (const Event& e : coded.value().events)
        if (e.modality == Modality::kAsserted || e.modality == Modality::kFuture) events.push_back(e);
    ++sc.records;
    sc.expected += r.events.size();
    sc.found += events.size();
    auto code_of = [&](const Event& e) { return plover ? e.plover : e.cameo; };
    // PLOVER sets are scored by the CAMEO root each gold type stands for.
    auto code_match = [&](const Event& e, const std::string& gold) {
      return plover ? PloverTypeHasRoot(gold, e.root) : e.cameo == gold;
    };
    std::vector<bool> used(events.size(), false), used_root(events.size(), false);
    size_t matched_here = 0;
    for (const GoldEvent& g : r.events) {
      for (size_t i = 0; i < events.size(); ++i) {
        if (used[i] || !code_match(events[i], g.code) || !ActorMatch(g.source, events[i].source) ||
            !ActorMatch(g.target, events[i].target))
          continue;
        used[i] = true;
        ++matched_here;
        break;
      }
      for (size_t i = 0; i < events.size(); ++i) {
        bool root = plover ? PloverTypeHasRoot(g.code, events[i].root) : events[i].root == g.code.substr(0, 2);
        if (used_root[i] || !root || !ActorMatch(g.source, events[i].source) || !ActorMatch(g.target, events[i].target))
          continue;
        used_root[i] = true;
        ++sc.matched_root;
        break;
      }
    }
    sc.matched += matched_here;
    // Dyads: distinct (source, target) pairs.
    std::set<std::pair<std::string, std::string>> gd, fd;
    for (const GoldEvent& g : r.events) gd.emplace(Primary(g.source), Primary(g.target));
    for (const Event& e : events) fd.emplace(Primary(e.source ? e.source->code : ""), Primary(e.target ? e.target->code : ""));
    sc.dyads_expected += gd.size();
    sc.dyads_found += fd.size();
    for (const auto& d : gd) sc.dyads_matched += fd.count(d);
    bool exact = matched_here == r.events.size() && events.size() == r.events.size();
    sc.exact += exact;
    if (!r.events.empty()) {
      ++sc.with_events;
      sc.with_events_exact += exact;
    }
    if (plover && r.events.size() == 1) {
      ++sc.one_event;
      if (!events.empty() && PloverTypeHasRoot(r.events[0].code, events[0].root)) ++sc.one_event_correct;
    }
    if (explain) {
      *explain += (exact ? "OK   " : "MISS ") + r.id + "  (" + r.where + ")\n  text: " + r.text + "\n";
      for (const GoldEvent& g : r.events)
        *explain += "  expected: " + (g.source.empty() ? "-" : g.source) + " / " + (g.target.empty() ? "-" : g.target) +
                    " / " + g.code + "\n";
      if (r.no_events) *explain += "  expected: no events\n";
      for (const Event& e : events) {
        *explain += "  found:    " + (e.source ? e.source->code : "-") + " / " + (e.target ? e.target->code : "-") +
                    " / " + code_of(e) + (plover ? " (" + e.cameo + ")" : "") + "   [";
        for (size_t k = 0; k < e.entries.size(); ++k) *explain += (k ? " " : "") + e.entries[k];
        *explain += "]\n";
      }
      if (!coded.ok()) *explain += "  error: " + coded.status().message() + "\n";
    }
  }
  return sc;
}

std::string ScoreText(const SetScore& s) {
  std::string o = s.path + "\n";
  o += "  records " + std::to_string(s.records) + ", exactly right " + std::to_string(s.exact) + " (with expected events: " +
       std::to_string(s.with_events_exact) + " of " + std::to_string(s.with_events) + ")\n";
  o += "  events: expected " + std::to_string(s.expected) + ", found " + std::to_string(s.found) + ", matched " +
       std::to_string(s.matched) + "\n";
  o += "  full code  P " + Num(s.P()) + "  R " + Num(s.R()) + "  F1 " + Num(F1(s.P(), s.R())) + "\n";
  o += "  root       P " + Num(s.RootP()) + "  R " + Num(s.RootR()) + "  F1 " + Num(F1(s.RootP(), s.RootR())) + "\n";
  double dp = s.dyads_found ? double(s.dyads_matched) / s.dyads_found : 0;
  double dr = s.dyads_expected ? double(s.dyads_matched) / s.dyads_expected : 0;
  o += "  dyads      P " + Num(dp) + "  R " + Num(dr) + "\n";
  if (s.kind == "plover")
    o += "  one-event records " + std::to_string(s.one_event) + ", type right " + std::to_string(s.one_event_correct) +
         " (accuracy " + Num(s.one_event ? double(s.one_event_correct) / s.one_event : 0) + ")\n";
  return o;
}

std::string ScoreJson(const SetScore& s) {
  std::string o = "{\"set\":";
  json::AppendString(&o, s.path);
  auto num = [&](const char* k, double v) {
    o += ",\"";
    o += k;
    o += "\":";
    json::AppendNumber(&o, v, 4);
  };
  auto cnt = [&](const char* k, size_t v) {
    o += ",\"";
    o += k;
    o += "\":" + std::to_string(v);
  };
  o += ",\"kind\":\"events\"";
  cnt("records", s.records);
  cnt("exact", s.exact);
  cnt("with_events", s.with_events);
  cnt("with_events_exact", s.with_events_exact);
  cnt("expected", s.expected);
  cnt("found", s.found);
  num("event_p", s.P());
  num("event_r", s.R());
  num("event_f1", F1(s.P(), s.R()));
  num("root_p", s.RootP());
  num("root_r", s.RootR());
  num("root_f1", F1(s.RootP(), s.RootR()));
  num("dyad_p", s.dyads_found ? double(s.dyads_matched) / s.dyads_found : 0);
  num("dyad_r", s.dyads_expected ? double(s.dyads_matched) / s.dyads_expected : 0);
  if (s.kind == "plover") {
    cnt("one_event", s.one_event);
    num("one_event_accuracy", s.one_event ? double(s.one_event_correct) / s.one_event : 0);
  }
  o += "}";
  return o;
}

}  // namespace dyad::eval
