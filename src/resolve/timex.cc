#include "resolve/timex.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "util/word_set.h"

namespace dyad::resolve {

namespace {

using text::Token;

// A token's lower-case text as a view: comparisons with literals then skip strlen.
inline std::string_view L(const Token& t) { return t.lower; }

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

// Units of durations: d w m y, h(our) n (minute), e (decade), c (century).
char DurationUnitOf(std::string_view w) {
  if (char u = UnitOf(w); u && w != "weekend") return u;
  if (w == "hour" || w == "hours") return 'h';
  if (w == "minute" || w == "minutes") return 'n';
  if (w == "decade" || w == "decades") return 'e';
  if (w == "century" || w == "centuries") return 'c';
  return 0;
}

// "P2Y", "PT3H", "PXD"; amount < 0 = unknown.
std::string DurationValue(int amount, char unit) {
  std::string n = amount < 0 ? "X" : std::to_string(amount);
  switch (unit) {
    case 'h': return "PT" + n + "H";
    case 'n': return "PT" + n + "M";
    case 'e': return amount < 0 ? "PXDE" : "P" + std::to_string(amount * 10) + "Y";
    case 'c': return amount < 0 ? "PXCE" : "P" + std::to_string(amount * 100) + "Y";
    default: return "P" + n + static_cast<char>(std::toupper(static_cast<unsigned char>(unit)));
  }
}

std::string PartCode(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night" || w == "overnight") return "NI";
  return "";
}

// "three-month", "four-week": a number and a unit in one hyphenated word.
bool HyphenDuration(std::string_view w, int* amount, char* unit) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  int v = Number(w.substr(0, dash));
  char u = DurationUnitOf(w.substr(dash + 1));
  if (v < 1 || !u) return false;
  *amount = v;
  *unit = u;
  return true;
}

// Seasons as TIMEX3 writes them: SP SU FA WI (0 = none).
const char* SeasonOf(std::string_view w) {
  if (w == "spring") return "SP";
  if (w == "summer") return "SU";
  if (w == "fall" || w == "autumn") return "FA";
  if (w == "winter") return "WI";
  return nullptr;
}

// Can a time expression be found at token i? Every rule of FindTimex needs one of these: a capital (a
// month), a number, a hyphenated word ("two-year", "mid-2011"), one of the words below, or a unit after
// it ("a month", "several days", "two years ago"). Most tokens are none, and are passed over at once.
bool MayStartTimex(const std::vector<Token>& toks, size_t i, size_t n) {
  const Token& t = toks[i];
  if (t.Is(text::kCap) || t.Is(text::kNumber)) return true;
  const std::string_view w = t.lower;
  if (w.find('-') != std::string_view::npos) return true;
  static const WordSet kWords = {
      "now", "currently", "nowadays", "past", "future", "recently", "at", "recent", "days", "weeks", "months",
      "years", "decades", "hours", "minutes", "decade", "last", "next", "this", "coming", "yesterday", "today",
      "tonight", "tomorrow"};
  if (kWords.count(w) || WeekdayOf(w) >= 0 || SeasonOf(w)) return true;
  return i + 1 < n && (UnitOf(toks[i + 1].lower) || DurationUnitOf(toks[i + 1].lower));
}

bool IsPartOfDay(std::string_view w) {
  return w == "night" || w == "morning" || w == "afternoon" || w == "evening" || w == "overnight";
}

}  // namespace

std::vector<Timex> FindTimex(const std::vector<Token>& toks, size_t n) {
  std::vector<Timex> out;
  size_t i = 0;
  while (i < n) {
    if (!MayStartTimex(toks, i, n)) {
      ++i;
      continue;
    }
    const Token& t = toks[i];
    std::string_view w = t.lower;
    Timex x;
    x.first = static_cast<int>(i);
    size_t end = i;
    int shift_word = 0;
    if (i > 0) {
      std::string_view p = L(toks[i - 1]);
      if (p == "last" || p == "past") shift_word = -1;
      else if (p == "next" || p == "coming") shift_word = 1;
    }
    int amount = 0;
    char hunit = 0;
    if (w == "now" || w == "currently" || w == "nowadays") {
      x.kind = Timex::Kind::kReference;
      x.fixed = "PRESENT_REF";
      end = i + 1;
    } else if ((w == "past" || w == "future") && i > 0 && L(toks[i - 1]) == "the" &&
               !(i + 1 < n && DurationUnitOf(L(toks[i + 1]))) && !(i + 1 < n && Number(L(toks[i + 1])) >= -1)) {
      x.kind = Timex::Kind::kReference;
      x.fixed = w == "past" ? "PAST_REF" : "FUTURE_REF";
      x.first = static_cast<int>(i - 1);
      end = i + 1;
    } else if (w == "recently" || (w == "at" && i + 2 < n && L(toks[i + 1]) == "the" && L(toks[i + 2]) == "time")) {
      x.kind = Timex::Kind::kReference;
      x.fixed = "PAST_REF";
      end = w == "at" ? i + 3 : i + 1;
    } else if (HyphenDuration(w, &amount, &hunit)) {
      x.kind = Timex::Kind::kDuration;
      x.fixed = DurationValue(amount, hunit);
      end = i + 1;
    } else if (i + 1 < n && DurationUnitOf(L(toks[i + 1])) && Number(w) >= -1 &&
               !(i + 2 < n && L(toks[i + 2]) == "ago") && !(w == "a" && L(toks[i + 1]) == "weekend")) {
      // "two years", "a month", "several days", "90 days"; with "the past"/"the next" before it.
      x.kind = Timex::Kind::kDuration;
      x.fixed = DurationValue(Number(w), DurationUnitOf(L(toks[i + 1])));
      end = i + 2;
      size_t b = i;
      if (b > 0 && (L(toks[b - 1]) == "past" || L(toks[b - 1]) == "next" || L(toks[b - 1]) == "last" ||
                    L(toks[b - 1]) == "first" || L(toks[b - 1]) == "following"))
        --b;
      if (b > 0 && L(toks[b - 1]) == "the") --b;
      x.first = static_cast<int>(b);
    } else if (w == "recent" && i + 1 < n && DurationUnitOf(L(toks[i + 1])) && L(toks[i + 1]).back() == 's') {
      x.kind = Timex::Kind::kDuration;
      x.fixed = DurationValue(-1, DurationUnitOf(L(toks[i + 1])));
      end = i + 2;
    } else if ((w == "days" || w == "weeks" || w == "months" || w == "years" || w == "decades" || w == "hours" ||
                w == "minutes") && i > 0 &&
               (L(toks[i - 1]) == "for" || L(toks[i - 1]) == "within" || L(toks[i - 1]) == "in" ||
                L(toks[i - 1]) == "over" || L(toks[i - 1]) == "after")) {
      x.kind = Timex::Kind::kDuration;
      x.fixed = DurationValue(-1, DurationUnitOf(w));
      end = i + 1;
    } else if (w == "decade" && i > 1 && L(toks[i - 2]) == "the" &&
               (L(toks[i - 1]) == "next" || L(toks[i - 1]) == "past" || L(toks[i - 1]) == "last")) {
      x.kind = Timex::Kind::kDuration;
      x.fixed = "P10Y";
      x.first = static_cast<int>(i - 2);
      end = i + 1;
    } else if (SeasonOf(w) && i > 0 &&
               (L(toks[i - 1]) == "last" || L(toks[i - 1]) == "this" || L(toks[i - 1]) == "next")) {
      // "last summer" -> 2012-SU against a 2013 story.
      std::string_view q = L(toks[i - 1]);
      x.kind = Timex::Kind::kReference;
      x.season = SeasonOf(w);
      x.shift = q == "last" ? -1 : q == "next" ? 1 : 0;
      x.first = static_cast<int>(i - 1);
      end = i + 1;
    } else if (i + 1 < n && L(toks[i + 1]) == "century" && w.size() > 2 && std::isdigit(static_cast<unsigned char>(w[0]))) {
      int c = Number(w.substr(0, w.size() - 2));
      if (c > 0 && c < 30) {
        x.kind = Timex::Kind::kCentury;
        x.y = c - 1;
        end = i + 2;
        if (i > 0 && L(toks[i - 1]) == "the") x.first = static_cast<int>(i - 1);
      }
    } else if (int wd = WeekdayOf(w); wd >= 0) {
      x.kind = Timex::Kind::kWeekday;
      x.weekday = wd;
      x.shift = shift_word;
      if (shift_word) x.first = static_cast<int>(i - 1);
      end = i + 1;
      if (end < n && IsPartOfDay(L(toks[end]))) x.part = PartCode(L(toks[end])), ++end;
    } else if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow") {
      x.kind = Timex::Kind::kRelativeDays;
      x.amount = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      end = i + 1;
      if (end < n && IsPartOfDay(L(toks[end]))) ++end;
    } else if ((w == "last" || w == "past" || w == "next" || w == "this" || w == "coming") && i + 1 < n &&
               ((UnitOf(L(toks[i + 1])) && L(toks[i + 1]).back() != 's') ||
                (L(toks[i + 1]) == "fiscal" && i + 2 < n && L(toks[i + 2]) == "year"))) {
      bool fiscal = L(toks[i + 1]) == "fiscal";
      x.kind = Timex::Kind::kRelativeUnit;
      x.unit = fiscal ? 'y' : UnitOf(L(toks[i + 1]));
      x.amount = (w == "last" || w == "past") ? -1 : (w == "this") ? 0 : 1;
      if (i > 0 && (L(toks[i - 1]) == "earlier" || L(toks[i - 1]) == "later")) x.first = static_cast<int>(i - 1);
      end = fiscal ? i + 3 : i + 2;
    } else if (i + 2 < n && UnitOf(L(toks[i + 1])) && L(toks[i + 2]) == "ago" && Number(w) >= -1) {
      x.kind = Timex::Kind::kRelativeUnit;
      x.unit = UnitOf(L(toks[i + 1]));
      int v = Number(w);
      x.amount = -(v < 0 ? 3 : v);
      x.vague = v < 0;
      end = i + 3;
    } else if (w == "recent" && i + 1 < n && UnitOf(L(toks[i + 1]))) {
      x.kind = Timex::Kind::kRelativeUnit;
      x.vague = true;
      end = i + 2;
    } else if (int m = MonthOf(t); m > 0 && !(i > 0 && toks[i - 1].Is(text::kCap) && !toks[i - 1].Is(text::kPunct) &&
                                               MonthOf(toks[i - 1]) == 0 && L(toks[i - 1]) != "in" &&
                                               L(toks[i - 1]) != "since" && L(toks[i - 1]) != "last" &&
                                               L(toks[i - 1]) != "early" && L(toks[i - 1]) != "late" &&
                                               L(toks[i - 1]) != "until" && L(toks[i - 1]) != "by")) {
      // (A month word after a capitalised name is part of it: "Theresa May".)
      x.kind = Timex::Kind::kMonth;
      x.m = m;
      end = i + 1;
      if (end < n && DayNumber(toks[end]) && !(end + 1 < n && UnitOf(L(toks[end + 1])))) {
        x.d = DayNumber(toks[end]);
        x.kind = Timex::Kind::kDay;
        ++end;
      }
      size_t k = end;
      if (k < n && L(toks[k]) == ",") ++k;
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
    } else if (t.Is(text::kNumber) && (w.size() == 9 || w.size() == 7) && w[4] == '-' &&
               w.find_first_not_of("0123456789", 5) == std::string::npos && Number(w.substr(0, 4)) >= 1800 &&
               Number(w.substr(0, 4)) <= 2100) {
      // "2009-2010", "1957-58": two years in one token.
      int y1 = Number(w.substr(0, 4));
      int y2 = w.size() == 9 ? Number(w.substr(5)) : (y1 / 100) * 100 + Number(w.substr(5));
      Timex a = x, b = x;
      a.kind = b.kind = Timex::Kind::kYear;
      a.y = y1;
      b.y = y2;
      a.last = b.last = static_cast<int>(i + 1);
      a.byte_begin = t.begin, a.byte_end = t.begin + 4;
      b.byte_begin = t.begin + 5, b.byte_end = t.end;
      out.push_back(a);
      out.push_back(b);
      ++i;
      continue;
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
      // "early August", "late last July", "mid-2011", "earlier this month" belong to the expression.
      if (x.first > 0 && (x.kind == Timex::Kind::kMonth || x.kind == Timex::Kind::kYear ||
                          x.kind == Timex::Kind::kRelativeUnit)) {
        std::string_view p = L(toks[x.first - 1]);
        if (p == "early" || p == "late" || p == "mid" || p == "earlier" || p == "later") --x.first;
      }
      out.push_back(x);
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

bool Timex::Resolve(const Ymd* story, bool future, std::string* value, std::string* precision) const {
  if (vague || kind == Kind::kDuration || kind == Kind::kReference || kind == Kind::kCentury) return false;
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
    case Kind::kDuration:
    case Kind::kReference:
    case Kind::kCentury:
      return false;
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

namespace {

std::string IsoWeek(Ymd d) {
  Ymd thursday = AddDays(d, 3 - Weekday(d));
  long jan1 = DaysFromCivil(Ymd{thursday.y, 1, 1});
  long week = (DaysFromCivil(thursday) - jan1) / 7 + 1;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", thursday.y, week);
  return buf;
}

}  // namespace

std::string Timex::TimexValue(const Ymd* story, bool future) const {
  if (!fixed.empty()) return fixed;
  if (season && story) return std::to_string(story->y + shift) + "-" + season;
  if (kind == Kind::kCentury) return std::to_string(y);
  if (kind == Kind::kRelativeUnit && unit == 'w' && story && !vague) return IsoWeek(AddDays(*story, 7L * amount));
  std::string value, precision;
  if (!Resolve(story, future, &value, &precision)) return vague ? "PAST_REF" : "";
  if (!part.empty()) value += "T" + part;
  return value;
}

}  // namespace dyad::resolve
