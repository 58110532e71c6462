#include "resolve/timex.h"

#include <gtest/gtest.h>

namespace dyad::resolve {

namespace {

// Resolves the first time expression in `text` against a story date.
std::string Value(const std::string& text, const std::string& story, bool future = false,
                  std::string* precision = nullptr) {
  auto toks = text::Tokenize(text);
  auto tx = FindTimex(toks, toks.size());
  if (tx.empty()) return "none";
  Ymd d;
  EXPECT_TRUE(ParseYmd(story, &d));
  std::string v, p;
  if (!tx[0].Resolve(&d, future, &v, &p)) return "unresolved";
  if (precision) *precision = p;
  return v;
}

}  // namespace

TEST(Calendar, WeekdaysAndArithmetic) {
  Ymd d;
  ASSERT_TRUE(ParseYmd("2026-03-04", &d));
  EXPECT_EQ(Weekday(d), 2);  // Wednesday
  EXPECT_EQ(FormatDay(AddDays(d, -4)), "2026-02-28");
  EXPECT_FALSE(ParseYmd("2026-02-30", &d));
  EXPECT_TRUE(ParseYmd("2024-02-29", &d));
  EXPECT_EQ(FormatDay(Ymd{987, 1, 5}), "0987-01-05");
  EXPECT_EQ(FormatDay(Ymd{12026, 12, 31}), "12026-12-31");
}

TEST(Timex, WeekdaysFollowTense) {
  EXPECT_EQ(Value("attacked Iran on Saturday", "2026-03-04"), "2026-02-28");
  EXPECT_EQ(Value("a call Sunday night", "2026-03-04"), "2026-03-01");
  EXPECT_EQ(Value("said Wednesday", "2026-03-04"), "2026-03-04");
  EXPECT_EQ(Value("will meet on Friday", "2026-03-04", true), "2026-03-06");
  EXPECT_EQ(Value("last Wednesday", "2026-03-04"), "2026-02-25");
  EXPECT_EQ(Value("next Monday", "2026-03-04"), "2026-03-09");
}

TEST(Timex, RelativeMonthsYearsAndExplicitDates) {
  std::string p;
  EXPECT_EQ(Value("yesterday", "2026-03-01"), "2026-02-28");
  EXPECT_EQ(Value("in 2023", "2026-03-04", false, &p), "2023");
  EXPECT_EQ(p, "year");
  EXPECT_EQ(Value("after the 1979 revolution", "2026-03-04"), "1979");
  EXPECT_EQ(Value("on March 3, 2025", "2026-03-04", false, &p), "2025-03-03");
  EXPECT_EQ(p, "day");
  EXPECT_EQ(Value("on Jan. 3", "2026-03-04"), "2026-01-03");
  EXPECT_EQ(Value("on 3 December", "2026-03-04"), "2025-12-03");  // past clause: last December
  EXPECT_EQ(Value("in November", "2026-03-04", false, &p), "2025-11");
  EXPECT_EQ(p, "month");
  EXPECT_EQ(Value("last month", "2026-03-04"), "2026-02");
  EXPECT_EQ(Value("next year", "2026-03-04"), "2027");
  EXPECT_EQ(Value("two days ago", "2026-03-04"), "2026-03-02");
  EXPECT_EQ(Value("in recent days", "2026-03-04"), "unresolved");
  EXPECT_EQ(Value("they may march", "2026-03-04"), "none");  // lower-case month words are verbs
}

}  // namespace dyad::resolve
