#include "lexicon/phrase.h"

namespace dyad::lexicon {

std::vector<PhraseToken> CompilePhrase(std::string_view phrase) {
  std::vector<PhraseToken> out;
  for (const text::Token& t : text::Tokenize(phrase)) {
    PhraseToken p;
    p.lower = t.lower;
    if (t.Is(text::kAllCaps)) p.kase = PhraseToken::Case::kAllCaps;
    else if (t.Is(text::kCap)) p.kase = PhraseToken::Case::kCap;
    out.push_back(std::move(p));
  }
  return out;
}

bool TokenMatches(const text::Token& t, const PhraseToken& p) {
  if (p.stem) {
    if (t.lower.compare(0, p.lower.size(), p.lower) != 0) return false;
  } else if (t.lower != p.lower) {
    return false;
  }
  switch (p.kase) {
    case PhraseToken::Case::kAny: return true;
    case PhraseToken::Case::kCap: return t.Is(text::kCap);
    case PhraseToken::Case::kAllCaps: return t.Is(text::kAllCaps);
  }
  return false;
}

}  // namespace dyad::lexicon
