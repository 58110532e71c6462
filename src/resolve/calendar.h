// Civil-calendar arithmetic on YYYY-MM-DD dates (proleptic Gregorian), without time zones.
#ifndef DYAD_RESOLVE_CALENDAR_H_
#define DYAD_RESOLVE_CALENDAR_H_

#include <string>
#include <string_view>

namespace dyad::resolve {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Parses "YYYY-MM-DD"; returns false on anything else (including impossible dates).
bool ParseYmd(std::string_view s, Ymd* out);
long DaysFromCivil(Ymd d);
Ymd CivilFromDays(long z);
int Weekday(Ymd d);                  // 0 = Monday ... 6 = Sunday
int DaysInMonth(int y, int m);
Ymd AddDays(Ymd d, long n);
std::string FormatDay(Ymd d);        // YYYY-MM-DD
std::string FormatMonth(int y, int m);  // YYYY-MM

}  // namespace dyad::resolve

#endif  // DYAD_RESOLVE_CALENDAR_H_
