// Story readers: story files ("date YYYY-MM-DD " first line), JSON Lines, directories (recursively,
// *.txt and *.jsonl) and standard input ("-"). Bad input is reported with file:line and skipped.
#ifndef DYAD_READ_READER_H_
#define DYAD_READ_READER_H_

#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad::read {

// Parses one story file's content. `id` is the file name without extension; `where` names the file.
Result<Story> ParseStoryText(const std::string& content, const std::string& id, const std::string& where,
                             size_t max_bytes);

// Parses one JSON Lines record; `where` is "file:line".
Result<Story> ParseStoryJson(const std::string& line, const std::string& where, size_t max_bytes);

// Pulls stories one at a time from a list of paths. Not thread-safe; one reader per thread.
class StoryReader {
 public:
  StoryReader(std::vector<std::string> paths, size_t max_bytes);

  // Next outcome: returns false at the end. Otherwise either *story is filled (ok) or the returned
  // status (via *error) says what was skipped, with file:line.
  bool Next(Story* story, Status* error);

 private:
  void OpenNext(Status* error);

  std::vector<std::string> pending_;   // files still to read (directories already expanded)
  size_t next_ = 0;
  size_t max_bytes_;
  // The JSON Lines source being read, if any.
  std::unique_ptr<std::ifstream> file_;
  std::istream* lines_ = nullptr;
  std::string lines_name_;
  int line_no_ = 0;
  Story pending_story_;
  bool has_pending_story_ = false;
};

// Expands directories into their *.txt / *.jsonl files (sorted); keeps files and "-" as given.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>* missing);

}  // namespace dyad::read

#endif  // DYAD_READ_READER_H_
