// Tokens: words and punctuation with byte offsets. Abbreviations with periods (U.S., Gen., Jan.) stay
// whole; possessive 's and n't are their own tokens; hyphenated words stay whole.
#ifndef DYAD_TEXT_TOKENS_H_
#define DYAD_TEXT_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

enum TokenFlags : unsigned {
  kCap = 1u,        // first letter upper case
  kAllCaps = 2u,    // two or more letters, all upper case
  kPunct = 4u,      // punctuation only
  kNumber = 8u,     // starts with a digit
  kAbbrev = 16u,    // ends with a period that belongs to the word (U.S., Gen.)
};

struct Token {
  int begin = 0;       // byte offsets into the text that was tokenised
  int end = 0;
  std::string lower;   // ASCII-lowercased text (non-ASCII bytes unchanged)
  unsigned flags = 0;
  bool Is(unsigned f) const { return (flags & f) != 0; }
};

// Tokenises `text`; offsets are relative to `text`, plus `base`.
std::vector<Token> Tokenize(std::string_view text, int base = 0);

// True for abbreviations that normally keep their period (titles, months, "No.", "St.").
bool IsKnownAbbreviation(std::string_view lower_without_period);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENS_H_
