// Compiled phrase matcher: phrases are token sequences with the case rule of dict/FORMAT.md; lookups
// return every phrase that starts at a token, longest first. Immutable after Build(); thread-safe reads.
#ifndef DYAD_LEXICON_PHRASE_H_
#define DYAD_LEXICON_PHRASE_H_

#include <algorithm>
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

  void Add(std::vector<PhraseToken> tokens, Payload payload) {
    if (tokens.empty()) return;
    if (tokens[0].stem) {
      std::string key = tokens[0].lower.substr(0, kStemKey);
      by_stem_[key].push_back(Entry{std::move(tokens), std::move(payload)});
    } else if (tokens.size() >= 2 && !tokens[1].stem) {
      // Phrases of two words or more are indexed by their first two words: common first words ("the")
      // would otherwise make long buckets to scan at every token.
      by_pair_[PairKey(tokens[0].lower, tokens[1].lower)].push_back(Entry{std::move(tokens), std::move(payload)});
    } else {
      std::string key = tokens[0].lower;
      by_first_[key].push_back(Entry{std::move(tokens), std::move(payload)});
    }
    ++size_;
  }

  // Sorts each bucket longest first (stable, so earlier definitions win ties).
  void Build() {
    auto longest_first = [](const Entry& a, const Entry& b) { return a.tokens.size() > b.tokens.size(); };
    for (auto& [k, v] : by_first_) std::stable_sort(v.begin(), v.end(), longest_first);
    for (auto& [k, v] : by_pair_) std::stable_sort(v.begin(), v.end(), longest_first);
    for (auto& [k, v] : by_stem_) std::stable_sort(v.begin(), v.end(), longest_first);
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
    if (i + 1 < end && !by_pair_.empty()) {
      if (auto it = by_pair_.find(PairKey(toks[i].lower, toks[i + 1].lower)); it != by_pair_.end()) scan(it->second);
    }
    if (auto it = by_first_.find(toks[i].lower); it != by_first_.end()) scan(it->second);
    if (!by_stem_.empty() && toks[i].lower.size() >= kStemKey) {
      if (auto it = by_stem_.find(toks[i].lower.substr(0, kStemKey)); it != by_stem_.end()) scan(it->second);
    }
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
    if (i + 1 < end && !by_pair_.empty()) {
      if (auto it = by_pair_.find(PairKey(toks[i].lower, toks[i + 1].lower)); it != by_pair_.end()) scan(it->second);
    }
    if (auto it = by_first_.find(toks[i].lower); it != by_first_.end()) scan(it->second);
    if (!by_stem_.empty() && toks[i].lower.size() >= kStemKey) {
      if (auto it = by_stem_.find(toks[i].lower.substr(0, kStemKey)); it != by_stem_.end()) scan(it->second);
    }
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
  static constexpr size_t kStemKey = 3;  // stems are indexed by their first three letters
  static std::string PairKey(const std::string& a, const std::string& b) {
    std::string k;
    k.reserve(a.size() + b.size() + 1);
    k += a;
    k += '\x1f';
    k += b;
    return k;
  }
  std::unordered_map<std::string, std::vector<Entry>> by_pair_;
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::unordered_map<std::string, std::vector<Entry>> by_stem_;
  size_t size_ = 0;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_PHRASE_H_
