// Time expressions in news English and their values, resolved against the story date and the tense of
// the clause they attach to ("on Saturday" in a past clause is the Saturday before the story date).
#ifndef DYAD_RESOLVE_TIMEX_H_
#define DYAD_RESOLVE_TIMEX_H_

#include <string>
#include <vector>

#include "resolve/calendar.h"
#include "text/tokens.h"

namespace dyad::resolve {

struct Timex {
  enum class Kind { kDay, kMonth, kYear, kWeekday, kRelativeDays, kRelativeUnit, kDuration, kReference, kCentury };
  Kind kind = Kind::kDay;
  int first = 0, last = 0;  // token range [first, last)
  int y = 0, m = 0, d = 0;  // explicit parts (0 = not given)
  int weekday = 0;          // 0 = Monday
  int shift = 0;            // -1 last / ago, +1 next, 0 this/on
  int amount = 0;           // relative amount (days, weeks, months, years)
  char unit = 'd';          // d w m y
  bool vague = false;       // "in recent days": no usable value
  std::string fixed;        // kDuration / kReference: the TIMEX3 value ("P2Y", "PXD", "PRESENT_REF")
  std::string part;         // part of day: MO, AF, EV, NI ("Friday afternoon")
  const char* season = nullptr;  // SP SU FA WI ("last summer")
  int byte_begin = -1, byte_end = -1;  // a part of one token ("2009" in "2009-2010"); -1 = the tokens

  // The value as YYYY-MM-DD / YYYY-MM / YYYY and its precision ("day", "month", "year"). `future` is
  // the tense of the clause. Returns false when there is no value (vague, or no story date).
  bool Resolve(const Ymd* story, bool future, std::string* value, std::string* precision) const;

  // The TIMEX3 value (TimeML conventions): dates as Resolve(), plus durations ("P2Y"), references
  // ("PRESENT_REF"), ISO weeks ("2013-W12"), parts of day ("2013-03-22TAF") and centuries ("19").
  std::string TimexValue(const Ymd* story, bool future) const;
};

// Finds time expressions among the first `n` tokens.
std::vector<Timex> FindTimex(const std::vector<text::Token>& toks, size_t n);

}  // namespace dyad::resolve

#endif  // DYAD_RESOLVE_TIMEX_H_
