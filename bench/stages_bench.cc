// Google Benchmarks per pipeline stage, on a sentence mix written for the benchmark.
#include <benchmark/benchmark.h>

#include "dyad/engine.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

const char* kStory =
    "KYIV, Ukraine \xE2\x80\x94 Russian forces launched drone strikes on Kharkiv on Saturday, officials said. "
    "Ukraine's foreign minister met his Turkish counterpart in Ankara on Monday to discuss a ceasefire. "
    "Police arrested dozens of protesters in Tbilisi on Sunday night, the interior ministry said.\n\n"
    "The U.S. imposed new sanctions on Iran last week. Iraq in 2023 reached an agreement with Iran to disarm "
    "the groups, according to officials who spoke on condition of anonymity.";

dyad::Options Opts() {
  dyad::Options o;
  o.dict_dir = std::string(DYAD_SOURCE_DIR) + "/dict";
  o.gazetteer_path = DYAD_GAZETTEER_PATH;
  return o;
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::text::Normalize(kStory));
}
BENCHMARK(BM_Normalize);

void BM_SplitStory(benchmark::State& state) {
  std::string t = dyad::text::Normalize(kStory);
  for (auto _ : state) benchmark::DoNotOptimize(dyad::text::SplitStory(t));
}
BENCHMARK(BM_SplitStory);

void BM_CodeStory(benchmark::State& state) {
  static auto engine = dyad::Engine::Open(Opts());
  if (!engine.ok()) {
    state.SkipWithError(engine.status().message().c_str());
    return;
  }
  dyad::Story s;
  s.id = "b";
  s.date = "2026-03-04";
  s.text = kStory;
  size_t events = 0;
  for (auto _ : state) {
    auto r = engine.value()->Code(s);
    events += r.ok() ? r.value().events.size() : 0;
  }
  state.counters["sentences/s"] = benchmark::Counter(5.0 * state.iterations(), benchmark::Counter::kIsRate);
  if (events == 0) state.SkipWithError("no events coded");
}
BENCHMARK(BM_CodeStory);

void BM_EngineOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto e = dyad::Engine::Open(Opts());
    benchmark::DoNotOptimize(e.ok());
  }
}
BENCHMARK(BM_EngineOpen)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
