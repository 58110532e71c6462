#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace dyad::text {

namespace {

std::vector<std::string> Sentences(const std::string& t, std::string* dateline = nullptr) {
  Layout l = SplitStory(t);
  if (dateline) *dateline = l.dateline;
  std::vector<std::string> out;
  for (const auto& s : l.sentences) out.push_back(t.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> Words(const std::string& t) {
  std::vector<std::string> out;
  for (const auto& tok : Tokenize(t)) out.push_back(t.substr(tok.begin, tok.end - tok.begin));
  return out;
}

}  // namespace

TEST(Normalize, RejectsInvalidUtf8) {
  EXPECT_TRUE(ValidateUtf8("caf\xC3\xA9").ok());
  EXPECT_FALSE(ValidateUtf8("bad \xC3(").ok());
  EXPECT_FALSE(ValidateUtf8("\xC0\xAF").ok());          // overlong
  EXPECT_FALSE(ValidateUtf8("\xED\xA0\x80").ok());      // surrogate
  EXPECT_NE(ValidateUtf8("ok\xFF").message().find("byte 2"), std::string::npos);
}

TEST(Normalize, FoldsQuotesAndComposesNfc) {
  EXPECT_EQ(Normalize("\xE2\x80\x9CIran\xE2\x80\x99s\xE2\x80\x9D"), "\"Iran's\"");
  EXPECT_EQ(Normalize("e\xCC\x81"), "\xC3\xA9");  // e + combining acute -> é
  EXPECT_EQ(Normalize("a\xC2\xA0" "b\r\nc"), "a b\nc");
}

TEST(Tokens, KeepsAbbreviationsAndSplitsPossessives) {
  EXPECT_EQ(Words("the U.S. has asked Tehran's allies, Gen. Smith said."),
            (std::vector<std::string>{"the", "U.S.", "has", "asked", "Tehran", "'s", "allies", ",", "Gen.", "Smith",
                                      "said", "."}));
  EXPECT_EQ(Words("didn't (Iran-backed) \"militias\""),
            (std::vector<std::string>{"did", "n't", "(", "Iran-backed", ")", "\"", "militias", "\""}));
  auto toks = Tokenize("PAK US Turkey");
  EXPECT_TRUE(toks[0].Is(kAllCaps));
  EXPECT_TRUE(toks[2].Is(kCap));
  EXPECT_FALSE(toks[2].Is(kAllCaps));
}

TEST(Sentences, DatelineIsKeptOutOfTheFirstSentence) {
  std::string d;
  auto s = Sentences("IRBIL, Iraq \xE2\x80\x94 Officials met. They left.", &d);
  EXPECT_EQ(d, "IRBIL, Iraq");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Officials met.");
  s = Sentences("WASHINGTON (AP) \xE2\x80\x94 The president spoke.", &d);
  EXPECT_EQ(d, "WASHINGTON");
  s = Sentences("Iran - the country - spoke.", &d);
  EXPECT_EQ(d, "");
  // AFP's colon: a place in capitals, not a speaker.
  s = Sentences("GAZA CITY, Palestinian Territories: Two men died.", &d);
  EXPECT_EQ(d, "GAZA CITY, Palestinian Territories");
  EXPECT_EQ(s[0], "Two men died.");
  s = Sentences("NATO said: we are ready.", &d);
  EXPECT_EQ(d, "");
}

TEST(Sentences, SurvivesAbbreviationsInitialsDatesAndQuotes) {
  auto s = Sentences(
      "The U.S. military said Gen. J. R. Smith arrived on Jan. 3 with No. 2 battalion. "
      "\"We are ready.\" He left... Then he returned. The talks moved to the U.S. The next day they ended.");
  ASSERT_EQ(s.size(), 6u) << s[0];
  EXPECT_EQ(s[0], "The U.S. military said Gen. J. R. Smith arrived on Jan. 3 with No. 2 battalion.");
  EXPECT_EQ(s[1], "\"We are ready.\"");
  EXPECT_EQ(s[2], "He left...");
  EXPECT_EQ(s[4], "The talks moved to the U.S.");
}

TEST(Sentences, ParagraphsAndHeadlinesEndSentences) {
  auto s = Sentences("A headline without a stop\n\nBody sentence one. Body two.\nNext paragraph");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "A headline without a stop");
  EXPECT_EQ(s[3], "Next paragraph");
}

}  // namespace dyad::text
