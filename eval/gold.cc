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

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "[DEFSRC]" after `key` in `d` ("SOURCE [DEFSRC] PRIOR"), or empty.
std::string BracketAfter(const std::string& d, const char* key) {
  size_t k = d.find(key);
  if (k == std::string::npos) return "";
  size_t b = d.find('[', k), e = b == std::string::npos ? b : d.find(']', b);
  if (e == std::string::npos) return "";
  return Squash(d.substr(b + 1, e - b - 1));
}

}  // namespace

// One TABARI options command ("SET: CONVERT AGENT = TRUE", "DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER",
// "DEFAULT: OFF", "SET: MINIMUM WORDS = 4", "SET: CODE BY SENTENCE", "SET: CODE ALL", "FORWARD: MASK [OFF]");
// others (COMPLEX, OUTPUT, LABEL, ...) do not change what is scored and are ignored.
void ApplyTabariOption(std::string_view command, TabariSettings* t) {
  std::string d = Upper(Squash(command));
  auto value = [&](const char* key, std::string* out) {
    size_t k = d.find(key);
    if (k == std::string::npos) return false;
    size_t eq = d.find('=', k);
    *out = eq == std::string::npos ? "" : Squash(d.substr(eq + 1));
    return true;
  };
  std::string v;
  if (d.rfind("DEFAULT:", 0) == 0) {
    if (d.find("OFF") != std::string::npos && d.find('[') == std::string::npos) {
      t->default_source.clear();
      t->default_target.clear();
      t->default_prior = t->default_after = false;
      return;
    }
    if (std::string c = BracketAfter(d, "SOURCE"); !c.empty()) t->default_source = c;
    if (std::string c = BracketAfter(d, "TARGET"); !c.empty()) t->default_target = c;
    t->default_prior = d.find("PRIOR") != std::string::npos;
    t->default_after = d.find("AFTER") != std::string::npos;
  } else if (d.rfind("FORWARD:", 0) == 0) {
    std::string rest = Squash(d.substr(8));
    size_t sp = rest.find(' ');
    std::string mask = rest.substr(0, sp);
    t->forward = rest.find(" OFF") != std::string::npos || mask == "OFF" ? "" : mask;
  } else if (d.rfind("COMMA:", 0) == 0) {
    t->comma = d.find("OFF") == std::string::npos;
    auto bound = [&](const char* key, int* out) {
      // "MIN" must not be read inside "EMIN"/"BMIN": the key stands after a space or the colon.
      for (size_t k = d.find(key); k != std::string::npos; k = d.find(key, k + 1)) {
        if (d[k - 1] != ' ' && d[k - 1] != ':') continue;
        size_t eq = d.find('=', k);
        if (eq != std::string::npos) *out = std::atoi(d.c_str() + eq + 1);
        return;
      }
    };
    bound("MIN", &t->comma_min);
    bound("MAX", &t->comma_max);
    bound("EMIN", &t->comma_emin);
    bound("EMAX", &t->comma_emax);
    bound("BMIN", &t->comma_bmin);
    bound("BMAX", &t->comma_bmax);
  } else if (d.rfind("SET:", 0) == 0) {
    if (value("CONVERT AGENT", &v)) t->convert_agent = v.rfind("TRUE", 0) == 0;
    else if (value("MINIMUM WORDS", &v)) t->min_words = std::atoi(v.c_str());
    else if (d.find("CODE BY SENTENCE") != std::string::npos) t->code_by = TabariSettings::CodeBy::kSentence;
    else if (d.find("CODE BY CLAUSE") != std::string::npos) t->code_by = TabariSettings::CodeBy::kClause;
    else if (d.find("CODE ALL") != std::string::npos) t->code_by = TabariSettings::CodeBy::kAll;
  }
}

std::string DropCommaClauses(const std::string& text, const TabariSettings& t) {
  if (!t.comma) return text;
  // Delimiting commas: followed by a space or the end ("200,000" is a number).
  std::vector<size_t> commas;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == ',' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) commas.push_back(i);
  if (commas.empty()) return text;
  auto words = [&](size_t b, size_t e) {
    int n = 0;
    bool in = false;
    for (size_t i = b; i < e; ++i) {
      bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t';
      if (!space && !in) ++n;
      in = !space;
    }
    return n;
  };
  // The sentence's end: its final punctuation stays.
  size_t end = text.find_last_not_of(" \n\t");
  if (end != std::string::npos && (text[end] == '.' || text[end] == '?' || text[end] == '!')) --end;
  ++end;
  std::vector<bool> drop(text.size(), false);
  auto cut = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) drop[i] = true;
  };
  if (int n = words(0, commas[0]); n >= t.comma_bmin && n <= t.comma_bmax) cut(0, commas[0] + 1);
  for (size_t k = 0; k + 1 < commas.size(); ++k)
    if (int n = words(commas[k] + 1, commas[k + 1]); n >= t.comma_min && n <= t.comma_max) cut(commas[k], commas[k + 1] + 1);
  // The terminal clause: from the last comma that no dropped clause took.
  size_t last = commas.size();
  while (last > 0 && drop[commas[last - 1]]) --last;
  if (last > 0 && commas[last - 1] < end)
    if (int n = words(commas[last - 1] + 1, end); n >= t.comma_emin && n <= t.comma_emax) cut(commas[last - 1], end);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i)
    if (!drop[i]) out.push_back(text[i]);
  return out;
}

namespace {

// The story a record id belongs to under a FORWARD mask: the characters at the mask's N positions, the
// mask laid over the header line after its date ("950116  FRWD-001-002" with "^^*****NNN*SSS" -> "001").
std::string StoryOf(const std::string& after_date, const std::string& mask) {
  std::string story;
  for (size_t i = 0; i < mask.size() && i < after_date.size(); ++i)
    if (mask[i] == 'N') story.push_back(after_date[i]);
  return story;
}

Result<GoldSet> ReadTabari(const std::string& path, const std::string& s) {
  GoldSet set;
  set.path = path;
  set.format = "tabari";
  TabariSettings settings;
  // The project file beside it names the dictionaries and the options file.
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
      if (std::string v = value("<optionsfile>"); !v.empty()) {
        std::string opts = Slurp((dir / v).string(), &ok);
        std::stringstream os(opts);
        std::string o;
        while (ok && std::getline(os, o)) {
          std::string_view t = o;
          if (size_t c = t.find("//"); c != std::string_view::npos) t = t.substr(0, c);
          ApplyTabariOption(t, &settings);
        }
      }
    }
  }
  std::stringstream ss(s);
  std::string line;
  int number = 0;
  GoldRecord cur;
  bool in_record = false, in_comment = false, ended = false;
  std::string text, comment, id_line;
  auto flush = [&] {
    if (!in_record) return;
    in_record = false;
    cur.text = Squash(text);
    if (cur.id.rfind("FINAL-", 0) == 0) {
      ended = true;  // the FINAL records close the standard set: what follows tests special settings or crashes
      return;
    }
    // Events: { SRC / TGT / CODE } groups in the comment; {+++} or none = no events. A group ends at '}' or
    // where the comment does ("{ OPTION: SET: MINIMUM WORDS = 4  */").
    size_t b = 0;
    bool any_group = false, option = false, unchecked = false;
    while ((b = comment.find('{', b)) != std::string::npos) {
      size_t e = std::min(comment.find('}', b), comment.find("*/", b));
      if (e == std::string::npos) e = comment.size();
      std::string g = Squash(comment.substr(b + 1, e - b - 1));
      if (b > 0 && comment[b - 1] == '-') unchecked = true;  // "-{ ARN / GON / 064 }": not checked
      b = e;
      if (g.rfind("OPTION", 0) == 0) {  // option records set up the records after them; they are not coded
        size_t colon = g.find(':');
        ApplyTabariOption(colon == std::string::npos ? "" : std::string_view(g).substr(colon + 1), &settings);
        option = true;
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
    if (option || unchecked) return;
    if (!any_group) cur.no_events = true;
    cur.tabari = settings;
    if (!settings.forward.empty()) cur.story = StoryOf(id_line, settings.forward);
    if (!cur.text.empty() && cur.id.find("START") == std::string::npos) set.records.push_back(cur);
  };
  bool blank_before = true;
  while (!ended && std::getline(ss, line)) {
    ++number;
    const bool blank = Squash(line).empty();
    // A record header; also after a blank line inside a comment whose "*/" was forgotten (DEFAULT-06b).
    if ((!in_comment || blank_before) && line.size() > 8 && std::isdigit(static_cast<unsigned char>(line[0])) &&
        line.find_first_not_of("0123456789") == 6 && line[6] == ' ') {
      in_comment = false;
      blank_before = false;
      flush();
      if (ended) break;
      cur = GoldRecord();
      cur.date = CompactDate(line.substr(0, 6));
      cur.id = Squash(line.substr(6));
      id_line = line.substr(6);
      cur.where = path + ":" + std::to_string(number);
      text.clear();
      comment.clear();
      in_record = true;
      continue;
    }
    blank_before = blank;
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
    // "\n{ USAGOV / ARN / 064 } */" after the comment has closed: one more expectation, not text.
    if (std::string t = Squash(line); !comment.empty() && (t.rfind("\\n{", 0) == 0 || t.rfind("{", 0) == 0)) {
      comment += line + "\n";
      continue;
    }
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
