#include "lexicon/dict_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/normalize.h"

namespace dyad::lexicon {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = s.find(sep, p);
    if (e == std::string_view::npos) e = s.size();
    std::string_view piece = Trim(s.substr(p, e - p));
    if (!piece.empty()) out.emplace_back(piece);
    p = e + 1;
  }
  return out;
}

std::string_view FirstWord(std::string_view s, std::string_view* rest) {
  s = Trim(s);
  size_t e = s.find_first_of(" \t");
  if (e == std::string_view::npos) {
    *rest = {};
    return s;
  }
  *rest = Trim(s.substr(e));
  return s.substr(0, e);
}

Result<std::vector<Line>> ReadDictFile(const std::string& path, bool hash_comments) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::Error(path + ": cannot read");
  std::string data(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(data.data(), static_cast<std::streamsize>(data.size()))) return Status::Error(path + ": cannot read");
  if (Status st = text::ValidateUtf8(data); !st.ok()) return Status::Error(path + ": " + st.message());
  std::vector<Line> lines;
  size_t p = 0;
  int number = 0;
  while (p < data.size()) {
    size_t e = data.find('\n', p);
    if (e == std::string::npos) e = data.size();
    ++number;
    std::string_view raw(data.data() + p, e - p);
    p = e + 1;
    size_t hash = hash_comments ? raw.find('#') : std::string_view::npos;
    if (hash != std::string_view::npos) raw = raw.substr(0, hash);
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    Line l;
    l.number = number;
    l.indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    l.text.assign(t);
    lines.push_back(std::move(l));
  }
  return lines;
}

std::vector<std::string> ListFiles(const std::string& dir, std::string_view ext) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void Errors::Add(const std::string& file, int line, const std::string& msg) {
  list_.push_back(file + ":" + std::to_string(line) + ": " + msg);
}

void Errors::Warn(const std::string& file, int line, const std::string& msg) {
  warnings_.push_back(file + ":" + std::to_string(line) + ": warning: " + msg);
}

Status Errors::ToStatus() const {
  if (list_.empty()) return Status::Ok();
  std::string m;
  for (size_t i = 0; i < list_.size(); ++i) {
    if (i) m += "\n";
    m += list_[i];
  }
  return Status::Error(m);
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

}  // namespace dyad::lexicon
