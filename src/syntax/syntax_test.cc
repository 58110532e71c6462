#include <gtest/gtest.h>

#include "syntax/clause.h"
#include "syntax/mentions.h"
#include "../../tests/test_util.h"

namespace dyad::syntax {

namespace {

const char* kDict = R"(
country USA United States
  iso2 US
  name United States | the United States | U.S.
  adj U.S. | American
country IRQ Iraq
  iso2 IQ
  name Iraq
  adj Iraqi
country IRN Iran
  iso2 IR
  name Iran
  adj Iranian
country ISR Israel
  iso2 IL
  name Israel
group IRNPAK Kurdistan Freedom Party
  name Kurdistan Freedom Party | PAK
  country IRN
  type REB
person Donald Trump
  name Donald Trump | Trump
  role USAGOV 2025-01-20 - President
agent GOV official | officials | leaders
agent MIL forces
ethnic KUR Kurdish | Kurds
title GOV President | Defense Secretary
)";

class SyntaxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::make_unique<dyad::testing::TempDir>();
    dir_->Write("actors/a.txt", kDict);
    lexicon::Errors errors;
    dict_.LoadDir(dir_->path(), &errors);
    dict_.Build();
    ASSERT_TRUE(errors.empty()) << errors.ToStatus().message();
  }
  std::vector<std::string> Codes(const std::string& text, StoryContext* ctx = nullptr) {
    StoryContext local;
    toks_ = text::Tokenize(text);
    mentions_ = FindMentions(toks_, toks_.size(), dict_, "2026-03-04", ctx ? ctx : &local);
    std::vector<std::string> out;
    for (const auto& m : mentions_)
      if (!m.adjective_only) out.push_back(m.code);
    return out;
  }
  std::unique_ptr<dyad::testing::TempDir> dir_;
  lexicon::ActorDict dict_;
  std::vector<text::Token> toks_;
  std::vector<Mention> mentions_;
};

}  // namespace

TEST_F(SyntaxTest, ComposesCountriesEthnicGroupsAndAgents) {
  EXPECT_EQ(Codes("Iraqi Kurdish officials met U.S. officials"), (std::vector<std::string>{"IRQKURGOV", "USAGOV"}));
  EXPECT_EQ(Codes("Iranian forces and Iraqi Kurds"), (std::vector<std::string>{"IRNMIL", "IRQKUR"}));
  EXPECT_EQ(Codes("U.S. President Donald Trump spoke"), (std::vector<std::string>{"USAGOV"}));
  EXPECT_EQ(Codes("Defense Secretary Pete Hegseth said"), (std::vector<std::string>{"GOV"}));
  EXPECT_EQ(Codes("Iran-backed Iraqi militias"), std::vector<std::string>{});  // no agent noun: modifiers only
}

TEST_F(SyntaxTest, MergesAgentWithOrganisationAndResolvesPronouns) {
  StoryContext ctx;
  EXPECT_EQ(Codes("an official with the Kurdistan Freedom Party said", &ctx), (std::vector<std::string>{"IRNPAK"}));
  EXPECT_EQ(Codes("He said their forces had moved", &ctx), (std::vector<std::string>{"IRNPAK"}));
  EXPECT_EQ(mentions_[0].type, "MIL");
  EXPECT_EQ(Codes("the group denied it", &ctx), (std::vector<std::string>{"IRNPAK", "IRNPAK"}));
}

TEST_F(SyntaxTest, SubjectsObjectsAndCoordination) {
  Codes("Before the U.S. and Israel attacked Iran on Saturday, officials left");
  SentenceView s(toks_, toks_.size(), mentions_);
  size_t verb = 5;
  ASSERT_EQ(toks_[verb].lower, "attacked");
  int subj = FindSubject(s, verb);
  ASSERT_GE(subj, 0);
  auto all = Coordinated(s, subj);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(mentions_[all[0]].code, "USA");
  EXPECT_EQ(mentions_[all[1]].code, "ISR");
  int obj = FindObject(s, verb + 1);
  ASSERT_GE(obj, 0);
  EXPECT_EQ(mentions_[obj].code, "IRN");
  // Lower-case modifiers between the conjunction and an actor: "Israel and the evil awful Iran".
  Codes("Israel and the evil awful Iran attacked the U.S. on Saturday");
  SentenceView s2(toks_, toks_.size(), mentions_);
  ASSERT_EQ(mentions_.size(), 3u);
  EXPECT_EQ(Coordinated(s2, 1).size(), 2u);
  EXPECT_EQ(Coordinated(s2, 0).size(), 2u);
  // A hyphen attached to the word before it ("anti-") does not end the search for an object.
  Codes("Israel joined an anti- Iran parade");
  SentenceView s3(toks_, toks_.size(), mentions_);
  ASSERT_EQ(toks_[1].lower, "joined");
  int o = FindObject(s3, 2);
  ASSERT_GE(o, 0);
  EXPECT_EQ(mentions_[o].code, "IRN");
}

TEST_F(SyntaxTest, NegationModalityAndPassive) {
  auto mod = [&](const std::string& text, const std::string& verb) {
    Codes(text);
    SentenceView s(toks_, toks_.size(), mentions_);
    for (size_t i = 0; i < toks_.size(); ++i)
      if (toks_[i].lower == verb) return ModalityOf(s, i, 0);
    return Modality::kAsserted;
  };
  EXPECT_EQ(mod("Iran had not sent forces", "sent"), Modality::kNegated);
  EXPECT_EQ(mod("Iran will attack Iraq", "attack"), Modality::kFuture);
  EXPECT_EQ(mod("Iran could attack Iraq", "attack"), Modality::kHypothetical);
  EXPECT_EQ(mod("If Iran attacked Iraq", "attacked"), Modality::kHypothetical);
  EXPECT_EQ(mod("Iran attacked Iraq", "attacked"), Modality::kAsserted);
  EXPECT_EQ(mod("Trump denied that Iran attacked Iraq", "attacked"), Modality::kNegated);
  Codes("Iraqi officials had been contacted by U.S. officials");
  SentenceView s(toks_, toks_.size(), mentions_);
  EXPECT_TRUE(IsPassive(s, 4, true));
  EXPECT_FALSE(IsPassive(s, 4, false));
}

TEST_F(SyntaxTest, ReportedSpeechFindsSpeakers) {
  Codes("The U.S. has asked Iraqi Kurds to help, Kurdish officials told reporters.");
  SentenceView s(toks_, toks_.size(), mentions_);
  auto sp = FindSpeech(s);
  ASSERT_EQ(sp.size(), 1u);
  ASSERT_GE(sp[0].speaker, 0);
  EXPECT_EQ(mentions_[sp[0].speaker].code, "KURGOV");
  Codes("Al-Araji said Iraq is committed.");
  SentenceView s2(toks_, toks_.size(), mentions_);
  auto sp2 = FindSpeech(s2);
  ASSERT_EQ(sp2.size(), 1u);
  EXPECT_EQ(sp2[0].speaker, -1);
  EXPECT_EQ(sp2[0].speaker_first, 0);
}

}  // namespace dyad::syntax
