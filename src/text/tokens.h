// Tokens: words and punctuation with byte offsets. Abbreviations with periods (U.S., Gen., Jan.) stay
// whole; possessive 's and n't are their own tokens; hyphenated words stay whole.
#ifndef DYAD_TEXT_TOKENS_H_
#define DYAD_TEXT_TOKENS_H_

#include <cstdint>
#include <cstring>
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

// A 64-bit hash of a word (dictionary lookups key on it instead of hashing strings again and again).
inline uint64_t WordHash(std::string_view w) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ w.size();
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, w.data() + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  if (i < w.size()) {
    uint64_t v = 0;
    std::memcpy(&v, w.data() + i, w.size() - i);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// A 256-bit set of words (one bit per word hash): "may this word occur here?" without false negatives.
struct WordBits {
  uint64_t w[4] = {0, 0, 0, 0};
  void Add(uint64_t hash) { w[hash >> 62] |= uint64_t{1} << ((hash >> 56) & 63); }
  bool Intersects(const WordBits& o) const {
    return ((w[0] & o.w[0]) | (w[1] & o.w[1]) | (w[2] & o.w[2]) | (w[3] & o.w[3])) != 0;
  }
  // Every bit of `o` is set here: each word of `o` may occur.
  bool Covers(const WordBits& o) const {
    return ((o.w[0] & ~w[0]) | (o.w[1] & ~w[1]) | (o.w[2] & ~w[2]) | (o.w[3] & ~w[3])) == 0;
  }
};

struct Token {
  int begin = 0;       // byte offsets into the text that was tokenised
  int end = 0;
  std::string lower;   // ASCII-lowercased text (non-ASCII bytes unchanged)
  unsigned flags = 0;
  uint64_t hash = 0;   // WordHash(lower), set by Tokenize; 0 = not computed (see LowerHash)
  bool Is(unsigned f) const { return (flags & f) != 0; }
  uint64_t LowerHash() const { return hash ? hash : WordHash(lower); }
};

// The lower-case words of toks[from, to) joined by single spaces (as dictionary and gazetteer keys are)
// into *key, which is cleared first and keeps its buffer.
inline void JoinLower(const std::vector<Token>& toks, size_t from, size_t to, std::string* key) {
  key->clear();
  for (size_t k = from; k < to; ++k) {
    if (k > from) key->push_back(' ');
    key->append(toks[k].lower);
  }
}

// Tokenises `text`; offsets are relative to `text`, plus `base`.
std::vector<Token> Tokenize(std::string_view text, int base = 0);

// True for abbreviations that normally keep their period (titles, months, "No.", "St.").
bool IsKnownAbbreviation(std::string_view lower_without_period);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENS_H_
