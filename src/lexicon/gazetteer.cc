#include "lexicon/gazetteer.h"

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

namespace dyad::lexicon {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'Z', '0', '3'};

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
  k.reserve(name.size());
  bool space = false;
  for (unsigned char c : name) {
    if (c == ' ' || c == '\t') {
      space = !k.empty();
      continue;
    }
    if (space) k.push_back(' '), space = false;
    k.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
  }
  return k;
}

Status Gazetteer::LoadRegions(const std::string& path) {
  Result<std::vector<Line>> lines = ReadDictFile(path);
  if (!lines.ok()) return lines.status();
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
      for (const std::string& n : SplitList(f[0], '|')) regions_[Key(n)].push_back(found.front());
      continue;
    }
    if (f.size() != 4) return Status::Error(path + ":" + std::to_string(l.number) + ": expected NAMES ; LAT ; LON ; COUNTRY");
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
    p.feature = country_point ? "country" : "region";
    int idx = static_cast<int>(places_.size());
    places_.push_back(p);
    if (country_point) country_place_[p.country] = idx;
    for (const std::string& n : names) {
      std::string key = Key(n);
      regions_[key].push_back(idx);
      int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
      max_words_ = std::max(max_words_, words);
      if (words > 1) {
        int& w = first_words_[key.substr(0, key.find(' '))];
        w = std::max(w, words);
      }
    }
  }
  return Status::Ok();
}

std::span<const int> Gazetteer::Find(std::string_view key) const {
  if (!regions_.empty()) {
    auto r = regions_.find(std::string(key));
    if (r != regions_.end()) return std::span<const int>(r->second);
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
  const std::string cache = path + ".cache";
  if (LoadCache(cache, size, mtime)) {
    // Countries are stored as ISO-2 in the cache: map them with today's dictionary.
    for (Place& p : places_)
      if (const ActorEntry* c = actors.CountryByIso2(p.country)) p.country = c->code;
    from_cache_ = true;
    Finish();
    return Status::Ok();
  }
  DYAD_RETURN_IF_ERROR(LoadTsv(path, actors));
  WriteCache(cache, size, mtime);
  for (Place& p : places_)
    if (const ActorEntry* c = actors.CountryByIso2(p.country)) p.country = c->code;
  Finish();
  return Status::Ok();
}

void Gazetteer::Finish() {
  first_words_.clear();
  // Only names of two words or more are recorded; any other first word can start at most a one-word name.
  for (const KeyRec& k : keys_) {
    std::string_view key = std::string_view(keys_blob_).substr(k.off, k.len);
    size_t sp = key.find(' ');
    if (sp == std::string_view::npos) continue;
    int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    int& w = first_words_[std::string(key.substr(0, sp))];
    w = std::max(w, words);
  }
  country_place_.clear();
  for (size_t i = 0; i < places_.size(); ++i)
    if (places_[i].feature == "country") country_place_.emplace(places_[i].country, static_cast<int>(i));
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
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  std::string data(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(data.data(), static_cast<std::streamsize>(data.size()))) return false;
  Reader r{data};
  std::string_view magic = r.GetBytes(sizeof kMagic);
  if (!r.ok || std::memcmp(magic.data(), kMagic, sizeof kMagic) != 0) return false;
  if (r.Get<uint64_t>() != tsv_size || r.Get<int64_t>() != tsv_mtime) return false;
  uint32_t n = r.Get<uint32_t>();
  std::vector<Place> places(n);
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
  if (!r.ok || r.pos != data.size()) return false;
  places_ = std::move(places);
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
