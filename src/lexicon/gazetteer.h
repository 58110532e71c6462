// The gazetteer: places (countries, admin1 regions, GeoNames cities500) by name, built at setup by
// tools/gazetteer/build_gazetteer.js. The TSV is compiled once into a binary cache next to it
// (`<tsv>.cache`, rebuilt when the TSV changes), which later runs read without parsing.
// Immutable after Load(); thread-safe reads.
#ifndef DYAD_LEXICON_GAZETTEER_H_
#define DYAD_LEXICON_GAZETTEER_H_

#include <cstdint>
#include <span>
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
  // Loads the gazetteer: from `path`.cache when it is current, else from the TSV (then writes the cache;
  // failing to write it is not an error). `actors` maps ISO-2 to ISO-3 codes.
  Status Load(const std::string& path, const ActorDict& actors);

  // Adds regions, continents and waters from dict/lexicon/regions.txt (NAME | alias ; LAT ; LON ; ISO3|-).
  // Their names take precedence over cities of the same name ("Africa" is the continent).
  Status LoadRegions(const std::string& path);

  // Places named exactly `key` (lower-case words joined by single spaces); empty if none.
  std::span<const int> Find(std::string_view key) const;
  const Place& place(int i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // Longest place name in words (bounds the matcher's look-ahead).
  int max_words() const { return max_words_; }
  // Longest place name, in words, that may start with the word `first` (1 when no longer name does).
  int MaxWordsFrom(const std::string& first) const {
    auto it = first_words_.find(first);
    return it == first_words_.end() ? 1 : it->second;
  }
  // The country's own place (its centroid) by ISO-3 code; -1 when unknown.
  int CountryPlace(const std::string& iso3) const {
    auto it = country_place_.find(iso3);
    return it == country_place_.end() ? -1 : it->second;
  }
  bool from_cache() const { return from_cache_; }

  static std::string Key(std::string_view name);

 private:
  Status LoadTsv(const std::string& path, const ActorDict& actors);
  bool LoadCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime);
  void WriteCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime) const;
  void Finish();

  std::vector<Place> places_;
  // Name index, sorted by key: key text lives in keys_blob_; postings_ hold place indices.
  struct KeyRec {
    uint32_t off, len, post_begin, post_count;
  };
  std::string keys_blob_;
  std::vector<KeyRec> keys_;
  std::vector<int> postings_;
  std::unordered_map<std::string, int> country_place_;
  std::unordered_map<std::string, std::vector<int>> regions_;  // region names -> places
  std::unordered_map<std::string, int> first_words_;  // first word of a multi-word name -> its most words
  int max_words_ = 1;
  bool from_cache_ = false;
};

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_GAZETTEER_H_
