#include <gtest/gtest.h>

#include "lexicon/actors.h"
#include "lexicon/verbs.h"
#include "../../tests/test_util.h"

namespace dyad::lexicon {

namespace {

const char* kActors = R"(# tiny test dictionary
country USA United States
  iso2 US
  name United States | the United States | U.S. | US
  adj American | U.S.
  seat Washington | the White House

country TUR Turkey
  iso2 TR
  name Turkey

person Donald Trump
  name Donald Trump | Trump
  role USAGOV 2017-01-20 2021-01-20 President
  role USAGOV 2025-01-20 - President
  default USAELI
)";

}  // namespace

TEST(ActorDict, LoadsEntriesAndResolvesRolesByDate) {
  testing::TempDir dir;
  dir.Write("actors/a.txt", kActors);
  dir.Write("agents/agents.txt", "agent GOV official | officials\n");
  ActorDict d;
  Errors errors;
  d.LoadDir(dir.path(), &errors);
  d.Build();
  ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  EXPECT_EQ(d.entries().size(), 3u);
  EXPECT_EQ(d.people(), 1u);
  ASSERT_NE(d.CountryByIso2("US"), nullptr);
  const ActorEntry& trump = d.entries()[2];
  EXPECT_EQ(trump.CodeOn("2021-06-16"), "USAELI");
  EXPECT_EQ(trump.CodeOn("2026-03-04"), "USAGOV");
  EXPECT_EQ(trump.CodeOn("2018-01-01"), "USAGOV");
}

TEST(ActorDict, CaseRuleSeparatesTurkeyFromTurkey) {
  testing::TempDir dir;
  dir.Write("actors/a.txt", kActors);
  ActorDict d;
  Errors errors;
  d.LoadDir(dir.path(), &errors);
  d.Build();
  auto toks = text::Tokenize("Turkey turkey US us");
  size_t len = 0;
  EXPECT_NE(d.phrases().Longest(toks, 0, toks.size(), &len), nullptr);
  EXPECT_EQ(d.phrases().Longest(toks, 1, toks.size(), &len), nullptr);
  EXPECT_NE(d.phrases().Longest(toks, 2, toks.size(), &len), nullptr);
  EXPECT_EQ(d.phrases().Longest(toks, 3, toks.size(), &len), nullptr);
}

TEST(ActorDict, ErrorsCarryFileAndLine) {
  testing::TempDir dir;
  std::string f = dir.Write("actors/bad.txt",
                            "country usa Lower\n"
                            "person Someone\n"
                            "  role USAGOV 2020-13-01 - bad month\n"
                            "  colour blue\n"
                            "  name |\n");
  ActorDict d;
  Errors errors;
  d.LoadDir(dir.path(), &errors);
  ASSERT_EQ(errors.list().size(), 4u);
  EXPECT_EQ(errors.list()[0].rfind(f + ":1: ", 0), 0u) << errors.list()[0];
  EXPECT_EQ(errors.list()[1].rfind(f + ":3: ", 0), 0u) << errors.list()[1];
  EXPECT_EQ(errors.list()[2].rfind(f + ":4: ", 0), 0u) << errors.list()[2];
  EXPECT_EQ(errors.list()[3].rfind(f + ":5: ", 0), 0u) << errors.list()[3];
}

TEST(VerbDict, InflectsRegularAndIrregularVerbs) {
  testing::TempDir dir;
  dir.Write("lexicon/irregular_verbs.txt", "send sent sent\nstrike struck struck stricken\n");
  dir.Write("cameo/events.tsv", "190\t-10.0\t4\tASSAULT\tFight\n042\t1.9\t2\tCONSULT\tVisit\n");
  dir.Write("verbs/19.txt", "190 attack\n190 send * troops into +\n190 ~strike on +\n");
  dir.Write("verbs/04.txt", "042 visit +\n999 bogus\n042 call!\n");
  VerbDict v;
  Errors errors;
  v.LoadDir(dir.path(), &errors);
  v.Build();
  ASSERT_EQ(errors.list().size(), 1u);
  EXPECT_NE(errors.list()[0].find("04.txt:2: unknown CAMEO code"), std::string::npos) << errors.list()[0];
  for (const char* w : {"attack", "attacks", "attacked", "attacking", "sent", "sends", "visited", "strikes"})
    EXPECT_NE(v.Lookup(w), nullptr) << w;
  EXPECT_EQ(v.Lookup("sended"), nullptr);
  // "call!": only the past and -ing forms ("a call", "calls" are nouns as often as verbs).
  EXPECT_NE(v.Lookup("called"), nullptr);
  EXPECT_NE(v.Lookup("calling"), nullptr);
  EXPECT_EQ(v.Lookup("call"), nullptr);
  EXPECT_EQ(v.Lookup("calls"), nullptr);
  EXPECT_EQ(v.Inflect("stop").past, "stopped");
  EXPECT_EQ(v.Inflect("visit").past, "visited");
  EXPECT_EQ(v.Inflect("admit").ing, "admitting");
  EXPECT_EQ(v.Inflect("carry").third, "carries");
  EXPECT_EQ(v.Inflect("strike").participle, "struck");
  EXPECT_EQ(Pluralize("crisis"), "crises");
}

}  // namespace dyad::lexicon

namespace dyad::lexicon {

TEST(Tabari, ReadsDatedCodesSynonymsStemsAndAgents) {
  testing::TempDir dir;
  std::string actors = dir.Write("my.actors",
                                 "# a TABARI-style file written for this test\n"
                                 "GONDOR_  [GON] ;comment\n"
                                 "+MINAS_TIRITH_\n"
                                 "ROHIRR  [ROH]\n"
                                 "MOUSE= [MUS]\n"
                                 "PRINCE DOL_AMROTH [DOL]\n"
                                 "DENETHOR_\n"
                                 "+STEWARD_DENETHOR_\n"
                                 "\t[GONGOV 19900101-20011231]\n"
                                 "\t[GONELI]\n"
                                 "SAURON_ [MORGOV <891231] [###]\n"
                                 "BAD_DATE_ [XYZ 9999999-1]\n");  // line 12
  std::string agents = dir.Write("my.agents",
                                 "!PERSON! = MAN, MEN\n"
                                 "SOLDIER_ [~MIL]\n"
                                 "HORSE!PERSON! [~MIL]\n"
                                 "TRADER_ {MERCHANTS_} [~BUS]\n");
  ActorDict d;
  Errors errors;
  d.LoadFile(actors, &errors);
  d.LoadFile(agents, &errors);
  d.Build();
  EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
  ASSERT_EQ(errors.warnings().size(), 1u);
  EXPECT_NE(errors.warnings()[0].find("my.actors:12: warning"), std::string::npos) << errors.warnings()[0];
  auto code_of = [&](const std::string& text, const std::string& date) -> std::string {
    auto toks = text::Tokenize(text);
    size_t len = 0;
    const auto* e = d.phrases().Longest(toks, 0, toks.size(), &len);
    if (!e) return "none";
    if (e->payload.role != PhraseRole::kName) return "agent:" + d.agents()[e->payload.index].code;
    return d.entries()[e->payload.index].CodeOn(date);
  };
  EXPECT_EQ(code_of("Minas Tirith", ""), "GON");
  EXPECT_EQ(code_of("Gondors", ""), "GON");  // TABARI's -S ending on an exact word
  EXPECT_EQ(code_of("Gondorian", ""), "none");
  EXPECT_EQ(code_of("Rohirrim", ""), "ROH");  // stem
  EXPECT_EQ(code_of("Mouse", ""), "MUS");
  EXPECT_EQ(code_of("Mouses", ""), "none");  // '=': exact
  // A space lets words come between; words joined by '_' may be written joined.
  EXPECT_EQ(code_of("Prince Dol Amroth", ""), "DOL");
  EXPECT_EQ(code_of("Prince of Dol Amroth", ""), "DOL");
  EXPECT_EQ(code_of("Prince of Dol_Amroth", ""), "DOL");
  EXPECT_EQ(code_of("Prince of the old realm of Dol Amroth", ""), "none");
  EXPECT_EQ(code_of("Steward Denethor", "2000-05-01"), "GONGOV");
  EXPECT_EQ(code_of("Denethor", "2005-05-01"), "GONELI");
  EXPECT_EQ(code_of("Sauron", "1980-01-01"), "MORGOV");
  EXPECT_EQ(code_of("Sauron", "1995-01-01"), "");  // [###]: no actor
  EXPECT_EQ(code_of("soldiers", ""), "agent:MIL");  // regular plural made automatically
  EXPECT_EQ(code_of("horsemen", ""), "agent:MIL");  // macro
  EXPECT_EQ(code_of("merchants", ""), "agent:BUS");
}

// PETRARCH files ('#' and '<!--' comments) match whole words: "DIPLOMAT" is no stem of "diplomatic".
TEST(Tabari, PetrarchFilesMatchWholeWords) {
  testing::TempDir dir;
  std::string agents = dir.Write("petr.agents", "<!-- agents -->\nDIPLOMAT [~GOV] # a comment\n<! -- misspelt comment -->\nERIADOR [ERI] # ok\n");
  ActorDict d;
  Errors errors;
  d.LoadFile(agents, &errors);
  d.Build();
  EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
  auto found = [&](const std::string& text) {
    auto toks = text::Tokenize(text);
    size_t len = 0;
    return d.phrases().Longest(toks, 0, toks.size(), &len) != nullptr;
  };
  EXPECT_TRUE(found("diplomats"));  // the agent's plural
  EXPECT_FALSE(found("diplomatic"));
  EXPECT_FALSE(found("Eriadorian"));
  EXPECT_TRUE(found("Eriador"));  // read after the misspelt comment, which opens no section
}

// The PETRARCH actor and agent dictionaries users bring (read from ../shared, never copied): every one in the
// folder loads with no error.
TEST(Tabari, LoadsPhoenixDictionariesWhenPresent) {
  std::string dir = testing::SharedDir() + "/data/petrarch2/dictionaries";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  ActorDict d;
  Errors errors;
  size_t files = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    const std::string name = f.path().filename().string();
    const bool actors = name.size() > 11 && name.compare(name.size() - 11, 11, ".actors.txt") == 0;
    const bool agents = name.size() > 10 && name.compare(name.size() - 10, 10, "agents.txt") == 0;
    if (!actors && !agents) continue;
    d.LoadFile(f.path().string(), &errors);
    ++files;
  }
  ASSERT_GE(files, 2u);
  d.Build();
  EXPECT_TRUE(errors.empty()) << errors.ToStatus().message();
  EXPECT_GT(d.entries().size(), 20000u);
  EXPECT_GT(d.agents().size(), 1000u);
}

}  // namespace dyad::lexicon

#include "lexicon/gazetteer.h"

namespace dyad::lexicon {

// An actor dictionary that knows Iraq by its ISO-2 code, as the gazetteer's countries need.
void LoadIraq(const testing::TempDir& dir, ActorDict* d) {
  dir.Write("actors/a.txt", "country IRQ Iraq\n  iso2 IQ\n  name Iraq\n");
  Errors errors;
  d->LoadDir(dir.path(), &errors);
  d->Build();
}

TEST(Gazetteer, CompilesOnceThenLoadsFromCache) {
  testing::TempDir dir;
  std::string tsv = dir.Write("g.tsv",
                              "CIQ\tIraq\t33\t44\tcountry\tIQ\t\t0\tIraq\n"
                              "95446\tErbil\t36.18333\t44.01193\tPPLA\tIQ\tErbil Governorate\t1612700\tErbil|Irbil|Arbil|Hewler\n"
                              "1\tNew Erbil Town\t1\t2\tPPL\tIQ\t\t10\tNew Erbil Town\n");
  ActorDict d;
  LoadIraq(dir, &d);
  for (int round = 0; round < 2; ++round) {
    Gazetteer g;
    ASSERT_TRUE(g.Load(tsv, d).ok());
    EXPECT_EQ(g.from_cache(), round == 1);
    ASSERT_EQ(g.Find("irbil").size(), 1u);
    const Place& p = g.place(g.Find("irbil")[0]);
    EXPECT_EQ(p.name, "Erbil");
    EXPECT_EQ(p.country, "IRQ");
    EXPECT_EQ(p.geonameid, 95446);
    EXPECT_TRUE(g.Find("erbi").empty());
    EXPECT_EQ(g.Find("new erbil town").size(), 1u);
    EXPECT_EQ(g.max_words(), 3);
    EXPECT_GE(g.CountryPlace("IRQ"), 0);
  }
  // A changed TSV invalidates the cache.
  dir.Write("g.tsv", "CIQ\tIraq\t33\t44\tcountry\tIQ\t\t0\tIraq|Mesopotamia Land\n");
  Gazetteer g;
  ASSERT_TRUE(g.Load(tsv, d).ok());
  EXPECT_FALSE(g.from_cache());
  EXPECT_TRUE(g.Find("irbil").empty());
  // A bad line is an error with file:line.
  dir.Write("bad.tsv", "1\tOnly\ttwo\n");
  Gazetteer b;
  Status st = b.Load(dir.path() + "/bad.tsv", d);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad.tsv:1:"), std::string::npos);
}

// Landmarks (dict/lexicon/landmarks.txt) lie in their town and take its region; a country's own point replaces
// the country's, however a name reaches it; a bad line names its file and line.
TEST(Gazetteer, LandmarksLieInTheirTownAndCountryPointsReplaceTheCountrys) {
  testing::TempDir dir;
  std::string tsv = dir.Write("g.tsv",
                              "CIQ\tIraq\t30\t40\tcountry\tIQ\t\t0\tIraq\n"
                              "1\tErbil\t36.18\t44.01\tPPLA\tIQ\tErbil Governorate\t1612700\tErbil\n"
                              "2\tErbil\t33.0\t45.0\tPPL\tIQ\tDiyala\t900\tErbil\n"
                              "3\tCitadel\t31.0\t46.0\tPPL\tIQ\tBasra\t900\tCitadel\n");
  ActorDict d;
  LoadIraq(dir, &d);
  Gazetteer g;
  ASSERT_TRUE(g.Load(tsv, d).ok());
  ASSERT_TRUE(g.LoadRegions(dir.Write("regions.txt", "Iraq middle ; 33.2 ; 43.7 ; IRQ!\n")).ok());
  ASSERT_TRUE(g.LoadRegions(dir.Write("landmarks.txt",
                                      "# landmarks\n"
                                      "Erbil Citadel | the Citadel ; 36.19 ; 44.009 ; IRQ ; in Erbil\n"
                                      "Desert Camp ; 32.0 ; 41.0 ; IRQ ; in -\n")).ok());
  ASSERT_EQ(g.Find("iraq").size(), 1u);
  EXPECT_EQ(g.Find("iraq")[0], g.CountryPlace("IRQ"));
  EXPECT_DOUBLE_EQ(g.place(g.Find("iraq")[0]).lat, 33.2);
  ASSERT_EQ(g.Find("erbil citadel").size(), 1u);
  const Place& citadel = g.place(g.Find("erbil citadel")[0]);
  EXPECT_TRUE(citadel.IsLandmark());
  ASSERT_GE(citadel.town, 0);
  EXPECT_EQ(g.place(citadel.town).population, 1612700);  // the nearest Erbil
  EXPECT_EQ(citadel.admin1, "Erbil Governorate");
  EXPECT_DOUBLE_EQ(citadel.lat, 36.19);  // its own point, not the town's
  // The landmark's name takes precedence over the town that shares it.
  ASSERT_EQ(g.Find("the citadel").size(), 1u);
  ASSERT_EQ(g.Find("desert camp").size(), 1u);
  EXPECT_EQ(g.place(g.Find("desert camp")[0]).town, -1);
  // A possessive is split as the tokenizer splits it, and found with a curly apostrophe too.
  EXPECT_EQ(Gazetteer::Key("St.  Mary's Gate"), "st. mary 's gate");
  EXPECT_EQ(Gazetteer::Key("O'Hare"), "o'hare");
  EXPECT_EQ(Gazetteer::OtherApostropheKey("st. mary 's gate"), "st. mary\u2019s gate");
  EXPECT_EQ(Gazetteer::OtherApostropheKey("st. mary\u2019s gate"), "st. mary 's gate");
  EXPECT_EQ(Gazetteer::OtherApostropheKey("o'hare"), "");
  for (const std::string bad : {"Lone Tower ; 1 ; 2 ; IRQ ; near Erbil\n", "Lone Tower ; 1 ; 2 ; - ; in Erbil\n"}) {
    Gazetteer b;
    ASSERT_TRUE(b.Load(tsv, d).ok());
    Status st = b.LoadRegions(dir.Write("bad.txt", "# one comment\n" + bad));
    ASSERT_FALSE(st.ok()) << bad;
    EXPECT_NE(st.message().find("bad.txt:2:"), std::string::npos) << st.message();
  }
}

}  // namespace dyad::lexicon
