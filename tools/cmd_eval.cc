// dyad eval: score dyad against gold sets (TABARI, PETRARCH, PLOVER formats).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "dyad/engine.h"
#include "annotated.h"
#include "gold.h"
#include "score.h"

namespace dyad::cli {

int CmdEval(int argc, char** argv) {
  Args a(argc, argv, 2);
  std::string dict, set_dict, gaz;
  bool as_json = false, explain = false;
  std::vector<std::string> sets;
  while (!a.Done()) {
    if (a.Flag("--dict", &set_dict) || a.Flag("--dyad-dict", &dict) || a.Flag("--gazetteer", &gaz)) continue;
    if (a.Switch("--json")) {
      as_json = true;
      continue;
    }
    if (a.Switch("--explain")) {
      explain = true;
      continue;
    }
    sets.push_back(a.Take());
  }
  if (!a.error.empty() || sets.empty()) {
    std::fprintf(stderr, "usage: dyad eval GOLD... [--dict DIR] [--json] [--explain]\n"
                         "  --dict DIR  code with the set's own actor, agent and verb files (named in the gold file or its\n"
                         "              project) from DIR instead of dyad's\n");
    return kUsage;
  }
  int rc = kOk;
  for (const std::string& path : sets) {
    if (eval::IsAnnotatedSet(path)) {  // time expressions or toponyms
      auto set = eval::ReadAnnotated(path);
      if (!set.ok()) {
        std::fprintf(stderr, "%s\n", set.status().message().c_str());
        rc = kFailed;
        continue;
      }
      Options o = DefaultOptions(dict, gaz);
      if (!o.gazetteer_path.empty() && !std::filesystem::exists(o.gazetteer_path)) o.gazetteer_path.clear();
      auto engine = Engine::Open(o);
      if (!engine.ok()) {
        std::fprintf(stderr, "%s\n", engine.status().message().c_str());
        rc = kFailed;
        continue;
      }
      std::string text, why;
      std::string line = eval::ScoreAnnotated(set.value(), *engine.value(), &text, explain ? &why : nullptr);
      if (explain) std::fputs(why.c_str(), stdout);
      std::printf("%s\n", as_json ? line.c_str() : text.c_str());
      continue;
    }
    auto gold = eval::ReadGold(path);
    if (!gold.ok()) {
      std::fprintf(stderr, "%s\n", gold.status().message().c_str());
      rc = kFailed;
      continue;
    }
    Options o = DefaultOptions(dict, gaz);
    if (!o.gazetteer_path.empty() && !std::filesystem::exists(o.gazetteer_path)) o.gazetteer_path.clear();
    if (!set_dict.empty()) {
      // The set's own dictionaries (actors, agents and verbs), instead of dyad's.
      for (const auto& f : gold.value().actor_files) o.extra_actor_files.push_back(set_dict + "/" + f);
      for (const auto& f : gold.value().agent_files) o.extra_actor_files.push_back(set_dict + "/" + f);
      for (const auto& f : gold.value().verb_files) o.extra_verb_files.push_back(set_dict + "/" + f);
      o.load_own_actors = o.extra_actor_files.empty();
      o.load_own_verbs = o.extra_verb_files.empty();
      o.cameo_frames = o.load_own_verbs;
      o.first_verb_per_clause = !o.load_own_verbs;
      gold.value().every_modality = !o.load_own_verbs;
    }
    auto engine = Engine::Open(o);
    if (!engine.ok()) {
      std::fprintf(stderr, "%s: cannot open dictionaries:\n%s\n", path.c_str(), engine.status().message().c_str());
      rc = kFailed;
      continue;
    }
    // TABARI's SET: CODE ALL codes every matched verb: a second engine, opened when a record asks for it.
    std::unique_ptr<Engine> code_all;
    auto engine_for = [&](const eval::GoldRecord& r) -> const Engine* {
      if (!o.first_verb_per_clause || r.tabari.code_by != eval::TabariSettings::CodeBy::kAll || gold.value().format != "tabari")
        return engine.value().get();
      if (!code_all) {
        Options all = o;
        all.first_verb_per_clause = false;
        auto e = Engine::Open(all);
        if (!e.ok()) return engine.value().get();
        code_all = std::move(e.value());
      }
      return code_all.get();
    };
    std::string why;
    eval::SetScore s = eval::ScoreSet(gold.value(), engine_for, explain ? &why : nullptr);
    if (explain) std::fputs(why.c_str(), stdout);
    std::printf("%s\n", as_json ? eval::ScoreJson(s).c_str() : eval::ScoreText(s).c_str());
  }
  return rc;
}

}  // namespace dyad::cli
