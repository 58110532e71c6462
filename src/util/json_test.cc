#include "util/json.h"

#include <gtest/gtest.h>

namespace dyad::json {

TEST(Json, EscapesControlAndQuotes) {
  std::string out;
  AppendString(&out, "a\"b\\c\nd\x01");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\"");
}

// Strings are scanned eight bytes at a time: an escape in any position of a word, and UTF-8 and the bytes
// next to the escaped ones ('!' is 0x21, '#' 0x23, ']' 0x5d) left as they are.
TEST(Json, EscapesInEveryPositionOfLongStrings) {
  const std::string plain = "Caf\xC3\xA9 !#] talks";  // 16 bytes
  for (size_t pos = 0; pos <= plain.size(); ++pos) {
    for (char special : {'"', '\\', '\n', '\x1f'}) {
      std::string in = plain;
      in.insert(pos, 1, special);
      std::string out;
      AppendString(&out, in);
      std::string expect;
      for (char c : in) {
        if (c == '"') expect += "\\\"";
        else if (c == '\\') expect += "\\\\";
        else if (c == '\n') expect += "\\n";
        else if (c == '\x1f') expect += "\\u001f";
        else expect += c;
      }
      EXPECT_EQ(out, "\"" + expect + "\"") << "at " << pos;
    }
  }
}

TEST(Json, NumbersDropTrailingZeros) {
  std::string out;
  AppendNumber(&out, -10.0, 1);
  out += " ";
  AppendNumber(&out, 36.18333, 5);
  EXPECT_EQ(out, "-10.0 36.18333");
}

TEST(Json, ParsesFlatObjectWithEscapesAndNesting) {
  auto r = ParseFlatObject(R"({"id": "a1", "n": 3, "text": "caf\u00e9 \"x\"", "tags": [1, {"a": 2}], "z": null})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto at = [&](const char* k) { return r.value().Find(k) ? *r.value().Find(k) : std::string("(absent)"); };
  EXPECT_EQ(at("id"), "a1");
  EXPECT_EQ(at("n"), "3");
  EXPECT_EQ(at("text"), "caf\xC3\xA9 \"x\"");
  EXPECT_EQ(at("z"), "");
  EXPECT_EQ(at("tags"), "");
  EXPECT_EQ(at("missing"), "(absent)");
}

TEST(Json, LaterDuplicateKeyWins) {
  auto r = ParseFlatObject(R"({"id": "a", "text": "x", "id": "b"})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r.value().Find("id"), "b");
}

TEST(Json, ReportsColumnOfError) {
  auto r = ParseFlatObject(R"({"id": "a1" "text": "x"})");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("column"), std::string::npos);
  EXPECT_FALSE(ParseFlatObject("not json").ok());
  EXPECT_FALSE(ParseFlatObject(R"({"a": "b"} trailing)").ok());
}

}  // namespace dyad::json
