#include "gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <cstring>

#include "util/json_value.h"

namespace dyad::eval {

namespace {

std::string Slurp(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Squash(std::string_view s) {  // whitespace runs -> one space, trimmed
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' '), space = false;
    out.push_back(c);
  }
  return out;
}

// attr="value" inside a tag (spaces around '=' allowed: `noevents = "True"`).
std::string Attr(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    size_t q = p + name.size();
    bool starts = p == 0 || tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n' || tag[p - 1] == '<';
    p = q;
    if (!starts) continue;
    while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t')) ++q;
    if (q >= tag.size() || tag[q] != '=') continue;
    ++q;
    while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t')) ++q;
    if (q >= tag.size() || tag[q] != '"') continue;
    size_t e = tag.find('"', q + 1);
    if (e == std::string_view::npos) return "";
    return std::string(tag.substr(q + 1, e - q - 1));
  }
  return "";
}

// "20080804" / "080804" / "950101" -> "YYYY-MM-DD".
std::string CompactDate(std::string_view d) {
  if (d.size() == 8) return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" + std::string(d.substr(6, 2));
  if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    return std::string(yy < 50 ? "20" : "19") + std::string(d.substr(0, 2)) + "-" + std::string(d.substr(2, 2)) + "-" +
           std::string(d.substr(4, 2));
  }
  return "";
}

int LineAt(const std::string& s, size_t pos) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + std::min(pos, s.size()), '\n'));
}

std::string CleanCode(std::string c) {
  if (c == "---" || c == "###") c.clear();
  return c;
}

Result<GoldSet> ReadPetrarch(const std::string& path, const std::string& s) {
  GoldSet set;
  set.path = path;
  set.format = "petrarch";
  auto tag_text = [&](const char* tag) {
    std::string open = std::string("<") + tag + ">", close = std::string("</") + tag + ">";
    size_t b = s.find(open);
    if (b == std::string::npos) return std::string();
    size_t e = s.find(close, b);
    return e == std::string::npos ? std::string() : Squash(std::string_view(s).substr(b + open.size(), e - b - open.size()));
  };
  auto split = [](const std::string& v) {
    std::vector<std::string> out;
    std::stringstream ss(v);
    std::string x;
    while (std::getline(ss, x, ',')) {
      x = Squash(x);
      if (!x.empty()) out.push_back(x);
    }
    return out;
  };
  set.actor_files = split(tag_text("Actorfile"));
  set.agent_files = split(tag_text("Agentfile"));
  set.verb_files = split(tag_text("Verbfile"));
  size_t p = s.find("<Sentences>");
  if (p == std::string::npos) p = 0;
  while ((p = s.find("<Sentence ", p)) != std::string::npos) {
    size_t tag_end = s.find('>', p);
    if (tag_end == std::string::npos) break;
    std::string_view tag(s.data() + p, tag_end - p);
    GoldRecord r;
    r.where = path + ":" + std::to_string(LineAt(s, p));
    r.id = Attr(tag, "id");
    r.date = CompactDate(Attr(tag, "date"));
    std::string evaluate = Attr(tag, "evaluate");
    size_t next = s.find("<Sentence ", tag_end);
    size_t end = next == std::string::npos ? s.size() : next;
    std::string_view body(s.data() + tag_end, end - tag_end);
    size_t q = 0;
    while ((q = body.find("<EventCoding", q)) != std::string_view::npos) {
      size_t e = body.find('>', q);
      if (e == std::string_view::npos) break;
      std::string_view et = body.substr(q, e - q);
      // "noevents", and records the coder must reject ("sentencediscard", "storydiscard", a bad parse or
      // a dateline): nothing may be coded.
      if (Attr(et, "noevents") == "True" || Attr(et, "noevents") == "true" || !Attr(et, "error").empty()) {
        r.no_events = true;
      } else {
        GoldEvent ev{CleanCode(Attr(et, "sourcecode")), CleanCode(Attr(et, "targetcode")), Attr(et, "eventcode")};
        if (!ev.code.empty()) r.events.push_back(ev);
      }
      q = e;
    }
    size_t tb = body.find("<Text>"), te = body.find("</Text>");
    if (tb != std::string_view::npos && te != std::string_view::npos && te > tb)
      r.text = Squash(body.substr(tb + 6, te - tb - 6));
    p = tag_end;
    if (evaluate == "false" || r.text.empty()) continue;
    if (r.events.empty() && !r.no_events) continue;  // nothing to score
    set.records.push_back(std::move(r));
  }
  if (set.records.empty()) return Status::Error(path + ": no <Sentence> records with <EventCoding> found");
  return set;
}

Result<GoldSet> ReadTabari(const std::string& path, const std::string& s) {
  GoldSet set;
  set.path = path;
  set.format = "tabari";
  // The project file beside it names the dictionaries.
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  for (const auto& entry : std::filesystem::directory_iterator(dir.empty() ? "." : dir)) {
    if (entry.path().extension() != ".project") continue;
    bool ok;
    std::string proj = Slurp(entry.path().string(), &ok);
    if (proj.find(std::filesystem::path(path).filename().string()) == std::string::npos) continue;
    std::stringstream ss(proj);
    std::string line;
    while (std::getline(ss, line)) {
      auto value = [&](const char* key) {
        size_t k = line.find(key);
        return k == std::string::npos ? std::string() : Squash(line.substr(k + std::strlen(key)));
      };
      if (std::string v = value("<actorsfile>"); !v.empty()) set.actor_files.push_back(v);
      if (std::string v = value("<agentsfile>"); !v.empty()) set.agent_files.push_back(v);
      if (std::string v = value("<verbsfile>"); !v.empty()) set.verb_files.push_back(v);
    }
  }
  std::stringstream ss(s);
  std::string line;
  int number = 0;
  GoldRecord cur;
  bool in_record = false, in_comment = false;
  std::string text, comment;
  auto flush = [&] {
    if (!in_record) return;
    cur.text = Squash(text);
    // Events: { SRC / TGT / CODE } groups in the comment; {+++} or none = no events.
    size_t b = 0;
    bool any_group = false;
    while ((b = comment.find('{', b)) != std::string::npos) {
      size_t e = comment.find('}', b);
      if (e == std::string::npos) break;
      std::string g = Squash(comment.substr(b + 1, e - b - 1));
      b = e;
      if (g.rfind("OPTION", 0) == 0) {
        cur.text.clear();  // option records set up the run; they are not coded
        continue;
      }
      any_group = true;
      std::vector<std::string> parts;
      std::stringstream gs(g);
      std::string x;
      while (std::getline(gs, x, '/')) parts.push_back(Squash(x));
      if (parts.size() >= 3) {
        std::string code = parts[2];
        size_t sp = code.find(' ');
        if (sp != std::string::npos) code = code.substr(0, sp);
        cur.events.push_back(GoldEvent{CleanCode(parts[0]), CleanCode(parts[1]), code});
      } else if (g == "+++" || g.empty()) {
        cur.no_events = true;
      }
    }
    if (!any_group) cur.no_events = true;
    if (!cur.text.empty() && cur.id.find("START") == std::string::npos) set.records.push_back(cur);
    in_record = false;
  };
  while (std::getline(ss, line)) {
    ++number;
    if (!in_comment && line.size() > 8 && std::isdigit(static_cast<unsigned char>(line[0])) &&
        line.find_first_not_of("0123456789") == 6 && line[6] == ' ') {
      flush();
      if (line.find("end of the standard validation") != std::string::npos) break;
      cur = GoldRecord();
      cur.date = CompactDate(line.substr(0, 6));
      cur.id = Squash(line.substr(6));
      cur.where = path + ":" + std::to_string(number);
      text.clear();
      comment.clear();
      in_record = true;
      continue;
    }
    if (!in_record) continue;
    if (size_t open = line.find("/*"); open != std::string::npos && !in_comment) {
      text += line.substr(0, open) + "\n";  // "... officials said./*": the text ends where the comment opens
      comment += line.substr(open) + "\n";
      in_comment = line.find("*/", open) == std::string::npos;
      continue;
    }
    if (in_comment) {
      comment += line + "\n";
      if (line.find("*/") != std::string::npos) in_comment = false;
      continue;
    }
    if (!line.empty() && line[0] == '#') continue;
    text += line + "\n";
  }
  flush();
  if (set.records.empty()) return Status::Error(path + ": no TABARI records found");
  return set;
}

Result<GoldSet> ReadPlover(const std::string& path, const std::string& s) {
  GoldSet set;
  set.path = path;
  set.format = "plover";
  auto doc = json::Parse(s);
  if (!doc.ok()) return Status::Error(path + ": " + doc.status().message());
  const json::Value& arr = doc.value();
  if (!arr.IsArray()) return Status::Error(path + ":1: expected a JSON array of records");
  for (const json::Value& r : arr.array) {
    std::string type = r.Get("event").str;
    if (type.empty() || type == "DOCUMENT") continue;
    GoldRecord g;
    g.id = r.Get("id").str;
    g.date = r.Get("date").str;
    g.text = r.Get("text").str;
    g.where = path + ":" + g.id;
    auto first_code = [](const json::Value& v) {
      if (v.IsArray() && !v.array.empty()) return v.array[0].Get("code").str;
      return std::string();
    };
    g.events.push_back(GoldEvent{first_code(r.Get("source")), first_code(r.Get("target")), type});
    if (!g.text.empty()) set.records.push_back(std::move(g));
  }
  return set;
}

}  // namespace

Result<GoldSet> ReadGold(const std::string& path) {
  bool ok;
  std::string s = Slurp(path, &ok);
  if (!ok) return Status::Error(path + ": cannot read");
  size_t first = s.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && s[first] == '[') return ReadPlover(path, s);
  if (s.find("<Sentence ") != std::string::npos) return ReadPetrarch(path, s);
  return ReadTabari(path, s);
}

}  // namespace dyad::eval
