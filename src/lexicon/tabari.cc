#include "lexicon/tabari.h"

#include <filesystem>
#include <map>

#include "lexicon/actors.h"
#include "lexicon/verbs.h"

namespace dyad::lexicon {

namespace {

// Removes ';' comments and '#' comments ('#' outside brackets: "[###]" is a code).
std::string_view Clean(std::string_view t) {
  size_t semi = t.find(';');
  if (semi != std::string_view::npos) t = t.substr(0, semi);
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '[') ++depth;
    else if (t[i] == ']') --depth;
    else if (t[i] == '#' && depth == 0) {
      t = t.substr(0, i);
      break;
    }
  }
  return Trim(t);
}

// "19991201" or "991201" -> "1999-12-01"; false when malformed. Two-digit years below 50 are 20xx.
bool TabariDate(std::string_view d, std::string* out) {
  if (d.size() != 6 && d.size() != 8) return false;
  for (char c : d)
    if (c < '0' || c > '9') return false;
  std::string y;
  if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    y = (yy < 50 ? "20" : "19") + std::string(d.substr(0, 2));
    d.remove_prefix(2);
  } else {
    y = std::string(d.substr(0, 4));
    d.remove_prefix(4);
  }
  *out = y + "-" + std::string(d.substr(0, 2)) + "-" + std::string(d.substr(2, 2));
  return IsDate(*out);
}

// One bracketed code: "USAGOV 991201-010114", "AR1 <911226", "~GOV", "---".
struct Code {
  std::string code, from, to;
};

bool ParseCode(std::string_view inside, Code* c, std::string* error) {
  std::string_view rest;
  std::string_view code = FirstWord(inside, &rest);
  c->code = std::string(code);
  if (c->code == "---" || c->code == "###" || c->code == "+++") c->code.clear();
  rest = Trim(rest);
  if (rest.empty()) return true;
  std::string a, b;
  if (rest[0] == '<') {
    if (!TabariDate(Trim(rest.substr(1)), &b)) return *error = "bad date '" + std::string(rest) + "'", false;
    c->to = b;
  } else if (rest[0] == '>') {
    if (!TabariDate(Trim(rest.substr(1)), &a)) return *error = "bad date '" + std::string(rest) + "'", false;
    c->from = a;
  } else {
    size_t dash = rest.find('-');
    if (dash == std::string_view::npos || !TabariDate(Trim(rest.substr(0, dash)), &a) ||
        !TabariDate(Trim(rest.substr(dash + 1)), &b))
      return *error = "bad date range '" + std::string(rest) + "'", false;
    c->from = a;
    c->to = b;
  }
  return true;
}

// Splits "AL_GORE_" into words; a missing final '_' makes the last word a stem.
// A final '=' ("MOUSE=") makes the last word exact, as '_' does ("Mouses" is no MUS). Without `stems`
// (PETRARCH) every word is exact.
std::vector<PhraseToken> Phrase(std::string_view words, bool stems) {
  std::vector<PhraseToken> out;
  bool stem = stems && !words.empty() && words.back() != '_' && words.back() != '=';
  std::string w;
  auto flush = [&] {
    if (w.empty()) return;
    PhraseToken t;
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    t.lower = w;
    out.push_back(std::move(t));
    w.clear();
  };
  for (char ch : words) {
    if (ch == '_' || ch == ' ') flush();
    else if (ch != '=') w.push_back(ch);
  }
  flush();
  // Possessive and other punctuation a tokeniser separates stay attached here; keep the phrase as words.
  if (!out.empty() && stem && out.back().lower.size() >= 3) out.back().stem = true;
  return out;
}

// TABARI phrases as they may stand in a text: a space between words lets up to two words come between
// ("PRINCE DOL_AMROTH": "the Prince of Dol Amroth"; a wildcard token, an empty stem, stands for each), and
// words joined by '_' may also be written joined ("Dol_Amroth" is one token). PETRARCH phrases (no
// `stems`) are read as they are.
std::vector<std::vector<PhraseToken>> PhraseVariants(std::string_view words, bool stems) {
  std::vector<PhraseToken> base = Phrase(words, stems);
  if (!stems || base.empty()) return {base};
  constexpr size_t kMaxVariants = 27;
  std::vector<std::vector<PhraseToken>> acc(1);
  size_t at = 0;  // words of `base` used so far
  size_t b = 0;
  while (b < words.size() && at < base.size()) {
    size_t e = words.find(' ', b);
    if (e == std::string_view::npos) e = words.size();
    const size_t n = Phrase(words.substr(b, e - b), false).size();
    b = e + 1;
    if (n == 0) continue;
    std::vector<std::vector<PhraseToken>> forms = {{base.begin() + at, base.begin() + at + n}};
    if (n >= 2) {  // "dol_amroth"
      PhraseToken joined = forms[0].back();
      joined.lower.clear();
      for (size_t k = 0; k < n; ++k) joined.lower += (k ? "_" : "") + forms[0][k].lower;
      forms.push_back({joined});
    }
    const size_t max_gap = at == 0 ? 0 : 2;
    at += n;
    std::vector<std::vector<PhraseToken>> next;
    for (const auto& a : acc)
      for (size_t gap = 0; gap <= max_gap; ++gap)
        for (const auto& f : forms) {
          if (next.size() >= kMaxVariants) break;
          next.push_back(a);
          PhraseToken any;  // an empty stem: any word
          any.stem = true;
          next.back().insert(next.back().end(), gap, any);
          next.back().insert(next.back().end(), f.begin(), f.end());
        }
    acc = std::move(next);
  }
  // TABARI's regular noun ending: an exact last word also takes an -S ("LIBYA_": "Libyas"); '=' takes none.
  if (!base.back().stem && words.back() != '=') {
    const size_t n = acc.size();
    for (size_t i = 0; i < n; ++i) {
      acc.push_back(acc[i]);
      acc.back().back().lower += 's';
    }
  }
  return acc;
}

}  // namespace

bool LooksLikeTabari(const std::vector<Line>& lines) {
  int tabari = 0, dyad = 0;
  for (size_t i = 0; i < lines.size() && i < 200; ++i) {
    const std::string& t = lines[i].text;
    if (t.find('[') != std::string::npos && t.find(']') != std::string::npos) ++tabari;
    if (t[0] == '+' || t[0] == '<') ++tabari;
    if (t.rfind("country ", 0) == 0 || t.rfind("person ", 0) == 0 || t.rfind("agent ", 0) == 0 ||
        t.rfind("name ", 0) == 0 || t.rfind("group ", 0) == 0 || t.rfind("org ", 0) == 0)
      ++dyad;
  }
  return tabari > dyad;
}

void LoadTabari(const std::string& path, const std::vector<Line>& lines, ActorDict* dict, Errors* errors) {
  const std::string file = std::filesystem::path(path).filename().string();
  std::map<std::string, std::vector<std::string>> macros;  // !PERSON! -> MAN, MEN, ...
  // The entry being read: its phrases, then its codes (which may follow the synonyms).
  std::vector<std::pair<std::vector<PhraseToken>, int>> phrases;
  std::vector<Code> codes;
  int entry_line = 0;
  bool agent = false;
  bool in_section = false;
  // TABARI files (';' comments) read a last word with no '_' as a stem ("ERIADOR" matches "Eriadorian");
  // PETRARCH files ('#' and '<!--' comments) match whole words ("DIPLOMAT" is no "diplomatic").
  int semicolon = 0, hash = 0;
  for (const Line& l : lines) {
    const std::string& t = l.text;
    if (t.rfind("<!--", 0) == 0 || t[0] == '#' || t.find(" #") != std::string::npos) ++hash;
    if (t.find(';') != std::string::npos) ++semicolon;
  }
  const bool stems = semicolon >= hash;

  auto finish = [&] {
    if (phrases.empty()) {
      codes.clear();
      return;
    }
    if (codes.empty()) {
      errors->Add(path, entry_line, "entry has no [CODE]");
      phrases.clear();
      return;
    }
    std::string where = file + ":" + std::to_string(entry_line);
    if (agent) {
      std::string code = codes[0].code;
      if (!code.empty() && code[0] == '~') code.erase(0, 1);
      if (!code.empty() && code.back() == '~') code.pop_back();
      int a = dict->AddAgent(AgentEntry{code, where});
      for (auto& [toks, line] : phrases) {
        std::vector<PhraseToken> plural = toks;
        if (!plural.back().stem) plural.back().lower = Pluralize(plural.back().lower);
        dict->AddPhrase(std::move(toks), PhraseHit{PhraseRole::kAgent, a, line});
        dict->AddPhrase(std::move(plural), PhraseHit{PhraseRole::kAgent, a, line});
      }
    } else {
      ActorEntry e;
      e.where = where;
      bool dated = codes.size() > 1 || !codes[0].from.empty() || !codes[0].to.empty();
      if (dated) {
        e.kind = ActorEntry::Kind::kPerson;
        for (const Code& c : codes) {
          if (c.from.empty() && c.to.empty()) e.default_code = c.code.empty() ? "---" : c.code;
          else e.roles.push_back(Role{c.code, c.from, c.to, ""});
        }
      } else {
        e.code = codes[0].code;
        e.kind = e.code.size() == 3 ? ActorEntry::Kind::kCountry : ActorEntry::Kind::kGroup;
        e.country = e.code.size() >= 3 ? e.code.substr(0, 3) : "";
        if (e.code.size() >= 6) e.type = e.code.substr(3, 3);
      }
      int idx = dict->AddEntry(std::move(e));
      for (auto& [toks, line] : phrases) dict->AddPhrase(std::move(toks), PhraseHit{PhraseRole::kName, idx, line});
    }
    phrases.clear();
    codes.clear();
  };

  for (const Line& l : lines) {
    std::string_view t = Clean(l.text);
    // "<!-- ... -->" comments, also the misspelt "<! -- ... -->": a comment, not a <SECTION>.
    if (t.empty() || t.rfind("<!", 0) == 0 || t.rfind("-->", 0) == 0 || t.rfind("~~", 0) == 0) continue;
    if (t[0] == '<') {  // TABARI <NOUN> ... </NOUN> sections hold word classes, not actors
      in_section = t.size() > 1 && t[1] != '/';
      continue;
    }
    if (in_section) continue;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t eq = t.find('=');
      std::string name(Trim(t.substr(0, eq)));
      for (std::string& alt : SplitList(t.substr(eq + 1), ',')) macros[name].push_back(alt);
      continue;
    }
    if (t[0] == '[') {  // a code line for the current entry (after its synonyms)
      size_t close = t.find(']');
      if (close == std::string_view::npos) {
        errors->Add(path, l.number, "unclosed '['");
        continue;
      }
      Code c;
      std::string err;
      if (!ParseCode(t.substr(1, close - 1), &c, &err)) errors->Warn(path, l.number, err + ": date ignored"), c.from.clear(), c.to.clear();
      codes.push_back(c);
      continue;
    }
    // A '+' line is a synonym; so is a plain line while the entry still waits for its codes
    // ("IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / [HRVGOV >20120219]").
    bool synonym = t[0] == '+';
    if (synonym) t.remove_prefix(1);
    else if (!codes.empty()) finish();
    if (!synonym && phrases.empty()) entry_line = l.number;
    // Phrase, optional {plurals}, optional [codes].
    size_t bracket = t.find('[');
    std::string_view words = Trim(t.substr(0, bracket));
    std::vector<std::string> forms;
    size_t brace = words.find('{');
    if (brace != std::string_view::npos) {
      size_t close = words.find('}', brace);
      if (close != std::string_view::npos)
        for (std::string& f : SplitList(words.substr(brace + 1, close - brace - 1), ' ')) forms.push_back(f);
      words = Trim(words.substr(0, brace));
    }
    forms.insert(forms.begin(), std::string(words));
    // Macros: "CATTLE!PERSON!" -> CATTLEMAN, CATTLEMEN, ...
    std::vector<std::string> expanded;
    for (const std::string& f : forms) {
      size_t a = f.find('!');
      size_t b = a == std::string::npos ? std::string::npos : f.find('!', a + 1);
      if (b == std::string::npos) {
        expanded.push_back(f);
        continue;
      }
      auto it = macros.find(f.substr(a, b - a + 1));
      if (it == macros.end()) {
        errors->Add(path, l.number, "unknown macro " + f.substr(a, b - a + 1));
        continue;
      }
      for (const std::string& alt : it->second) expanded.push_back(f.substr(0, a) + alt + f.substr(b + 1));
    }
    for (const std::string& f : expanded) {
      for (std::vector<PhraseToken>& toks : PhraseVariants(f, stems))
        if (!toks.empty()) phrases.emplace_back(std::move(toks), l.number);
    }
    size_t p = bracket;
    while (p != std::string_view::npos && p < t.size()) {
      size_t close = t.find(']', p);
      if (close == std::string_view::npos) {  // "[~ENV}": read the code to the end of the line
        errors->Warn(path, l.number, "unclosed '['");
        close = t.find_first_of("}", p);
        if (close == std::string_view::npos) close = t.size();
      }
      Code c;
      std::string err;
      if (!ParseCode(t.substr(p + 1, close - p - 1), &c, &err)) errors->Warn(path, l.number, err + ": date ignored"), c.from.clear(), c.to.clear();
      codes.push_back(c);
      if (!c.code.empty() && c.code[0] == '~') agent = true;
      if (!c.code.empty() && c.code.back() == '~') agent = true;
      p = close < t.size() ? t.find('[', close) : std::string_view::npos;
    }
  }
  finish();
}

}  // namespace dyad::lexicon
