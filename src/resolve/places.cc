#include "resolve/places.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "resolve/place_words.h"

namespace dyad::resolve {

// Prepositions that say where something happened. "to", "on", "from" are left out: "sent aid to Sudan" and
// "sanctions on Iran" say whom, not where.
bool IsLocativePreposition(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  return w == "in" || w == "near" || w == "at" || w == "outside" || w == "inside" || w == "around" ||
         w == "across" || w == "into" || w == "throughout" || w == "within" || w == "off";
}

namespace {

// How many other names of the story can be a place within 40 km of this one? A county's point is its
// middle, and its towns lie up to its breadth away: beside a county, 60 km. (A name's places lie together
// in `spots`.)
int NamesNear(const lexicon::Place& p, const int* name, const std::vector<StoryPlaces::Spot>& spots) {
  constexpr double kKm = 40, kCountyKm = 60;
  const bool county = p.feature == "ADM2";
  const double cos_lat = std::cos(p.lat * 3.14159265358979 / 180.0);
  int count = 0;
  const int* counted = nullptr;
  for (const StoryPlaces::Spot& q : spots) {
    if (q.name == name || q.name == counted) continue;
    const double deg = ((county || q.county) ? kCountyKm : kKm) / 111.0;
    const double dlat = q.lat - p.lat;
    if (dlat > deg || dlat < -deg) continue;
    const double dlon = (q.lon - p.lon) * cos_lat;
    if (dlat * dlat + dlon * dlon <= deg * deg) ++count, counted = q.name;
  }
  return count;
}

bool NearAnotherName(const lexicon::Place& p, const int* name, const std::vector<StoryPlaces::Spot>& spots) {
  return NamesNear(p, name, spots) > 0;
}

}  // namespace

int ChoosePlace(std::span<const int> cands, const lexicon::Gazetteer& gaz, bool admin_cue,
                const StoryPlaces& story) {
  const std::vector<std::string>& story_countries = story.countries;
  // The story's countries, most important first: places inside them are preferred ("Georgia" in a story
  // about Atlanta is the state; "Paris" in a story about Texas towns may be Paris, Texas).
  auto rank = [&](const std::string& c) {
    for (size_t k = 0; k < story_countries.size(); ++k)
      if (story_countries[k] == c) return static_cast<int>(k);
    return -1;
  };
  // A name that is a first-level region's own ("New York") is not favoured for the places inside that region
  // that share it (New York County): the story's interest in the region is the region's.
  const lexicon::Place* region_named = nullptr;
  // Nor is a town near another of the story's names favoured over a country, a state or a capital of the
  // story's countries that bears its name ("Florida", "Washington").
  bool major_named = false;
  // A country whose name a town shares that lies both in the region the story's names agree on and near
  // another of them ("Lebanon" beside Grantville and Myerstown, Pennsylvania) is that town.
  bool local_namesake = false;
  for (int c : cands) {
    const lexicon::Place& p = gaz.place(c);
    if (p.IsAdmin1()) region_named = &p;
    if ((p.IsCountry() || p.IsAdmin1() || p.feature == "PPLC") && rank(p.country) >= 0) major_named = true;
    if (!p.IsCountry() && !p.admin1.empty() && p.admin1 == story.region && p.country == story.region_country &&
        NearAnotherName(p, cands.data(), story.spots))
      local_namesake = true;
  }
  int best = -1;
  double best_score = -1e18;
  for (int c : cands) {
    const lexicon::Place& p = gaz.place(c);
    int r = rank(p.country);
    const bool inside_namesake = region_named && &p != region_named && p.country == region_named->country &&
                                 p.admin1 == region_named->admin1;
    double s;
    if (p.IsCountry()) {
      s = 10 + (r >= 0 && !local_namesake ? 20 : 0);
    } else if (p.feature == "region") {
      s = 40;
    } else {
      if (p.IsAdmin1()) {
        s = admin_cue ? 200 : 6.5;
        // The state the story's names agree on, or its dateline's ("YAKIMA, Wash."), is its own.
        if (!story.region.empty() && p.admin1 == story.region && p.country == story.region_country) s += 10;
      } else {
        s = std::log10(static_cast<double>(p.population) + 10.0);
        if (p.feature == "PPLC") s += 2;
        else if (p.feature == "PPLA") s += 1.5;
        else if (p.feature.rfind("PPLA", 0) == 0) s += 0.5;
      }
      // The capital of any country the story is about is that country's, not a namesake town in the first
      // ("Moscow" in a story about Washington's talks with Russia).
      if (r == 0 || (r > 0 && p.feature == "PPLC")) s += 8;
      else if (r > 0) s += 3;
      // The capital of the story's country outranks a village that shares its name in a state the story
      // names ("Washington" in a story that also mentions West Virginia), though not in the state its
      // names agree on, nor the state itself when the story's names agree on it.
      if (r >= 0 && p.feature == "PPLC" &&
          !(region_named && region_named->admin1 == story.region && region_named->country == story.region_country))
        s += 6;
      // Near more of them, more so.
      if (!major_named)
        if (const int near = NamesNear(p, cands.data(), story.spots); near > 0) s += 4 + std::min(near - 1, 2);
      if (!inside_namesake && !p.admin1.empty() && !p.IsAdmin1() && p.admin1 == story.region &&
          p.country == story.region_country) {
        s += 10;
      } else if (!inside_namesake && !p.admin1.empty() && !p.IsAdmin1() &&
               std::find(story.admin1.begin(), story.admin1.end(), p.admin1) != story.admin1.end()) {
        s += 6;
      }
    }
    if (s > best_score) best_score = s, best = c;
  }
  return best;
}

namespace {

// Does a locative preposition stand before token `first`, over "the", "northern", "town of", ...?
bool HasLocativeCue(const std::vector<text::Token>& toks, int first) {
  for (int k = first - 1; k >= 0 && k >= first - 5; --k) {
    std::string_view w = toks[k].lower;
    if (IsLocativePreposition(w)) return true;
    if (w != "the" && w != "northern" && w != "southern" && w != "eastern" && w != "western" &&
        w != "central" && w != "city" && w != "town" && w != "village" && w != "capital" &&
        w != "province" && w != "of" && w != "northeastern" && w != "northwestern" &&
        w != "southeastern" && w != "southwestern")
      return false;
  }
  return false;
}


// Does ", <state or country>" follow at token `j` ("Greer, S.C.", "Greer, South Carolina")?
bool FollowedByRegion(const std::vector<text::Token>& toks, size_t n, size_t j, const lexicon::Gazetteer& gaz) {
  if (j + 1 >= n || toks[j].lower != "," || !toks[j + 1].Is(text::kCap)) return false;
  std::string key = toks[j + 1].lower;
  auto is_region = [&](const std::string& k) {
    for (int c : gaz.Find(k))
      if (gaz.place(c).IsAdmin1() || gaz.place(c).IsCountry()) return true;
    return false;
  };
  if (is_region(key) || is_region(key + ".")) return true;
  return j + 2 < n && is_region(key + " " + toks[j + 2].lower);
}

// Does a landmark's name make it a university or college ("Harvard University", "Imperial College London")?
bool IsSchoolName(std::string_view name) {
  for (std::string_view w : {"Universit", "College", "Institute", "School"})
    if (name.find(w) != std::string_view::npos) return true;
  return false;
}

// A country, a first-level region, a landmark, a capital or a city of at least 100,000 people.
bool IsProminent(const lexicon::Gazetteer& gaz, int c) {
  const lexicon::Place& p = gaz.place(c);
  return p.IsCountry() || p.IsAdmin1() || p.feature == "region" || p.IsLandmark() || p.feature == "PPLC" ||
         p.feature == "PPLA" || p.population >= 100000;
}

// Is `name` the word `lower`, but for case? A name written with letters beyond ASCII ("Penjwēn") may be the
// word in plain letters, so it counts as the same.
bool SameNameAs(std::string_view lower, std::string_view name) {
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  if (lower.size() != name.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    const char c = name[k] >= 'A' && name[k] <= 'Z' ? static_cast<char>(name[k] + 32) : name[k];
    if (c != lower[k]) return false;
  }
  return true;
}


// Does a locative preposition before token `k` make it a place ("in Greer", "near Davidson")? Not before a
// possessive ("angry at Kelly's plan"): that is a person's.
bool AfterPlacePreposition(const std::vector<text::Token>& toks, size_t k) {
  if (k == 0 || !IsLocativePreposition(toks[k - 1].lower)) return false;
  return !(k + 1 < toks.size() && (toks[k + 1].lower == "'s" || toks[k + 1].lower == "\u2019s"));
}

// Is this a place name that could stand for a surname? Not a country, a first-level region, a capital or a
// big city ("George Washington" does not make "Washington" a person, nor "Metropolitan Atlanta" Atlanta).
bool MayBeSurname(const lexicon::Gazetteer& gaz, std::span<const int> cands) {
  if (cands.empty()) return false;  // no place to mistake it for ("Chamber", "Cowboys")
  for (int c : cands)
    if (IsProminent(gaz, c)) return false;
  return true;
}


// The surnames of the people a sentence names: the last word of two or three capitalised words (initials
// allowed) that are no place together ("Cindy Davidson", "George W. Bush"), or of a title and a name
// ("Mr. Harding").
void LearnSurnames(const std::vector<text::Token>& toks, const lexicon::Gazetteer& gaz, std::vector<uint64_t>* out) {
  const size_t n = toks.size();
  std::string key;
  for (size_t i = 0; i < n;) {
    // A road's number ("A39 Bridgwater") is no first name.
    if (!toks[i].Is(text::kCap) || toks[i].Is(text::kPunct) || IsStopName(toks[i].lower) ||
        toks[i].lower.find_first_of("0123456789") != std::string::npos) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && toks[j].Is(text::kCap) && !toks[j].Is(text::kPunct) && !toks[j].Is(text::kAllCaps)) ++j;
    if (j == i) {
      ++i;
      continue;
    }
    const size_t words = j - i;
    const text::Token& last = toks[j - 1];
    // Not a month or weekday after a town ("in Kano May 9"), nor the word that heads a town's body or
    // building ("the Kano Chamber of Commerce", "Maple Hospital").
    if (words >= 2 && words <= 4 && last.lower.size() > 2 && last.lower.back() != '.' &&
        !IsPlacePrefix(toks[j - 2].lower) && !IsStopName(last.lower) && !IsLocalBodyWord(last.lower) &&
        !IsFeatureWord(last.lower) && !IsStreetWord(last.lower) &&
        !IsAdminWord(last.lower) && !IsGenericPlaceWord(last.lower) && !IsCommonNounName(last.lower)) {
      text::JoinLower(toks, i, j, &key);
      if ((IsPersonTitle(toks[i].lower) || gaz.Find(key).empty()) && MayBeSurname(gaz, gaz.Find(last.lower)) &&
          std::find(out->begin(), out->end(), last.LowerHash()) == out->end())
        out->push_back(last.LowerHash());
    }
    i = j;
  }
}

// Which first-level region the story's names agree on: each distinct name shares one vote among the regions
// its places lie in, so "Gainesville" (Florida, Georgia, Texas, ...) and "Hall County" (Georgia, Nebraska,
// Texas) together point to Georgia, while "Springfield" says next to nothing.
class RegionVote {
 public:
  void Add(const lexicon::Gazetteer& gaz, std::span<const int> cands) {
    if (cands.empty()) return;
    for (const int* seen : names_)
      if (seen == cands.data()) return;  // a name votes once, however often the story repeats it
    names_.push_back(cands.data());
    // The vote is shared by the places' weight: a city of 800,000 speaks louder than its namesake hamlets.
    double total = 0;
    for (int c : cands)
      if (Eligible(gaz.place(c))) total += Weight(gaz.place(c));
    scratch_.clear();
    for (int c : cands) {
      const lexicon::Place& p = gaz.place(c);
      if (!Eligible(p)) continue;
      auto it = std::find_if(tally_.begin(), tally_.end(), [&](const Tally& t) {
        return t.place->admin1 == p.admin1 && t.place->country == p.country;
      });
      if (it == tally_.end()) it = tally_.insert(tally_.end(), Tally{&p, 0, 0});
      it->score += Weight(p) / total;
      const size_t k = static_cast<size_t>(it - tally_.begin());
      if (std::find(scratch_.begin(), scratch_.end(), k) == scratch_.end()) {
        scratch_.push_back(k);
        ++it->names;
      }
    }
  }

  // A place in the region that at least two names and a clear margin agree on, or nullptr.
  const lexicon::Place* Winner() const {
    const Tally* best = nullptr;
    double second = 0;
    for (const Tally& t : tally_) {
      if (!best || t.score > best->score) {
        if (best) second = std::max(second, best->score);
        best = &t;
      } else {
        second = std::max(second, t.score);
      }
    }
    if (!best || best->names < 2 || best->score < 0.5 || best->score < 1.5 * second) return nullptr;
    return best->place;
  }

 private:
  struct Tally {
    const lexicon::Place* place;  // any place of the region: its country and admin1
    double score;
    int names;
  };
  static bool Eligible(const lexicon::Place& p) {
    return !p.admin1.empty() && !p.IsCountry() && p.feature != "region";
  }
  static double Weight(const lexicon::Place& p) { return std::sqrt(static_cast<double>(p.population) + 1000.0); }

  std::vector<const int*> names_;
  std::vector<Tally> tally_;
  std::vector<size_t> scratch_;  // the regions the current name has counted for
};

// Records where a local name with few places can lie (towns and counties, not countries or regions), once.
void AddSpots(const lexicon::Gazetteer& gaz, std::span<const int> cands, std::vector<StoryPlaces::Spot>* spots) {
  constexpr size_t kMaxPlaces = 30;
  if (cands.empty() || cands.size() > kMaxPlaces) return;
  for (const StoryPlaces::Spot& s : *spots)
    if (s.name == cands.data()) return;
  for (int c : cands) {
    const lexicon::Place& p = gaz.place(c);
    if (p.IsCountry() || p.IsAdmin1() || p.feature == "region") continue;
    spots->push_back({static_cast<float>(p.lat), static_cast<float>(p.lon), cands.data(), p.feature == "ADM2"});
  }
}


// A street, building or site the gazetteer lacks, over tokens [first, last), placed at gazetteer place `at`.
PlaceMention SiteMention(const std::vector<text::Token>& toks, size_t first, size_t last, int at) {
  PlaceMention pm;
  pm.first = static_cast<int>(first);
  pm.last = static_cast<int>(last);
  pm.place = at;
  pm.site = true;
  pm.cue = HasLocativeCue(toks, pm.first);
  return pm;
}

// A toponym inside a longer name ("London-based", "Kansas City-owned"), over tokens [first, last): named, but
// not where anything happens.
PlaceMention EmbeddedMention(size_t first, size_t last, int place, std::span<const int> candidates) {
  PlaceMention pm;
  pm.first = static_cast<int>(first);
  pm.last = static_cast<int>(last);
  pm.place = place;
  pm.candidates = candidates;
  pm.embedded = true;
  return pm;
}

// Is the token a capitalised word that can be part of a site's name ("Copperleaf", "Center", "No.")?
bool SiteNameWord(const text::Token& t) {
  return t.Is(text::kCap) && !t.Is(text::kPunct) && !IsStopName(t.lower);
}

// The name of a street, building or natural feature that starts at token `i`: capitalised words ending in
// a feature word ("Maple Street", "Harbourview Hospital", "Museum of Modern Art") or after a feature prefix
// ("Mount Tolmie"). Returns the end of the name (0 if none); `street` says whether it is a way or square,
// `natural` whether it is a river, lake or mountain rather than something built.
// "9th", "21st", "3rd": a numbered street's first word.
bool IsOrdinal(std::string_view w) {
  if (w.size() < 3 || w[0] < '0' || w[0] > '9') return false;
  size_t k = 0;
  while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
  const std::string_view suffix = w.substr(k);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

size_t SiteNameEnd(const std::vector<text::Token>& toks, size_t n, size_t i, bool* street, bool* natural) {
  constexpr size_t kMaxWords = 7;
  // A numbered street ("9th St.", "5th Avenue").
  if (IsOrdinal(toks[i].lower) && i + 1 < n && toks[i + 1].Is(text::kCap) && IsStreetWord(toks[i + 1].lower)) {
    *street = true, *natural = false;
    return i + 2;
  }
  if (!SiteNameWord(toks[i]) || IsPersonTitle(toks[i].lower)) return 0;
  size_t end = 0;
  *street = *natural = false;
  const bool prefix = IsFeaturePrefix(toks[i].lower);
  const std::string_view first = toks[i].lower;
  const bool saint = first == "st." || first == "st" || first == "saint";
  size_t k = i;
  for (; k < n && k < i + kMaxWords; ++k) {
    const text::Token& t = toks[k];
    const std::string_view w = t.lower;
    if (!(t.Is(text::kCap) && !t.Is(text::kPunct))) {
      // "of", "des", "de" inside the name, between capitalised words ("Musee des Beaux Arts"), and a saint's
      // possessive ("St. Mary's Hospital").
      const bool joint = k > i && k + 1 < n &&
                         (w == "of" || w == "des" || w == "de" || (saint && (w == "'s" || w == "\u2019s"))) &&
                         SiteNameWord(toks[k + 1]);
      if (!joint) {
        // A way's name may end in a lower-case word ("Ninth street").
        if (k > i && IsStreetWord(w) && !(k + 1 < n && toks[k + 1].Is(text::kCap))) {
          end = k + 1, *street = true, *natural = false;
          ++k;
        }
        break;
      }
    }
    if (k > i && !t.Is(text::kAllCaps)) {
      if (IsStreetWord(w)) end = k + 1, *street = true, *natural = false;
      else if (IsFeatureWord(w)) {
        end = k + 1, *street = false;
        *natural = w == "river" || w == "creek" || w == "lagoon" || w == "mountains" || w == "island" ||
                   w == "point" || w == "canal" || w == "delta";
      }
    }
  }
  if (prefix && end == 0 && k > i + 1) end = k, *natural = true;
  return end;
}

// Can a name be a town of the story's own: one in the region its names agree on, in one of its regions, or
// near its most-named town?
bool LocalToStory(const lexicon::Gazetteer& gaz, std::span<const int> cands, const StoryPlaces& story) {
  constexpr double kKm = 50;
  for (int c : cands) {
    const lexicon::Place& p = gaz.place(c);
    if (p.IsCountry() || p.admin1.empty()) continue;
    if (!story.region.empty() && p.admin1 == story.region && p.country == story.region_country) return true;
    if (std::find(story.admin1.begin(), story.admin1.end(), p.admin1) != story.admin1.end() &&
        !story.countries.empty() && p.country == story.countries[0])
      return true;
    if (story.local >= 0 && lexicon::DistanceKm(p.lat, p.lon, gaz.place(story.local).lat, gaz.place(story.local).lon) < kKm)
      return true;
  }
  return false;
}

// The parts of a word joined by hyphens or slashes ("Iraqi-Iranian", "Toronto/Montreal") that are places, added
// to `out` with their bytes within the word. Returns whether any was.
bool HyphenParts(const text::Token& tok, int at, const lexicon::Gazetteer& gaz, const StoryPlaces& story,
                 const lexicon::ActorDict* actors, std::vector<text::Token>* part_tok, std::vector<PlaceMention>* out) {
  const std::string& w = tok.lower;
  bool any = false;
  for (size_t b = 0; b < w.size();) {
    size_t e = w.find_first_of("-/", b);
    if (e == std::string::npos) e = w.size();
    const std::string_view part = std::string_view(w).substr(b, e - b);
    int place = -1;
    bool adjective = false;
    if (part.size() >= 2 && !IsStopName(part) && !IsCommonNounName(part) && !IsGenericPlaceWord(part)) {
      if (actors) {
        if (part_tok->empty()) part_tok->resize(1);
        text::Token& t = (*part_tok)[0];
        t.lower.assign(part);
        t.flags = text::kCap;
        t.hash = 0;
        size_t len = 0;
        const auto* e2 = actors->phrases().Longest(*part_tok, 0, 1, &len);
        if (e2 && (e2->payload.role == lexicon::PhraseRole::kName || e2->payload.role == lexicon::PhraseRole::kAdj ||
                   e2->payload.role == lexicon::PhraseRole::kDemonym)) {
          const lexicon::ActorEntry& a = actors->entries()[e2->payload.index];
          if (a.kind == lexicon::ActorEntry::Kind::kCountry) {
            place = gaz.CountryPlace(a.code);
            adjective = e2->payload.role != lexicon::PhraseRole::kName;
          }
        }
      }
      if (place < 0) {
        std::span<const int> v = gaz.Find(part);
        const int c = v.empty() ? -1 : ChoosePlace(v, gaz, false, story);
        if (c >= 0 && (IsProminent(gaz, c) || LocalToStory(gaz, v, story))) place = c;
      }
    }
    if (place >= 0) {
      PlaceMention pm;
      pm.first = at;
      pm.last = at + 1;
      pm.place = place;
      pm.adjective = adjective;
      pm.embedded = !adjective;
      pm.byte_begin = tok.begin + static_cast<int>(b);
      pm.byte_end = tok.begin + static_cast<int>(e);
      out->push_back(pm);
      any = true;
    }
    b = e + 1;
  }
  return any;
}

bool IsSettlementWord(std::string_view w) {
  return w == "village" || w == "town" || w == "hamlet" || w == "township" || w == "suburb" || w == "settlement";
}

// Does the text call the name at token `i` a village or town: "village of X", "X village"?
bool SettlementCue(const std::vector<text::Token>& toks, size_t n, size_t i) {
  if (!SiteNameWord(toks[i]) || toks[i].Is(text::kAllCaps)) return false;
  if (i >= 2 && toks[i - 1].lower == "of" && IsSettlementWord(toks[i - 2].lower) && !toks[i - 2].Is(text::kCap))
    return true;
  size_t k = i + 1;
  while (k < n && k < i + 3 && SiteNameWord(toks[k])) ++k;
  return k < n && (toks[k].lower == "village" || toks[k].lower == "hamlet") && !toks[k].Is(text::kCap);
}

bool IsPluralStreetWord(std::string_view w) {
  return w == "streets" || w == "avenues" || w == "roads" || w == "drives" || w == "boulevards" || w == "lanes";
}

// Where a site named at tokens [first, end) lies: the town named right after it ("in Geneva", ", Leeds") or
// before it with "'s" ("Toronto's"), else the story's most-named town. -1 if none.
int SitePlace(const std::vector<text::Token>& toks, size_t n, size_t first, size_t end,
              const lexicon::Gazetteer& gaz, const StoryPlaces& story, bool* said = nullptr) {
  // `whole`: the name must end there, not begin a longer one ("Ohio Northern University, Texas
  // Polytechnic State University" is a list).
  auto name_at = [&](size_t from, size_t to_max, bool whole) -> int {
    std::string key;
    for (size_t len = std::min<size_t>(3, to_max - from); len >= 1; --len) {
      bool ok = true;
      for (size_t k = from; k < from + len; ++k) ok = ok && toks[k].Is(text::kCap) && !toks[k].Is(text::kPunct);
      if (!ok || IsStopName(toks[from].lower)) continue;
      if (whole && from + len < n && SiteNameWord(toks[from + len])) continue;
      text::JoinLower(toks, from, from + len, &key);
      std::span<const int> v = gaz.Find(key);
      if (v.empty()) continue;
      // A state or country by that name is the one meant ("in Texas"), unless it lies outside the story's
      // first country and the town of the name chosen lies in it ("Virginia" in a story about Ireland).
      const int chosen = ChoosePlace(v, gaz, false, story);
      const auto& sc = story.countries;
      const bool home_town = chosen >= 0 && !sc.empty() && gaz.place(chosen).country == sc[0];
      for (int c : v)
        if ((gaz.place(c).IsAdmin1() || gaz.place(c).IsCountry()) && !(home_town && gaz.place(c).country != sc[0]))
          return c;
      return chosen;
    }
    return -1;
  };
  int at = -1;
  // Past the rest of a longer name ("Grand Orchid School of Music in Geneva").
  while (end < n && (SiteNameWord(toks[end]) ||
                     (toks[end].lower == "of" && end + 1 < n && SiteNameWord(toks[end + 1]))))
    ++end;
  if (end + 1 < n && (toks[end].lower == "in" || toks[end].lower == ",")) {
    size_t k = end + 1;
    // "in southwest Denver", "in downtown Chicago"
    if (k + 1 < n && !toks[k].Is(text::kCap) &&
        (toks[k].lower == "downtown" || toks[k].lower == "central" || toks[k].lower.find("north") == 0 ||
         toks[k].lower.find("south") == 0 || toks[k].lower.find("east") == 0 || toks[k].lower.find("west") == 0))
      ++k;
    at = name_at(k, n, toks[end].lower == ",");
  }
  if (at < 0 && first >= 2 && (toks[first - 1].lower == "'s" || toks[first - 1].lower == "\u2019s")) {
    size_t from = first - 2;
    while (from > 0 && first - 2 - from < 2 && toks[from - 1].Is(text::kCap) && !IsStopName(toks[from - 1].lower))
      --from;
    for (; from < first - 1 && at < 0; ++from) at = name_at(from, first - 1, false);
  }
  if (at >= 0 && story.local >= 0) {
    // A country or state is too coarse when the story's town lies in it.
    const lexicon::Place& p = gaz.place(at);
    const lexicon::Place& town = gaz.place(story.local);
    if ((p.IsCountry() && town.country == p.country) ||
        (p.IsAdmin1() && town.country == p.country && town.admin1 == p.admin1))
      at = story.local;
  }
  if (said) *said = at >= 0;
  if (at < 0) at = story.local;
  return at;
}
// A name that is one part of the name of a country the story is about ("Trinidad" in a story about
// Trinidad and Tobago) is that country, when none of its places lies in the story's countries.
int CountryPartPlace(const std::vector<text::Token>& toks, size_t first, size_t last, int place,
                     const lexicon::Gazetteer& gaz, const StoryPlaces& story) {
  const auto& sc = story.countries;
  if (place >= 0 && std::find(sc.begin(), sc.end(), gaz.place(place).country) != sc.end()) return place;
  std::string key;
  text::JoinLower(toks, first, last, &key);
  for (const std::string& code : sc) {
    const int c = gaz.CountryPlace(code);
    if (c < 0) continue;
    const std::string name = lexicon::Gazetteer::Key(gaz.place(c).name);
    const size_t and_at = name.find(" and ");
    if (and_at == std::string::npos) continue;
    if (std::string_view(name).substr(0, and_at) == key || std::string_view(name).substr(and_at + 5) == key) return c;
  }
  return place;
}

// The county the story names after a name ("Suffolk" in a story about Suffolk County), when the place chosen
// for the name lies far from it: the name is the county's short form. Else `place`.
int CountyOfName(const std::vector<text::Token>& toks, size_t first, size_t last, int place,
                 const lexicon::Gazetteer& gaz, const StoryPlaces& story) {
  constexpr double kKm = 60;
  if (story.counties.empty() || place < 0 || gaz.place(place).feature == "ADM2") return place;
  std::string key;
  text::JoinLower(toks, first, last, &key);
  key += " county";
  const std::span<const int> v = gaz.Find(key);
  if (v.empty() || std::find(story.counties.begin(), story.counties.end(), v.data()) == story.counties.end())
    return place;
  const int c = ChoosePlace(v, gaz, true, story);
  const lexicon::Place& county = gaz.place(c);
  const lexicon::Place& p = gaz.place(place);
  return lexicon::DistanceKm(p.lat, p.lon, county.lat, county.lon) > kKm ? c : place;
}

}  // namespace

bool NamesCountryAndOther(const lexicon::Gazetteer& gaz, std::span<const int> candidates) {
  bool country = false, other = false;
  for (int c : candidates) {
    const lexicon::Place& p = gaz.place(c);
    if (p.IsCountry()) country = true;
    else if (p.IsAdmin1() || p.population >= 100000) other = true;
  }
  return country && other;
}

std::vector<PlaceMention> FindPlaces(const std::vector<text::Token>& toks, size_t n,
                                     const lexicon::Gazetteer& gaz,
                                     const StoryPlaces& story_countries,
                                     const lexicon::ActorDict* actors, PlaceCache* cache) {
  std::vector<PlaceMention> out;
  if (gaz.size() == 0) return out;
  if (cache && cache->n != n) {
    cache->n = n;
    cache->len.assign(n, -1);
    cache->found.assign(n, {});
  }
  size_t i = 0;
  size_t actor_end = 0;  // the end of a person's or organisation's name the actor dictionary knows
  std::string key;
  std::vector<int> own_named;  // candidates whose own name is the text
  std::vector<text::Token> part_tok;  // one part of a hyphenated word, for the actor dictionary
  while (i < n) {
    // A street, building or site the gazetteer lacks ("Elm Avenue in Leeds", "Toronto's Copperleaf
    // Stadium", "Maple Street"): at the town the text puts it in, else the town the story names most.
    // (Only a capitalised word or a number can start one: the cheap test first, as it runs for every token.)
    const bool can_start = (toks[i].Is(text::kCap) && !toks[i].Is(text::kPunct)) || toks[i].Is(text::kNumber);
    if (can_start && (i == 0 || !toks[i - 1].Is(text::kCap) || IsStopName(toks[i - 1].lower) ||
                      toks[i - 1].lower == "'s" || toks[i - 1].lower == "\u2019s")) {
      bool street = false, natural = false;
      const size_t end = SiteNameEnd(toks, n, i, &street, &natural);
      // "Maple and Birch streets": two ways named before one plural word.
      if (end == 0) {
        size_t j = i;
        while (j < n && j < i + 3 && SiteNameWord(toks[j])) ++j;
        size_t k = j + 1;
        while (k < n && k < j + 4 && SiteNameWord(toks[k])) ++k;
        if (j > i && j + 1 < k && k < n && toks[j].lower == "and" && IsPluralStreetWord(toks[k].lower)) {
          const int at = SitePlace(toks, n, i, k + 1, gaz, story_countries);
          if (at >= 0) {
            for (const auto& [b, e] : {std::pair<size_t, size_t>{i, j}, std::pair<size_t, size_t>{j + 1, k}}) {
              out.push_back(SiteMention(toks, b, e, at));
            }
            i = k + 1;
            continue;
          }
        }
      }
      // A country's name or adjective first ("Italian Cultural Centre") is the country's; not a street's
      // ("Frenchmen Street", "Canada Road"), which lies in a town.
      bool country_first = false;
      if (actors && end > i + 1 && !street) {
        size_t len = 0;
        const auto* e = actors->phrases().Longest(toks, i, end - 1, &len);
        country_first = e && actors->entries()[e->payload.index].kind == lexicon::ActorEntry::Kind::kCountry &&
                        (e->payload.role == lexicon::PhraseRole::kName || e->payload.role == lexicon::PhraseRole::kAdj ||
                         e->payload.role == lexicon::PhraseRole::kDemonym);
      }
      if (end > i + 1 && !country_first) {
        text::JoinLower(toks, i, end, &key);
        bool said = false;  // the text says where it is ("in Columbus")
        int at = gaz.Find(key).empty() ? SitePlace(toks, n, i, end, gaz, story_countries, &said) : -1;
        // A river or lake named after a town is at the town ("Lake Yakima"); one named after a state or
        // country ("Ohio River") is left to that name below.
        const bool prefix = IsFeaturePrefix(toks[i].lower);
        const size_t head_first = prefix ? i + 1 : i, head_last = prefix ? end : end - 1;
        if (at >= 0 && natural && head_last > head_first) {
          text::JoinLower(toks, head_first, head_last, &key);
          if (std::span<const int> v = gaz.Find(key); !v.empty()) {
            const int c = ChoosePlace(v, gaz, false, story_countries);
            if (gaz.place(c).IsCountry() || gaz.place(c).IsAdmin1() || gaz.place(c).feature == "region") at = -1;
            else if (IsProminent(gaz, c) || LocalToStory(gaz, v, story_countries)) at = c;
          }
        }
        // A building named after a state, a big city or a county ("Oregon State University", "Adair County
        // Jail"), or after a town of the story's own ("Elmwood School" in a story about Elmwood), is the
        // name's, left to it below, unless the text says where it is ("Oregon State University in Corvallis").
        if (!street && !natural && at >= 0 && !said) {
          // A saint's name before its possessive ("St. Mary's Hospital") is no town's.
          size_t after_saint = i;
          for (size_t k = i + 1; k + 1 < end; ++k)
            if (toks[k].lower == "'s" || toks[k].lower == "\u2019s") after_saint = k + 1;
          for (size_t from = after_saint; from + 1 < end && at >= 0; ++from) {
            if (IsStopName(toks[from].lower) || IsGenericPlaceWord(toks[from].lower)) continue;
            const size_t words = std::min<size_t>(gaz.MaxWordsFrom(toks[from].lower), end - 1 - from);
            for (size_t len = words; len >= 1 && at >= 0; --len) {
              text::JoinLower(toks, from, from + len, &key);
              std::span<const int> v = gaz.Find(key);
              if (v.empty()) continue;
              const int c = ChoosePlace(v, gaz, false, story_countries);
              if (IsProminent(gaz, c) || IsAdminWord(toks[from + len - 1].lower) || LocalToStory(gaz, v, story_countries))
                at = -1;
            }
          }
        }
        // A university the text does not place is seldom in the story's town: it is named for its fame
        // ("Cornell University" in a story from Washington), not as a local site.
        if (at >= 0 && !said && toks[end - 1].lower == "university") {
          i = end;
          continue;
        }
        if (at >= 0) {
          out.push_back(SiteMention(toks, i, end, at));
          i = end;
          continue;
        }
      }
    }
    if (actors && toks[i].Is(text::kCap)) {
      size_t len = 0;
      const auto* e = actors->phrases().Longest(toks, i, n, &len);
      // A landmark or region whose name begins with an actor's ("the French Quarter", "the Arabian Peninsula") is
      // left to the gazetteer below. (Their next word is capitalised: "U.S. officials" is looked up no further.)
      if (e && i + len < n && toks[i + len].Is(text::kCap))
        for (size_t k = std::min<size_t>(gaz.MaxWordsFrom(toks[i].lower), n - i); k > len && e; --k) {
          text::JoinLower(toks, i, i + k, &key);
          for (int c : gaz.Find(key))
            if (gaz.place(c).IsLandmark() || gaz.place(c).feature == "region") e = nullptr;
        }
      if (e && (e->payload.role == lexicon::PhraseRole::kName || e->payload.role == lexicon::PhraseRole::kAdj ||
                e->payload.role == lexicon::PhraseRole::kDemonym)) {
        const lexicon::ActorEntry& a = actors->entries()[e->payload.index];
        int place = a.kind == lexicon::ActorEntry::Kind::kCountry ? gaz.CountryPlace(a.code) : -1;
        if (a.kind != lexicon::ActorEntry::Kind::kCountry && e->payload.role == lexicon::PhraseRole::kName)
          actor_end = i + len;
        // A country name that the gazetteer also knows as another place ("Georgia", "Jordan") is left to the
        // gazetteer below, which weighs the story's countries.
        if (place >= 0 && e->payload.role == lexicon::PhraseRole::kName) {
          std::string k;
          for (size_t q = i; q < i + len; ++q) k += (q > i ? " " : "") + toks[q].lower;
          // A county or province named after the country ("Guernsey County", "Lebanon County") is that.
          if (i + len < n && IsAdminWord(toks[i + len].lower) && !gaz.Find(k + " " + toks[i + len].lower).empty())
            place = -1;
          // A hamlet that shares the name ("America" in the Netherlands) is no rival, unless it lies in a
          // country the story is about ("Lebanon" in a story about Tennessee towns).
          if (!toks[i].Is(text::kAllCaps))
            for (int c : gaz.Find(k)) {
              const lexicon::Place& q = gaz.place(c);
              const auto& sc = story_countries.countries;
              if (!q.IsCountry() && (IsProminent(gaz, c) || std::find(sc.begin(), sc.end(), q.country) != sc.end()))
                place = -1;
            }
        }
        if (place >= 0) {
          PlaceMention pm;
          pm.first = static_cast<int>(i);
          pm.last = static_cast<int>(i + len);
          pm.place = place;
          pm.adjective = e->payload.role != lexicon::PhraseRole::kName;
          for (int k = pm.first - 1; k >= 0 && k >= pm.first - 2; --k)
            if (IsLocativePreposition(toks[k].lower)) pm.cue = true;
          out.push_back(pm);
          i += len;
          continue;
        }
      }
    }
    // All-capital words ("US", "UK", "EU") are abbreviations, not the villages that share their letters;
    // the countries among them come from the actor dictionary above.
    // "London-based", "Paris-born": the place inside the word.
    if (toks[i].Is(text::kCap) && !toks[i].Is(text::kAllCaps)) {
      const std::string& w = toks[i].lower;
      size_t dash = w.rfind('-');
      if (dash != std::string::npos && dash > 0) {
        std::string_view suffix = std::string_view(w).substr(dash + 1);
        if (suffix == "based" || suffix == "born" || suffix == "bound" || suffix == "headquartered" ||
            suffix == "registered" || suffix == "area") {
          std::span<const int> v = gaz.Find(w.substr(0, dash));
          int c = v.empty() ? -1 : ChoosePlace(v, gaz, false, story_countries);
          if (c >= 0 && IsProminent(gaz, c)) {
            out.push_back(EmbeddedMention(i, i + 1, c, v));
            ++i;
            continue;
          }
        }
      }
    }
    // "Iraqi-Iranian border", "Toronto/Montreal", "Leeds-Bradford": each part of a word joined by hyphens
    // or slashes that is a country's name or adjective, a prominent place or a town of the story's own is
    // a toponym of its own, within the word.
    // "Kansas City-based", "Hong Kong-owned": a two-word name whose second word the hyphen joins.
    if (toks[i].Is(text::kCap) && !IsStopName(toks[i].lower) && i + 1 < n && toks[i + 1].Is(text::kCap) &&
        toks[i].lower.find('-') == std::string::npos) {
      const size_t dash = toks[i + 1].lower.find('-');
      if (dash != std::string::npos && dash > 0) {
        key = toks[i].lower;
        key.push_back(' ');
        key.append(toks[i + 1].lower, 0, dash);
        std::span<const int> v = gaz.Find(key);
        const int c = v.empty() ? -1 : ChoosePlace(v, gaz, false, story_countries);
        if (c >= 0 && (IsProminent(gaz, c) || LocalToStory(gaz, v, story_countries))) {
          PlaceMention pm = EmbeddedMention(i, i + 2, c, v);
          pm.byte_begin = toks[i].begin;
          pm.byte_end = toks[i + 1].begin + static_cast<int>(dash);
          out.push_back(pm);
          i += 2;
          continue;
        }
      }
    }
    if (toks[i].Is(text::kCap) && toks[i].lower.find_first_of("-/") != std::string::npos &&
        HyphenParts(toks[i], static_cast<int>(i), gaz, story_countries, actors, &part_tok, &out)) {
      ++i;
      continue;
    }
    // All-capital short words ("US", "UK", "EU") are abbreviations, not the villages that share their
    // letters; longer ones are names in capitals ("WASHINGTON", "NEW YORK").
    bool abbreviation = toks[i].Is(text::kAllCaps) && toks[i].lower.size() <= 3 &&
                        !(i + 1 < n && toks[i + 1].Is(text::kAllCaps) && !toks[i + 1].Is(text::kPunct));
    if (abbreviation) {  // unless a region goes by it ("EU")
      std::span<const int> v = gaz.Find(toks[i].lower);
      abbreviation = !(v.size() == 1 && gaz.place(v[0]).feature == "region");
    }
    // Or it begins a longer name ("W. Va."): then only that name counts.
    const bool only_longer = abbreviation && gaz.MaxWordsFrom(toks[i].lower) > 1;
    if (only_longer) abbreviation = false;
    if (!toks[i].Is(text::kCap) || IsStopName(toks[i].lower) || abbreviation) {
      ++i;
      continue;
    }
    // Longest name first, bounded by the longest name that starts with this word.
    size_t found_len = 0;
    std::span<const int> found;
    const bool cached = cache && cache->len[i] >= 0;
    if (cached) {
      found_len = static_cast<size_t>(cache->len[i]);
      found = cache->found[i];
    }
    size_t max_len = cached ? 0 : std::min<size_t>(gaz.MaxWordsFrom(toks[i].lower), n - i);
    for (size_t len = max_len; len >= 1 && found.empty(); --len) {
      // Every word of a multi-word name but function words must be capitalised.
      bool ok = true;
      key.clear();
      for (size_t k = i; k < i + len; ++k) {
        if (toks[k].Is(text::kPunct) && toks[k].lower != "-") { ok = false; break; }
        if (!key.empty()) key.push_back(' ');
        key += toks[k].lower;
      }
      if (!ok) continue;
      if (toks[i + len - 1].Is(text::kPunct)) continue;
      // An abbreviation whose period the tokenizer split off ("Kansas City, Kan.", "Orlando, Fla.", "W. Va."):
      // the name with its period, before the bare word ("Fla" is a Norwegian town).
      if (i + len < n && toks[i + len].lower == "." && toks[i + len].begin == toks[i + len - 1].end) {
        key.push_back('.');
        if (auto v = gaz.Find(key); !v.empty()) {
          found = v, found_len = len + 1;
          break;
        }
        key.pop_back();
      }
      if (auto v = gaz.Find(key); !v.empty()) {
        found = v, found_len = len;
      } else if (len > 1 && key.starts_with("saint ")) {
        // "Saint Croix County" is "St. Croix County" to the gazetteer.
        if (auto w = gaz.Find("st. " + key.substr(6)); !w.empty()) found = w, found_len = len;
      }
    }
    if (cache && !cached) {
      cache->len[i] = static_cast<int>(found_len);
      cache->found[i] = found;
    }
    // Generic words alone ("Western", "West Coast") are directions, not the regions abroad that bear them,
    // unless an admin word follows ("Western Province").
    bool all_generic = true;
    for (size_t k = i; k < i + found_len && all_generic; ++k) all_generic = IsGenericPlaceWord(toks[k].lower);
    const bool admin_next = i + found_len < n && IsAdminWord(toks[i + found_len].lower);
    if (found.empty() || (found_len == 1 && IsCommonNounName(toks[i].lower)) || (all_generic && !admin_next) ||
        (only_longer && found_len == 1)) {
      // A name the gazetteer lacks that the text calls a village or town ("the village of Tamra", "Tamra
      // village"): at the town or region the text puts it in, else the story's town.
      if (found.empty() && i >= actor_end && SettlementCue(toks, n, i)) {
        size_t end = i + 1;
        while (end < n && end < i + 3 && SiteNameWord(toks[end]) && !IsSettlementWord(toks[end].lower)) ++end;
        const int at = SitePlace(toks, n, i, end, gaz, story_countries);
        if (at >= 0) {
          out.push_back(SiteMention(toks, i, end, at));
          i = end;
          continue;
        }
      }
      ++i;
      continue;
    }
    // A person or organisation the actor dictionary knows ("Obama", "Hamas", "NATO") is not the small town
    // that shares the name.
    // A single word that names a place only by one of its other names ("Lane" for Rochelle, Illinois) is a
    // person's name far more often, unless the place is prominent or the text says "in"/"near" before it.
    // A single word that is a town's only by another of its names ("Hamas" for Hamm, "Julia" for Plovdiv);
    // the other names of countries and regions ("EU") are as good as their own.
    bool other_name = found_len == 1;
    for (int f : found) {
      const lexicon::Place& p = gaz.place(f);
      other_name = other_name && !SameNameAs(toks[i].lower, p.name) && !p.IsCountry() && !p.IsAdmin1() &&
                   p.feature != "region";
    }
    {
      const bool actor = i + found_len <= actor_end;  // "Obama", "NATO": a known actor, not a town
      // A known actor that names a place only by another of its names ("Hamas" for Hamm) is the actor,
      // however big the place.
      if ((other_name && actor) ||
          ((other_name || actor) && !IsProminent(gaz, ChoosePlace(found, gaz, false, story_countries)))) {
        const size_t next = i + found_len;
        const bool town_cue = HasLocativeCue(toks, static_cast<int>(i)) ||
                              (next < n && IsLocalBodyWord(toks[next].lower)) || FollowedByRegion(toks, n, next, gaz);
        if (!town_cue) {
          i = std::max(i + 1, actor_end);
          continue;
        }
      }
    }
    // A word that opens a sentence and that the story also writes in lower case ("Snow closed the schools"
    // ... "the snow") is that word, not the small town that shares it.
    if (found_len == 1 && i == 0 && !story_countries.common_words.empty() &&
        std::find(story_countries.common_words.begin(), story_countries.common_words.end(), toks[i].LowerHash()) !=
            story_countries.common_words.end() &&
        !IsProminent(gaz, ChoosePlace(found, gaz, false, story_countries))) {
      ++i;
      continue;
    }
    // A surname the story gave someone, alone, is that person ("Davidson said"), unless it follows "in".
    if (found_len == 1 && !story_countries.surnames.empty() && !AfterPlacePreposition(toks, i) &&
        std::find(story_countries.surnames.begin(), story_countries.surnames.end(), toks[i].LowerHash()) !=
            story_countries.surnames.end()) {
      ++i;
      continue;
    }
    // A name after a word for a relative ("his brother Warren", "their niece Florence") is a person's first name.
    if (found_len == 1 && i > 0 && IsKinWord(toks[i - 1].lower)) {
      ++i;
      continue;
    }
    PlaceMention pm;
    pm.first = static_cast<int>(i);
    pm.last = static_cast<int>(i + found_len);
    bool admin = pm.last < static_cast<int>(n) && IsAdminWord(toks[pm.last].lower);
    // A name that ends in its own admin word ("Laurel County") is whole: "Laurel County Sheriff's Office".
    const bool admin_name = found_len > 1 && IsAdminWord(toks[pm.last - 1].lower);
    // Inside a longer name ("the Middle East", "Islamic State", "Kurdistan Democratic Party"): not a place.
    // A road's number before it is no part of the name ("the M62 Huddersfield junction").
    bool cap_before = i > 0 && toks[i - 1].Is(text::kCap) && !IsStopName(toks[i - 1].lower) &&
                      toks[i - 1].lower.find_first_of("0123456789") == std::string::npos;
    // An abbreviation's period ends the name ("Salina, Kan. Police said").
    bool cap_after = !admin && !admin_name && pm.last < static_cast<int>(n) && toks[pm.last - 1].lower != "." &&
                     (toks[pm.last].Is(text::kCap) ||  // "Gulf of Guinea", "Bay of Bengal"
                      (toks[pm.last].lower == "of" && pm.last + 1 < static_cast<int>(n) && toks[pm.last + 1].Is(text::kCap)) ||
                      // "Cathedral of the Assumption", "Church of the Nativity"
                      (toks[pm.last].lower == "of" && pm.last + 2 < static_cast<int>(n) &&
                       toks[pm.last + 1].lower == "the" && !toks[pm.last + 1].Is(text::kCap) &&
                       toks[pm.last + 2].Is(text::kCap) && !toks[pm.last + 2].Is(text::kPunct)));
    if (cap_before || cap_after) {
      // Inside a longer name, only a state or country keeps its place ("the Texas Fire Service"); a town or
      // a generic word does not ("Middle East", "Islamic State").
      int c = ChoosePlace(found, gaz, false, story_countries);
      // A generic word alone ("West", "Central") is no name; in a longer one it is ("West Virginia").
      const bool generic = found_len == 1 && IsGenericPlaceWord(toks[i].lower);
      bool keep = c >= 0 && (gaz.place(c).IsCountry() || gaz.place(c).IsAdmin1()) &&
                  (found_len == 1 || !cap_before) && !generic;
      // A first name before a surname the story gives ("Paul Smith", "David Jones") is no place at all.
      const auto& sn = story_countries.surnames;
      if (cap_after && !cap_before && toks[pm.last].Is(text::kCap) &&
          std::find(sn.begin(), sn.end(), toks[pm.last].LowerHash()) != sn.end()) {
        i = pm.last;
        continue;
      }
      if (!keep) {
        // A well-known place inside an organisation's name ("The New York Times", "Birmingham City") is
        // still a toponym, marked as embedded.
        // So is any town before the word that heads a local body or facility ("the Dublin City Council",
        // "Gainesville Public Utilities").
        // Not a word that is the place's only by another name, before a surname ("Julia Roberts").
        // A company, club or brand named after a town ("Birmingham Metalworks") is named after the best-known
        // town of that name, wherever the story is, unless one of its namesakes is the story's own. A local
        // body ("Dublin City Council") is the story's town's.
        const bool body = c >= 0 && cap_after && IsLocalBodyWord(toks[pm.last].lower);
        if (c >= 0 && cap_after && !cap_before && !generic && !other_name && (IsProminent(gaz, c) || body)) {
          if (!body && !LocalToStory(gaz, found, story_countries)) {
            static const StoryPlaces kNowhere;
            c = ChoosePlace(found, gaz, false, kNowhere);
          }
          out.push_back(EmbeddedMention(i, pm.last, CountyOfName(toks, i, pm.last, c, gaz, story_countries), found));
        } else if (c >= 0 && cap_before && !cap_after && found_len == 1 && !generic && !other_name &&
                   gaz.place(c).population >= 1000000) {
          // A city of millions that ends a longer name ("Radio Tokyo", "Smart Dubai") is named in it too (a
          // capital of a few thousand may be a surname: "Alexander Hamilton").
          out.push_back(EmbeddedMention(i, pm.last, c, found));
        }
        i = pm.last;
        continue;
      }
    }
    if (admin) ++pm.last;
    pm.admin_cue = admin;
    pm.cue = HasLocativeCue(toks, pm.first);
    pm.place = ChoosePlace(found, gaz, admin, story_countries);
    // A name that some candidates bear as their own and the chosen one only as another name ("Riverdale"
    // for Glendale) is one of those that bear it, unless the chosen one is a country, a region, a capital or
    // a city of millions ("St. Petersburg").
    if (found.size() > 1 && pm.place >= 0) {
      const lexicon::Place& chosen = gaz.place(pm.place);
      if (!chosen.IsCountry() && !chosen.IsAdmin1() && chosen.feature != "region" && chosen.feature != "PPLC" &&
          chosen.population < 1000000) {
        size_t end = i;
        while (end < i + found_len && toks[end].lower != ".") ++end;
        text::JoinLower(toks, i, end, &key);
        if (!SameNameAs(key, chosen.name)) {
          own_named.clear();
          for (int c : found)
            if (SameNameAs(key, gaz.place(c).name)) own_named.push_back(c);
          if (!own_named.empty()) pm.place = ChoosePlace(own_named, gaz, admin, story_countries);
        }
      }
    }
    if (!admin) pm.place = CountyOfName(toks, i, i + found_len, pm.place, gaz, story_countries);
    if (!admin) pm.place = CountryPartPlace(toks, i, i + found_len, pm.place, gaz, story_countries);
    // A small town that nothing calls a place ("in"), whose every namesake lies outside the countries the
    // story is about, is more likely a word or a name the gazetteer lacks there (a township, a street, a
    // person) than a far-off town; it is no toponym. Only once the story's names have been read: before
    // that its countries are its actors' alone.
    if (pm.place >= 0 && story_countries.learned && !story_countries.countries.empty() && !pm.cue &&
        !IsProminent(gaz, pm.place) &&
        std::none_of(found.begin(), found.end(), [&](int c) {
          const auto& sc = story_countries.countries;
          return std::find(sc.begin(), sc.end(), gaz.place(c).country) != sc.end();
        })) {
      i = pm.last;
      continue;
    }
    pm.candidates = found;
    out.push_back(pm);
    i = pm.last;
  }
  // Containment: "Tawila in North Darfur", "Erbil, Iraq": the first place must lie in the second.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    PlaceMention& a = out[k];
    PlaceMention& b = out[k + 1];
    if (b.first - a.last > 1 || b.place < 0 || a.byte_begin >= 0 || b.byte_begin >= 0) continue;
    const std::string& link = toks[a.last].lower;
    if (b.first != a.last && link != "in" && link != ",") continue;
    // "Spokane, Washington", "Athens, Georgia": a second name that is also a state or country one of the
    // first name's places lies in is that state or country.
    if (!gaz.place(b.place).IsCountry() && !gaz.place(b.place).IsAdmin1() && !a.site)
      for (int o : b.candidates) {
        const lexicon::Place& q = gaz.place(o);
        if (!q.IsCountry() && !q.IsAdmin1()) continue;
        const bool holds = std::any_of(a.candidates.begin(), a.candidates.end(), [&](int c) {
          const lexicon::Place& p = gaz.place(c);
          return c != o && p.country == q.country && (q.IsCountry() || p.admin1 == q.admin1);
        });
        if (holds) {
          b.place = o;
          break;
        }
      }
    const lexicon::Place& outer = gaz.place(b.place);
    if (!outer.IsCountry() && !outer.IsAdmin1()) continue;
    std::vector<int> inside;
    for (int c : a.candidates) {
      const lexicon::Place& p = gaz.place(c);
      if (p.country == outer.country && (outer.IsCountry() || p.admin1 == outer.admin1) && c != b.place)
        inside.push_back(c);
    }
    if (!inside.empty()) {
      a.place = ChoosePlace(inside, gaz, a.admin_cue, story_countries);
    } else if (a.place >= 0 && !gaz.place(a.place).IsCountry() && !gaz.place(a.place).IsAdmin1() &&
               gaz.place(a.place).feature != "region") {
      // A town said to lie where none of that name does is not that town. Countries and states are peers
      // in a list instead ("Brazil, Germany, Japan"; "Guam, Alaska, Hawaii").
      a.place = -1;
    }
  }
  // A list joined by "and" or "or" names peers: a name beside a state that can be a state of the same
  // country is that state ("California or Washington", "Washington and Oregon").
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    PlaceMention& a = out[k];
    PlaceMention& b = out[k + 1];
    if (a.place < 0 || b.place < 0 || a.byte_begin >= 0 || b.byte_begin >= 0 || a.site || b.site) continue;
    int link = a.last;
    if (link < b.first && toks[link].lower == ",") ++link;
    if (link + 1 != b.first || (toks[link].lower != "and" && toks[link].lower != "or")) continue;
    for (PlaceMention* m : {&a, &b}) {
      const PlaceMention& other = m == &a ? b : a;
      const lexicon::Place& o = gaz.place(other.place);
      // Not a town the text puts in a state of its own ("Ohio and Washington, D.C.").
      if (!o.IsAdmin1() || gaz.place(m->place).IsAdmin1() || gaz.place(m->place).IsCountry() ||
          FollowedByRegion(toks, n, static_cast<size_t>(m->last), gaz))
        continue;
      for (int c : m->candidates)
        if (gaz.place(c).IsAdmin1() && gaz.place(c).country == o.country) {
          m->place = c;
          break;
        }
    }
  }
  return out;
}

void LearnStoryPlaces(const std::vector<const std::vector<text::Token>*>& sentences, const lexicon::Gazetteer& gaz,
                      const lexicon::ActorDict* actors, StoryPlaces* story, std::vector<PlaceCache>* caches) {
  std::vector<std::pair<std::string, int>> countries, regions;
  auto bump = [](std::vector<std::pair<std::string, int>>* v, const std::string& k) {
    if (k.empty()) return;
    for (auto& [name, count] : *v)
      if (name == k) {
        ++count;
        return;
      }
    v->emplace_back(k, 1);
  };
  // Countries and regions named as such speak first; a city that dwarfs its namesakes ("Paris") speaks only
  // for a country the story names, or when it names none: otherwise "Paris" would vote for France in a
  // story about Paris, Texas.
  for (const auto* toks : sentences) LearnSurnames(*toks, gaz, &story->surnames);
  // Words that open a sentence capitalised and stand in lower case elsewhere in the story: one pass over the
  // story's words, looked up among the few sentence openers.
  std::vector<uint64_t> openers;
  for (const auto* toks : sentences)
    if (!toks->empty() && (*toks)[0].Is(text::kCap) && !(*toks)[0].Is(text::kAllCaps))
      openers.push_back((*toks)[0].LowerHash());
  std::sort(openers.begin(), openers.end());
  openers.erase(std::unique(openers.begin(), openers.end()), openers.end());
  if (!openers.empty())
    for (const auto* toks : sentences)
      for (const text::Token& t : *toks)
        if (!t.Is(text::kCap) && std::binary_search(openers.begin(), openers.end(), t.LowerHash()) &&
            std::find(story->common_words.begin(), story->common_words.end(), t.LowerHash()) ==
                story->common_words.end())
          story->common_words.push_back(t.LowerHash());
  // A word the story also puts after "in" or "near" is a place there ("in Greer"): no surname. One it never
  // uses alone ("Davidson said") is more likely the head of a name ("Ohio State", "Cavan Institute").
  std::vector<uint64_t> alone;
  for (const auto* toks : sentences)
    for (size_t k = 0; k < toks->size() && !story->surnames.empty(); ++k) {
      const auto& t = *toks;
      if (AfterPlacePreposition(t, k)) std::erase(story->surnames, t[k].LowerHash());
      else if (t[k].Is(text::kCap) && (k == 0 || !t[k - 1].Is(text::kCap)) && (k + 1 == t.size() || !t[k + 1].Is(text::kCap)))
        alone.push_back(t[k].LowerHash());
    }
  std::erase_if(story->surnames, [&](uint64_t h) { return std::find(alone.begin(), alone.end(), h) == alone.end(); });
  std::vector<const lexicon::Place*> cities;
  RegionVote vote;
  std::vector<StoryPlaces::Spot> spots;
  std::vector<const int*> counties;
  std::vector<std::pair<int, int>> towns;  // each town named, with how often
  std::vector<std::span<const int>> town_names;  // the places each town's name can be
  int embedded_town = -1;                  // the first big town named inside a longer name
  if (caches && caches->size() < sentences.size()) caches->resize(sentences.size());
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto* toks = sentences[si];
    for (const PlaceMention& pm : FindPlaces(*toks, toks->size(), gaz, *story, actors, caches ? &(*caches)[si] : nullptr)) {
      if (pm.place < 0 || pm.adjective || pm.site) continue;
      // A university tells neither the story's town nor its region: it is named for its fame ("a graduate of
      // McGill University") more often than as the scene.
      if (gaz.place(pm.place).IsLandmark() && IsSchoolName(gaz.place(pm.place).name)) continue;
      if (pm.embedded) {
        // A big town inside a longer name ("the Winnipeg Police Service") speaks for where the story is only
        // when no town is named alone.
        if (IsProminent(gaz, pm.place) && !gaz.place(pm.place).IsCountry() && !gaz.place(pm.place).IsAdmin1() &&
            gaz.place(pm.place).feature != "region" && embedded_town < 0)
          embedded_town = pm.place;
        continue;
      }
      // A name read as a country ("Greece") does not vote for the region of a town that shares it (Greece,
      // New York); one that a state shares too ("Georgia") still does.
      if (!gaz.place(pm.place).IsCountry() ||
          std::any_of(pm.candidates.begin(), pm.candidates.end(), [&](int c) { return gaz.place(c).IsAdmin1(); }))
        vote.Add(gaz, pm.candidates);
      AddSpots(gaz, pm.candidates, &spots);
      if (gaz.place(pm.place).feature == "ADM2" &&
          std::find(counties.begin(), counties.end(), pm.candidates.data()) == counties.end())
        counties.push_back(pm.candidates.data());
      const lexicon::Place& p = gaz.place(pm.place);
      // The town the name speaks for: a landmark's own ("the French Quarter": New Orleans), or a town the name
      // leaves little doubt about: a prominent one, or one put after "in" ("Lincoln" may be a street's name or
      // a person's as well).
      int town = -1;
      std::span<const int> town_name;
      if (p.IsLandmark()) {
        if (p.town < 0) continue;
        town = p.town;
      } else if (!p.IsCountry() && !p.IsAdmin1() && p.feature != "region" &&
                 (IsProminent(gaz, pm.place) || pm.cue)) {
        town = pm.place;
        town_name = pm.candidates;
      }
      if (town >= 0) {
        auto it = std::find_if(towns.begin(), towns.end(), [&](const auto& t) { return t.first == town; });
        if (it == towns.end()) towns.emplace_back(town, 1), town_names.push_back(town_name);
        else ++it->second;
      }
      if (p.IsCountry() || p.IsAdmin1()) {
        if (NamesCountryAndOther(gaz, pm.candidates)) continue;  // "Georgia": the name cannot vote for itself
        bump(&countries, p.country);
        if (!p.IsCountry()) bump(&regions, p.admin1.empty() ? p.name : p.admin1);
        continue;
      }
      // A name all of whose places lie in one country ("Hall County": Georgia, Nebraska, Texas) tells the
      // story's country.
      if (std::all_of(pm.candidates.begin(), pm.candidates.end(),
                      [&](int c) { return gaz.place(c).country == p.country; }))
        bump(&countries, p.country);
      // A name only one place has ("Otter Tail County", "Cottonport") tells the story's region.
      if (pm.candidates.size() == 1 && !p.admin1.empty()) {
        bump(&regions, p.admin1);
        continue;
      }
      if (p.feature == "PPLC" || p.feature == "PPLA" || p.population >= 100000) {
        long second = 0;
        for (int c : pm.candidates)
          if (c != pm.place) second = std::max(second, gaz.place(c).population);
        if (p.population >= 5 * std::max(second, 1L)) cities.push_back(&p);
      }
    }
  }
  const bool named = !countries.empty();
  // A big city outside the region the story's names agree on is not the one meant ("Athens" among Clarke and
  // Oconee Counties).
  const lexicon::Place* agreed = vote.Winner();
  for (const lexicon::Place* p : cities) {
    bool known = std::any_of(countries.begin(), countries.end(), [&](const auto& c) { return c.first == p->country; });
    if (named && !known) continue;
    if (agreed && (p->country != agreed->country || p->admin1 != agreed->admin1)) continue;
    bump(&countries, p->country);
    bump(&regions, p->admin1.empty() ? p->name : p->admin1);
  }
  auto by_count = [](const auto& a, const auto& b) { return a.second > b.second; };
  std::stable_sort(countries.begin(), countries.end(), by_count);
  std::stable_sort(regions.begin(), regions.end(), by_count);
  for (const auto& [c, n] : countries)
    if (std::find(story->countries.begin(), story->countries.end(), c) == story->countries.end())
      story->countries.push_back(c);
  for (const auto& [r, n] : regions) story->admin1.push_back(r);
  story->spots = std::move(spots);
  story->counties = std::move(counties);
  // The town named most often, the first of equals, is where the story's streets and buildings lie.
  // It must lie in the story's main country.
  int most = 0;
  std::span<const int> local_name;
  for (size_t k = 0; k < towns.size(); ++k) {
    const auto& [place, count] = towns[k];
    if (count > most && !story->countries.empty() && gaz.place(place).country == story->countries[0])
      most = count, story->local = place, local_name = town_names[k];
  }
  // A big town inside a longer name may be a person's first name ("Elizabeth Smith") or a firm's: it must lie
  // in a first-level region the story names, when it names any.
  if (story->local < 0 && embedded_town >= 0 &&
      (story->countries.empty() || gaz.place(embedded_town).country == story->countries[0]) &&
      (regions.empty() || std::any_of(regions.begin(), regions.end(), [&](const auto& r) {
         return r.first == gaz.place(embedded_town).admin1;
       })))
    story->local = embedded_town;
  if (agreed) {
    story->region = agreed->admin1;
    story->region_country = agreed->country;
    if (std::find(story->countries.begin(), story->countries.end(), agreed->country) == story->countries.end())
      story->countries.push_back(agreed->country);
  }
  story->learned = true;
  // The town is the place its name is in the story as now known (its region and other names), as the
  // name itself will be.
  if (local_name.size() > 1) {
    const int c = ChoosePlace(local_name, gaz, false, *story);
    const lexicon::Place& p = gaz.place(c);
    if (!p.IsCountry() && !p.IsAdmin1() && p.feature != "region") story->local = c;
  }
}

}  // namespace dyad::resolve
