// The CLI as users run it: bad input is reported and skipped, threads keep the output order, stdin works,
// and a stored run can be queried.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "test_util.h"

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
}

}  // namespace dyad
