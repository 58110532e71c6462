// dyad query: events from a store, filtered; with --dedup, one line per distinct event with its mentions.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "cli.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

std::string Cut(const std::string& s, size_t n) { return s.size() > n ? s.substr(0, n - 3) + "..." : s; }

// One line per distinct event: its key, how many reports and stories, which stories, the first sentence.
void PrintDedupTable(const std::vector<StoredEvent>& rows) {
  std::printf("%-10s %-12s %-12s %-5s %-12s %8s %7s %-36s %s\n", "date", "source", "target", "cameo", "modality",
              "mentions", "stories", "story ids", "first sentence");
  size_t mentions = 0;
  for (const auto& r : rows) {
    std::string stories;
    std::unordered_set<std::string_view> seen;
    for (const auto& m : r.mentions) {
      if (!seen.insert(m.story).second) continue;
      if (!stories.empty()) stories += ",";
      stories += m.story;
    }
    mentions += r.mentions.size();
    std::printf("%-10s %-12s %-12s %-5s %-12s %8zu %7zu %-36s %s\n", r.date.empty() ? "-" : r.date.c_str(),
                r.source.empty() ? "-" : r.source.c_str(), r.target.empty() ? "-" : r.target.c_str(), r.cameo.c_str(),
                r.modality.c_str(), r.mentions.size(), r.story_count, Cut(stories, 36).c_str(),
                Cut(r.text, 60).c_str());
  }
  std::printf("(%zu distinct events, %zu mentions)\n", rows.size(), mentions);
}

}  // namespace

int CmdQuery(int argc, char** argv) {
  Args a(argc, argv, 2);
  std::string db, near, format = "jsonl", limit;
  Query q;
  bool dedup = false;
  while (!a.Done()) {
    if (a.Switch("--dedup")) {
      dedup = true;
      continue;
    }
    if (a.Flag("--db", &db) || a.Flag("--source", &q.source) || a.Flag("--target", &q.target) ||
        a.Flag("--actor", &q.actor) || a.Flag("--root", &q.root) || a.Flag("--since", &q.since) ||
        a.Flag("--until", &q.until) || a.Flag("--near", &near) || a.Flag("--text", &q.text) ||
        a.Flag("--format", &format) || a.Flag("--limit", &limit))
      continue;
    std::fprintf(stderr, "dyad query: unknown argument '%s'\n", a.Take().c_str());
    return kUsage;
  }
  if (!a.error.empty()) {
    std::fprintf(stderr, "dyad query: %s\n", a.error.c_str());
    return kUsage;
  }
  if (db.empty()) {
    std::fprintf(stderr, "dyad query: --db STORE is required (a SQLite file or a postgresql:// URI)\n");
    return kUsage;
  }
  if (format != "jsonl" && format != "table") {
    std::fprintf(stderr, "dyad query: unknown --format '%s' (jsonl or table)\n", format.c_str());
    return kUsage;
  }
  if (!near.empty()) {
    double lat, lon, km;
    if (std::sscanf(near.c_str(), "%lf,%lf,%lf", &lat, &lon, &km) != 3 || km <= 0 || lat < -90 || lat > 90 ||
        lon < -180 || lon > 180) {
      std::fprintf(stderr, "dyad query: --near expects LAT,LON,KM (e.g. 36.19,44.01,50)\n");
      return kUsage;
    }
    q.near_lat = lat, q.near_lon = lon, q.near_km = km;
  }
  if (!limit.empty()) q.limit = std::atoi(limit.c_str());
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad query: %s\n", store.status().message().c_str());
    return kFailed;
  }
  auto rows = dedup ? store.value()->FindDeduped(q) : store.value()->Find(q);
  if (!rows.ok()) {
    std::fprintf(stderr, "dyad query: %s\n", rows.status().message().c_str());
    return kFailed;
  }
  if (format == "table" && dedup) {
    PrintDedupTable(rows.value());
  } else if (format == "table") {
    std::printf("%-28s %3s %-10s %-12s %-12s %-5s %-12s %s\n", "story", "sen", "date", "source", "target", "cameo",
                "modality", "sentence");
    for (const auto& r : rows.value()) {
      std::string text = r.text.size() > 70 ? r.text.substr(0, 67) + "..." : r.text;
      std::printf("%-28s %3d %-10s %-12s %-12s %-5s %-12s %s\n", r.story.substr(0, 28).c_str(), r.sentence,
                  r.date.c_str(), r.source.empty() ? "-" : r.source.c_str(), r.target.empty() ? "-" : r.target.c_str(),
                  r.cameo.c_str(), r.modality.c_str(), text.c_str());
    }
    std::printf("(%zu events)\n", rows.value().size());
  } else {
    for (const auto& r : rows.value()) std::printf("%s\n", r.json.c_str());
  }
  return kOk;
}

}  // namespace dyad::cli
