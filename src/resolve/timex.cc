#include "resolve/timex.h"

#include <array>
#include <cstdlib>
#include <string_view>

namespace dyad::resolve {

namespace {

using text::Token;

int WeekdayOf(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kDays.size(); ++i)
    if (w == kDays[i]) return static_cast<int>(i);
  return -1;
}

int MonthOf(const Token& t) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  static constexpr std::array<std::string_view, 12> kAbbr = {"jan.", "feb.", "mar.", "apr.", "may.", "jun.",
                                                             "jul.", "aug.", "sep.", "oct.", "nov.", "dec."};
  if (!t.Is(text::kCap)) return 0;  // "may", "march" as words
  for (size_t i = 0; i < 12; ++i)
    if (t.lower == kFull[i] || t.lower == kAbbr[i]) return static_cast<int>(i + 1);
  if (t.lower == "sept.") return 9;
  return 0;
}

int Number(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (size_t i = 0; i < kWords.size(); ++i)
    if (w == kWords[i]) return static_cast<int>(i);
  if (w == "a" || w == "an") return 1;
  if (w == "several" || w == "few") return -1;
  if (w.empty() || w.size() > 4) return -2;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -2;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsYear(const Token& t, int* y) {
  if (t.lower.size() != 4 || !t.Is(text::kNumber)) return false;
  int v = Number(t.lower);
  if (v < 1800 || v > 2100) return false;
  *y = v;
  return true;
}

int DayNumber(const Token& t) {
  std::string_view w = t.lower;
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (w.size() > 2 && w.substr(w.size() - 2) == suf) w.remove_suffix(2);
  int v = Number(w);
  return v >= 1 && v <= 31 ? v : 0;
}

char UnitOf(std::string_view w) {
  if (w == "day" || w == "days") return 'd';
  if (w == "week" || w == "weeks" || w == "weekend") return 'w';
  if (w == "month" || w == "months") return 'm';
  if (w == "year" || w == "years") return 'y';
  return 0;
}

bool IsPartOfDay(std::string_view w) {
  return w == "night" || w == "morning" || w == "afternoon" || w == "evening" || w == "overnight";
}

}  // namespace

std::vector<Timex> FindTimex(const std::vector<Token>& toks, size_t n) {
  std::vector<Timex> out;
  size_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    const std::string& w = t.lower;
    Timex x;
    x.first = static_cast<int>(i);
    size_t end = i;
    int shift_word = 0;
    if (i > 0) {
      const std::string& p = toks[i - 1].lower;
      if (p == "last" || p == "past") shift_word = -1;
      else if (p == "next" || p == "coming") shift_word = 1;
    }
    if (int wd = WeekdayOf(w); wd >= 0) {
      x.kind = Timex::Kind::kWeekday;
      x.weekday = wd;
      x.shift = shift_word;
      if (shift_word) x.first = static_cast<int>(i - 1);
      end = i + 1;
      if (end < n && IsPartOfDay(toks[end].lower)) ++end;
    } else if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow") {
      x.kind = Timex::Kind::kRelativeDays;
      x.amount = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      end = i + 1;
      if (end < n && IsPartOfDay(toks[end].lower)) ++end;
    } else if ((w == "last" || w == "past" || w == "next" || w == "this" || w == "coming") && i + 1 < n &&
               UnitOf(toks[i + 1].lower) && toks[i + 1].lower.back() != 's') {
      x.kind = Timex::Kind::kRelativeUnit;
      x.unit = UnitOf(toks[i + 1].lower);
      x.amount = (w == "last" || w == "past") ? -1 : (w == "this") ? 0 : 1;
      if (i > 0 && (toks[i - 1].lower == "earlier" || toks[i - 1].lower == "later")) x.first = static_cast<int>(i - 1);
      end = i + 2;
    } else if (i + 2 < n && UnitOf(toks[i + 1].lower) && toks[i + 2].lower == "ago" && Number(w) >= -1) {
      x.kind = Timex::Kind::kRelativeUnit;
      x.unit = UnitOf(toks[i + 1].lower);
      int v = Number(w);
      x.amount = -(v < 0 ? 3 : v);
      x.vague = v < 0;
      end = i + 3;
    } else if (w == "recent" && i + 1 < n && UnitOf(toks[i + 1].lower)) {
      x.kind = Timex::Kind::kRelativeUnit;
      x.vague = true;
      end = i + 2;
    } else if (int m = MonthOf(t); m > 0) {
      x.kind = Timex::Kind::kMonth;
      x.m = m;
      end = i + 1;
      if (end < n && DayNumber(toks[end]) && !(end + 1 < n && UnitOf(toks[end + 1].lower))) {
        x.d = DayNumber(toks[end]);
        x.kind = Timex::Kind::kDay;
        ++end;
      }
      size_t k = end;
      if (k < n && toks[k].lower == ",") ++k;
      int y;
      if (k < n && IsYear(toks[k], &y)) {
        x.y = y;
        end = k + 1;
      }
      if (i > 0 && DayNumber(toks[i - 1]) && x.d == 0) {  // "3 March 2026"
        x.d = DayNumber(toks[i - 1]);
        x.kind = Timex::Kind::kDay;
        x.first = static_cast<int>(i - 1);
      }
      if (x.kind == Timex::Kind::kMonth && shift_word) x.first = static_cast<int>(i - 1), x.shift = shift_word;
    } else if (int y; IsYear(t, &y)) {
      x.kind = Timex::Kind::kYear;
      x.y = y;
      end = i + 1;
    } else if (w.size() == 10 && t.Is(text::kNumber)) {
      Ymd d;
      if (ParseYmd(w, &d)) {
        x.kind = Timex::Kind::kDay;
        x.y = d.y, x.m = d.m, x.d = d.d;
        end = i + 1;
      }
    }
    if (end > i) {
      x.last = static_cast<int>(end);
      out.push_back(x);
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

bool Timex::Resolve(const Ymd* story, bool future, std::string* value, std::string* precision) const {
  if (vague) return false;
  switch (kind) {
    case Kind::kYear:
      *value = std::to_string(y);
      *precision = "year";
      return true;
    case Kind::kDay:
    case Kind::kMonth: {
      int yy = y;
      if (yy == 0) {
        if (!story) return false;
        yy = story->y;
        // A month (and day) without a year is the nearest one in the clause's direction.
        int md = m * 100 + (d ? d : (future ? 31 : 1));
        int sd = story->m * 100 + story->d;
        if (shift < 0 || (!future && md > sd && shift == 0)) --yy;
        else if (shift > 0 || (future && md < sd)) ++yy;
      }
      if (kind == Kind::kMonth) {
        *value = FormatMonth(yy, m);
        *precision = "month";
        return true;
      }
      if (d > DaysInMonth(yy, m)) return false;
      *value = FormatDay(Ymd{yy, m, d});
      *precision = "day";
      return true;
    }
    case Kind::kWeekday: {
      if (!story) return false;
      int today = Weekday(*story);
      long delta;
      if (shift > 0 || (future && shift == 0)) {
        delta = (weekday - today + 7) % 7;
        if (delta == 0 && shift > 0) delta = 7;
      } else {
        delta = -((today - weekday + 7) % 7);
        if (delta == 0 && shift < 0) delta = -7;
      }
      *value = FormatDay(AddDays(*story, delta));
      *precision = "day";
      return true;
    }
    case Kind::kRelativeDays:
      if (!story) return false;
      *value = FormatDay(AddDays(*story, amount));
      *precision = "day";
      return true;
    case Kind::kRelativeUnit: {
      if (!story) return false;
      if (unit == 'd' || unit == 'w') {
        long days = unit == 'd' ? amount : 7L * amount;
        Ymd r = AddDays(*story, days);
        if (unit == 'd' && amount != 0) {
          *value = FormatDay(r);
          *precision = "day";
        } else {
          *value = FormatMonth(r.y, r.m);
          *precision = "month";
        }
        return true;
      }
      if (unit == 'm') {
        int total = story->y * 12 + (story->m - 1) + amount;
        *value = FormatMonth(total / 12, total % 12 + 1);
        *precision = "month";
        return true;
      }
      *value = std::to_string(story->y + amount);
      *precision = "year";
      return true;
    }
  }
  return false;
}

}  // namespace dyad::resolve
