#include "code/coder.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>

#include "code/frames.h"
#include "resolve/places.h"
#include "resolve/timex.h"
#include "syntax/clause.h"
#include "util/word_set.h"

namespace dyad::code {

namespace {

using lexicon::Form;
using lexicon::PatternElem;
using lexicon::VerbPattern;
using syntax::Mention;
using syntax::SentenceView;

struct Match {
  int pattern = -1;
  size_t head = 0;
  size_t end = 0;
  int target = -1;
  int source = -1;        // a `$` slot of a TABARI/PETRARCH pattern ("freed from X")
  size_t target_pos = 0;  // where the target slot began (also when no actor filled it)
  bool target_before = false;  // the target filled a `+` slot before the head ("SUGGESTED_+ * DEMAND")
  int literals = 0;
  int letters = 0;     // letters of the pattern words that matched: breaks ties ("RESISTANCE" over "RESIST")
  int role_noun = -1;  // mention whose head noun a pattern word matched ("expelled Russian diplomats")
  Form form = Form::kBase;
  int score = 0;
};

bool IsStop(std::string_view w) {
  return w == ";" || w == "." || w == ":" || w == "\"" || w == "!" || w == "?";
}

// Is token k a lower-case word of an actor mention that a pattern word may match ("troops" in "U.S. troops")?
// Also the words after it when the actor was composed with them ("troops from Lebanon" in "withdrew troops
// from Lebanon"); never a name or a pronoun.
bool RoleNounHead(const SentenceView& s, size_t k) {
  const Mention& m = s.mentions[s.mention_at[k]];
  std::string_view w = s.w(k);
  return !m.person && !s.toks[k].Is(text::kCap) && w != "its" && w != "their" && w != "it" && w != "they" &&
         w != "his" && w != "her";
}

// The nationality right before a noun that is no actor itself ("freed Palestinian prisoners", "the Russian
// building was demolished"): the adjective-only mention ending at k, or -1. Arms are not their maker's
// targets ("fired Iranian rockets"): none for force (19).
int AdjectiveOf(const SentenceView& s, const VerbPattern& p, size_t k) {
  if (k == 0 || s.mention_at[k - 1] < 0 || p.code.rfind("19", 0) == 0) return -1;
  const Mention& a = s.mentions[s.mention_at[k - 1]];
  return a.adjective_only && !a.country.empty() && static_cast<size_t>(a.last) == k ? s.mention_at[k - 1] : -1;
}

// "Palestinian prisoners rioted", "Russian missiles struck Kyiv": a subject that is no actor, right before
// the verb (and its auxiliaries), acts for the nationality that describes it; -1 if there is none.
int SubjectNationality(const SentenceView& s, size_t head) {
  size_t j = head;
  while (j > 0 && (syntax::IsAuxiliary(s.w(j - 1)) || syntax::IsAdverbWord(s.w(j - 1)))) --j;
  if (j < 2 || s.mention_at[j - 1] >= 0) return -1;
  const int a = s.mention_at[j - 2];
  if (a < 0 || !s.mentions[a].adjective_only || s.mentions[a].country.empty() ||
      static_cast<size_t>(s.mentions[a].last) != j - 1)
    return -1;
  return a;
}

// Does the protest verb at `head` report what was said: "that" follows it, or it closes the sentence after a
// comma ("..., Gondor protested here on Monday.") with nothing but time and place words after it?
bool ProtestReportsSpeech(const SentenceView& s, size_t head) {
  if (head + 1 < s.n && s.w(head + 1) == "that") return true;
  for (size_t k = head + 1; k < s.n; ++k) {
    std::string_view w = s.w(k);
    if (s.transparent[k] || w == "here" || w == "there" || w == "again" || w == "." || w == "\"" || w == "'")
      continue;
    return false;
  }
  // The speaker is a short noun phrase right after the comma, and what was said comes before it: no "and"
  // joining a second clause, no sentence opening with a preposition ("In Lima, students protested").
  if (s.n == 0 || syntax::IsPreposition(s.w(0)) || syntax::IsClauseBoundary(s.w(0))) return false;
  for (size_t k = head, steps = 0; k-- > 0 && steps < 8; ++steps) {
    std::string_view w = s.w(k);
    if (w == ",") return k > 2;
    if (w == "and" || w == "but" || w == "while" || syntax::IsClauseBoundary(w)) return false;
  }
  return false;
}

// "In a letter to the Arab League, Gondor said ...": a statement noun opening the sentence is the medium of the
// reporting verb after its comma, and what was said is reported speech like "Iraq told the U.N.", no event.
bool MediumOfSpeech(const SentenceView& s, size_t head) {
  if (head > 4 || s.w(0) != "in") return false;
  size_t k = head + 1;
  while (k < s.n && k <= head + 12 && s.w(k) != ",") ++k;
  for (size_t j = k + 1; j < s.n && j <= k + 8; ++j) {
    if (syntax::IsReporting(s, j)) return true;
    if (s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(s.w(j))) return false;
  }
  return false;
}

// Does the pattern name military exercises ("stage * war games/exercises/drills")?
bool Exercises(const VerbPattern& p) {
  for (const PatternElem& el : p.rest)
    for (const std::string& a : el.alternatives)
      if (a == "exercises" || a == "exercise" || a == "drills" || a == "games" || a == "wargames" ||
          a == "maneuvers" || a == "manoeuvres")
        return true;
  return false;
}

// "is guilty of violating": a gerund its subject is said to have done ("held responsible for" is only blame).
bool GuiltyOf(const SentenceView& s, size_t k) { return k >= 2 && s.w(k - 1) == "of" && s.w(k - 2) == "guilty"; }

// A noun naming one person of political standing ("minister", "mayor", "chief").
bool IsLeaderNoun(std::string_view w) {
  static const WordSet kWords{"minister", "president", "premier", "leader", "chief", "governor", "mayor",
                              "senator", "lawmaker", "judge", "prosecutor", "commander", "chairman", "head",
                              "spokesman", "ambassador", "envoy", "king", "prince", "cleric", "imam"};
  return kWords.count(w);
}

// Is the one killed (`t`, the target of the verb at `head`) a person of political standing: a named person, a
// "minister", or the "deputy chief" of the actor named after "of" (not "the sons of the president")?
bool KilledALeader(const SentenceView& s, size_t head, const Mention& t) {
  const size_t f = static_cast<size_t>(t.first);
  if (f >= 2 && f > head + 2 && s.w(f - 1) == "of") return IsLeaderNoun(s.w(f - 2));
  for (size_t k = f; k + 1 < static_cast<size_t>(t.last); ++k)  // "the commander of Peru's navy" as one actor
    if (s.w(k + 1) == "of") return IsLeaderNoun(s.w(k));
  return t.person || IsLeaderNoun(s.w(t.last - 1));
}

// A word of an amount: a number ("25,000", "70") or a word that counts or measures ("nearly", "million",
// "tons"). A pattern's `*` passes over these without counting them.
bool IsAmountWord(const SentenceView& s, size_t k) {
  static const WordSet kWords{"about", "nearly", "some", "around", "almost", "approximately", "roughly", "more",
                              "than", "least", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                              "millions", "billion", "billions", "tons", "tonnes", "dollars", "euros", "barrels"};
  return s.toks[k].Is(text::kNumber) || kWords.count(s.w(k));
}

bool IsNumberOrPossessive(std::string_view w) {
  static const WordSet kWords{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "its",
                              "their", "his", "her", "our"};
  return kWords.count(w);
}

// The author in "the allegations by X", "as baseless claims from X" starting at token `from`, or -1.
int AuthorOfStatement(const SentenceView& s, size_t from) {
  static const WordSet kStatements{"allegation", "allegations", "accusation", "accusations", "claim", "claims",
                                   "charge", "charges", "remark", "remarks", "statement", "statements",
                                   "comment", "comments", "criticism", "demand", "demands", "proposal",
                                   "proposals", "assertion", "assertions"};
  auto quote = [](std::string_view w) { return w.find_first_not_of("`'\"") == std::string_view::npos; };
  for (size_t k = from, steps = 0; k + 2 < s.n && steps < 8; ++k, ++steps) {
    if (s.mention_at[k] >= 0) return -1;
    std::string_view w = s.w(k);
    if (kStatements.count(w)) {
      if (s.w(k + 1) != "by" && s.w(k + 1) != "from") return -1;
      return syntax::FindObject(s, k + 2, 2);
    }
    if (s.toks[k].Is(text::kCap) || syntax::IsClauseBoundary(w) || (syntax::IsPreposition(w) && w != "as") ||
        (s.toks[k].Is(text::kPunct) && !quote(w)))
      return -1;
  }
  return -1;
}

// The actor after "by" following a passive verb that ends at `from` ("... was freed by the army"), or -1.
int ByAgent(const SentenceView& s, size_t from) {
  for (size_t k = from; k < s.n && k <= from + 6 && !syntax::IsAuxiliary(s.w(k)); ++k)
    if (s.w(k) == "by") return syntax::FindObject(s, k + 1, 2);
  return -1;
}

// Is `w` a form of some verb in the pattern dictionary (not only an event noun)?
bool IsVerbForm(const Lexicon& lex, std::string_view w) {
  const auto* hits = lex.verbs.Lookup(w);
  if (!hits) return false;
  for (const lexicon::FormHit& h : *hits)
    if (!lex.verbs.patterns()[h.pattern].nominal) return true;
  return false;
}

bool MatchElems(const SentenceView& s, const VerbPattern& p, size_t e, size_t pos, bool nominal_head, Match* m) {
  const size_t at = pos;
  while (pos < s.n && s.transparent[pos]) ++pos;  // "imposed sanctions on Thursday on two refineries"
  if (e == p.rest.size()) {
    m->end = pos;
    return true;
  }
  const PatternElem& el = p.rest[e];
  switch (el.kind) {
    case PatternElem::Kind::kWord: {
      // A time word a TABARI/PETRARCH pattern names itself ("SAID WOULD * NOW") is matched, not passed over.
      if (p.next_actor_is_target && at < pos && el.Matches(s.w(at))) {
        Match save = *m;
        ++m->literals;
        if (MatchElems(s, p, e + 1, at + 1, false, m)) return true;
        *m = save;
      }
      // An event noun may be separated from its preposition ("attacks by Iran ... targeting U.S. bases");
      // a verb from its particle by one word at most ("called again on").
      size_t max_gap = nominal_head ? 12 : (e == 0 ? 1 : 0);
      for (size_t g = 0; g <= max_gap && pos + g < s.n; ++g) {
        size_t k = pos + g;
        if (g > 0) {
          std::string_view prev = s.w(k - 1);
          if (IsStop(prev) || (syntax::IsClauseBoundary(prev) && prev != "that")) break;
          if (!nominal_head && (s.mention_at[k - 1] >= 0 || s.toks[k - 1].Is(text::kPunct))) break;
        }
        // A pattern word may be the head noun of an actor named by its role ("deployed troops", "expelled
        // Russian diplomats"), never a name.
        if (s.mention_at[k] >= 0 && !RoleNounHead(s, k)) continue;
        if (s.transparent[k]) continue;  // "a bombing near Samarra on Sunday": the "on" of a time is no pattern word
        // "a bombing near the town of Samarra": "of" belongs to the noun right before it.
        if (g > 0 && s.w(k) == "of" && s.mention_at[k - 1] < 0) continue;
        if (!el.Matches(s.w(k))) continue;
        Match save = *m;
        ++m->literals;
        for (const std::string& st : el.stems)
          if (s.w(k).substr(0, st.size()) == st) m->letters = std::max(m->letters, save.letters + static_cast<int>(st.size()));
        if (std::find(el.alternatives.begin(), el.alternatives.end(), s.w(k)) != el.alternatives.end())
          m->letters = save.letters + static_cast<int>(s.w(k).size());
        if (s.mention_at[k] >= 0) m->role_noun = s.mention_at[k];
        else if (const int a = AdjectiveOf(s, p, k); a >= 0)
          m->role_noun = a;  // "freed Palestinian prisoners": whose the pattern's noun is
        if (MatchElems(s, p, e + 1, k + 1, false, m)) return true;
        *m = save;
      }
      return false;
    }
    case PatternElem::Kind::kTarget: {
      m->target_pos = pos;
      int t = syntax::FindObject(s, pos, 3);
      if (t >= 0) {
        Match save = *m;
        m->target = t;
        int last = syntax::Coordinated(s, t).back();  // "urged Thailand and Cambodia to ..."
        const size_t after = static_cast<size_t>(s.mentions[last].last);
        if (MatchElems(s, p, e + 1, after, false, m)) return true;
        // "allowed farmers who had fled the war to return", "pressed workers of the Rohan Mill Company (RMC)
        // to end": the pattern goes on after a relative clause or an "of" phrase on the target, within a dozen
        // words and no punctuation but brackets.
        if (e + 1 < p.rest.size() && p.rest[e + 1].kind == PatternElem::Kind::kWord && after < s.n &&
            (s.w(after) == "who" || s.w(after) == "which" || s.w(after) == "of")) {
          const bool of = s.w(after) == "of";
          for (size_t q = after + 2; q < s.n && q <= after + 12; ++q) {
            std::string_view prev = s.w(q - 1);
            if (prev == "(") {
              while (q < s.n && q <= after + 12 && s.w(q) != ")") ++q;
              continue;
            }
            if (s.toks[q - 1].Is(text::kPunct) && prev != ")") break;
            if (of && (syntax::IsClauseBoundary(prev) || syntax::IsAuxiliary(prev))) break;
            if (p.rest[e + 1].Matches(s.w(q)) && MatchElems(s, p, e + 1, q, false, m)) return true;
          }
        }
        *m = save;
      }
      // "return to Lucerne for talks": a name after "to"/"in"/"at" that is no actor may be a place standing for
      // its country (found later from the target's position); the pattern goes on after it.
      if (t < 0 && e > 0 && e + 1 < p.rest.size() && p.rest[e - 1].kind == PatternElem::Kind::kWord &&
          (p.rest[e - 1].Matches("to") || p.rest[e - 1].Matches("in") || p.rest[e - 1].Matches("at"))) {
        size_t q = pos;
        while (q < s.n && q < pos + 3 && s.toks[q].Is(text::kCap) && !s.toks[q].Is(text::kPunct) &&
               s.mention_at[q] < 0)
          ++q;
        if (q > pos && MatchElems(s, p, e + 1, q, false, m)) return true;
      }
      if (e + 1 == p.rest.size()) {  // a target that is no actor ("a crackdown on protests"): one-sided
        m->end = pos;
        return true;
      }
      return false;
    }
    case PatternElem::Kind::kSource: {  // TABARI/PETRARCH `$` after the verb
      int o = syntax::FindObject(s, pos, 3);
      if (o < 0) return false;
      Match save = *m;
      m->source = o;
      if (MatchElems(s, p, e + 1, static_cast<size_t>(s.mentions[syntax::Coordinated(s, o).back()].last), false, m))
        return true;
      *m = save;
      return false;
    }
    case PatternElem::Kind::kSkipActor:  // the next actor, within a few words, is passed over
      for (size_t g = 0; g <= 4 && pos + g < s.n; ++g) {
        if (g > 0 && (s.toks[pos + g - 1].Is(text::kPunct) || syntax::IsClauseBoundary(s.w(pos + g - 1)))) break;
        if (const int a = s.mention_at[pos + g]; a >= 0)
          return MatchElems(s, p, e + 1, static_cast<size_t>(s.mentions[a].last), false, m);
      }
      return false;
    case PatternElem::Kind::kSkip: {
      if (p.next_actor_is_target && at < pos && MatchElems(s, p, e + 1, at, false, m))
        return true;  // the next word may be the time word
      // Up to four words are passed over (six for TABARI/PETRARCH); the words of an amount are not counted
      // ("provide nearly 25,000 tons of food aid", "send some 3,000 more troops").
      const size_t limit = p.next_actor_is_target ? 6 : 4;
      for (size_t g = 0, counted = 0; counted <= limit && g <= limit + 6 && pos + g <= s.n; ++g) {
        std::string_view prev = g > 0 ? s.w(pos + g - 1) : std::string_view();
        if (g > 0 && (s.toks[pos + g - 1].Is(text::kPunct) ||
                      (syntax::IsClauseBoundary(prev) && !(p.next_actor_is_target && prev == "that"))))
          break;
        if (g > 0 && !IsAmountWord(s, pos + g - 1) && ++counted > limit) break;
        if (MatchElems(s, p, e + 1, pos + g, false, m)) return true;
      }
      return false;
    }
  }
  return false;
}

// "The curfew was lifted by the army", "the prisoners were freed": a pattern `verb * noun` whose noun is the
// passive subject, up to six words before the auxiliary.
bool PassiveMatch(const SentenceView& s, const VerbPattern& p, size_t k, Match* m) {
  if (p.nominal || !(m->form == Form::kParticiple || m->form == Form::kPastOrParticiple) || k < 2) return false;
  // The pattern's words after a leading `*`, matched in a row ("declare * state of emergency").
  std::vector<const PatternElem*> words;
  for (const PatternElem& el : p.rest) {
    if (el.kind == PatternElem::Kind::kSkip && words.empty()) continue;
    if (el.kind != PatternElem::Kind::kWord) return false;
    words.push_back(&el);
  }
  if (words.empty()) return false;
  size_t aux = k - 1;
  while (aux > 0 && syntax::IsAdverbWord(s.w(aux))) --aux;
  std::string_view be = s.w(aux);
  if (!(be == "was" || be == "were" || be == "been" || be == "being" || be == "is" || be == "are" || be == "be"))
    return false;
  for (size_t j = aux, steps = 0; j-- > 0 && steps < 6; ++steps) {
    std::string_view w = s.w(j);
    if (IsStop(w) || w == "," || syntax::IsClauseBoundary(w)) break;
    if (j + words.size() > aux) continue;
    bool all = true;
    for (size_t q = 0; q < words.size() && all; ++q)
      all = (s.mention_at[j + q] < 0 || RoleNounHead(s, j + q)) && words[q]->Matches(s.w(j + q));
    if (!all) continue;
    m->literals = static_cast<int>(words.size());
    if (s.mention_at[j] >= 0) m->role_noun = s.mention_at[j];
    m->end = k + 1;
    return true;
  }
  return false;
}

// The words a pattern wants before its head (TABARI/PETRARCH "NOT *", "SAID * TO"), matched leftwards from
// `pos`: elements [0, e) of p.before end right before `pos`. A `+` or `$` slot there ("SUGGESTED_+ * DEMAND")
// is the actor that ends right before `pos`.
bool MatchBefore(const SentenceView& s, const VerbPattern& p, size_t e, size_t pos, Match* m) {
  if (e == 0) return true;
  const PatternElem& el = p.before[e - 1];
  if (el.kind == PatternElem::Kind::kSkip || el.kind == PatternElem::Kind::kSkipActor) {
    for (size_t g = 0; g <= 4 && g <= pos; ++g) {
      if (g > 0 && (s.toks[pos - g].Is(text::kPunct) || syntax::IsClauseBoundary(s.w(pos - g)))) break;
      if (MatchBefore(s, p, e - 1, pos - g, m)) return true;
    }
    return false;
  }
  if (el.kind == PatternElem::Kind::kTarget || el.kind == PatternElem::Kind::kSource) {
    if (pos == 0 || s.mention_at[pos - 1] < 0) return false;
    const int a = s.mention_at[pos - 1];
    Match save = *m;
    (el.kind == PatternElem::Kind::kTarget ? m->target : m->source) = a;
    if (el.kind == PatternElem::Kind::kTarget) m->target_before = true;
    if (MatchBefore(s, p, e - 1, static_cast<size_t>(s.mentions[a].first), m)) return true;
    *m = save;
    return false;
  }
  if (pos == 0 || el.kind != PatternElem::Kind::kWord || s.mention_at[pos - 1] >= 0 || !el.Matches(s.w(pos - 1)))
    return false;
  ++m->literals;
  return MatchBefore(s, p, e - 1, pos - 1, m);
}

// Is the event noun at `k` what someone asks for ("called for nationwide protests", "demanded the release")?
bool CalledFor(const SentenceView& s, size_t k) {
  for (size_t j = k, steps = 0; j-- > 0 && steps < 4; ++steps) {
    std::string_view w = s.w(j);
    if (w == "for" && j > 0) {
      std::string_view v = s.w(j - 1);
      return v == "call" || v == "calls" || v == "called" || v == "calling" || v == "appeal" || v == "appealed" ||
             v == "appeals" || v == "pushed" || v == "pushing" || v == "pressed" || v == "pressing";
    }
    if (w == "demanded" || w == "demand" || w == "demands" || w == "demanding" || w == "urged" || w == "urging")
      return true;
    if (s.mention_at[j] >= 0 || s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(w)) return false;
  }
  return false;
}

// Is the verb at `k` what an appeal or demand asks for ("an appeal from Gbagbo to lay down their arms", "a
// call to release the prisoners")? The asking is the event; this is not.
bool AskedToDo(const SentenceView& s, size_t k) {
  if (k < 2 || s.w(k - 1) != "to") return false;
  static const WordSet kAsk(std::array<std::string_view, 16>{
      "appeal", "appeals", "call", "calls", "demand", "demands", "request", "requests", "plea", "pleas",
      "ultimatum", "order", "orders", "invitation", "pressure", "instructions"});
  for (size_t j = k - 1, steps = 0; j-- > 0 && steps < 8; ++steps) {
    std::string_view w = s.w(j);
    if (kAsk.count(w)) return true;
    if (s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(w) || syntax::IsAuxiliary(w)) return false;
  }
  return false;
}

// Nature and accidents, which are no actors ("the storm", "the plane crash").
bool IsNatureWord(std::string_view w) {
  static const WordSet kNature(std::array<std::string_view, 40>{
      "storm",   "storms",     "hurricane", "typhoon",  "cyclone",  "earthquake", "quake",    "earthquakes",
      "flood",   "floods",     "flooding",  "tornado",  "tornadoes", "wildfire", "wildfires", "fire",
      "fires",   "drought",    "virus",     "pandemic", "epidemic", "outbreak",  "disease",  "tsunami",
      "landslide", "landslides", "avalanche", "heatwave", "blizzard", "rains",   "winds",    "cholera",
      "crash",   "crashes",    "accident",  "accidents", "collapse", "derailment", "stampede", "shipwreck"});
  return kNature.count(w);
}

// "killed by the Malaysia Airlines crash": the "by" phrase at `by` names an accident, not who did it.
bool NaturalAgent(const SentenceView& s, size_t by) {
  for (size_t k = by + 1; k < s.n && k <= by + 8; ++k) {
    std::string_view w = s.w(k);
    if (IsNatureWord(w)) return true;
    if (s.toks[k].Is(text::kPunct) || syntax::IsPreposition(w) || syntax::IsClauseBoundary(w)) break;
  }
  return false;
}

// Is the verb at `head` done by nature ("the storm struck Florida", "floods hit Kenya")?
bool NaturalSubject(const SentenceView& s, size_t head) {
  for (size_t j = head, steps = 0; j-- > 0 && steps < 3; ++steps) {
    std::string_view w = s.w(j);
    if (IsNatureWord(w)) return true;
    if (!syntax::IsAuxiliary(w) && w != "also" && w != "again" && w != "have" && w != "has") return false;
  }
  return false;
}

bool IsArticle(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "'s" || w == "this" || w == "that" || w == "these";
}

// Is the word at `k` (k >= 2) the noun of a prepositional phrase "in overnight raids" (a preposition, then one
// plain lower-case word)? Set phrases whose noun starts a verb phrase ("in turn threatens") are not.
bool NounAfterPreposition(const SentenceView& s, size_t k) {
  static const WordSet kPreps{"in", "during", "after", "amid", "amidst", "with", "from", "following", "against",
                              "despite", "of", "on", "at", "for", "without"};
  static const WordSet kSetPhrases{"turn", "effect", "part", "fact", "particular", "general", "addition", "short",
                                   "return", "sum", "response", "time", "order", "practice", "principle", "all",
                                   "turns", "course", "person", "public", "private", "contrast", "total", "vain"};
  const std::string_view mid = s.w(k - 1);
  return kPreps.count(s.w(k - 2)) && s.mention_at[k - 1] < 0 && s.mention_at[k - 2] < 0 &&
         !s.toks[k - 1].Is(text::kPunct) && !s.toks[k - 1].Is(text::kCap) && !s.toks[k - 1].Is(text::kNumber) &&
         !s.transparent[k - 1] && !syntax::IsAuxiliary(mid) && !syntax::IsAdverbWord(mid) &&
         !syntax::IsClauseBoundary(mid) && !syntax::IsPreposition(mid) && !IsArticle(mid) && !kSetPhrases.count(mid);
}

// Does the base or -s form at `k` close a noun phrase ("two car bomb attacks", "the truck bomb blast")? The
// phrase opens with a number, a plural quantifier or (for a base form) an article or possessive, and only plain
// singular words stand between (a plural subject would take a base verb: "two soldiers attack").
bool EndsNounPhrase(const SentenceView& s, size_t k, bool third) {
  static const WordSet kPlural{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                               "many", "these", "those", "both", "multiple", "numerous", "dozens", "hundreds"};
  static const WordSet kUncountedPlural{"people", "men", "women", "children", "police", "staff", "youth", "public"};
  size_t plain = 0;
  for (size_t j = k, steps = 0; j-- > 0 && steps < 5; ++steps) {
    std::string_view w = s.w(j);
    const bool number = s.toks[j].Is(text::kNumber) || kPlural.count(w);
    if (number || (!third && IsArticle(w) && w != "that" && w != "'s")) {
      // "the two meet": a number that is itself the subject after "the".
      // "the two bomb blasts": not when a plural noun follows.
      const bool noun_next = k + 1 < s.n && s.mention_at[k + 1] < 0 && !s.toks[k + 1].Is(text::kPunct) &&
                             !s.toks[k + 1].Is(text::kCap) && s.w(k + 1).size() > 3 && s.w(k + 1).back() == 's' &&
                             !s.w(k + 1).ends_with("ss");
      if (number && plain == 0 && j > 0 && (s.w(j - 1) == "the" || s.w(j - 1) == "all") && !noun_next) return false;
      return number || plain > 0;
    }
    if (w == "``" || w == "\"" || w == "`") continue;
    if (s.mention_at[j] >= 0 || s.transparent[j] || s.toks[j].Is(text::kPunct) || s.toks[j].Is(text::kCap) ||
        syntax::IsAuxiliary(w) || syntax::IsAdverbWord(w) || syntax::IsPreposition(w) ||
        syntax::IsClauseBoundary(w) || w == "to" || w == "and" || w == "or" || kUncountedPlural.count(w) ||
        (w.size() > 2 && w.back() == 's' && !w.ends_with("ss")))
      return false;
    ++plain;
  }
  return false;
}

// Does the word at `k` stand between a verb and the noun it describes ("expel exiled leaders")? `*memo`
// (-1 = not yet known) keeps the answer for the other patterns of the same word.
bool AfterVerbBeforeObject(const Lexicon& lex, const SentenceView& s, size_t k, int* memo) {
  if (*memo < 0) {
    const size_t n = s.n;
    const auto& toks = s.toks;
    *memo = k > 0 && k + 1 < n && s.mention_at[k - 1] < 0 &&
            (s.mention_at[k + 1] >= 0 ||
             (!toks[k + 1].Is(text::kPunct) && !toks[k + 1].Is(text::kCap) && !s.transparent[k + 1] &&
              !syntax::IsPreposition(s.w(k + 1)) && !syntax::IsClauseBoundary(s.w(k + 1)) &&
              !syntax::IsAdverbWord(s.w(k + 1)) && !IsArticle(s.w(k + 1)) && s.w(k + 1) != "to")) &&
            !syntax::IsAuxiliary(s.w(k - 1)) && IsVerbForm(lex, s.w(k - 1)) &&
            // the word before is a verb only after "to", an auxiliary or its subject ("a raid killed 12": a noun)
            k >= 2 &&
            (s.w(k - 2) == "to" || syntax::IsAuxiliary(s.w(k - 2)) ||
             (s.mention_at[k - 2] >= 0 && !s.mentions[s.mention_at[k - 2]].adjective_only));
  }
  return *memo == 1;
}

// Source of an event noun: "by X", "X's", an adjacent actor ("Iranian strikes", "U.S. strikes"), else the
// subject of the clause ("the PAK claimed attacks").
// Is the event noun at `head` the object of a verb that judges, reports or suffers someone else's act
// ("condemned the bombing", "investigated the attack", "survived the shelling")?
bool JudgedAct(const SentenceView& s, size_t head) {
  static const WordSet kJudge{
      "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing",
      "criticize", "criticized", "criticizes", "criticise", "criticised", "deplore", "deplored", "deplores",
      "decry", "decried", "praise", "praised", "praises", "welcome", "welcomed", "welcomes", "hail", "hailed",
      "applaud", "applauded", "blame", "blamed", "blames", "investigate", "investigated", "investigating",
      "probe", "probed", "probing", "report", "reported", "reports", "confirm", "confirmed", "confirms", "deny",
      "denied", "denies", "mourn", "mourned", "mourns", "protest", "protested", "protests", "survive", "survived",
      "survives", "witness", "witnessed", "describe", "described", "describes", "fear", "feared", "fears",
      "regret", "regretted", "recall", "recalled", "commemorate", "commemorated", "mark", "marked", "avenge",
      "avenged", "called", "dubbed", "termed", "blasted", "slammed", "lamented", "investigates", "witnesses"};
  for (size_t j = head, steps = 0; j-- > 0 && steps < 6; ++steps) {
    std::string_view w = s.w(j);
    if (kJudge.count(w)) return true;
    if (w == "``" || w == "\"" || w == "`") continue;  // "condemned the ``attacks''"
    if (s.mention_at[j] >= 0 || s.toks[j].Is(text::kPunct) || syntax::IsPreposition(w) ||
        syntax::IsClauseBoundary(w) || syntax::IsAuxiliary(w))
      return false;
  }
  return false;
}

// With `pp_article`, a preposition before the noun's article ("shaken by a sudden threat", "in the first such
// attack") puts the noun in a prepositional phrase too.
// Does the "for" at `f` name what a request or offer asks for ("an offer from Kabul for talks", "calls for
// a summit")?
bool AskedFor(const SentenceView& s, size_t f) {
  static const WordSet kAsk{"offer", "offers", "offered", "proposal", "proposals", "proposed", "call", "calls",
                            "called", "calling", "request", "requests", "requested", "invitation", "invitations",
                            "appeal", "appeals", "appealed", "plan", "plans", "demand", "demands", "demanded",
                            "bid", "push", "pushed", "pressure", "pressed", "press", "ask", "asked", "asks",
                            "urge", "urged", "plea", "hopes", "hope", "hoped", "opportunity", "chance", "need",
                            "support", "preparations", "date", "venue", "time", "way", "conditions", "ready"};
  for (size_t j = f, steps = 0; j-- > 0 && steps < 6; ++steps) {
    if (kAsk.count(s.w(j))) return true;
    if (syntax::IsClauseBoundary(s.w(j)) || s.w(j) == ",") break;
  }
  return false;
}

// "for talks", "for a summit", "for further consultations": the event noun at `head` is what "for" names.
bool PurposeFor(const SentenceView& s, size_t head) {
  for (size_t j = head, steps = 0; j-- > 0 && steps < 3; ++steps) {
    std::string_view w = s.w(j);
    if (w == "for") return !AskedFor(s, j);
    if (s.mention_at[j] >= 0 || s.toks[j].Is(text::kPunct) || syntax::IsPreposition(w) ||
        syntax::IsClauseBoundary(w) || syntax::IsAuxiliary(w))
      return false;
  }
  return false;
}

int NominalSource(const SentenceView& s, size_t head, bool pp_article = false, size_t end = 0) {
  if (end <= head) end = head + 1;
  for (size_t k = head + 1; k < s.n && k <= head + 9; ++k) {
    std::string_view w = s.w(k);
    if (w == "by") {
      int o = syntax::FindObject(s, k + 1, 2);
      if (o >= 0) return o;
      break;
    }
    if (IsStop(w) || syntax::IsClauseBoundary(w)) break;
  }
  bool in_pp = false;
  for (int j = static_cast<int>(head) - 1, steps = 0; j >= 0 && steps < 5; --j, ++steps) {
    std::string_view w = s.w(j);
    if (w == "'s" && j > 0 && s.mention_at[j - 1] >= 0) return s.mention_at[j - 1];
    if (s.mention_at[j] >= 0) {
      // "the consulate bombing": a mission named right before the act is where it struck, not who did it.
      static const WordSet kMissions{"embassy", "embassies", "consulate", "consulates"};
      if (static_cast<int>(j) + 1 == s.mentions[s.mention_at[j]].last && kMissions.count(w)) return -1;
      return s.mention_at[j];
    }
    if (syntax::IsPreposition(w)) {
      // "travelled to Rome for talks": the traveller's talks; "an offer from Kabul for talks" names no one's.
      in_pp = !(w == "for" && !pp_article && !AskedFor(s, static_cast<size_t>(j)));
      break;
    }
    if (pp_article && (w == "the" || w == "a" || w == "an") && j > 0 && syntax::IsPreposition(s.w(j - 1)) &&
        s.w(j - 1) != "to") {
      in_pp = true;
      break;
    }
    if (s.toks[j].Is(text::kPunct) || w == "the" || w == "a" || w == "an" || syntax::IsClauseBoundary(w) ||
        syntax::IsAuxiliary(w))
      break;
  }
  // "the PAK claimed attacks on ...": the clause subject did it. "a crackdown on protests": the noun
  // after a preposition says nothing about who protested; "Iran condemned the bombing" nor who bombed.
  // "said a car bomb was found": a noun that is the subject of its own clause has no subject to borrow.
  if (end < s.n && syntax::IsAuxiliary(s.w(end))) return -1;
  return in_pp || JudgedAct(s, head) ? -1 : syntax::FindSubject(s, head);
}

// A governing word that is a noun ("threat to", "plans to", "decision to").
bool GovernorIsNoun(std::string_view w) {
  static const WordSet kWords{"threat", "threats", "plan", "plans", "decision", "offer", "offers", "pledge",
                              "pledges", "promise", "promises", "vow", "refusal", "readiness", "willingness",
                              "agreement", "deal", "accord", "pact", "preparations", "consensus"};
  return kWords.count(w);
}

// Character (code point) offset in the sentence of a byte offset in the story text.
int CharOffset(const SentenceJob& job, int byte) {
  int chars = 0;
  for (int i = job.span->begin; i < byte; ++i)
    if ((static_cast<unsigned char>(job.story_text[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

Span CharSpan(const SentenceJob& job, int begin_byte, int end_byte) {
  return Span{CharOffset(job, begin_byte), CharOffset(job, end_byte)};
}

// "shelled the southern city of Kherson": a place where an actor should be stands for its country.
// With `exact`, the place must start at `pos`.
int PlaceAsActor(const SentenceView& s, const Lexicon& lex, const std::vector<resolve::PlaceMention>& places,
                 size_t pos, std::vector<Mention>* mentions, bool exact = false) {
  if (pos == 0) return -1;
  for (const auto& pm : places) {
    if (pm.place < 0 || static_cast<size_t>(pm.first) < pos || static_cast<size_t>(pm.first) > pos + 5) continue;
    if (exact && static_cast<size_t>(pm.first) != pos) continue;
    if (!pm.cue && s.mention_at[pm.first] >= 0) continue;
    for (size_t k = pos; k < static_cast<size_t>(pm.first); ++k) {
      std::string_view w = s.w(k);
      if (s.toks[k].Is(text::kPunct) || s.toks[k].Is(text::kCap) || syntax::IsClauseBoundary(w) ||
          (syntax::IsPreposition(w) && w != "of"))
        return -1;
    }
    const lexicon::Place& pl = lex.gazetteer.place(pm.place);
    const lexicon::ActorEntry* c = lex.actors.CountryByCode(pl.country);
    if (!c) return -1;
    Mention m;
    m.first = pm.first;
    m.last = pm.last;
    m.code = m.country = c->code;
    m.name = c->name;
    m.named = true;
    m.place = true;
    m.entries.push_back(c->where);
    mentions->push_back(std::move(m));
    return static_cast<int>(mentions->size() - 1);
  }
  return -1;
}

// "the mayor of Nablus", "the governor of the southern province of Kandahar": an agent named by its role
// alone takes the country of the place it is of.
void AgentsOfPlaces(const SentenceView& s, const Lexicon& lex, const std::vector<resolve::PlaceMention>& places,
                    std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (!m.country.empty() || m.named || m.person || m.pronoun || m.adjective_only || m.type.empty()) continue;
    size_t k = static_cast<size_t>(m.last);
    if (k + 1 >= s.n || s.w(k) != "of") continue;
    int place = -1;
    for (size_t j = k + 1; j < s.n && j <= k + 8 && place < 0; ++j) {
      std::string_view w = s.w(j);
      if (s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(w) || (syntax::IsPreposition(w) && w != "of")) break;
      for (const auto& pm : places)
        if (pm.place >= 0 && !pm.adjective && static_cast<size_t>(pm.first) == j) place = pm.place;
      if (place < 0 && s.mention_at[j] >= 0 && !s.mentions[s.mention_at[j]].adjective_only) break;
    }
    if (place < 0) continue;
    const lexicon::ActorEntry* c = lex.actors.CountryByCode(lex.gazetteer.place(place).country);
    if (!c) continue;
    m.country = c->code;
    m.code = c->code + m.code;
    m.entries.push_back(c->where);
  }
}

// What violence is, given who does it to whom: police or troops firing on their own country's protesters
// and dissidents are CAMEO's violent repression (175), not a battle; rebels, militias or insurgents killing or
// attacking civilians use unconventional violence (180), not conventional military force. Null: unchanged.
const char* ViolenceByWhomOnWhom(const std::string& code, const Actor& source, const Actor& target) {
  const bool violent = code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0;
  if (violent && target.type == "OPP" &&
      (source.type == "COP" || source.type == "MIL" || source.type == "GOV" || source.type == "SPY") &&
      (source.country.empty() || target.country.empty() || source.country == target.country))
    return "175";
  static const WordSet kIrregular{"REB", "UAF", "INS", "SEP", "RAD"};
  static const WordSet kUnarmed{"CVL", "REF", "MED", "EDU", "HLH", "REL", "NGO", "LAB", "BUS", "AGR", "HRI"};
  if (code == "190" && kIrregular.count(source.type) && kUnarmed.count(target.type)) return "180";
  return nullptr;
}

// A state or its armed forces: a country itself, its government, military or intelligence.
bool StateForce(const std::optional<Actor>& a) {
  if (!a) return false;
  if (a->type.empty()) return !a->country.empty() && a->code == a->country;
  return !a->country.empty() && (a->type == "MIL" || a->type == "GOV" || a->type == "SPY");
}

// An actor named only by its role ("police", "civilians") belongs to the country where the event happened.
Actor MakeActor(const Mention& m, const SentenceJob& job, const std::optional<Location>& where, bool is_target) {
  const auto& toks = job.span->tokens;
  Actor a;
  int b = toks[m.first].begin, e = toks[m.last - 1].end;
  a.text.assign(job.story_text.substr(b, e - b));
  a.name = m.name;
  a.code = m.code;
  a.country = m.country;
  a.type = m.type;
  // Armed actors are not assumed to be local when they act (the attacker is often foreign); as targets
  // they are ("attacked a military police school in Mali").
  bool armed = m.type == "MIL" || m.type == "REB" || m.type == "UAF" || m.type == "INS" || m.type == "SEP" ||
               m.type == "SPY";
  bool role_only = m.code == m.type;  // not "Kurds": ethnic groups cross borders
  // Envoys and missions stand for a foreign government wherever they are ("the embassy in Lima").
  static const WordSet kForeign{"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors",
                                "envoy", "envoys", "diplomat", "diplomats"};
  const bool foreign = kForeign.count(toks[m.last - 1].lower) != 0;
  if (a.country.empty() && role_only && !foreign && !m.named && !m.person && (!armed || is_target) && where &&
      where->country.size() == 3) {
    a.country = where->country;
    a.code = where->country + a.code;
  }
  a.span = CharSpan(job, b, e);
  if (m.implied) {  // not in the text: no words, no span
    a.text.clear();
    a.span = Span{0, 0};
  }
  if (!m.entries.empty()) a.entry = m.entries.front();
  return a;
}

// A pattern on "must" or "should" itself (`100 must`): "X said Y must ..." is a demand of Y even when what Y
// must do has no pattern of its own. Only with CAMEO frames: TABARI's "SHOULD [101]" is a verb like others.
bool ModalHead(const Lexicon& lex, const VerbPattern& p) {
  return lex.cameo_frames && (p.head == "must" || p.head == "should");
}

// Who asked for what the event noun names: "demands from/by X" after it, "X's demand" before it.
int Requester(const SentenceView& s, size_t governor, const Match& m) {
  for (size_t k : {m.head + 1, m.end})
    if (k < s.n && (s.w(k) == "from" || s.w(k) == "by" || s.w(k) == "of")) {
      int o = syntax::FindObject(s, k + 1, 2);
      if (o >= 0) return o;
    }
  for (size_t k = governor + 1; k < m.head; ++k)
    if (s.mention_at[k] >= 0 && s.mention_at[k] != s.mention_at[governor]) return s.mention_at[k];
  return -1;
}

// "ended their attacks", "stopped its shelling": the act stopped is the stopper's own.
bool OwnAct(const SentenceView& s, size_t governor, size_t head) {
  if (head == governor + 1 && s.w(head).ends_with("ing")) return true;  // "stopped attacking ships"
  for (size_t k = governor + 1; k < head; ++k) {
    std::string_view w = s.w(k);
    if (w == "its" || w == "their" || w == "his" || w == "her" || w == "our") return true;
  }
  return false;
}

// How a frame moves the roles of the event it governs (see frames.h): the speaker of a demand or an
// allegation, who grants or refuses what was asked, who stops an act. A frame that does not hold is dropped
// (`f->frame` becomes kNone); a bare modal without a demand is skipped.
void ApplyFrameRoles(const SentenceView& s, const Lexicon& lex, const VerbPattern& p, const Match& m, FrameHit* f,
                     int* src, int* tgt, bool* skip) {
  // "X said Y must withdraw": X demands of Y.
  if (f->frame == Frame::kDemand || f->frame == Frame::kAppeal) {
    int speaker = syntax::FindSubject(s, f->governor);
    if (speaker < 0 && ModalHead(lex, p) && *src >= 0) {
      // "the council concluded that Gondor must ...": a demand of Gondor by a speaker that is no actor.
      *tgt = *src;
      *src = -1;
      return;
    }
    if (speaker < 0 || speaker == *src || (*src >= 0 && s.mentions[speaker].code == s.mentions[*src].code)) {
      f->frame = Frame::kNone;
      if (ModalHead(lex, p)) *skip = true;
    } else if (ModalHead(lex, p) && *src < 0) {
      *skip = true;  // "said there must be talks": no one is asked
    } else {
      if (*src >= 0) *tgt = *src;
      *src = speaker;
    }
  }
  // "Mozambique accepted demands from the rebels", "rejected Pakistan's appeal": who grants or turns down
  // acts on who asked.
  if (f->frame == Frame::kReject || f->frame == Frame::kAccept) {
    const int granter = syntax::FindSubject(s, f->governor);
    int asker = Requester(s, f->governor, m);
    if (asker < 0 && *src >= 0 && *src != granter) asker = *src;  // "the U.N. demand"
    if (asker < 0) asker = *tgt;
    if (granter < 0 || granter == asker) {
      f->frame = Frame::kNone;
    } else {
      *src = granter;
      *tgt = asker;
    }
  }
  // "The US claimed that ISIL attacked Iraq": the US accuses ISIL. Without a culprit it stays a report.
  if (f->frame == Frame::kAllege) {
    int speaker = syntax::FindSubject(s, f->governor);
    // "The US claimed that it had attacked Iraq": the culprit is the speaker, who claims responsibility.
    const bool self = speaker >= 0 && *src >= 0 &&
                      (speaker == *src || s.mentions[speaker].code == s.mentions[*src].code ||
                       (s.mentions[*src].pronoun && !s.mentions[speaker].country.empty() &&
                        s.mentions[*src].country == s.mentions[speaker].country));
    if (self) {
      f->frame = Frame::kClaim;
      *src = speaker;
    } else if (speaker < 0 || *src < 0) {
      f->frame = Frame::kNone;
    } else {
      *tgt = *src;
      *src = speaker;
    }
  }
  // "Congress suspended U.S. aid to Egypt": who stops the aid is the source. Stopping a fight or a protest
  // is done by those waging it ("Israel halted its offensive"), not by whoever stops someone else's.
  if (f->frame == Frame::kHalt) {
    // Passive ("sanctions on Iran were lifted by the EU"): the "by" phrase stops it.
    int halter = -1;
    if (f->governor < m.head) {
      halter = syntax::FindSubject(s, f->governor);
    } else {
      for (size_t k = f->governor + 1; k < s.n && k <= f->governor + 4 && halter < 0; ++k)
        if (s.w(k) == "by") halter = syntax::FindObject(s, k + 1, 2);
      if (*src == halter) *src = -1;
    }
    if (p.code[0] == '0') {
      if (halter >= 0 && halter != *tgt) *src = halter;
    } else if (*src >= 0 && halter >= 0 && *src != halter && s.mentions[*src].code != s.mentions[halter].code) {
      f->frame = Frame::kNone;
    } else if (s.w(f->governor).starts_with("stop") && !OwnAct(s, f->governor, m.head)) {
      f->frame = Frame::kNone;  // "police stopped the attack": prevented someone else's
    } else if (*src < 0) {
      *src = halter;
    }
  }
}

// Who did a matched event word to whom (indices into the sentence's mentions), or skip it.
struct Roles {
  int src = -1, tgt = -1;
  std::vector<int> between;
  bool skip = false;
};

// Options::first_verb_per_clause: TABARI's clauses and its one coded verb per clause.
void FirstVerbPerClause(const SentenceView& s, const std::vector<Match>& kept, const std::vector<VerbPattern>& patterns,
                        std::vector<Roles>* roles) {
  const size_t n = s.n;
  auto is_head = [&](size_t from, size_t to) {  // a matched word in [from, to) that may be coded
    for (size_t i = 0; i < kept.size(); ++i)
      if (kept[i].head >= from && kept[i].head < to && !(*roles)[i].skip) return true;
    return false;
  };
  // Clause starts: "but", ";", "while", "whereas" always; "and"/"or" when a coded word lies on both sides
  // ("condemned an attack ... and promised aid"), not between two actors ("Elrond and Gondor urged").
  std::vector<size_t> starts = {0};
  for (size_t k = 0; k < n; ++k) {
    if (s.mention_at[k] >= 0) continue;
    std::string_view w = s.w(k);
    bool strong = w == "but" || w == ";" || w == "while" || w == "whereas";
    if (strong) {
      starts.push_back(k + 1);
      continue;
    }
    if (w != "and" && w != "or") continue;
    size_t after = k + 1;
    if (after < n && (s.w(after) == "the" || s.w(after) == "a")) ++after;
    if (after < n && s.mention_at[after] >= 0) continue;  // "at Osgiliath and Eriador", "Gondor and the Shire"
    size_t next = n;
    for (size_t j = k + 1; j < n; ++j) {
      std::string_view x = s.w(j);
      if (s.mention_at[j] < 0 && (x == "and" || x == "or" || x == "but" || x == ";" || x == "while" || x == "whereas")) {
        next = j;
        break;
      }
    }
    if (is_head(starts.back(), k) && is_head(k + 1, next)) starts.push_back(k + 1);
  }
  starts.push_back(n);
  int previous_src = -1;
  for (size_t c = 0; c + 1 < starts.size(); ++c) {
    const size_t cb = starts[c], ce = starts[c + 1];
    int chosen = -1;
    for (size_t i = 0; i < kept.size(); ++i) {
      if (kept[i].head < cb || kept[i].head >= ce || (*roles)[i].skip) continue;
      if (chosen >= 0) {
        (*roles)[i].skip = true;
        continue;
      }
      chosen = static_cast<int>(i);
    }
    if (chosen < 0) continue;
    Roles& r = (*roles)[chosen];
    const Match& m = kept[chosen];
    const VerbPattern& p = patterns[m.pattern];
    // A subject found before the clause ("A accepted B and promised aid") is TABARI's source of the clause before.
    if (c > 0 && r.src >= 0 && m.source < 0 && static_cast<size_t>(s.mentions[r.src].first) < cb) r.src = -1;
    // TABARI's source is the first actor of the clause before the verb (an agent alone only when nothing else
    // is there), with the compound it opens, not the subject nearest the verb; a '%' pattern wants the
    // compound at the verb.
    if (r.src >= 0 && m.source < 0 && !p.nominal && p.compound != VerbPattern::Compound::kSource &&
        static_cast<size_t>(s.mentions[r.src].first) < m.head)
      r.src = -1;
    if (r.src < 0 && m.source < 0 && !p.nominal) {  // the first actor before the verb, else the clause before's
      for (int pass = 0; pass < 2 && r.src < 0; ++pass)
        for (size_t k = cb; k < m.head && r.src < 0; ++k)
          if (const int x = s.mention_at[k]; x >= 0 && x != r.tgt && (pass == 1 || !s.mentions[x].country.empty()))
            r.src = x;
      for (size_t k = r.src >= 0 ? static_cast<size_t>(s.mentions[r.src].last) : m.head; k < m.head; ++k) {
        const int x = s.mention_at[k];  // the last member of the compound the first actor opens
        if (x < 0 || x == r.tgt) continue;
        const std::vector<int> members = syntax::Coordinated(s, x);
        if (std::find(members.begin(), members.end(), r.src) != members.end()) r.src = x;
      }
      if (r.src < 0 && previous_src != r.tgt) r.src = previous_src;
    }
    if (r.tgt < 0 && !p.has_target_slot) {  // the first other actor after the verb's words, else among them
      for (size_t k = m.end > m.head ? m.end : m.head + 1; k < ce && r.tgt < 0; ++k)
        if (s.mention_at[k] >= 0 && s.mention_at[k] != r.src) r.tgt = s.mention_at[k];
      for (size_t k = m.head + 1; k < m.end && r.tgt < 0; ++k)  // "allowed that Mordor isn't a real pleasant"
        if (s.mention_at[k] >= 0 && s.mention_at[k] != r.src) r.tgt = s.mention_at[k];
    }
    if (r.src >= 0) previous_src = r.src;
  }
}

// "X arrived in Seoul on Monday for a two-day visit": the visit with no target says no more than the arrival
// in Seoul with the same source and code, so it goes (and so does one with no source beside one that has it).
void DropSubsumedOneSided(std::vector<Event>* out, size_t from, bool cameo_frames) {
  const size_t count = out->size() - from;
  if (!cameo_frames || count < 2 || count > 64) return;
  uint64_t drop = 0;  // bit k: (*out)[from + k] goes
  for (size_t i = from; i < out->size(); ++i) {
    const Event& e = (*out)[i];
    if (e.source.has_value() == e.target.has_value()) continue;
    for (size_t j = from; j < out->size(); ++j) {
      const Event& o = (*out)[j];
      // Only an event with both sides subsumes, and such an event is never dropped.
      if (j == i || o.cameo != e.cameo || o.modality != e.modality || !o.source || !o.target) continue;
      if (e.source ? e.source->code == o.source->code : e.target->code == o.target->code) {
        drop |= uint64_t{1} << (i - from);
        break;
      }
    }
  }
  if (!drop) return;
  size_t w = from;
  for (size_t i = from; i < out->size(); ++i)
    if (!(drop >> (i - from) & 1)) {
      if (w != i) (*out)[w] = std::move((*out)[i]);
      ++w;
    }
  out->resize(w);
}

// A TABARI compound code ("THE_SHIRE [FRO/BIL/SAM]") stands for each of its members: one event per member.
void SplitCompoundCodes(std::vector<Event>* out, size_t from) {
  for (size_t i = from; i < out->size(); ++i) {
    for (int side = 0; side < 2; ++side) {
      std::optional<Actor>* a = side == 0 ? &(*out)[i].source : &(*out)[i].target;
      if (!*a || (*a)->code.find('/') == std::string::npos) continue;
      std::vector<std::string> parts;
      for (size_t b = 0, e; b <= (*a)->code.size(); b = e + 1) {
        e = std::min((*a)->code.find('/', b), (*a)->code.size());
        if (e > b) parts.push_back((*a)->code.substr(b, e - b));
      }
      for (size_t k = 0; k < parts.size(); ++k) {
        Event ev = (*out)[i];  // a copy: push_back below may move the events
        std::optional<Actor>& x = side == 0 ? ev.source : ev.target;
        x->code = parts[k];
        x->country = parts[k].size() >= 3 ? parts[k].substr(0, 3) : "";
        if (k == 0) (*out)[i] = std::move(ev);
        else out->push_back(std::move(ev));
        a = side == 0 ? &(*out)[i].source : &(*out)[i].target;
      }
    }
  }
}

}  // namespace

void CodeSentence(const Lexicon& lex, const SentenceJob& job, std::vector<Event>* out) {
  const size_t first_out = out->size();
  const auto& toks = job.span->tokens;
  const size_t n = job.n;
  // A local copy: places used as actors ("shelled Kherson") are appended as mentions below.
  std::vector<Mention> mentions = job.mentions_to_take ? std::move(*job.mentions_to_take) : *job.mentions;
  SentenceView s(toks, n, mentions);
  const auto& patterns = lex.verbs.patterns();

  // Time expressions (with their preposition) do not interrupt a pattern.
  std::vector<resolve::Timex> timex = resolve::FindTimex(toks, n);
  for (const auto& t : timex) {
    for (int k = t.first; k < t.last; ++k) s.transparent[k] = true;
    if (t.first > 0) {
      std::string_view w = s.w(t.first - 1);
      if (w == "on" || w == "in" || w == "late" || w == "early" || w == "last" || w == "since" || w == "by")
        s.transparent[t.first - 1] = true;
    }
  }

  // 1. Pattern matches, the best one per head word.
  // In a sentence written in capitals ("ARNOR IS ABOUT TO RESTORE ...") capitals name nothing.
  size_t words = 0, capitals = 0;
  for (size_t k = 0; k < n; ++k)
    if (!toks[k].Is(text::kPunct)) ++words, capitals += toks[k].Is(text::kAllCaps);
  const bool all_caps = words >= 4 && capitals * 10 >= words * 9;
  std::vector<Match> matches;
  for (size_t k = 0; k < n; ++k) {
    if (s.mention_at[k] >= 0) continue;
    const auto* hits = lex.verbs.Lookup(s.w(k));
    if (!hits) continue;
    // A capitalised word inside the sentence is a name ("Desert Storm"), not a verb or event noun.
    if (k > 0 && !all_caps && toks[k].Is(text::kCap) && s.w(k - 1) != "\"") continue;
    if (CalledFor(s, k)) continue;  // "called for nationwide protests": asked for, not held
    if (lex.cameo_frames && AskedToDo(s, k)) continue;  // "an appeal to lay down arms": asked, not done
    Match best;
    int after_verb = -1;  // AfterVerbBeforeObject, computed once per word
    int ends_noun_phrase[2] = {-1, -1};  // EndsNounPhrase for a base and an -s form, once per word
    for (const lexicon::FormHit& hit : *hits) {
      if (!lex.verbs.MayMatch(hit, s.words)) continue;  // a word it needs is not in the sentence
      const VerbPattern& p = patterns[hit.pattern];
      // "the attack", "by phone", "on protests": a verb form after an article or preposition is a noun.
      if (!p.nominal && p.before.empty() && k > 0 &&
          (IsArticle(s.w(k - 1)) || (syntax::IsPreposition(s.w(k - 1)) && s.w(k - 1) != "to")) &&
          !(hit.form == Form::kIng && GuiltyOf(s, k)))
        continue;
      // TABARI: a determiner right before the verb makes it a noun whatever words the pattern wants before it
      // ("was in an accord": not "IN_ * [075A]").
      const std::string_view prev = k > 0 ? s.w(k - 1) : std::string_view();
      if (p.next_actor_is_target && !p.nominal && (prev == "a" || prev == "an" || prev == "the") &&
          (p.before.empty() || p.before.back().kind != PatternElem::Kind::kWord))
        continue;
      // "the two exiled dissidents", "their detained leaders": a participle between a number or possessive and
      // the actor it describes is an adjective.
      if (!p.nominal && (hit.form == Form::kParticiple || hit.form == Form::kPastOrParticiple) && k > 0 && k + 1 < n &&
          s.mention_at[k + 1] >= 0 && (toks[k - 1].Is(text::kNumber) || IsNumberOrPossessive(s.w(k - 1))))
        continue;
      // "vowed to expel exiled leaders", "freed jailed activists": a participle between a verb and the actor
      // it describes is an adjective (the verb's object), not a second verb.
      if (!p.nominal && (hit.form == Form::kParticiple || hit.form == Form::kPastOrParticiple) &&
          AfterVerbBeforeObject(lex, s, k, &after_verb))
        continue;
      // "the brutal slaying of two missionaries", "their deliberate killing of": a gerund between an adjective
      // after an article and "of" is a noun.
      if (!p.nominal && hit.form == Form::kIng && k >= 2 && k + 1 < n && s.w(k + 1) == "of" &&
          IsArticle(s.w(k - 2)) && s.mention_at[k - 1] < 0 && !toks[k - 1].Is(text::kPunct) &&
          !toks[k - 1].Is(text::kNumber) && !syntax::IsAuxiliary(s.w(k - 1)) && !syntax::IsAdverbWord(s.w(k - 1)))
        continue;
      // "according to a press release", "an arms transfer": a base form two words after "a"/"an" ends a singular
      // noun phrase (a singular subject would take "-s" or an auxiliary), so it is a noun.
      if (!p.nominal && hit.form == Form::kBase && k >= 2 && (s.w(k - 2) == "a" || s.w(k - 2) == "an") &&
          s.mention_at[k - 1] < 0 && !toks[k - 1].Is(text::kPunct) && !toks[k - 1].Is(text::kNumber) &&
          s.w(k - 1) != "to" && !syntax::IsAuxiliary(s.w(k - 1)) && !syntax::IsAdverbWord(s.w(k - 1)))
        continue;
      // "arrested 15 men in overnight raids", "amid renewed clashes": a base or -s form two words after a
      // preposition, with a plain word between, ends a noun phrase.
      if (lex.cameo_frames && !p.nominal && (hit.form == Form::kBase || hit.form == Form::kThird) && k >= 2 &&
          NounAfterPreposition(s, k))
        continue;
      // "condemned two terrorist bomb attacks": the head of a noun phrase, not a verb.
      if (lex.cameo_frames && !p.nominal && p.before.empty() &&
          (hit.form == Form::kBase || hit.form == Form::kThird)) {
        int& memo = ends_noun_phrase[hit.form == Form::kThird];
        if (memo < 0) memo = EndsNounPhrase(s, k, hit.form == Form::kThird);
        if (memo) continue;
      }
      // "a rocket was launched", "the strikes were": a base or -s form right before "was"/"were"/"is"/"are"
      // is the subject noun of the next verb, never a finite verb.
      if (!p.nominal && (hit.form == Form::kBase || hit.form == Form::kThird) && k + 1 < n &&
          (s.w(k + 1) == "was" || s.w(k + 1) == "were" || s.w(k + 1) == "is" || s.w(k + 1) == "are"))
        continue;
      // "Iranian attacks": after an adjective the word is a noun.
      if (!p.nominal && k > 0 && s.mention_at[k - 1] >= 0 && mentions[s.mention_at[k - 1]].adjective_only) continue;
      if (p.nominal && k > 0 && (s.w(k - 1) == "to" || syntax::IsAuxiliary(s.w(k - 1)))) continue;
      Match m;
      m.pattern = hit.pattern;
      m.head = k;
      m.form = hit.form;
      if (!MatchElems(s, p, 0, k + 1, p.nominal, &m) && !(lex.cameo_frames && PassiveMatch(s, p, k, &m))) continue;
      if (!p.before.empty() && !MatchBefore(s, p, p.before.size(), k, &m)) continue;
      // A pattern limited to some sources ("[CVL,OPP] clash with") gives way when the subject is another.
      if (!p.source_types.empty() && !p.nominal) {
        // Passive ("the embassy was torched by rioters"): the "by" phrase is the source.
        const bool participle = hit.form == Form::kParticiple || hit.form == Form::kPastOrParticiple;
        int subj = syntax::IsPassive(s, k, participle) ? ByAgent(s, m.end) : syntax::FindSubject(s, k);
        const std::string_view type = subj >= 0 ? std::string_view(mentions[subj].type) : std::string_view();
        if (std::find(p.source_types.begin(), p.source_types.end(), type) == p.source_types.end()) continue;
      }
      m.score = m.literals * 4 + (m.target >= 0 ? 2 : 0) + (p.nominal ? 0 : 1) + (p.has_target_slot ? 1 : 0);
      // On equal score, a pattern whose source roles the subject fits ("[MIL] arrive in") is the more specific.
      const bool fitted = !p.source_types.empty() && !p.nominal;
      const bool best_fitted = best.pattern >= 0 && !patterns[best.pattern].source_types.empty() &&
                               !patterns[best.pattern].nominal;
      if (best.pattern < 0 || m.score > best.score ||
          (m.score == best.score && (fitted != best_fitted ? fitted : m.letters > best.letters)))
        best = m;
    }
    if (best.pattern >= 0) matches.push_back(best);
  }
  // A match inside the words of a stronger one ("held talks with": "talks" is part of "hold talks") goes.
  std::vector<Match> kept;
  for (const Match& m : matches) {
    bool inside = false;
    for (const Match& o : matches)
      if (&o != &m && o.head < m.head && m.head < o.end && o.literals > 0 && o.score >= m.score) inside = true;
    if (!inside) kept.push_back(m);
  }

  // What governs each event word ("agreed to", "refused to", "threatened to", "must" in what someone said).
  std::vector<FrameHit> frames(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    if (!lex.cameo_frames) break;
    frames[i] = GoverningFrame(s, kept[i].head);
    if (Reframe(patterns[kept[i].pattern].code, frames[i].frame) == patterns[kept[i].pattern].code &&
        !ModalHead(lex, patterns[kept[i].pattern]))
      frames[i].frame = Frame::kNone;
  }

  // "killed two soldiers in a roadside bombing", "a roadside bombing killed two soldiers": the act that killed or
  // wounded names the event (1833), the verb gives its roles.
  std::vector<int> act_of(kept.size(), -1);
  auto violent_act = [&](size_t j) {  // an event noun or gerund of violence ("in Israeli tank shelling")
    const VerbPattern& q = patterns[kept[j].pattern];
    return (q.nominal || kept[j].form == Form::kIng) && ((q.code[0] == '1' && q.code[1] >= '8') || q.code[0] == '2');
  };
  for (size_t i = 0; i < kept.size(); ++i) {
    const VerbPattern& p = patterns[kept[i].pattern];
    if (!lex.cameo_frames) break;
    if (p.nominal || !(p.head == "kill" || p.head == "wound" || p.head == "injure" || p.head == "maim")) continue;
    bool by = false;
    for (size_t j = i + 1; j < kept.size(); ++j) {
      const size_t h = kept[j].head;
      if (h > kept[i].end + 10) break;
      for (size_t k = kept[i].head + 1; k < h && !by; ++k) {
        std::string_view w = s.w(k);
        if (IsStop(w) || (syntax::IsClauseBoundary(w) && w != "and")) break;
        by = w == "in" || w == "by" || w == "during" || w == "with";
      }
      if (by && violent_act(j)) {
        act_of[i] = static_cast<int>(j);
        break;
      }
    }
    // The act as the subject of the killing, in the same clause and with no actor of its own as the subject
    // ("a roadside bombing near Samarra killed"): the most specific code of those named there ("roadside
    // bombing" 1833 over "bombing" 195).
    const int subject = act_of[i] < 0 && i > 0 ? syntax::FindSubject(s, kept[i].head) : -1;
    for (size_t j = i; act_of[i] < 0 && j-- > 0;) {
      if (kept[i].head - kept[j].head > 12) break;
      bool apart = false;
      for (size_t k = kept[j].head + 1; k < kept[i].head && !apart; ++k)
        apart = IsStop(s.w(k)) || s.toks[k].Is(text::kPunct) || syntax::IsClauseBoundary(s.w(k));
      if (apart) break;
      if (!violent_act(j)) continue;
      if (subject >= 0 && static_cast<size_t>(mentions[subject].first) >= std::max(kept[j].end, kept[j].head + 1)) break;
      size_t best = j;
      for (size_t o = j; o-- > 0 && kept[j].head - kept[o].head <= 3;)
        if (violent_act(o) && patterns[kept[o].pattern].code.size() > patterns[kept[best].pattern].code.size()) best = o;
      act_of[i] = static_cast<int>(best);
    }
  }

  // 2. Reporting verbs, time expressions and places of the sentence.
  std::vector<syntax::Speech> speech = syntax::FindSpeech(s);
  static const resolve::StoryPlaces kNoStory;
  std::vector<resolve::PlaceMention> places =
      resolve::FindPlaces(toks, n, lex.gazetteer, job.story_places ? *job.story_places : kNoStory, nullptr, job.place_cache);
  std::erase_if(places, [](const resolve::PlaceMention& pm) { return pm.embedded; });  // not where it happened
  AgentsOfPlaces(s, lex, places, &mentions);

  // Each time expression belongs to an event word or reporting verb: the nearest one before it in the same
  // clause ("attacked Iran on Saturday", "said Wednesday that ..."), else the nearest one after it ("Iraq in
  // 2023 reached an agreement").
  std::vector<size_t> anchors;
  for (const Match& m : kept) anchors.push_back(m.head);
  for (const auto& sp : speech) anchors.push_back(sp.verb);
  for (const FrameHit& f : frames)
    if (f.frame != Frame::kNone) anchors.push_back(f.governor);  // "agreed on Saturday to provide aid"
  std::sort(anchors.begin(), anchors.end());
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  std::vector<int> timex_of_anchor(n, -1);
  std::vector<bool> anchor_from_left(n, false);
  std::vector<bool> timex_of_speech(timex.size(), false);
  // "and" ends the clause only when a verb follows it ("fired tear gas and the crowd fled on Sunday"), not
  // when it joins nouns ("fired rockets and drones at Israel on Sunday").
  auto VerbFollows = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      std::string_view w = s.w(k);
      if (lex.verbs.LooksLikeParticiple(w) || syntax::IsAuxiliary(w) || syntax::IsSpeechVerb(w)) return true;
    }
    return false;
  };
  for (size_t t = 0; t < timex.size(); ++t) {
    size_t first = static_cast<size_t>(timex[t].first), last = static_cast<size_t>(timex[t].last);
    size_t chosen = n;
    for (size_t a : anchors) {  // nearest before, without a clause boundary in between
      if (a >= first || first - a > 25) continue;
      bool boundary = false;
      for (size_t k = a + 1; k < first && !boundary; ++k)
        boundary = syntax::IsClauseBoundary(s.w(k)) || (s.w(k) == "and" && VerbFollows(k + 1, first));
      if (!boundary) chosen = a;
    }
    if (chosen == n) {
      long best_d = 1L << 30;
      for (size_t a : anchors) {
        long d = a < first ? static_cast<long>(first - a) : static_cast<long>(a) - static_cast<long>(last) + 1;
        if (d < best_d) best_d = d, chosen = a;
      }
    }
    bool left = chosen < n && chosen < first;
    // A time expression right after its verb ("accused Russia on Monday") outranks one before it.
    if (chosen < n && (timex_of_anchor[chosen] < 0 || (left && !anchor_from_left[chosen]))) {
      timex_of_anchor[chosen] = static_cast<int>(t);
      anchor_from_left[chosen] = left;
    }
    for (const auto& sp : speech)
      if (sp.verb == chosen) timex_of_speech[t] = true;
  }
  // The sentence's own time, for events that carry none ("fired tear gas on Sunday and arrested dozens").
  int sentence_timex = -1;
  for (size_t t = 0; t < timex.size(); ++t)
    if (!timex_of_speech[t] && !timex[t].vague) {
      sentence_timex = static_cast<int>(t);
      break;
    }

  std::set<std::tuple<std::string, std::string, std::string>> seen;
  const std::string sentence_text(job.story_text.substr(job.span->begin, job.span->end - job.span->begin));

  // 3. Who did it to whom, for every match first: an intention verb may borrow its target from the
  // infinitive that follows ("threatened to launch strikes against Afghanistan").
  std::vector<Roles> roles(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    const Match& m = kept[i];
    const VerbPattern& p = patterns[m.pattern];
    Roles& r = roles[i];
    if (syntax::IsReporting(s, m.head) ||
        (p.nominal && p.code.compare(0, 2, "01") == 0 && MediumOfSpeech(s, m.head)) ||
        (ModalHead(lex, p) && frames[i].frame != Frame::kDemand && frames[i].frame != Frame::kAppeal)) {
      r.skip = true;  // a modal is an event only inside what someone said
      continue;
    }
    bool participle = m.form == Form::kParticiple || m.form == Form::kPastOrParticiple;
    int src = -1, tgt = m.target;
    if (m.target_before && m.source < 0) {  // "SUGGESTED_+ * DEMAND": the source is an actor before the target
      size_t cb, ce;
      syntax::ClauseBounds(s, mentions[tgt].first, &cb, &ce);
      for (size_t k = cb; k < static_cast<size_t>(mentions[tgt].first) && src < 0; ++k)
        if (s.mention_at[k] >= 0 && s.mention_at[k] != tgt) src = s.mention_at[k];
      for (size_t k = m.end; src < 0 && k < ce; ++k)  // "+ WAS * DEAD in Osgiliath": else the next actor
        if (s.mention_at[k] >= 0 && s.mention_at[k] != tgt) src = s.mention_at[k];
    } else if (m.source >= 0) {  // a `$` slot after the verb names the source; the subject is then the target
      src = m.source;
      // A `$` slot before the verb ("$ HOSTING ^ * TABASKI") leaves the target to what follows the verb.
      if (tgt < 0 && static_cast<size_t>(mentions[m.source].first) > m.head) tgt = syntax::FindSubject(s, m.head);
    } else if (p.nominal) {
      // The act of a killing ("wounded two soldiers in a bomb attack") is the killing's, and a visit in a
      // prepositional phrase ("held talks during a visit to Beirut") the traveller's: they keep the subject.
      const bool act = std::find(act_of.begin(), act_of.end(), static_cast<int>(i)) != act_of.end();
      src = NominalSource(s, m.head, !act && p.code.compare(0, 2, "04") != 0, m.end);
      // "the deployment of Kenyan peacekeepers": a force the noun sends or provides is the sender's.
      if (src < 0 && m.role_noun >= 0 && (p.code.compare(0, 2, "07") == 0 || p.code.compare(0, 2, "15") == 0) &&
          mentions[m.role_noun].code.size() > 3)  // whose force it is, not a bare "troops"
        src = m.role_noun;
      if (tgt < 0 && p.has_target_slot) tgt = PlaceAsActor(s, lex, places, m.target_pos, &mentions);
    } else if (syntax::IsPassive(s, m.head, participle)) {
      for (size_t k = m.end; k < n && k <= m.end + 6 && !syntax::IsAuxiliary(s.w(k)); ++k)  // "... was freed by"
        if (s.w(k) == "by") {
          if (NaturalAgent(s, k)) r.skip = true;  // "victims killed by the crash"
          src = syntax::FindObject(s, k + 1, 2);
          break;
        }
      // "a teenager shot by police": in a reduced relative the target is the noun the participle follows.
      std::string_view before = s.w(m.head - 1);
      bool reduced = !syntax::IsAuxiliary(before) && !syntax::IsAdverbWord(before);
      tgt = !reduced ? syntax::FindSubject(s, m.head) : s.mention_at[m.head - 1];
      if (tgt < 0 && !reduced) {  // "the Russian building was demolished": whose the subject is
        size_t j = m.head;  // the first auxiliary; the subject's noun is right before it
        while (j > 0 && (syntax::IsAuxiliary(s.w(j - 1)) || syntax::IsAdverbWord(s.w(j - 1)))) --j;
        if (j > 0 && j < m.head) tgt = AdjectiveOf(s, p, j - 1);
      }
    } else {
      src = syntax::FindSubject(s, m.head);
      // "the army is guilty of violating the truce": the subject did it.
      if (src < 0 && m.form == Form::kIng && GuiltyOf(s, m.head)) src = syntax::FindSubject(s, m.head - 2);
      if (src < 0 && lex.cameo_frames) src = SubjectNationality(s, m.head);
      if (tgt < 0 && !p.has_target_slot && !ModalHead(lex, p)) tgt = syntax::FindObject(s, m.end, 3);
      // "launch military strikes against Afghanistan": a target after the pattern's words.
      if (tgt < 0 && !p.has_target_slot) {
        size_t k = m.end;
        while (k < n && s.transparent[k]) ++k;
        // "on" and "at" aim only in conflict ("imposed sanctions on Iran"); "talks on North Korea" are about it.
        const bool conflict = p.code[0] != '0';
        if (k < n && (s.w(k) == "against" || s.w(k) == "targeting" || (conflict && (s.w(k) == "on" || s.w(k) == "at"))))
          tgt = syntax::FindObject(s, k + 1, 3);
      }
      // "expelled Russian diplomats": a foreign actor named by the pattern's own noun; in coercion and
      // assault ("shot protesters", "arrested journalists") the noun is the victim wherever it is from.
      const bool victim = p.code.rfind("17", 0) == 0 || p.code.rfind("18", 0) == 0 || p.code.rfind("20", 0) == 0;
      if (tgt < 0 && m.role_noun >= 0 && m.role_noun != src &&
          ((!mentions[m.role_noun].country.empty() &&
            (src < 0 || mentions[src].country != mentions[m.role_noun].country)) ||
           (victim && lex.cameo_frames)))
        tgt = m.role_noun;
      // "rejected Pakistan's accusations": a possessor inside the matched words.
      for (size_t k = m.head + 1; tgt < 0 && k < m.end; ++k)
        if (s.w(k) == "'s" && s.mention_at[k - 1] >= 0) tgt = s.mention_at[k - 1];
      // "condemned the allegations by Rwanda", "rejected as baseless claims from Cairo": criticism or
      // rejection of what someone said is aimed at who said it.
      if (tgt < 0 && lex.cameo_frames && (p.code.compare(0, 2, "11") == 0 || p.code.compare(0, 2, "12") == 0))
        tgt = AuthorOfStatement(s, m.end);
      if (tgt < 0 && p.next_actor_is_target && !p.has_target_slot) {  // TABARI/PETRARCH: the next actor
        size_t cb, ce;
        syntax::ClauseBounds(s, m.head, &cb, &ce);
        for (size_t k = m.end; tgt < 0 && k < ce; ++k)
          if (s.mention_at[k] >= 0 && s.mention_at[k] != src) tgt = s.mention_at[k];
      }
      if (tgt < 0) tgt = PlaceAsActor(s, lex, places, p.has_target_slot ? m.target_pos : m.end, &mentions);
      // "protested outside the office of President X", "at the embassy of Iran": the possessor of the object.
      for (size_t k = m.end; tgt < 0 && k < n && k <= m.end + 8; ++k) {
        std::string_view w = s.w(k);
        if (IsStop(w) || w == "," || syntax::IsClauseBoundary(w)) break;
        if (p.code[0] == '0' && (w == "on" || w == "about" || w == "over" || w == "regarding")) break;  // a topic
        if ((w == "of" || w == "'s") && k + 1 < n) {
          int o = w == "of" ? syntax::FindObject(s, k + 1, 2) : s.mention_at[k - 1];
          if (o >= 0 && o != src && !mentions[o].adjective_only) tgt = o;
        }
      }
    }
    // "a call between A and B": A is the source, B (and C...) the targets.
    if (p.nominal && tgt >= 0 && !p.rest.empty() && p.rest[0].kind == PatternElem::Kind::kWord &&
        p.rest[0].alternatives.size() == 1 && p.rest[0].alternatives[0] == "between") {
      r.between = syntax::Coordinated(s, tgt);
      if (r.between.size() >= 2) {
        src = r.between.front();
        tgt = r.between[1];
      }
    }
    ApplyFrameRoles(s, lex, p, m, &frames[i], &src, &tgt, &r.skip);
    if (src >= 0 && src == tgt) tgt = -1;
    if (!p.source_types.empty()) {
      const std::string_view type = src >= 0 ? std::string_view(mentions[src].type) : std::string_view();
      if (std::find(p.source_types.begin(), p.source_types.end(), type) == p.source_types.end()) r.skip = true;
    }
    r.src = src;
    r.tgt = tgt;
  }
  for (size_t i = 0; i < kept.size(); ++i) {
    if (act_of[i] < 0 || roles[i].skip) continue;
    Roles& act = roles[act_of[i]];  // "killed in Israeli tank shelling": the act may name who did it
    // A gerund names its doer as a noun does ("Israeli shelling"), not by a subject.
    const int doer = patterns[kept[act_of[i]].pattern].nominal ? act.src : NominalSource(s, kept[act_of[i]].head);
    if (roles[i].src < 0 && doer >= 0 && doer != roles[i].tgt) roles[i].src = doer;
    act.skip = true;
  }
  // "bombarded Aleppo, killing eight people": the killing is what the attack did, one event, whose target
  // the victims give when the attack named none.
  for (size_t i = 0; i < kept.size() && lex.cameo_frames; ++i) {
    const VerbPattern& p = patterns[kept[i].pattern];
    const size_t h = kept[i].head;
    if (p.nominal || kept[i].form != Form::kIng || h < 2 || s.w(h - 1) != "," ||
        !(p.head == "kill" || p.head == "wound" || p.head == "injure" || p.head == "leave"))
      continue;
    for (size_t j = i; j-- > 0;) {
      const std::string& c = patterns[kept[j].pattern].code;
      if (roles[j].skip || !((c[0] == '1' && c[1] >= '8') || c[0] == '2')) continue;
      if (roles[j].tgt < 0 && roles[i].tgt >= 0 && roles[i].tgt != roles[j].src) roles[j].tgt = roles[i].tgt;
      roles[i].skip = true;
      break;
    }
  }
  // "talks stalled over a threat to walk out", "after a decision to withdraw": a governing noun inside a
  // prepositional phrase says nothing of whose threat or decision it was, so the clause subject is not the
  // source ("Iran's threat to", "a threat by Iran to" are matched as actors before we get here).
  for (size_t i = 0; i < kept.size() && lex.cameo_frames; ++i) {
    if (frames[i].frame == Frame::kNone || roles[i].src < 0) continue;
    const size_t g = frames[i].governor;
    if (g == 0 || !GovernorIsNoun(s.w(g))) continue;
    size_t j = g;
    for (int steps = 0; j > 0 && steps < 3; ++steps) {
      std::string_view w = s.w(j - 1);
      if (s.mention_at[j - 1] >= 0 || s.toks[j - 1].Is(text::kPunct) || syntax::IsPreposition(w) ||
          syntax::IsAuxiliary(w) || syntax::IsClauseBoundary(w))
        break;
      --j;
      if (w == "the" || w == "a" || w == "an") break;
    }
    if (j > 0 && syntax::IsPreposition(s.w(j - 1)) && s.w(j - 1) != "to" &&
        static_cast<size_t>(s.mentions[roles[i].src].last) <= j - 1)
      roles[i].src = -1;
  }
  // The governing word's own match ("agree to", "threaten") gives way to the framed event, and so does the
  // bare modal ("must") when what must be done has a pattern.
  for (size_t i = 0; i < kept.size(); ++i) {
    if (frames[i].frame == Frame::kNone || roles[i].skip || (roles[i].src < 0 && roles[i].tgt < 0)) continue;
    for (size_t j = 0; j < kept.size(); ++j)
      if (j != i && ((kept[j].head <= frames[i].governor && frames[i].governor < std::max(kept[j].end, kept[j].head + 1)) ||
                     (ModalHead(lex, patterns[kept[j].pattern]) && !ModalHead(lex, patterns[kept[i].pattern]) &&
                      frames[j].governor == frames[i].governor && kept[j].head < kept[i].head)))
        roles[j].skip = true;
  }
  for (size_t i = 0; i < kept.size(); ++i) {
    if (roles[i].skip || roles[i].tgt >= 0) continue;
    for (size_t j = i + 1; j < kept.size(); ++j) {
      size_t h = kept[j].head;
      if (h <= kept[i].head || h > kept[i].end + 8) break;
      if (roles[j].tgt >= 0 && h > 0 && s.w(h - 1) == "to") {
        roles[i].tgt = roles[j].tgt;
        break;
      }
    }
  }
  if (lex.first_verb_per_clause) FirstVerbPerClause(s, kept, patterns, &roles);

  for (size_t mi = 0; mi < kept.size(); ++mi) {
    const Match& m = kept[mi];
    const VerbPattern& p = patterns[m.pattern];
    if (roles[mi].skip) continue;
    int src = roles[mi].src, tgt = roles[mi].tgt;
    const std::vector<int>& between = roles[mi].between;
    if (src < 0 && tgt < 0) continue;
    if (src < 0 && !p.nominal && NaturalSubject(s, m.head)) continue;  // "an earthquake struck Turkey"

    size_t cb, ce;
    syntax::ClauseBounds(s, m.head, &cb, &ce);
    Modality modality = syntax::ModalityOf(s, m.head, cb);
    // "will fly to Beijing for talks with Chinese officials": talks that are a journey's purpose share its
    // modality; planned, they are an intent to meet, as the journey is.
    bool purpose_intent = false;
    if (p.nominal && p.code.compare(0, 2, "04") == 0 && lex.cameo_frames && PurposeFor(s, m.head)) {
      for (size_t j = mi; j-- > 0;) {
        if (kept[j].head < cb) break;
        if (patterns[kept[j].pattern].nominal) continue;
        modality = syntax::ModalityOf(s, kept[j].head, cb);
        purpose_intent = modality == Modality::kFuture && ModalFrame(s, kept[j].head, modality) == Frame::kIntent;
        break;
      }
    }

    // What the event is, given what governs it: an intent, a refusal, a threat or a demand is asserted
    // when the statement is, and happens when the statement does.
    std::string code = act_of[mi] >= 0 ? patterns[kept[act_of[mi]].pattern].code : p.code;
    const std::string& code_head = act_of[mi] >= 0 ? patterns[kept[act_of[mi]].pattern].head : p.head;
    const bool bomb_word = code_head == "bomb" || code_head == "bombing";
    size_t time_anchor = m.head;
    bool reframed = false;
    if (frames[mi].frame != Frame::kNone) {
      code = Reframe(code, frames[mi].frame);
      size_t gb, ge;
      syntax::ClauseBounds(s, frames[mi].governor, &gb, &ge);
      modality = syntax::ModalityOf(s, frames[mi].governor, gb);
      time_anchor = frames[mi].governor;
      reframed = true;
    } else if (purpose_intent) {
      code = Reframe(code, Frame::kIntent);
      modality = Modality::kAsserted;
      reframed = true;
    } else if (std::string c = Reframe(code, ModalFrame(s, m.head, modality)); lex.cameo_frames && c != code) {
      code = c;
      modality = Modality::kAsserted;
      reframed = true;
    }
    while (reframed && code.size() > 3 && !lex.verbs.Code(code)) code.pop_back();
    // "the police beat migrants at the border, Gondor protested on Monday", "X protested that ...": a
    // protest that reports what was said is a complaint in words (111), not a demonstration.
    if (lex.cameo_frames && !p.nominal && p.head == "protest" && code.size() >= 2 && code[0] == '1' &&
        code[1] == '4' && ProtestReportsSpeech(s, m.head))
      code = "111";
    // "killed the defense minister", "shot dead President X": killing one person of political standing is an
    // assassination (186).
    if (lex.cameo_frames && !p.nominal && (p.head == "kill" || p.head == "murder") && code == "190" && tgt >= 0 &&
        !mentions[tgt].plural && KilledALeader(s, m.head, mentions[tgt]) && lex.verbs.Code("186"))
      code = "186";

    // When: the time expression attached to the event word, else the story date. A statement of intent
    // takes the time of the statement ("said on Tuesday it would visit in June"), not of the act.
    std::string date, precision;
    int own_timex = timex_of_anchor[m.head] >= 0 ? timex_of_anchor[m.head] : sentence_timex;
    if (reframed) {
      own_timex = time_anchor != m.head ? timex_of_anchor[time_anchor] : -1;
      for (size_t t = 0; own_timex < 0 && t < timex.size(); ++t)
        if (timex_of_speech[t]) own_timex = static_cast<int>(t);
    }
    if (int t = own_timex; t >= 0) {
      timex[t].Resolve(job.story_date, modality == Modality::kFuture, &date, &precision);
    }
    // No time of its own: a past-tense event continues the story's last dated event of the sentence before
    // ("Lula visited Pretoria on Tuesday. Ramaphosa hosted Lula ..."), else the story date.
    bool past = !p.nominal && (m.form == Form::kPast || m.form == Form::kPastOrParticiple) &&
                !(m.head > 0 && (s.w(m.head - 1) == "has" || s.w(m.head - 1) == "have"));
    if (date.empty() && past && job.narrative && job.narrative->sentence == job.index - 1 &&
        !job.narrative->date.empty()) {
      date = job.narrative->date;
      precision = job.narrative->precision;
    }
    if (!date.empty() && job.narrative && (own_timex >= 0 || past)) {
      job.narrative->sentence = job.index;
      job.narrative->date = date;
      job.narrative->precision = precision;
    }
    if (date.empty() && job.story_date) {
      date = resolve::FormatDay(*job.story_date);
      precision = "day";
    }

    // Where: a place named in the event's clause after a locative cue, nearest after the event word.
    std::optional<Location> location;
    int own_place = -1;  // index into places when the location was named in this clause
    {
      size_t lo = cb;
      if (src >= 0 && static_cast<size_t>(mentions[src].first) < lo) lo = mentions[src].first;
      int pick = -1;
      for (size_t i = 0; i < places.size(); ++i) {
        const auto& pm = places[i];
        if (pm.place < 0 || static_cast<size_t>(pm.first) < lo || static_cast<size_t>(pm.first) >= ce) continue;
        if (!pm.cue && !pm.admin_cue) continue;
        if (s.mention_at[pm.first] >= 0 && (!pm.cue || mentions[s.mention_at[pm.first]].adjective_only))
          continue;  // "Thai villages": an adjective, not a place
        if (src >= 0 && pm.first >= mentions[src].first && pm.first < mentions[src].last) continue;
        if (tgt >= 0 && pm.first >= mentions[tgt].first && pm.first < mentions[tgt].last && !pm.cue) continue;
        auto specificity = [&](const resolve::PlaceMention& x) {
          const lexicon::Place& q = lex.gazetteer.place(x.place);
          return q.IsCountry() ? 0 : q.IsAdmin1() ? 1 : 2;
        };
        if (pick >= 0 && pm.first - places[pick].last <= 4 && specificity(pm) > specificity(places[pick])) {
          pick = static_cast<int>(i);  // "in Thailand's Sisaket province": the more specific place
          continue;
        }
        if (pick < 0) pick = static_cast<int>(i);
        else if (static_cast<size_t>(places[pick].first) < m.head && static_cast<size_t>(pm.first) > m.head) pick = static_cast<int>(i);
        else if (static_cast<size_t>(pm.first) < m.head && static_cast<size_t>(places[pick].first) < static_cast<size_t>(pm.first)) pick = static_cast<int>(i);
      }
      // "visited Brasilia", "shelled Kherson": the target is the place.
      if (pick < 0 && tgt >= 0) {
        for (size_t i = 0; i < places.size(); ++i)
          if (places[i].place >= 0 && mentions[tgt].place && places[i].first == mentions[tgt].first &&
              !lex.gazetteer.place(places[i].place).IsCountry())
            pick = static_cast<int>(i);
      }
      own_place = pick;
      if (pick >= 0) {
        const lexicon::Place& pl = lex.gazetteer.place(places[pick].place);
        Location loc;
        loc.name = pl.name;
        loc.country = pl.country;
        loc.admin1 = pl.admin1;
        loc.lat = pl.lat;
        loc.lon = pl.lon;
        loc.geonameid = pl.geonameid;
        loc.feature = pl.feature;
        location = loc;
        if (job.paragraph_place) *job.paragraph_place = loc;
      }
    }
    // The paragraph's place and the dateline say where the story is now, not where a past event happened
    // ("After Iran's 1979 revolution, the new theocracy battled Kurdish insurgents").
    bool recent = true;
    if (job.story_date && !date.empty()) {
      resolve::Ymd d;
      if (precision == "day" && resolve::ParseYmd(date, &d))
        recent = std::labs(resolve::DaysFromCivil(d) - resolve::DaysFromCivil(*job.story_date)) <= 45;
      else if (date.size() >= 4)
        recent = std::atoi(date.substr(0, 4).c_str()) >= job.story_date->y;
    }
    if (!location && recent && job.paragraph_place && *job.paragraph_place) location = *job.paragraph_place;
    if (!location && recent && job.dateline_place) {
      const std::string& dc = job.dateline_place->country;
      std::string sc = src >= 0 ? mentions[src].country : "", tc = tgt >= 0 ? mentions[tgt].country : "";
      // Unplaced actors ("demonstrators") are where the reporter is, but not when a named body acts from
      // its seat ("The European Union imposed sanctions ... over the crackdown on protesters").
      bool named_src = src >= 0 && mentions[src].named;
      // Victims named by their role ("four children were killed in Israeli shelling") are where the reporter is.
      bool unplaced_tgt = tgt >= 0 && tc.empty() && !mentions[tgt].named;
      if (sc == dc || tc == dc || unplaced_tgt || (sc.empty() && tc.empty() && !named_src))
        location = *job.dateline_place;
    }

    // According to whom: the nearest reporting verb of the sentence that is not the event itself.
    std::optional<Attribution> attribution;
    {
      const syntax::Speech* best = nullptr;
      for (const auto& sp : speech) {
        if (sp.verb == m.head || sp.speaker_first < 0) continue;
        if (!best || (sp.verb > m.head ? sp.verb - m.head : m.head - sp.verb) <
                         (best->verb > m.head ? best->verb - m.head : m.head - best->verb))
          best = &sp;
      }
      if (best) {
        Attribution a;
        int b = toks[best->speaker_first].begin, e = toks[best->speaker_last - 1].end;
        a.text.assign(job.story_text.substr(b, e - b));
        if (best->speaker >= 0) {
          const Mention& sm = mentions[best->speaker];
          a.code = sm.code;
          a.anonymous = !sm.named && !sm.person;
        } else {
          // Unnamed speakers in lower case ("local sources", "witnesses"); a capitalised name is named.
          bool named = false;
          for (int k = best->speaker_first; k < best->speaker_last; ++k) named = named || toks[k].Is(text::kCap);
          a.anonymous = !named;
        }
        a.anonymous = a.anonymous || job.anonymity_nearby;
        attribution = a;
      }
    }

    const lexicon::EventCode* ec = lex.verbs.Code(code);
    // Coercion and violence (roots 17-20) with no target named ("struck a village in Sulaymaniyah province") are
    // against the country the place is in, when that is not the attacker's own.
    // So are protests and shows of force abroad ("US activists protested in Beijing", "exercises in Alaska").
    const bool abroad = src >= 0 && !mentions[src].country.empty() && location &&
                        mentions[src].country != location->country;
    const bool coercion = (code.size() >= 2 && code[0] == '1' && code[1] >= '7') || code[0] == '2';
    const bool protest = code.rfind("14", 0) == 0 || code.rfind("15", 0) == 0;
    // Sympathy for what happened in a place ("expressed sorrow for the shootings in South Carolina") is for
    // its country.
    const bool sympathy = code == "018";
    // A court, police or government coerces at home ("a Tunisian court jailed a man for helping militants in
    // Lebanon"): a place abroad in the clause is not where it did so.
    const std::string_view src_type = src >= 0 ? std::string_view(mentions[src].type) : std::string_view();
    const bool at_home = code.rfind("17", 0) == 0 && abroad &&
                         (src_type == "JUD" || src_type == "COP" || src_type == "GOV" || src_type == "LEG");
    if (tgt < 0 && own_place >= 0 && !at_home && (coercion || sympathy || (protest && abroad)) && location &&
        !location->country.empty())
      tgt = PlaceAsActor(s, lex, places, static_cast<size_t>(places[own_place].first), &mentions, true);
    // Coercion with no target named ("declared martial law", "imposed a curfew") falls on the source's own
    // country.
    if (tgt < 0 && src >= 0 && code.rfind("17", 0) == 0 && !mentions[src].country.empty()) {
      Mention own;
      own.first = mentions[src].first;
      own.last = mentions[src].last;
      own.code = own.country = mentions[src].country;
      own.named = true;
      own.implied = true;
      if (const lexicon::ActorEntry* c = lex.actors.CountryByCode(own.country)) own.name = c->name;
      mentions.push_back(own);
      tgt = static_cast<int>(mentions.size() - 1);
    }
    std::vector<int> srcs = src >= 0 ? syntax::Coordinated(s, src) : std::vector<int>{-1};
    std::vector<int> tgts = tgt >= 0 ? syntax::Coordinated(s, tgt) : std::vector<int>{-1};
    // Violence against a capital ("missiles at Kyiv") falls on the city and its country, not the government;
    // so does any act the capital is named as the scene of ("a protest in Beijing").
    {
      const bool violence = code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0;
      for (int& t : tgts) {
        if (t < 0 || !mentions[t].place || mentions[t].country.empty()) continue;
        const int f = mentions[t].first;
        const bool scene = f > 0 && (s.w(f - 1) == "in" || s.w(f - 1) == "across" || s.w(f - 1) == "throughout");
        if (!violence && !scene) continue;
        Mention city = mentions[t];
        city.code = city.country;
        city.type.clear();
        mentions.push_back(std::move(city));
        t = static_cast<int>(mentions.size() - 1);
      }
    }
    if (between.size() >= 2) {
      srcs = {between.front()};
      tgts.assign(between.begin() + 1, between.end());
    }
    // "Chilean and Peruvian navies staged war games": exercises that several countries hold together, with
    // no target, are military cooperation among them (062), not a show of force.
    if (lex.cameo_frames && tgt < 0 && srcs.size() >= 2 && code.rfind("15", 0) == 0 && Exercises(p)) {
      bool two_countries = false;
      for (int a : srcs)
        two_countries = two_countries || (a >= 0 && srcs[0] >= 0 && !mentions[a].country.empty() &&
                                          !mentions[srcs[0]].country.empty() &&
                                          mentions[a].country != mentions[srcs[0]].country);
      if (two_countries && lex.verbs.Code("062")) {
        code = "062";
        ec = lex.verbs.Code(code);
      }
    }
    // "India and China met": with no target, each member of a compound subject acts on the others, when the
    // act is mutual (meeting, agreeing, cooperating, clashing); "US and British activists protested" is not.
    // (TABARI and PETRARCH pair the members for every act.)
    const bool mutual = !lex.cameo_frames || (code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '6') ||
                        p.head == "clash" || p.head == "fight" || p.head == "battle" || p.head == "skirmish";
    std::vector<std::pair<int, int>> pairs;
    // TABARI '%' ("% * DIPLOMATIC", "HAS * WITH %"): the compound there acts among its members.
    const std::vector<int>* among = p.compound == VerbPattern::Compound::kSource ? &srcs
                                    : p.compound == VerbPattern::Compound::kTarget ? &tgts
                                                                                   : nullptr;
    if (among && among->size() < 2) among = nullptr;
    if (!among && tgt < 0 && srcs.size() >= 2 && mutual) among = &srcs;
    if (among) {
      for (int a : *among)
        for (int b : *among)
          if (a != b) pairs.emplace_back(a, b);
    } else {
      for (int a : srcs)
        for (int b : tgts) pairs.emplace_back(a, b);
    }
    const size_t first_event = out->size();
    for (auto [a, b] : pairs) {
      {
        if (a < 0 && b < 0) continue;
        // "Syria halted its offensive in Idlib": a place of the actor's own country is no target, but the
        // act stands.
        // So is the own country that coercion falls on ("Egypt declared a state of emergency").
        if (a >= 0 && b >= 0 && (mentions[b].place || mentions[b].implied) && lex.cameo_frames &&
            mentions[a].code == mentions[b].code)
          b = -1;
        // An actor against itself: PETRARCH drops the event; CAMEO coding keeps the act with no target
        // ("activists of the party rallied against the party's leader").
        if (a >= 0 && b >= 0 && (a == b || mentions[a].code == mentions[b].code)) {
          if (!lex.cameo_frames) continue;
          b = -1;
        }
        std::string sc = a >= 0 ? mentions[a].code : "", tc = b >= 0 ? mentions[b].code : "";
        if (!seen.emplace(sc, tc, code).second) continue;
        Event ev;
        ev.sentence = job.index;
        ev.text = sentence_text;
        ev.date = date;
        ev.date_precision = precision;
        if (a >= 0) ev.source = MakeActor(mentions[a], job, location, false);
        if (b >= 0) ev.target = MakeActor(mentions[b], job, location, true);
        ev.cameo = code;
        const lexicon::EventCode* evc = ec;
        if (lex.cameo_frames && ev.source && ev.target) {
          if (const char* c = ViolenceByWhomOnWhom(code, *ev.source, *ev.target)) {
            ev.cameo = c;
            evc = lex.verbs.Code(ev.cameo);
          }
        }
        // A bombing by no named state force ("the bombing of two embassies", "a clinic bombing") is CAMEO's
        // non-military bombing (183), not an aerial one (195).
        if (lex.cameo_frames && bomb_word && ev.cameo == "195" && !StateForce(ev.source)) {
          ev.cameo = "183";
          evc = lex.verbs.Code(ev.cameo);
        }
        ev.root = ev.cameo.substr(0, 2);
        if (evc) {
          ev.quad = evc->quad;
          ev.goldstein = evc->goldstein;
          ev.plover = evc->plover;
        }
        ev.modality = modality;
        ev.location = location;
        ev.attribution = attribution;
        ev.verb = CharSpan(job, toks[m.head].begin, toks[m.end > m.head ? m.end - 1 : m.head].end);
        ev.entries.push_back(p.where);
        if (a >= 0 && !mentions[a].entries.empty()) ev.entries.push_back(mentions[a].entries.front());
        if (b >= 0 && !mentions[b].entries.empty()) ev.entries.push_back(mentions[b].entries.front());
        out->push_back(std::move(ev));
      }
    }
    // TABARI/PETRARCH paired codes ("[032:033]": the target receives the visit back); an empty code is a
    // discard or a pattern that codes only the paired event ("[:173]").
    if (!p.paired_code.empty() || code.empty()) {
      std::vector<Event> made(std::make_move_iterator(out->begin() + first_event), std::make_move_iterator(out->end()));
      out->resize(first_event);
      for (Event& ev : made) {
        if (!code.empty()) out->push_back(ev);
        if (p.paired_code.empty()) continue;
        if (!code.empty() && !ev.target) continue;  // no one to do the paired act back
        // "refused to host Peru", "will host Peru": what was refused or intended is not done back either.
        if (!code.empty() && reframed) continue;
        std::swap(ev.source, ev.target);
        // "[064:064]" between the members of a compound: the reverse event is already there.
        if (!seen.emplace(ev.source ? ev.source->code : "", ev.target ? ev.target->code : "", p.paired_code).second)
          continue;
        ev.cameo = p.paired_code;
        ev.root = ev.cameo.substr(0, 2);
        const lexicon::EventCode* pc = lex.verbs.Code(ev.cameo);
        ev.quad = pc ? pc->quad : 0;
        ev.goldstein = pc ? pc->goldstein : 0;
        ev.plover = pc ? pc->plover : "";
        out->push_back(std::move(ev));
      }
    }
  }
  SplitCompoundCodes(out, first_out);
  DropSubsumedOneSided(out, first_out, lex.cameo_frames);
}

}  // namespace dyad::code
