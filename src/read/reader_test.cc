#include "read/reader.h"

#include <gtest/gtest.h>

#include "../../tests/test_util.h"

namespace dyad::read {

TEST(Reader, StoryFileWithDateLine) {
  auto r = ParseStoryText(" date 2026-03-04 IRBIL, Iraq \xE2\x80\x94 Text.\n\nMore.", "s1", "s1.txt", 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().date, "2026-03-04");
  EXPECT_EQ(r.value().id, "s1");
  EXPECT_EQ(r.value().text.rfind("IRBIL", 0), 0u);
  EXPECT_FALSE(ParseStoryText("date 2026-13-04 x", "s", "s.txt", 100).ok());
  auto bad = ParseStoryText("date 2026-03-04 ok\nline two \xFF", "s", "s.txt", 100);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("s.txt:2: ", 0), 0u) << bad.status().message();
  EXPECT_FALSE(ParseStoryText(std::string(200, 'x'), "s", "s.txt", 100).ok());
}

TEST(Reader, JsonLinesReportsBadLinesAndKeepsTheRest) {
  testing::TempDir dir;
  dir.Write("in/a.jsonl",
            "{\"id\": \"a\", \"date\": \"2026-03-04\", \"text\": \"Iran attacked Iraq.\"}\n"
            "{\"id\": \"b\", \"text\": \n"
            "\n"
            "{\"id\": \"c\", \"date\": \"2026-03-04\"}\n"
            "{\"id\": \"d\", \"date\": \"March 4\", \"text\": \"x\"}\n"
            "{\"id\": \"e\", \"text\": \"ok\", \"title\": \"T\"}\n"
            "{\"id\": \"f\", \"text\": \"  \"}\n");
  dir.Write("in/sub/b.txt", "date 2026-03-05 Story two.");
  dir.Write("in/ignored.csv", "x");
  std::vector<std::string> missing;
  auto files = ExpandPaths({dir.path() + "/in", dir.path() + "/nope"}, &missing);
  ASSERT_EQ(files.size(), 2u);
  ASSERT_EQ(missing.size(), 1u);
  StoryReader reader(files, 1 << 20);
  Story s;
  Status err;
  std::vector<std::string> ids, errors;
  while (reader.Next(&s, &err)) {
    if (err.ok()) ids.push_back(s.id);
    else errors.push_back(err.message());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "e", "b"}));
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[0].find("a.jsonl:2: bad JSON"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("a.jsonl:4: missing \"text\""), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("a.jsonl:5: invalid \"date\""), std::string::npos) << errors[2];
  EXPECT_NE(errors[3].find("a.jsonl:7: empty \"text\""), std::string::npos) << errors[3];
}

}  // namespace dyad::read
