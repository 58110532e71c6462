// Reading dictionary files: lines with file:line positions, comments stripped, `|` lists split.
#ifndef DYAD_LEXICON_DICT_FILE_H_
#define DYAD_LEXICON_DICT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

struct Line {
  int number = 0;       // 1-based
  bool indented = false;
  std::string text;     // comment removed, trimmed
};

// Reads a file into non-empty lines. Fails if it cannot be read or is not UTF-8. With `hash_comments`,
// '#' starts a comment (dyad's format); TABARI files use '#' inside codes ("[###]").
Result<std::vector<Line>> ReadDictFile(const std::string& path, bool hash_comments = true);

// Lists *.txt files of a directory (sorted), or an empty list when it does not exist.
std::vector<std::string> ListFiles(const std::string& dir, std::string_view ext = ".txt");

std::string_view Trim(std::string_view s);
// Splits on `sep`, trimming each piece and dropping empty ones.
std::vector<std::string> SplitList(std::string_view s, char sep = '|');
// Splits off the first whitespace-separated word: returns it and leaves the rest (trimmed) in *rest.
std::string_view FirstWord(std::string_view s, std::string_view* rest);

// Collects "file:line: message" errors, and warnings: problems in other coders' dictionaries that dyad
// works around (a malformed date drops that one date restriction) and that do not stop loading.
class Errors {
 public:
  void Add(const std::string& file, int line, const std::string& msg);
  void Add(const std::string& msg) { list_.push_back(msg); }
  void Warn(const std::string& file, int line, const std::string& msg);
  bool empty() const { return list_.empty(); }
  const std::vector<std::string>& list() const { return list_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  Status ToStatus() const;

 private:
  std::vector<std::string> list_, warnings_;
};

bool IsDate(std::string_view s);  // YYYY-MM-DD

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_DICT_FILE_H_
