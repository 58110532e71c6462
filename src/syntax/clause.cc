#include "syntax/clause.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <string_view>

#include "util/word_set.h"

namespace dyad::syntax {

namespace {

// Word lists are tested for every token of every sentence: each is turned once into a hash set (an
// immutable function-local static). A linear scan of string compares was the largest cost of coding.
template <size_t N>
WordSet MakeSet(const std::array<std::string_view, N>& a) {
  return WordSet(a);
}

bool IsDeterminerLike(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kDet = {
      "the", "a", "an", "some", "several", "many", "most", "all", "both", "two", "three", "four", "five",
      "other", "another", "any", "these", "those", "this", "that", "each", "every"};
  static const auto kSet = MakeSet(kDet);
  return kSet.count(w) != 0;
}

bool IsAdverb(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kAdv = {
      "also", "already", "reportedly", "allegedly", "again", "still", "just", "now", "then", "recently",
      "repeatedly", "previously", "further", "directly", "publicly", "formally", "officially", "jointly",
      "militarily", "quickly", "later", "first"};
  static const auto kSet = MakeSet(kAdv);
  return kSet.count(w) != 0 || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

bool IsQuantifier(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kQ = {"some", "many", "most", "all", "several", "one",
                                                          "two", "three", "none", "each", "both", "part",
                                                          "dozens", "hundreds", "thousands", "members"};
  static const auto kSet = MakeSet(kQ);
  return kSet.count(w) != 0;
}

bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "am";
}

}  // namespace

SentenceView::SentenceView(const std::vector<text::Token>& t, size_t count, const std::vector<Mention>& m)
    : toks(t), n(count), mentions(m), mention_at(count, -1), transparent(count, false) {
  for (size_t k = 0; k < m.size(); ++k)
    for (int j = m[k].first; j < m[k].last && j < static_cast<int>(count); ++j) mention_at[j] = static_cast<int>(k);
  for (size_t i = 0; i < count && i < t.size(); ++i) words.Add(t[i].LowerHash());
}

bool IsClauseBoundary(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kB = {
      ";", ":", "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "although",
      "though", "whereas", "before", "after", "until", "unless", "whether", "\"", "but", "where"};
  static const auto kSet = MakeSet(kB);
  return kSet.count(w) != 0;
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kAux = {
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
      "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "n't"};
  static const auto kSet = MakeSet(kAux);
  return kSet.count(w) != 0;
}

bool IsAdverbWord(std::string_view w) { return IsAdverb(w); }

bool IsPreposition(std::string_view w) {
  static constexpr std::array<std::string_view, 37> kP = {
      "in", "on", "at", "with", "of", "from", "for", "against", "by", "near", "into", "to", "about",
      "over", "under", "between", "among", "toward", "towards", "across", "through", "within", "without",
      "regarding", "including", "like", "via", "during", "despite", "onto", "outside", "inside", "behind",
      "beyond", "along", "amid", "amidst"};
  static const auto kSet = MakeSet(kP);
  return kSet.count(w) != 0;
}

bool IsSpeechVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kS = {
      "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated", "states",
      "noted", "notes", "insisted", "insists", "explained", "wrote", "writes", "reported", "reports",
      "according", "confirmed"};
  static const auto kSet = MakeSet(kS);
  return kSet.count(w) != 0;
}

void ClauseBounds(const SentenceView& s, size_t v, size_t* begin, size_t* end) {
  size_t b = v;
  while (b > 0 && !IsClauseBoundary(s.w(b - 1))) --b;
  size_t e = v + 1;
  while (e < s.n && !IsClauseBoundary(s.w(e)) && !IsSpeechVerb(s.w(e))) ++e;
  *begin = b;
  *end = e;
}

namespace {

// Is the mention inside a prepositional phrase ("in northern Israel"), not partitive ("some of their forces")?
bool InPrepositionalPhrase(const SentenceView& s, const Mention& M) {
  int p = M.first - 1;
  while (p >= 0 && (IsDeterminerLike(s.w(p)) || s.w(p) == "northern" || s.w(p) == "southern" ||
                    s.w(p) == "eastern" || s.w(p) == "western"))
    --p;
  const bool partitive = p >= 1 && s.w(p) == "of" && IsQuantifier(s.w(p - 1));
  if (p >= 0 && IsPreposition(s.w(p))) return !partitive;
  // "in Chile and Bolivia", "at consulates in Lima, Peru, and Quito, Ecuador,": the later members of a list
  // (actors and place names joined by "and", "or" and commas) that a preposition opens are in its phrase too.
  // Only a member closed by punctuation, "and" or a preposition ("In Lima, Peru attacked ...", "..., and Peru
  // attacked ..." have a subject).
  if (p < 0 || !(s.w(p) == "and" || s.w(p) == "or" || s.w(p) == ",")) return false;
  {
    const size_t after = static_cast<size_t>(M.last);
    if (after < s.n && !s.toks[after].Is(text::kPunct) && s.w(after) != "and" && s.w(after) != "or" &&
        !IsPreposition(s.w(after)))
      return false;
  }
  bool comma = s.w(p) == ",";
  for (int j = p - 1, steps = 0; j >= 0 && steps < 16; --j, ++steps) {
    std::string_view w = s.w(j);
    // "After two days of talks, Peru and Chile agreed": a comma may close a phrase opening the sentence.
    if (IsPreposition(w)) return !(comma && IsPreposition(s.w(0)));
    comma = comma || w == ",";
    if (s.mention_at[j] >= 0) {
      j = s.mentions[s.mention_at[j]].first;
      continue;
    }
    if (w == "," || w == "and" || w == "or" || IsDeterminerLike(w) || s.toks[j].Is(text::kCap)) continue;
    return false;
  }
  return false;
}

}  // namespace

namespace {
bool IsArticleLike(std::string_view w) { return w == "the" || w == "a" || w == "an" || w == "its" || w == "their"; }
}  // namespace

int FindSubject(const SentenceView& s, size_t v) {
  // "Upon arriving in Lima, the minister met ...", "After meeting X, Y flew to ...": a participle clause at the
  // head of the sentence has the subject of the clause after its comma.
  if (v < s.n && s.w(v).size() > 4 && s.w(v).ends_with("ing") &&
      (v == 0 || (v == 1 && (s.w(0) == "after" || s.w(0) == "before" || s.w(0) == "upon" || s.w(0) == "on" ||
                             s.w(0) == "while" || s.w(0) == "when" || s.w(0) == "since" || s.w(0) == "by")))) {
    for (size_t k = v + 1; k < s.n && k <= v + 25; ++k) {
      if (s.w(k) == ";" || s.w(k) == ".") break;
      if (s.w(k) != ",") continue;
      size_t q = k + 1;
      if (q < s.n && (s.w(q) == "the" || s.w(q) == "a" || s.w(q) == "an")) ++q;
      if (q < s.n && s.mention_at[q] >= 0 && !s.mentions[s.mention_at[q]].adjective_only) return s.mention_at[q];
      break;
    }
  }
  // ", killing 12 people": a participle clause after a comma shares the subject of the clause it follows
  // ("Russian forces launched a barrage of missiles and drones at Kyiv, killing 12 people").
  // So does the infinitive it governs (", seeking to ease tensions").
  size_t ing = v;
  if (v >= 4 && s.w(v - 1) == "to" && s.w(v - 3) == "," && s.w(v - 2).size() > 4 && s.w(v - 2).ends_with("ing"))
    ing = v - 2;
  if (ing >= 2 && s.w(ing - 1) == "," && s.w(ing).size() > 4 && s.w(ing).compare(s.w(ing).size() - 3, 3, "ing") == 0) {
    v = ing;
    size_t start = 0;
    for (size_t j = v - 1; j-- > 0;) {
      if (IsClauseBoundary(s.w(j)) || IsSpeechVerb(s.w(j))) {
        start = j + 1;
        break;
      }
    }
    for (size_t k = start; k + 1 < v; ++k) {
      int m = s.mention_at[k];
      // "a huge blast wrecked the Peruvian embassy, killing ...": an actor after a past-tense verb whose
      // subject names no actor is its object; the killing is the blast's.
      if (m < 0 && k > start && s.w(k).size() > 3 && s.w(k).ends_with("ed") && !s.toks[k].Is(text::kCap) &&
          !s.toks[k - 1].Is(text::kPunct) && !IsDeterminerLike(s.w(k - 1)) && !IsAuxiliary(s.w(k - 1)) &&
          !IsPreposition(s.w(k - 1)) && !IsAdverb(s.w(k - 1)))
        return -1;
      if (m < 0) continue;
      const Mention& M = s.mentions[m];
      k = static_cast<size_t>(M.last) - 1;
      if (M.adjective_only || InPrepositionalPhrase(s, M)) continue;
      return m;
    }
  }
  int steps = 0;
  for (int j = static_cast<int>(v) - 1; j >= 0 && steps < 40; --j, ++steps) {
    std::string_view w = s.w(j);
    int m = s.mention_at[j];
    if (m >= 0) {
      const Mention& M = s.mentions[m];
      j = M.first;
      if (M.adjective_only || InPrepositionalPhrase(s, M)) continue;
      return m;
    }
    // ", and ..." starts a new clause, unless it ends a list of actors ("A, B, and C met").
    if ((w == "and" || w == "but") && j > 1 && s.w(j - 1) == "," && !(w == "and" && s.mention_at[j - 2] >= 0 &&
                                                                      s.mention_at[j + 1] >= 0))
      return -1;
    // "the group that has seized ...": "that" with the verb right after it (no subject of its own, unlike
    // "warned Ukraine that Kyiv must ...") is a relative pronoun.
    bool relative_that = w == "that" && j > 0;
    for (size_t q = static_cast<size_t>(j) + 1; relative_that && q < v; ++q)
      relative_that = IsAuxiliary(s.w(q)) || IsAdverb(s.w(q));
    if (w == "who" || w == "which" || relative_that) {
      int k = j - 1;
      if (k >= 0 && s.w(k) == ",") --k;
      if (k >= 0 && s.mention_at[k] >= 0 && !s.mentions[s.mention_at[k]].adjective_only) return s.mention_at[k];
      return -1;
    }
    // "Chile had attacked Peru and taken Lima", "seized 16 Peruvian advisers from a market and set off bombs":
    // a verb right after "and" (auxiliaries and adverbs between) shares the subject of the verb phrase before
    // it, the clause's first actor, not that verb's object.
    if (w == "and" && j > 0 && !s.toks[j - 1].Is(text::kPunct)) {
      bool verb_next = true;
      for (size_t q = static_cast<size_t>(j) + 1; verb_next && q < v; ++q)
        verb_next = IsAuxiliary(s.w(q)) || IsAdverb(s.w(q));
      if (verb_next && j + 1 <= static_cast<int>(v) && !IsArticleLike(s.w(v - 1))) {
        size_t start = 0;
        for (size_t q = static_cast<size_t>(j); q-- > 0;)
          if (IsClauseBoundary(s.w(q)) || IsSpeechVerb(s.w(q)) || s.w(q) == ",") {
            start = q + 1;
            break;
          }
        int first = -1, count = 0;
        for (size_t q = start; q < static_cast<size_t>(j); ++q) {
          int m = s.mention_at[q];
          if (m < 0) continue;
          const Mention& M = s.mentions[m];
          q = static_cast<size_t>(M.last) - 1;
          if (M.adjective_only || InPrepositionalPhrase(s, M)) continue;
          if (first < 0) first = m;
          ++count;
        }
        if (first >= 0 && count >= 2) return first;
        // One actor: the subject when it opens the clause ("Israel attacked the camp and killed ...") or is a
        // pronoun ("announced it would cut aid and would deny ..."), else
        // the first verb's object, and the subject is no actor ("a car bomb killed ten people and wounded ...").
        if (first >= 0 && count == 1) {
          size_t open = start;
          while (open < s.n && (IsArticleLike(s.w(open)) || s.transparent[open] || s.w(open) == "as" ||
                                s.w(open) == "and" || s.w(open) == "so" || s.w(open) == "then"))
            ++open;
          return static_cast<size_t>(s.mentions[first].first) <= open || s.mentions[first].pronoun ? first : -1;
        }
        // ", killing two and wounding five": the second participle shares the first one's subject.
        if (start >= 2 && start < static_cast<size_t>(j) && s.w(start - 1) == "," && s.w(v).ends_with("ing") &&
            s.w(start).size() > 4 && s.w(start).ends_with("ing"))
          return FindSubject(s, start);
      }
    }
    // "Rwanda did not want war but could retaliate": coordinated verb phrases share the subject.
    if (w == "but" && static_cast<size_t>(j + 1) < s.n && (static_cast<size_t>(j + 1) == v || IsAuxiliary(s.w(j + 1))))
      continue;
    if (IsClauseBoundary(w)) return -1;
    // "officials said the strike killed a commander": the speaker is not the subject of what was said (a
    // subject that is no actor stands between); "Iraq said and repeated ..." keeps it.
    if (IsSpeechVerb(w) && w != "according" && static_cast<size_t>(j + 1) < v && s.w(j + 1) != "and" &&
        !IsAuxiliary(s.w(j + 1)) && !IsAdverb(s.w(j + 1)) && !s.transparent[j + 1]) {
      // "said they will attack", "said that it had": the pronoun is the speaker, found further left.
      size_t q = static_cast<size_t>(j) + 1;
      if (s.w(q) == "that" && q + 1 < v) ++q;
      const std::string_view pr = s.w(q);
      if (pr != "he" && pr != "she" && pr != "it" && pr != "they" && pr != "we") return -1;
    }
  }
  return -1;
}

int FindObject(const SentenceView& s, size_t from, size_t max_skip) {
  for (size_t k = from; k < s.n && k <= from + max_skip; ++k) {
    if (s.transparent[k]) {
      ++max_skip;
      continue;
    }
    int m = s.mention_at[k];
    if (m >= 0) return m;  // an adjective counts too: "shelled Cambodian positions" is against Cambodia
    std::string_view w = s.w(k);
    if (w == "-" && k > 0 && s.toks[k].begin == s.toks[k - 1].end) continue;  // "an anti- Gondor parade"
    // "let up to 900 Rohan farmers cross": "up to" before a number is part of the amount, no preposition.
    if (w == "up" && k + 2 < s.n && s.w(k + 1) == "to" && s.toks[k + 2].Is(text::kNumber)) {
      ++k;
      max_skip += 2;
      continue;
    }
    if (s.toks[k].Is(text::kPunct) || IsClauseBoundary(w) || (IsPreposition(w) && w != "of") || w == "and")
      return -1;
  }
  return -1;
}

namespace {

// A lower-case word that may stand between a conjunction and the actor it joins ("and the evil awful
// Gondor"): no actor, punctuation, function word or capitalised word.
bool IsModifier(const SentenceView& s, int j) {
  if (j < 0 || static_cast<size_t>(j) >= s.n || s.mention_at[j] >= 0) return false;
  if (s.toks[j].Is(text::kPunct) || s.toks[j].Is(text::kCap) || s.toks[j].Is(text::kNumber)) return false;
  std::string_view w = s.w(j);
  return w != "and" && w != "or" && w != "the" && w != "a" && w != "an" && !IsPreposition(w) && !IsAuxiliary(w) &&
         !IsClauseBoundary(w) && !IsAdverbWord(w);
}

// Up to two modifiers leftwards from j ("awful" in "the awful Fornost"): the index left of them.
int SkipModifiersLeft(const SentenceView& s, int j) {
  for (int steps = 0; steps < 2 && IsModifier(s, j); ++steps) --j;
  return j;
}

}  // namespace

std::vector<int> Coordinated(const SentenceView& s, int m) {
  // "the two sides": one span, several mentions. A place read as an actor ("protested in Beijing": China)
  // is one reading of its span, not another member ("Beijing": China's government).
  std::vector<int> same;
  for (size_t k = 0; k < s.mentions.size(); ++k)
    if (s.mentions[k].first == s.mentions[m].first && s.mentions[k].last == s.mentions[m].last &&
        s.mentions[k].implied == s.mentions[m].implied && !s.mentions[k].place)
      same.push_back(static_cast<int>(k));
  if (same.size() > 1) return same;
  std::vector<int> out{m};
  // Leftwards: "A, B and C" ending at m. The separator next to m must be "and": "the US commander in
  // Iraq, General Petraeus" is an apposition, not a list.
  int cur = m;
  while (true) {
    int k = SkipModifiersLeft(s, s.mentions[cur].first - 1);  // "A and the evil B"
    if (k >= 2 && s.w(k) == "the" && (s.w(k - 1) == "and" || s.w(k - 1) == ",")) --k;  // "A and the B"
    if (k < 1 || !(s.w(k) == "and" || (s.w(k) == "," && cur != m))) break;
    if (s.w(k) == "and" && k >= 2 && s.w(k - 1) == ",") {
      // "A, B, and C" (a list of three or more), not ", and" opening a new clause.
      int b = s.mention_at[k - 2];
      int before_b = b >= 0 ? SkipModifiersLeft(s, s.mentions[b].first - 1) : -1;  // "A, the awful B, and C"
      if (before_b >= 1 && s.w(before_b) == "the") --before_b;
      if (b < 0 || before_b < 1 || s.w(before_b) != "," || s.mention_at[before_b - 1] < 0) break;
      --k;
    }
    int prev = s.mention_at[k - 1];
    if (prev < 0 || s.mentions[prev].adjective_only) break;
    out.insert(out.begin(), prev);
    cur = prev;
  }
  // Rightwards: "A and B" (not ", and", which usually starts a clause).
  cur = m;
  while (true) {
    size_t k = static_cast<size_t>(s.mentions[cur].last);
    if (k + 1 >= s.n || s.w(k) != "and") break;
    size_t j = k + 1;
    if (j < s.n && s.w(j) == "the") ++j;
    for (int steps = 0; steps < 2 && IsModifier(s, static_cast<int>(j)); ++steps) ++j;  // "A and the evil B"
    if (j >= s.n) break;
    int next = s.mention_at[j];
    if (next < 0 || next == cur || s.mentions[next].adjective_only || s.mentions[next].first != static_cast<int>(j)) break;
    out.push_back(next);
    cur = next;
  }
  return out;
}

bool IsPassive(const SentenceView& s, size_t v, bool participle_form) {
  if (!participle_form) return false;
  // "a teenager shot by police": a participle with its agent after a noun.
  size_t a = v + 1;
  while (a < s.n && s.transparent[a]) ++a;
  if (a < s.n && s.w(a) == "by" && v > 0 && !IsAuxiliary(s.w(v - 1)) && s.w(v - 1) != "has" &&
      s.w(v - 1) != "have" && s.w(v - 1) != "had" && !s.toks[v - 1].Is(text::kPunct))
    return true;
  // "Russian soldiers killed in Ukraine": a verb that needs its object, right after an actor and followed by
  // a place or time, is a participle describing that actor.
  static const WordSet kNeedsObject{"killed", "wounded", "injured", "arrested", "detained", "captured", "abducted",
                                    "kidnapped", "executed", "jailed", "imprisoned", "deported", "expelled"};
  static const WordSet kAfter{"in", "during", "near", "at", "on", "while", "when", "after", "outside", "inside"};
  if (a < s.n && v > 0 && s.mention_at[v - 1] >= 0 && kNeedsObject.count(s.w(v)) && kAfter.count(s.w(a)))
    return true;
  // "a militant jailed two years ago, ...": with no object before the clause ends, the same.
  size_t e = a;
  if (e + 1 < s.n && (s.w(e) == "over" || s.w(e) == "about" || s.w(e) == "nearly") && s.transparent[e + 1]) {
    ++e;
    while (e < s.n && s.transparent[e]) ++e;
  }
  // "a Hamas member jailed in 2007": a lower-case noun after the actor may stand between.
  const bool after_actor = v > 0 && (s.mention_at[v - 1] >= 0 || (v > 1 && s.mention_at[v - 2] >= 0 &&
                                                                  !s.toks[v - 1].Is(text::kCap) &&
                                                                  !s.toks[v - 1].Is(text::kPunct) &&
                                                                  !IsAuxiliary(s.w(v - 1)) && !IsAdverb(s.w(v - 1))));
  if (after_actor && kNeedsObject.count(s.w(v)) && e > v + 1 &&
      (e >= s.n || s.toks[e].Is(text::kPunct) || IsAuxiliary(s.w(e))))
    return true;
  if (after_actor && s.mention_at[v - 1] < 0 && a < s.n && kNeedsObject.count(s.w(v)) && kAfter.count(s.w(a)))
    return true;
  // "officials accused of war crimes", "civilians imprisoned for protesting": a verb whose active form has
  // its object before this preposition.
  if (a < s.n && v > 0 && s.mention_at[v - 1] >= 0) {
    std::string_view verb = s.w(v), prep = s.w(a);
    if ((prep == "of" && (verb == "accused" || verb == "suspected" || verb == "convicted")) ||
        (prep == "with" && verb == "charged") ||
        (prep == "for" && (verb == "jailed" || verb == "imprisoned" || verb == "detained" || verb == "arrested" ||
                           verb == "sentenced" || verb == "punished" || verb == "prosecuted")))
      return true;
  }
  // "warships are headed to the Gulf": the subject goes; no one heads it.
  if (s.w(v) == "headed" && a < s.n && s.w(a) != "by") return false;
  for (int j = static_cast<int>(v) - 1, steps = 0; j >= 0 && steps < 4; --j, ++steps) {
    std::string_view w = s.w(j);
    if (IsBe(w)) return true;
    if (w == "not" || w == "n't" || IsAdverb(w)) continue;
    return false;
  }
  return false;
}

namespace {

bool SpeechBefore(const SentenceView& s, size_t j) {
  for (size_t k = 0; k < j; ++k)
    if (IsSpeechVerb(s.w(k))) return true;
  return false;
}

// "hoped the officials would be charged", "wishes they would leave": a wish nearer to "would" than any
// reporting verb makes what follows wished for, not announced.
bool WishBefore(const SentenceView& s, size_t j) {
  static constexpr std::array<std::string_view, 10> kW = {"hope", "hopes", "hoped", "hoping", "wish",
                                                          "wishes", "wished", "wishing", "prayed", "prays"};
  for (size_t k = j; k-- > 0;) {
    if (IsSpeechVerb(s.w(k))) return false;
    if (std::find(kW.begin(), kW.end(), s.w(k)) != kW.end()) return true;
  }
  return false;
}

}  // namespace

Modality ModalityOf(const SentenceView& s, size_t v, size_t clause_start) {
  bool negated = false, hypothetical = false, future = false;
  size_t lo = v > 7 ? v - 7 : 0;
  lo = std::max(lo, clause_start);
  for (size_t j = v; j-- > lo;) {
    std::string_view w = s.w(j);
    if (s.mention_at[j] >= 0) break;  // the subject: modality words come between it and the verb
    // "will pull out its troops and free the prisoners": a verb joined by "and" to the verb phrase before it
    // (no subject of its own) shares that phrase's auxiliary.
    bool joined = (w == "and" || w == "or") && j > 0 && !s.toks[j - 1].Is(text::kPunct);
    for (size_t q = j + 1; joined && q < v; ++q) joined = IsAdverb(s.w(q));
    if (joined) {
      for (size_t k = j, steps = 0; k-- > clause_start && steps < 16; ++steps) {
        std::string_view x = s.w(k);
        if (x == "," || x == ";" || IsClauseBoundary(x) || IsSpeechVerb(x)) break;
        if (s.mention_at[k] >= 0) continue;
        if (x == "not" || x == "n't" || x == "never") negated = true;
        else if (x == "will" || x == "'ll" || x == "shall" || x == "wo") future = true;
        else if (x == "would" && SpeechBefore(s, k) && !WishBefore(s, k)) future = true;
        else if (x == "would" || x == "could" || x == "might" || x == "may" || x == "should" || x == "must")
          hypothetical = true;
        else continue;
        break;
      }
      break;
    }
    if (w == "not" || w == "n't" || w == "never" || w == "nor" || w == "neither" || w == "without") negated = true;
    else if (w == "no" && j + 1 < s.n && s.w(j + 1) == "longer") negated = true;
    else if (w == "no" && j + 1 == v) negated = true;  // "no plans to meet", "no talks"
    else if (w == "will" || w == "'ll" || w == "shall" || w == "wo") future = true;
    else if (w == "would" && SpeechBefore(s, j) && !WishBefore(s, j)) future = true;  // "said he would visit": future in the past
    else if (w == "would" || w == "could" || w == "might" || w == "may" || w == "should" || w == "must") hypothetical = true;
    else if (w == "potential" || w == "possible" || w == "proposed" || w == "prospective") hypothetical = true;
    else if (w == "planned" || w == "plans" || w == "plan" || w == "intends" || w == "intend" || w == "preparing" ||
             w == "prepares" || w == "prepare" || w == "expected" || w == "set" || w == "future" || w == "upcoming")
      future = true;
    else if (w == "to" && j > 0 && (s.w(j - 1) == "failed" || s.w(j - 1) == "fails" || s.w(j - 1) == "fail" ||
                                    s.w(j - 1) == "failing")) negated = true;  // "failed to reach agreement"
    else if (w == "to" && j + 1 == v) future = true;   // infinitive: wanted, asked or agreed, not done
    else if (w == "to" && j + 2 == v && IsAdverb(s.w(j + 1))) future = true;
  }
  // Conditionals and denials govern the whole clause or sentence before the event.
  for (size_t j = 0; j < v; ++j) {
    std::string_view w = s.w(j);
    if ((w == "if" || w == "unless") && j >= clause_start) hypothetical = true;
    if (w == "denied" || w == "denies" || w == "deny" || w == "denying") {  // "denied supplying weapons"
      bool that = false;
      for (size_t k = j + 1; k < v; ++k) that = that || s.w(k) == "that";
      if (that || j + 2 >= v) negated = true;
    }
    if (w == "were" && j + 1 < s.n && s.w(j + 1) == "to" && j >= clause_start) hypothetical = true;
  }
  if (negated) return Modality::kNegated;
  if (hypothetical) return Modality::kHypothetical;
  if (future) return Modality::kFuture;
  return Modality::kAsserted;
}

bool IsReporting(const SentenceView& s, size_t k) {
  std::string_view w = s.w(k);
  // A word of a name is no verb ("the United States", "Tells Point").
  if (s.mention_at[k] >= 0 || (k > 0 && s.toks[k].Is(text::kCap))) return false;
  if (w == "reported" || w == "reports" || w == "confirmed" || w == "announced" || w == "announces" ||
      w == "declared" || w == "declares") {
    // Only as a reporting verb: "X reported that ...", "..., Chancellor Scholz announced."
    return k + 1 >= s.n || s.w(k + 1) == "that" || s.w(k + 1) == "," || s.w(k + 1) == "." || s.w(k + 1) == "\"";
  }
  return IsSpeechVerb(w);
}

std::vector<Speech> FindSpeech(const SentenceView& s) {
  std::vector<Speech> out;
  for (size_t k = 0; k < s.n; ++k) {
    std::string_view w = s.w(k);
    if (!IsReporting(s, k)) continue;
    Speech sp;
    sp.verb = k;
    if (w == "according") {
      if (k + 1 >= s.n || s.w(k + 1) != "to") continue;
      sp.speaker = FindObject(s, k + 2, 2);
      if (sp.speaker < 0) {
        size_t a = k + 2, b = a;
        while (b < s.n && s.toks[b].Is(text::kCap)) ++b;
        if (b > a) sp.speaker_first = static_cast<int>(a), sp.speaker_last = static_cast<int>(b);
      }
    } else {
      // "..., said the ministry" / "..., said Smith": the speaker follows. Time words ("said Wednesday")
      // are skipped.
      bool inverted = k > 0 && (s.w(k - 1) == "," || s.w(k - 1) == "\"");
      size_t after = k + 1;
      while (after < s.n && s.transparent[after]) ++after;
      if (inverted) {
        sp.speaker = FindObject(s, after, 1);
        if (sp.speaker < 0) {
          size_t d = after;
          while (d < s.n && s.toks[d].Is(text::kCap) && !s.transparent[d]) ++d;
          if (d > after) sp.speaker_first = static_cast<int>(after), sp.speaker_last = static_cast<int>(d);
        }
      }
      // "..., local sources said": a speaker that is no actor stands right before the verb; an actor
      // further left ("dozens of civilians") did not say it.
      size_t b = k;
      while (b > 0 && s.transparent[b - 1]) --b;
      if (sp.speaker < 0 && sp.speaker_first < 0 && b > 0 && s.mention_at[b - 1] < 0 &&
          !s.toks[b - 1].Is(text::kPunct) && !s.toks[b - 1].Is(text::kCap) && !IsAuxiliary(s.w(b - 1)) &&
          !IsAdverb(s.w(b - 1)) && !IsClauseBoundary(s.w(b - 1)) && s.w(b - 1) != "also") {
        size_t a = b - 1;
        while (a > 0 && s.mention_at[a - 1] < 0 && !s.toks[a - 1].Is(text::kPunct) &&
               !IsClauseBoundary(s.w(a - 1)) && !IsPreposition(s.w(a - 1)) && b - a < 5)
          --a;
        sp.speaker_first = static_cast<int>(a);
        sp.speaker_last = static_cast<int>(b);
      }
      if (sp.speaker < 0 && sp.speaker_first < 0) sp.speaker = FindSubject(s, k);
      if (sp.speaker < 0 && sp.speaker_first < 0) {
        // Unknown names just before: "Al-Araji said".
        int b = static_cast<int>(k) - 1;
        int a = b;
        while (a >= 0 && s.toks[a].Is(text::kCap) && !s.toks[a].Is(text::kPunct) && !s.transparent[a]) --a;
        if (a < b) sp.speaker_first = a + 1, sp.speaker_last = b + 1;
      }
    }
    if (sp.speaker >= 0) {
      sp.speaker_first = s.mentions[sp.speaker].first;
      sp.speaker_last = s.mentions[sp.speaker].last;
    }
    out.push_back(sp);
  }
  return out;
}

}  // namespace dyad::syntax
