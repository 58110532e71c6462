#include "lexicon/tabari_verbs.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/engine.h"

#include "../../tests/test_util.h"

namespace dyad::lexicon {

namespace {

// TABARI .verbs: synsets, a stem verb with its default code, patterns before and after the verb, paired
// codes, a forms line, alternatives and a discard.
const char* kTabari = R"(<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC_
+TRADE PACT
</SYNSETS>
<TIME>
LAST_WEEK [-7]
</TIME>
ABANDON  [345] ;pas 15 Jul 2003
- * &TIETYPES TIES [902]
- NOT_*  [112]
- + * BY_ $  [181]
BREAK_ [1717]
{ BROKE_ BROKEN_ }
- * { GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]
LEAVE_ [---]
- * FOR_ +  [032:033]
- * OFF  [---]
~~FINISH
)";

// PETRARCH-2: a block of synonymous verbs sharing its code and patterns, multi-word verbs, groups.
const char* kPetrarch = R"(# comment
&MILITARY
+TROOP
+ARMY_

---  ACCELERATE   [042]  ---
ACCELERATE
SPEED {SPEEDING SPEEDS SPED }
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
- * (TO BORDER)                     [154]         # RUSH
- &MILITARY *                       [:173]
<!-- a comment
over two lines -->
---  RESIGN   [---]  ---
KLM_+RESIGN
- $ * + [0874]
)";

const VerbPattern* Find(const std::vector<VerbPattern>& ps, const std::string& head, const std::string& code,
                        size_t before = 0, size_t rest = 0) {
  for (const VerbPattern& p : ps)
    if (p.head == head && p.code == code && p.before.size() == before && p.rest.size() == rest) return &p;
  return nullptr;
}

}  // namespace

TEST(TabariVerbs, RecognisesTheFormatsByContent) {
  EXPECT_TRUE(LooksLikeTabariVerbsText(kTabari));
  EXPECT_TRUE(LooksLikeTabariVerbsText(kPetrarch));
  EXPECT_FALSE(LooksLikeTabariVerbsText("190 attack\n042 travel to +\n"));
  EXPECT_FALSE(LooksLikeTabariVerbsText("AFGHANISTAN_ [AFG]\n+AFGHAN_\nKABUL_ [AFGGOV]\n"));
}

TEST(TabariVerbs, ReadsTabariVerbs) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("demo.verbs", kTabari, &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  // The verb alone: a stem (no final '_') with its default code.
  const VerbPattern* alone = Find(ps, "abandon", "345");
  ASSERT_NE(alone, nullptr);
  EXPECT_TRUE(alone->stem_head);
  EXPECT_EQ(alone->where, "demo.verbs:10");
  // "* &TIETYPES TIES": one variant with the one-word members, one with "trade pact"; spaces let words in.
  const VerbPattern* ties = Find(ps, "abandon", "902", 0, 4);
  ASSERT_NE(ties, nullptr);
  EXPECT_EQ(ties->rest[0].kind, PatternElem::Kind::kSkip);
  EXPECT_TRUE(ties->rest[1].Matches("militaryx"));  // stem
  EXPECT_TRUE(ties->rest[1].Matches("economic"));
  EXPECT_FALSE(ties->rest[1].Matches("economics"));  // ECONOMIC_ is exact
  EXPECT_EQ(ties->rest[2].kind, PatternElem::Kind::kSkip);
  EXPECT_TRUE(ties->rest[3].Matches("ties"));
  const VerbPattern* pact = Find(ps, "abandon", "902", 0, 6);  // "trade pact": a space lets words in
  ASSERT_NE(pact, nullptr);
  EXPECT_TRUE(pact->rest[1].Matches("trade"));
  EXPECT_EQ(pact->rest[2].kind, PatternElem::Kind::kSkip);
  EXPECT_TRUE(pact->rest[3].Matches("pact"));
  // "NOT_*": a word right before the verb.
  const VerbPattern* neg = Find(ps, "abandon", "112", 1, 0);
  ASSERT_NE(neg, nullptr);
  EXPECT_TRUE(neg->before[0].Matches("not"));
  // "+ * BY_ $": the target slot before the verb is left to the clause; the source slot after it stays.
  const VerbPattern* by = Find(ps, "abandon", "181", 0, 4);
  ASSERT_NE(by, nullptr);
  EXPECT_TRUE(by->rest[1].Matches("by"));
  EXPECT_EQ(by->rest[3].kind, PatternElem::Kind::kSource);
  // Forms line and alternatives joined to the next word.
  const VerbPattern* brk = Find(ps, "break", "111", 0, 3);
  ASSERT_NE(brk, nullptr);
  EXPECT_FALSE(brk->stem_head);
  // TABARI's own endings of an exact verb ("breakes", "breaken"), then the forms line.
  EXPECT_EQ(brk->forms, (std::vector<std::string>{"breakes", "breaken", "broke", "broken"}));
  EXPECT_TRUE(brk->rest[1].Matches("geneva"));
  EXPECT_TRUE(brk->rest[1].Matches("international"));
  EXPECT_TRUE(brk->rest[2].Matches("conventions"));
  // Paired code; a discard verb has no pattern of its own, a discard pattern has no codes.
  const VerbPattern* leave = Find(ps, "leave", "032", 0, 4);
  ASSERT_NE(leave, nullptr);
  EXPECT_EQ(leave->paired_code, "033");
  EXPECT_TRUE(leave->has_target_slot);
  EXPECT_EQ(Find(ps, "leave", "", 0, 0), nullptr);
  const VerbPattern* off = Find(ps, "leave", "", 0, 2);
  ASSERT_NE(off, nullptr);
  EXPECT_TRUE(off->paired_code.empty());
  // <TIME> records are no verbs.
  for (const VerbPattern& p : ps) EXPECT_NE(p.head, "last");
}

// Contractions and possessives in patterns are two words, as the tokeniser splits them ("did" "n't").
TEST(TabariVerbs, ContractionsAreTwoWords) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("neg.verbs", "&NEG\n+DIDN'T\n+WILL_NOT\nCLASH [223]\n- &NEG * OVER [904]\n- * GONDOR'S ARMY [190]\n",
                   &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  const VerbPattern* didnt = Find(ps, "clash", "904", 3, 2);  // did, n't, a gap before the verb
  ASSERT_NE(didnt, nullptr);
  EXPECT_TRUE(didnt->before[0].Matches("did"));
  EXPECT_TRUE(didnt->before[1].Matches("n't"));
  EXPECT_FALSE(didnt->before[0].Matches("didn't"));
  const VerbPattern* army = Find(ps, "clash", "190", 0, 5);
  ASSERT_NE(army, nullptr);
  EXPECT_TRUE(army->rest[1].Matches("gondor"));
  EXPECT_TRUE(army->rest[2].Matches("'s"));
  ps.clear();
  ParseTabariVerbs("anti.verbs", "PARADE [017]\n- ANTI- + * [111]\n", &ps, &errors);
  const VerbPattern* anti = nullptr;  // "anti" "-" then the target slot
  for (const VerbPattern& p : ps)
    if (p.code == "111" && p.before.size() >= 3) anti = &p;
  ASSERT_NE(anti, nullptr);
  EXPECT_TRUE(anti->before[0].Matches("anti"));
  EXPECT_TRUE(anti->before[1].Matches("-"));
}

// "REAL~_PLEASANT": '~' keeps a joined word a stem. A verb's default comes after its patterns, so a pattern
// that matches no more words ("- $ * [095]") wins the tie.
TEST(TabariVerbs, TildeStemsAndDefaultsAfterPatterns) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("t.verbs", "ALLOW [060]\n- * REAL~_PLEASANT [024]\nCALLED_ON [094]\n- $ * [095]\n", &ps, &errors);
  const VerbPattern* real = Find(ps, "allow", "024", 0, 3);
  ASSERT_NE(real, nullptr);
  EXPECT_TRUE(real->rest[1].Matches("really"));
  EXPECT_TRUE(real->rest[1].Matches("real"));
  size_t pattern = ps.size(), fallback = ps.size();
  for (size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].head == "called" && ps[i].code == "095") pattern = i;
    if (ps[i].head == "called" && ps[i].code == "094") fallback = i;
  }
  ASSERT_LT(fallback, ps.size());
  EXPECT_LT(pattern, fallback);
}

// TABARI synset members that join words and other synsets: "&TIETYPES_MEMOS", "ASSURANCES_ON &TIETYPES".
TEST(TabariVerbs, SynsetMembersJoinOtherSynsets) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("s.verbs",
                   "<SYNSETS>\n&TIES\n+MILITARY\n+ECONOMIC\n&PHRASE\n+&TIES_MEMOS\n+ASSURANCES_ON &TIES\n</SYNSETS>\n"
                   "WELCOME [041]\n- * &PHRASE FROM [911]\n",
                   &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  size_t variants = 0;
  bool memos = false, assurances = false;
  for (const VerbPattern& p : ps) {
    if (p.code != "911") continue;
    ++variants;
    if (p.rest.size() == 5 && p.rest[1].Matches("economic") && p.rest[2].Matches("memos")) memos = true;
    if (p.rest.size() == 7 && p.rest[1].Matches("assurances") && p.rest[2].Matches("on") &&
        p.rest[3].kind == PatternElem::Kind::kSkip && p.rest[4].Matches("military"))
      assurances = true;
  }
  EXPECT_EQ(variants, 4u);
  EXPECT_TRUE(memos);
  EXPECT_TRUE(assurances);
  // An alternative may name a synset too: "{ CLOSER | &TIES_EXCHANGE }".
  ps.clear();
  ParseTabariVerbs("a.verbs", "<SYNSETS>\n&TIES\n+MILITARY\n</SYNSETS>\nACCORD [---]\n- INCHING { CLOSER | &TIES_EXCHANGE } * [083]\n",
                   &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  bool exchange = false;
  for (const VerbPattern& p : ps)
    for (size_t k = 0; p.code == "083" && k + 1 < p.before.size(); ++k)
      exchange |= p.before[k].Matches("military") && p.before[k + 1].Matches("exchange");
  EXPECT_TRUE(exchange);
  // A space inside an alternative lets words in, as in a synset member: "loudly boldly included".
  ps.clear();
  ParseTabariVerbs("g.verbs", "VOICE [---]\n- { LOUDLY INCLUDED | CLEARLY } ITS * [043]\n", &ps, &errors);
  bool gap = false;
  for (const VerbPattern& p : ps)
    for (size_t k = 0; p.code == "043" && k + 2 < p.before.size(); ++k)
      gap |= p.before[k].Matches("loudly") && p.before[k + 1].kind == PatternElem::Kind::kSkip &&
             p.before[k + 2].Matches("included");
  EXPECT_TRUE(gap);
}

TEST(TabariVerbs, ReadsPetrarchBlocks) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("cameo.txt", kPetrarch, &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  // Every verb of the block gets the block's default and its patterns.
  ASSERT_NE(Find(ps, "accelerate", "042"), nullptr);
  const VerbPattern* speed = Find(ps, "speed", "042");
  ASSERT_NE(speed, nullptr);
  EXPECT_FALSE(speed->stem_head);  // PETRARCH words are whole words
  EXPECT_EQ(speed->forms, (std::vector<std::string>{"speeding", "speeds", "sped"}));
  ASSERT_NE(Find(ps, "speed", "154", 0, 4), nullptr);  // "(TO BORDER)": skip, to, skip, border
  // "+ASK_FOR": the verb with a particle, its own code and forms.
  const VerbPattern* ask = Find(ps, "ask", "020", 0, 1);
  ASSERT_NE(ask, nullptr);
  EXPECT_TRUE(ask->rest[0].Matches("for"));
  EXPECT_EQ(ask->forms, (std::vector<std::string>{"asked", "asking"}));
  // "&MILITARY *" with "[:173]": only the paired event; synset members get PETRARCH plurals unless '_'.
  const VerbPattern* mil = Find(ps, "accelerate", "", 2, 0);
  ASSERT_NE(mil, nullptr);
  EXPECT_EQ(mil->paired_code, "173");
  EXPECT_TRUE(mil->before[0].Matches("troops"));
  EXPECT_TRUE(mil->before[0].Matches("army"));
  EXPECT_FALSE(mil->before[0].Matches("armys"));
  EXPECT_EQ(mil->before[1].kind, PatternElem::Kind::kSkip);
  // "KLM_+RESIGN": a word before the verb; "$ * +": the source slot before the verb is the subject anyway.
  const VerbPattern* resign = Find(ps, "resign", "0874", 1, 2);  // klm [resign] skip +
  ASSERT_NE(resign, nullptr);
  EXPECT_TRUE(resign->before[0].Matches("klm"));
  EXPECT_TRUE(resign->has_target_slot);
}

TEST(TabariVerbs, ReportsProblemsWithFileAndLine) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("bad.verbs", "ATTACK [190]\n- * ON &NOSUCH [195]\n- * WITHOUT CODE\nKILL [1823\n", &ps, &errors);
  ASSERT_EQ(errors.list().size(), 2u);
  EXPECT_EQ(errors.list()[0], "bad.verbs:3: pattern without [code]");
  EXPECT_EQ(errors.list()[1], "bad.verbs:4: unclosed '['");
  ASSERT_EQ(errors.warnings().size(), 1u);
  EXPECT_NE(errors.warnings()[0].find("bad.verbs:2:"), std::string::npos);
}

TEST(TabariVerbs, VerbDictMatchesStemsAndExplicitForms) {
  testing::TempDir dir;
  std::string path = dir.Write("demo.verbs", kTabari);
  VerbDict d;
  Errors errors;
  d.LoadFile(path, &errors);
  d.Build();
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  ASSERT_NE(d.Lookup("abandoned"), nullptr);    // stem
  ASSERT_NE(d.Lookup("abandonment"), nullptr);  // stem, as TABARI reads it
  ASSERT_NE(d.Lookup("broke"), nullptr);        // forms line
  ASSERT_NE(d.Lookup("breaken"), nullptr);      // TABARI's -EN ending
  bool default_broke = false;  // the verb's default pattern has the forms of the line after it
  for (const FormHit& h : *d.Lookup("broke")) default_broke |= d.patterns()[h.pattern].code == "1717";
  EXPECT_TRUE(default_broke);
  EXPECT_EQ(d.Lookup("breaker"), nullptr);      // BREAK_ is exact
  EXPECT_EQ(d.Lookup("abandoned")->front().form, Form::kPastOrParticiple);
  EXPECT_EQ(d.Code("902"), nullptr);  // codes outside the CAMEO table stay usable, with no facts
}

// Slots before the verb: with words beside them they name the actor there; bare ones are left to the clause
// and reported once, at the line of the first.
TEST(TabariVerbs, KeepsSlotsBeforeTheVerbThatHaveWords) {
  std::vector<VerbPattern> ps;
  Errors errors;
  ParseTabariVerbs("slots.verbs",
                   "SHOULD [101]\n- SUGGESTED_+ * DEMAND  [161]\n- + WAS * DEAD  [224]\nFREE [066]\n- + * FROM $  [066]\n",
                   &ps, &errors);
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  const VerbPattern* demand = Find(ps, "should", "161", 3, 2);
  ASSERT_NE(demand, nullptr);
  EXPECT_TRUE(demand->before[0].Matches("suggested"));
  EXPECT_EQ(demand->before[1].kind, PatternElem::Kind::kTarget);
  EXPECT_TRUE(demand->has_target_slot);
  const VerbPattern* dead = Find(ps, "should", "224", 4, 2);
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->before[0].kind, PatternElem::Kind::kTarget);
  EXPECT_TRUE(dead->before[2].Matches("was"));
  const VerbPattern* from = Find(ps, "free", "066", 0, 4);  // "+ *": the subject is the target
  ASSERT_NE(from, nullptr);
  EXPECT_FALSE(from->has_target_slot);
  ASSERT_EQ(errors.warnings().size(), 1u);
  EXPECT_NE(errors.warnings()[0].find("slots.verbs:5:"), std::string::npos) << errors.warnings()[0];
}

// Options::first_verb_per_clause: one coded verb per clause, TABARI's default actors.
TEST(TabariVerbs, FirstVerbPerClauseCodesOneVerbPerClause) {
  const std::string dict = dyad::testing::SourceDir() + "/dict";
  testing::TempDir dir;
  std::string actors = dir.Write("demo.actors", "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [MOR]\nTHE_SHIRE [FRO/SAM]\nBREE [BRE]\n");
  std::string verbs = dir.Write("demo.verbs",
                                "ACCEPT [042]\nBURN [222]\nPROMISE [050]\n- * AID [051]\nALLOW [060]\n"
                                "- * REAL~_PLEASANT [024]\nSHOULD [101]\n"
                                "- SUGGESTED_+ * DEMAND  [161]\nEXCHANG [---]\n- HAS * WITH %  [067]\nRENEW [---]\n"
                                "- % * TIES [064:064]\nWARN [160]\n- * AT ^ +  [162]\nCELEBRATE [181]\n- $ HOSTING ^ * FEAST [042]\n"
                                "ACT_ [100]\n- SAID WOULD * NOW  [101]\nVOW [170]\n- * RESIST { TO THE END } [113]\n"
                                "- * RESISTANCE TO THE INVADING [114]\nACCORD [---]\n- IN_ *  [075A]\n");
  auto code = [&](bool tabari, const std::string& text) {
    Options o;
    o.dict_dir = dict;
    o.extra_actor_files = {actors};
    o.load_own_actors = false;
    o.extra_verb_files = {verbs};
    o.load_own_verbs = false;
    o.cameo_frames = false;
    o.first_verb_per_clause = tabari;
    auto e = Engine::Open(o);
    EXPECT_TRUE(e.ok()) << e.status().message();
    Story st;
    st.id = "t";
    st.text = text;
    std::vector<std::string> out;
    auto coded = e.value()->Code(st);
    if (!coded.ok()) return out;
    const std::vector<Event> events = coded.value().events;
    for (const Event& ev : events)
      out.push_back((ev.source ? ev.source->code : "-") + "/" + (ev.target ? ev.target->code : "-") + "/" + ev.cameo);
    return out;
  };
  // "and" between two verbs starts a clause; the second verb of a clause is not coded.
  const std::string s1 = "Arnor accepted Gondor and promised aid to Rohan after Mordor burned Gondor.";
  EXPECT_EQ(code(true, s1), (std::vector<std::string>{"ARN/GON/042", "ARN/ROH/051"}));
  EXPECT_NE(code(false, s1), code(true, s1));
  // The target is the first actor after the verb, also in a "that" clause.
  EXPECT_EQ(code(true, "Arnor allowed that Mordor is a pleasant place."), (std::vector<std::string>{"ARN/MOR/060"}));
  // A '+' slot before the verb: the target is there, the source before it.
  EXPECT_EQ(code(true, "Arnor suggested Gondor should demand conventions."), (std::vector<std::string>{"ARN/GON/161"}));
  // A compound code ("[FRO/SAM]") is one event per member.
  EXPECT_EQ(code(true, "The Shire accepted Gondor."), (std::vector<std::string>{"FRO/GON/042", "SAM/GON/042"}));
  // '%': the compound there acts among its members (the subject is not one of them after the verb); a
  // paired code ("[064:064]") adds no event already there.
  EXPECT_EQ(code(true, "Arnor has exchanged prisoners with Gondor and Rohan."),
            (std::vector<std::string>{"GON/ROH/067", "ROH/GON/067"}));
  EXPECT_EQ(code(true, "Mordor with Gondor and Rohan renewed ties with Arnor."),
            (std::vector<std::string>{"GON/ROH/064", "ROH/GON/064"}));
  // The source is the first actor of the clause, with the compound it opens.
  EXPECT_EQ(code(true, "Arnor with Rohan accepted Gondor."), (std::vector<std::string>{"ARN/GON/042"}));
  EXPECT_EQ(code(true, "Mordor, Rohan and Bree accepted Gondor."),
            (std::vector<std::string>{"MOR/GON/042", "ROH/GON/042", "BRE/GON/042"}));
  // A '$' slot before the verb: the source there, the target after the verb (not the verb's subject).
  EXPECT_EQ(code(true, "Arnor will be hosting Rohan to celebrate the feast with Gondor."),
            (std::vector<std::string>{"ARN/GON/042"}));
  // A time word the pattern names ("NOW") is matched, not passed over as the event's time.
  EXPECT_EQ(code(true, "Arnor said it would act now with Gondor."), (std::vector<std::string>{"ARN/GON/101"}));
  // A space in a TABARI pattern lets up to six words in, across "that"; the target may be among them.
  EXPECT_EQ(code(true, "Arnor allowed that Gondor is not a really pleasant place to act in."),
            (std::vector<std::string>{"ARN/GON/024"}));
  // Patterns matching as many words: the one whose words match more letters ("RESISTANCE" over "RESIST").
  EXPECT_EQ(code(true, "Arnor vowed resistance to the end to the invading Rohan."), (std::vector<std::string>{"ARN/ROH/114"}));
  // A determiner right before the verb makes it a noun, whatever the pattern wants before it.
  EXPECT_EQ(code(true, "Arnor was in an accord with Gondor."), std::vector<std::string>{});
  EXPECT_EQ(code(true, "Arnor was in accord with Gondor."), (std::vector<std::string>{"ARN/GON/075A"}));
  // A sentence in capitals still has verbs.
  EXPECT_EQ(code(true, "ARNOR ACCEPTED GONDOR ON MONDAY."), (std::vector<std::string>{"ARN/GON/042"}));
  // '^': the next actor is passed over.
  EXPECT_EQ(code(true, "Arnor warned at the Gondor of the Bree."), (std::vector<std::string>{"ARN/BRE/162"}));
}

// The real dictionaries, when ../shared is present: they load without errors.
TEST(TabariVerbs, LoadsTheSharedDictionariesWhenPresent) {
  std::string d = dyad::testing::SharedDir() + "/data";
  const char* files[] = {"/tabari/CAMEO.091003.master.verbs", "/tabari/TABARI.Demo.verbs",
                         "/petrarch2/dictionaries/CAMEO.2.0.txt", "/petrarch2/dictionaries/PETR.Validate.verbs.txt"};
  if (!std::filesystem::exists(d + files[0])) GTEST_SKIP() << d << " is absent";
  for (const char* f : files) {
    SCOPED_TRACE(f);
    EXPECT_TRUE(LooksLikeTabariVerbs(d + f));
    std::vector<VerbPattern> ps;
    Errors errors;
    LoadTabariVerbs(d + f, &ps, &errors);
    EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
    EXPECT_GT(ps.size(), 300u);
  }
}

}  // namespace dyad::lexicon
