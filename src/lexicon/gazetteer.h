// The gazetteer: places (countries, admin1 regions, GeoNames cities500) by name, built at setup by
// tools/gazetteer/build_gazetteer.js. Immutable after Load(); thread-safe reads.
#ifndef DYAD_LEXICON_GAZETTEER_H_
#define DYAD_LEXICON_GAZETTEER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

class ActorDict;

struct Place {
  std::string name;
  std::string country;   // ISO-3 (via the country dictionary's iso2), or the ISO-2 code when unknown
  std::string admin1;
  std::string feature;   // "country", "admin1", or a GeoNames feature code
  double lat = 0, lon = 0;
  long population = 0;
  long geonameid = 0;    // cities only
  bool IsCountry() const { return feature == "country"; }
  bool IsAdmin1() const { return feature == "admin1"; }
};

class Gazetteer {
 public:
  // Loads the TSV; `actors` maps ISO-2 to ISO-3 codes. A missing file is an error.
  Status Load(const std::string& path, const ActorDict& actors);

  // Places named exactly `key` (lower-case words joined by single spaces); nullptr if none.
  const std::vector<int>* Find(const std::string& key) const {
    auto it = by_name_.find(key);
    return it == by_name_.end() ? nullptr : &it->second;
  }
  const Place& place(int i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // Longest place name in words (bounds the matcher's look-ahead).
  int max_words() const { return max_words_; }

  // The country's own place (its centroid) by ISO-3 code; -1 when unknown.
  int CountryPlace(const std::string& iso3) const {
    auto it = country_place_.find(iso3);
    return it == country_place_.end() ? -1 : it->second;
  }

  static std::string Key(std::string_view name);

 private:
  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<int>> by_name_;
  std::unordered_map<std::string, int> country_place_;
  int max_words_ = 1;
};

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_GAZETTEER_H_
