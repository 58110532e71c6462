#include "code/frames.h"

#include <array>
#include <string_view>

#include "util/word_set.h"

namespace dyad::code {
namespace {

using syntax::SentenceView;

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool IsAdverbLike(std::string_view w) {
  static const WordSet kWords{"also", "again", "already", "now", "still", "then", "immediately", "fully", "quickly",
                   "swiftly", "formally", "jointly", "eventually", "finally", "reportedly", "publicly",
                   "unilaterally", "soon", "gradually", "partially", "partly", "later"};
  return kWords.count(w);
}

Frame GovernorFrame(std::string_view w) {
  if (OneOf(w, {"agree", "agrees", "agreed", "agreeing", "offer", "offers", "offered", "offering", "decide",
                "decides", "decided", "deciding", "intend", "intends", "intended", "plan", "plans", "planned",
                "planning", "undertake", "undertakes", "undertook", "volunteered", "consent", "consents",
                "consented", "ready", "willing", "prepared", "committed", "due", "eager", "determined",
                "commits", "commit", "readiness", "willingness", "decision", "agreement", "consensus",
                "deal", "accord", "pact", "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking"}))
    return Frame::kIntent;
  if (OneOf(w, {"promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging",
                "vow", "vows", "vowed", "vowing", "swear", "swore", "sworn"}))
    return Frame::kVow;
  if (OneOf(w, {"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
                "unwilling", "reluctant", "refusal"}))
    return Frame::kRefusal;
  if (OneOf(w, {"threaten", "threatens", "threatened", "threatening", "threat", "threats"}))
    return Frame::kThreat;
  if (OneOf(w, {"prepare", "prepares", "preparing", "preparations"})) return Frame::kPrepare;
  return Frame::kNone;
}

// A verb that stops, cuts or lifts what its object names ("suspended aid", "lifted the curfew").
bool IsHaltVerb(std::string_view w) {
  static const WordSet kWords{"suspend", "suspends", "suspended", "suspending", "halt", "halts", "halted", "halting", "stop",
                   "stops", "stopped", "stopping", "end", "ends", "ended", "ending", "cease", "ceases", "ceased",
                   "freeze", "freezes", "froze", "frozen", "freezing", "cancel", "cancels", "cancelled", "canceled",
                   "cancelling", "canceling", "scrap", "scraps", "scrapped", "scrapping", "terminate", "terminates",
                   "terminated", "terminating", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
                   "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "reduce", "reduces",
                   "reduced", "reducing", "curtail", "curtails", "curtailed", "curtailing", "slash", "slashes",
                   "slashed", "slashing", "discontinue", "discontinues", "discontinued", "abandon", "abandons",
                   "abandoned", "abandoning"};
  return kWords.count(w);
}

// A verb that turns down what is asked or offered.
bool IsRejectVerb(std::string_view w) {
  static const WordSet kWords{"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
                   "rebuff", "rebuffs", "rebuffed", "spurn", "spurns", "spurned", "veto", "vetoes", "vetoed",
                   "vetoing", "ignore", "ignores", "ignored", "ignoring", "defy", "defies", "defied", "defying"};
  return kWords.count(w);
}

// A verb that grants what is asked ("accepted the demands", "met the demands", "heeded calls").
bool IsAcceptVerb(std::string_view w) {
  static const WordSet kWords{"accept", "accepts", "accepted", "accepting", "heed", "heeds", "heeded", "heeding", "grant",
                   "grants", "granted", "granting", "meet", "meets", "met", "fulfil", "fulfill", "fulfilled",
                   "fulfils", "satisfy", "satisfied"};
  return kWords.count(w);
}

// "gave in to", "bowed to", "yielded to", "complied with" (the word before "to"/"with").
bool IsYieldToVerb(std::string_view w) {
  static const WordSet kWords{"in", "bow", "bows", "bowed", "yield", "yields", "yielded", "comply", "complies", "complied",
                   "submit", "submitted", "succumbed", "caved"};
  return kWords.count(w);
}

// "called off", "cut off", "broke off", "scaled back", "wound down": a verb and its particle.
bool IsHaltParticle(std::string_view verb, std::string_view particle) {
  if (particle == "off")
    return OneOf(verb, {"call", "calls", "called", "calling", "cut", "cuts", "cutting", "break", "breaks", "broke",
                        "broken", "breaking", "switch", "switched"});
  if (particle == "back") return OneOf(verb, {"scale", "scales", "scaled", "scaling", "roll", "rolled", "cut"});
  if (particle == "down") return OneOf(verb, {"wind", "winds", "wound", "winding", "scale", "scaled"});
  return false;
}

bool IsDemandVerb(std::string_view w) {
  static const WordSet kWords{"said", "says", "say", "saying", "told", "tells", "declared", "declares", "insisted",
                   "insists", "reiterated", "reiterates", "stressed", "stresses", "warned", "warns",
                   "concluded", "demanded", "demands", "added", "argued", "argues", "announced", "stated",
                   "urged", "wrote", "reminder", "statement", "insisting", "demanding"};
  return kWords.count(w);
}

// The part of a cooperative CAMEO code that survives a change of frame: what is offered, refused or
// demanded, and how specifically.
enum class Topic : unsigned char { kGeneral, kMaterial, kDiplomatic, kAid, kReform, kYield, kMeet, kSettle, kMediate };

struct Subject {
  Topic topic = Topic::kGeneral;
  int sub = 0;  // 1..6: the fourth digit of the specific code, 0 = unspecified
  bool agreement = false;  // signing one (057): refusing it rejects a settlement (127), promising it is general
  bool ok = false;
};

int Digit(const std::string& code, size_t i) { return i < code.size() ? code[i] - '0' : 0; }

Subject SubjectOf(const std::string& c) {
  Subject s;
  s.ok = true;
  const std::string r = c.substr(0, 2);
  const int d3 = Digit(c, 2), d4 = Digit(c, 3);
  if (r == "04") {
    s.topic = d3 == 5 ? Topic::kMediate : Topic::kMeet;
  } else if (r == "05") {
    s.topic = Topic::kDiplomatic;
    s.agreement = d3 == 7;
  } else if (r == "06") {
    s.topic = Topic::kMaterial;
    s.sub = d3 >= 1 && d3 <= 4 ? d3 : 0;
  } else if (r == "07") {
    s.topic = Topic::kAid;
    s.sub = d3 >= 1 && d3 <= 4 ? d3 : 0;
  } else if (r == "08") {
    static const std::array<int, 8> kYieldSub = {0, 1, 2, 0, 3, 4, 5, 6};  // 080..087 -> 03/10 layout
    if (d3 == 3) {
      s.topic = Topic::kReform;
      s.sub = d4;
    } else {
      s.topic = Topic::kYield;
      s.sub = d3 < 8 ? kYieldSub[d3] : 0;
    }
  } else if (r == "03") {
    static const std::array<Topic, 10> kTopics = {Topic::kGeneral, Topic::kMaterial, Topic::kDiplomatic,
                                                  Topic::kAid,     Topic::kReform,   Topic::kYield,
                                                  Topic::kMeet,    Topic::kSettle,   Topic::kMediate,
                                                  Topic::kMediate};
    s.topic = kTopics[d3 % 10];
    s.sub = d4;
  } else {
    s.ok = false;
  }
  return s;
}

std::string WithSub(std::string code, int sub) { return sub > 0 ? code + static_cast<char>('0' + sub) : code; }

// Intent (03), appeal (02) and demand (10) share one layout; rejection (12) has its own.
std::string InFamily(const Subject& s, const std::string& family) {
  if (family == "12") {
    switch (s.topic) {
      case Topic::kMaterial: return WithSub("121", s.sub);
      case Topic::kAid: return WithSub("122", s.sub);
      case Topic::kReform: return WithSub("123", s.sub);
      case Topic::kYield: return WithSub("124", s.sub);
      case Topic::kMeet: return "125";
      case Topic::kMediate: return "126";
      case Topic::kSettle: return "127";
      case Topic::kDiplomatic: return s.agreement ? "127" : "120";
      default: return "120";
    }
  }
  switch (s.topic) {
    case Topic::kMaterial: return WithSub(family + "1", s.sub);
    case Topic::kDiplomatic: return s.agreement ? family + "0" : family + "2";
    case Topic::kAid: return WithSub(family + "3", s.sub);
    case Topic::kReform: return WithSub(family + "4", s.sub);
    case Topic::kYield: return WithSub(family + "5", s.sub);
    case Topic::kMeet: return family + "6";
    case Topic::kSettle: return family + "7";
    case Topic::kMediate: return family == "03" ? "039" : family + "8";
    default: return family + "0";
  }
}

// A threat of the act: CAMEO 13.
std::string ThreatOf(const std::string& c) {
  const std::string r = c.substr(0, 2);
  const int d3 = Digit(c, 2), d4 = Digit(c, 3);
  if (r == "14") return "133";
  if (r == "15") return "138";
  if (r == "16") {
    static const std::array<const char*, 7> k = {"131", "1313", "1311", "1312", "134", "135", "136"};
    return d3 < 7 ? k[d3] : "131";
  }
  if (r == "17") return d3 == 2 ? WithSub("132", d4) : "137";
  if (r == "18") return "1383";
  // A threat to attack is "threaten with military force" (138); with arms named, a conventional attack (1384).
  if (r == "19") return d3 == 1 ? "1381" : d3 == 2 ? "1382" : d3 >= 3 && d3 <= 5 ? "1384" : "138";
  if (r == "20") return d3 == 4 ? "1385" : "1383";
  return c;
}

bool Cooperative(const std::string& c) { return c.size() >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '8'; }
bool Conflictual(const std::string& c) { return c.size() >= 2 && c[0] == '1' && c[1] >= '4'; }
bool Violent(const std::string& c) { return Conflictual(c) || (c.size() >= 2 && c[0] == '2'); }

// What stopping the act of `code` is: halting talks (164) or mediation (165), breaking ties (161), cutting
// aid (162x) or withdrawing peacekeepers (1661); lifting sanctions (085) or a curfew (0813), calling off
// protests (082) and de-escalating a fight (087). `code` itself when stopping it has no CAMEO code.
std::string HaltOf(const std::string& c) {
  const std::string r = c.substr(0, 2);
  const int d3 = Digit(c, 2), d4 = Digit(c, 3);
  if (r == "04") return d3 == 5 || d3 == 6 ? "165" : "164";
  if (r == "05") return "161";
  if (r == "06") return "160";
  if (r == "07") return d3 >= 1 && d3 <= 3 ? WithSub("162", d3) : d3 == 4 ? "1661" : "162";
  if (r == "14") return "082";
  if (r == "15") return "087";
  if (r == "16") return d3 == 3 ? "085" : c;
  if (r == "17") return d3 == 2 ? WithSub("081", d4) : c;
  if (r == "19") return d3 == 1 ? "0872" : d3 == 2 ? "0874" : "087";
  if (r == "18" || r == "20") return "087";
  return c;
}

// An appeal (02) or demand (10) in the layout of intents (03), which they share: "1053" -> "0353".
std::string AsIntent(const std::string& c) {
  if (c.size() < 3 || !(c.compare(0, 2, "02") == 0 || c.compare(0, 2, "10") == 0)) return c;
  return "03" + c.substr(2);
}

// Turning down an appeal, a demand, an offer or a meeting: the rejection of what was asked (12x).
std::string RejectionOf(const std::string& c) {
  const std::string i = AsIntent(c);
  if (i.compare(0, 2, "03") != 0 && !Cooperative(i)) return c;
  return InFamily(SubjectOf(i), "12");
}

// Granting an appeal or a demand: yielding what was asked (08x); "accepted demands for reform" is 083.
std::string YieldingOf(const std::string& c) {
  if (c.size() < 2 || !(c.compare(0, 2, "02") == 0 || c.compare(0, 2, "10") == 0)) return c;
  const Subject s = SubjectOf(AsIntent(c));
  static const std::array<const char*, 7> kYield = {"080", "081", "082", "0841", "085", "086", "087"};
  switch (s.topic) {
    case Topic::kReform: return WithSub("083", s.sub);
    case Topic::kYield: return s.sub < 7 ? kYield[s.sub] : "080";
    case Topic::kMediate: return "039";  // accepting mediation: CAMEO's intent to accept it
    default: return "080";
  }
}

// "The sanctions on Iran were lifted by the EU", "talks with Israel have been suspended": the event noun
// is the subject of a passive stopping verb.
bool PassiveHalt(const SentenceView& s, size_t head, FrameHit* hit) {
  for (size_t k = head + 1, steps = 0; k < s.n && steps < 7; ++k, ++steps) {
    std::string_view w = s.w(k);
    if (OneOf(w, {"was", "were", "been", "be"})) {
      size_t v = k + 1;
      while (v < s.n && (IsAdverbLike(s.w(v)) || s.w(v) == "temporarily" || s.w(v) == "partially")) ++v;
      if (v >= s.n) return false;
      std::string_view x = s.w(v);
      const bool participle = IsHaltVerb(x) && (x.ends_with("ed") || x == "cut" || x == "frozen" || x == "withdrawn");
      if (!participle && !IsHaltParticle(x, v + 1 < s.n ? s.w(v + 1) : std::string_view())) return false;
      *hit = {Frame::kHalt, v};
      return true;
    }
    if (s.toks[k].Is(text::kPunct) || syntax::IsClauseBoundary(w) || IsHaltVerb(w)) return false;
  }
  return false;
}

// "must release", "should withdraw" inside what someone said: a demand or an appeal by the speaker. The
// modal itself may be the event word (`100 must`).
bool ModalInSpeech(const SentenceView& s, size_t head, FrameHit* hit) {
  const bool modal_head = s.w(head) == "must" || s.w(head) == "should";
  for (size_t j = modal_head ? head + 1 : head, steps = 0; j-- > 0 && steps < 3; ++steps) {
    std::string_view w = s.w(j);
    if (IsAdverbLike(w)) continue;
    bool must = w == "must" || ((w == "to") && j > 0 && OneOf(s.w(j - 1), {"has", "have", "needs", "need"}));
    bool should = w == "should";
    if (!must && !should) return false;
    for (size_t k = j; k-- > 0 && j - k <= 30;) {
      if (s.w(k) == ";" || s.w(k) == ".") break;
      if (IsDemandVerb(s.w(k))) {
        *hit = {must ? Frame::kDemand : Frame::kAppeal, k};
        return true;
      }
    }
    return false;
  }
  return false;
}

// "suspended all military aid", "called off the planned talks": a verb stopping the event noun; "rejected
// Pakistan's demand", "accepted the rebels' demands", "turned down an appeal": one turning down or granting
// it. Articles, adjectives, an actor's adjective or a possessor stand between.
bool VerbOnTheNoun(const SentenceView& s, size_t head, FrameHit* hit) {
  for (size_t j = head, steps = 0; j-- > 0 && steps < 5; ++steps) {
    std::string_view w = s.w(j);
    if (IsHaltVerb(w) || (j > 0 && IsHaltParticle(s.w(j - 1), w))) {
      *hit = {Frame::kHalt, IsHaltVerb(w) ? j : j - 1};
      return true;
    }
    if (IsRejectVerb(w) || (w == "down" && j > 0 && OneOf(s.w(j - 1), {"turn", "turns", "turned", "turning"}))) {
      *hit = {Frame::kReject, w == "down" ? j - 1 : j};
      return true;
    }
    if (IsAcceptVerb(w) || (OneOf(w, {"to", "with"}) && j > 0 && IsYieldToVerb(s.w(j - 1)))) {
      *hit = {Frame::kAccept, IsAcceptVerb(w) ? j : j - 1};
      return true;
    }
    // "is preparing an offensive": making ready for the act its object names.
    if (OneOf(w, {"prepare", "prepares", "prepared", "preparing"}) && j + 1 < head) {
      *hit = {Frame::kPrepare, j};
      return true;
    }
    if (w == "'s" || w == "'") continue;  // "Pakistan's demand"
    if (j + 1 < s.n && (s.w(j + 1) == "'s" || s.w(j + 1) == "'") && s.mention_at[j] >= 0) continue;
    if (s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(w) || syntax::IsPreposition(w) ||
        syntax::IsAuxiliary(w) || w == "to")
      return false;
    // "suspended U.S. aid", "ended its offensive": an actor's adjective or a possessive pronoun may stand
    // between; an actor that is a noun ("stopped police attacks") is the one acting.
    if (s.mention_at[j] >= 0 && !s.mentions[s.mention_at[j]].adjective_only && !OneOf(w, {"its", "their", "his", "her", "our"}))
      return false;
  }
  return false;
}

// "alleged that France had armed the militias", "claims Russia was behind the attack": the speaker accuses.
bool Allegation(const SentenceView& s, size_t head, FrameHit* hit) {
  for (size_t j = head, steps = 0; j-- > 0 && steps < 16; ++steps) {
    std::string_view w = s.w(j);
    if (w == ";" || w == "." || w == "\"" || w == "but" || w == "while" || w == "although") return false;
    if (OneOf(w, {"alleged", "alleges", "alleging", "claimed", "claims", "claiming", "charged", "charges", "charging",
                  "insinuated", "contended", "contends"}) &&
        j + 1 < head && (s.w(j + 1) == "that" || s.mention_at[j + 1] >= 0)) {
      *hit = {Frame::kAllege, j};
      return true;
    }
  }
  return false;
}

// "urged Iran to release", "called on Russia to withdraw", "ordered the army to leave": an appeal or a
// demand to the actor before the "to" at `to`.
bool AskedActor(const SentenceView& s, size_t to, size_t head, FrameHit* hit) {
  if (to == 0 || s.mention_at[to - 1] < 0) return false;
  size_t v = static_cast<size_t>(s.mentions[s.mention_at[to - 1]].first);
  while (v > 0 && OneOf(s.w(v - 1), {"the", "its", "their", "his", "her", "all"})) --v;
  if (v > 1 && s.w(v - 1) == "on" && OneOf(s.w(v - 2), {"call", "calls", "called", "calling"})) --v;
  else if (v > 1 && OneOf(s.w(v - 1), {"to", "with"}) &&
           OneOf(s.w(v - 2), {"appeal", "appeals", "appealed", "appealing", "plead", "pleads", "pleaded", "pled"}))
    --v;
  if (v == 0) return false;
  static const WordSet kAppeal{"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call",
                               "calls", "called", "calling", "encourage", "encourages", "encouraged",
                               "encouraging", "request", "requests", "requested", "invite", "invites", "invited",
                               "want", "wants", "wanted", "implore", "implored", "appeal", "appeals", "appealed",
                               "plead", "pleads", "pleaded", "pled", "exhort", "exhorted", "advise", "advised",
                               "advises"};
  static const WordSet kDemand{"order", "orders", "ordered", "ordering", "tell", "tells", "told", "telling",
                               "demand", "demands", "demanded", "press", "presses", "pressed", "pressing",
                               "pressure", "pressures", "pressured", "pressuring", "require", "requires",
                               "required", "instruct", "instructed", "direct", "directed"};
  std::string_view g = s.w(v - 1);
  const Frame f = kAppeal.count(g) ? Frame::kAppeal : kDemand.count(g) ? Frame::kDemand : Frame::kNone;
  if (f == Frame::kNone) return false;
  *hit = {f, v - 1};
  for (size_t k = to + 1; k < head; ++k)
    if (s.w(k) == "not" || s.w(k) == "never") hit->frame = Frame::kNone;  // "urged Iran not to attack"
  return true;
}

}  // namespace

FrameHit GoverningFrame(const SentenceView& s, size_t head) {
  FrameHit hit;
  if (PassiveHalt(s, head, &hit)) return hit;
  if (head == 0) return hit;
  if (ModalInSpeech(s, head, &hit) || VerbOnTheNoun(s, head, &hit) || Allegation(s, head, &hit)) return hit;
  // "agreed (in principle on Saturday) to provide", "is ready to fully cooperate", "refused to meet".
  size_t to = head;
  for (size_t j = head, steps = 0; j-- > 0 && steps < 2; ++steps) {
    if (s.w(j) == "to") {
      to = j;
      break;
    }
    if (!IsAdverbLike(s.w(j))) break;
  }
  if (to == head) return hit;
  if (AskedActor(s, to, head, &hit)) return hit;
  for (size_t j = to, steps = 0; j-- > 0 && steps < 6; ++steps) {
    std::string_view w = s.w(j);
    if (s.toks[j].Is(text::kPunct) || s.mention_at[j] >= 0 || syntax::IsClauseBoundary(w)) break;
    if (s.transparent[j] || IsAdverbLike(w)) continue;
    Frame f = GovernorFrame(w);
    if (f != Frame::kNone) {
      // "had no plans to meet", "showed no willingness to negotiate": a refusal.
      if ((f == Frame::kIntent || f == Frame::kVow) && j > 0 && s.w(j - 1) == "no") f = Frame::kRefusal;
      // "the army prepared to resume shelling" makes ready; "is prepared to" is willing (an intent).
      if (w == "prepared" && !(j > 0 && OneOf(s.w(j - 1), {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})))
        f = Frame::kPrepare;
      hit.frame = f;
      hit.governor = j;
      // "agreed not to attack": the promise of restraint, not of the act.
      for (size_t k = j + 1; k < head; ++k)
        if (s.w(k) == "not" || s.w(k) == "never") hit.frame = Frame::kNone;
      return hit;
    }
    if (!OneOf(w, {"in", "principle", "on", "the", "a", "an", "its", "their", "his", "her", "also", "is", "are",
                   "was", "were", "be", "been", "has", "have", "had", "said", "it", "they", "he", "she"}))
      break;
  }
  return hit;
}

Frame ModalFrame(const SentenceView& s, size_t head, Modality modality) {
  if (modality != Modality::kFuture && modality != Modality::kNegated && modality != Modality::kHypothetical)
    return Frame::kNone;
  bool will = false, negated = false, may = false;
  for (size_t j = head, steps = 0; j-- > 0 && steps < 4; ++steps) {
    std::string_view w = s.w(j);
    if (s.mention_at[j] >= 0 || s.toks[j].Is(text::kPunct) || syntax::IsClauseBoundary(w)) break;
    if (w == "not" || w == "n't" || w == "never") negated = true;
    else if (w == "will" || w == "'ll" || w == "shall" || w == "would" || w == "wo") will = true;
    else if (w == "may" || w == "might" || w == "could") may = true;
    else if (w == "be") return Frame::kNone;  // "would be indicted": no one states an intention
    else if (!IsAdverbLike(w) && w != "also") break;
  }
  // "may halt mediation if cooperation founders", "could impose sanctions unless ...": harm on a condition
  // is a threat.
  if (may && !negated) {
    for (size_t k = head + 1; k < s.n && k <= head + 20; ++k) {
      std::string_view w = s.w(k);
      if (w == ";" || w == "." || w == "?" || w == "!") break;
      if (w == "if" || w == "unless") return Frame::kThreat;
    }
  }
  if (!will) return Frame::kNone;
  return negated ? Frame::kRefusal : Frame::kIntent;
}

std::string Reframe(const std::string& code, Frame frame) {
  if (frame == Frame::kNone || code.size() < 3) return code;
  switch (frame) {
    case Frame::kIntent:  // a stated intention to use force is a threat
      if (Violent(code)) return ThreatOf(code);
      if (Cooperative(code) && code.compare(0, 2, "03") != 0) return InFamily(SubjectOf(code), "03");
      return code;
    case Frame::kRefusal:
      if (Cooperative(code)) return InFamily(SubjectOf(code), "12");
      return code;
    case Frame::kVow:
      return Reframe(code, Frame::kIntent);
    // Making ready to fight is a show of military force (150); to do anything else, an intent.
    case Frame::kPrepare:
      return code.size() >= 2 && (code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code[0] == '2')
                 ? "150"
                 : Reframe(code, Frame::kIntent);
    case Frame::kThreat:
      return Violent(code) ? ThreatOf(code) : code;
    // Asked to do harm, or anything CAMEO has no specific demand for: a demand (100) or an appeal (020).
    case Frame::kDemand:
      return Cooperative(code) ? InFamily(SubjectOf(code), "10") : code.compare(0, 2, "10") == 0 ? code : "100";
    case Frame::kAppeal:
      return Cooperative(code) ? InFamily(SubjectOf(code), "02") : code.compare(0, 2, "02") == 0 ? code : "020";
    case Frame::kHalt:
      return HaltOf(code);
    case Frame::kReject:
      return RejectionOf(code);
    case Frame::kAccept:
      return YieldingOf(code);
    case Frame::kAllege:  // an allegation of harm is an accusation (112); of aid or talks, a report
      return code.size() >= 2 && (code[0] == '2' || (code[0] == '1' && code[1] >= '4')) ? "112" : code;
    case Frame::kClaim:  // claiming a harm one did oneself is claiming responsibility (015)
      return Reframe(code, Frame::kAllege) == "112" ? "015" : code;
    default:
      return code;
  }
}

}  // namespace dyad::code
