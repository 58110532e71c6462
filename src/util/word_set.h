// A small fixed set of words, tested many times per token: a bit mask by (length, first letter) rejects most
// words before any hashing.
#ifndef DYAD_UTIL_WORD_SET_H_
#define DYAD_UTIL_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace dyad {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) : set_(words.begin(), words.end()) {
    for (std::string_view w : words)
      if (!w.empty() && w.size() < kMaxLen) masks_[w.size()] |= Bit(w[0]);
  }
  WordSet(std::initializer_list<std::string_view> words) : set_(words.begin(), words.end()) {
    for (std::string_view w : words)
      if (!w.empty() && w.size() < kMaxLen) masks_[w.size()] |= Bit(w[0]);
  }
  bool count(std::string_view w) const {
    if (w.empty() || w.size() >= kMaxLen || !(masks_[w.size()] & Bit(w[0]))) return false;
    return set_.count(w) != 0;
  }

 private:
  static constexpr size_t kMaxLen = 32;
  static uint64_t Bit(char c) { return uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
  std::array<uint64_t, kMaxLen> masks_{};
  std::unordered_set<std::string_view> set_;
};

}  // namespace dyad

#endif  // DYAD_UTIL_WORD_SET_H_
