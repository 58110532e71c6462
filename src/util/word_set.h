// A small fixed set of words, tested many times per token: a bit mask by (length, first letter) rejects most
// words before any hashing, and the rest probe a small open-addressing table keyed by a cheap hash of the
// length and the first, second and last bytes. The words are views: they must outlive the set (string
// literals, static arrays).
#ifndef DYAD_UTIL_WORD_SET_H_
#define DYAD_UTIL_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace dyad {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) {
    Build(words.begin(), words.end());
  }
  WordSet(std::initializer_list<std::string_view> words) { Build(words.begin(), words.end()); }

  bool count(std::string_view w) const {
    if (w.empty() || w.size() >= kMaxLen || !(masks_[w.size()] & Bit(w[0]))) return false;
    for (size_t s = Hash(w) & mask_;; s = (s + 1) & mask_) {
      const std::string_view slot = slots_[s];
      if (slot.empty()) return false;
      if (slot == w) return true;
    }
  }

 private:
  static constexpr size_t kMaxLen = 32;
  static uint64_t Bit(char c) { return uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
  static size_t Hash(std::string_view w) {
    uint64_t k = w.size() | static_cast<uint64_t>(static_cast<unsigned char>(w[0])) << 8 |
                 static_cast<uint64_t>(static_cast<unsigned char>(w[w.size() > 1 ? 1 : 0])) << 16 |
                 static_cast<uint64_t>(static_cast<unsigned char>(w.back())) << 24;
    return static_cast<size_t>((k * 0x9E3779B97F4A7C15ull) >> 40);
  }
  template <typename It>
  void Build(It begin, It end) {
    size_t n = 0;
    for (It it = begin; it != end; ++it) ++n;
    size_t cap = 16;
    while (cap < n * 4) cap <<= 1;
    slots_.assign(cap, std::string_view());
    mask_ = cap - 1;
    for (It it = begin; it != end; ++it) {
      const std::string_view w = *it;
      if (w.empty() || w.size() >= kMaxLen || count(w)) continue;  // never matched; or a duplicate
      masks_[w.size()] |= Bit(w[0]);
      size_t s = Hash(w) & mask_;
      while (!slots_[s].empty()) s = (s + 1) & mask_;
      slots_[s] = w;
    }
  }

  std::array<uint64_t, kMaxLen> masks_{};
  std::vector<std::string_view> slots_;
  size_t mask_ = 0;
};

}  // namespace dyad

#endif  // DYAD_UTIL_WORD_SET_H_
