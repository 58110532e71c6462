// The CLI as users run it: bad input is reported and skipped, threads keep the output order, stdin works,
// and a stored run can be queried.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "test_store.h"

namespace dyad {

namespace {

struct Shell {
  int status = -1;
  std::string out;
};

Shell Sh(const std::string& cmd) {
  Shell r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

const std::string kCli = DYAD_CLI;

}  // namespace

TEST(Cli, BadInputIsReportedAndSkippedTheRestIsCoded) {
  testing::TempDir dir;
  dir.Write("in/a.txt", "date 2026-03-04 Iran attacked Iraq on Saturday.");
  dir.Write("in/b.txt", "date 2026-03-04 Bad \xFF byte.");
  dir.Write("in/c.jsonl", "{\"id\": \"c1\", \"date\": \"2026-03-04\", \"text\": \"Russia attacked Ukraine.\"}\n{broken\n");
  Shell r = Sh(kCli + " code " + dir.path() + "/in 2>" + dir.path() + "/err.txt");
  EXPECT_EQ(r.status, 2);  // something was skipped
  EXPECT_GE(Lines(r.out), 2u) << r.out;
  Shell err = Sh("cat " + dir.path() + "/err.txt");
  EXPECT_NE(err.out.find("b.txt:1: invalid UTF-8"), std::string::npos) << err.out;
  EXPECT_NE(err.out.find("c.jsonl:2: bad JSON"), std::string::npos) << err.out;
}

TEST(Cli, ThreadsGiveTheSameOutputInTheSameOrder) {
  std::string ex = testing::SourceDir() + "/examples";
  Shell one = Sh(kCli + " code " + ex + " --threads 1");
  Shell two = Sh(kCli + " code " + ex + " --threads 3");
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(two.status, 0);
  EXPECT_GT(Lines(one.out), 20u);
  EXPECT_EQ(one.out, two.out);
}

TEST(Cli, StdinJsonLinesAndStoreThenQuery) {
  testing::TempDir dir;
  std::string db = dir.path() + "/t.db";
  Shell r = Sh("printf '%s\\n' '{\"id\":\"s1\",\"date\":\"2026-03-04\",\"text\":\"Iranian forces shelled Iraqi border "
             "guards near Penjwen on Wednesday.\"}' | " + kCli + " code - --db " + db);
  ASSERT_EQ(r.status, 0) << r.out;
  ASSERT_EQ(Lines(r.out), 1u) << r.out;
  // Re-coding the same story replaces its events.
  Sh("printf '%s\\n' '{\"id\":\"s1\",\"date\":\"2026-03-04\",\"text\":\"Iranian forces shelled Iraqi border guards "
     "near Penjwen on Wednesday.\"}' | " + kCli + " code - --db " + db);
  Shell q = Sh(kCli + " query --db " + db + " --source IRN --root 19");
  EXPECT_EQ(Lines(q.out), 1u) << q.out;
  EXPECT_EQ(Lines(Sh(kCli + " query --db " + db + " --target USA").out), 0u);
  EXPECT_EQ(Lines(Sh(kCli + " query --db " + db + " --text Penjwen --since 2026-03-04 --until 2026-03").out), 1u);
  EXPECT_EQ(Sh(kCli + " query --db " + db + " --near 95,1,1").status, 64);
}

// --dedup: stories written here, one attack reported by two wires on different days.
void WriteWires(const testing::TempDir& dir) {
  const std::string attack = "Iranian forces shelled Iraqi border guards near Penjwen on Wednesday";
  dir.Write("in/wire-a.txt", "date 2026-03-04 " + attack + ".");
  dir.Write("in/wire-b.txt", "date 2026-03-05 Iraqi officials said " + attack + ". The shelling lasted an hour.");
  dir.Write("in/wire-c.txt", "date 2026-03-12 " + attack + ".");  // the Wednesday after: another day
  // Same dyad and day, another code.
  dir.Write("in/wire-d.txt",
            "date 2026-03-04 Iranian forces threatened Iraqi border guards near Penjwen on Wednesday.");
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = 0; (p = s.find(what, p)) != std::string::npos; p += what.size()) ++n;
  return n;
}

// The line of `out` that contains `what`, or "".
std::string LineWith(const std::string& out, const std::string& what) {
  size_t p = out.find(what);
  if (p == std::string::npos) return "";
  size_t b = out.rfind('\n', p);
  b = b == std::string::npos ? 0 : b + 1;
  return out.substr(b, out.find('\n', p) - b);
}

TEST(Cli, DedupCollapsesOneAttackReportedByTwoStories) {
  testing::TempDir dir;
  WriteWires(dir);
  Shell plain = Sh(kCli + " code " + dir.path() + "/in");
  ASSERT_EQ(plain.status, 0) << plain.out;
  ASSERT_EQ(Lines(plain.out), 4u) << plain.out;
  EXPECT_EQ(Count(plain.out, "mention_count"), 0u);  // the contract is unchanged without --dedup

  Shell r = Sh(kCli + " code " + dir.path() + "/in --dedup");
  ASSERT_EQ(r.status, 0) << r.out;
  ASSERT_EQ(Lines(r.out), 3u) << r.out;
  std::string merged = LineWith(r.out, "\"mention_count\":2");
  ASSERT_FALSE(merged.empty()) << r.out;
  EXPECT_EQ(merged.rfind("{\"story\":\"wire-a\",\"sentence\":1,", 0), 0u) << merged;  // the first report
  EXPECT_NE(merged.find("\"date\":\"2026-03-04\""), std::string::npos) << merged;
  EXPECT_NE(merged.find("\"cameo\":\"194\""), std::string::npos) << merged;
  EXPECT_NE(merged.find("\"story_count\":2,\"mentions\":[{\"story\":\"wire-a\",\"sentence\":1,\"published\":"
                        "\"2026-03-04\",\"source_text\":\"Iranian forces\""),
            std::string::npos)
      << merged;
  EXPECT_NE(merged.find("{\"story\":\"wire-b\",\"sentence\":1,\"published\":\"2026-03-05\""), std::string::npos)
      << merged;
  EXPECT_NE(merged.find("\"attribution_text\":\"Iraqi officials\""), std::string::npos) << merged;
  EXPECT_EQ(Count(r.out, "\"mention_count\":1,"), 2u) << r.out;
  EXPECT_NE(LineWith(r.out, "\"story\":\"wire-c\"").find("\"date\":\"2026-03-11\""), std::string::npos) << r.out;
  EXPECT_NE(LineWith(r.out, "\"story\":\"wire-d\"").find("\"mention_count\":1,"), std::string::npos) << r.out;

  Shell tsv = Sh(kCli + " code " + dir.path() + "/in --dedup --format tsv");
  EXPECT_EQ(Lines(tsv.out), 3u) << tsv.out;
  EXPECT_NE(tsv.out.find("\t2\twire-a:1,wire-b:1\n"), std::string::npos) << tsv.out;
}

TEST(Cli, DedupThreadsGiveTheSameOutputInTheSameOrder) {
  // Enough stories for several batches, most of them reporting one of a few events.
  testing::TempDir dir;
  const char* acts[] = {"shelled", "threatened", "attacked", "fired on"};
  std::string feed;
  for (int i = 0; i < 400; ++i) {
    feed += "{\"id\":\"w" + std::to_string(i) + "\",\"date\":\"2026-03-" + (i % 3 ? "04" : "11") +
            "\",\"text\":\"Iranian forces " + acts[i % 4] + " Iraqi border guards near Penjwen on Wednesday.\"}\n";
  }
  std::string in = dir.Write("feed.jsonl", feed);
  Shell one = Sh(kCli + " code " + in + " --dedup --threads 1");
  Shell three = Sh(kCli + " code " + in + " --dedup --threads 3");
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(three.status, 0);
  EXPECT_GE(Lines(one.out), 4u) << one.out;
  EXPECT_LE(Lines(one.out), 8u) << one.out;
  EXPECT_EQ(one.out.rfind("{\"story\":\"w0\",", 0), 0u);               // groups in the order of their first report
  EXPECT_EQ(Count(one.out, "{\"story\":\"w"), 400u + Lines(one.out));  // every story is a mention
  EXPECT_EQ(one.out, three.out);
}

// The same on both stores: a SQLite file and a PostgreSQL database.
class CliStore : public ::testing::TestWithParam<std::string> {};
INSTANTIATE_TEST_SUITE_P(Stores, CliStore, ::testing::ValuesIn(testing::StoreKinds()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST_P(CliStore, DedupStoreKeepsEveryStoryAndQueryGroups) {
  testing::TempDir dir;
  testing::TestStore store(GetParam(), dir);
  DYAD_NEED_STORE(store);
  WriteWires(dir);
  std::string db = "'" + store.where() + "'";
  Shell coded = Sh(kCli + " code " + dir.path() + "/in --dedup --db " + db);
  ASSERT_EQ(coded.status, 0) << coded.out;
  // Re-coding a story replaces its events: still two mentions, not three.
  ASSERT_EQ(Sh(kCli + " code " + dir.path() + "/in/wire-b.txt --db " + db).status, 0);
  EXPECT_EQ(Lines(Sh(kCli + " query --db " + db).out), 4u);  // the store keeps every report

  Shell q = Sh(kCli + " query --db " + db + " --dedup");
  ASSERT_EQ(q.status, 0) << q.out;
  ASSERT_EQ(Lines(q.out), 3u) << q.out;
  // Ordered by date, then dyad and code; the same lines as `dyad code --dedup`.
  EXPECT_EQ(q.out, LineWith(coded.out, "\"cameo\":\"130\"") + "\n" + LineWith(coded.out, "\"mention_count\":2") + "\n" +
                       LineWith(coded.out, "\"story\":\"wire-c\"") + "\n");

  std::string filters =
      " --source IRN --target IRQ --root 19 --since 2026-03-04 --until 2026-03-04 --text Penjwen "
      "--near 35.6,45.9,50";
  std::string merged = Sh(kCli + " query --db " + db + " --dedup" + filters).out;
  EXPECT_EQ(Lines(merged), 1u) << merged;
  EXPECT_NE(merged.find("\"mention_count\":2,\"story_count\":2,"), std::string::npos) << merged;
  // Filters select reports: only wire-b says "officials".
  std::string officials = Sh(kCli + " query --db " + db + " --dedup --text officials").out;
  EXPECT_NE(officials.find("\"mention_count\":1,\"story_count\":1,\"mentions\":[{\"story\":\"wire-b\""),
            std::string::npos)
      << officials;
  EXPECT_EQ(Lines(Sh(kCli + " query --db " + db + " --dedup --limit 1").out), 1u);

  Shell table = Sh(kCli + " query --db " + db + " --dedup --format table");
  ASSERT_EQ(table.status, 0) << table.out;
  std::string row = LineWith(table.out, "wire-a,wire-b");
  EXPECT_NE(row.find("IRNMIL       IRQCOP       194   asserted            2       2"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("(3 distinct events, 4 mentions)"), std::string::npos) << table.out;

  // wire-b re-coded without the attack: the event has one mention left.
  dir.Write("in/wire-b.txt", "date 2026-03-05 The shelling lasted an hour.");
  ASSERT_EQ(Sh(kCli + " code " + dir.path() + "/in/wire-b.txt --db " + db).status, 0);
  std::string after = Sh(kCli + " query --db " + db + " --dedup --since 2026-03-04 --until 2026-03-04 --root 19").out;
  EXPECT_NE(after.find("\"mention_count\":1,\"story_count\":1,"), std::string::npos) << after;
}

}  // namespace dyad

namespace dyad {

// Office holders resolve by date, from the dictionaries as shipped.
TEST(Cli, OfficeHoldersByDate) {
  Shell in2021 = Sh(kCli + " dict who \"President of the United States\" --date 2021-06-16");
  ASSERT_EQ(in2021.status, 0) << in2021.out;
  EXPECT_NE(in2021.out.find("Joe Biden\tUSAGOV"), std::string::npos) << in2021.out;
  EXPECT_EQ(in2021.out.find("Donald Trump"), std::string::npos) << in2021.out;
  Shell in2026 = Sh(kCli + " dict who \"President of the United States\" --date 2026-03-04");
  EXPECT_NE(in2026.out.find("Donald Trump\tUSAGOV"), std::string::npos) << in2026.out;
  EXPECT_EQ(in2026.out.find("Vance"), std::string::npos) << in2026.out;
  Shell look = Sh(kCli + " dict lookup \"President Trump\" --date 2021-06-16");
  EXPECT_NE(look.out.find("-> USAELI"), std::string::npos) << look.out;
  look = Sh(kCli + " dict lookup \"Masoud Barzani\" --date 2026-03-04");
  EXPECT_NE(look.out.find("-> IRQ"), std::string::npos) << look.out;
}

TEST(Cli, DictCheckReportsFileAndLine) {
  testing::TempDir dir;
  std::string f = dir.Write("bad.txt", "country USA United States\n  name U.S.\n  colour red\n");
  Shell r = Sh(kCli + " dict check " + f + " 2>&1");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(f + ":3: unknown field 'colour'"), std::string::npos) << r.out;
  // A place file too.
  std::string lm = dir.Write("landmarks.txt",
                             "# sites\nOld Mill Bridge ; 51.5 ; -0.1 ; GBR ; in London\nNew Gate ; 91 ; 0 ; GBR ; in London\n");
  r = Sh(kCli + " dict check " + lm + " 2>&1");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(lm + ":3: bad coordinates"), std::string::npos) << r.out;
}

// Verb patterns brought from TABARI replace dyad's own with --only-these-verbs.
TEST(Cli, BroughtVerbPatternsCodeInsteadOfOurs) {
  testing::TempDir dir;
  std::string verbs = dir.Write("mine.verbs", "SCOLD_ [111]\n- * +  [112]\n- * AT_ +  [112]\n~~FINISH\n");
  std::string story = dir.Write("s.txt", "date 2026-03-04 Iran scolded Iraq on Monday. Iran attacked Iraq.");
  Shell ours = Sh(kCli + " code " + story + " 2>&1");
  EXPECT_NE(ours.out.find("\"cameo\":\"190\""), std::string::npos) << ours.out;
  Shell theirs = Sh(kCli + " code " + story + " --verbs " + verbs + " --only-these-verbs 2>&1");
  ASSERT_EQ(theirs.status, 0) << theirs.out;
  EXPECT_NE(theirs.out.find("\"cameo\":\"112\""), std::string::npos) << theirs.out;
  EXPECT_EQ(theirs.out.find("\"cameo\":\"190\""), std::string::npos) << theirs.out;
}

}  // namespace dyad
