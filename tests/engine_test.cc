// Whole-engine tests with dyad's own dictionaries and gazetteer: general mechanisms on sentences we wrote,
// and the seed story from ../shared when it is present.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "dyad/engine.h"
#include "lexicon/gazetteer.h"
#include "read/reader.h"
#include "test_util.h"

namespace dyad {

namespace {

const Engine& TheEngine() {
  static const Engine* engine = [] {
    Options o;
    o.dict_dir = testing::SourceDir() + "/dict";
    o.gazetteer_path = DYAD_GAZETTEER_PATH;
    auto r = Engine::Open(o);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return r.take().release();
  }();
  return *engine;
}

std::vector<Event> CodeText(const std::string& text, const std::string& date = "2026-03-04") {
  Story s;
  s.id = "t";
  s.date = date;
  s.text = text;
  auto r = TheEngine().Code(s);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value().events : std::vector<Event>{};
}

std::string Country(const std::optional<Actor>& a) { return a ? a->country : "-"; }

bool Has(const std::vector<Event>& ev, const std::string& root, const std::string& src, const std::string& tgt,
         Modality mod = Modality::kAsserted) {
  for (const auto& e : ev)
    if (e.root == root && Country(e.source) == src && Country(e.target) == tgt && e.modality == mod) return true;
  return false;
}

std::string Dump(const std::vector<Event>& ev) {
  std::string s;
  for (const auto& e : ev) s += EventToJson(e) + "\n";
  return s;
}

}  // namespace

TEST(Engine, OpensWithOwnDictionariesAndGazetteer) {
  Engine::Stats s = TheEngine().stats();
  EXPECT_GE(s.actors, 250u);
  EXPECT_GE(s.verb_patterns, 300u);
  EXPECT_EQ(s.event_codes, 318u);
  EXPECT_GT(s.places, 100000u) << "build the gazetteer first (make test does)";
}

TEST(Engine, SubjectVerbObjectAndCompoundActors) {
  auto ev = CodeText("The U.S. and Israel attacked Iran on Saturday.");
  EXPECT_TRUE(Has(ev, "19", "USA", "IRN")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "19", "ISR", "IRN")) << Dump(ev);
  for (const auto& e : ev) EXPECT_EQ(e.date, "2026-02-28");
}

TEST(Engine, PassiveVoiceSwapsSourceAndTarget) {
  auto ev = CodeText("Iraqi officials were attacked by Iranian forces on Monday.");
  EXPECT_TRUE(Has(ev, "19", "IRN", "IRQ")) << Dump(ev);
}

TEST(Engine, PassiveSubjectsFillThePatternsNoun) {
  // "lift * curfew" matches "the curfew was lifted by the army"; "declare * state of emergency" the same.
  auto ev = CodeText("A state of emergency was declared by the Thai government.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "17", "THA", "THA")) << Dump(ev);
  ev = CodeText("The curfew in Kathmandu was lifted by Nepalese troops.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "08", "NPL", "-")) << Dump(ev);
}

TEST(Engine, AmountsInsideAPatternGapAreNotCounted) {
  // "send * troops to +" and "deliver * food aid to +" pass over "some 3,000 more" and "nearly 12,000 tons of
  // emergency" as over one or two words.
  auto ev = CodeText("Kenya sent some 3,000 more troops to Haiti on Monday.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "15", "KEN", "HTI")) << Dump(ev);
  ev = CodeText("Japan delivered nearly 12,000 tons of emergency food aid to Haiti.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "07", "JPN", "HTI")) << Dump(ev);
}

TEST(Engine, TheActThatKilledNamesTheEvent) {
  // The bombing as the subject of "killed" gives the code; "of" after "town" and "on" before a date are not the
  // words of the noun's pattern.
  auto ev = CodeText("A car bomb near the town of Hilla on Sunday killed twelve Iraqi policemen.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "1832") << Dump(ev);
  EXPECT_EQ(Country(ev[0].target), "IRQ") << Dump(ev);
  // A gerund after "in" is the act too, and names its doer as a noun does.
  ev = CodeText("Four children were killed in Israeli tank shelling in Gaza on Friday.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "194") << Dump(ev);
  EXPECT_EQ(Country(ev[0].source), "ISR") << Dump(ev);
  // An actor as the subject does the killing itself.
  ev = CodeText("Following the bombing Israeli troops killed three Palestinian militants.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "19", "ISR", "PSE")) << Dump(ev);
}

TEST(Engine, AnAgentPhraseThatIsAlsoATitleTakesTheNameAfterIt) {
  // "former president" and "defense minister" are agents and titles: the unknown name after them is the person.
  auto ev = CodeText("A Chilean judge ordered former president Juan Perez Soto to appear in court.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].root, "10") << Dump(ev);
  ASSERT_TRUE(ev[0].target.has_value()) << Dump(ev);
  EXPECT_EQ(ev[0].target->type, "ELI") << Dump(ev);
  ev = CodeText("A Chilean judge ordered Defense Minister Juan Perez Soto to appear in court.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  ASSERT_TRUE(ev[0].target.has_value()) << Dump(ev);
  EXPECT_EQ(ev[0].target->type, "GOV") << Dump(ev);
}

TEST(Engine, AnActorAgainstItselfKeepsTheActWithoutATarget) {
  auto ev = CodeText("Egyptian police arrested Egyptian police officers on Monday.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].root, "17") << Dump(ev);
  EXPECT_EQ(Country(ev[0].source), "EGY") << Dump(ev);
  EXPECT_FALSE(ev[0].target.has_value()) << Dump(ev);
}

TEST(Engine, IrregularFightersKillingCiviliansIsUnconventionalViolence) {
  auto ev = CodeText("Congolese rebels killed twelve civilians in a village near Goma on Monday.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "180") << Dump(ev);
  ev = CodeText("Congolese rebels killed twelve soldiers near Goma on Monday.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].root, "19") << Dump(ev);
}

TEST(Engine, HarmOnAConditionIsAThreat) {
  auto ev = CodeText("The European Union may impose sanctions on Iran if the talks fail.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "1312") << Dump(ev);
  EXPECT_EQ(ev[0].modality, Modality::kAsserted) << Dump(ev);
  // With no condition it is only a possibility; help on a condition is no threat.
  ev = CodeText("The European Union could impose sanctions on Iran.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "16", "", "IRN", Modality::kHypothetical)) << Dump(ev);
  ev = CodeText("Japan may send aid to Haiti if it is needed.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "07", "JPN", "HTI", Modality::kHypothetical)) << Dump(ev);
}

TEST(Engine, MakingReadyToFightIsAShowOfForce) {
  auto ev = CodeText("Russian troops are preparing to attack Kyiv.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "150") << Dump(ev);
  // Being prepared to attack is a willingness: a threat.
  ev = CodeText("Russia is prepared to attack Ukraine.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "138") << Dump(ev);
}

TEST(Engine, APronounAfterAReportingVerbIsTheSpeaker) {
  // "it" after "Iraq said" is Iraq, not the organisation named earlier in the sentence.
  auto ev = CodeText("In a letter to the United Nations, Iraq said it would allow inspectors.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "03", "IRQ", "-")) << Dump(ev);
  for (const auto& e : ev) EXPECT_FALSE(e.root == "03" && e.source && e.source->code == "IGOUNO") << Dump(ev);
}

TEST(Engine, APronounAfterAReportingVerbAndItsDayIsTheSpeaker) {
  // "announced Friday that it": the day of the statement stands between the verb and the pronoun.
  for (const char* text : {"After talks with the European Union, Peru announced Friday that it had closed its border.",
                           "After talks with the European Union, Peru said on Friday that it had closed its border."}) {
    auto ev = CodeText(text, "2024-05-08");
    EXPECT_TRUE(Has(ev, "19", "PER", "-")) << Dump(ev);
  }
}

TEST(Engine, APronounAfterAReportingVerbIsTheSpeakerBeforeAnApposition) {
  // "X, <apposition>, announced that it": X, past a bracketed abbreviation, not the actor in the apposition.
  for (const char* text : {"The Peruvian government, after talks with the European Union, announced that it had "
                           "closed its border.",
                           "The Peruvian government (GOP), after talks with the European Union, announced that it "
                           "had closed its border."}) {
    auto ev = CodeText(text, "2024-05-08");
    EXPECT_TRUE(Has(ev, "19", "PER", "-")) << Dump(ev);
    for (const auto& e : ev) EXPECT_FALSE(e.root == "19" && Country(e.source) != "PER") << Dump(ev);
  }
}

TEST(Engine, HonorificsBetweenATitleAndAKnownPersonNameThatPerson) {
  // "opposition leader Doctora Michelle Bachelet": the known person, not an unknown "Doctora", is the target.
  auto ev = CodeText("The Peruvian minister met opposition leader Doctora Michelle Bachelet in Lima.", "2024-05-08");
  bool found = false;
  for (const auto& e : ev) found = found || (e.root == "04" && Country(e.target) == "CHL");
  EXPECT_TRUE(found) << Dump(ev);
}

TEST(Engine, AProtestThatReportsSpeechIsACriticism) {
  auto ev = CodeText("Chilean police beat Bolivian migrants at the border, Peru protested on Wednesday.");
  EXPECT_TRUE(Has(ev, "11", "PER", "-")) << Dump(ev);
  ev = CodeText("Peru protested that Chilean troops had crossed the border.");
  EXPECT_TRUE(Has(ev, "11", "PER", "-")) << Dump(ev);
  for (const char* text : {"Chilean students protested against the government on Wednesday.",
                           "In the capital Santiago, Chilean students protested on Monday.",
                           "Thousands marched in Santiago, and Chilean students protested on Monday."}) {
    ev = CodeText(text);
    for (const auto& e : ev) EXPECT_EQ(e.root, "14") << Dump(ev);
  }
}

TEST(Engine, ABaseFormTwoWordsAfterAnArticleIsANoun) {
  // "a press release": no release by the army; "must release" stays a verb.
  auto ev = CodeText("Peru attacked Chile, the Chilean army said in a press release.");
  for (const auto& e : ev) EXPECT_NE(e.root, "08") << Dump(ev);
  EXPECT_TRUE(Has(ev, "19", "PER", "CHL")) << Dump(ev);
  ev = CodeText("Chile said Peru must release the prisoners.");
  EXPECT_TRUE(Has(ev, "10", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, WhatAnActorMustDoIsADemandEvenOfAnUnknownSpeaker) {
  // "the committee said Peru must ...": a demand of Peru; the committee is no actor, so no source.
  auto ev = CodeText("The committee concluded that Peru must pay more.");
  EXPECT_TRUE(Has(ev, "10", "-", "PER")) << Dump(ev);
}

TEST(Engine, PreparingAnAttackIsAShowOfForceNotTheAttack) {
  auto ev = CodeText("Peru is preparing an offensive against Chilean rebels in the north.");
  EXPECT_TRUE(Has(ev, "15", "PER", "CHL")) << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.root, "19") << Dump(ev);
}

TEST(Engine, AForceAnEventNounSendsIsTheSenders) {
  // "the deployment of Chilean peacekeepers": Chile provides peacekeeping; bare "peacekeepers" name no one.
  auto ev = CodeText("A new deployment of Chilean peacekeepers reached Haiti.");
  EXPECT_TRUE(Has(ev, "07", "CHL", "-")) << Dump(ev);
  ev = CodeText("The deployment of peacekeepers began.");
  EXPECT_TRUE(ev.empty()) << Dump(ev);
}

TEST(Engine, AStatementNounOpeningWhatSomeoneSaidIsItsMediumNotAnEvent) {
  auto ev = CodeText("In a letter to the Arab League last week, Peru said it would admit the monitors.");
  for (const auto& e : ev) EXPECT_NE(e.root, "01") << Dump(ev);
  EXPECT_TRUE(Has(ev, "03", "PER", "-")) << Dump(ev);
  ev = CodeText("Peru sent a letter to the United Nations.");
  bool letter = false;
  for (const auto& e : ev) letter = letter || (e.root == "01" && Country(e.source) == "PER");
  EXPECT_TRUE(letter) << Dump(ev);
}

TEST(Engine, ExercisesSeveralCountriesHoldTogetherAreMilitaryCooperation) {
  auto ev = CodeText("Chilean and Peruvian navies staged war games off the coast.");
  EXPECT_TRUE(Has(ev, "06", "CHL", "PER")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "06", "PER", "CHL")) << Dump(ev);
  for (const auto& e : ev) EXPECT_EQ(e.plover, "COOPERATE") << Dump(ev);  // the type of the code given
  ev = CodeText("Chilean warships launched war games on Monday.");
  EXPECT_TRUE(Has(ev, "15", "CHL", "-")) << Dump(ev);
}

TEST(Engine, AGerundAfterGuiltyOfIsTheSubjectsAct) {
  auto ev = CodeText("The Chilean navy is guilty of violating the armistice.");
  EXPECT_TRUE(Has(ev, "19", "CHL", "-")) << Dump(ev);
  // "held Chile responsible for shelling" is blame, not the shelling.
  ev = CodeText("Peru held Chile responsible for shelling Lima.");
  EXPECT_FALSE(Has(ev, "19", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, ANamedPlaceInAPatternsTargetSlotStandsForItsCountry) {
  // "return to + for talks": Lucerne is no actor; the pattern goes on after it, and the place is Switzerland.
  auto ev = CodeText("Chilean diplomats returned to Lucerne for talks.");
  EXPECT_TRUE(Has(ev, "04", "CHL", "CHE")) << Dump(ev);
}

TEST(Engine, KillingOneLeaderIsAnAssassination) {
  for (const char* text : {"Chilean rebels killed the Peruvian defense minister.",
                           "Chilean rebels killed the deputy commander of Peru's navy."}) {
    auto ev = CodeText(text);
    ASSERT_EQ(ev.size(), 1u) << Dump(ev);
    EXPECT_EQ(ev[0].cameo, "186") << Dump(ev);
  }
  for (const char* text :
       {"Chilean rebels killed three Peruvian soldiers.", "Chilean rebels killed the sons of Peru's president."}) {
    auto ev = CodeText(text);
    for (const auto& e : ev) EXPECT_EQ(e.cameo, "190") << Dump(ev);
  }
}

TEST(Engine, UpToBeforeANumberIsPartOfTheAmount) {
  // "allowed up to 900 Bolivian farmers to leave": the farmers are the target, "up to" no preposition.
  auto ev = CodeText("Chile allowed up to 900 Bolivian farmers to leave on Friday.");
  bool found = false;
  for (const auto& e : ev) found = found || (Country(e.source) == "CHL" && Country(e.target) == "BOL");
  EXPECT_TRUE(found) << Dump(ev);
}

TEST(Engine, APatternGoesOnAfterARelativeClauseOrOfPhraseOnItsTarget) {
  // "allow + to return": the farmers are let return, the relative clause on them stands between.
  auto ev = CodeText("Chile will allow Bolivian farmers who crossed the border during the drought to return.");
  bool found = false;
  for (const auto& e : ev)
    found = found || (e.root == "03" && Country(e.source) == "CHL" && Country(e.target) == "BOL");
  EXPECT_TRUE(found) << Dump(ev);
  // "pressure + to": the "of" phrase on the workers, with its abbreviation, stands between.
  ev = CodeText("Chilean authorities pressed workers of the Andes Copper Company (ACC) to end their strike.");
  found = false;
  for (const auto& e : ev) found = found || (e.root == "10" && e.source && e.source->code == "CHLGOV");
  EXPECT_TRUE(found) << Dump(ev);
}

TEST(Engine, AMatchingSourceRoleMakesAPatternMoreSpecific) {
  // Troops arriving are a deployment ("[MIL] arrive in"), a minister arriving a visit ("arrive in").
  auto ev = CodeText("Chilean troops arrived in Peru on Monday.");
  EXPECT_TRUE(Has(ev, "15", "CHL", "PER")) << Dump(ev);
  ev = CodeText("The Chilean foreign minister arrived in Peru on Monday.");
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AParticipleDescribingAnActorIsNoVerb) {
  // "two exiled dissidents": nobody was exiled here; "Hundreds protested" is still a verb.
  auto ev = CodeText("Canada welcomed the two exiled dissidents from Egypt.", "2024-05-08");
  for (const auto& e : ev) EXPECT_NE(e.root, "17") << Dump(ev);
  ev = CodeText("Hundreds protested outside the Egyptian embassy in Ottawa.", "2024-05-08");
  EXPECT_FALSE(ev.empty()) << Dump(ev);
  for (const auto& e : ev) EXPECT_EQ(e.root, "14") << Dump(ev);
}

TEST(Engine, AnActorFollowedByKilledInIsTheVictim) {
  // "Russian soldiers killed in Ukraine": the soldiers were killed, they killed nobody.
  auto ev = CodeText("Russian soldiers killed in Ukraine were buried in Moscow on Monday.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_FALSE(ev[0].source.has_value()) << Dump(ev);
  EXPECT_EQ(Country(ev[0].target), "RUS") << Dump(ev);
}

TEST(Engine, NegatedAndFutureEventsAreMarked) {
  auto ev = CodeText("Russia did not attack Ukraine. China will send aid to Pakistan next week.");
  EXPECT_FALSE(Has(ev, "19", "RUS", "UKR")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "19", "RUS", "UKR", Modality::kNegated)) << Dump(ev);
  // CAMEO codes a stated intention as an intent (033: to provide material aid), asserted when stated.
  EXPECT_TRUE(Has(ev, "03", "CHN", "PAK", Modality::kAsserted)) << Dump(ev);
  EXPECT_FALSE(Has(ev, "07", "CHN", "PAK")) << Dump(ev);
  ev = CodeText("Armenia and Azerbaijan failed to sign a peace agreement.");
  for (const auto& e : ev) EXPECT_EQ(e.modality, Modality::kNegated) << Dump(ev);
}

TEST(Engine, GoverningWordsReframeTheEvent) {
  // An intent, a refusal, a threat and a demand, each from the event word and what governs it.
  auto ev = CodeText("Japan agreed on Monday to provide aid to Vietnam.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "03", "JPN", "VNM")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "07", "JPN", "VNM")) << Dump(ev);
  ev = CodeText("Serbia declined to send aid to Kosovo.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "12", "SRB", "KSV")) << Dump(ev);
  ev = CodeText("Turkey threatened to attack Syria.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "13", "TUR", "SYR")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "19", "TUR", "SYR")) << Dump(ev);
  ev = CodeText("Russia said on Tuesday that Sudan must release the prisoners.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "10", "RUS", "SDN")) << Dump(ev);
  ev = CodeText("Syria said it will not accept refugees from Iraq.", "2024-05-08");
  for (const auto& e : ev) EXPECT_NE(e.root, "07") << Dump(ev);
}

TEST(Engine, StoppingAnActAllegationsAndBareDemands) {
  // A verb stopping an event noun codes the stop: cutting aid (162), calling off talks (164), lifting a
  // curfew (081); stopping someone else's attack is not de-escalation.
  auto ev = CodeText("Germany slashed development aid to Nicaragua.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "16", "DEU", "NIC")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "07", "DEU", "NIC")) << Dump(ev);
  ev = CodeText("Rebels in Mali halted their offensive on Monday.", "2024-05-08");
  for (const auto& e : ev) EXPECT_EQ(e.root, "08") << Dump(ev);
  EXPECT_FALSE(ev.empty());
  ev = CodeText("Sanctions on Iran were lifted by the European Union.", "2024-05-08");
  for (const auto& e : ev) EXPECT_EQ(e.root, "08") << Dump(ev);  // passive: lifted, not imposed
  EXPECT_FALSE(ev.empty());
  ev = CodeText("Egypt declared a state of emergency.", "2024-05-08");  // nor is the own country
  EXPECT_TRUE(Has(ev, "17", "EGY", "-")) << Dump(ev);
  ev = CodeText("Syria halted its offensive in Idlib.", "2024-05-08");  // an own place is no target
  EXPECT_TRUE(Has(ev, "08", "SYR", "-")) << Dump(ev);
  ev = CodeText("Police stopped an attack on the embassy.", "2024-05-08");
  for (const auto& e : ev) EXPECT_NE(e.root, "08") << Dump(ev);
  // An allegation that someone did harm is an accusation of them; a plain report is not.
  ev = CodeText("Ukraine alleged that Russian forces shelled Kharkiv.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "11", "UKR", "RUS")) << Dump(ev);
  EXPECT_FALSE(Has(ev, "19", "RUS", "UKR")) << Dump(ev);
  ev = CodeText("Ukrainian officials said Russian forces shelled Kharkiv.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "19", "RUS", "UKR")) << Dump(ev);
  // "X said Y must ..." is a demand even when what Y must do has no pattern; "we must" is none.
  ev = CodeText("Chile said Bolivia must respect the ruling of the court.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "10", "CHL", "BOL")) << Dump(ev);
  ev = CodeText("Peru must do more, the president of Peru said.", "2024-05-08");
  for (const auto& e : ev) EXPECT_NE(e.root, "10") << Dump(ev);
}

TEST(Engine, AppealsGrantsRepressionTollsAndReceipts) {
  // "X urged/asked/wants Y to do Z" is X's appeal to Y (what Z is names the appeal), "ordered Y to" a
  // demand; Z itself did not happen.
  auto ev = CodeText("Chile urged Bolivia to withdraw its troops from the border.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "02", "CHL", "BOL")) << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.root, "08") << Dump(ev);
  ev = CodeText("Peru wants Ecuador to attack Colombia.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "02", "PER", "ECU")) << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.root, "19") << Dump(ev);
  // Granting or turning down what someone asked is a concession (08) or a rejection (12) toward the asker;
  // what an appeal asks for did not happen.
  ev = CodeText("The Kenyan government accepted demands from Somali refugees.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "08", "KEN", "SOM")) << Dump(ev);
  ev = CodeText("Ghana turned down an appeal from Togo to close the border.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "12", "GHA", "TGO")) << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.root, "16") << Dump(ev);
  // Police firing on their own protesters is violent repression (175), one event, the protesters its target.
  ev = CodeText("Kenyan police opened fire on demonstrators in Nairobi.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "175") << Dump(ev);
  EXPECT_TRUE(ev[0].target && ev[0].target->type == "OPP") << Dump(ev);
  ev = CodeText("Kenyan troops attacked protesters in Nairobi.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "17", "KEN", "KEN")) << Dump(ev);
  // Who condemns an attack did not carry it out; who carried it out did.
  ev = CodeText("Iran condemned the attack on Israel.", "2024-05-08");
  EXPECT_FALSE(Has(ev, "19", "IRN", "ISR")) << Dump(ev);
  ev = CodeText("Hezbollah carried out an attack on Israel.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "19", "LBN", "ISR")) << Dump(ev);
  // "shelled X, killing civilians" is one attack; the victims are its target when it named none (gunmen on
  // civilians: unconventional violence, 18).
  ev = CodeText("Gunmen attacked a bus near Quetta, killing nine Pakistani pilgrims.", "2024-05-08");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].root, "18") << Dump(ev);
  EXPECT_EQ(Country(ev[0].target), "PAK") << Dump(ev);
  // Receiving is the giver's act: "<072 receive * weapons from +".
  ev = CodeText("Armenia received weapons from India.", "2024-05-08");
  EXPECT_TRUE(Has(ev, "07", "IND", "ARM")) << Dump(ev);
}

TEST(Engine, ReportedSpeechIsAttributionNotAnEvent) {
  auto ev = CodeText("Turkish officials said Syria had shelled Turkey on Friday, officials who spoke on condition of "
                     "anonymity told Reuters.");
  ASSERT_TRUE(Has(ev, "19", "SYR", "TUR")) << Dump(ev);
  for (const auto& e : ev) {
    EXPECT_NE(e.root, "01") << Dump(ev);
    ASSERT_TRUE(e.attribution.has_value()) << Dump(ev);
    EXPECT_TRUE(e.attribution->anonymous);
  }
}

TEST(Engine, NatureIsNoActorAndCapitalsAreStruckAsCities) {
  EXPECT_TRUE(CodeText("A powerful earthquake struck Turkey on Monday.").empty());
  auto ev = CodeText("Russian forces launched a barrage of missiles and drones at Kyiv overnight, killing at least 12 "
                     "people, Ukrainian officials said.");
  EXPECT_TRUE(Has(ev, "19", "RUS", "UKR")) << Dump(ev);
  for (const auto& e : ev) {
    EXPECT_NE(Country(e.source), "UKR") << Dump(ev);  // the speaker did not kill anyone
    if (e.target && e.target->text == "Kyiv") {
      EXPECT_EQ(e.target->code, "UKR") << Dump(ev);
    }
  }
}

TEST(Engine, UnnamedSpeakersAreAnonymousAndNotTheNearestActor) {
  auto ev = CodeText("Armed men attacked a village in Burkina Faso, killing dozens of civilians, local sources said.");
  ASSERT_FALSE(ev.empty());
  for (const auto& e : ev) {
    ASSERT_TRUE(e.attribution.has_value()) << Dump(ev);
    EXPECT_EQ(e.attribution->text, "local sources");
    EXPECT_TRUE(e.attribution->anonymous);
  }
}

TEST(Engine, DenialsAndCallsAreNotTheActsThemselves) {
  auto ev = CodeText("Iran denied supplying weapons to Russia.");
  EXPECT_FALSE(Has(ev, "07", "IRN", "RUS")) << Dump(ev);
  ev = CodeText("Opposition leaders in Kenya called for nationwide protests against the government.");
  for (const auto& e : ev) EXPECT_NE(e.root, "14") << Dump(ev);
}

TEST(Engine, PastEventsDoNotTakeTheDatelinePlace) {
  auto ev = CodeText("IRBIL, Iraq (AP) — Iraqi Kurdish forces attacked Iraq on Monday. In 1991, Iraq attacked Iraqi Kurds.",
                     "2026-03-04");
  bool now = false, then = false;
  for (const auto& e : ev) {
    if (e.date == "2026-03-02" && e.location) now = true;
    if (e.date == "1991") {
      then = true;
      EXPECT_FALSE(e.location.has_value()) << Dump(ev);
    }
  }
  EXPECT_TRUE(now) << Dump(ev);
  EXPECT_TRUE(then) << Dump(ev);
}

TEST(Engine, PlacesResolveWithAlternateNames) {
  auto ev = CodeText("Iranian drones struck U.S. bases in Arbil on Sunday.");
  bool found = false;
  for (const auto& e : ev)
    if (e.location && lexicon::DistanceKm(e.location->lat, e.location->lon, 36.19, 44.01) < 30) found = true;
  EXPECT_TRUE(found) << Dump(ev);
}

TEST(Engine, UsCountiesComeFromTheCensusAtlas) {
  // A county is one place, also before other capitalised words; among the twelve Douglas Counties the
  // one in the state that the story's unique names point to wins.
  auto ev = CodeText("Rioters attacked police in Otter Tail County Sheriff territory on Sunday.", "2024-05-08");
  auto near = [&](double lat, double lon) {
    for (const auto& e : ev)
      if (e.location && lexicon::DistanceKm(e.location->lat, e.location->lon, lat, lon) < 60) return true;
    return false;
  };
  EXPECT_TRUE(near(46.41, -95.71)) << Dump(ev);
  ev = CodeText("A fire destroyed a barn near Fergus Falls in Otter Tail County. Rioters attacked police in "
                "Douglas County on Sunday.", "2024-05-08");
  EXPECT_TRUE(near(45.93, -95.45)) << Dump(ev);  // Minnesota's, not Colorado's
}

namespace {

// The place an annotated text names at `phrase` (its first mention), if any.
std::optional<Location> PlaceAt(const std::string& text, const std::string& phrase) {
  Story s;
  s.id = "t";
  s.date = "2026-03-04";
  s.text = text;
  auto r = TheEngine().Annotate(s);
  EXPECT_TRUE(r.ok()) << r.status().message();
  if (!r.ok()) return std::nullopt;
  const int at = static_cast<int>(text.find(phrase));  // ASCII texts: bytes are code points
  for (const auto& p : r.value().places)
    if (p.begin <= at && at < p.end) return p.place;
  return std::nullopt;
}

}  // namespace

TEST(Engine, ApStateAbbreviationsNameTheStateAndContainTheTown) {
  // The tokenizer splits the period off "Ga."; the abbreviation is still Georgia, and Columbus lies in it.
  auto state = PlaceAt("A man from Columbus, Ga., was charged on Monday.", "Ga.");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "Georgia");
  EXPECT_EQ(state->country, "USA");
  auto town = PlaceAt("A man from Columbus, Ga., was charged on Monday.", "Columbus");
  ASSERT_TRUE(town.has_value());
  EXPECT_LT(lexicon::DistanceKm(town->lat, town->lon, 32.46, -84.99), 30) << town->name;
  // Not the Norwegian town "Flå" for "Fla.", also before a capitalised word.
  state = PlaceAt("He was born in Tampa, Fla. Police said nothing.", "Fla.");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "Florida");
  // Two words with an initial: "W. Va."; and a county named after a country is the county.
  state = PlaceAt("A man in Wheeling, W. Va., was charged.", "Va.");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "West Virginia");
  // Canadian provinces go by their Canadian Press abbreviations.
  state = PlaceAt("A man in Kelowna, B.C., was charged.", "B.C.");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "British Columbia");
  // A region's adjective is the region, not the country inside its words ("Central American": not the USA).
  auto ca = PlaceAt("Central American migrants reached the border.", "Central American");
  ASSERT_TRUE(ca.has_value());
  EXPECT_EQ(ca->name, "Central America");
  // A former state is still a place.
  EXPECT_TRUE(PlaceAt("The agent was developed in the Soviet Union.", "Soviet Union").has_value());
  auto county = PlaceAt("Deputies in Guernsey County said so.", "Guernsey");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->country, "USA");
}

TEST(Engine, StoryNamesAgreeOnOneRegion) {
  // Alone, "Athens" is Greece's capital; with two counties that both can lie in Georgia, it is Athens, Georgia.
  const std::string text = "Police in Athens arrested a man. Deputies from Clarke County and Oconee County helped.";
  auto athens = PlaceAt(text, "Athens");
  ASSERT_TRUE(athens.has_value());
  EXPECT_EQ(athens->country, "USA");
  EXPECT_EQ(athens->admin1, "Georgia");
  auto oconee = PlaceAt(text, "Oconee");
  ASSERT_TRUE(oconee.has_value());
  EXPECT_EQ(oconee->admin1, "Georgia");
  athens = PlaceAt("Police in Athens arrested a man on Monday.", "Athens");
  ASSERT_TRUE(athens.has_value());
  EXPECT_EQ(athens->country, "GRC");
}

TEST(Engine, ATownNearAnotherOfTheStorysNamesIsTheOneMeant) {
  // Of the many Parises and Henry Counties, one pair lies together: Paris and Henry County, Tennessee.
  const std::string text = "A Paris man was arrested on Sunday. He appeared in Henry County General Sessions Court.";
  auto paris = PlaceAt(text, "Paris");
  ASSERT_TRUE(paris.has_value());
  EXPECT_EQ(paris->admin1, "Tennessee");
  auto county = PlaceAt(text, "Henry County");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->admin1, "Tennessee");
  // A state keeps its name beside a town of that name near another of the story's places.
  auto fl = PlaceAt("Officials in Palm Beach County and Florida said so.", "Florida");
  ASSERT_TRUE(fl.has_value());
  EXPECT_EQ(fl->feature, "admin1");
}

TEST(Engine, ACountryNamedLikeATownAmongTheStorysTownsIsThatTown) {
  // Hershey, Palmyra and Annville agree on Pennsylvania, and a Lebanon lies there, beside them.
  const std::string text =
      "She died at a nursing home in Lebanon. She was formerly of Hershey and lived in Palmyra and Annville.";
  auto lebanon = PlaceAt(text, "Lebanon");
  ASSERT_TRUE(lebanon.has_value());
  EXPECT_EQ(lebanon->admin1, "Pennsylvania");
  lebanon = PlaceAt("Israeli jets struck targets in Lebanon and Syria on Monday.", "Lebanon");
  ASSERT_TRUE(lebanon.has_value());
  EXPECT_EQ(lebanon->country, "LBN");
}

TEST(Engine, MonthsInstitutionsAndFunctionWordsAreNoPlaces) {
  // "March" (England), "Police" (Poland), "Since" (Colombia) are towns only in the gazetteer.
  const std::string text = "Since March, Police in Kansas have made arrests.";
  EXPECT_FALSE(PlaceAt(text, "Since").has_value());
  EXPECT_FALSE(PlaceAt(text, "March").has_value());
  EXPECT_FALSE(PlaceAt(text, "Police").has_value());
  EXPECT_TRUE(PlaceAt(text, "Kansas").has_value());
  // "Lot" (a French department) in an address, or "See" opening a sentence, is an English word.
  EXPECT_FALSE(PlaceAt("He lives at 1205 Oak Road Lot 12 in Kansas.", "Lot").has_value());
  EXPECT_FALSE(PlaceAt("See the report for details.", "See").has_value());
}

TEST(Engine, SurnamesTheStoryGivesAreNoPlaces) {
  // "Davidson" is a town in North Carolina, but here it is Cindy Davidson.
  std::string text = "Cindy Davidson owns a shop in Gainesville. Davidson said business was good.";
  EXPECT_FALSE(PlaceAt(text, "Davidson said").has_value());
  EXPECT_TRUE(PlaceAt(text, "Gainesville").has_value());
  // Put after "in", the same word is a place; a big city is never taken for a surname.
  text = "Cindy Davidson owns a shop in Davidson. Davidson is growing. Jane Atlanta met Atlanta officials.";
  EXPECT_TRUE(PlaceAt(text, "Davidson is").has_value());
  EXPECT_TRUE(PlaceAt(text, "Atlanta officials").has_value());
  // "at Kelly's plan" is the person's plan, not a place after "at".
  text = "Chief of staff John Kelly was not there. Aides were angry at Kelly's plan. Kelly left.";
  EXPECT_FALSE(PlaceAt(text, "Kelly left").has_value());
}

TEST(Engine, SmallPlacesNamedOnlyByAnotherNameAreNoPlaces) {
  // GeoNames lists "Lane" among the other names of Rochelle, Illinois: alone, the word is a person.
  EXPECT_FALSE(PlaceAt("Lane thanked the volunteers.", "Lane").has_value());
  // After "near", a transliteration GeoNames lists ("Penjwen" for Baynjiwayn) is the town.
  EXPECT_TRUE(PlaceAt("Guns shelled guards near Penjwen on Monday.", "Penjwen").has_value());
  // A big place keeps its other names ("Arbil" for Erbil), and so does a region an actor shares ("EU").
  EXPECT_TRUE(PlaceAt("Drones struck Arbil on Sunday.", "Arbil").has_value());
  EXPECT_TRUE(PlaceAt("The EU imposed sanctions.", "EU").has_value());
  // A known actor is no place that bears its name only as another ("Hamas" for Hamm, a city of 180,000),
  // and a first name before a surname is in no town's name ("Julia" for Plovdiv).
  EXPECT_FALSE(PlaceAt("Hamas fired rockets on Monday.", "Hamas").has_value());
  EXPECT_FALSE(PlaceAt("The actress Julia Roberts arrived on Monday.", "Julia").has_value());
}

TEST(Engine, TownsInTheNamesOfTheirBodiesAreToponyms) {
  // A town before "City Council", "Public Utilities", ... is named there; a state name that starts with a
  // generic word is whole inside a longer name.
  std::string text = "The Greer City Council met with the West Virginia Division of Highways on Monday.";
  EXPECT_TRUE(PlaceAt(text, "Greer").has_value());
  auto wv = PlaceAt(text, "West Virginia");
  ASSERT_TRUE(wv.has_value());
  EXPECT_EQ(wv->name, "West Virginia");
  // A small town before "Library" is more likely a benefactor.
  EXPECT_FALSE(PlaceAt("She visited the Carnegie Library on Monday.", "Carnegie").has_value());
}

TEST(Engine, ARegionsOwnNameIsTheRegionNotItsNamesakeCounty) {
  // The story is about New York state, so "New York" is the state, not New York County inside it.
  auto ny = PlaceAt("Officials in Albany, N.Y., and Buffalo, N.Y., said New York will pay.", "New York");
  ASSERT_TRUE(ny.has_value());
  EXPECT_EQ(ny->feature, "admin1");
}

TEST(Engine, TheCapitalOfACountryTheStoryNamesIsThatCountrys) {
  // The story is first about the United States, but Moscow is Russia's capital, not the town in Idaho.
  auto moscow = PlaceAt("U.S. officials in Washington said American talks with Russia would resume in Moscow.",
                        "Moscow");
  ASSERT_TRUE(moscow.has_value());
  EXPECT_EQ(moscow->country, "RUS");
}

TEST(Engine, DirectionsAloneAreNoRegionsAbroad) {
  // "Western" and "West Coast" are regions of Fiji and the Gambia only in a gazetteer.
  const std::string text = "Western leaders met on the West Coast, and officials in the Western Province agreed.";
  EXPECT_FALSE(PlaceAt(text, "Western leaders").has_value());
  EXPECT_FALSE(PlaceAt(text, "West Coast").has_value());
  // The White House is in Washington.
  auto wh = PlaceAt("Officials at the White House said so.", "White House");
  ASSERT_TRUE(wh.has_value());
  EXPECT_LT(lexicon::DistanceKm(wh->lat, wh->lon, 38.90, -77.04), 5);
}

TEST(Engine, CountriesAndStatesInAListAreNotContainedInTheNext) {
  // "Brazil, Germany": a list, not Brazil inside Germany; "Georgia, USA" is still the state.
  std::string text = "The firm has plants in Brazil, Germany, Japan and the USA. Teams went to Guam, Alaska, Hawaii.";
  EXPECT_TRUE(PlaceAt(text, "Brazil").has_value());
  EXPECT_TRUE(PlaceAt(text, "Germany").has_value());
  EXPECT_TRUE(PlaceAt(text, "Alaska").has_value());
  auto ga = PlaceAt("He moved to Georgia, USA, last year.", "Georgia");
  ASSERT_TRUE(ga.has_value());
  EXPECT_EQ(ga->country, "USA");
}

TEST(Engine, APlaceThatBearsTheNameOutranksOneKnownByItOnlyAsAnother) {
  // GeoNames lists "Riverdale" among Glendale's other names; the Riverdales are meant.
  auto r = PlaceAt("Police in Riverdale said a man was hurt.", "Riverdale");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->name, "Riverdale");
  // A city of millions keeps its other names.
  auto spb = PlaceAt("Putin spoke in St. Petersburg on Monday.", "Petersburg");
  ASSERT_TRUE(spb.has_value());
  EXPECT_EQ(spb->country, "RUS");
}

TEST(Engine, ANameFoundInOneCountryOnlyTellsTheStorysCountry) {
  // Every Henry County is American, so this Paris is one of the American ones.
  auto paris = PlaceAt("Paris and Henry County are rich in history. Students in Paris toured the courthouse.",
                       "Paris and");
  ASSERT_TRUE(paris.has_value());
  EXPECT_EQ(paris->country, "USA");
  paris = PlaceAt("Students in Paris toured the Louvre.", "Paris");
  ASSERT_TRUE(paris.has_value());
  EXPECT_EQ(paris->country, "FRA");
}

TEST(Engine, ANationalityBeforeThePatternsNounNamesTheTarget) {
  // "free * prisoners": the prisoners are no actor, but "Chilean" says whose they are.
  auto ev = CodeText("Peru freed 40 Chilean prisoners on Monday.");
  EXPECT_TRUE(Has(ev, "08", "PER", "CHL")) << Dump(ev);
  // (Protesters destroying property riot: CAMEO 145.)
  ev = CodeText("The Chilean warehouse was demolished by Peruvian protesters on Monday.");
  EXPECT_TRUE(Has(ev, "14", "PER", "CHL")) << Dump(ev);
  // Arms are not their maker's targets.
  ev = CodeText("The rebels fired Iranian rockets on Monday.");
  for (const auto& e : ev) EXPECT_NE(Country(e.target), "IRN") << Dump(ev);
}

TEST(Engine, AProtestInACapitalIsAgainstItsCountryOnce) {
  // "Beijing" as a seat of power and as the scene of the protest is one target, China.
  auto ev = CodeText("British activists staged a protest in Beijing on Wednesday.");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_TRUE(Has(ev, "14", "GBR", "CHN")) << Dump(ev);
  EXPECT_EQ(ev[0].target->code, "CHN") << Dump(ev);
}

TEST(Engine, AnAgentOfAPlaceIsOfItsCountry) {
  auto ev = CodeText("Police arrested the mayor of the southern city of Kandahar on Monday.");
  EXPECT_TRUE(Has(ev, "17", "", "AFG")) << Dump(ev);
}

TEST(Engine, SympathyForWhatHappenedInAPlaceIsForItsCountry) {
  auto ev = CodeText("The Chilean president expressed sorrow for the floods in Peru on Monday.");
  EXPECT_TRUE(Has(ev, "01", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, ThatWithItsVerbRightAfterIsARelativePronoun) {
  // "the rebels that have seized": the rebels seized.
  auto ev = CodeText("Chile fought the rebels that have seized parts of Peru.");
  bool found = false;
  for (const auto& e : ev)
    if (e.root == "17" && e.source && e.source->type == "REB" && Country(e.target) == "PER") found = true;
  EXPECT_TRUE(found) << Dump(ev);
}

TEST(Engine, ASubjectThatIsNoActorActsForItsNationality) {
  auto ev = CodeText("Peruvian missiles struck Santiago on Monday.");
  EXPECT_TRUE(Has(ev, "19", "PER", "CHL")) << Dump(ev);
}

TEST(Engine, APlaceInAPrepositionalPhraseIsNoSubjectOfAParticipleClause) {
  // ", setting fire ...": "northern Chile" is where it happened, not who set fire.
  auto ev = CodeText("Peruvian prisoners rioted at a jail in northern Chile, setting fire to their mattresses.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "CHL") << Dump(ev);
}

TEST(Engine, APairedCodeGivesTheTargetsActBack) {
  // "043:042 host +": the guest visits the host; "046:046 hold talks with +": both negotiate.
  auto ev = CodeText("Chile hosted Peru on Monday.");
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
  bool back = false;
  for (const auto& e : ev)
    if (e.cameo == "042" && Country(e.source) == "PER" && Country(e.target) == "CHL") back = true;
  EXPECT_TRUE(back) << Dump(ev);
  ev = CodeText("Chile held talks with Peru on Monday.");
  int talks = 0;
  for (const auto& e : ev) talks += e.cameo == "046";
  EXPECT_EQ(talks, 2) << Dump(ev);
  // What was refused is not done back.
  ev = CodeText("Chile refused to host Peru on Monday.");
  for (const auto& e : ev) EXPECT_NE(e.cameo, "042") << Dump(ev);
  // With no one named to do it back, no paired event.
  ev = CodeText("Chile held talks with unnamed parties on Monday.");
  for (const auto& e : ev) EXPECT_TRUE(e.source.has_value()) << Dump(ev);
}

TEST(Engine, ATitleAndASurnameNameThePersonInOfficeThen) {
  // "Bush" alone is no name (two presidents share it); after a title the story date tells which one.
  auto ev = CodeText("President Bush met Chilean officials on Monday.", "2006-05-02");
  bool gov = false;
  for (const auto& e : ev)
    if (e.source && e.source->code == "USAGOV") gov = true;
  EXPECT_TRUE(gov) << Dump(ev);
}

TEST(Engine, AnAgentFromADescribedCountryTakesItsCode) {
  auto ev = CodeText("Peru expelled dissidents from military-ruled Chile on Monday.");
  bool opp = false;
  for (const auto& e : ev)
    if (e.target && e.target->code == "CHLOPP") opp = true;
  EXPECT_TRUE(opp) << Dump(ev);
}

TEST(Engine, AVerbFormBeforeWasIsTheSubjectNoun) {
  // "a car bomb was found": "bomb" names a thing here; Chile did not bomb anyone.
  auto ev = CodeText("Chile said a car bomb was found near the border on Monday.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "CHL") << Dump(ev);
}

TEST(Engine, AOneSidedEventBesideTheSameEventWithBothSidesGoes) {
  // The "visit" says no more than the arrival in Lima by the same visitor.
  auto ev = CodeText("The Chilean president arrived in Lima on Monday for a three-day visit.");
  int visits = 0;
  for (const auto& e : ev) visits += e.cameo == "042";
  EXPECT_EQ(visits, 1) << Dump(ev);
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AnEventNounAfterAPrepositionAndArticleIsNotTheSubjects) {
  // Chile investigates; it did not attack the embassy.
  auto ev = CodeText("Chile sought Peruvian help in the investigation of the attack on the embassy.");
  for (const auto& e : ev)
    if (e.root == "19") {
      EXPECT_NE(Country(e.source), "CHL") << Dump(ev);
    }
}

TEST(Engine, WoundingIsAnAttack) {
  auto ev = CodeText("Chile wounded two Peruvian soldiers in a rocket attack on Monday.");
  EXPECT_TRUE(Has(ev, "19", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AGerundAfterAnAdjectiveAndBeforeOfIsANoun) {
  // The court did not kill the tourists; it charged men over their killing.
  auto ev = CodeText("A Chilean court charged two men over the brutal killing of Peruvian tourists.");
  for (const auto& e : ev) EXPECT_NE(e.root, "18") << Dump(ev);
}

TEST(Engine, AVerbAfterAndSharesTheSubjectOfTheVerbPhraseBefore) {
  // Peru is what Chile attacked, not who took Lima.
  auto ev = CodeText("Chile had attacked Peru and taken the city of Lima.");
  for (const auto& e : ev) EXPECT_EQ(Country(e.source), "CHL") << Dump(ev);
  EXPECT_EQ(ev.size(), 2u) << Dump(ev);
}

TEST(Engine, AParticipleWithItsPrepositionAfterAnActorIsPassive) {
  // The officers were accused; they accused no one.
  auto ev = CodeText("Chilean officers accused of torture fled to Peru on Monday.");
  for (const auto& e : ev)
    if (e.root == "11") {
      EXPECT_FALSE(e.source.has_value()) << Dump(ev);
      EXPECT_EQ(Country(e.target), "CHL") << Dump(ev);
    }
}

TEST(Engine, AGoverningNounInAPrepositionalPhraseNamesNoOneAsSource) {
  // Whose threat it was the sentence does not say; it was not Chile's visit that threatened.
  auto ev = CodeText("Chile visited Peru on Monday, hoping to mend ties strained by an earlier threat to impose sanctions.");
  for (const auto& e : ev)
    EXPECT_NE(e.root, "13") << Dump(ev);
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AParticipleClauseHeadingTheSentenceHasTheMainSubject) {
  auto ev = CodeText("Upon arriving in Lima, the Chilean foreign minister met Peruvian officials.");
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
  for (const auto& e : ev) EXPECT_TRUE(e.source.has_value()) << Dump(ev);
}

TEST(Engine, AnInfinitiveAfterACommaAndParticipleHasTheMainSubject) {
  // Chile seeks to ease tensions, not Peru's minister.
  auto ev = CodeText("The Chilean president met Peru's foreign minister, seeking to ease tensions with Bolivia.");
  for (const auto& e : ev)
    if (Country(e.target) == "BOL") {
      EXPECT_EQ(Country(e.source), "CHL") << Dump(ev);
    }
  EXPECT_TRUE(Has(ev, "04", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AnAbbreviationInBracketsIsPartOfTheActorBeforeIt) {
  auto ev = CodeText("Chile and the European Union (EU) signed a trade agreement on Monday.");
  bool chile = false;
  for (const auto& e : ev) chile = chile || Country(e.source) == "CHL";
  EXPECT_TRUE(chile) << Dump(ev);
}

TEST(Engine, ACourtCoercesAtHomeNotWhereAPlaceIsNamed) {
  auto ev = CodeText("A Chilean court jailed a man for helping smugglers reach a camp in Peru.");
  EXPECT_TRUE(Has(ev, "17", "CHL", "CHL")) << Dump(ev);
  // Soldiers abroad still coerce where they are.
  ev = CodeText("Chilean soldiers arrested ten men in Peru.");
  EXPECT_TRUE(Has(ev, "17", "CHL", "PER")) << Dump(ev);
}

TEST(Engine, AReducedRelativeWithNoObjectIsPassive) {
  // The Chilean officer was jailed and then freed; he jailed no one, and Peru freed him.
  auto ev = CodeText("A Chilean army officer jailed in 2019 was freed by Peru on Monday.");
  for (const auto& e : ev)
    if (e.root == "17") {
      EXPECT_NE(Country(e.source), "CHL") << Dump(ev);
      EXPECT_NE(Country(e.source), "PER") << Dump(ev);
    }
  EXPECT_TRUE(Has(ev, "08", "PER", "CHL")) << Dump(ev);
}

TEST(Engine, BadInputIsAnErrorNotACrash) {
  Story s;
  s.id = "bad";
  s.text = "Iran \xC3( attacked";
  EXPECT_FALSE(TheEngine().Code(s).ok());
  s.text = std::string(5u << 20, 'a');
  EXPECT_FALSE(TheEngine().Code(s).ok());
  s.text = "";
  EXPECT_TRUE(TheEngine().Code(s).ok());
  s.text = std::string(20000, ',') + " Iran attacked Iraq " + std::string(3000, '(');
  EXPECT_TRUE(TheEngine().Code(s).ok());
}

// The seed story (../shared/seed): the bar of issue 2.
TEST(Engine, SeedStory) {
  std::string path = testing::SharedDir() + "/seed/000_a2e1f2d9f2070016.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto story = read::ParseStoryText(ss.str(), "seed", path, 1 << 20);
  ASSERT_TRUE(story.ok());
  auto coded = TheEngine().Code(story.value());
  ASSERT_TRUE(coded.ok());
  const auto& ev = coded.value().events;
  std::string dump = Dump(ev);
  EXPECT_EQ(coded.value().dateline, "IRBIL, Iraq");

  auto find = [&](auto pred) {
    for (const auto& e : ev)
      if (pred(e)) return true;
    return false;
  };
  // The U.S. and Israel each attacking Iran, dated Saturday 2026-02-28.
  for (const char* src : {"USA", "ISR"}) {
    EXPECT_TRUE(find([&](const Event& e) {
      return e.root == "19" && Country(e.source) == src && Country(e.target) == "IRN" && e.date == "2026-02-28" &&
             e.modality == Modality::kAsserted;
    })) << src << "\n" << dump;
  }
  // The call between Trump and the Iraqi Kurdish leaders, Sunday night = 2026-03-01.
  EXPECT_TRUE(find([&](const Event& e) {
    bool usa_irq = (Country(e.source) == "USA" && Country(e.target) == "IRQ") ||
                   (Country(e.source) == "IRQ" && Country(e.target) == "USA");
    return e.root == "04" && usa_irq && e.date == "2026-03-01";
  })) << dump;
  // The U.S. asking the Iraqi Kurds for military support.
  EXPECT_TRUE(find([&](const Event& e) {
    return e.root == "02" && Country(e.source) == "USA" && Country(e.target) == "IRQ";
  })) << dump;
  // The 2023 Iraq-Iran agreement.
  EXPECT_TRUE(find([&](const Event& e) {
    return (e.root == "05" || e.root == "03") && Country(e.source) == "IRQ" && Country(e.target) == "IRN" &&
           e.date == "2023";
  })) << dump;
  // Iranian drone and missile strikes on U.S. targets in Irbil, located within 60 km of Irbil.
  EXPECT_TRUE(find([&](const Event& e) {
    return e.root == "19" && Country(e.source) == "IRN" && e.location &&
           lexicon::DistanceKm(e.location->lat, e.location->lon, 36.19, 44.01) <= 60;
  })) << dump;
  // PAK forces moved to the border, located in Sulaymaniyah province.
  EXPECT_TRUE(find([&](const Event& e) {
    return e.root == "15" && e.location && e.location->admin1.find("Sulaymaniyah") != std::string::npos;
  })) << dump;
  // No asserted event from "it had not sent forces from Iraq into Iran".
  for (const auto& e : ev) {
    if (e.text.find("had not sent forces") != std::string::npos) {
      EXPECT_NE(e.modality, Modality::kAsserted) << EventToJson(e);
    }
  }
}

TEST(Engine, StreetsAndBuildingsLieInTheTownThatHoldsThem) {
  // A street the gazetteer lacks lies in the town the story names most.
  std::string text =
      "Firefighters in Winnipeg were called to a house on Maple Street on Monday. Winnipeg police said no one "
      "was hurt. A second fire broke out at the Harbourview Hospital later that night.";
  auto street = PlaceAt(text, "Maple Street");
  ASSERT_TRUE(street.has_value());
  EXPECT_LT(lexicon::DistanceKm(street->lat, street->lon, 49.90, -97.14), 30) << street->name;
  auto building = PlaceAt(text, "Harbourview Hospital");
  ASSERT_TRUE(building.has_value());
  EXPECT_LT(lexicon::DistanceKm(building->lat, building->lon, 49.90, -97.14), 30) << building->name;
  // "in X" after the name, or "X's" before it, says which town; a lower-case "street" still ends the name.
  text = "Winnipeg police said the band will play at the Grand Orchid Theatre in Geneva. Winnipeg fans cheered.";
  auto theatre = PlaceAt(text, "Grand Orchid Theatre");
  ASSERT_TRUE(theatre.has_value());
  EXPECT_EQ(theatre->country, "CHE");
  // The town after "in" may follow the rest of a longer name ("Grand Orchid School of Music in Geneva").
  text = "Winnipeg police said she studies at the Grand Orchid School of Music in Geneva. Winnipeg fans cheered.";
  auto school = PlaceAt(text, "Grand Orchid School");
  ASSERT_TRUE(school.has_value());
  EXPECT_EQ(school->country, "CHE");
  text = "Fans gathered outside Toronto's Copperleaf Stadium on Friday.";
  auto stadium = PlaceAt(text, "Copperleaf Stadium");
  ASSERT_TRUE(stadium.has_value());
  EXPECT_LT(lexicon::DistanceKm(stadium->lat, stadium->lon, 43.70, -79.42), 30) << stadium->name;
  text = "Winnipeg officers closed Ninth street after the crash. Winnipeg is quiet now.";
  EXPECT_TRUE(PlaceAt(text, "Ninth street").has_value());
  // A building named after a state is the state's name, and with no town in the story a street is nowhere.
  auto university = PlaceAt("She studied at Oregon State University.", "Oregon");
  ASSERT_TRUE(university.has_value());
  EXPECT_EQ(university->admin1, "Oregon");
  // Unless the text says where it is.
  university = PlaceAt("She studied at Oregon State University in Corvallis.", "Oregon");
  ASSERT_TRUE(university.has_value());
  EXPECT_LT(lexicon::DistanceKm(university->lat, university->lon, 44.56, -123.26), 30) << university->name;
  EXPECT_FALSE(PlaceAt("The parade went down Maple Street.", "Maple Street").has_value());
  // A numbered street.
  EXPECT_TRUE(PlaceAt("Winnipeg police closed 9th Avenue on Monday. Winnipeg drivers waited.", "9th Avenue").has_value());
  // "Maple and Birch streets": two streets.
  text = "Winnipeg police closed Maple and Birch streets on Monday. Winnipeg drivers waited.";
  EXPECT_TRUE(PlaceAt(text, "Maple").has_value());
  EXPECT_TRUE(PlaceAt(text, "Birch").has_value());
  // A big town named only inside a longer name still holds them ("the Winnipeg Police Service").
  auto inside = PlaceAt("The Winnipeg Police Service closed Maple Street on Monday.", "Maple Street");
  ASSERT_TRUE(inside.has_value());
  EXPECT_LT(lexicon::DistanceKm(inside->lat, inside->lon, 49.90, -97.14), 30) << inside->name;
  // Under a dateline, the dateline's town holds them.
  auto dated = PlaceAt("TORONTO (AP) \xE2\x80\x94 The parade went down Maple Street on Monday.", "Maple Street");
  ASSERT_TRUE(dated.has_value());
  EXPECT_LT(lexicon::DistanceKm(dated->lat, dated->lon, 43.70, -79.42), 30) << dated->name;
  // A building named with a country's adjective first is the country's ("Italian Cultural Centre").
  auto museum = PlaceAt("Winnipeg fans visited the Italian Cultural Centre. Winnipeg was cold.", "Italian");
  ASSERT_TRUE(museum.has_value());
  EXPECT_EQ(museum->country, "ITA");
}

TEST(Engine, TheDatelinesStateIsAToponymAndHoldsItsCity) {
  // "PEORIA, Ill.": the state is a toponym of its own.
  const std::string text = "PEORIA, Ill. (AP) \xE2\x80\x94 Lawmakers met on Monday to talk about roads.";
  auto state = PlaceAt(text, "Ill.");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "Illinois");
  // "PORTLAND, Maine": the city is Maine's, not the bigger Portland in Oregon.
  const std::string maine = "PORTLAND, Maine (AP) \xE2\x80\x94 Lawmakers met on Monday to talk about roads.";
  auto city = PlaceAt(maine, "PORTLAND");
  ASSERT_TRUE(city.has_value());
  EXPECT_EQ(city->admin1, "Maine");
  EXPECT_TRUE(PlaceAt(maine, "Maine").has_value());
}

TEST(Engine, ADatelinesPostalCodeIsItsState) {
  // "PORTLAND, ME": the postal code is Maine, a toponym of its own, and the city is Maine's.
  const std::string text = "PORTLAND, ME (WXYZ) - Crews cleared snow from the roads on Monday.";
  auto state = PlaceAt(text, "ME");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "Maine");
  auto city = PlaceAt(text, "PORTLAND");
  ASSERT_TRUE(city.has_value());
  EXPECT_EQ(city->admin1, "Maine");
  // "GA" is the state of Georgia, not the country.
  auto georgia = PlaceAt("COLUMBUS, GA (WXYZ) - Crews cleared snow from the roads on Monday.", "COLUMBUS");
  ASSERT_TRUE(georgia.has_value());
  EXPECT_EQ(georgia->admin1, "Georgia");
  EXPECT_EQ(georgia->country, "USA");
}

TEST(Engine, ADatelineSetCloseToItsDashIsOne) {
  // "BOISE" and an em dash without spaces: still a dateline, whose town holds the streets.
  Story s;
  s.id = "t";
  s.date = "2026-03-04";
  s.text = "BOISE\xE2\x80\x94" "Crews closed Maple Street on Monday.";
  auto coded = TheEngine().Code(s);
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().dateline, "BOISE");
  auto street = PlaceAt(s.text, "Maple Street");
  ASSERT_TRUE(street.has_value());
  EXPECT_EQ(street->admin1, "Idaho");
  // Not a word in lower case before it.
  s.text = "Crews\xE2\x80\x94" "and their trucks\xE2\x80\x94" "closed Maple Street.";
  coded = TheEngine().Code(s);
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().dateline, "");
}

TEST(Engine, ASmallTownOnlyAbroadIsNoToponymInAStoryAboutAnotherCountry) {
  // In a story about Kenya, a small town's name found only in Germany and the Netherlands is no toponym.
  const std::string text = "Kenyan police said Kampen traders marched in Nairobi on Monday. Kenya's leaders met them.";
  EXPECT_FALSE(PlaceAt(text, "Kampen").has_value());
  EXPECT_TRUE(PlaceAt(text, "Nairobi").has_value());
  // The text calling it a place keeps it.
  auto cued = PlaceAt("Kenyan police said traders marched in Kampen on Monday. Kenya's leaders met them.", "Kampen");
  ASSERT_TRUE(cued.has_value());
  EXPECT_EQ(cued->country, "NLD");
  // So does a story about the Netherlands.
  auto home = PlaceAt("Dutch police said Kampen traders marched on Monday.", "Kampen");
  ASSERT_TRUE(home.has_value());
  EXPECT_EQ(home->country, "NLD");
}

TEST(Engine, AUniversityTheTextDoesNotPlaceIsNotPutInTheStorysTown) {
  // Under a dateline, a hospital lies in the dateline's town, but a university is named for its fame.
  const std::string text = "TORONTO (AP) \xE2\x80\x94 Doctors from Quillfeather Hospital and scholars from "
                           "Quillfeather University met on Monday.";
  EXPECT_TRUE(PlaceAt(text, "Quillfeather Hospital").has_value());
  EXPECT_FALSE(PlaceAt(text, "Quillfeather University").has_value());
  // Unless the text says where it is.
  auto placed = PlaceAt("TORONTO (AP) \xE2\x80\x94 Scholars from Quillfeather University in Winnipeg met on Monday.",
                        "Quillfeather University");
  ASSERT_TRUE(placed.has_value());
  EXPECT_EQ(placed->admin1, "Manitoba");
}

TEST(Engine, EachPlaceInAHyphenatedWordIsAToponym) {
  // "Iraqi-Iranian": two countries' adjectives in one word, each a toponym over its own letters.
  const std::string text = "Shells fell along the Iraqi-Iranian border and on a Toronto/Montreal train.";
  auto iraq = PlaceAt(text, "Iraqi");
  ASSERT_TRUE(iraq.has_value());
  EXPECT_EQ(iraq->country, "IRQ");
  auto iran = PlaceAt(text, "Iranian");
  ASSERT_TRUE(iran.has_value());
  EXPECT_EQ(iran->country, "IRN");
  auto montreal = PlaceAt(text, "Montreal");
  ASSERT_TRUE(montreal.has_value());
  EXPECT_EQ(montreal->country, "CAN");
  EXPECT_LT(lexicon::DistanceKm(montreal->lat, montreal->lon, 45.50, -73.57), 30) << montreal->name;
  // A two-word name joined to its suffix ("Kansas City-based") is the name, over its own letters.
  auto la = PlaceAt("A Kansas City-based bakery chain was fined.", "Kansas City");
  ASSERT_TRUE(la.has_value());
  EXPECT_EQ(la->country, "USA");
  EXPECT_FALSE(PlaceAt("A Kansas City-based bakery chain was fined.", "based").has_value());
  // Words that are no places stay none ("Long-term", "Self-help").
  EXPECT_FALSE(PlaceAt("Long-term plans were made.", "Long-term").has_value());
}

TEST(Engine, ANameAfterATownsCommaIsTheStateThatHoldsIt) {
  // "Washington" alone may be the capital; after "Spokane," it is the state Spokane lies in.
  auto state = PlaceAt("She runs a bakery in Spokane, Washington, with her sister.", "Washington");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->name, "Washington");
  EXPECT_EQ(state->feature, "admin1");
}

TEST(Engine, TheStoryStateIsTheOneItsNamesMean) {
  // Under a dateline in Washington state, "Washington" is the state, not the capital.
  auto state = PlaceAt("YAKIMA, Wash. - Orchard growers sell most of their apples in Washington. A few ship "
                       "fruit to Alaska.", "Washington");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->feature, "admin1");
}

TEST(Engine, TheDatelinesCountryComesFirstHoweverOftenOthersAreNamed) {
  // Other countries named first and more often do not outrank the country of the dateline's state.
  auto state = PlaceAt("OLYMPIA, Wash. - Crews from Guam and Thailand trained with Thai and Guamanian medics last "
                       "spring, and Thailand asked for more. After a stop in Arlington, Virginia, the crews are now back home in "
                       "Washington.",
                       "Washington");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->feature, "admin1");
}

TEST(Engine, ACompanyNamedAfterATownIsNamedAfterItsBestKnownNamesake) {
  // In a story about the United States, a firm named after a town is named after the best-known town of
  // that name, not a small American namesake.
  const std::string text = "Lawmakers in Denver and Chicago asked whether Birmingham Metalworks had sold data to "
                           "American agencies. The U.S. firms it works with declined to comment.";
  auto firm = PlaceAt(text, "Birmingham");
  ASSERT_TRUE(firm.has_value());
  EXPECT_EQ(firm->country, "GBR");
  // A town's own body stays the story's town ("the Birmingham City Council" in a story about Alabama).
  auto council = PlaceAt("Voters in Tuscaloosa and Montgomery, Alabama, met the Birmingham City Council on Monday.", "Birmingham");
  ASSERT_TRUE(council.has_value());
  EXPECT_EQ(council->country, "USA");
}

TEST(Engine, ATownNearTheMiddleOfACountyTheStoryNamesLiesInIt) {
  // A county's point is its middle: a town 50 km from it still lies beside it, and the county beside the town.
  const std::string text = "Deputies from Polk County searched a farm outside Boone on Monday.";
  auto county = PlaceAt(text, "Polk County");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->admin1, "Iowa");
  auto town = PlaceAt(text, "Boone");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->admin1, "Iowa");
}

TEST(Engine, TheNationalCapitalOutranksAVillageOfItsNameInAStateTheStoryNames) {
  // A state the story names does not pull its capital's namesake village into the story.
  auto capital = PlaceAt("Coal miners from West Virginia rode buses to Washington to meet lawmakers on Tuesday.",
                         "Washington");
  ASSERT_TRUE(capital.has_value());
  EXPECT_EQ(capital->feature, "PPLC");
}

TEST(Engine, AFirstNameThatIsABigTownHoldsNoBuildings) {
  // "Elizabeth" before a surname, outside the state the story names, is no town its buildings lie in.
  const std::string text = "Lorain County officials said the Brightwater Medical Center will close in May. "
                           "Questions go to Elizabeth Warner, the county's spokeswoman.";
  auto site = PlaceAt(text, "Brightwater Medical Center");
  if (site.has_value()) {
    EXPECT_NE(site->admin1, "New Jersey");
  }
}

TEST(Engine, ACountysNameAloneIsTheCountyTheStoryNames) {
  // "Hennepin" after "Hennepin County" is the county, not the Illinois village of that name.
  const std::string text = "Voters in Hennepin County will elect a new sheriff in May. Hennepin deputies have "
                           "worked without a contract since March.";
  auto county = PlaceAt(text, "Hennepin deputies");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->admin1, "Minnesota");
}

TEST(Engine, ATownBeforeItsPoliceDepartmentsInitialsIsAToponym) {
  // "Natchez PD": the town's police department, so the town is named inside it.
  auto town = PlaceAt("A spokesman for the Natchez PD said the road reopened on Monday.", "Natchez");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->country, "USA");
}

TEST(Engine, TheStorysTownIsTheNamesakeItsRegionMeans) {
  // The town whose streets these are is the Columbus the story's county and region point to, not the
  // biggest Columbus.
  const std::string text = "Firefighters in Columbus were called to a house on Maple Street on Monday. Columbus "
                           "police and Muscogee County deputies closed the road.";
  auto street = PlaceAt(text, "Maple Street");
  ASSERT_TRUE(street.has_value());
  EXPECT_EQ(street->admin1, "Georgia");
}

TEST(Engine, ARiverDeltaIsANaturalFeatureNotAStateNamedDelta) {
  // "Delta" after a river's name is the river's delta, not Nigeria's Delta State.
  auto delta = PlaceAt("HANOI (AP) \xE2\x80\x94 Farmers in the Mekong Delta lost their rice to floods on Monday.",
                       "Mekong Delta");
  ASSERT_TRUE(delta.has_value());
  EXPECT_EQ(delta->country, "VNM");
}

TEST(Engine, ACompassWordIsNoRegionAlone) {
  // "Northwestern" and "Southeast" begin names but name no region by themselves (not Iceland's or Cameroon's).
  const std::string text = "Chicago police said two men were taken to the Northwestern Lakeside Hospital. Chicago "
                           "officers closed the street.";
  auto hospital = PlaceAt(text, "Northwestern");
  ASSERT_TRUE(hospital.has_value());
  EXPECT_EQ(hospital->country, "USA");
  auto alone = PlaceAt("Storms hit the Southeast on Monday.", "Southeast");
  if (alone.has_value()) {
    EXPECT_NE(alone->feature, "admin1");
  }
}

TEST(Engine, ABuildingLiesInTheTownAfterItsCommaInTheStorysCountry) {
  // After a building's comma, "Virginia" in a story from Ireland is the Irish town, not the American state.
  const std::string irish = "CAVAN, Ireland (AP) \xE2\x80\x94 Audits of power use will cover the Brackley Theatre, "
                            "Virginia, and the Kilmore Hall in Cavan.";
  auto theatre = PlaceAt(irish, "Brackley Theatre");
  ASSERT_TRUE(theatre.has_value());
  EXPECT_EQ(theatre->country, "IRL");
  // A name after the comma that begins another building's name is the next item of a list, not the place.
  auto college = PlaceAt("He was accepted at Brackenridge University, Texas Lutheran College and two others.",
                         "Brackenridge University");
  if (college.has_value()) {
    EXPECT_NE(college->feature, "admin1");
  }
}

TEST(Engine, AStreetNamedAfterACountryLiesInTheStorysTown) {
  // A street named with a country's adjective is a street of the town, not the country.
  auto street = PlaceAt("Winnipeg police closed German Street on Monday. Winnipeg drivers waited.", "German Street");
  ASSERT_TRUE(street.has_value());
  EXPECT_LT(lexicon::DistanceKm(street->lat, street->lon, 49.90, -97.14), 30) << street->name;
}

TEST(Engine, OnePartOfACountrysNameIsThatCountry) {
  // "Antigua" in a story about Antigua and Barbuda is the island of that country, not a Spanish town.
  auto island = PlaceAt("Voters in Antigua and Barbuda go to the polls on Thursday. Most of them live on Antigua, "
                        "the larger island.", "Antigua, the larger");
  ASSERT_TRUE(island.has_value());
  EXPECT_EQ(island->country, "ATG");
}

TEST(Engine, ABuildingNamedAfterASaintLiesInTheStorysTown) {
  // "St. Luke's Hospital": a building named after a saint, in the story's town, not a parish called St. Luke.
  auto hospital = PlaceAt("Regina police said the two drivers went to St. Luke's Hospital. Regina was windy.",
                          "St. Luke");
  ASSERT_TRUE(hospital.has_value());
  EXPECT_LT(lexicon::DistanceKm(hospital->lat, hospital->lon, 50.45, -104.61), 30) << hospital->name;
}

TEST(Engine, ANameJoinedToAStateByAndOrOrIsAState) {
  // "Nevada or Washington": peers in a list, so Washington is the state; not before ", D.C.".
  auto state = PlaceAt("Software firms are leaving expensive states such as Nevada or Washington for cheaper ones.",
                       "Washington");
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->feature, "admin1");
  auto capital = PlaceAt("Fans came from as far as Nevada and Washington, D.C., to see the show.", "Washington");
  ASSERT_TRUE(capital.has_value());
  EXPECT_NE(capital->feature, "admin1");
}

TEST(Engine, ANameBeforeOfTheAndACapitalIsPartOfALongerName) {
  // "Gateway of the Rockies": a name inside a longer one, not the town called Gateway.
  EXPECT_FALSE(PlaceAt("Tourists crowded the Gateway of the Rockies visitor centre.", "Gateway").has_value());
}

TEST(Engine, SaintSpelledOutFindsTheStAbbreviatedName) {
  // The gazetteer spells the county "St. Lawrence County"; the text spells the saint out.
  auto county = PlaceAt("Snow closed schools across Saint Lawrence County on Monday.", "Saint Lawrence County");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->admin1, "New York");
}

TEST(Engine, ASentenceOpenerTheStoryAlsoWritesInLowerCaseIsNoTown) {
  // "Snow" opens a sentence, and the story writes "snow" too: the weather, not a village called Snow.
  const std::string text = "Snow closed schools across the valley on Monday. Crews said the snow would melt by Friday.";
  EXPECT_FALSE(PlaceAt(text, "Snow closed").has_value());
  // A town that opens a sentence is still a town when the story never writes its name in lower case.
  EXPECT_TRUE(PlaceAt("Winnipeg closed its schools on Monday. Crews said the snow would melt.", "Winnipeg").has_value());
}

TEST(Engine, ARoadNumberBeforeATownMakesNoSurnameOfIt) {
  // "the A39 Bridgwater junction": a road's number and a town, not a first name and a surname, so "Bridgwater"
  // alone later is still the town.
  const std::string text = "The A39 Bridgwater junction will close tonight. Drivers going to Bridgwater face a detour.";
  auto town = PlaceAt(text, "Bridgwater face");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->country, "GBR");
}

TEST(Engine, TheWordThatHeadsATownsBodyIsNoSurname) {
  // "the Kaduna Chamber of Commerce" ... "the Chamber said": "Chamber" is no surname that would make "Kaduna" a
  // first name, and alone it is the chamber, not a town.
  const std::string text = "Traders from the Kaduna Chamber of Commerce met on Monday. Prices rose, the Chamber said.";
  auto town = PlaceAt(text, "Kaduna");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->country, "NGA");
  EXPECT_FALSE(PlaceAt(text, "Chamber said").has_value());
}

TEST(Engine, ACityOfMillionsEndingALongerNameIsNamedInIt) {
  // "Radio Tokyo": the city ends the station's name, and is still named; a small capital after a first name
  // is a surname ("Alexander Hamilton" is no Bermudan town).
  auto city = PlaceAt("She reads the news on Radio Tokyo every morning.", "Tokyo");
  ASSERT_TRUE(city.has_value());
  EXPECT_EQ(city->country, "JPN");
  EXPECT_FALSE(PlaceAt("A play about Alexander Hamilton opened on Friday.", "Hamilton").has_value());
}

TEST(Engine, ARoadNumberIsNoPartOfTheTownAfterIt) {
  EXPECT_TRUE(PlaceAt("The road to the M62 Huddersfield junction will close tonight.", "Huddersfield").has_value());
}

TEST(Engine, AVillageTheGazetteerLacksLiesWhereTheTextPutsIt) {
  // "the village of X, Kaduna": a name the gazetteer lacks, called a village, lies in the place named after it.
  const std::string text = "Gunmen attacked the village of Ubakwelu, Kaduna, on Monday. Residents of Torvemba village fled.";
  auto village = PlaceAt(text, "Ubakwelu");
  ASSERT_TRUE(village.has_value());
  EXPECT_EQ(village->country, "NGA");
  auto other = PlaceAt(text, "Torvemba");
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->country, "NGA");
  // Without the word "village", an unknown name is none.
  EXPECT_FALSE(PlaceAt("Gunmen attacked Ubakwelu on Monday.", "Ubakwelu").has_value());
}

TEST(Engine, ACountyTheGazetteerLacksStandsBesideItsNamesakeTowns) {
  // An English county added in regions.txt is found beside the towns named after it: the county in a story
  // about England, the town where the story puts it in its own state.
  auto county = PlaceAt("Flooding closed roads across Kent and Sussex after two days of heavy rain.", "Kent");
  ASSERT_TRUE(county.has_value());
  EXPECT_EQ(county->country, "GBR");
  auto town = PlaceAt("Students at a college in Kent, Ohio, marched to the town hall on Friday.", "Kent");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->country, "USA");
  // A metropolitan county no town shares its name with is found as well.
  auto metro = PlaceAt("Buses across Greater Manchester ran late on Tuesday.", "Greater Manchester");
  ASSERT_TRUE(metro.has_value());
  EXPECT_EQ(metro->country, "GBR");
}

TEST(Engine, WhatSomeoneHopesWouldHappenIsNoPlannedEvent) {
  // "would" after a reporting verb is the future of what was said; after "hoped" it is only wished for.
  auto hoped = CodeText("The Kenyan minister said she hoped Somali officials would soon be charged with fraud.");
  ASSERT_FALSE(hoped.empty());
  for (const auto& e : hoped) EXPECT_EQ(e.modality, Modality::kHypothetical) << Dump(hoped);
  auto said = CodeText("The Kenyan minister said Somali officials would be charged with fraud next week.");
  EXPECT_TRUE(Has(said, "17", "-", "SOM", Modality::kFuture)) << Dump(said);
}

TEST(Engine, AParticipleBetweenAVerbAndItsObjectDescribesTheObject) {
  // "deport exiled members": one act (the deportation); "exiled" says who they are.
  auto ev = CodeText("Spain deported exiled members of the Venezuelan opposition on Friday.");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "174") << Dump(ev);
  // After a noun that is also a verb ("a raid killed"), the participle is the verb.
  auto raid = CodeText("An Ethiopian raid killed 14 Eritrean soldiers near the border.");
  EXPECT_TRUE(Has(raid, "19", "ETH", "ERI")) << Dump(raid);
  // After an auxiliary the participle is the verb.
  auto aux = CodeText("Spain has deported members of the Venezuelan opposition.");
  EXPECT_TRUE(Has(aux, "17", "ESP", "VEN")) << Dump(aux);
}

TEST(Engine, ClaimingAHarmOneDidIsClaimingResponsibility) {
  auto own = CodeText("Germany claimed that it had bombed Libya.");
  ASSERT_EQ(own.size(), 1u) << Dump(own);
  EXPECT_EQ(own[0].cameo, "015") << Dump(own);
  EXPECT_EQ(Country(own[0].source), "DEU");
  EXPECT_EQ(Country(own[0].target), "LBY");
  // Claiming someone else did it is an accusation.
  auto other = CodeText("Germany claimed that Russia had bombed Libya.");
  EXPECT_TRUE(Has(other, "11", "DEU", "RUS")) << Dump(other);
}

TEST(Engine, ACountryAbbreviationJoinedToAnAdjectiveSharesItsNoun) {
  auto ev = CodeText("UK and French protesters marched in Berlin on Monday.");
  bool uk = false, fr = false;
  for (const auto& e : ev) {
    if (e.source && e.source->code == "GBROPP") uk = true;
    if (e.source && e.source->code == "FRAOPP") fr = true;
  }
  EXPECT_TRUE(uk && fr) << Dump(ev);
  // With an article the abbreviation is the country itself.
  auto the = CodeText("Clashes broke out between the US and Iraqi forces.");
  for (const auto& e : the) {
    if (e.source && e.source->country == "USA") {
      EXPECT_EQ(e.source->code, "USA") << Dump(the);
    }
  }
}

TEST(Engine, PropertyThatRiotersDestroyIsARiot) {
  auto ev = CodeText("Syrian protesters demolished a government building.");
  ASSERT_EQ(ev.size(), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "145") << Dump(ev);
  // In the passive the "by" phrase decides whose act it was.
  auto passive = CodeText("The Italian embassy was wrecked by Libyan rioters.");
  EXPECT_TRUE(Has(passive, "14", "LBY", "ITA")) << Dump(passive);
  // The army destroying homes stays a coercive act.
  auto army = CodeText("Burmese soldiers destroyed the homes of Karen villagers.");
  EXPECT_FALSE(Has(army, "14", "MMR", "-")) << Dump(army);
  for (const auto& e : army) EXPECT_EQ(e.root, "17") << Dump(army);
}

TEST(Engine, AnAgentInsideACountrysInstitutionIsThatInstitutions) {
  auto ev = CodeText("The Australian government imposed travel bans on three generals in the Iranian army.");
  bool found = false;
  for (const auto& e : ev) found = found || (e.target && e.target->code == "IRNMIL");
  EXPECT_TRUE(found) << Dump(ev);
  // "in" a country is only where they are.
  auto there = CodeText("American soldiers in Iraq attacked insurgents on Monday.");
  ASSERT_FALSE(there.empty());
  EXPECT_EQ(there[0].source->code, "USAMIL") << Dump(there);
}

TEST(Engine, CriticismOfWhatSomeoneSaidIsAimedAtWhoSaidIt) {
  auto ev = CodeText("Chile on Monday condemned as baseless the charges by Bolivia that it had spied.");
  EXPECT_TRUE(Has(ev, "11", "CHL", "BOL")) << Dump(ev);
  auto rejected = CodeText("Chile rejected claims from Bolivia about the border.");
  EXPECT_TRUE(Has(rejected, "12", "CHL", "BOL")) << Dump(rejected);
}

TEST(Engine, TheMilitantGroupRefersBackToAnArmedGroup) {
  auto ev = CodeText("Nigerian jets bombed Boko Haram camps on Monday, weakening the jihadist group that has "
                     "attacked Chad.");
  bool back = false;
  for (const auto& e : ev) back = back || (e.source && e.source->name == "Boko Haram" && Country(e.target) == "TCD");
  EXPECT_TRUE(back) << Dump(ev);
  // An army or a ministry is no armed group for "the militant group".
  auto state = CodeText("The Nigerian army said on Monday that the militant group had attacked Chad.");
  for (const auto& e : state) EXPECT_NE(e.source ? e.source->code : "", "NGAMIL") << Dump(state);
}

TEST(Engine, ACoordinatedVerbSharesTheSubjectNotTheObject) {
  auto ev = CodeText("Malian rebels have abducted 12 Chinese engineers from a mine and attacked an army base near Gao.");
  EXPECT_TRUE(Has(ev, "19", "MLI", "MLI")) << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "CHN") << Dump(ev);
  // Two participles after a comma share the main clause's subject.
  auto ing = CodeText("Kenyan police fired on Somali protesters on Monday, killing two and arresting 30 of them.");
  EXPECT_TRUE(Has(ing, "17", "KEN", "SOM")) << Dump(ing);
}

TEST(Engine, AWeekdayAfterACountryIsNoPartOfAName) {
  auto ev = CodeText("Jordan Monday reimposed the blockade on the border town.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(Country(ev[0].source), "JOR") << Dump(ev);
  EXPECT_EQ(ev[0].cameo, "191") << Dump(ev);
  auto out = CodeText("Morocco forced Algerian diplomats out of Rabat.");
  EXPECT_TRUE(Has(out, "17", "MAR", "DZA")) << Dump(out);
}

TEST(Engine, AVerbFormAfterAPrepositionAndAWordIsANoun) {
  // "in overnight raids": the raids are the arrests' setting, not a second act by the men arrested.
  auto ev = CodeText("Kenyan police detained 20 Somali men in dawn raids across Nairobi, the ministry said.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "SOM") << Dump(ev);
  EXPECT_TRUE(Has(ev, "17", "KEN", "SOM")) << Dump(ev);
  // A set phrase before a verb leaves it a verb.
  auto turn = CodeText("Chad said its army would respond, and Sudan in turn attacks Chad.");
  EXPECT_TRUE(Has(turn, "19", "SDN", "TCD")) << Dump(turn);
}

TEST(Engine, TalksThatAreAJourneysPurposeAreTheTravellers) {
  // Planned journey: the talks are an intent to meet, like the journey; no talks without a source.
  auto planned = CodeText("Peru's foreign minister will travel to Santiago next week for talks with Chilean officials.");
  for (const auto& e : planned) {
    EXPECT_TRUE(e.source.has_value()) << Dump(planned);
    EXPECT_EQ(e.root, "03") << Dump(planned);
  }
  // A journey made: the talks are the traveller's.
  auto made = CodeText("The Peruvian foreign minister flew to Santiago on Monday for talks with Chilean officials.");
  EXPECT_TRUE(Has(made, "04", "PER", "CHL")) << Dump(made);
  // An offer of talks names no one's talks.
  auto offer = CodeText("Peru rejected an offer from Chile for direct talks.");
  for (const auto& e : offer) EXPECT_NE(e.root, "04") << Dump(offer);
}

TEST(Engine, TheSpeakerIsNoSubjectOfWhatWasSaid) {
  // "the drone strike" is the subject of "killed": the officials reported it, they did not kill.
  auto ev = CodeText("Israeli officials said the drone strike killed a senior commander of the Lebanese militia.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "ISR") << Dump(ev);
  // A pronoun after the reporting verb is the speaker.
  auto pronoun = CodeText("Colombia said it would attack the rebel camps in Venezuela.");
  bool col = false;
  for (const auto& e : pronoun) col = col || Country(e.source) == "COL";
  EXPECT_TRUE(col) << Dump(pronoun);
}

TEST(Engine, AVerbAfterAndHasNoActorSubjectWhenTheFirstHadNone) {
  // "a car bomb ... killed ten Chadian soldiers and wounded ...": the soldiers wounded no one.
  auto ev = CodeText("A car bomb outside the French embassy in Chad killed ten Chadian soldiers and wounded 40 others.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "TCD") << Dump(ev);
  // So is a pronoun standing for the speaker.
  auto it = CodeText("Canada announced it would cut all aid to Haitian gangs and would bar their leaders from entry.");
  bool second = false;
  for (const auto& e : it) second = second || (e.root == "13" && Country(e.source) == "CAN");
  EXPECT_TRUE(second) << Dump(it);
  // A clause opened by "as" still has its actor first.
  auto as = CodeText("The advance was fast, as Chadian troops crossed the river and pushed into Sudan.");
  bool pushed = false;
  for (const auto& e : as) pushed = pushed || (Country(e.source) == "TCD" && Country(e.target) == "SDN");
  EXPECT_TRUE(pushed) << Dump(as);
  // An actor that opens the clause is the subject of both verbs.
  auto both = CodeText("Chad attacked the rebel camp and killed 40 fighters of the Sudanese militia.");
  for (const auto& e : both) EXPECT_EQ(Country(e.source), "TCD") << Dump(both);
}

TEST(Engine, AVerbFormClosingANounPhraseIsItsNoun) {
  // "two ... attacks": the attacks are the object of the criticism, not a verb whose subject is the critic.
  auto ev = CodeText("The Peruvian government on Sunday sharply condemned two terrorist bomb attacks in Chile and Bolivia.");
  EXPECT_TRUE(Has(ev, "11", "PER", "-")) << Dump(ev);
  for (const auto& e : ev) EXPECT_EQ(e.root, "11") << Dump(ev);
  // Quotation marks around the object do not hide the criticism.
  auto quoted = CodeText("Bolivia denounced the ``cowardly truck bomb attack'' on Tuesday.");
  for (const auto& e : quoted) EXPECT_NE(e.root, "19") << Dump(quoted);
  // A plural subject still takes its verb.
  auto verb = CodeText("Two Chilean warships attack Bolivian boats.");
  EXPECT_TRUE(Has(verb, "19", "CHL", "BOL")) << Dump(verb);
}

TEST(Engine, LaterMembersOfAListInAPrepositionalPhraseAreNoSubject) {
  // "near ... missions in Chile and Bolivia": neither country set off the grenades.
  auto ev = CodeText("Two grenades went off near British missions in Chile and Bolivia on Monday, killing 12 people.");
  for (const auto& e : ev) EXPECT_EQ(Country(e.source), "-") << Dump(ev);
  // Nor do the countries of cities in a list.
  auto cities = CodeText("The blasts at French consulates in Lima, Peru, and Quito, Ecuador, killed at least 30 people.");
  for (const auto& e : cities) EXPECT_EQ(Country(e.source), "-") << Dump(cities);
  // A subject after a phrase opening the sentence is still the subject.
  auto opening = CodeText("After the talks in Lima, Chile and Bolivia signed a trade agreement.");
  bool signed_ = false;
  for (const auto& e : opening) signed_ = signed_ || Country(e.source) == "CHL" || Country(e.source) == "BOL";
  EXPECT_TRUE(signed_) << Dump(opening);
}

TEST(Engine, BeingHeadedSomewhereIsNoPassive) {
  // The frigates go to Chile: they are the source, not the target of a sourceless event.
  auto ev = CodeText("Two French frigates are also headed to Chile, officials said.");
  bool gone = false;
  for (const auto& e : ev) {
    EXPECT_NE(Country(e.target), "FRA") << Dump(ev);
    gone = gone || (Country(e.source) == "FRA" && Country(e.target) == "CHL");
  }
  EXPECT_TRUE(gone) << Dump(ev);
}

TEST(Engine, AVerbJoinedByAndSharesTheAuxiliaryBeforeIt) {
  auto ev = CodeText("Chile will pull its soldiers out of Bolivia next month and free the Bolivian detainees.");
  bool freed = false;
  for (const auto& e : ev) freed = freed || (e.root == "08" && e.modality == Modality::kFuture);
  EXPECT_TRUE(freed) << Dump(ev);
  // A verb with a subject of its own after "and" keeps its own modality.
  auto own = CodeText("Chile will pull its soldiers out of Bolivia, and Peru attacked Ecuador.");
  EXPECT_TRUE(Has(own, "19", "PER", "ECU")) << Dump(own);
}

TEST(Engine, AnAgencyDatelineWithAnUnderscoreIsNoActor) {
  for (const std::string text : {"QUITO, Ecuador (AP)_ Smugglers shot a customs officer on Tuesday.",
                                 "QUITO, Ecuador (AP) _ Smugglers shot a customs officer on Tuesday."}) {
    auto ev = CodeText(text);
    for (const auto& e : ev) EXPECT_NE(e.source ? e.source->code : "-", "ECU") << Dump(ev);
  }
}

TEST(Engine, AParticipleClauseAfterAnObjectActorIsNotTheObjects) {
  // The embassy is what the blast wrecked, not who killed.
  auto ev = CodeText("Witnesses said a huge blast wrecked the Peruvian embassy in Quito, killing 14 people.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "PER") << Dump(ev);
  // An actor subject still gives the killing its source.
  auto troops = CodeText("Chilean troops shelled the Bolivian border town, killing 14 people.");
  for (const auto& e : troops) EXPECT_EQ(Country(e.source), "CHL") << Dump(troops);
}

TEST(Engine, AMissionNamedBeforeAnActIsWhereItStruck) {
  auto ev = CodeText("Twelve Chileans were killed in the Peru embassy bombing.");
  for (const auto& e : ev) EXPECT_NE(Country(e.source), "PER") << Dump(ev);
  // A country before the act is still its doer.
  auto doer = CodeText("Twelve Chileans were killed in a Peruvian air strike.");
  bool per = false;
  for (const auto& e : doer) per = per || Country(e.source) == "PER";
  EXPECT_TRUE(per) << Dump(doer);
}

TEST(Engine, ABombingByNoStateForceIsNonMilitary) {
  // No one named: a non-military bombing (183), not an aerial one.
  auto ev = CodeText("Nine people died in the bombing of a Bolivian consulate in Chile.");
  bool non_military = false;
  for (const auto& e : ev) {
    EXPECT_NE(e.cameo, "195") << Dump(ev);
    non_military = non_military || e.cameo.rfind("183", 0) == 0;
  }
  EXPECT_TRUE(non_military) << Dump(ev);
  // A state's air force bombing stays aerial.
  auto air = CodeText("Chilean warplanes bombed Bolivian positions near the border.");
  for (const auto& e : air) EXPECT_NE(e.cameo.substr(0, 3), "183") << Dump(air);
  // "the two bomb blasts": a noun.
  auto blasts = CodeText("Ecuador condemned the two bomb blasts in Lima.");
  for (const auto& e : blasts) EXPECT_NE(e.root, "19") << Dump(blasts);
}

TEST(Engine, AMissionOrEnvoyIsNotAssumedToBeLocal) {
  auto ev = CodeText("LIMA, Peru - The embassy was closed on Monday after diplomats received threats. Police arrested two men.");
  bool police = false;
  for (const auto& e : ev) {
    if (e.root == "16") {
      EXPECT_NE(Country(e.target), "PER") << Dump(ev);
    }
    police = police || (e.root == "17" && Country(e.source) == "PER");
  }
  EXPECT_TRUE(police) << Dump(ev);
}



TEST(Engine, TownsLieInTheRegionTheirOwnTownsVoteFor) {
  // The gazetteer names each GeoNames group of towns by the regions of the nearest country-state-city towns,
  // so upstate New York's towns lie in New York (not in Connecticut, whose centroid is nearer New York
  // State's point at New York City) and Brisbane lies in Queensland.
  auto rochester = PlaceAt("Police in Rochester, New York, reopened two bridges on Monday.", "Rochester");
  ASSERT_TRUE(rochester.has_value());
  EXPECT_EQ(rochester->admin1, "New York");
  EXPECT_LT(lexicon::DistanceKm(rochester->lat, rochester->lon, 43.15, -77.61), 30) << rochester->name;
  auto brisbane = PlaceAt("Flooding closed roads in Brisbane on Monday.", "Brisbane");
  ASSERT_TRUE(brisbane.has_value());
  EXPECT_EQ(brisbane->admin1, "Queensland");
  // New York State's point lies among its towns, not at the city's.
  auto state = PlaceAt("Farmers across New York State lost their crops to frost.", "New York State");
  ASSERT_TRUE(state.has_value());
  EXPECT_GT(lexicon::DistanceKm(state->lat, state->lon, 40.71, -74.01), 100) << state->name;
}

TEST(Engine, ANameReadAsACountryDoesNotVoteForItsNamesakeTownsRegion) {
  // "Greece" is the country; the town of that name in New York does not make New York the story's region,
  // so the county is not New York's.
  auto county = PlaceAt("Tourism officials from Greece toured Clinton County with U.S. senators on Monday.",
                        "Clinton County");
  ASSERT_TRUE(county.has_value());
  EXPECT_NE(county->admin1, "New York");
}

TEST(Engine, ACountryHasOnePointHoweverItsNameIsRead) {
  // A country's own point (regions.txt, COUNTRY!) is the same whether the name is read by the actor
  // dictionary or by the gazetteer (which weighs a town of the same name in the story's country).
  auto actor = PlaceAt("Canada sent aid to the flooded towns.", "Canada");
  ASSERT_TRUE(actor.has_value());
  EXPECT_EQ(actor->country, "CAN");
  EXPECT_LT(lexicon::DistanceKm(actor->lat, actor->lon, 60.11, -113.64), 5);
  // In a story about Mexico, which has a village called Cañada, the gazetteer reads the name.
  auto gazetteer = PlaceAt("Officials in Hidalgo said Canada would send doctors to Pachuca.", "Canada");
  ASSERT_TRUE(gazetteer.has_value());
  EXPECT_EQ(gazetteer->country, "CAN");
  EXPECT_LT(lexicon::DistanceKm(gazetteer->lat, gazetteer->lon, 60.11, -113.64), 5);
}

TEST(Engine, LandmarksAreTheirOwnPlacesAndNameTheirTown) {
  // A landmark whose name begins with a country's adjective is the landmark, not the country.
  auto museum = PlaceAt("Protesters gathered outside the Egyptian Museum on Friday.", "Egyptian Museum");
  ASSERT_TRUE(museum.has_value());
  EXPECT_EQ(museum->feature, "landmark");
  EXPECT_LT(lexicon::DistanceKm(museum->lat, museum->lon, 30.05, 31.23), 5) << museum->name;
  // A landmark's name is found before a town's of the same name elsewhere.
  auto square = PlaceAt("Thousands marched to Red Square on Sunday.", "Red Square");
  ASSERT_TRUE(square.has_value());
  EXPECT_EQ(square->country, "RUS");
  // The landmark names the story's town: a street the gazetteer lacks lies there.
  auto street = PlaceAt("Police closed Maple Street after a march from Tahrir Square. Officials said the road "
                        "would reopen on Monday.",
                        "Maple Street");
  ASSERT_TRUE(street.has_value());
  EXPECT_LT(lexicon::DistanceKm(street->lat, street->lon, 30.04, 31.24), 30) << street->name;
  // A university does not: it is named for its fame.
  auto ward = PlaceAt("A surgeon trained at Harvard University opened a clinic on Maple Street. Detroit officials "
                      "welcomed her on Monday.",
                      "Maple Street");
  ASSERT_TRUE(ward.has_value());
  EXPECT_LT(lexicon::DistanceKm(ward->lat, ward->lon, 42.33, -83.05), 30) << ward->name;
}

TEST(Engine, NamesWithAPossessiveAreFoundWithEitherApostrophe) {
  // The tokenizer splits "'s" off a word but not "\u2019s"; the gazetteer's keys are found either way.
  for (const std::string text : {"Flooding closed roads in King's Lynn on Monday.",
                                 "Flooding closed roads in King\u2019s Lynn on Monday."}) {
    auto town = PlaceAt(text, "King");
    ASSERT_TRUE(town.has_value()) << text;
    EXPECT_LT(lexicon::DistanceKm(town->lat, town->lon, 52.75, 0.40), 10) << town->name;
  }
}

TEST(Engine, ANameAfterAWordForARelativeIsAPersons) {
  // Even a big town's name ("Florence").
  const std::string text = "Relatives in Dublin said her son Chester and niece Florence were safe.";
  EXPECT_FALSE(PlaceAt(text, "Chester").has_value());
  EXPECT_FALSE(PlaceAt(text, "Florence").has_value());
  EXPECT_TRUE(PlaceAt(text, "Dublin").has_value());
}

}  // namespace dyad
