// Text normalisation: UTF-8 validation, Unicode NFC, and the typographic forms of news copy
// (curly quotes, non-breaking spaces) folded to the plain forms the matchers expect.
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::text {

// Returns an error naming the byte offset of the first invalid UTF-8 sequence, or Ok.
Status ValidateUtf8(std::string_view s);

// NFC, then: ‘ ’ ‚ ′ -> ', “ ” „ ″ -> ", non-breaking and other spaces -> ' ', \r\n -> \n,
// soft hyphen and zero-width characters removed. Dashes are kept (— marks datelines).
// Precondition: `s` is valid UTF-8.
std::string Normalize(std::string_view s);

// As Normalize(), and fills `origin` (size = result size + 1) with the byte offset in `s` each byte of
// the result comes from, so spans found in normalised text can be reported in the input's offsets.
// Where NFC itself recomposed characters, offsets are those of the nearest preceding mapped byte.
std::string Normalize(std::string_view s, std::vector<int>* origin);

}  // namespace dyad::text

#endif  // DYAD_TEXT_NORMALIZE_H_
