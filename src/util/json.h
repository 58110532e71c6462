// Minimal JSON for dyad's own needs: escaping strings for output and reading flat objects
// (one story per line). Not a general JSON library: nested values are skipped, not returned.
#ifndef DYAD_UTIL_JSON_H_
#define DYAD_UTIL_JSON_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// The top-level fields of a JSON object, in their order. A key given twice: the later value counts.
struct FlatObject {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string* Find(std::string_view key) {
    for (auto it = fields.rbegin(); it != fields.rend(); ++it)
      if (it->first == key) return &it->second;
    return nullptr;
  }
  const std::string* Find(std::string_view key) const { return const_cast<FlatObject*>(this)->Find(key); }
};

// Parses one JSON object whose top-level values are read as strings (numbers and booleans are kept as
// their literal text, null as empty, nested objects/arrays are skipped). Errors name the column.
Result<FlatObject> ParseFlatObject(std::string_view line);

}  // namespace dyad::json

#endif  // DYAD_UTIL_JSON_H_
