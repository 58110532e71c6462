#include "util/json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace dyad::json {

namespace {

// Bytes a JSON string cannot hold as they are: controls, the quote and the backslash.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

// Does the 8-byte word hold a byte below 0x20, a quote or a backslash? (Bit tricks on a word at a time;
// only a "no" is exact, so a "yes" is checked byte by byte.)
bool MayNeedEscape(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
  return (below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void AppendInt(std::string* out, long v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr - buf);
}

void AppendString(std::string* out, std::string_view s) {
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  size_t run = 0;  // start of the pending run of characters that need no escape
  size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (!MayNeedEscape(x)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    ++i;
    if (!kEscaped[c]) continue;
    out->append(s.data() + run, i - 1 - run);
    run = i;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendNumber(std::string* out, double v, int decimals) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  // std::to_chars with a precision prints what printf("%.*f") prints, without the locale and format parsing.
  char buf[400];  // DBL_MAX in fixed notation has 309 digits
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (r.ec != std::errc()) {
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    r.ptr = buf + std::strlen(buf);
  }
  std::string_view s(buf, r.ptr - buf);
  if (s.find('.') != std::string_view::npos) {
    while (!s.empty() && s.back() == '0') s.remove_suffix(1);
    if (!s.empty() && s.back() == '.') {
      out->append(s);
      out->push_back('0');
      return;
    }
  }
  out->append(s);
}

namespace {

struct Parser {
  std::string_view s;
  size_t i = 0;
  std::string error;

  void Ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  }
  bool Fail(const std::string& what) {
    if (error.empty()) error = "column " + std::to_string(i + 1) + ": " + what;
    return false;
  }
  static void AppendUtf8(std::string* out, unsigned cp) {
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
  bool Hex4(unsigned* v) {
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
    if (i >= s.size() || s[i] != '"') return Fail("expected a string");
    ++i;
    while (i < s.size()) {
      // A run of plain characters is appended at once.
      size_t run = i;
      while (run < s.size() && s[run] != '"' && s[run] != '\\' && static_cast<unsigned char>(s[run]) >= 0x20) ++run;
      if (run > i) {
        out->append(s.data() + i, run - i);
        i = run;
        continue;
      }
      char c = s[i++];
      if (c == '"') return true;
      if (c != '\\') {
        if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in string");
        out->push_back(c);
        continue;
      }
      if (i >= s.size()) break;
      char e = s[i++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          unsigned cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            i += 2;
            unsigned lo = 0;
            if (!Hex4(&lo)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          AppendUtf8(out, cp);
          break;
        }
        default: return Fail("bad escape");
      }
    }
    return Fail("unterminated string");
  }
  // Skips any value; if `out` is given and the value is a scalar, stores its text.
  bool Value(std::string* out, int depth) {
    if (depth > 64) return Fail("nesting too deep");
    Ws();
    if (i >= s.size()) return Fail("expected a value");
    char c = s[i];
    if (c == '"') return String(out);
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++i;
      Ws();
      if (i < s.size() && s[i] == close) { ++i; return true; }
      while (true) {
        std::string ignored;
        if (c == '{') {
          Ws();
          if (!String(&ignored)) return false;
          Ws();
          if (i >= s.size() || s[i] != ':') return Fail("expected ':'");
          ++i;
        }
        ignored.clear();
        if (!Value(&ignored, depth + 1)) return false;
        Ws();
        if (i < s.size() && s[i] == ',') { ++i; continue; }
        if (i < s.size() && s[i] == close) { ++i; return true; }
        return Fail(std::string("expected ',' or '") + close + "'");
      }
    }
    size_t start = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
           s[i] != '\r' && s[i] != '\n')
      ++i;
    std::string_view lit = s.substr(start, i - start);
    if (lit.empty()) return Fail("expected a value");
    if (lit == "null") return true;
    if (lit == "true" || lit == "false" || lit.find_first_not_of("0123456789+-.eE") == std::string_view::npos) {
      if (out) out->assign(lit);
      return true;
    }
    i = start;
    return Fail("invalid literal");
  }
};

}  // namespace

Result<FlatObject> ParseFlatObject(std::string_view line) {
  Parser p;
  p.s = line;
  FlatObject out;
  p.Ws();
  if (p.i >= line.size() || line[p.i] != '{') return Status::Error("column 1: expected a JSON object");
  ++p.i;
  p.Ws();
  if (p.i < line.size() && line[p.i] == '}') {
    ++p.i;
  } else {
    while (true) {
      p.Ws();
      auto& [key, value] = out.fields.emplace_back();
      if (!p.String(&key)) return Status::Error(p.error);
      p.Ws();
      if (p.i >= line.size() || line[p.i] != ':') {
        p.Fail("expected ':'");
        return Status::Error(p.error);
      }
      ++p.i;
      if (!p.Value(&value, 0)) return Status::Error(p.error);
      p.Ws();
      if (p.i < line.size() && line[p.i] == ',') { ++p.i; continue; }
      if (p.i < line.size() && line[p.i] == '}') { ++p.i; break; }
      p.Fail("expected ',' or '}'");
      return Status::Error(p.error);
    }
  }
  p.Ws();
  if (p.i != line.size()) {
    p.Fail("trailing characters after the object");
    return Status::Error(p.error);
  }
  return out;
}

}  // namespace dyad::json
