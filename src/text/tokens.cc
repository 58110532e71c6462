#include "text/tokens.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "util/word_set.h"

namespace dyad::text {

namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Punctuation characters split off the ends of a word (ASCII).
bool IsEdgePunct(unsigned char c) {
  switch (c) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': case ',':
    case ';': case ':': case '!': case '?': case '.': case '*': case '<': case '>':
      return true;
    default:
      return false;
  }
}

// Length of a multi-byte dash/punctuation sequence at s[i] (em dash, en dash, bullet), or 0.
int DashLen(std::string_view s, size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0x93 || c == 0x94 || c == 0x95 || c == 0xA2) return 3;  // – — ― •
  }
  return 0;
}

void Classify(std::string_view w, Token* t) {
  t->lower.resize(w.size());
  int letters = 0, upper = 0;
  bool any_alnum = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      ++letters, ++upper;
      t->lower[i] = static_cast<char>(c + 32);
    } else {
      if (c >= 'a' && c <= 'z') ++letters;
      t->lower[i] = static_cast<char>(c);
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
      any_alnum = true;
  }
  unsigned f = 0;
  unsigned char c0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (c0 >= 'A' && c0 <= 'Z') f |= kCap;
  if (c0 >= 0xC3 && c0 <= 0xC3 && w.size() > 1) {  // Latin-1 capitals À..Þ
    unsigned char c1 = static_cast<unsigned char>(w[1]);
    if (c1 >= 0x80 && c1 <= 0x9E) f |= kCap;
  }
  if (letters >= 2 && upper == letters) f |= kAllCaps;
  if (!any_alnum) f |= kPunct;
  if (c0 >= '0' && c0 <= '9') f |= kNumber;
  if (w.size() > 1 && w.back() == '.' && !(f & kPunct)) f |= kAbbrev;
  t->flags = f;
  t->hash = WordHash(t->lower);
}

}  // namespace

bool IsKnownAbbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 52> kAbbr = {
      "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "maj", "capt", "cpl", "adm", "gov", "sen",
      "rep", "rev", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "no", "nos", "vs", "inc", "corp", "co", "ltd", "jr", "sr", "prof", "pres", "ft", "mt",
      "brig", "cmdr", "lt.col", "amb", "dept", "gov't", "approx", "est", "fig", "pvt"};
  static const WordSet kSet(kAbbr);
  return kSet.count(w) != 0;
}

std::vector<Token> Tokenize(std::string_view s, int base) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);
  auto emit = [&](size_t b, size_t e) {
    if (e <= b) return;
    Token& t = out.emplace_back();  // built in place: no move, no temporary to destroy
    t.begin = base + static_cast<int>(b);
    t.end = base + static_cast<int>(e);
    Classify(s.substr(b, e - b), &t);
  };
  size_t i = 0;
  const size_t n = s.size();
  std::vector<std::pair<size_t, size_t>> tail;  // trailing punctuation of a chunk (reused)
  while (i < n) {
    if (IsSpace(static_cast<unsigned char>(s[i]))) { ++i; continue; }
    // A chunk runs to the next space; dashes inside it split it.
    size_t j = i;
    while (j < n && !IsSpace(static_cast<unsigned char>(s[j])) && DashLen(s, j) == 0) ++j;
    if (j == i) {  // a dash
      int d = DashLen(s, i);
      emit(i, i + d);
      i += d;
      continue;
    }
    size_t b = i, e = j;
    // Leading punctuation.
    while (b < e && IsEdgePunct(static_cast<unsigned char>(s[b])) && s[b] != '.') {
      emit(b, b + 1);
      ++b;
    }
    // Trailing punctuation, collected then emitted in order.
    tail.clear();
    while (e > b) {
      unsigned char c = static_cast<unsigned char>(s[e - 1]);
      if (c == '.') {
        // Does the period belong to the word?
        std::string_view w = s.substr(b, e - 1 - b);
        bool ellipsis = e - b >= 2 && s[e - 2] == '.';
        if (ellipsis) {
          size_t k = e;
          while (k > b && s[k - 1] == '.') --k;
          tail.emplace_back(k, e);
          e = k;
          continue;
        }
        bool inner_period = w.find('.') != std::string_view::npos;
        bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
        // Known abbreviations are short: lower-case into a small buffer (no allocation).
        bool known = false;
        if (!inner_period && !initial && !w.empty() && w.size() <= 16) {
          char lw[16];
          for (size_t q = 0; q < w.size(); ++q) lw[q] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[q])));
          known = IsKnownAbbreviation(std::string_view(lw, w.size()));
        }
        if (!w.empty() && (inner_period || initial || known)) break;
        tail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      if (c == '-' && e - b > 1) {  // "so-called --" style trailing hyphen
        tail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      if (IsEdgePunct(c)) {
        tail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      break;
    }
    // Possessive 's / plural possessive s' / n't.
    size_t split = e;
    if (e - b > 2 && s[e - 2] == '\'' && (s[e - 1] == 's' || s[e - 1] == 'S')) split = e - 2;
    else if (e - b > 3 && s[e - 3] == 'n' && s[e - 2] == '\'' && s[e - 1] == 't') split = e - 3;
    if (split < e) {
      emit(b, split);
      emit(split, e);
    } else {
      emit(b, e);
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
    i = j;
  }
  return out;
}

}  // namespace dyad::text
