#include "syntax/mentions.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <string_view>

#include "syntax/clause.h"
#include "util/word_set.h"

namespace dyad::syntax {

namespace {

using lexicon::ActorEntry;
using lexicon::PhraseRole;
using text::Token;

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Adjectives that may stand inside an actor noun phrase without changing who it is.
bool IsDescriptor(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kWords = {
      "senior", "top", "former", "local", "regional", "central", "provincial", "federal", "national",
      "paramilitary", "armed", "exiled", "rival", "allied", "main", "leading", "ruling", "new", "interim",
      "acting", "deputy", "chief", "semi-autonomous", "semiautonomous", "autonomous", "fragmented",
      "embattled", "elite", "special", "hardline", "moderate", "radical", "powerful", "influential",
      "militant", "islamist", "separatist", "pro-government", "anti-government", "breakaway", "vice",
      "assistant", "junior", "outgoing"};
  static const WordSet kSet(kWords);
  return kSet.count(w) != 0;
}

// A lower-case word describing a country or region before its name: "war-torn", "military-ruled",
// "neighbouring", "northern".
bool IsCountryDescription(std::string_view w) {
  static const WordSet kWords{"neighbouring", "neighboring", "northern", "southern", "eastern", "western",
                              "central", "nearby", "impoverished", "landlocked", "oil-rich", "war-torn",
                              "war-ravaged", "strife-torn", "conflict-torn", "troubled"};
  if (kWords.count(w)) return true;
  for (std::string_view suf : {"-ruled", "-run", "-led", "-controlled", "-held", "-governed", "-dominated", "-occupied"})
    if (w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf) return true;
  return false;
}

bool IsSponsorPrefix(std::string_view w) {
  for (std::string_view suf : {"-backed", "-allied", "-supported", "-aligned", "-sponsored", "-funded"})
    if (w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf) return true;
  return false;
}

// kArmedGroup: "the militant group", a group said to be armed.
enum class Pronoun { kNone, kPerson, kPlural, kSingular, kGroup, kArmedGroup };

Pronoun PronounOf(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "his" || w == "her") return Pronoun::kPerson;
  if (w == "they" || w == "them" || w == "their") return Pronoun::kPlural;
  if (w == "it" || w == "its") return Pronoun::kSingular;
  return Pronoun::kNone;
}

bool IsGroupNoun(std::string_view w) {
  return w == "group" || w == "organization" || w == "organisation" || w == "movement" || w == "militia" ||
         w == "party" || w == "alliance" || w == "faction" || w == "bloc" || w == "coalition";
}

// A word that says what kind of group a group noun names ("the militant group", "the armed movement").
bool IsGroupKind(std::string_view w) {
  return w == "militant" || w == "armed" || w == "jihadist" || w == "extremist" || w == "islamist" ||
         w == "insurgent" || w == "terrorist" || w == "rebel" || w == "separatist" || w == "radical";
}

bool IsPairNoun(std::string_view w) {
  return w == "sides" || w == "countries" || w == "nations" || w == "governments" || w == "leaders" ||
         w == "neighbors" || w == "neighbours" || w == "parties" || w == "men" || w == "two";
}

bool IsWeekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  return In(kDays, w);
}

// Is the one-word name at toks[j] part of a person's name: next to a capitalised word that is neither a
// dictionary phrase nor a function word ("Michael Jordan", "Chad Wolf", "Jim Jordan")? A weekday is no name
// ("Jordan Monday closed its border").
bool InPersonName(const std::vector<Token>& toks, size_t j, size_t n, const lexicon::ActorDict& dict) {
  static constexpr std::array<std::string_view, 24> kFunction = {
      "the", "in", "on", "at", "for", "from", "and", "but", "with", "by", "to", "of", "as", "after",
      "before", "when", "while", "under", "both", "neighboring", "neighbouring", "landlocked", "if", "since"};
  if (toks[j].Is(text::kAllCaps) || toks[j].lower.find('.') != std::string::npos) return false;  // "U.S."
  auto name_like = [&](size_t k) {
    if (k >= n || !toks[k].Is(text::kCap) || toks[k].Is(text::kPunct) || toks[k].Is(text::kAllCaps)) return false;
    if (std::find(kFunction.begin(), kFunction.end(), toks[k].lower) != kFunction.end()) return false;
    if (IsWeekday(toks[k].lower)) return false;
    size_t len = 0;
    return dict.phrases().Longest(toks, k, n, &len) == nullptr;
  };
  return (j > 0 && name_like(j - 1)) || name_like(j + 1);
}

bool IsPossessive(std::string_view w) { return w == "their" || w == "its" || w == "his" || w == "her"; }

// Is the agent phrase of `len` words at toks[i] also written as a title ("defense minister", "former president"
// are both), so that a name may follow it ("former president Carlos Menem")?
bool AlsoTitle(const std::vector<Token>& toks, size_t i, size_t n, size_t len, const lexicon::ActorDict& dict) {
  bool title = false;
  dict.phrases().ForEachMatch(toks, i, n, [&](const auto& e, size_t l) {
    title = title || (l == len && e.payload.role == lexicon::PhraseRole::kTitle);
  });
  return title;
}

// Picks the referent of a pronoun among earlier mentions (this sentence first, then the story).
const Mention* Resolve(Pronoun p, const std::vector<Mention>& here, const StoryContext& ctx) {
  auto fits = [&](const Mention& m, int pass) {
    if (m.adjective_only || m.code.empty()) return false;
    switch (p) {
      case Pronoun::kPerson: return m.person;
      case Pronoun::kGroup: return m.named && !m.person && m.type != "" && m.code.size() > 3;
      case Pronoun::kArmedGroup:
        return m.named && !m.person && m.code.size() > 3 &&
               (m.type == "REB" || m.type == "UAF" || m.type == "SEP" || m.type == "INS");
      case Pronoun::kPlural:
        if (pass == 0) return m.named && !m.person && m.code.size() > 3;  // groups, organisations
        return !m.person && (m.plural || m.named);
      case Pronoun::kSingular:
        if (pass == 0) return m.named && !m.person && m.code.size() > 3;
        return m.named && !m.person;
      case Pronoun::kNone: return false;
    }
    return false;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (auto it = here.rbegin(); it != here.rend(); ++it)
      if (fits(*it, pass)) return &*it;
    for (auto it = ctx.recent.rbegin(); it != ctx.recent.rend(); ++it)
      if (fits(*it, pass)) return &*it;
    if (p == Pronoun::kPerson || p == Pronoun::kGroup || p == Pronoun::kArmedGroup) break;
  }
  return nullptr;
}

// "Iraq said it would ...", "the ministry announced that it ...": a pronoun right after a reporting verb (and
// "that") is its speaker, the actor named right before the verb.
const Mention* SpeakerOf(Pronoun p, const std::vector<Token>& toks, size_t i, const std::vector<Mention>& here) {
  size_t v = i;
  if (v > 0 && toks[v - 1].lower == "that") --v;
  // "announced Friday that it", "said on Monday that it": the time of the statement stands between.
  if (v > 0 && (IsWeekday(toks[v - 1].lower) || toks[v - 1].lower == "today" || toks[v - 1].lower == "yesterday")) {
    --v;
    if (v > 0 && toks[v - 1].lower == "on") --v;
  }
  if (v < 2) return nullptr;
  std::string_view verb = toks[v - 1].lower;
  if (!IsSpeechVerb(verb) && verb != "announced" && verb != "declared" && verb != "warned") return nullptr;
  // The speaker ends right before the verb, or before an apposition between commas ("the Rohan Farmers'
  // Union (RFU), the largest union of farmers, announced that it"), and a bracketed abbreviation after it.
  size_t end = v - 1;
  if (toks[end - 1].lower == ",") {
    for (size_t k = end - 1, steps = 0; k-- > 0 && steps < 12; ++steps) {
      const std::string_view w = toks[k].lower;
      if (w == ";" || w == ":" || w == "that" || w == "said" || w == "and") break;
      if (w != ",") continue;
      end = k;
      if (end > 0 && toks[end - 1].lower == ")")
        for (size_t b = end - 1, back = 0; b-- > 0 && back < 6; ++back)
          if (toks[b].lower == "(") {
            end = b;
            break;
          }
      break;
    }
  }
  for (auto it = here.rbegin(); it != here.rend(); ++it) {
    if (static_cast<size_t>(it->last) != end) continue;
    if (it->adjective_only || it->code.empty()) return nullptr;
    const bool person = p == Pronoun::kPerson;
    return it->person == person || (it->pronoun && !person) ? &*it : nullptr;
  }
  return nullptr;
}

Mention FromReferent(const Mention& ref, int first, int last) {
  Mention m = ref;
  m.first = first;
  m.last = last;
  m.pronoun = true;
  return m;
}

}  // namespace

void StoryContext::CountCues(const lexicon::ActorDict& dict,
                             const std::vector<const std::vector<text::Token>*>& sentences) {
  const auto& rules = dict.choices();
  story_cues.assign(rules.size(), {});
  for (size_t r = 0; r < rules.size(); ++r) story_cues[r].assign(rules[r].codes.size(), 0);
  sentence_cues.assign(sentences.size(), {});
  if (rules.empty()) return;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& toks = *sentences[s];
    for (size_t i = 0; i < toks.size(); ++i) {
      dict.cues().ForEachMatch(toks, i, toks.size(), [&](const auto& e, size_t) {
        sentence_cues[s].push_back(Cue{e.payload.rule, e.payload.option, static_cast<int>(i)});
        ++story_cues[e.payload.rule][e.payload.option];
      });
    }
  }
}

int StoryContext::Choose(int rule, const lexicon::ActorDict& dict, int at) const {
  if (rule < 0 || static_cast<size_t>(rule) >= story_cues.size()) return -1;
  const auto& codes = dict.choices()[rule].codes;
  std::vector<int> score(codes.size(), 0);
  for (size_t o = 0; o < codes.size(); ++o) {
    score[o] = story_cues[rule][o];
    if (!dateline_country.empty() && codes[o] == dateline_country) score[o] += 2;
  }
  if (sentence >= 0 && static_cast<size_t>(sentence) < sentence_cues.size()) {
    for (const Cue& c : sentence_cues[sentence]) {
      if (c.rule != rule) continue;
      int d = c.token > at ? c.token - at : at - c.token;
      score[c.option] += 3 + (d <= 8 ? 6 : 0);
    }
  }
  int best = -1, best_score = 0;
  for (size_t o = 0; o < codes.size(); ++o)
    if (score[o] > best_score) best_score = score[o], best = static_cast<int>(o);
  return best;
}

void StoryContext::Remember(const Mention& m) {
  if (m.adjective_only || m.code.empty()) return;
  recent.push_back(m);
  if (recent.size() > 24) recent.erase(recent.begin());
}

std::vector<Mention> FindMentions(const std::vector<Token>& toks, size_t n, const lexicon::ActorDict& dict,
                                  const std::string& date, StoryContext* context) {
  std::vector<Mention> out;
  out.reserve(n / 4 + 2);  // grown without moving mentions in most sentences
  const auto& entries = dict.entries();
  size_t i = 0;
  while (i < n) {
    const std::string& w = toks[i].lower;
    // Pronouns and "the group".
    Pronoun pr = PronounOf(w);
    if (pr != Pronoun::kNone && !IsPossessive(w)) {
      const Mention* ref = SpeakerOf(pr, toks, i, out);
      if (!ref) ref = Resolve(pr, out, *context);
      if (ref)
        out.push_back(FromReferent(*ref, static_cast<int>(i), static_cast<int>(i + 1)));
      ++i;
      continue;
    }
    // "the two sides", "both governments": the last two parties named.
    if (i + 1 < n && IsPairNoun(toks[i + 1].lower) &&
        (w == "both" || (w == "the" && i + 2 < n && toks[i + 1].lower == "two" && IsPairNoun(toks[i + 2].lower)))) {
      size_t len = w == "both" ? 2 : 3;
      std::vector<const Mention*> pair;
      auto consider = [&](const Mention& c) {
        if (c.adjective_only || c.code.empty() || c.person || c.country.empty()) return;
        for (const Mention* q : pair)
          if (q->country == c.country) return;
        pair.push_back(&c);
      };
      for (auto it = out.rbegin(); it != out.rend() && pair.size() < 2; ++it) consider(*it);
      for (auto it = context->recent.rbegin(); it != context->recent.rend() && pair.size() < 2; ++it) consider(*it);
      if (pair.size() == 2) {
        Mention a = FromReferent(*pair[1], static_cast<int>(i), static_cast<int>(i + len));
        Mention b = FromReferent(*pair[0], static_cast<int>(i), static_cast<int>(i + len));
        out.push_back(std::move(a));
        out.push_back(std::move(b));
        i += len;
        continue;
      }
    }
    // "the group", and with a word of what kind of group: "the militant group", "the jihadist movement".
    const size_t kind = w == "the" && i + 2 < n && IsGroupKind(toks[i + 1].lower) ? 1 : 0;
    if (w == "the" && i + 1 + kind < n && IsGroupNoun(toks[i + 1 + kind].lower)) {
      const size_t after = i + 2 + kind;
      size_t len = 0;
      bool more = after < n && dict.phrases().Longest(toks, after, n, &len) != nullptr;
      const Mention* ref = more ? nullptr : Resolve(kind ? Pronoun::kArmedGroup : Pronoun::kGroup, out, *context);
      if (ref) {
        Mention m = FromReferent(*ref, static_cast<int>(i), static_cast<int>(after));
        m.nominal_group = true;
        out.push_back(m);
        i = after;
        continue;
      }
    }

    size_t start = i, j = i;
    bool possessive_owner = false;
    Pronoun owner = Pronoun::kNone;
    if (IsPossessive(w) && i + 1 < n) {  // "their forces": the owner is resolved below
      owner = PronounOf(w);
      possessive_owner = true;
      j = i + 1;
      start = j;
    }
    while (j < n && IsSponsorPrefix(toks[j].lower)) ++j;  // "Iran-backed militias": the sponsor is not the actor
    if (j != start && !possessive_owner) start = j;

    int person = -1, org = -1, country_entry = -1;
    std::string country, agent_type, title_type, head_type;
    std::vector<std::string> ethnic;
    std::string ethnic_country;  // "Kurdish" read as Iraqi, Iranian, ... from the story
    size_t discard_end = 0;
    std::vector<std::string> fired;
    bool head = false, any = false, unknown_person = false, named = false, seat = false, agents_of_person = false;
    size_t good_end = j;
    while (j < n) {
      size_t len = 0;
      const auto* e = dict.phrases().Longest(toks, j, n, &len);
      if (e && e->payload.role == PhraseRole::kDiscard) {
        // "Gulf of Guinea", "Niger River": words that look like an actor but are not one.
        if (!any) discard_end = j + len;
        break;
      }
      // `choose` rules: "Georgia", "Congo", "Kurdish" read by the story's cues.
      std::string chosen;
      if (e && (e->payload.role == PhraseRole::kName || e->payload.role == PhraseRole::kEthnic ||
                e->payload.role == PhraseRole::kAdj || e->payload.role == PhraseRole::kSeat)) {
        std::string key;
        text::JoinLower(toks, j, j + len, &key);
        const int rule = dict.ChoiceFor(key);
        const int opt = context->Choose(rule, dict, static_cast<int>(j));
        if (opt >= 0) chosen = dict.choices()[rule].codes[opt];
        if (chosen == "-") {
          if (!any) discard_end = j + len;
          break;
        }
      }
      if (e) {
        const lexicon::PhraseHit& hit = e->payload;
        bool stop = false;
        // A one-word country name inside a person's name ("Michael Jordan", "Chad Wolf") is no country.
        if ((hit.role == PhraseRole::kName || hit.role == PhraseRole::kSeat) && len == 1 &&
            entries[hit.index].kind == ActorEntry::Kind::kCountry && InPersonName(toks, j, n, dict)) {
          if (!any) discard_end = j + 1;
          break;
        }
        switch (hit.role) {
          case PhraseRole::kDiscard:
            break;
          case PhraseRole::kName: {
            const ActorEntry& a = entries[hit.index];
            if (a.kind == ActorEntry::Kind::kPerson) {
              if (person >= 0 || org >= 0) { stop = true; break; }
              person = hit.index;
            } else if (a.kind == ActorEntry::Kind::kCountry) {
              std::string c = chosen.size() == 3 ? chosen : a.code;
              if (person >= 0 || org >= 0 || head || (!country.empty() && country != c)) { stop = true; break; }
              country = c;
              country_entry = hit.index;
              if (c != a.code) {
                const ActorEntry* other = dict.CountryByCode(c);
                country_entry = other ? static_cast<int>(other - entries.data()) : hit.index;
              }
            } else {
              if (person >= 0 || (org >= 0 && org != hit.index)) { stop = true; break; }
              org = hit.index;
            }
            named = true;
            fired.push_back(a.where);
            break;
          }
          case PhraseRole::kAdj: {
            const ActorEntry& a = entries[hit.index];
            if (head || person >= 0) { stop = true; break; }
            if (a.kind == ActorEntry::Kind::kCountry) {
              if (country.empty()) country = a.code, country_entry = hit.index;
            } else if (org < 0) {
              org = hit.index;
            }
            fired.push_back(a.where);
            break;
          }
          case PhraseRole::kDemonym:
          case PhraseRole::kSeat: {
            const ActorEntry& a = entries[hit.index];
            if (head || person >= 0 || org >= 0 || (!country.empty() && country != a.code)) { stop = true; break; }
            country = a.code;
            country_entry = hit.index;
            head_type = hit.role == PhraseRole::kSeat ? "GOV" : "CVL";
            seat = hit.role == PhraseRole::kSeat;
            head = true;
            named = true;
            fired.push_back(a.where);
            break;
          }
          case PhraseRole::kAgent: {
            if (person >= 0) { stop = true; break; }
            const std::string& t = dict.agents()[hit.index].code;
            if (agent_type.empty()) agent_type = t;
            head = true;
            fired.push_back(dict.agents()[hit.index].where);
            break;
          }
          case PhraseRole::kEthnic:
            if (head || person >= 0) { stop = true; break; }
            ethnic.push_back(dict.agents()[hit.index].code);
            if (!chosen.empty()) ethnic_country = chosen;
            fired.push_back(dict.agents()[hit.index].where);
            break;
          case PhraseRole::kTitle:
            if (person >= 0) { stop = true; break; }
            if (title_type.empty()) title_type = dict.agents()[hit.index].code;
            head = true;
            fired.push_back(dict.agents()[hit.index].where);
            break;
        }
        if (stop) break;
        any = true;
        j += len;
        good_end = j;
        // After a title, capitalised words that are no entry are the person's name ("Defense Secretary
        // Pete Hegseth").
        // A capitalised agent word after the first name is part of the name ("Defence Secretary Tom King");
        // "King Hassan of Morocco": the country after the name is the person's.
        size_t probe = 0;
        // An agent word followed by a name: "King Hassan". An agent phrase that is also a title ("former president
        // Carlos Menem", "opposition leader X") takes the name into the phrase and stays an agent: like
        // "police", it belongs where the event happened.
        const bool name_next = hit.role == PhraseRole::kAgent && j < n && toks[j].Is(text::kCap) &&
                               !toks[j].Is(text::kPunct) && !IsWeekday(toks[j].lower) &&
                               !dict.phrases().Longest(toks, j, n, &probe);
        const bool person_titled = hit.role == PhraseRole::kTitle || (name_next && len == 1 && toks[j - 1].Is(text::kCap));
        const bool agent_titled = !person_titled && name_next && len > 1 && AlsoTitle(toks, j - len, n, len, dict);
        if (person_titled || agent_titled) {
          if (person < 0 && title_type.empty()) title_type = dict.agents()[hit.index].code;
          const size_t name_first = j;
          size_t k = j;
          while (k < n && k < j + 3 && toks[k].Is(text::kCap) && !toks[k].Is(text::kPunct)) {
            const auto* w = dict.phrases().Longest(toks, k, n, &len);
            if (w && !(k > j && len == 1 && (w->payload.role == PhraseRole::kAgent ||
                                             w->payload.role == PhraseRole::kTitle)))
              break;
            ++k;
          }
          // "opposition leader Doctora Michelle Bachelet", "Prime Minister Sheikh X": honorific or given names
          // before a person the dictionaries know; that person is the one meant.
          size_t plen = 0;
          const auto* pw = k > j && k < j + 3 && k < n ? dict.phrases().Longest(toks, k, n, &plen) : nullptr;
          if (pw && person < 0 && org < 0 && pw->payload.role == PhraseRole::kName &&
              entries[pw->payload.index].kind == ActorEntry::Kind::kPerson) {
            j = good_end = k;
            continue;
          }
          if (k > j) {
            unknown_person = person_titled;
            j = good_end = k;
            // "President Bush": a surname after a title is the one person of that name holding such an office
            // on the story date.
            if (person_titled && person < 0 && org < 0) {
              const int pi = dict.PersonBySurname(toks[k - 1].lower, date, title_type, toks[name_first - 1].lower);
              if (pi >= 0 && (country.empty() || entries[pi].CountryOn(date) == country)) {
                person = pi;
                unknown_person = false;
                fired.push_back(entries[pi].where);
                break;
              }
            }
            if (country.empty() && org < 0 && k + 1 < n && toks[k].lower == "of") {
              const auto* c = dict.phrases().Longest(toks, k + 1, n, &len);
              if (c && c->payload.role == PhraseRole::kName &&
                  entries[c->payload.index].kind == ActorEntry::Kind::kCountry) {
                country = entries[c->payload.index].code;
                country_entry = c->payload.index;
                fired.push_back(entries[c->payload.index].where);
                j = good_end = k + 1 + len;
              }
            }
            break;
          }
        }
        // A seat of power or a demonym is a whole phrase; a person's name ends the phrase.
        // "the Biden administration", "Putin aides": a person's agents belong to the person's country.
        if (person >= 0 && hit.role == PhraseRole::kName && j < n) {
          size_t l2 = 0;
          const auto* nx = dict.phrases().Longest(toks, j, n, &l2);
          if (nx && nx->payload.role == PhraseRole::kAgent && !toks[j].Is(text::kCap)) {
            agent_type = dict.agents()[nx->payload.index].code;
            agents_of_person = true;
            fired.push_back(dict.agents()[nx->payload.index].where);
            j += l2;
            good_end = j;
          }
        }
        if (hit.role == PhraseRole::kSeat || hit.role == PhraseRole::kDemonym || person >= 0) break;
        continue;
      }
      const std::string& t = toks[j].lower;
      if (any && IsDescriptor(t) && j + 1 < n) { ++j; continue; }
      if (any && !head && t == "'s" && (!country.empty() || org >= 0) && j + 1 < n) {
        size_t len2 = 0, k = j + 1;
        const auto* next = dict.phrases().Longest(toks, k, n, &len2);
        while (!next && k + 1 < n && IsDescriptor(toks[k].lower)) {  // "Taiwan's Vice Foreign Minister"
          ++k;
          next = dict.phrases().Longest(toks, k, n, &len2);
        }
        if (next && (next->payload.role == PhraseRole::kAgent || next->payload.role == PhraseRole::kTitle)) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (!any) {
      i = discard_end > i ? discard_end : i + 1;
      continue;
    }
    if (country.empty() && !ethnic_country.empty() && person < 0 && org < 0) country = ethnic_country;
    Mention m;
    m.first = static_cast<int>(possessive_owner ? i : start);
    m.last = static_cast<int>(good_end);
    m.entries = fired;
    std::string type = !agent_type.empty() ? agent_type : !title_type.empty() ? title_type : head_type;
    std::string eth;
    for (const auto& e : ethnic) eth += e;
    if (person >= 0 && agents_of_person) {
      const ActorEntry& a = entries[person];
      m.country = a.CountryOn(date);
      m.code = m.country + agent_type;
      m.type = agent_type;
      m.name = a.name;
      m.named = true;
    } else if (person >= 0) {
      const ActorEntry& a = entries[person];
      m.code = a.CodeOn(date);
      m.country = a.CountryOn(date);
      m.type = m.code.size() >= 6 ? m.code.substr(3, 3) : type;
      m.name = a.name;
      m.person = m.named = true;
    } else if (org >= 0) {
      const ActorEntry& a = entries[org];
      m.code = a.code;
      m.country = a.country.empty() ? country : a.country;
      m.type = !agent_type.empty() ? agent_type : a.type;
      m.name = a.name;
      m.named = true;
    } else {
      m.country = country;
      m.code = country + eth + type;
      m.type = type;
      m.named = named;
      if (country_entry >= 0) m.name = entries[country_entry].name;
      if (unknown_person) m.person = true;
    }
    m.place = seat;
    const std::string& last_word = toks[good_end - 1].lower;
    m.plural = last_word.size() > 2 && last_word.back() == 's' && last_word != "'s";
    if (!head && person < 0 && org < 0 && !named) {
      // Adjectives only: "Iranian" or "Kurdish" before a noun that is no actor. Plural ethnic nouns
      // ("Iraqi Kurds") are actors.
      bool ethnic_noun = !ethnic.empty() && m.plural;
      if (!ethnic_noun) m.adjective_only = true;
    }
    if (possessive_owner) {
      // "their forces": the owner gives the code, the noun gives the role.
      const Mention* ref = Resolve(owner, out, *context);
      if (ref && m.code.size() <= 3 && person < 0 && org < 0 && country.empty()) {
        std::string t = m.type;
        m.code = ref->code;
        m.country = ref->country;
        m.name = ref->name;
        m.named = ref->named;
        m.type = t.empty() ? ref->type : t;
        m.pronoun = true;
      } else if (!ref && m.code.size() <= 3) {
        m.first = static_cast<int>(start);
      }
    }
    if (m.code.empty()) {
      i = good_end;
      continue;
    }
    out.push_back(std::move(m));
    i = good_end;
  }

  // "an official with the Kurdistan Freedom Party", "officials from Iraq": the agent takes its code from
  // the organisation or country that follows.
  std::vector<Mention> merged;
  merged.reserve(out.size());
  for (size_t k = 0; k < out.size(); ++k) {
    Mention m = std::move(out[k]);  // out[k] is not read again (out[k + 1] is, below)
    bool agent_only = !m.named && !m.person && m.country.empty() && !m.adjective_only;
    if (agent_only && k + 1 < out.size()) {
      const Mention& nx = out[k + 1];
      size_t p = static_cast<size_t>(m.last);
      std::string_view prep = p < n ? std::string_view(toks[p].lower) : std::string_view();
      bool link = prep == "with" || prep == "of" || prep == "from" || prep == "for" || prep == "at";
      size_t after = p + 1;
      if (after < n && toks[after].lower == "the") ++after;
      // "exiles from war-torn Yemen", "officials from neighbouring Chad": a lower-case
      // description of the country stands between.
      for (int d = 0; d < 2 && after < n && !toks[after].Is(text::kCap) && !toks[after].Is(text::kPunct) &&
                      IsCountryDescription(toks[after].lower);
           ++d)
        ++after;
      // "officials at the UN", but not "drones at Kyiv": "at" a country or a city is a direction.
      if (prep == "at" && (nx.place || nx.code.size() == 3)) link = false;
      // "colonels in the Belarusian army", "a spokesman for the Iraqi government": an agent inside an
      // institution of a country is that institution's ("soldiers in Iraq" are only somewhere).
      const bool institution = !nx.person && !nx.place && !nx.adjective_only && !nx.pronoun &&
                               !nx.country.empty() && !nx.type.empty() && nx.code.size() > 3;
      if (prep == "in" && institution) link = true;
      if (link && static_cast<size_t>(nx.first) == after && (nx.named || nx.nominal_group || institution) &&
          !nx.person) {
        Mention c = nx;
        c.first = m.first;
        c.type = m.type.empty() ? nx.type : m.type;
        if (nx.code.size() == 3) c.code = nx.code + c.type;
        c.plural = m.plural;
        c.entries.insert(c.entries.begin(), m.entries.begin(), m.entries.end());
        merged.push_back(std::move(c));
        ++k;
        continue;
      }
    }
    merged.push_back(std::move(m));
  }
  // "Indian and Chinese troops": an adjective joined by "and" to a composed actor shares its noun. So does a
  // country abbreviation with no article ("US and British activists", "UK and French troops"); "the US and
  // Iraqi forces" and a full name ("Israel and Palestinian militants") stand alone.
  for (size_t k = 0; k + 1 < merged.size(); ++k) {
    Mention& a = merged[k];
    const Mention& b = merged[k + 1];
    const bool abbreviation = !a.adjective_only && a.named && !a.person && !a.pronoun && a.type.empty() &&
                              a.code == a.country && a.last == a.first + 1 &&
                              (toks[a.first].Is(text::kAllCaps) || toks[a.first].lower.find('.') != std::string::npos) &&
                              (a.first == 0 || toks[a.first - 1].lower != "the") && !b.named;
    if ((!a.adjective_only && !abbreviation) || a.country.empty() || b.adjective_only || b.type.empty() ||
        b.country.empty() || b.person)
      continue;
    if (a.last + 1 != b.first || toks[a.last].lower != "and") continue;
    a.adjective_only = false;
    a.type = b.type;
    a.code = a.country + b.type;
    a.plural = b.plural;
  }
  // Apposition: "The US commander in Iraq, General David Petraeus, ..." - a title or unknown name with no
  // country takes the country of the phrase it stands beside.
  for (size_t k = 1; k < merged.size(); ++k) {
    Mention& m = merged[k];
    const Mention& prev = merged[k - 1];
    if (!m.country.empty() || m.named || prev.country.empty() || prev.adjective_only) continue;
    int gap_first = prev.last, gap_last = m.first;
    // Allow "in Iraq" between the head and the comma: the nearest earlier mention with a country before
    // a comma directly preceding m.
    if (gap_last < 1 || toks[gap_last - 1].lower != ",") continue;
    if (gap_last - 1 != gap_first) {
      // prev is inside a prepositional phrase of an earlier head ("commander in Iraq"): use the head.
      if (k < 2 || merged[k - 2].country.empty() || prev.first < 1 || toks[prev.first - 1].lower != "in") continue;
    }
    const Mention& head = (gap_last - 1 == gap_first) ? prev : merged[k - 2];
    if (head.country.empty()) continue;
    m.country = head.country;
    m.code = head.country + m.code;
  }
  // "the European Union (EU)": an abbreviation in brackets right after an actor is part of it.
  for (size_t k = 0; k < merged.size(); ++k) {
    Mention& m = merged[k];
    const size_t p = static_cast<size_t>(m.last);
    if (p + 2 >= n || toks[p].lower != "(" || toks[p + 2].lower != ")" || !toks[p + 1].Is(text::kAllCaps)) continue;
    const bool inner = k + 1 < merged.size() && static_cast<size_t>(merged[k + 1].first) == p + 1 &&
                       static_cast<size_t>(merged[k + 1].last) == p + 2;
    if (inner && merged[k + 1].code != m.code) continue;
    m.last = static_cast<int>(p + 3);
    if (inner) merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  if (context->more_to_come)
    for (const Mention& m : merged) context->Remember(m);
  return merged;
}

}  // namespace dyad::syntax
