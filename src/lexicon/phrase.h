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
    std::string key = tokens[0].lower;
    by_first_[key].push_back(Entry{std::move(tokens), std::move(payload)});
    ++size_;
  }

  // Sorts each bucket longest first (stable, so earlier definitions win ties).
  void Build() {
    for (auto& [k, v] : by_first_)
      std::stable_sort(v.begin(), v.end(),
                       [](const Entry& a, const Entry& b) { return a.tokens.size() > b.tokens.size(); });
  }

  // Calls fn(entry, length) for each phrase matching at toks[i], longest first, until fn returns true.
  template <typename Fn>
  void ForEachAt(const std::vector<text::Token>& toks, size_t i, size_t end, Fn&& fn) const {
    auto it = by_first_.find(toks[i].lower);
    if (it == by_first_.end()) return;
    for (const Entry& e : it->second) {
      size_t n = e.tokens.size();
      if (i + n > end) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) ok = TokenMatches(toks[i + k], e.tokens[k]);
      if (ok && fn(e, n)) return;
    }
  }

  // The longest match at toks[i], or nullptr.
  const Entry* Longest(const std::vector<text::Token>& toks, size_t i, size_t end, size_t* len) const {
    const Entry* best = nullptr;
    ForEachAt(toks, i, end, [&](const Entry& e, size_t n) {
      best = &e;
      *len = n;
      return true;
    });
    return best;
  }

  size_t size() const { return size_; }

 private:
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  size_t size_ = 0;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_PHRASE_H_
