#include "lexicon/actors.h"

#include <cctype>
#include <filesystem>

#include "lexicon/tabari.h"

namespace dyad::lexicon {

namespace {

bool IsUpperCode(std::string_view s, size_t min, size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

std::string BaseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

std::string ActorEntry::CodeOn(const std::string& date) const {
  if (kind != Kind::kPerson) return code;
  const Role* open = nullptr;
  for (const Role& r : roles) {
    if (date.empty()) {
      if (r.to.empty()) open = &r;
      continue;
    }
    if ((r.from.empty() || r.from <= date) && (r.to.empty() || date <= r.to)) return r.code;
  }
  if (open) return open->code;
  if (default_code == "---") return "";  // TABARI's [---]: no actor outside the dated roles
  if (!default_code.empty()) return default_code;
  // No role on that date: the person's country (from any role) as an elite.
  if (!roles.empty() && roles.back().code.size() >= 3) return roles.back().code.substr(0, 3) + "ELI";
  return "";
}

std::string ActorEntry::CountryOn(const std::string& date) const {
  if (!country.empty()) return country;
  std::string c = CodeOn(date);
  return c.size() >= 3 ? c.substr(0, 3) : "";
}

void ActorDict::LoadDir(const std::string& dict_dir, Errors* errors) {
  for (const char* sub : {"actors", "agents"}) {
    for (const std::string& f : ListFiles(dict_dir + "/" + sub)) LoadFile(f, errors);
  }
}

void ActorDict::LoadFile(const std::string& path, Errors* errors) {
  Result<std::vector<Line>> lines = ReadDictFile(path, /*hash_comments=*/false);
  if (!lines.ok()) {
    errors->Add(lines.status().message());
    return;
  }
  if (LooksLikeTabari(lines.value())) {
    LoadTabari(path, lines.value(), this, errors);
    return;
  }
  // dyad's format: '#' comments.
  std::vector<Line> kept;
  for (Line& l : lines.value()) {
    size_t hash = l.text.find('#');
    if (hash != std::string::npos) l.text = std::string(Trim(std::string_view(l.text).substr(0, hash)));
    if (!l.text.empty()) kept.push_back(std::move(l));
  }
  lines.value() = std::move(kept);
  // A file of agent lines or of actor entries; decided line by line so both can mix.
  LoadActors(path, lines.value(), errors);
}

void ActorDict::AddPhrases(const std::string& list, PhraseRole role, int index, const std::string& path,
                           int line, Errors* errors) {
  std::vector<std::string> items = SplitList(list);
  if (items.empty()) errors->Add(path, line, "empty phrase list");
  for (const std::string& p : items) {
    std::vector<PhraseToken> toks = CompilePhrase(p);
    if (toks.empty()) {
      errors->Add(path, line, "phrase '" + p + "' has no words");
      continue;
    }
    phrases_.Add(std::move(toks), PhraseHit{role, index, line});
  }
}

void ActorDict::LoadActors(const std::string& path, const std::vector<Line>& lines, Errors* errors) {
  const std::string file = BaseName(path);
  int current = -1;
  int current_choice = -1;
  for (const Line& l : lines) {
    std::string_view rest;
    std::string_view kw = FirstWord(l.text, &rest);
    if (!l.indented) {
      current = -1;
      if (kw == "discard") {
        AddPhrases(std::string(rest), PhraseRole::kDiscard, -1, path, l.number, errors);
        continue;
      }
      if (kw == "choose") {
        ChoiceRule r;
        r.where = file + ":" + std::to_string(l.number);
        choices_.push_back(r);
        current_choice = static_cast<int>(choices_.size() - 1);
        for (const std::string& p : SplitList(rest)) {
          std::string key;
          for (const auto& t : CompilePhrase(p)) key += (key.empty() ? "" : " ") + t.lower;
          if (key.empty()) errors->Add(path, l.number, "choose: empty phrase");
          else choice_by_phrase_[key] = current_choice;
        }
        continue;
      }
      current_choice = -1;
      if (kw == "agent" || kw == "ethnic" || kw == "title") {
        std::string_view phrases;
        std::string_view code = FirstWord(rest, &phrases);
        if (!IsUpperCode(code, 2, 6)) {
          errors->Add(path, l.number, "expected a CAMEO code after '" + std::string(kw) + "'");
          continue;
        }
        agents_.push_back(AgentEntry{std::string(code), file + ":" + std::to_string(l.number)});
        PhraseRole role = kw == "agent" ? PhraseRole::kAgent
                          : kw == "ethnic" ? PhraseRole::kEthnic : PhraseRole::kTitle;
        AddPhrases(std::string(phrases), role, static_cast<int>(agents_.size() - 1), path, l.number, errors);
        continue;
      }
      ActorEntry e;
      e.where = file + ":" + std::to_string(l.number);
      if (kw == "person") {
        e.kind = ActorEntry::Kind::kPerson;
        e.name = std::string(rest);
        if (e.name.empty()) {
          errors->Add(path, l.number, "person without a name");
          continue;
        }
      } else if (kw == "country" || kw == "org" || kw == "group") {
        e.kind = kw == "country" ? ActorEntry::Kind::kCountry
                 : kw == "org"   ? ActorEntry::Kind::kOrg : ActorEntry::Kind::kGroup;
        std::string_view name;
        std::string_view code = FirstWord(rest, &name);
        if (!IsUpperCode(code, 3, 15)) {
          errors->Add(path, l.number, "expected an upper-case CAMEO code after '" + std::string(kw) + "'");
          continue;
        }
        e.code = std::string(code);
        e.name = std::string(name);
        if (e.kind == ActorEntry::Kind::kCountry) e.country = e.code;
      } else {
        errors->Add(path, l.number, "unknown entry '" + std::string(kw) +
                                        "' (expected country, org, group, person, agent, ethnic or title)");
        continue;
      }
      entries_.push_back(std::move(e));
      current = static_cast<int>(entries_.size() - 1);
      if (entries_[current].kind == ActorEntry::Kind::kCountry) {
        country_by_code_.emplace(entries_[current].code, current);
      }
      continue;
    }
    if (current_choice >= 0) {
      // "  GEO if Tbilisi | Georgian | ..."
      std::string_view cues;
      std::string_view code = FirstWord(l.text, &rest);
      std::string_view if_word = FirstWord(rest, &cues);
      if (if_word != "if" || (!IsUpperCode(code, 3, 12) && code != "-") || cues.empty()) {
        errors->Add(path, l.number, "choose: expected 'CODE if cue | cue ...' (CODE may be '-')");
        continue;
      }
      ChoiceRule& r = choices_[current_choice];
      r.codes.emplace_back(code);
      for (const std::string& c : SplitList(cues)) {
        std::vector<PhraseToken> toks = CompilePhrase(c);
        if (!toks.empty())
          cues_.Add(std::move(toks), CueHit{current_choice, static_cast<int>(r.codes.size() - 1)});
      }
      continue;
    }
    if (current < 0) {
      errors->Add(path, l.number, "indented field outside an entry");
      continue;
    }
    ActorEntry& e = entries_[current];
    std::string value(rest);
    if (kw == "name") {
      AddPhrases(value, PhraseRole::kName, current, path, l.number, errors);
    } else if (kw == "adj") {
      AddPhrases(value, PhraseRole::kAdj, current, path, l.number, errors);
    } else if (kw == "demonym") {
      AddPhrases(value, PhraseRole::kDemonym, current, path, l.number, errors);
    } else if (kw == "capital" || kw == "seat") {
      AddPhrases(value, PhraseRole::kSeat, current, path, l.number, errors);
    } else if (kw == "iso2") {
      if (!IsUpperCode(value, 2, 2)) errors->Add(path, l.number, "iso2 must be two capital letters");
      e.iso2 = value;
      country_by_iso2_.emplace(value, current);
    } else if (kw == "country") {
      if (value == "-") e.country.clear();
      else if (!IsUpperCode(value, 3, 3)) errors->Add(path, l.number, "country must be a 3-letter code");
      else e.country = value;
    } else if (kw == "type") {
      if (!IsUpperCode(value, 3, 3)) errors->Add(path, l.number, "type must be a 3-letter CAMEO role");
      e.type = value;
    } else if (kw == "default") {
      if (!IsUpperCode(value, 3, 15)) errors->Add(path, l.number, "default must be a CAMEO code");
      e.default_code = value;
    } else if (kw == "role") {
      std::string_view r2, r3, note;
      std::string_view code = FirstWord(rest, &r2);
      std::string_view from = FirstWord(r2, &r3);
      std::string_view to = FirstWord(r3, &note);
      if (!IsUpperCode(code, 3, 15)) {
        errors->Add(path, l.number, "role: expected a CAMEO code first");
        continue;
      }
      if ((from != "-" && !IsDate(from)) || (to != "-" && !IsDate(to))) {
        errors->Add(path, l.number, "role: dates must be YYYY-MM-DD or '-'");
        continue;
      }
      if (from != "-" && to != "-" && to < from) {
        errors->Add(path, l.number, "role ends before it starts");
        continue;
      }
      e.roles.push_back(Role{std::string(code), from == "-" ? "" : std::string(from),
                             to == "-" ? "" : std::string(to), std::string(note)});
    } else {
      errors->Add(path, l.number, "unknown field '" + std::string(kw) + "'");
    }
  }
}

void ActorDict::Build() {
  for (ActorEntry& e : entries_) {
    if (e.kind == ActorEntry::Kind::kCountry || e.kind == ActorEntry::Kind::kPerson) continue;
    if (e.country.empty() && e.code.size() >= 3 && country_by_code_.count(e.code.substr(0, 3)))
      e.country = e.code.substr(0, 3);
  }
  phrases_.Build();
  cues_.Build();
  people_by_surname_.clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    const ActorEntry& e = entries_[i];
    if (e.kind != ActorEntry::Kind::kPerson || e.roles.empty()) continue;
    size_t sp = e.name.find_last_of(' ');
    if (sp == std::string::npos || sp + 1 >= e.name.size()) continue;
    std::string last = e.name.substr(sp + 1);
    for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    people_by_surname_[last].push_back(static_cast<int>(i));
  }
}

int ActorDict::PersonBySurname(const std::string& surname, const std::string& date, std::string_view type,
                                std::string_view title) const {
  if (date.empty()) return -1;
  auto it = people_by_surname_.find(surname);
  if (it == people_by_surname_.end()) return -1;
  auto names_title = [&](const std::string& note) {
    if (title.empty() || note.size() < title.size()) return false;
    for (size_t i = 0; i + title.size() <= note.size(); ++i) {
      size_t k = 0;
      while (k < title.size() && std::tolower(static_cast<unsigned char>(note[i + k])) == title[k]) ++k;
      if (k == title.size()) return true;
    }
    return false;
  };
  int found = -1, titled = -1, n_found = 0, n_titled = 0;
  for (int i : it->second) {
    bool holds = false, named = false;
    for (const Role& r : entries_[i].roles) {
      if (!(r.from.empty() || r.from <= date) || !(r.to.empty() || date <= r.to)) continue;
      if (!type.empty() && !(r.code.size() >= 6 && std::string_view(r.code).substr(3, 3) == type)) continue;
      holds = true;
      named = named || names_title(r.note);
    }
    if (holds) found = i, ++n_found;
    if (named) titled = i, ++n_titled;
  }
  if (n_found == 1) return found;
  return n_titled == 1 ? titled : -1;
}

const ActorEntry* ActorDict::CountryByCode(const std::string& code) const {
  auto it = country_by_code_.find(code);
  return it == country_by_code_.end() ? nullptr : &entries_[it->second];
}

const ActorEntry* ActorDict::CountryByIso2(const std::string& iso2) const {
  auto it = country_by_iso2_.find(iso2);
  return it == country_by_iso2_.end() ? nullptr : &entries_[it->second];
}

int ActorDict::AddEntry(ActorEntry e) {
  entries_.push_back(std::move(e));
  int i = static_cast<int>(entries_.size() - 1);
  if (entries_[i].kind == ActorEntry::Kind::kCountry) country_by_code_.emplace(entries_[i].code, i);
  return i;
}

int ActorDict::AddAgent(AgentEntry a) {
  agents_.push_back(std::move(a));
  return static_cast<int>(agents_.size() - 1);
}

size_t ActorDict::people() const {
  size_t n = 0;
  for (const auto& e : entries_) n += e.kind == ActorEntry::Kind::kPerson;
  return n;
}

}  // namespace dyad::lexicon
