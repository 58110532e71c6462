// dyad — command line. Each subcommand lives in its own file; this one only dispatches.
#include <cstdio>
#include <cstring>

#include "cli.h"
#include "memory.h"

namespace {

void Usage(FILE* f) {
  std::fputs(
      "usage:\n"
      "  dyad code PATH... [--db STORE] [--format jsonl|tsv] [--threads N] [--summary] [--dedup]\n"
      "                    [--dict DIR] [--gazetteer FILE|none]\n"
      "                    [--actors FILE]... [--only-these-actors] [--verbs FILE]... [--only-these-verbs]\n"
      "  dyad query --db STORE [--source X] [--target X] [--actor X] [--root NN] [--since D] [--until D]\n"
      "                       [--near LAT,LON,KM] [--text WORDS] [--format jsonl|table] [--limit N] [--dedup]\n"
      "  dyad dict check [DIR]\n"
      "  dyad dict stats [--dict DIR]\n"
      "  dyad dict lookup PHRASE [--date YYYY-MM-DD] [--dict DIR]\n"
      "  dyad dict who OFFICE [--date YYYY-MM-DD] [--dict DIR]\n"
      "  dyad eval GOLD... [--dict DIR] [--json] [--explain]\n"
      "PATH is a story file, a JSON Lines file, a directory, or - for standard input.\n"
      "STORE is a SQLite file, or a PostgreSQL URI (postgresql://user@host/db, postgresql:///db?host=/run/postgresql).\n"
      "--dedup prints an event reported by several stories once, with mention_count, story_count and\n"
      "mentions; the same event is the same (date, source code, target code, CAMEO code, modality).\n"
      "--actors/--verbs load TABARI or PETRARCH actor, agent and verb files beside dyad's own (or instead, with\n"
      "--only-these-actors/--only-these-verbs).\n",
      f);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return dyad::cli::kUsage;
  }
  const char* cmd = argv[1];
  // The commands that load dictionaries and the gazetteer.
  if (!std::strcmp(cmd, "code") || !std::strcmp(cmd, "dict") || !std::strcmp(cmd, "eval"))
    dyad::cli::SetUpMemory(argv);
  if (!std::strcmp(cmd, "code")) return dyad::cli::CmdCode(argc, argv);
  if (!std::strcmp(cmd, "query")) return dyad::cli::CmdQuery(argc, argv);
  if (!std::strcmp(cmd, "dict")) return dyad::cli::CmdDict(argc, argv);
  if (!std::strcmp(cmd, "eval")) return dyad::cli::CmdEval(argc, argv);
  if (!std::strcmp(cmd, "help") || !std::strcmp(cmd, "--help") || !std::strcmp(cmd, "-h")) {
    Usage(stdout);
    return dyad::cli::kOk;
  }
  std::fprintf(stderr, "dyad: unknown command '%s'\n", cmd);
  Usage(stderr);
  return dyad::cli::kUsage;
}
