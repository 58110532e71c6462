#include "score.h"

#include <cstdio>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
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

// Words of a record as TABARI counts them for SET: MINIMUM WORDS (runs of non-space characters).
size_t WordCount(const std::string& t) {
  size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// TABARI writes only events with both actors: a missing one takes the DEFAULT code when one is set, else the
// event is not coded; an agent with no actor of its own is an actor only with CONVERT AGENT, written "~AGT";
// CODE BY SENTENCE keeps the first coded verb of each sentence.
void TabariOutput(const TabariSettings& t, std::vector<Event>* events) {
  if (t.code_by == TabariSettings::CodeBy::kSentence) {
    std::vector<Event> kept;
    for (const Event& e : *events) {
      const Event* first = nullptr;
      for (const Event& o : *events)
        if (o.sentence == e.sentence && (!first || o.verb.begin < first->verb.begin)) first = &o;
      if (first && first->verb.begin == e.verb.begin) kept.push_back(e);
    }
    *events = std::move(kept);
  }
  std::vector<Event> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  const bool defaults = !t.default_source.empty() || !t.default_target.empty();
  // No actor before the verb and no PRIOR: the first actor after the verb is the source (DEFAULT-06a), the
  // others of its compound its targets (DEFAULT-06b).
  std::vector<bool> drop(events->size(), false);
  if (defaults && !t.default_prior) {
    const std::vector<Event> before = *events;
    auto sourceless = [&](size_t j) { return !before[j].source && before[j].target; };
    for (size_t i = 0; i < before.size(); ++i) {
      if (!sourceless(i)) continue;
      size_t lead = i;
      bool others = false;
      for (size_t j = 0; j < before.size(); ++j) {
        if (j == i || !sourceless(j) || before[j].verb.begin != before[i].verb.begin || before[j].cameo != before[i].cameo)
          continue;
        others = true;
        if (before[j].target->span.begin < before[lead].target->span.begin) lead = j;
      }
      Event& e = (*events)[i];
      if (lead != i) e.source = before[lead].target;
      else if (others) drop[i] = true;  // the others' source, no event of its own
      else e.source.swap(e.target);
    }
  }
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    Event e = (*events)[i];
    if (defaults) {
      // No actor after the verb: with AFTER the target is the default, without it the next actor before the
      // verb, never one before the source (DEFAULT-05, DEFAULT-07b).
      if (e.source && e.target && e.target->span.begin < e.verb.begin) {
        if (t.default_after) e.target.reset();
        else if (e.target->span.begin < e.source->span.begin) continue;
      }
    }
    for (auto [actor, fallback] : {std::pair{&e.source, &t.default_source}, std::pair{&e.target, &t.default_target}}) {
      // An agent with no actor ("a senior official") is an actor only under CONVERT AGENT (COMMA-01A, DEBUG-19).
      if (*actor && !t.convert_agent && (*actor)->country.empty()) actor->reset();
      if (!*actor && !fallback->empty()) {
        Actor a;
        a.code = *fallback;
        *actor = a;
      } else if (*actor && t.convert_agent && (*actor)->country.empty() && !(*actor)->code.empty() &&
                 (*actor)->code[0] != '~') {
        (*actor)->code = "~" + (*actor)->code;
      }
    }
    if (!e.source || !e.target) continue;
    if (!seen.emplace(e.source->code, e.target->code, e.cameo).second) continue;
    out.push_back(std::move(e));
  }
  *events = std::move(out);
}

// Codes every record; the records of one story (TABARI FORWARD) as one text, so pronouns look back across
// them, each event going to the record its sentence came from.
std::vector<Result<std::vector<Event>>> CodeRecords(const GoldSet& set, const EngineFor& engine_for) {
  std::vector<Result<std::vector<Event>>> out(set.records.size(), std::vector<Event>{});
  const bool tabari = set.format == "tabari";
  for (size_t i = 0; i < set.records.size();) {
    size_t j = i + 1;
    const std::string& story_key = set.records[i].story;
    while (!story_key.empty() && j < set.records.size() && set.records[j].story == story_key) ++j;
    Story story;
    story.id = set.records[i].id;
    story.date = set.records[i].date;
    std::vector<size_t> begins;
    for (size_t k = i; k < j; ++k) {
      if (k > i) story.text += "\n\n";
      begins.push_back(story.text.size());
      story.text += tabari ? DropCommaClauses(set.records[k].text, set.records[k].tabari) : set.records[k].text;
    }
    const Engine* engine = engine_for(set.records[i]);
    auto coded = engine ? engine->Code(story) : Result<CodedStory>(Status::Error("no engine"));
    if (!coded.ok()) {
      for (size_t k = i; k < j; ++k) out[k] = coded.status();
      i = j;
      continue;
    }
    std::vector<int> record_of(coded.value().sentences.size() + 2, 0);
    for (const Sentence& sn : coded.value().sentences) {
      size_t r = 0;
      while (r + 1 < begins.size() && static_cast<size_t>(sn.begin) >= begins[r + 1]) ++r;
      if (static_cast<size_t>(sn.index) < record_of.size()) record_of[sn.index] = static_cast<int>(r);
    }
    for (const Event& e : coded.value().events) {
      // Asserted and future events are scored, all of them when the set's own patterns code negation.
      if (!set.every_modality && e.modality != Modality::kAsserted && e.modality != Modality::kFuture) continue;
      size_t r = static_cast<size_t>(e.sentence) < record_of.size() ? record_of[e.sentence] : 0;
      out[i + r].value().push_back(e);
    }
    for (size_t k = i; k < j && tabari; ++k) {
      const GoldRecord& rec = set.records[k];
      if (rec.tabari.min_words > 0 && WordCount(rec.text) < static_cast<size_t>(rec.tabari.min_words))
        out[k].value().clear();
      TabariOutput(rec.tabari, &out[k].value());
    }
    i = j;
  }
  return out;
}

}  // namespace

SetScore ScoreSet(const GoldSet& set, const Engine& engine, std::string* explain) {
  return ScoreSet(set, [&](const GoldRecord&) { return &engine; }, explain);
}

SetScore ScoreSet(const GoldSet& set, const EngineFor& engine_for, std::string* explain) {
  SetScore sc;
  sc.path = set.path;
  bool plover = set.format == "plover";
  if (plover) sc.kind = "plover";
  std::vector<Result<std::vector<Event>>> all = CodeRecords(set, engine_for);
  for (size_t ri = 0; ri < set.records.size(); ++ri) {
    const GoldRecord& r = set.records[ri];
    const Result<std::vector<Event>>& coded = all[ri];
    std::vector<Event> events;
    if (coded.ok()) events = coded.value();
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
      if (set.format == "tabari")
        if (std::string c = DropCommaClauses(r.text, r.tabari); c != r.text) *explain += "  coded: " + c + "\n";
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
