#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include "dyad/store.h"
#include "store/writer.h"
#include "../../tests/test_store.h"

namespace dyad {

namespace {

Event MakeEvent(int sentence, const std::string& src, const std::string& tgt, const std::string& cameo,
                const std::string& date, double lat, double lon) {
  Event e;
  e.story = "s1";
  e.sentence = sentence;
  e.date = date;
  e.date_precision = "day";
  Actor a;
  a.code = src;
  a.country = src.substr(0, 3);
  e.source = a;
  a.code = tgt;
  a.country = tgt.substr(0, 3);
  e.target = a;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  if (lat != 0) {
    Location l;
    l.name = "P";
    l.lat = lat;
    l.lon = lon;
    e.location = l;
  }
  return e;
}

CodedStory MakeStory(int events) {
  CodedStory s;
  s.id = "s1";
  s.published = "2026-03-04";
  s.sentences = {{1, "Iran attacked Irbil with drones.", 0}, {2, "Officials met in Baghdad.", 40}};
  if (events > 0) s.events.push_back(MakeEvent(1, "IRN", "USAMIL", "195", "2026-03-02", 36.19, 44.01));
  if (events > 1) s.events.push_back(MakeEvent(2, "IRQGOV", "IRNGOV", "040", "2026-03-04", 33.34, 44.40));
  return s;
}

// Every test runs on both stores: a SQLite file and a PostgreSQL schema.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { DYAD_NEED_STORE(where_); }
  Result<std::unique_ptr<Store>> Open() { return Store::Open(where_.where()); }

  testing::TempDir dir_;
  testing::TestStore where_{GetParam(), dir_};
};

}  // namespace

INSTANTIATE_TEST_SUITE_P(Stores, StoreTest, ::testing::ValuesIn(testing::StoreKinds()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST_P(StoreTest, PutReplacesAndQueriesFilter) {
  auto st = Open();
  ASSERT_TRUE(st.ok()) << st.status().message();
  Store& store = *st.value();
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());  // idempotent: re-coding replaces
  Query all;
  auto r = store.Find(all);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().size(), 2u);

  Query q;
  q.source = "IRN";
  EXPECT_EQ(store.Find(q).value().size(), 1u);
  q = Query();
  q.actor = "IRN";
  EXPECT_EQ(store.Find(q).value().size(), 2u);
  q = Query();
  q.root = "19";
  EXPECT_EQ(store.Find(q).value().size(), 1u);
  q = Query();
  q.since = "2026-03-03";
  q.until = "2026-03";
  EXPECT_EQ(store.Find(q).value().size(), 1u);
  q = Query();
  q.near_lat = 36.0, q.near_lon = 44.0, q.near_km = 60;
  auto near = store.Find(q).value();
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].cameo, "195");
  q = Query();
  q.text = "drones";
  EXPECT_EQ(store.Find(q).value().size(), 1u);

  ASSERT_TRUE(store.Put(MakeStory(1)).ok());
  EXPECT_EQ(store.Find(Query()).value().size(), 1u);
}

TEST_P(StoreTest, BatchesCommitTogether) {
  {
    auto st = Open();
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(st.value()->Begin().ok());
    ASSERT_TRUE(st.value()->Put(MakeStory(2)).ok());
    // Destroyed without Commit(): nothing half-written survives.
  }
  auto st = Open();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value()->Find(Query()).value().size(), 0u);
  ASSERT_TRUE(st.value()->Begin().ok());
  ASSERT_TRUE(st.value()->Put(MakeStory(2)).ok());
  ASSERT_TRUE(st.value()->Commit().ok());
  EXPECT_EQ(st.value()->Find(Query()).value().size(), 2u);
}

TEST_P(StoreTest, BatchRestoresReplaceTheFullText) {
  auto st = Open();
  ASSERT_TRUE(st.ok());
  Store& store = *st.value();
  CodedStory other = MakeStory(2);
  other.sentences[0].text = "Gondor attacked Irbil with catapults.";
  Query q;
  q.text = "drones";
  // Stored twice in one batch, then again (with other words) in the next: only the last text is found.
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());
  ASSERT_TRUE(store.Commit().ok());
  EXPECT_EQ(store.Find(Query()).value().size(), 2u);
  EXPECT_EQ(store.Find(q).value().size(), 1u);
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(other).ok());
  ASSERT_TRUE(store.Commit().ok());
  EXPECT_EQ(store.Find(q).value().size(), 0u);
  q.text = "catapults";
  EXPECT_EQ(store.Find(q).value().size(), 1u);
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());  // outside a batch
  EXPECT_EQ(store.Find(q).value().size(), 0u);
  q.text = "drones";
  EXPECT_EQ(store.Find(q).value().size(), 1u);
}

// Sentences enter the full-text index when a query first needs it, also in the middle of a batch, and a
// story stored again before that leaves no trace of its old text.
TEST_P(StoreTest, FullTextIndexIsBuiltWhenFirstSearched) {
  auto st = Open();
  ASSERT_TRUE(st.ok());
  Store& store = *st.value();
  CodedStory other = MakeStory(2);
  other.sentences[0].text = "Gondor attacked Irbil with catapults.";
  Query drones, catapults;
  drones.text = "drones";
  catapults.text = "catapults";
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());
  ASSERT_TRUE(store.Put(other).ok());  // replaces the text not yet indexed
  EXPECT_EQ(store.Find(drones).value().size(), 0u);
  EXPECT_EQ(store.Find(catapults).value().size(), 1u);  // indexed inside the batch
  ASSERT_TRUE(store.Put(MakeStory(2)).ok());              // replaces the text indexed just now
  EXPECT_EQ(store.FindDeduped(catapults).value().size(), 0u);
  EXPECT_EQ(store.FindDeduped(drones).value().size(), 1u);
  ASSERT_TRUE(store.Commit().ok());
  EXPECT_EQ(store.Find(drones).value().size(), 1u);
  EXPECT_EQ(store.Find(catapults).value().size(), 0u);
}

// In a transaction stories are written without a savepoint each; a story that fails (two sentences with
// one index break the sentences' key) is still all or nothing, and the stories before and after it stay.
TEST_P(StoreTest, FailedStoryInBatchLeavesTheOthers) {
  auto st = Open();
  ASSERT_TRUE(st.ok());
  Store& store = *st.value();
  CodedStory a = MakeStory(1), bad = MakeStory(2), c = MakeStory(2), d = MakeStory(1);
  a.id = "a";
  bad.id = "bad";
  bad.sentences[1].index = 1;  // the same index twice
  c.id = "c";
  d.id = "d";
  ASSERT_TRUE(store.Begin().ok());
  ASSERT_TRUE(store.Put(a).ok());
  ASSERT_TRUE(store.Put(a).ok());  // again: replaced, not doubled
  EXPECT_FALSE(store.Put(bad).ok());
  ASSERT_TRUE(store.Put(c).ok());
  EXPECT_FALSE(store.Put(bad).ok());
  ASSERT_TRUE(store.Commit().ok());
  ASSERT_TRUE(store.Begin().ok());  // a new transaction is fast again
  ASSERT_TRUE(store.Put(d).ok());
  ASSERT_TRUE(store.Commit().ok());
  auto all = store.Find(Query());
  ASSERT_TRUE(all.ok());
  std::map<std::string, int> per_story;
  for (const StoredEvent& e : all.value()) ++per_story[e.story];
  EXPECT_EQ(per_story, (std::map<std::string, int>{{"a", 1}, {"c", 2}, {"d", 1}}));
  Query words;
  words.text = "drones";
  EXPECT_EQ(store.Find(words).value().size(), 3u);
}

// The writer thread stores every story it is given, across batches, commits and a queue smaller than a batch,
// and reports the one the store refuses by its origin without losing the others.
TEST_P(StoreTest, WriterStoresEveryStoryAndReportsTheRefusedOne) {
  auto st = Open();
  ASSERT_TRUE(st.ok());
  {
    store::Writer writer(st.value().get(), /*max_queued=*/3, /*stories_per_commit=*/2);
    for (int b = 0; b < 4; ++b) {
      std::vector<store::Writer::Item> batch;
      for (int k = 0; k < 5; ++k) {
        CodedStory s = MakeStory(2);
        s.id = "b" + std::to_string(b) + "s" + std::to_string(k);
        if (b == 2 && k == 3) s.sentences[1].index = 1;  // the same sentence index twice: refused
        batch.push_back({std::move(s), {}, "file" + std::to_string(b) + ":" + std::to_string(k + 1)});
      }
      ASSERT_TRUE(writer.Add(&batch));
      EXPECT_TRUE(batch.empty());
    }
    ASSERT_TRUE(writer.Finish().ok());
    EXPECT_EQ(writer.not_stored(), 1u);
    std::vector<std::string> messages = writer.TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].rfind("file2:4: not stored: ", 0), 0u) << messages[0];
    EXPECT_TRUE(writer.TakeMessages().empty());
  }
  auto all = st.value()->Find(Query());
  ASSERT_TRUE(all.ok());
  std::map<std::string, int> per_story;
  for (const StoredEvent& e : all.value()) ++per_story[e.story];
  EXPECT_EQ(per_story.size(), 19u);
  EXPECT_EQ(per_story.count("b2s3"), 0u);
  EXPECT_EQ(per_story["b3s4"], 2);
}

// Two connections (two processes, say) share one store: what one stores the other finds, and a story stored
// again through the other replaces it. Text comes back as it went in, quotes and backslashes included.
TEST_P(StoreTest, TwoConnectionsShareOneStore) {
  auto a = Open();
  auto b = Open();
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE(b.ok()) << b.status().message();
  CodedStory s = MakeStory(2);
  s.sentences[0].text = "Iran's envoy said \"no\" to C:\\temp \u2014 twice; 'quoted'.";
  ASSERT_TRUE(a.value()->Put(s).ok());
  auto seen = b.value()->Find(Query());
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen.value().size(), 2u);
  EXPECT_EQ(seen.value()[0].text, s.sentences[0].text);
  ASSERT_TRUE(b.value()->Put(MakeStory(1)).ok());
  EXPECT_EQ(a.value()->Find(Query()).value().size(), 1u);
}

// A store whose second commit fails (a full disk, a lost server): the stories of that transaction are not
// stored and are counted and named, as are the ones still waiting; the writer's error says why.
TEST(StoreWriter, CountsTheStoriesOfATransactionThatFailedToCommit) {
  class FailingStore : public Store {
   public:
    Status Put(const CodedStory&) override { return Status::Ok(); }
    Result<std::vector<StoredEvent>> Find(const Query&) override { return std::vector<StoredEvent>(); }
    Result<std::vector<StoredEvent>> FindDeduped(const Query&) override { return std::vector<StoredEvent>(); }
    Status Begin() override { return Status::Ok(); }
    Status Commit() override { return ++commits == 2 ? Status::Error("disk full") : Status::Ok(); }
    int commits = 0;
  } store;
  store::Writer writer(&store, /*max_queued=*/100, /*stories_per_commit=*/2);
  std::vector<store::Writer::Item> items;
  for (int k = 0; k < 5; ++k) {
    CodedStory s = MakeStory(1);
    s.id = "s" + std::to_string(k);
    items.push_back({std::move(s), {}, "feed:" + std::to_string(k + 1)});
  }
  ASSERT_TRUE(writer.Add(&items));
  Status st = writer.Finish();
  EXPECT_EQ(st.message(), "disk full");
  EXPECT_EQ(writer.not_stored(), 3u);  // feed:3 and feed:4 lost with their transaction, feed:5 never put
  std::vector<std::string> messages = writer.TakeMessages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0], "feed:3 to feed:4: 2 stories not stored: their transaction failed: disk full");
}

// A shared server store: two coders store the same story at once. The second waits for the first to commit,
// then replaces its version; the story is neither doubled nor mixed.
TEST(PostgresStore, ConcurrentCodersOfOneStoryTakeTurns) {
  testing::TempDir dir;
  testing::TestStore where("postgres", dir);
  DYAD_NEED_STORE(where);
  auto a = Store::Open(where.where());
  auto b = Store::Open(where.where());
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE(b.ok()) << b.status().message();
  CodedStory first = MakeStory(2), second = MakeStory(1);
  second.sentences[0].text = "Iran attacked Irbil with missiles.";
  ASSERT_TRUE(a.value()->Begin().ok());
  ASSERT_TRUE(a.value()->Put(first).ok());
  std::atomic<bool> done{false};
  Status b_status;
  std::thread coder([&] {
    b_status = b.value()->Put(second);
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_FALSE(done) << "the second coder did not wait for the first";
  ASSERT_TRUE(a.value()->Commit().ok());
  coder.join();
  ASSERT_TRUE(b_status.ok()) << b_status.message();
  auto all = a.value()->Find(Query());
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 1u);
  EXPECT_EQ(all.value()[0].text, "Iran attacked Irbil with missiles.");
}

TEST(Store, UnopenableStoreIsAnError) {
  EXPECT_FALSE(Store::Open("/nonexistent-dir/x/y.db").ok());
  auto pg = Store::Open("postgresql:///dyad?host=/nonexistent-dir");
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.status().message().rfind("postgresql: cannot connect: ", 0), 0u) << pg.status().message();
}

}  // namespace dyad
