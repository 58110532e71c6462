#include "lexicon/gazetteer.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "lexicon/actors.h"

namespace dyad::lexicon {

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

Status Gazetteer::Load(const std::string& path, const ActorDict& actors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the gazetteer (run the setup step that builds it)");
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
    std::string iso2(f[5]);
    const ActorEntry* c = actors.CountryByIso2(iso2);
    pl.country = c ? c->code : iso2;
    pl.admin1.assign(f[6]);
    pl.population = std::strtol(std::string(f[7]).c_str(), nullptr, 10);
    if (!f[0].empty() && f[0][0] >= '0' && f[0][0] <= '9') pl.geonameid = std::strtol(std::string(f[0]).c_str(), nullptr, 10);
    int idx = static_cast<int>(places_.size());
    if (pl.feature == "country") country_place_.emplace(pl.country, idx);
    places_.push_back(std::move(pl));
    std::string_view names = f[8];
    size_t q = 0;
    while (q <= names.size()) {
      size_t e = names.find('|', q);
      if (e == std::string_view::npos) e = names.size();
      std::string key = Key(names.substr(q, e - q));
      q = e + 1;
      if (key.empty()) continue;
      int words = 1;
      for (char ch : key) words += ch == ' ';
      if (words > 6) continue;
      if (words > max_words_) max_words_ = words;
      auto& v = by_name_[key];
      if (v.empty() || v.back() != idx) v.push_back(idx);
    }
  }
  return Status::Ok();
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kR = 6371.0, kDeg = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kDeg, dlon = (lon2 - lon1) * kDeg;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kDeg) * std::cos(lat2 * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kR * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace dyad::lexicon
