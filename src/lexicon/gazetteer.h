// The gazetteer: places (countries, admin1 regions, GeoNames cities500) by name, built at setup by
// tools/gazetteer/build_gazetteer.js. The TSV is compiled once into a binary cache next to it
// (`<tsv>.cacheNN`, NN the format version; rebuilt when the TSV changes), which later runs read without
// parsing.
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
  int town = -1;         // landmarks: the town the landmark lies in (a place index), -1 when none
  bool IsCountry() const { return feature == "country"; }
  bool IsAdmin1() const { return feature == "admin1"; }
  bool IsLandmark() const { return feature == "landmark"; }
};

class Gazetteer {
 public:
  // Loads the gazetteer: from `path`.cacheNN when it is current, else from the TSV (then writes the cache;
  // failing to write it is not an error). `actors` maps ISO-2 to ISO-3 codes.
  Status Load(const std::string& path, const ActorDict& actors);

  // Adds regions, continents and waters from dict/lexicon/regions.txt (NAME | alias ; LAT ; LON ; ISO3|-),
  // and landmarks from dict/lexicon/landmarks.txt (NAME | alias ; LAT ; LON ; ISO3 ; in TOWN|-: feature
  // "landmark", in the town of that name in that country, the nearest when several are).
  // Their names take precedence over cities of the same name ("Africa" is the continent).
  Status LoadRegions(const std::string& path);

  // Places named exactly `key` (lower-case words joined by single spaces); empty if none.
  std::span<const int> Find(std::string_view key) const;
  const Place& place(int i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // Longest place name in words (bounds the matcher's look-ahead).
  int max_words() const { return max_words_; }
  // Longest place name, in words, that may start with the word `first` (1 when no longer name does).
  int MaxWordsFrom(std::string_view first) const;
  // The country's own place (its centroid) by ISO-3 code; -1 when unknown.
  int CountryPlace(std::string_view iso3) const {
    auto it = country_place_.find(iso3);
    return it == country_place_.end() ? -1 : it->second;
  }
  bool from_cache() const { return from_cache_; }

  // A name's key: lower case, single spaces, a possessive "'s" split off as the tokenizer does.
  static std::string Key(std::string_view name);
  // The same key with the other apostrophe ("st. john 's" <-> "st. john\u2019s"), or "" when it has none.
  static std::string OtherApostropheKey(std::string_view key);

 private:
  Status LoadTsv(const std::string& path, const ActorDict& actors);
  bool LoadCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime);
  void WriteCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime) const;
  void BuildNameTables();  // slots_ and the first-word table (kept in the cache)
  void Finish();           // the country places and region table
  void MapCountries(const ActorDict& actors);  // ISO-2 -> ISO-3 (the actor dictionary's codes)

  std::vector<Place> places_;
  // Name index, sorted by key: key text lives in keys_blob_; postings_ hold place indices.
  struct KeyRec {
    uint32_t off, len, post_begin, post_count;
  };
  std::string keys_blob_;
  std::vector<KeyRec> keys_;
  std::vector<int> postings_;
  // Open-addressing table over keys_ (high 32 bits: the key hash's high half; low: index + 1; 0 = empty),
  // built by BuildNameTables() or read from the cache: Find() without a binary search.
  std::vector<uint64_t> slots_;
  // The same for region names (a copy of regions_, rebuilt by BuildRegionTable() whenever it changes).
  void BuildRegionTable();
  std::vector<std::pair<std::string, std::vector<int>>> region_list_;
  std::vector<uint32_t> region_slots_;
  // First word of a multi-word name -> its most words, with its own open-addressing table.
  int& FirstWords(std::string_view word);  // inserts 0 when absent
  void AddRegionName(const std::string& key, int idx);  // a name of a region or of a place aliased by one
  std::vector<std::pair<std::string, int>> first_word_list_;
  std::vector<uint32_t> first_word_slots_;
  struct SvHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int, SvHash, std::equal_to<>> country_place_;
  std::unordered_map<std::string, std::vector<int>, SvHash, std::equal_to<>> regions_;  // region names -> places

  int max_words_ = 1;
  bool from_cache_ = false;
};

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_GAZETTEER_H_
