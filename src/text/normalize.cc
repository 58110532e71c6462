#include "text/normalize.h"

#include <cstdint>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace dyad::text {

Status ValidateUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // Eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if (v & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    unsigned cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
    if (i + len > n) return Status::Error("truncated UTF-8 sequence at byte " + std::to_string(i));
    for (size_t k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return Status::Error("invalid UTF-8 at byte " + std::to_string(i));
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return Status::Error("invalid UTF-8 (overlong or surrogate) at byte " + std::to_string(i));
    i += len;
  }
  return Status::Ok();
}

namespace {

bool IsAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    if (v & 0x8080808080808080ull) return false;
  }
  for (unsigned char c : s.substr(i))
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::string Normalize(std::string_view s) { return Normalize(s, nullptr); }

std::string Normalize(std::string_view s, std::vector<int>* origin) {
  // ASCII without tabs or carriage returns (most news text) is already normal.
  const bool ascii = IsAscii(s);
  if (ascii && !origin && s.find_first_of("\r\t") == std::string_view::npos) return std::string(s);
  std::string nfc;
  bool changed = false;
  if (ascii) {
    nfc.assign(s);
  } else {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n2 = icu::Normalizer2::getNFCInstance(err);
    if (U_SUCCESS(err)) {
      icu::StringByteSink<std::string> sink(&nfc);
      n2->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, err);
    }
    if (U_FAILURE(err)) nfc.assign(s);  // NFC is an improvement, never a reason to lose a story
    changed = nfc != s;
  }
  // Offsets of nfc bytes in s: exact when NFC changed nothing (the usual case for news text).
  auto src = [&](size_t i) -> int {
    if (!changed) return static_cast<int>(i);
    return static_cast<int>(std::min(i, s.size()));
  };
  std::string out;
  out.reserve(nfc.size());
  if (origin) {
    origin->clear();
    origin->reserve(nfc.size() + 1);
  }
  auto emit = [&](std::string_view piece, size_t from) {
    out.append(piece);
    if (origin)
      for (size_t k = 0; k < piece.size(); ++k) origin->push_back(src(from));
  };
  for (size_t i = 0; i < nfc.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(nfc[i]);
    if (c == '\r') {
      if (i + 1 < nfc.size() && nfc[i + 1] == '\n') continue;
      emit("\n", i);
      continue;
    }
    if (c == '\t') {
      emit(" ", i);
      continue;
    }
    if (c < 0x80) {
      emit(std::string_view(nfc.data() + i, 1), i);
      continue;
    }
    // Decode one code point.
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    unsigned cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < len && i + k < nfc.size(); ++k) cp = (cp << 6) | (nfc[i + k] & 0x3F);
    const char* rep = nullptr;
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x2032: case 0x02BC: rep = "'"; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: rep = "\""; break;
      case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: case 0x3000: rep = " "; break;
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: rep = ""; break;
      case 0x2026: rep = "..."; break;
      default: break;
    }
    if (rep) emit(rep, i);
    else emit(std::string_view(nfc.data() + i, std::min(len, nfc.size() - i)), i);
    i += len - 1;
  }
  if (origin) origin->push_back(static_cast<int>(s.size()));
  return out;
}

}  // namespace dyad::text
