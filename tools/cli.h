// Shared by the subcommands of the dyad CLI: argument reading and where dictionaries live.
#ifndef DYAD_TOOLS_CLI_H_
#define DYAD_TOOLS_CLI_H_

#include <string>
#include <vector>

#include "dyad/options.h"

namespace dyad::cli {

// Exit codes.
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kSkipped = 2;   // the run finished but some input was reported and skipped
constexpr int kUsage = 64;

// Simple argument cursor: flags with values ("--db FILE" or "--db=FILE") and positional arguments.
class Args {
 public:
  Args(int argc, char** argv, int first);
  // If the current argument is `flag`, stores its value and advances. Missing value -> error().
  bool Flag(const char* flag, std::string* value);
  bool Switch(const char* flag);
  bool Done() const { return i_ >= args_.size(); }
  const std::string& Peek() const { return args_[i_]; }
  std::string Take() { return args_[i_++]; }
  std::string error;

 private:
  std::vector<std::string> args_;
  size_t i_ = 0;
};

// Options with dictionary and gazetteer locations: --dict / --gazetteer, else $DYAD_DICT /
// $DYAD_GAZETTEER, else the locations this binary was built with.
Options DefaultOptions(const std::string& dict_flag, const std::string& gazetteer_flag);

int CmdCode(int argc, char** argv);
int CmdQuery(int argc, char** argv);
int CmdDict(int argc, char** argv);
int CmdEval(int argc, char** argv);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_CLI_H_
