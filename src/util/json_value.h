// A small JSON document model for reading gold files (PLOVER GSR). Depth-limited, no recursion limit
// surprises on untrusted input: nesting deeper than 64 is an error.
#ifndef DYAD_UTIL_JSON_VALUE_H_
#define DYAD_UTIL_JSON_VALUE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::json {

struct Value {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  std::string str;  // strings; numbers and booleans keep their literal text here too
  std::vector<Value> array;
  std::map<std::string, Value> object;

  bool IsArray() const { return type == Type::kArray; }
  bool IsObject() const { return type == Type::kObject; }
  // The member `key` of an object, or a null value.
  const Value& Get(const std::string& key) const;
};

Result<Value> Parse(std::string_view text);

}  // namespace dyad::json

#endif  // DYAD_UTIL_JSON_VALUE_H_
