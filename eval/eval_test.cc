#include <gtest/gtest.h>

#include <filesystem>

#include "gold.h"
#include "score.h"
#include "../tests/test_util.h"

namespace dyad::eval {

TEST(Gold, ReadsPetrarchXmlLeniently) {
  testing::TempDir dir;
  std::string f = dir.Write("set.xml",
                            "<?xml version='1.0'?>\n<Validation>\n# not XML at all & <stray\n"
                            "<Environment><Actorfile>a.txt, b.txt</Actorfile><Agentfile>ag.txt</Agentfile></Environment>\n"
                            "<Sentences>\n"
                            "<Sentence date=\"20080804\" id=\"S1\" evaluate=\"true\"/>\n"
                            "<EventCoding eventcode=\"190\" sourcecode=\"IRN\" targetcode=\"IRQ\" />\n"
                            "<Text>\nIran attacked\n Iraq.\n</Text>\n"
                            "<Sentence date=\"20080805\" id=\"S2\">\n<EventCoding noevents=\"True\" />\n<Text>Nothing.</Text>\n"
                            "<Sentence date=\"20080806\" id=\"S3\" evaluate=\"false\">\n"
                            "<EventCoding eventcode=\"190\" sourcecode=\"A\" targetcode=\"B\"/><Text>Skip.</Text>\n");
  auto g = ReadGold(f);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g.value().format, "petrarch");
  ASSERT_EQ(g.value().records.size(), 2u);
  EXPECT_EQ(g.value().records[0].date, "2008-08-04");
  EXPECT_EQ(g.value().records[0].text, "Iran attacked Iraq.");
  EXPECT_EQ(g.value().records[0].events[0].target, "IRQ");
  EXPECT_TRUE(g.value().records[1].no_events);
  EXPECT_EQ(g.value().actor_files, (std::vector<std::string>{"a.txt", "b.txt"}));
}

TEST(Gold, ReadsTabariTextAndPloverJson) {
  testing::TempDir dir;
  std::string t = dir.Write("v.text",
                            "950101  DEMO-01\nArnor attacked Gondor\non Saturday.\n"
                            "/*\\n----\n\\n{ ARN / GON / 190 } { ARN / --- / 010 } */\n\n"
                            "950102  DEMO-02\nNothing here.\n/* \\n{+++} */\n");
  auto g = ReadGold(t);
  ASSERT_TRUE(g.ok()) << g.status().message();
  ASSERT_EQ(g.value().records.size(), 2u);
  EXPECT_EQ(g.value().records[0].events.size(), 2u);
  EXPECT_EQ(g.value().records[0].events[1].target, "");
  EXPECT_TRUE(g.value().records[1].no_events);
  std::string p = dir.Write("p.json",
                            "[{\"id\": \"D\", \"event\": \"DOCUMENT\"},\n"
                            " {\"id\": \"X1\", \"date\": \"2000-01-01\", \"event\": \"ASSAULT\", \"text\": \"Iran attacked Iraq.\","
                            " \"source\": [{\"code\": \"IRN\"}], \"target\": [{\"code\": \"IRQ\"}]}]");
  auto pl = ReadGold(p);
  ASSERT_TRUE(pl.ok()) << pl.status().message();
  ASSERT_EQ(pl.value().records.size(), 1u);
  EXPECT_EQ(pl.value().records[0].events[0].code, "ASSAULT");
}

// Options records change the records after them; "-{" records are not checked; expectation lines after the
// comment's close still count; the run ends at the record that says so.
TEST(Gold, TabariOptionsSkipChecksAndTheEndRecord) {
  testing::TempDir dir;
  std::string t = dir.Write("v.text",
                            "950101  OPT-1\nSwitch things on.\n/*\\n{ OPTION: DEFAULT: SOURCE [DS] PRIOR TARGET [DT] }\n"
                            "\\n{ OPTION: SET: CONVERT AGENT = TRUE }\n\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n\n"
                            "950101  OPT-2\nChange more.\n/*\\n{ OPTION: SET: CODE ALL }\n"
                            "\\n{ OPTION: FORWARD: ^^*****NNN*SSS } */\n\n"
                            "950102  FRWD-001-002\nArnor attacked Gondor.\n/*\\n{ ARN / GON / 190 } */\n"
                            "\\n{ ARN / BRE / 190 } */\n\n"
                            "950103  SKIP-1\nNot checked.\n/* \\n-{ ARN / GON / 064 } */\n\n"
                            "950103  OPEN-1\nA comment never closed.\n/* \\n{ ARN / GON / 064 }\n\n"
                            "950104  OPT-3\nOff again.\n/* \\n{ OPTION: DEFAULT: OFF } \\n{ OPTION: SET: CODE BY SENTENCE }\n"
                            "\\n{ OPTION: FORWARD: ^^*****NNN*SSS OFF } */\n\n"
                            "950105  LAST-1\nArnor attacked Gondor.\n/* \\n{ ARN / GON / 190 } */\n\n"
                            "990101  FINAL-01\nNo record after this one is scored.\n/* {+++} */\n\n"
                            "950106  AFTER-1\nArnor attacked Gondor.\n/* \\n{ ARN / GON / 190 } */\n");
  auto g = ReadGold(t);
  ASSERT_TRUE(g.ok()) << g.status().message();
  const auto& recs = g.value().records;
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].id, "FRWD-001-002");
  EXPECT_EQ(recs[1].id, "OPEN-1");  // its comment ends where the next record begins
  EXPECT_EQ(recs[1].events.size(), 1u);
  ASSERT_EQ(recs[0].events.size(), 2u);
  EXPECT_EQ(recs[0].events[1].target, "BRE");
  EXPECT_EQ(recs[0].text, "Arnor attacked Gondor.");
  EXPECT_EQ(recs[0].tabari.default_source, "DS");
  EXPECT_EQ(recs[0].tabari.default_target, "DT");
  EXPECT_TRUE(recs[0].tabari.default_prior);
  EXPECT_FALSE(recs[0].tabari.default_after);
  EXPECT_TRUE(recs[0].tabari.convert_agent);
  EXPECT_EQ(recs[0].tabari.min_words, 4);
  EXPECT_EQ(recs[0].tabari.code_by, TabariSettings::CodeBy::kAll);
  EXPECT_EQ(recs[0].story, "001");
  EXPECT_EQ(recs[2].id, "LAST-1");
  EXPECT_EQ(recs[2].tabari.default_source, "");
  EXPECT_EQ(recs[2].tabari.code_by, TabariSettings::CodeBy::kSentence);
  EXPECT_EQ(recs[2].story, "");
}

// TABARI's COMMA option: comma-delimited clauses of the set lengths are dropped before coding; a clause
// inside the sentence takes both its commas, so the one after it is no terminal clause any more.
TEST(Gold, TabariCommaClauses) {
  TabariSettings t;  // TABARI's defaults: MIN 2 MAX 10 EMIN 2 EMAX 10, no initial clause
  EXPECT_EQ(DropCommaClauses("Arnor met Gondor, five years after crowds burned its embassy, a senior official said.", t),
            "Arnor met Gondor a senior official said.");
  EXPECT_EQ(DropCommaClauses("Arnor's minister, in remarks on Monday, urged Gondor to respond to proposals.", t),
            "Arnor's minister urged Gondor to respond to proposals.");
  EXPECT_EQ(DropCommaClauses("Arnor gave Gondor 200,000 ducats, officials said.", t), "Arnor gave Gondor 200,000 ducats.");
  ApplyTabariOption("COMMA: MIN = 4 MAX = 7 EMIN = 2 EMAX = 6 BMIN = 3 BMAX = 9", &t);
  EXPECT_EQ(t.comma_min, 4);
  EXPECT_EQ(t.comma_emax, 6);
  EXPECT_EQ(t.comma_bmin, 3);
  EXPECT_EQ(DropCommaClauses("In a statement on Monday, Arnor met Gondor.", t), " Arnor met Gondor.");
  ApplyTabariOption("COMMA: OFF", &t);
  EXPECT_EQ(DropCommaClauses("Arnor met Gondor, a senior official said.", t), "Arnor met Gondor, a senior official said.");
}

Result<std::unique_ptr<Engine>> OwnEngine() {
  Options o;
  o.dict_dir = dyad::testing::SourceDir() + "/dict";
  return Engine::Open(o);
}

GoldRecord Rec(std::string id, std::string date, std::string text, std::string where, std::vector<GoldEvent> events,
               bool no_events) {
  GoldRecord r;
  r.id = std::move(id);
  r.date = std::move(date);
  r.text = std::move(text);
  r.where = std::move(where);
  r.events = std::move(events);
  r.no_events = no_events;
  return r;
}

GoldSet MemorySet() {
  GoldSet set;
  set.path = "mem";
  set.format = "petrarch";
  return set;
}

TEST(Score, MatchesByCodeAndPrimaryActor) {
  auto engine = OwnEngine();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  GoldSet set = MemorySet();
  set.records.push_back(Rec("1", "2026-03-04", "Iran attacked Iraq on Saturday.", "mem:1", {{"IRN", "IRQ", "190"}}, false));
  set.records.push_back(Rec("2", "2026-03-04", "Iran attacked Iraq.", "mem:2", {{"IRN", "IRQ", "195"}}, false));
  set.records.push_back(Rec("3", "2026-03-04", "The weather was fine.", "mem:3", {}, true));
  std::string why;
  SetScore s = ScoreSet(set, *engine.value(), &why);
  EXPECT_EQ(s.records, 3u);
  EXPECT_EQ(s.exact, 2u) << why;       // record 2 has the wrong sub-code
  EXPECT_EQ(s.matched, 1u) << why;
  EXPECT_EQ(s.matched_root, 2u) << why;
  EXPECT_NE(ScoreJson(s).find("\"event_f1\""), std::string::npos);
  EXPECT_NE(why.find("expected: IRN / IRQ / 195"), std::string::npos);
}

// TABARI writes only events with both actors (a DEFAULT fills a missing one), "~AGT" for an agent alone under
// CONVERT AGENT, nothing for records shorter than MINIMUM WORDS; the records of a FORWARD story share pronouns.
TEST(Score, TabariSetsAreScoredAsTabariWritesEvents) {
  auto engine = OwnEngine();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  GoldSet set = MemorySet();
  set.format = "tabari";
  auto add = [&](std::string id, std::string text, std::vector<GoldEvent> events, TabariSettings t = {}, std::string story = "") {
    GoldRecord r = Rec(id, "2026-03-04", text, "mem:" + id, events, events.empty());
    r.tabari = t;
    r.story = story;
    set.records.push_back(r);
  };
  TabariSettings convert;
  convert.convert_agent = true;
  add("1", "Rebels attacked Iraq on Saturday in the north of the country.", {{"~REB", "IRQ", "190"}}, convert);
  add("2", "Iran attacked Iraq.", {});  // fewer than the default 8 words
  TabariSettings defaults;
  defaults.default_target = "DT";
  add("3", "Iran attacked on Saturday in the north of the country.", {{"IRN", "DT", "190"}}, defaults);
  add("4", "Iran attacked on Saturday in the north of the country.", {});  // no target, no default: nothing
  // No source before the verb: with PRIOR the default source, without it the actor after the verb is the
  // source and the default the target.
  TabariSettings prior;
  prior.default_source = "DS";
  prior.default_target = "DT";
  prior.default_prior = true;
  add("4p", "Iraq was attacked on Saturday in the north of the country.", {{"DS", "IRQ", "190"}}, prior);
  TabariSettings no_prior = prior;
  no_prior.default_prior = false;
  add("4n", "Iraq was attacked on Saturday in the north of the country.", {{"IRQ", "DT", "190"}}, no_prior);
  add("5", "Iran said on Sunday that the talks with its neighbours were over.", {}, {}, "s1");
  add("6", "On Monday it attacked Iraq in the north of the country.", {{"IRN", "IRQ", "190"}}, {}, "s1");
  std::string why;
  SetScore s = ScoreSet(set, *engine.value(), &why);
  EXPECT_EQ(s.exact, 8u) << why;
}

// A set coded with its own TABARI/PETRARCH patterns scores negated events: those patterns code negation.
TEST(Score, EveryModalityWhenTheSetsPatternsCodeIt) {
  auto engine = OwnEngine();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  GoldSet set = MemorySet();
  set.records.push_back(Rec("1", "2026-03-04", "Iran did not attack Iraq on Saturday.", "mem:1", {{"IRN", "IRQ", "190"}}, false));
  std::string why;
  EXPECT_EQ(ScoreSet(set, *engine.value(), &why).matched, 0u) << why;
  set.every_modality = true;
  EXPECT_EQ(ScoreSet(set, *engine.value(), &why).matched, 1u) << why;
}

// An actor named only by its role has no country: PETRARCH writes it "---REB".
TEST(Score, RoleOnlyActorsMatchTheNoCountryCode) {
  auto engine = OwnEngine();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  GoldSet set = MemorySet();
  set.records.push_back(Rec("1", "2026-03-04", "Rebels attacked Iraq on Saturday.", "mem:1", {{"---REB", "IRQ", "190"}}, false));
  set.records.push_back(Rec("2", "2026-03-04", "Rebels attacked Iraq on Saturday.", "mem:2", {{"SYRREB", "IRQ", "190"}}, false));
  std::string why;
  SetScore s = ScoreSet(set, *engine.value(), &why);
  EXPECT_EQ(s.matched, 1u) << why;
}

// The shared gold sets, when present: they are read completely (scores are reported by `dyad eval`).
TEST(Gold, ReadsTheSharedSetsWhenPresent) {
  std::string d = dyad::testing::SharedDir() + "/data";
  if (!std::filesystem::exists(d + "/universalpetrarch/text/PETR2_GSR_validation.xml")) GTEST_SKIP() << d << " is absent";
  auto gsr = ReadGold(d + "/universalpetrarch/text/PETR2_GSR_validation.xml");
  ASSERT_TRUE(gsr.ok()) << gsr.status().message();
  EXPECT_GE(gsr.value().records.size(), 73u);
  auto unit = ReadGold(d + "/petrarch2/text/PETR.UnitTest.records.xml");
  ASSERT_TRUE(unit.ok()) << unit.status().message();
  EXPECT_GE(unit.value().records.size(), 250u);
  auto tab = ReadGold(d + "/tabari/Validate.text");
  ASSERT_TRUE(tab.ok()) << tab.status().message();
  EXPECT_GE(tab.value().records.size(), 399u);
  EXPECT_FALSE(tab.value().actor_files.empty());
  auto pl = ReadGold(d + "/plover/PLOVER_GSR_CAMEO.txt");
  ASSERT_TRUE(pl.ok()) << pl.status().message();
  EXPECT_GE(pl.value().records.size(), 300u);
}

}  // namespace dyad::eval

#include "annotated.h"

namespace dyad::eval {

TEST(Annotated, ScoresTimeExpressionsAndToponyms) {
  testing::TempDir dir;
  dir.Write("tml/a.tml",
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-03-04\">March 4</TIMEX3></DCT>\n"
            "<TEXT>Iran attacked Iraq on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-02-28\">Saturday</TIMEX3> "
            "&amp; left <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023\">in 2023</TIMEX3>.</TEXT></TimeML>\n");
  ASSERT_TRUE(IsAnnotatedSet(dir.path() + "/tml"));
  auto set = ReadAnnotated(dir.path() + "/tml");
  ASSERT_TRUE(set.ok()) << set.status().message();
  ASSERT_EQ(set.value().docs.size(), 1u);
  const GoldDoc& d = set.value().docs[0];
  EXPECT_EQ(d.date, "2026-03-04");
  ASSERT_EQ(d.spans.size(), 2u);
  EXPECT_EQ(d.text.substr(d.spans[0].begin, d.spans[0].end - d.spans[0].begin), "Saturday");
  EXPECT_NE(d.text.find("& left"), std::string::npos);

  Options o;
  o.dict_dir = dyad::testing::SourceDir() + "/dict";
  auto engine = Engine::Open(o);
  ASSERT_TRUE(engine.ok());
  std::string text;
  std::string line = ScoreAnnotated(set.value(), *engine.value(), &text);
  // "Saturday" is found exactly with the right value; "in 2023" overlaps "2023" with the right value.
  EXPECT_NE(line.find("\"relaxed_f1\":1"), std::string::npos) << line;
  EXPECT_NE(line.find("\"value_f1\":1"), std::string::npos) << line;

  std::string geo = dir.Write("geo.xml",
                              "<articles><article docid=\"1\"><text><![CDATA[Rockets hit Erbil.]]></text><toponyms>"
                              "<toponym><start>12</start><end>17</end><phrase>Erbil</phrase><gaztag geonameid=\"95446\">"
                              "<lat>36.19</lat><lon>44.01</lon></gaztag></toponym></toponyms></article></articles>\n");
  ASSERT_TRUE(IsAnnotatedSet(geo));
  auto g = ReadAnnotated(geo);
  ASSERT_TRUE(g.ok()) << g.status().message();
  ASSERT_EQ(g.value().docs[0].spans.size(), 1u);
  EXPECT_TRUE(g.value().docs[0].spans[0].lat.has_value());
}

}  // namespace dyad::eval
