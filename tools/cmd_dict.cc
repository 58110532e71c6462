// dyad dict: check, stats and lookup over the dictionaries.
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli.h"
#include "code/coder.h"
#include "lexicon/gazetteer.h"
#include "lexicon/tabari_verbs.h"
#include "dyad/engine.h"
#include "syntax/mentions.h"
#include "text/tokens.h"

namespace dyad::cli {

namespace {

// Validates a dictionary directory, or single dictionary files (dyad, TABARI or PETRARCH format): every
// error and warning with file:line.
int Check(const std::vector<std::string>& paths) {
  Options o = DefaultOptions(paths.empty() || !std::filesystem::is_directory(paths[0]) ? "" : paths[0], "none");
  code::Lexicon lex;
  lexicon::Errors errors;
  bool own = paths.empty() || std::filesystem::is_directory(paths[0]);
  if (own) lex.actors.LoadDir(o.dict_dir, &errors);
  // Single files: verb pattern files (TABARI .verbs, PETRARCH verb dictionaries, dyad's verbs/NN.txt, whose
  // codes are checked against dyad's CAMEO table) or actor/agent files.
  bool verb_files = false;
  // The place files (regions, landmarks): their syntax, read into an empty gazetteer (towns and "= PLACE"
  // names are looked up only when coding).
  std::vector<std::string> place_files;
  if (own)
    for (const char* f : {"/lexicon/regions.txt", "/lexicon/landmarks.txt"})
      if (std::filesystem::exists(o.dict_dir + f)) place_files.push_back(o.dict_dir + f);
  for (const auto& p : paths) {
    if (std::filesystem::is_directory(p)) continue;
    const std::string name = std::filesystem::path(p).filename().string();
    if (name == "regions.txt" || name == "landmarks.txt") {
      place_files.push_back(p);
      continue;
    }
    bool dyad_verbs = std::filesystem::path(p).parent_path().filename() == "verbs";
    if (!lexicon::LooksLikeTabariVerbs(p) && !dyad_verbs) {
      lex.actors.LoadFile(p, &errors);
      continue;
    }
    if (!verb_files && dyad_verbs) lex.verbs.LoadDir(DefaultOptions("", "none").dict_dir, &errors, false);
    verb_files = true;
    lex.verbs.LoadFile(p, &errors);
  }
  for (const std::string& f : place_files) {
    lexicon::Gazetteer places;
    if (Status st = places.LoadRegions(f); !st.ok()) errors.Add(st.message());
  }
  lex.actors.Build();
  if (own) lex.verbs.LoadDir(o.dict_dir, &errors);
  if (own || verb_files) lex.verbs.Build();
  for (const auto& w : errors.warnings()) std::fprintf(stderr, "%s\n", w.c_str());
  for (const auto& e : errors.list()) std::fprintf(stderr, "%s\n", e.c_str());
  std::printf("%s (%zu errors, %zu warnings; %zu actors, %zu people, %zu agents, %zu verb patterns)\n",
              errors.empty() ? "ok" : "FAILED", errors.list().size(), errors.warnings().size(),
              lex.actors.entries().size() - lex.actors.people(), lex.actors.people(), lex.actors.agents().size(),
              lex.verbs.patterns().size());
  return errors.empty() ? kOk : kFailed;
}

int Lookup(const std::string& dir, const std::string& phrase, const std::string& date) {
  Options o = DefaultOptions(dir, "none");
  code::Lexicon lex;
  lexicon::Errors errors;
  lex.actors.LoadDir(o.dict_dir, &errors);
  lex.actors.Build();
  if (!errors.empty()) {
    std::fprintf(stderr, "%s\n", errors.ToStatus().message().c_str());
    return kFailed;
  }
  std::vector<text::Token> toks = text::Tokenize(phrase);
  syntax::StoryContext ctx;
  auto ms = syntax::FindMentions(toks, toks.size(), lex.actors, date, &ctx);
  if (ms.empty()) {
    std::printf("'%s': no actor\n", phrase.c_str());
    return kFailed;
  }
  for (const auto& m : ms) {
    std::string words = phrase.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin);
    std::printf("'%s' -> %s (name: %s, country: %s, type: %s)%s\n", words.c_str(),
                m.code.empty() ? "-" : m.code.c_str(), m.name.empty() ? "-" : m.name.c_str(),
                m.country.empty() ? "-" : m.country.c_str(), m.type.empty() ? "-" : m.type.c_str(),
                m.adjective_only ? " [modifier only]" : "");
    for (const auto& e : m.entries) std::printf("    entry %s\n", e.c_str());
  }
  return kOk;
}

// Who held an office on a date: people whose role note names the office and whose role covers the date.
int Who(const std::string& dir, const std::string& office, const std::string& date) {
  Options o = DefaultOptions(dir, "none");
  lexicon::ActorDict dict;
  lexicon::Errors errors;
  dict.LoadDir(o.dict_dir, &errors);
  dict.Build();
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  const std::string want = lower(office);
  int found = 0;
  for (const auto& e : dict.entries()) {
    for (const auto& r : e.roles) {
      if (lower(r.note).rfind(want, 0) != 0) continue;  // the office begins the note: not "Vice President ..."
      if (!date.empty() && !((r.from.empty() || r.from <= date) && (r.to.empty() || date <= r.to))) continue;
      std::printf("%s\t%s\t%s .. %s\t%s\t%s\n", e.name.c_str(), r.code.c_str(), r.from.empty() ? "-" : r.from.c_str(),
                  r.to.empty() ? "-" : r.to.c_str(), r.note.c_str(), e.where.c_str());
      ++found;
    }
  }
  if (!found) std::printf("nobody found for '%s'%s\n", office.c_str(), date.empty() ? "" : (" on " + date).c_str());
  return found ? kOk : kFailed;
}

}  // namespace

int CmdDict(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: dyad dict check [DIR|FILE...] | stats [--dict DIR] | lookup PHRASE [--date D] [--dict DIR]"
                         " | who OFFICE [--date D] [--dict DIR]\n");
    return kUsage;
  }
  std::string sub = argv[2];
  Args a(argc, argv, 3);
  std::string dict, date, gaz;
  std::vector<std::string> pos;
  while (!a.Done()) {
    if (a.Flag("--dict", &dict) || a.Flag("--date", &date) || a.Flag("--gazetteer", &gaz)) continue;
    pos.push_back(a.Take());
  }
  if (!a.error.empty()) {
    std::fprintf(stderr, "dyad dict: %s\n", a.error.c_str());
    return kUsage;
  }
  if (sub == "check") {
    if (pos.empty() && !dict.empty()) pos.push_back(dict);
    return Check(pos);
  }
  if (sub == "lookup") {
    if (pos.empty()) {
      std::fprintf(stderr, "dyad dict lookup: give a phrase\n");
      return kUsage;
    }
    return Lookup(dict, pos[0], date);
  }
  if (sub == "who") {
    if (pos.empty()) {
      std::fprintf(stderr, "dyad dict who: give an office, e.g. \"President of the United States\"\n");
      return kUsage;
    }
    return Who(dict, pos[0], date);
  }
  if (sub == "stats") {
    Options o = DefaultOptions(dict, gaz);
    if (!o.gazetteer_path.empty() && !std::filesystem::exists(o.gazetteer_path)) o.gazetteer_path.clear();
    auto engine = Engine::Open(o);
    if (!engine.ok()) {
      std::fprintf(stderr, "%s\n", engine.status().message().c_str());
      return kFailed;
    }
    Engine::Stats s = engine.value()->stats();
    std::printf("countries and territories\t%zu\n"
                "intergovernmental organisations\t%zu\n"
                "non-governmental organisations\t%zu\n"
                "news organisations\t%zu\n"
                "armed groups (REB, INS, UAF, SEP, CRM)\t%zu\n"
                "parties and movements (PTY, OPP)\t%zu\n"
                "other organisations and state bodies\t%zu\n"
                "people\t%zu\n"
                "dated roles\t%zu\n"
                "agent nouns\t%zu\n"
                "titles\t%zu\n"
                "ethnic and religious groups\t%zu\n"
                "verb patterns\t%zu\n"
                "CAMEO codes with patterns\t%zu of %zu\n"
                "places\t%zu\n",
                s.countries, s.igos, s.ngos, s.media, s.armed_groups, s.parties, s.other_groups, s.people,
                s.dated_roles, s.agent_nouns, s.titles, s.ethnic, s.verb_patterns, s.verb_codes, s.event_codes,
                s.places);
    return kOk;
  }
  std::fprintf(stderr, "dyad dict: unknown subcommand '%s'\n", sub.c_str());
  return kUsage;
}

}  // namespace dyad::cli
