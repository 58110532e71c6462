#include "read/reader.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "resolve/calendar.h"
#include "text/normalize.h"
#include "util/json.h"

namespace dyad::read {

namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// "file:line" for the byte offset of a UTF-8 error.
std::string LineOf(const std::string& content, const std::string& where, const std::string& msg) {
  size_t pos = 0;
  if (size_t at = msg.find("byte "); at != std::string::npos) pos = std::stoul(msg.substr(at + 5));
  int line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + std::min(pos, content.size()), '\n'));
  return where + ":" + std::to_string(line) + ": " + msg;
}

bool ValidDate(const std::string& d) {
  resolve::Ymd ymd;
  return resolve::ParseYmd(d, &ymd);
}

}  // namespace

Result<Story> ParseStoryText(const std::string& content, const std::string& id, const std::string& where,
                             size_t max_bytes) {
  if (content.size() > max_bytes)
    return Status::Error(where + ":1: story is " + std::to_string(content.size()) + " bytes, over the limit of " +
                         std::to_string(max_bytes));
  if (Status st = text::ValidateUtf8(content); !st.ok()) return Status::Error(LineOf(content, where, st.message()));
  Story s;
  s.id = id;
  s.origin = where;
  size_t p = 0;
  if (content.compare(0, 3, "\xEF\xBB\xBF") == 0) p = 3;  // byte-order mark
  while (p < content.size() && (content[p] == ' ' || content[p] == '\t' || content[p] == '\n' || content[p] == '\r')) ++p;
  if (content.compare(p, 5, "date ") == 0) {
    std::string d = content.substr(p + 5, 10);
    if (!ValidDate(d)) return Status::Error(where + ":1: invalid date after 'date' (expected YYYY-MM-DD)");
    s.date = d;
    p += 15;
    while (p < content.size() && content[p] == ' ') ++p;
  }
  s.text = content.substr(p);
  if (s.text.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Error(where + ":1: story has no text");
  return s;
}

Result<Story> ParseStoryJson(const std::string& line, const std::string& where, size_t max_bytes) {
  if (line.size() > max_bytes)
    return Status::Error(where + ": record is " + std::to_string(line.size()) + " bytes, over the limit of " +
                         std::to_string(max_bytes));
  if (Status st = text::ValidateUtf8(line); !st.ok()) return Status::Error(where + ": " + st.message());
  auto obj = json::ParseFlatObject(line);
  if (!obj.ok()) return Status::Error(where + ": bad JSON: " + obj.status().message());
  auto& m = obj.value();
  Story s;
  s.origin = where;
  auto get = [&](const char* k) {  // each field is read once: its value is moved out
    std::string* v = m.Find(k);
    return v ? std::move(*v) : std::string();
  };
  const bool has_text = m.Find("text") != nullptr;
  s.text = get("text");
  if (s.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::Error(where + (has_text ? ": empty \"text\"" : ": missing \"text\""));
  s.id = get("id");
  if (s.id.empty()) return Status::Error(where + ": missing \"id\"");
  s.date = get("date");
  if (!s.date.empty() && !ValidDate(s.date)) return Status::Error(where + ": invalid \"date\" (expected YYYY-MM-DD)");
  s.title = get("title");
  s.source = get("source");
  s.url = get("url");
  return s;
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>* missing) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") {
      out.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string f = it->path().string();
        if (EndsWith(f, ".txt") || EndsWith(f, ".jsonl")) files.push_back(f);
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (fs::is_regular_file(p, ec)) {
      out.push_back(p);
    } else {
      missing->push_back(p);
    }
  }
  return out;
}

StoryReader::StoryReader(std::vector<std::string> paths, size_t max_bytes)
    : pending_(std::move(paths)), max_bytes_(max_bytes) {}

bool StoryReader::Next(Story* story, Status* error) {
  *error = Status::Ok();
  while (true) {
    if (has_pending_story_) {
      *story = std::move(pending_story_);
      has_pending_story_ = false;
      return true;
    }
    if (lines_) {
      std::string line;
      if (std::getline(*lines_, line)) {
        ++line_no_;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::string where = lines_name_ + ":" + std::to_string(line_no_);
        Result<Story> r = ParseStoryJson(line, where, max_bytes_);
        if (!r.ok()) *error = r.status();
        else *story = r.take();
        return true;
      }
      lines_ = nullptr;
      file_.reset();
    }
    if (next_ >= pending_.size()) return false;
    OpenNext(error);
    if (!error->ok()) return true;
  }
}

// Opens pending_[next_]: a JSON Lines source becomes lines_; a story file becomes pending_story_.
void StoryReader::OpenNext(Status* error) {
  const std::string path = pending_[next_++];
  if (path == "-") {
    // Standard input: JSON Lines if it starts with '{', else one story.
    int c = std::cin.peek();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      std::cin.get();
      c = std::cin.peek();
    }
    if (c == '{') {
      lines_ = &std::cin;
      lines_name_ = "<stdin>";
      line_no_ = 0;
      return;
    }
    std::stringstream ss;
    ss << std::cin.rdbuf();
    Result<Story> r = ParseStoryText(ss.str(), "stdin", "<stdin>", max_bytes_);
    if (!r.ok()) *error = r.status();
    else pending_story_ = r.take(), has_pending_story_ = true;
    return;
  }
  if (EndsWith(path, ".jsonl")) {
    file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file_) {
      *error = Status::Error(path + ": cannot read");
      file_.reset();
      return;
    }
    lines_ = file_.get();
    lines_name_ = path;
    line_no_ = 0;
    return;
  }
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes_) {
    *error = Status::Error(path + ":1: file is " + std::to_string(size) + " bytes, over the limit of " +
                           std::to_string(max_bytes_));
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = Status::Error(path + ": cannot read");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Result<Story> r = ParseStoryText(ss.str(), fs::path(path).stem().string(), path, max_bytes_);
  if (!r.ok()) *error = r.status();
  else pending_story_ = r.take(), has_pending_story_ = true;
  return;
}

}  // namespace dyad::read
