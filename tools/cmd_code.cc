// dyad code: stories in, events out (stdout), optionally stored. With --dedup, an event reported by several
// stories is printed once, at the end, with its mentions (dyad/dedup.h); the store still gets every story.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli.h"
#include "dyad/dedup.h"
#include "dyad/engine.h"
#include "dyad/store.h"
#include "read/reader.h"
#include "store/writer.h"

namespace dyad::cli {

namespace {

// A PostgreSQL URI as it may be printed: "postgresql://user:secret@host/db" -> "postgresql://user:***@host/db".
std::string WithoutPassword(const std::string& db) {
  if (!Store::IsPostgres(db)) return db;
  const size_t scheme = db.find("://") + 3;
  const size_t at = db.find('@', scheme), slash = db.find('/', scheme);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return db;
  const size_t colon = db.find(':', scheme);
  if (colon == std::string::npos || colon > at) return db;
  return db.substr(0, colon + 1) + "***" + db.substr(at);
}

std::string Tsv(const Event& e) {
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n') c = ' ';
    return s;
  };
  std::string o = clean(e.story) + "\t" + std::to_string(e.sentence) + "\t" + e.date + "\t" +
                  (e.source ? e.source->code : "") + "\t" + (e.target ? e.target->code : "") + "\t" + e.cameo +
                  "\t" + e.root + "\t" + std::to_string(e.quad) + "\t" + std::to_string(e.goldstein).substr(0, 5) +
                  "\t" + ModalityName(e.modality) + "\t";
  if (e.location) {
    o += clean(e.location->name) + "\t" + std::to_string(e.location->lat) + "\t" + std::to_string(e.location->lon);
  } else {
    o += "\t\t";
  }
  o += "\t" + clean(e.text);
  return o;
}

// --dedup in TSV: the event's columns, then the mention count and every story:sentence that reported it.
std::string Tsv(const EventDeduplicator::Group& g) {
  std::string o = Tsv(g.event) + "\t" + std::to_string(g.mentions.size()) + "\t";
  for (size_t i = 0; i < g.mentions.size(); ++i) {
    if (i) o.push_back(',');
    for (char c : g.mentions[i].story) o.push_back(c == '\t' || c == '\n' || c == ',' ? ' ' : c);
    o += ":" + std::to_string(g.mentions[i].sentence);
  }
  return o;
}

}  // namespace

// The engine of the last CmdCode, left for the process exit to reclaim.
Engine* g_engine_kept_until_exit = nullptr;

int CmdCode(int argc, char** argv) {
  Args a(argc, argv, 2);
  std::string db, format = "jsonl", threads_s = "1", dict, gaz;
  bool summary = false, only_these_actors = false, only_these_verbs = false, dedup = false;
  std::vector<std::string> paths, actor_files, verb_files;
  std::string actors, verbs;
  while (!a.Done()) {
    if (a.Flag("--actors", &actors)) {
      actor_files.push_back(actors);
      continue;
    }
    if (a.Flag("--verbs", &verbs)) {  // TABARI .verbs or PETRARCH verb dictionaries
      verb_files.push_back(verbs);
      continue;
    }
    if (a.Switch("--only-these-verbs")) {
      only_these_verbs = true;
      continue;
    }
    if (a.Switch("--only-these-actors")) {
      only_these_actors = true;
      continue;
    }
    if (a.Flag("--db", &db) || a.Flag("--format", &format) || a.Flag("--threads", &threads_s) ||
        a.Flag("--dict", &dict) || a.Flag("--gazetteer", &gaz))
      continue;
    if (a.Switch("--summary")) {
      summary = true;
      continue;
    }
    if (a.Switch("--dedup")) {
      dedup = true;
      continue;
    }
    std::string p = a.Take();
    if (p.size() > 1 && p[0] == '-' && p != "-") {
      std::fprintf(stderr, "dyad code: unknown option '%s'\n", p.c_str());
      return kUsage;
    }
    paths.push_back(p);
  }
  if (!a.error.empty()) {
    std::fprintf(stderr, "dyad code: %s\n", a.error.c_str());
    return kUsage;
  }
  if (paths.empty()) {
    std::fprintf(stderr, "dyad code: no input (give files, directories or - for stdin)\n");
    return kUsage;
  }
  if (format != "jsonl" && format != "tsv") {
    std::fprintf(stderr, "dyad code: unknown --format '%s' (jsonl or tsv)\n", format.c_str());
    return kUsage;
  }
  int threads = std::atoi(threads_s.c_str());
  if (threads < 1 || threads > 256) {
    std::fprintf(stderr, "dyad code: --threads must be between 1 and 256\n");
    return kUsage;
  }

  auto t0 = std::chrono::steady_clock::now();
  Options opt = DefaultOptions(dict, gaz);
  opt.extra_actor_files = actor_files;
  opt.load_own_actors = !only_these_actors || actor_files.empty();
  opt.extra_verb_files = verb_files;
  opt.load_own_verbs = !only_these_verbs || verb_files.empty();
  opt.cameo_frames = opt.load_own_verbs;  // brought patterns carry their own conventions
  if (!opt.gazetteer_path.empty() && !std::filesystem::exists(opt.gazetteer_path)) {
    std::fprintf(stderr, "dyad code: warning: gazetteer %s not found; events get no location (run make setup)\n",
                 opt.gazetteer_path.c_str());
    opt.gazetteer_path.clear();
  }
  auto engine = Engine::Open(opt);
  if (!engine.ok()) {
    std::fprintf(stderr, "dyad code: cannot open dictionaries:\n%s\n", engine.status().message().c_str());
    return kFailed;
  }
  auto t_open = std::chrono::steady_clock::now();
  std::unique_ptr<Store> store;
  if (!db.empty()) {
    auto s = Store::Open(db);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad code: %s\n", s.status().message().c_str());
      return kFailed;
    }
    store = s.take();
  }

  std::vector<std::string> missing;
  std::vector<std::string> files = read::ExpandPaths(paths, &missing);
  size_t skipped = 0;
  for (const auto& m : missing) {
    std::fprintf(stderr, "%s: no such file or directory\n", m.c_str());
    ++skipped;
  }
  read::StoryReader reader(files, opt.max_story_bytes);
  size_t stories = 0, sentences = 0, events = 0, bytes = 0;
  std::map<std::string, size_t> by_root;
  const Engine& eng = *engine.value();
  // --dedup holds one entry per distinct event until the end: a later story may report it again.
  EventDeduplicator deduper;
  const size_t kBatch = 64 * static_cast<size_t>(threads);
  std::vector<Story> batch;
  std::vector<Result<CodedStory>> results;
  bool more = true;
  std::string line;
  // The store writes on its own thread (store/writer.h) while later batches are read and coded. Its
  // messages are printed here.
  std::optional<store::Writer> writer;
  if (store) writer.emplace(store.get());
  std::vector<store::Writer::Item> to_store;
  auto print_store_messages = [&] {
    for (const std::string& m : writer->TakeMessages()) std::fprintf(stderr, "%s\n", m.c_str());
  };
  const bool reuse_json = store && !dedup && format == "jsonl";
  std::vector<std::vector<std::string>> batch_json;
  // Events go out in large blocks (the C default is a few KiB per write(2)).
  static std::vector<char> out_buffer(1 << 20);
  std::setvbuf(stdout, out_buffer.data(), _IOFBF, out_buffer.size());
  while (more) {
    batch.clear();
    while (batch.size() < kBatch) {
      Story st;
      Status err;
      if (!reader.Next(&st, &err)) {
        more = false;
        break;
      }
      if (!err.ok()) {
        std::fprintf(stderr, "%s\n", err.message().c_str());
        ++skipped;
        continue;
      }
      batch.push_back(std::move(st));
    }
    if (batch.empty()) break;
    results.assign(batch.size(), Result<CodedStory>(Status::Error("not coded")));
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) results[i] = eng.Code(batch[i]);
    };
    if (threads == 1 || batch.size() == 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    batch_json.assign(reuse_json ? batch.size() : 0, {});
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!results[i].ok()) {
        std::fprintf(stderr, "%s: %s\n", batch[i].origin.c_str(), results[i].status().message().c_str());
        ++skipped;
        continue;
      }
      const CodedStory& cs = results[i].value();
      ++stories;
      bytes += batch[i].text.size();
      sentences += cs.sentences.size();
      for (const Event& e : cs.events) {
        ++events;
        ++by_root[e.root];
        if (dedup) {
          deduper.Add(e);
          continue;
        }
        line = format == "tsv" ? Tsv(e) : EventToJson(e);
        line.push_back('\n');
        std::fwrite(line.data(), 1, line.size(), stdout);
        if (reuse_json) {
          line.pop_back();
          batch_json[i].push_back(std::move(line));
        }
      }
    }
    if (writer) {
      to_store.clear();
      for (size_t i = 0; i < batch.size(); ++i) {
        if (!results[i].ok()) continue;
        to_store.push_back({std::move(results[i].value()),
                            reuse_json ? std::move(batch_json[i]) : std::vector<std::string>(), batch[i].origin});
      }
      const bool ok = writer->Add(&to_store);
      print_store_messages();
      if (!ok) break;
    }
  }
  if (writer) {
    Status st = writer->Finish();
    print_store_messages();
    skipped += writer->not_stored();
    if (!st.ok()) {
      std::fprintf(stderr, "dyad code: %s\n", st.message().c_str());
      return kFailed;
    }
  }
  for (const EventDeduplicator::Group& g : deduper.groups()) {
    line = format == "tsv" ? Tsv(g) : GroupToJson(g);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  std::fflush(stdout);
  auto t1 = std::chrono::steady_clock::now();
  if (summary) {
    double secs = std::chrono::duration<double>(t1 - t0).count();
    double open_secs = std::chrono::duration<double>(t_open - t0).count();
    std::fprintf(stderr, "dyad: %zu stories, %zu sentences, %zu events, %zu skipped in %.2f s (start-up %.2f s)\n",
                 stories, sentences, events, skipped, secs, open_secs);
    std::fprintf(stderr, "dyad: %.0f sentences/s, %.2f MB/s\n", sentences / std::max(secs, 1e-9),
                 bytes / 1e6 / std::max(secs, 1e-9));
    std::fprintf(stderr, "dyad: events by CAMEO root:");
    for (const auto& [root, count] : by_root) std::fprintf(stderr, " %s:%zu", root.c_str(), count);
    std::fprintf(stderr, "\n");
    if (dedup) std::fprintf(stderr, "dyad: %zu distinct events after --dedup\n", deduper.groups().size());
    if (store) std::fprintf(stderr, "dyad: stored in %s\n", WithoutPassword(db).c_str());
  }
  // The process ends here: freeing the dictionaries and gazetteer node by node would only cost time.
  g_engine_kept_until_exit = engine.value().release();
  return skipped ? kSkipped : kOk;
}

}  // namespace dyad::cli
