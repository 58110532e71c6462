#include "lexicon/verbs.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "lexicon/tabari_verbs.h"

namespace dyad::lexicon {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

int Syllables(const std::string& w) {
  int n = 0;
  bool prev = false;
  for (char c : w) {
    bool v = IsVowel(c) || c == 'y';
    if (v && !prev) ++n;
    prev = v;
  }
  if (EndsWith(w, "e") && n > 1) --n;
  return n;
}

// Final consonant doubled before -ed/-ing: one-syllable CVC words and stressed-final two-syllable verbs.
bool Doubles(const std::string& w) {
  static const char* kStressedFinal[] = {"admit", "commit", "submit", "permit", "omit", "refer",
                                         "prefer", "occur", "control", "patrol", "compel", "expel",
                                         "propel", "repel", "rebel", "regret", "abet", "equip",
                                         "kidnap", "worship", "transfer", "deter", "acquit", "confer",
                                         "incur", "infer", "outstrip", "remit"};
  for (const char* s : kStressedFinal)
    if (w == s) return true;
  size_t n = w.size();
  if (n < 3) return false;
  char c = w[n - 1], v = w[n - 2], p = w[n - 3];
  if (IsVowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
  if (!IsVowel(v) || IsVowel(p)) return false;
  return Syllables(w) == 1;
}

}  // namespace

std::string Pluralize(const std::string& n) {
  if (EndsWith(n, "sis")) return n.substr(0, n.size() - 2) + "es";
  if (EndsWith(n, "s") || EndsWith(n, "x") || EndsWith(n, "z") || EndsWith(n, "ch") || EndsWith(n, "sh"))
    return n + "es";
  if (n.size() > 1 && n.back() == 'y' && !IsVowel(n[n.size() - 2])) return n.substr(0, n.size() - 1) + "ies";
  return n + "s";
}

VerbDict::Inflections VerbDict::Inflect(const std::string& w) const {
  Inflections f;
  // Third person.
  if (w == "be") f.third = "is";
  else if (w == "have") f.third = "has";
  else if (EndsWith(w, "o") || EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") ||
           EndsWith(w, "ch") || EndsWith(w, "sh"))
    f.third = w + "es";
  else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) f.third = w.substr(0, w.size() - 1) + "ies";
  else f.third = w + "s";
  // -ing.
  if (EndsWith(w, "ie")) f.ing = w.substr(0, w.size() - 2) + "ying";
  else if (EndsWith(w, "e") && !EndsWith(w, "ee") && !EndsWith(w, "ye") && !EndsWith(w, "oe") && w.size() > 2)
    f.ing = w.substr(0, w.size() - 1) + "ing";
  else if (Doubles(w)) f.ing = w + w.back() + "ing";
  else f.ing = w + "ing";
  // Past.
  auto it = irregular_.find(w);
  if (it != irregular_.end() && it->second.size() >= 2) {
    f.past = it->second[0];
    f.participle = it->second[1];
  } else {
    if (EndsWith(w, "e")) f.past = w + "d";
    else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) f.past = w.substr(0, w.size() - 1) + "ied";
    else if (Doubles(w)) f.past = w + w.back() + "ed";
    else f.past = w + "ed";
    f.participle = f.past;
  }
  return f;
}

bool VerbDict::LooksLikeParticiple(std::string_view w) const {
  if (participles_.count(w)) return true;
  return EndsWith(w, "ed") && w.size() > 3;
}

bool PatternElem::Matches(std::string_view w) const {
  for (const std::string& a : alternatives)
    if (a == w) return true;
  for (const std::string& st : stems)
    if (w.size() >= st.size() && w.compare(0, st.size(), st) == 0) return true;
  return false;
}

void VerbDict::LoadDir(const std::string& dir, Errors* errors, bool patterns) {
  LoadIrregular(dir + "/lexicon/irregular_verbs.txt", errors);
  LoadCodes(dir + "/cameo/events.tsv", errors);
  if (patterns)
    for (const std::string& f : ListFiles(dir + "/verbs")) LoadPatterns(f, errors);
}

void VerbDict::LoadFile(const std::string& path, Errors* errors) {
  if (LooksLikeTabariVerbs(path)) {
    LoadTabariVerbs(path, &patterns_, errors);
    return;
  }
  LoadPatterns(path, errors);
}

const std::vector<FormHit>* VerbDict::Lookup(std::string_view lower) const {
  if (!form_slots_.empty()) {
    const uint64_t h = text::WordHash(lower);
    const size_t mask = form_slots_.size() - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const auto& [sh, v] = form_slots_[s];
      if (v == 0) break;
      if (sh == h && form_list_[v - 1].first == lower) return &form_list_[v - 1].second;
    }
  } else {
    auto it = forms_.find(lower);
    if (it != forms_.end()) return &it->second;
  }
  if (stems_.empty()) return nullptr;
  // The word's ending says which form of the stem it is.
  const char cls = EndsWith(lower, "ed") ? 'd' : EndsWith(lower, "ing") ? 'g' : EndsWith(lower, "s") ? 's' : 'b';
  for (size_t n = std::min(lower.size(), longest_stem_); n >= 3; --n) {
    auto st = stems_.find(std::string(lower.substr(0, n)) + '\t' + cls);
    if (st != stems_.end()) return &st->second;
  }
  return nullptr;
}

void VerbDict::LoadIrregular(const std::string& path, Errors* errors) {
  if (!std::filesystem::exists(path)) return;
  Result<std::vector<Line>> lines = ReadDictFile(path);
  if (!lines.ok()) {
    errors->Add(lines.status().message());
    return;
  }
  for (const Line& l : lines.value()) {
    std::vector<std::string> w = SplitList(l.text, ' ');
    if (w.size() < 3) {
      errors->Add(path, l.number, "expected 'lemma past participle'");
      continue;
    }
    std::string lemma = w[0];
    w.erase(w.begin());
    for (size_t i = 1; i < w.size(); ++i) participles_[w[i]] = true;
    irregular_[lemma] = w;
  }
}

void VerbDict::LoadCodes(const std::string& path, Errors* errors) {
  Result<std::vector<Line>> lines = ReadDictFile(path);
  if (!lines.ok()) {
    errors->Add(lines.status().message());
    return;
  }
  for (const Line& l : lines.value()) {
    std::vector<std::string> f;
    size_t p = 0;
    while (true) {
      size_t e = l.text.find('\t', p);
      f.emplace_back(l.text.substr(p, e == std::string::npos ? std::string::npos : e - p));
      if (e == std::string::npos) break;
      p = e + 1;
    }
    if (f.size() < 5) {
      errors->Add(path, l.number, "expected code, goldstein, quad, plover, name (tab-separated)");
      continue;
    }
    EventCode c;
    c.code = f[0];
    char* end = nullptr;
    c.goldstein = std::strtod(f[1].c_str(), &end);
    c.quad = std::atoi(f[2].c_str());
    c.plover = f[3];
    c.name = f[4];
    if (c.quad < 0 || c.quad > 4) errors->Add(path, l.number, "quad class must be 1..4");
    codes_[c.code] = c;
  }
}

void VerbDict::LoadPatterns(const std::string& path, Errors* errors) {
  Result<std::vector<Line>> lines = ReadDictFile(path);
  if (!lines.ok()) {
    errors->Add(lines.status().message());
    return;
  }
  const std::string file = std::filesystem::path(path).filename().string();
  for (const Line& l : lines.value()) {
    std::string_view rest;
    std::string_view code = FirstWord(l.text, &rest);
    VerbPattern p;
    // "<072 receive * weapons from +": the target does the act to the subject (as TABARI's "[:072]").
    const bool reversed = !code.empty() && code[0] == '<';
    if (reversed) code.remove_prefix(1);
    // "043:042 host +": the target does the second code back to the subject (it visits the host).
    std::string_view back;
    if (size_t colon = code.find(':'); colon != std::string_view::npos && !reversed) {
      back = code.substr(colon + 1);
      code = code.substr(0, colon);
    }
    p.code = std::string(code);
    p.where = file + ":" + std::to_string(l.number);
    if (!codes_.empty() && !codes_.count(p.code)) {
      errors->Add(path, l.number, "unknown CAMEO code '" + p.code + "'");
      continue;
    }
    if (!back.empty()) {
      p.paired_code = std::string(back);
      if (!codes_.empty() && !codes_.count(p.paired_code)) {
        errors->Add(path, l.number, "unknown CAMEO code '" + p.paired_code + "'");
        continue;
      }
    }
    if (reversed) p.paired_code = std::move(p.code), p.code.clear();
    if (!rest.empty() && rest[0] == '[') {
      size_t close = rest.find(']');
      if (close == std::string_view::npos) {
        errors->Add(path, l.number, "unclosed '[' in source-type constraint");
        continue;
      }
      p.source_types = SplitList(rest.substr(1, close - 1), ',');
      rest = Trim(rest.substr(close + 1));
    }
    std::vector<std::string> words = SplitList(rest, ' ');
    if (words.empty()) {
      errors->Add(path, l.number, "pattern has no words");
      continue;
    }
    std::string head = words[0];
    if (head[0] == '~') {
      p.nominal = true;
      head.erase(0, 1);
    }
    for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!p.nominal && head.size() > 1 && head.back() == '!') {  // "demand!": "demanded", never "oil demand"
      p.inflected_only = true;
      head.pop_back();
    }
    if (head.empty() || head == "+" || head == "*" || head.find('/') != std::string::npos) {
      errors->Add(path, l.number, "pattern must start with a verb lemma or ~noun");
      continue;
    }
    p.head = head;
    bool bad = false;
    for (size_t i = 1; i < words.size(); ++i) {
      PatternElem e;
      if (words[i] == "+") {
        if (p.has_target_slot) {
          errors->Add(path, l.number, "more than one '+' target slot");
          bad = true;
        }
        e.kind = PatternElem::Kind::kTarget;
        p.has_target_slot = true;
      } else if (words[i] == "*") {
        e.kind = PatternElem::Kind::kSkip;
      } else {
        e.alternatives = SplitList(words[i], '/');
        for (auto& a : e.alternatives)
          for (auto& c : a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (e.alternatives.empty()) {
          errors->Add(path, l.number, "empty alternative in '" + words[i] + "'");
          bad = true;
        }
      }
      p.rest.push_back(std::move(e));
    }
    if (!bad) patterns_.push_back(std::move(p));
  }
}

void VerbDict::Build() {
  // Literal words each pattern needs after its head: a sentence without one of them cannot match it.
  required_.assign(patterns_.size(), {0, 0});
  required_words_.clear();
  needs_.assign(patterns_.size(), text::WordBits{});
  for (size_t i = 0; i < patterns_.size(); ++i) {
    required_[i].first = static_cast<uint32_t>(required_words_.size());
    for (const PatternElem& el : patterns_[i].rest) {
      if (el.kind != PatternElem::Kind::kWord || !el.stems.empty()) continue;
      if (el.alternatives.size() == 1) {
        needs_[i].Add(text::WordHash(el.alternatives[0]));
        continue;
      }
      text::WordBits b;
      for (const std::string& a : el.alternatives) b.Add(text::WordHash(a));
      required_words_.push_back(b);
    }
    required_[i].second = static_cast<uint32_t>(required_words_.size()) - required_[i].first;
  }
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const VerbPattern& p = patterns_[i];
    int id = static_cast<int>(i);
    if (p.nominal) {
      forms_[p.head].push_back({id, Form::kNoun});
      forms_[Pluralize(p.head)].push_back({id, Form::kNoun});
      continue;
    }
    Inflections f = Inflect(p.head);
    if (p.stem_head) {
      // Forms a stem covers, by their ending ("accus" + "ed"): the coder needs participles for passives.
      stems_[p.head + "\tb"].push_back({id, Form::kBase});
      stems_[p.head + "\ts"].push_back({id, Form::kThird});
      stems_[p.head + "\td"].push_back({id, Form::kPastOrParticiple});
      stems_[p.head + "\tg"].push_back({id, Form::kIng});
      longest_stem_ = std::max(longest_stem_, p.head.size());
    }
    for (const std::string& w : p.forms) {
      Form form = EndsWith(w, "ing") ? Form::kIng
                  : w == f.third || (EndsWith(w, "s") && !EndsWith(w, "ss")) ? Form::kThird
                  : w == p.head ? Form::kBase
                                : Form::kPastOrParticiple;
      forms_[w].push_back({id, form});
    }
    if (!p.inflected_only) {
      forms_[p.head].push_back({id, Form::kBase});
      forms_[f.third].push_back({id, Form::kThird});
    }
    forms_[f.ing].push_back({id, Form::kIng});
    if (f.past == f.participle) {
      forms_[f.past].push_back({id, Form::kPastOrParticiple});
    } else {
      forms_[f.past].push_back({id, Form::kPast});
      forms_[f.participle].push_back({id, Form::kParticiple});
    }
    auto it = irregular_.find(p.head);
    if (it != irregular_.end())
      for (size_t k = 2; k < it->second.size(); ++k) forms_[it->second[k]].push_back({id, Form::kParticiple});
  }
  // A word written in a pattern (its head or an explicit form: TABARI's "LEFT_ [032:033]") comes before a
  // form generated for another head ("left" from "leave"), so it wins a tie.
  for (auto& [word, hits] : forms_) {
    std::stable_partition(hits.begin(), hits.end(), [&, &w = word](const FormHit& h) {
      const VerbPattern& p = patterns_[h.pattern];
      return p.head == w || std::find(p.forms.begin(), p.forms.end(), w) != p.forms.end();
    });
  }
  auto fill = [&](std::vector<FormHit>& hits) {
    for (FormHit& h : hits) {
      h.needs = needs_[h.pattern];
      h.alternatives = required_[h.pattern].second > 0;
    }
  };
  for (auto& [word, hits] : forms_) fill(hits);
  for (auto& [stem, hits] : stems_) fill(hits);
  form_list_.assign(forms_.begin(), forms_.end());
  size_t cap = 16;
  while (cap < form_list_.size() * 2) cap <<= 1;
  form_slots_.assign(cap, {0, 0});
  for (size_t i = 0; i < form_list_.size(); ++i) {
    uint64_t h = text::WordHash(form_list_[i].first);
    size_t s = h & (cap - 1);
    while (form_slots_[s].second != 0) s = (s + 1) & (cap - 1);
    form_slots_[s] = {h, static_cast<uint32_t>(i + 1)};
  }
}

}  // namespace dyad::lexicon
