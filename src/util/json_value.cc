#include "util/json_value.h"

namespace dyad::json {

const Value& Value::Get(const std::string& key) const {
  static const Value kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : it->second;
}

namespace {

struct DomParser {
  std::string_view s;
  size_t i = 0;
  std::string error;
  int line = 1;

  bool Fail(const std::string& what) {
    if (error.empty()) error = "line " + std::to_string(line) + ": " + what;
    return false;
  }
  void Ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
      if (s[i] == '\n') ++line;
      ++i;
    }
  }
  static void Utf8(std::string* out, unsigned cp) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  bool Hex(unsigned* v) {
    if (i + 4 > s.size()) return Fail("truncated \\u escape");
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s[i++];
      *v <<= 4;
      if (c >= '0' && c <= '9') *v |= c - '0';
      else if (c >= 'a' && c <= 'f') *v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') *v |= c - 'A' + 10;
      else return Fail("bad \\u escape");
    }
    return true;
  }
  bool String(std::string* out) {
    ++i;  // opening quote
    while (i < s.size()) {
      char c = s[i++];
      if (c == '"') return true;
      if (c == '\n') ++line;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (i >= s.size()) break;
      char e = s[i++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 't': out->push_back('\t'); break;
        case 'r': out->push_back('\r'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'u': {
          unsigned cp = 0, lo = 0;
          if (!Hex(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            i += 2;
            if (!Hex(&lo)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          Utf8(out, cp);
          break;
        }
        default: out->push_back(e);
      }
    }
    return Fail("unterminated string");
  }
  bool Parse(Value* v, int depth) {
    if (depth > 64) return Fail("nesting too deep");
    Ws();
    if (i >= s.size()) return Fail("unexpected end");
    char c = s[i];
    if (c == '"') {
      v->type = Value::Type::kString;
      return String(&v->str);
    }
    if (c == '[' || c == '{') {
      bool obj = c == '{';
      v->type = obj ? Value::Type::kObject : Value::Type::kArray;
      ++i;
      Ws();
      if (i < s.size() && s[i] == (obj ? '}' : ']')) {
        ++i;
        return true;
      }
      while (true) {
        Ws();
        std::string key;
        if (obj) {
          if (i >= s.size() || s[i] != '"') return Fail("expected a key");
          if (!String(&key)) return false;
          Ws();
          if (i >= s.size() || s[i] != ':') return Fail("expected ':'");
          ++i;
        }
        Value item;
        if (!Parse(&item, depth + 1)) return false;
        if (obj) v->object[key] = std::move(item);
        else v->array.push_back(std::move(item));
        Ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == (obj ? '}' : ']')) {
          ++i;
          return true;
        }
        return Fail(obj ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
    size_t b = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n' && s[i] != '\r' &&
           s[i] != '\t')
      ++i;
    std::string_view lit = s.substr(b, i - b);
    if (lit == "null") return true;
    if (lit == "true" || lit == "false") {
      v->type = Value::Type::kBool;
      v->str.assign(lit);
      return true;
    }
    if (!lit.empty() && lit.find_first_not_of("0123456789+-.eE") == std::string_view::npos) {
      v->type = Value::Type::kNumber;
      v->str.assign(lit);
      return true;
    }
    return Fail("invalid value");
  }
};

}  // namespace

Result<Value> Parse(std::string_view text) {
  DomParser p;
  p.s = text;
  Value v;
  if (!p.Parse(&v, 0)) return Status::Error(p.error);
  p.Ws();
  if (p.i != text.size()) {
    p.Fail("trailing characters");
    return Status::Error(p.error);
  }
  return v;
}

}  // namespace dyad::json
