// Minimal JSON for dyad's own needs: escaping strings for output and reading flat objects
// (one story per line). Not a general JSON library: nested values are skipped, not returned.
#ifndef DYAD_UTIL_JSON_H_
#define DYAD_UTIL_JSON_H_

#include <cstddef>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::json {

// Appends `s` as a quoted JSON string to `out`.
void AppendString(std::string* out, std::string_view s);

// Appends `"key":` (the key is a plain identifier written in the code: no escaping) in one append.
template <size_t N>
inline void AppendKey(std::string* out, const char (&key)[N]) {
  char buf[N + 2];
  buf[0] = '"';
  std::memcpy(buf + 1, key, N - 1);
  buf[N] = '"';
  buf[N + 1] = ':';
  out->append(buf, N + 2);
}

// Appends an integer.
void AppendInt(std::string* out, long v);

// Appends a number with at most `decimals` decimals and no trailing zeros.
void AppendNumber(std::string* out, double v, int decimals = 6);

// Parses one JSON object whose top-level values are read as strings (numbers and booleans are kept as
// their literal text, null as empty, nested objects/arrays are skipped). Errors name the column.
Result<std::map<std::string, std::string>> ParseFlatObject(std::string_view line);

}  // namespace dyad::json

#endif  // DYAD_UTIL_JSON_H_
