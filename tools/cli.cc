#include "cli.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace dyad::cli {

Args::Args(int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) args_.emplace_back(argv[i]);
}

bool Args::Flag(const char* flag, std::string* value) {
  if (Done()) return false;
  const std::string& a = args_[i_];
  size_t n = std::strlen(flag);
  if (a == flag) {
    if (i_ + 1 >= args_.size()) {
      error = std::string(flag) + " needs a value";
      ++i_;
      return true;
    }
    *value = args_[i_ + 1];
    i_ += 2;
    return true;
  }
  if (a.size() > n + 1 && a.compare(0, n, flag) == 0 && a[n] == '=') {
    *value = a.substr(n + 1);
    ++i_;
    return true;
  }
  return false;
}

bool Args::Switch(const char* flag) {
  if (Done() || args_[i_] != flag) return false;
  ++i_;
  return true;
}

Options DefaultOptions(const std::string& dict_flag, const std::string& gazetteer_flag) {
  Options o;
  const char* env_dict = std::getenv("DYAD_DICT");
  const char* env_gaz = std::getenv("DYAD_GAZETTEER");
  o.dict_dir = !dict_flag.empty() ? dict_flag : env_dict ? env_dict : DYAD_DEFAULT_DICT_DIR;
  std::string gaz = !gazetteer_flag.empty() ? gazetteer_flag : env_gaz ? env_gaz : DYAD_DEFAULT_GAZETTEER;
  if (gaz != "none") o.gazetteer_path = gaz;
  return o;
}

}  // namespace dyad::cli
