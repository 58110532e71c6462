// Compiled phrase matcher: phrases are token sequences with the case rule of dict/FORMAT.md; lookups
// return every phrase that starts at a token, longest first. Immutable after Build(); thread-safe reads.
#ifndef DYAD_LEXICON_PHRASE_H_
#define DYAD_LEXICON_PHRASE_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokens.h"

namespace dyad::lexicon {

struct PhraseToken {
  enum class Case : unsigned char { kAny, kCap, kAllCaps };
  std::string lower;
  Case kase = Case::kAny;
  bool stem = false;  // matches any word that begins with `lower` (TABARI/PETRARCH stems: "ARGENTIN")
};

// Turns "the U.S." into phrase tokens. Returns empty for a phrase with no words.
std::vector<PhraseToken> CompilePhrase(std::string_view phrase);

bool TokenMatches(const text::Token& t, const PhraseToken& p);

template <typename Payload>
class PhraseIndex {
 public:
  struct Entry {
    std::vector<PhraseToken> tokens;
    Payload payload;
  };

  PhraseIndex() = default;
  // The lookup tables point into the maps: a copy builds its own (a move keeps the maps' nodes).
  PhraseIndex(const PhraseIndex& o) : by_pair_(o.by_pair_), by_first_(o.by_first_), by_stem_(o.by_stem_), size_(o.size_) {
    if (o.built_) BuildTables();
  }
  PhraseIndex& operator=(const PhraseIndex& o) {
    if (this != &o) {
      by_pair_ = o.by_pair_;
      by_first_ = o.by_first_;
      by_stem_ = o.by_stem_;
      size_ = o.size_;
      built_ = false;
      if (o.built_) BuildTables();
    }
    return *this;
  }
  PhraseIndex(PhraseIndex&&) noexcept = default;
  PhraseIndex& operator=(PhraseIndex&&) noexcept = default;

  void Add(std::vector<PhraseToken> tokens, Payload payload) {
    if (tokens.empty()) return;
    if (tokens[0].stem) {
      by_stem_[StemKey(tokens[0].lower, tokens[0].lower.size())].push_back(Entry{std::move(tokens), std::move(payload)});
    } else if (tokens.size() >= 2 && !tokens[1].stem) {
      // Phrases of two words or more are indexed by their first two words: common first words ("the")
      // would otherwise make long buckets to scan at every token.
      uint64_t key = PairKey(WordHash(tokens[0].lower), WordHash(tokens[1].lower));
      by_pair_[key].push_back(Entry{std::move(tokens), std::move(payload)});
    } else {
      by_first_[WordHash(tokens[0].lower)].push_back(Entry{std::move(tokens), std::move(payload)});
    }
    ++size_;
    built_ = false;  // until the next Build(), lookups use the maps
  }

  // Sorts each bucket longest first (stable, so earlier definitions win ties).
  void Build() {
    auto longest_first = [](const Entry& a, const Entry& b) { return a.tokens.size() > b.tokens.size(); };
    for (auto& [k, v] : by_first_) std::stable_sort(v.begin(), v.end(), longest_first);
    for (auto& [k, v] : by_pair_) std::stable_sort(v.begin(), v.end(), longest_first);
    for (auto& [k, v] : by_stem_) std::stable_sort(v.begin(), v.end(), longest_first);
    BuildTables();
  }

  // The longest phrase matching at toks[i] (exact first words before stems on equal length), or nullptr.
  const Entry* Longest(const std::vector<text::Token>& toks, size_t i, size_t end, size_t* len) const {
    const Entry* best = nullptr;
    size_t best_n = 0;
    auto scan = [&](const std::vector<Entry>& bucket) {
      for (const Entry& e : bucket) {
        size_t n = e.tokens.size();
        if (n <= best_n) break;  // buckets are sorted longest first
        if (i + n > end) continue;
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k) ok = TokenMatches(toks[i + k], e.tokens[k]);
        if (ok) {
          best = &e;
          best_n = n;
          break;
        }
      }
    };
    ForEachBucket(toks, i, end, scan);
    if (best) *len = best_n;
    return best;
  }

  // Calls fn(entry, length) for every phrase that matches at toks[i].
  template <typename Fn>
  void ForEachMatch(const std::vector<text::Token>& toks, size_t i, size_t end, Fn&& fn) const {
    auto scan = [&](const std::vector<Entry>& bucket) {
      for (const Entry& e : bucket) {
        size_t n = e.tokens.size();
        if (i + n > end) continue;
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k) ok = TokenMatches(toks[i + k], e.tokens[k]);
        if (ok) fn(e, n);
      }
    };
    ForEachBucket(toks, i, end, scan);
  }

  size_t size() const { return size_; }

  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const auto& [k, v] : by_first_)
      for (const Entry& e : v) fn(e);
    for (const auto& [k, v] : by_pair_)
      for (const Entry& e : v) fn(e);
    for (const auto& [k, v] : by_stem_)
      for (const Entry& e : v) fn(e);
  }

 private:
  // Calls scan(bucket) for each bucket that may hold a phrase starting at toks[i]: by its first two words,
  // its first word and its stem. Buckets are keyed by 64-bit word hashes: every token of a candidate is
  // compared by TokenMatches, so a (vanishingly unlikely) collision only lengthens a bucket.
  template <typename Scan>
  void ForEachBucket(const std::vector<text::Token>& toks, size_t i, size_t end, Scan&& scan) const {
    const uint64_t h0 = toks[i].LowerHash();
    if (built_) {
      if (i + 1 < end && !by_pair_.empty())
        if (const auto* b = pair_table_.Find(PairKey(h0, toks[i + 1].LowerHash()))) scan(*b);
      if (const auto* b = first_table_.Find(h0)) scan(*b);
      if (!by_stem_.empty() && toks[i].lower.size() >= kStemKey)
        if (const auto* b = stem_table_.Find(StemKey(toks[i].lower, kStemKey))) scan(*b);
    } else {
      if (i + 1 < end && !by_pair_.empty()) {
        if (auto it = by_pair_.find(PairKey(h0, toks[i + 1].LowerHash())); it != by_pair_.end()) scan(it->second);
      }
      if (auto it = by_first_.find(h0); it != by_first_.end()) scan(it->second);
      if (!by_stem_.empty() && toks[i].lower.size() >= kStemKey) {
        if (auto it = by_stem_.find(StemKey(toks[i].lower, kStemKey)); it != by_stem_.end()) scan(it->second);
      }
    }
  }

  void BuildTables() {
    pair_table_.Build(by_pair_);
    first_table_.Build(by_first_);
    stem_table_.Build(by_stem_);
    built_ = true;
  }
  static constexpr size_t kStemKey = 3;  // stems are indexed by their first three letters
  static uint64_t WordHash(std::string_view w) { return text::WordHash(w); }
  static uint64_t PairKey(uint64_t a, uint64_t b) { return (a * 0xC2B2AE3D27D4EB4Full) ^ (b + 0x165667B19E3779F9ull); }
  // The first min(n, 3) bytes with their count: a stem shorter than three letters never matches (as before).
  static uint64_t StemKey(std::string_view w, size_t n) {
    n = std::min(n, w.size());
    n = std::min(n, kStemKey);
    uint64_t k = n;
    for (size_t q = 0; q < n; ++q) k = (k << 8) | static_cast<unsigned char>(w[q]);
    return k;
  }
  // A read-only copy of a bucket map for lookups: open addressing with a power-of-two size (one probe,
  // mostly) behind a bit filter that fits in cache and turns most misses away (most words start no phrase).
  class FlatTable {
   public:
    void Build(const std::unordered_map<uint64_t, std::vector<Entry>>& m) {
      size_t cap = 16;
      while (cap < m.size() * 2) cap <<= 1;
      slots_.assign(cap, Slot{});
      size_t bits = 1024;
      while (bits < m.size() * 16) bits <<= 1;
      filter_.assign(bits / 64, 0);
      fmask_ = bits - 1;
      for (const auto& [k, v] : m) {
        uint64_t h = Mix(k);
        filter_[((h >> 32) & fmask_) >> 6] |= uint64_t{1} << ((h >> 32) & 63);
        size_t s = h & (cap - 1);
        while (slots_[s].bucket) s = (s + 1) & (cap - 1);
        slots_[s] = Slot{k, &v};
      }
    }
    const std::vector<Entry>* Find(uint64_t k) const {
      if (filter_.empty()) return nullptr;
      uint64_t h = Mix(k);
      if (!(filter_[((h >> 32) & fmask_) >> 6] & (uint64_t{1} << ((h >> 32) & 63)))) return nullptr;
      const size_t mask = slots_.size() - 1;
      for (size_t s = h & mask;; s = (s + 1) & mask) {
        const Slot& slot = slots_[s];
        if (!slot.bucket) return nullptr;
        if (slot.key == k) return slot.bucket;
      }
    }

   private:
    static uint64_t Mix(uint64_t k) {
      k ^= k >> 33;
      k *= 0xFF51AFD7ED558CCDull;
      return k ^ (k >> 33);
    }
    struct Slot {
      uint64_t key = 0;
      const std::vector<Entry>* bucket = nullptr;  // map values do not move when the map rehashes
    };
    std::vector<Slot> slots_;
    std::vector<uint64_t> filter_;
    uint64_t fmask_ = 0;
  };
  FlatTable pair_table_, first_table_, stem_table_;
  bool built_ = false;
  std::unordered_map<uint64_t, std::vector<Entry>> by_pair_;
  std::unordered_map<uint64_t, std::vector<Entry>> by_first_;
  std::unordered_map<uint64_t, std::vector<Entry>> by_stem_;
  size_t size_ = 0;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_PHRASE_H_
