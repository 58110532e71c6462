// Golden tests: each story in examples/ or tests/golden/stories/ (written by us) has tests/golden/<name>.expect listing the events a
// careful human coder expects, one per line as key=value pairs:
//   root=19 code=195 source=RUS target=UKR date=2026-03-07 modality=asserted near=LAT,LON,KM attribution=WORD
//   absent=1   (no asserted event may match the other keys)
// source/target are actor countries ("-" = none). Every line must be met by some coded event.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "dyad/engine.h"
#include "lexicon/gazetteer.h"
#include "read/reader.h"
#include "test_util.h"

namespace dyad {

namespace {

namespace fs = std::filesystem;

using Expectation = std::map<std::string, std::string>;

std::vector<std::pair<int, Expectation>> ReadExpect(const std::string& path) {
  std::vector<std::pair<int, Expectation>> out;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::string kv;
    Expectation e;
    while (ss >> kv) {
      size_t eq = kv.find('=');
      if (eq != std::string::npos) e[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    if (!e.empty()) out.emplace_back(n, e);
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool Matches(const Event& ev, const Expectation& x, bool ignore_modality) {
  auto country = [](const std::optional<Actor>& a) { return a && !a->country.empty() ? a->country : "-"; };
  for (const auto& [k, v] : x) {
    if (k == "root" && ev.root != v) return false;
    if (k == "code" && ev.cameo != v) return false;
    if (k == "source" && country(ev.source) != v) return false;
    if (k == "target" && country(ev.target) != v) return false;
    if (k == "date" && ev.date != v) return false;
    if (k == "modality" && !ignore_modality && ModalityName(ev.modality) != v) return false;
    if (k == "attribution" && (!ev.attribution || Lower(ev.attribution->text).find(Lower(v)) == std::string::npos))
      return false;
    if (k == "near") {
      double lat, lon, km;
      if (std::sscanf(v.c_str(), "%lf,%lf,%lf", &lat, &lon, &km) != 3) return false;
      if (!ev.location || lexicon::DistanceKm(lat, lon, ev.location->lat, ev.location->lon) > km) return false;
    }
  }
  return true;
}

}  // namespace

TEST(Golden, ExampleStoriesMeetTheirExpectations) {
  Options o;
  o.dict_dir = testing::SourceDir() + "/dict";
  o.gazetteer_path = DYAD_GAZETTEER_PATH;
  auto engine = Engine::Open(o);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  std::vector<std::string> expects;
  for (const auto& f : fs::directory_iterator(testing::SourceDir() + "/tests/golden"))
    if (f.path().extension() == ".expect") expects.push_back(f.path().string());
  std::sort(expects.begin(), expects.end());
  ASSERT_GE(expects.size(), 8u);
  for (const std::string& ex : expects) {
    // Demo stories live in examples/; small rule stories (ambiguity, ...) in tests/golden/stories/.
    std::string stem = fs::path(ex).stem().string();
    std::string story_path = testing::SourceDir() + "/examples/" + stem + ".txt";
    if (!fs::exists(story_path)) story_path = testing::SourceDir() + "/tests/golden/stories/" + stem + ".txt";
    std::ifstream in(story_path);
    ASSERT_TRUE(in) << story_path;
    std::stringstream ss;
    ss << in.rdbuf();
    auto story = read::ParseStoryText(ss.str(), fs::path(story_path).stem().string(), story_path, 1 << 20);
    ASSERT_TRUE(story.ok()) << story.status().message();
    auto coded = engine.value()->Code(story.value());
    ASSERT_TRUE(coded.ok());
    const auto& events = coded.value().events;
    std::string dump;
    for (const auto& e : events) dump += EventToJson(e) + "\n";
    for (const auto& [line, x] : ReadExpect(ex)) {
      bool absent = x.count("absent") && x.at("absent") == "1";
      bool met = false;
      for (const auto& e : events) {
        if (absent) {
          if (e.modality == Modality::kAsserted && Matches(e, x, true)) met = true;
        } else if (Matches(e, x, false)) {
          met = true;
        }
      }
      EXPECT_EQ(met, !absent) << ex << ":" << line << (absent ? " (must be absent)" : " not met") << "\ncoded:\n"
                              << dump;
    }
  }
}

}  // namespace dyad
