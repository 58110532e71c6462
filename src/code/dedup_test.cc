#include "dyad/dedup.h"

#include <gtest/gtest.h>

#include "dyad/engine.h"

namespace dyad {

namespace {

Event Report(const std::string& story, int sentence, const std::string& date, const std::string& src,
             const std::string& tgt, const std::string& cameo) {
  Event e;
  e.story = story;
  e.sentence = sentence;
  e.published = "2026-03-05";
  e.date = date;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  if (!src.empty()) {
    Actor a;
    a.text = "the " + src;
    a.code = src;
    a.span = {0, 7};
    e.source = a;
  }
  if (!tgt.empty()) {
    Actor a;
    a.text = tgt;
    a.code = tgt;
    a.span = {20, 23};
    e.target = a;
  }
  e.verb = {8, 15};
  return e;
}

}  // namespace

TEST(Dedup, SameDateDyadAndCodeCollapseInFirstReportOrder) {
  EventDeduplicator d;
  d.Add(Report("a", 1, "2026-03-04", "IRNMIL", "IRQ", "190"));
  d.Add(Report("a", 2, "2026-03-04", "IRN", "IRQ", "190"));     // another actor code
  d.Add(Report("b", 3, "2026-03-04", "IRNMIL", "IRQ", "190"));  // same event, another story
  d.Add(Report("b", 4, "2026-03-05", "IRNMIL", "IRQ", "190"));  // another day
  d.Add(Report("c", 1, "2026-03-04", "IRNMIL", "IRQ", "195"));  // another code
  d.Add(Report("c", 2, "2026-03-04", "IRNMIL", "IRQ", "190"));
  ASSERT_EQ(d.groups().size(), 4u);
  EXPECT_EQ(d.mentions(), 6u);
  const auto& g = d.groups()[0];
  EXPECT_EQ(g.event.story, "a");
  ASSERT_EQ(g.mentions.size(), 3u);
  EXPECT_EQ(g.mentions[1].story, "b");
  EXPECT_EQ(g.mentions[2].story, "c");
  EXPECT_EQ(g.StoryCount(), 3u);
  EXPECT_EQ(d.groups()[1].event.source->code, "IRN");
  EXPECT_EQ(d.groups()[2].event.date, "2026-03-05");
  EXPECT_EQ(d.groups()[3].event.cameo, "195");
}

TEST(Dedup, ModalityUndatedAndActorlessEventsAreNotMerged) {
  EventDeduplicator d;
  Event denied = Report("b", 1, "2026-03-04", "IRN", "IRQ", "190");
  denied.modality = Modality::kNegated;
  d.Add(Report("a", 1, "2026-03-04", "IRN", "IRQ", "190"));
  d.Add(denied);
  d.Add(Report("a", 2, "", "IRN", "IRQ", "190"));
  d.Add(Report("b", 2, "", "IRN", "IRQ", "190"));
  d.Add(Report("a", 3, "2026-03-04", "", "", "141"));
  d.Add(Report("b", 3, "2026-03-04", "", "", "141"));
  d.Add(Report("a", 4, "2026-03-04", "IRN", "", "190"));  // one side is enough to merge
  d.Add(Report("b", 4, "2026-03-04", "IRN", "", "190"));
  EXPECT_EQ(d.groups().size(), 7u);
  EXPECT_EQ(d.groups().back().mentions.size(), 2u);
}

TEST(Dedup, JsonAddsCountsAndMentionsAtTheEnd) {
  EventDeduplicator d;
  Event a = Report("a", 1, "2026-03-04", "IRN", "IRQ", "190");
  a.attribution = Attribution{"officials", "IRQGOV", true};
  d.Add(a);
  d.Add(Report("a", 5, "2026-03-04", "IRN", "", "190"));
  d.Add(Report("b\"x", 2, "2026-03-04", "IRN", "IRQ", "190"));
  std::string j = GroupToJson(d.groups()[0]);
  std::string plain = EventToJson(d.groups()[0].event);
  ASSERT_EQ(j.compare(0, plain.size() - 1, plain, 0, plain.size() - 1), 0) << j;
  EXPECT_NE(j.find(",\"mention_count\":2,\"story_count\":2,\"mentions\":[{\"story\":\"a\",\"sentence\":1,"
                   "\"published\":\"2026-03-05\",\"source_text\":\"the IRN\",\"target_text\":\"IRQ\","
                   "\"attribution_text\":\"officials\",\"evidence\":{\"source\":[0,7],\"verb\":[8,15],"
                   "\"target\":[20,23]}},{\"story\":\"b\\\"x\",\"sentence\":2,"),
            std::string::npos)
      << j;
  EXPECT_EQ(j.back(), '}');
  std::string one = GroupToJson(d.groups()[1]);
  EXPECT_NE(one.find("\"mention_count\":1,\"story_count\":1,"), std::string::npos) << one;
  EXPECT_NE(one.find("\"target_text\":null,\"attribution_text\":null"), std::string::npos) << one;
  EXPECT_NE(one.find("\"target\":null}}]}"), std::string::npos) << one;
}

}  // namespace dyad
