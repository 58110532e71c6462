// Whole-pipeline throughput: a corpus generated with a fixed seed from our own example stories (their
// sentences recombined into new stories with new dates), coded end to end with the full dictionaries
// and gazetteer. Prints stories/s, sentences/s, MB/s, start-up time and peak RSS. With --db the stories and
// events also go into a new SQLite store, as `dyad code --db` writes them (store/writer.h); the times then
// include closing the store. Run it with and without --db for the cost of storing.
//
//   dyad_throughput [--stories N] [--seed S] [--threads T] [--examples DIR] [--db FILE]
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

#include "dyad/engine.h"
#include "dyad/store.h"
#include "read/reader.h"
#include "store/writer.h"
#include "text/normalize.h"
#include "text/sentences.h"

#include "../tools/memory.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  dyad::cli::SetUpMemory(argv);  // as `dyad code` does
  size_t n_stories = 20000;
  unsigned seed = 42;
  int threads = 1;
  std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--stories")) n_stories = std::strtoul(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed")) seed = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    else if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--examples")) examples = argv[i + 1];
    else if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
  }

  // Sentences of our example stories.
  std::vector<std::string> pool;
  for (const auto& f : std::filesystem::directory_iterator(examples)) {
    if (f.path().extension() != ".txt") continue;
    std::ifstream in(f.path());
    std::stringstream ss;
    ss << in.rdbuf();
    auto st = dyad::read::ParseStoryText(ss.str(), "x", f.path().string(), 1 << 20);
    if (!st.ok()) continue;
    std::string t = dyad::text::Normalize(st.value().text);
    for (const auto& s : dyad::text::SplitStory(t).sentences) pool.push_back(t.substr(s.begin, s.end - s.begin));
  }
  if (pool.empty()) {
    std::fprintf(stderr, "no example sentences in %s\n", examples.c_str());
    return 1;
  }
  std::mt19937 rng(seed);
  std::vector<dyad::Story> corpus(n_stories);
  size_t bytes = 0;
  for (size_t i = 0; i < n_stories; ++i) {
    dyad::Story& s = corpus[i];
    s.id = "bench-" + std::to_string(i);
    char date[16];
    unsigned y = 15 + rng() % 12, m = 1 + rng() % 12, d = 1 + rng() % 28;
    std::snprintf(date, sizeof date, "20%02u-%02u-%02u", y, m, d);
    s.date = date;
    int sentences = 3 + static_cast<int>(rng() % 8);
    for (int k = 0; k < sentences; ++k) {
      s.text += pool[rng() % pool.size()];
      s.text += (k % 3 == 2) ? "\n\n" : " ";
    }
    bytes += s.text.size();
  }

  auto t0 = std::chrono::steady_clock::now();
  dyad::Options o;
  o.dict_dir = std::string(DYAD_SOURCE_DIR) + "/dict";
  o.gazetteer_path = DYAD_GAZETTEER_PATH;
  auto engine = dyad::Engine::Open(o);
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().message().c_str());
    return 1;
  }
  std::unique_ptr<dyad::Store> store;
  std::optional<dyad::store::Writer> writer;
  if (!db.empty()) {
    std::filesystem::remove(db);
    auto s = dyad::Store::Open(db);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().message().c_str());
      return 1;
    }
    store = s.take();
    writer.emplace(store.get());
  }
  auto t1 = std::chrono::steady_clock::now();
  std::atomic<size_t> next{0}, sentences{0}, events{0};
  auto work = [&] {
    std::string sink;
    std::vector<dyad::store::Writer::Item> batch;
    for (size_t i; (i = next.fetch_add(1)) < corpus.size();) {
      auto r = engine.value()->Code(corpus[i]);
      if (!r.ok()) continue;
      sentences += r.value().sentences.size();
      events += r.value().events.size();
      std::vector<std::string> json;
      for (const auto& e : r.value().events) {
        sink = dyad::EventToJson(e);  // output cost counts
        if (writer) json.push_back(std::move(sink));
      }
      if (!writer) continue;
      batch.push_back({std::move(r.value()), std::move(json), corpus[i].id});
      if (batch.size() == 64) writer->Add(&batch);
    }
    if (writer && !batch.empty()) writer->Add(&batch);
  };
  std::vector<std::thread> pool_threads;
  for (int t = 1; t < threads; ++t) pool_threads.emplace_back(work);
  work();
  for (auto& t : pool_threads) t.join();
  if (writer) {
    dyad::Status st = writer->Finish();
    writer.reset();
    store.reset();  // the last checkpoint
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.message().c_str());
      return 1;
    }
  }
  auto t2 = std::chrono::steady_clock::now();
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double run = Seconds(t1, t2), total = Seconds(t0, t2);
  std::printf("corpus: %zu stories, %zu sentences, %.1f MB (seed %u), %zu events\n", corpus.size(), sentences.load(),
              bytes / 1e6, seed, events.load());
  std::printf("threads: %d\nstart-up: %.3f s\n", threads, Seconds(t0, t1));
  if (!db.empty()) std::printf("stored in: %s\n", db.c_str());
  std::printf("coding: %.0f stories/s, %.0f sentences/s, %.2f MB/s\n", corpus.size() / run, sentences / run,
              bytes / 1e6 / run);
  std::printf("with start-up: %.0f sentences/s\npeak RSS: %.0f MB\n", sentences / total, ru.ru_maxrss / 1024.0);
  return events.load() > 0 ? 0 : 1;
}
