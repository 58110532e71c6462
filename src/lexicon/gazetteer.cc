#include "lexicon/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/actors.h"
#include "lexicon/dict_file.h"
#include "text/tokens.h"

namespace dyad::lexicon {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'Z', '0', '5'};

// Little helpers for the cache file: plain native-endian values (the cache never leaves this machine).
template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
void PutString(std::string* out, std::string_view s) {
  Put<uint32_t>(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

struct Reader {
  std::string_view data;
  size_t pos = 0;
  bool ok = true;
  template <typename T>
  T Get() {
    T v{};
    if (pos + sizeof v > data.size()) {
      ok = false;
      return v;
    }
    std::memcpy(&v, data.data() + pos, sizeof v);
    pos += sizeof v;
    return v;
  }
  std::string_view GetBytes(size_t n) {
    if (pos + n > data.size()) {
      ok = false;
      return {};
    }
    std::string_view s = data.substr(pos, n);
    pos += n;
    return s;
  }
  std::string_view GetString() { return GetBytes(Get<uint32_t>()); }
};

}  // namespace

std::string Gazetteer::Key(std::string_view name) {
  std::string k;
  k.reserve(name.size() + 2);
  bool space = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '\t') {
      space = !k.empty();
      continue;
    }
    if (space) k.push_back(' '), space = false;
    // A word's possessive "'s" is a word of its own, as the tokenizer splits it ("St. John's": "st. john 's").
    if (c == '\'' && i > 0 && name[i - 1] != ' ' && i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S') &&
        (i + 2 == name.size() || name[i + 2] == ' '))
      k.push_back(' ');
    k.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
  }
  return k;
}

std::string Gazetteer::OtherApostropheKey(std::string_view key) {
  // The tokenizer splits "'s" but not "\u2019s": "st. john 's" and "st. john\u2019s" are the same name.
  constexpr std::string_view kAscii = " 's", kCurly = "\u2019s";
  if (key.find(kAscii) == std::string_view::npos && key.find(kCurly) == std::string_view::npos) return {};
  std::string out;
  for (size_t i = 0; i < key.size();) {
    auto ends = [&](size_t n) { return i + n == key.size() || key[i + n] == ' '; };
    if (key.compare(i, kAscii.size(), kAscii) == 0 && ends(kAscii.size())) {
      out += kCurly;
      i += kAscii.size();
    } else if (key.compare(i, kCurly.size(), kCurly) == 0 && ends(kCurly.size()) && i > 0 && key[i - 1] != ' ') {
      out += kAscii;
      i += kCurly.size();
    } else {
      out.push_back(key[i++]);
    }
  }
  return out == key ? std::string() : out;
}

void Gazetteer::AddRegionName(const std::string& key, int idx) {
  const std::string other = OtherApostropheKey(key);
  for (const std::string* k : {&key, &other}) {
    if (k->empty()) continue;
    regions_[*k].push_back(idx);
    int words = 1 + static_cast<int>(std::count(k->begin(), k->end(), ' '));
    max_words_ = std::max(max_words_, words);
    if (words > 1) {
      int& w = FirstWords(std::string_view(*k).substr(0, k->find(' ')));
      w = std::max(w, words);
    }
  }
}

Status Gazetteer::LoadRegions(const std::string& path) {
  // Until the end, region lookups use the map this changes.
  region_slots_.clear();
  Result<std::vector<Line>> lines = ReadDictFile(path);
  if (!lines.ok()) return lines.status();
  // At most one place per line: the 200,000 places are moved once, not at every doubling.
  places_.reserve(places_.size() + lines.value().size());
  for (const Line& l : lines.value()) {
    std::vector<std::string> f = SplitList(l.text, ';');
    // "Kan. | Kans. ; = Kansas ; USA": other names of a place the gazetteer has.
    if (f.size() == 3 && f[1].rfind("=", 0) == 0) {
      std::string target = Key(std::string(Trim(std::string_view(f[1]).substr(1))));
      std::vector<int> found;
      for (int c : Find(target))
        if (places_[c].country == f[2] || places_[c].country.empty()) found.push_back(c);
      // Not found: a gazetteer without that region (or countries not mapped to ISO-3 because the country
      // dictionary is not loaded). The alias is skipped; nothing else depends on it.
      if (found.empty()) continue;
      // Prefer the admin1 region of that name.
      std::stable_sort(found.begin(), found.end(), [&](int a, int b) { return places_[a].IsAdmin1() > places_[b].IsAdmin1(); });
      for (const std::string& n : SplitList(f[0], '|')) AddRegionName(Key(n), found.front());
      continue;
    }
    // "Kent ; 51.2 ; 0.8 ; GBR ; admin1": a first-level region the gazetteer lacks, found beside the places
    // that share its name (the towns named after it) rather than instead of them.
    const bool admin1 = f.size() == 5 && f[4] == "admin1";
    // "Heathrow Airport | Heathrow ; 51.47 ; -0.45 ; GBR ; in London": a landmark, in that town.
    const bool landmark = f.size() == 5 && f[4].rfind("in ", 0) == 0;
    if (f.size() != 4 && !admin1 && !landmark)
      return Status::Error(path + ":" + std::to_string(l.number) +
                           ": expected NAMES ; LAT ; LON ; COUNTRY [; admin1 | ; in TOWN]");
    char* e1 = nullptr;
    char* e2 = nullptr;
    double lat = std::strtod(f[1].c_str(), &e1), lon = std::strtod(f[2].c_str(), &e2);
    if (*e1 || *e2 || lat < -90 || lat > 90 || lon < -180 || lon > 180)
      return Status::Error(path + ":" + std::to_string(l.number) + ": bad coordinates");
    std::vector<std::string> names = SplitList(f[0], '|');
    Place p;
    p.name = names.empty() ? "" : names[0];
    p.lat = lat;
    p.lon = lon;
    // "USA!": this point is the country's own (its geographic centre), used for the country as a place.
    bool country_point = !f[3].empty() && f[3].back() == '!';
    p.country = f[3] == "-" ? "" : country_point ? f[3].substr(0, f[3].size() - 1) : f[3];
    p.feature = country_point ? "country" : admin1 ? "admin1" : landmark ? "landmark" : "region";
    if (admin1) p.admin1 = p.name;
    if (landmark) {
      if (p.country.empty() || country_point)
        return Status::Error(path + ":" + std::to_string(l.number) + ": a landmark needs its country's code");
      const std::string town(Trim(std::string_view(f[4]).substr(3)));
      if (town != "-") {
        // The town of that name nearest the landmark (Princeton, New Jersey, for its university).
        double nearest = 0;
        for (int c : Find(Key(town))) {
          const Place& q = places_[c];
          if (q.country != p.country || q.IsCountry() || q.IsAdmin1() || q.feature == "region" || q.IsLandmark())
            continue;
          const double km = DistanceKm(lat, lon, q.lat, q.lon);
          if (p.town < 0 || km < nearest) p.town = c, nearest = km;
        }
        // A town the gazetteer lacks (or a gazetteer without that country mapped) leaves the landmark on its
        // own point, in no town.
        if (p.town >= 0) p.admin1 = places_[p.town].admin1;
      }
    }
    int idx = static_cast<int>(places_.size());
    if (admin1) {
      for (const std::string& n : names) {
        const std::string key = Key(n);
        std::span<const int> found = Find(key);
        std::vector<int> all(found.begin(), found.end());
        all.push_back(idx);
        regions_.erase(key);
        for (int c : all) AddRegionName(key, c);
      }
      places_.push_back(p);
      continue;
    }
    // The country's point replaces its place's (whichever way a name reaches the country, it is the same
    // point); a country the gazetteer lacks becomes a place of its own.
    if (country_point) {
      if (auto it = country_place_.find(p.country); it != country_place_.end()) {
        places_[it->second].lat = lat;
        places_[it->second].lon = lon;
        continue;
      }
    }
    places_.push_back(p);
    if (country_point) country_place_[p.country] = idx;
    for (const std::string& n : names) AddRegionName(Key(n), idx);
  }
  BuildRegionTable();
  return Status::Ok();
}

namespace {

// The same hash as a token's (text::WordHash), so a token's hash can probe the table directly.
uint64_t KeyHash(std::string_view w) { return text::WordHash(w); }

// Open addressing over a list of (key, value) pairs: slots hold index + 1 (0 = empty).
template <typename V>
std::vector<uint32_t> BuildSlots(const std::vector<std::pair<std::string, V>>& list) {
  size_t cap = 16;
  while (cap < list.size() * 2) cap <<= 1;
  std::vector<uint32_t> slots(cap, 0);
  for (size_t i = 0; i < list.size(); ++i) {
    size_t s = KeyHash(list[i].first) & (cap - 1);
    while (slots[s] != 0) s = (s + 1) & (cap - 1);
    slots[s] = static_cast<uint32_t>(i + 1);
  }
  return slots;
}

template <typename V>
const V* FindSlot(const std::vector<std::pair<std::string, V>>& list, const std::vector<uint32_t>& slots,
                  std::string_view key, uint64_t h) {
  if (slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    uint32_t v = slots[s];
    if (v == 0) return nullptr;
    if (list[v - 1].first == key) return &list[v - 1].second;
  }
}

}  // namespace

void Gazetteer::BuildRegionTable() {
  region_list_.assign(regions_.begin(), regions_.end());
  region_slots_ = BuildSlots(region_list_);
}

int& Gazetteer::FirstWords(std::string_view word) {
  if (first_word_slots_.empty() || (first_word_list_.size() + 1) * 2 > first_word_slots_.size()) {
    first_word_list_.reserve(first_word_list_.size() * 2 + 16);
    std::vector<uint32_t> bigger(std::max<size_t>(64, first_word_slots_.size() * 2), 0);
    for (size_t i = 0; i < first_word_list_.size(); ++i) {
      size_t s = KeyHash(first_word_list_[i].first) & (bigger.size() - 1);
      while (bigger[s] != 0) s = (s + 1) & (bigger.size() - 1);
      bigger[s] = static_cast<uint32_t>(i + 1);
    }
    first_word_slots_ = std::move(bigger);
  }
  const size_t mask = first_word_slots_.size() - 1;
  size_t s = KeyHash(word) & mask;
  for (;; s = (s + 1) & mask) {
    uint32_t v = first_word_slots_[s];
    if (v == 0) break;
    if (first_word_list_[v - 1].first == word) return first_word_list_[v - 1].second;
  }
  first_word_list_.emplace_back(std::string(word), 0);
  first_word_slots_[s] = static_cast<uint32_t>(first_word_list_.size());
  return first_word_list_.back().second;
}

int Gazetteer::MaxWordsFrom(std::string_view first) const {
  const int* w = FindSlot(first_word_list_, first_word_slots_, first, KeyHash(first));
  return w ? *w : 1;
}

std::span<const int> Gazetteer::Find(std::string_view key) const {
  const uint64_t h = KeyHash(key);
  if (!region_slots_.empty()) {
    if (const std::vector<int>* r = FindSlot(region_list_, region_slots_, key, h)) return std::span<const int>(*r);
  } else if (!regions_.empty()) {
    auto r = regions_.find(key);
    if (r != regions_.end()) return std::span<const int>(r->second);
  }
  if (!slots_.empty()) {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const uint64_t slot = slots_[s];
      if (slot == 0) return {};
      if (static_cast<uint32_t>(slot >> 32) != tag) continue;  // another key: its text is not read
      const KeyRec& r = keys_[static_cast<uint32_t>(slot) - 1];
      if (r.len == key.size() && std::string_view(keys_blob_).substr(r.off, r.len) == key)
        return std::span<const int>(postings_.data() + r.post_begin, r.post_count);
    }
  }
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key, [&](const KeyRec& r, std::string_view k) {
    return std::string_view(keys_blob_).substr(r.off, r.len) < k;
  });
  if (it == keys_.end() || std::string_view(keys_blob_).substr(it->off, it->len) != key) return {};
  return std::span<const int>(postings_.data() + it->post_begin, it->post_count);
}

Status Gazetteer::Load(const std::string& path, const ActorDict& actors) {
  std::error_code ec;
  uint64_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::Error(path + ": cannot read the gazetteer (run the setup step that builds it)");
  int64_t mtime = std::filesystem::last_write_time(path, ec).time_since_epoch().count();
  // The format's version is in the name: programs of different versions sharing a gazetteer each keep
  // their own cache instead of rewriting one another's.
  const std::string cache = path + ".cache" + std::string(kMagic + 6, 2);
  if (LoadCache(cache, size, mtime)) {
    // Countries are stored as ISO-2 in the cache: map them with today's dictionary.
    MapCountries(actors);
    from_cache_ = true;
    Finish();
    return Status::Ok();
  }
  DYAD_RETURN_IF_ERROR(LoadTsv(path, actors));
  BuildNameTables();
  WriteCache(cache, size, mtime);
  MapCountries(actors);
  Finish();
  return Status::Ok();
}

void Gazetteer::MapCountries(const ActorDict& actors) {
  // Places come grouped by country: remember the last code looked up.
  std::string last_iso2;
  const ActorEntry* last = nullptr;
  bool have_last = false;
  for (Place& p : places_) {
    if (!have_last || p.country != last_iso2) {
      last_iso2 = p.country;
      last = actors.CountryByIso2(p.country);
      have_last = true;
    }
    if (last) p.country = last->code;
  }
}

void Gazetteer::BuildNameTables() {
  // Keys are unique (sorted, deduplicated), so each has one slot.
  size_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;
  slots_.assign(cap, 0);
  // Hashes first (a sequential pass), then the inserts with the slots fetched ahead of time.
  std::vector<uint64_t> hash(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i)
    hash[i] = KeyHash(std::string_view(keys_blob_).substr(keys_[i].off, keys_[i].len));
  constexpr size_t kAhead = 16;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i + kAhead < keys_.size()) __builtin_prefetch(&slots_[hash[i + kAhead] & (cap - 1)], 1);
    size_t s = hash[i] & (cap - 1);
    while (slots_[s] != 0) s = (s + 1) & (cap - 1);
    slots_[s] = ((hash[i] >> 32) << 32) | static_cast<uint64_t>(i + 1);  // the hash's high half as a tag
  }
  first_word_list_.clear();
  first_word_slots_.clear();
  // Only names of two words or more are recorded; any other first word can start at most a one-word name.
  // Keys are sorted, so the names that begin with the same first word and a space are adjacent: one map
  // insertion per first word.
  std::string_view run_word;
  int run_words = 0;
  auto flush = [&] {
    if (run_words == 0) return;
    int& w = FirstWords(run_word);
    w = std::max(w, run_words);
  };
  for (const KeyRec& k : keys_) {
    std::string_view key = std::string_view(keys_blob_).substr(k.off, k.len);
    size_t sp = key.find(' ');
    if (sp == std::string_view::npos) continue;
    int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    std::string_view first = key.substr(0, sp);
    if (run_words == 0 || first != run_word) {
      flush();
      run_word = first;
      run_words = words;
    } else {
      run_words = std::max(run_words, words);
    }
  }
  flush();
}

void Gazetteer::Finish() {
  country_place_.clear();
  for (size_t i = 0; i < places_.size(); ++i)
    if (places_[i].feature == "country") country_place_.emplace(places_[i].country, static_cast<int>(i));
  BuildRegionTable();
}

Status Gazetteer::LoadTsv(const std::string& path, const ActorDict& actors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the gazetteer (run the setup step that builds it)");
  places_.clear();
  std::vector<std::pair<std::string, int>> names;
  std::string line;
  int number = 0;
  std::vector<std::string_view> f;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    f.clear();
    size_t p = 0;
    while (true) {
      size_t e = line.find('\t', p);
      f.emplace_back(line.data() + p, (e == std::string::npos ? line.size() : e) - p);
      if (e == std::string::npos) break;
      p = e + 1;
    }
    if (f.size() != 9) return Status::Error(path + ":" + std::to_string(number) + ": expected 9 fields");
    Place pl;
    pl.name.assign(f[1]);
    pl.lat = std::strtod(std::string(f[2]).c_str(), nullptr);
    pl.lon = std::strtod(std::string(f[3]).c_str(), nullptr);
    pl.feature.assign(f[4]);
    pl.country.assign(f[5]);  // ISO-2 until Load() maps it
    pl.admin1.assign(f[6]);
    pl.population = std::strtol(std::string(f[7]).c_str(), nullptr, 10);
    if (!f[0].empty() && f[0][0] >= '0' && f[0][0] <= '9') pl.geonameid = std::strtol(std::string(f[0]).c_str(), nullptr, 10);
    int idx = static_cast<int>(places_.size());
    places_.push_back(std::move(pl));
    std::string_view list = f[8];
    size_t q = 0;
    while (q <= list.size()) {
      size_t e = list.find('|', q);
      if (e == std::string_view::npos) e = list.size();
      std::string key = Key(list.substr(q, e - q));
      q = e + 1;
      if (key.empty()) continue;
      int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
      if (words > 6) continue;
      max_words_ = std::max(max_words_, words);
      if (std::string other = OtherApostropheKey(key); !other.empty()) names.emplace_back(std::move(other), idx);
      names.emplace_back(std::move(key), idx);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  keys_.clear();
  postings_.clear();
  keys_blob_.clear();
  for (size_t i = 0; i < names.size();) {
    size_t j = i;
    KeyRec r;
    r.off = static_cast<uint32_t>(keys_blob_.size());
    r.len = static_cast<uint32_t>(names[i].first.size());
    r.post_begin = static_cast<uint32_t>(postings_.size());
    keys_blob_ += names[i].first;
    while (j < names.size() && names[j].first == names[i].first) postings_.push_back(names[j++].second);
    r.post_count = static_cast<uint32_t>(j - i);
    keys_.push_back(r);
    i = j;
  }
  (void)actors;
  return Status::Ok();
}

bool Gazetteer::LoadCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime) {
  // Mapped, not read: no zeroed buffer and no copy of the file (the fields are copied out below).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return false;
  }
  const size_t map_size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, map_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return false;
  struct Unmap {
    void* p;
    size_t n;
    ~Unmap() { ::munmap(p, n); }
  } unmap{map, map_size};
  std::string_view data(static_cast<const char*>(map), map_size);
  Reader r{data};
  std::string_view magic = r.GetBytes(sizeof kMagic);
  if (!r.ok || std::memcmp(magic.data(), kMagic, sizeof kMagic) != 0) return false;
  if (r.Get<uint64_t>() != tsv_size || r.Get<int64_t>() != tsv_mtime) return false;
  uint32_t n = r.Get<uint32_t>();
  std::vector<Place> places;
  places.reserve(static_cast<size_t>(n) + 4096);  // room for LoadRegions' places: no move of them all
  places.resize(n);
  for (Place& p : places) {
    p.lat = r.Get<double>();
    p.lon = r.Get<double>();
    p.population = r.Get<int64_t>();
    p.geonameid = r.Get<int64_t>();
    p.name = r.GetString();
    p.country = r.GetString();
    p.admin1 = r.GetString();
    p.feature = r.GetString();
    if (!r.ok) return false;
  }
  uint32_t nk = r.Get<uint32_t>();
  std::string_view blob = r.GetString();
  std::string_view keys = r.GetBytes(static_cast<size_t>(nk) * sizeof(KeyRec));
  uint32_t np = r.Get<uint32_t>();
  std::string_view post = r.GetBytes(static_cast<size_t>(np) * sizeof(int));
  int max_words = static_cast<int>(r.Get<uint32_t>());
  uint32_t ns = r.Get<uint32_t>();
  std::string_view slots = r.GetBytes(static_cast<size_t>(ns) * sizeof(uint64_t));
  uint32_t nf = r.Get<uint32_t>();
  std::vector<std::pair<std::string, int>> first_words(nf);
  for (auto& [word, words] : first_words) {
    word = r.GetString();
    words = r.Get<int32_t>();
  }
  uint32_t nfs = r.Get<uint32_t>();
  std::string_view first_slots = r.GetBytes(static_cast<size_t>(nfs) * sizeof(uint32_t));
  if (!r.ok || r.pos != data.size()) return false;
  // Power-of-two tables whose entries point inside their lists.
  auto pow2 = [](size_t v) { return v != 0 && (v & (v - 1)) == 0; };
  if (!pow2(ns) || ns < static_cast<size_t>(nk) || (nfs != 0 && !pow2(nfs)) || (nfs == 0 && nf != 0)) return false;
  places_ = std::move(places);
  slots_.resize(ns);
  std::memcpy(slots_.data(), slots.data(), slots.size());
  for (uint64_t v : slots_)
    if ((v & 0xFFFFFFFFu) > nk) return false;
  first_word_list_ = std::move(first_words);
  first_word_slots_.resize(nfs);
  std::memcpy(first_word_slots_.data(), first_slots.data(), first_slots.size());
  for (uint32_t v : first_word_slots_)
    if (v > nf) return false;
  keys_blob_.assign(blob);
  keys_.resize(nk);
  std::memcpy(keys_.data(), keys.data(), keys.size());
  postings_.resize(np);
  std::memcpy(postings_.data(), post.data(), post.size());
  for (const KeyRec& k : keys_)
    if (k.off + k.len > keys_blob_.size() || k.post_begin + k.post_count > postings_.size()) return false;
  for (int i : postings_)
    if (i < 0 || static_cast<size_t>(i) >= places_.size()) return false;
  max_words_ = max_words;
  return true;
}

void Gazetteer::WriteCache(const std::string& path, uint64_t tsv_size, int64_t tsv_mtime) const {
  std::string out;
  out.append(kMagic, sizeof kMagic);
  Put<uint64_t>(&out, tsv_size);
  Put<int64_t>(&out, tsv_mtime);
  Put<uint32_t>(&out, static_cast<uint32_t>(places_.size()));
  for (const Place& p : places_) {
    Put<double>(&out, p.lat);
    Put<double>(&out, p.lon);
    Put<int64_t>(&out, p.population);
    Put<int64_t>(&out, p.geonameid);
    PutString(&out, p.name);
    PutString(&out, p.country);
    PutString(&out, p.admin1);
    PutString(&out, p.feature);
  }
  Put<uint32_t>(&out, static_cast<uint32_t>(keys_.size()));
  PutString(&out, keys_blob_);
  out.append(reinterpret_cast<const char*>(keys_.data()), keys_.size() * sizeof(KeyRec));
  Put<uint32_t>(&out, static_cast<uint32_t>(postings_.size()));
  out.append(reinterpret_cast<const char*>(postings_.data()), postings_.size() * sizeof(int));
  Put<uint32_t>(&out, static_cast<uint32_t>(max_words_));
  // The name tables, so that a start from the cache does not build them again.
  Put<uint32_t>(&out, static_cast<uint32_t>(slots_.size()));
  out.append(reinterpret_cast<const char*>(slots_.data()), slots_.size() * sizeof(uint64_t));
  Put<uint32_t>(&out, static_cast<uint32_t>(first_word_list_.size()));
  for (const auto& [word, words] : first_word_list_) {
    PutString(&out, word);
    Put<int32_t>(&out, words);
  }
  Put<uint32_t>(&out, static_cast<uint32_t>(first_word_slots_.size()));
  out.append(reinterpret_cast<const char*>(first_word_slots_.data()), first_word_slots_.size() * sizeof(uint32_t));
  // Write to a temporary file, then rename: readers never see half a cache.
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream o(tmp, std::ios::binary);
    if (!o) return;
    o.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!o) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kR = 6371.0, kDeg = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kDeg, dlon = (lon2 - lon1) * kDeg;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kDeg) * std::cos(lat2 * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kR * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace dyad::lexicon
