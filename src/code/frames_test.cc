#include "code/frames.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

TEST(Frames, IntentKeepsWhatIsOffered) {
  EXPECT_EQ(Reframe("073", Frame::kIntent), "0333");  // humanitarian aid -> intent to provide it
  EXPECT_EQ(Reframe("070", Frame::kIntent), "033");
  EXPECT_EQ(Reframe("042", Frame::kIntent), "036");   // a visit -> intent to meet
  EXPECT_EQ(Reframe("045", Frame::kIntent), "039");   // mediate
  EXPECT_EQ(Reframe("051", Frame::kIntent), "032");
  EXPECT_EQ(Reframe("057", Frame::kIntent), "030");   // signing an agreement: intent to cooperate
  EXPECT_EQ(Reframe("0841", Frame::kIntent), "0353");  // release persons
  EXPECT_EQ(Reframe("0874", Frame::kIntent), "0356");  // retreat -> de-escalate
  EXPECT_EQ(Reframe("0831", Frame::kIntent), "0341");  // leadership change
  EXPECT_EQ(Reframe("036", Frame::kIntent), "036");   // already an intent
  EXPECT_EQ(Reframe("190", Frame::kIntent), "138");   // a stated intention to attack is a threat
  EXPECT_EQ(Reframe("195", Frame::kIntent), "1384");  // ... of a conventional attack when the arms are named
  EXPECT_EQ(Reframe("112", Frame::kIntent), "112");   // verbal conflict stays
}

TEST(Frames, RefusalDemandAppealAndThreat) {
  EXPECT_EQ(Reframe("042", Frame::kRefusal), "125");
  EXPECT_EQ(Reframe("057", Frame::kRefusal), "127");
  EXPECT_EQ(Reframe("0874", Frame::kRefusal), "1246");
  EXPECT_EQ(Reframe("072", Frame::kRefusal), "1222");
  EXPECT_EQ(Reframe("0841", Frame::kDemand), "1053");
  EXPECT_EQ(Reframe("046", Frame::kDemand), "106");
  EXPECT_EQ(Reframe("046", Frame::kAppeal), "026");
  EXPECT_EQ(Reframe("163", Frame::kThreat), "1312");
  EXPECT_EQ(Reframe("191", Frame::kThreat), "1381");
  EXPECT_EQ(Reframe("1724", Frame::kThreat), "1324");
  EXPECT_EQ(Reframe("042", Frame::kThreat), "042");   // no threat to visit
  EXPECT_EQ(Reframe("190", Frame::kVow), "138");
  EXPECT_EQ(Reframe("194", Frame::kPrepare), "150");  // making ready to shell: a show of force
  EXPECT_EQ(Reframe("042", Frame::kPrepare), "036");  // making ready to visit: an intent
  EXPECT_EQ(Reframe("073", Frame::kVow), "0333");
  EXPECT_EQ(Reframe("190", Frame::kNone), "190");
}

TEST(Frames, HaltingAnActAndAllegingHarm) {
  EXPECT_EQ(Reframe("073", Frame::kHalt), "1623");  // humanitarian aid stopped
  EXPECT_EQ(Reframe("070", Frame::kHalt), "162");
  EXPECT_EQ(Reframe("043", Frame::kHalt), "164");   // talks called off
  EXPECT_EQ(Reframe("046", Frame::kHalt), "165");   // mediation halted
  EXPECT_EQ(Reframe("051", Frame::kHalt), "161");   // ties broken off
  EXPECT_EQ(Reframe("163", Frame::kHalt), "085");   // sanctions lifted
  EXPECT_EQ(Reframe("1723", Frame::kHalt), "0813");  // curfew lifted
  EXPECT_EQ(Reframe("140", Frame::kHalt), "082");   // protest called off
  EXPECT_EQ(Reframe("191", Frame::kHalt), "0872");  // blockade ended
  EXPECT_EQ(Reframe("190", Frame::kHalt), "087");   // offensive halted
  EXPECT_EQ(Reframe("112", Frame::kHalt), "112");   // nothing CAMEO codes
  EXPECT_EQ(Reframe("190", Frame::kAllege), "112");  // "claimed that X attacked": X is accused
  EXPECT_EQ(Reframe("180", Frame::kAllege), "112");
  EXPECT_EQ(Reframe("070", Frame::kAllege), "070");  // an allegation of aid is no accusation
  EXPECT_EQ(Reframe("190", Frame::kClaim), "015");  // "claimed that it attacked": responsibility
  EXPECT_EQ(Reframe("070", Frame::kClaim), "070");
}

TEST(Frames, RejectingAndGrantingWhatIsAsked) {
  EXPECT_EQ(Reframe("1053", Frame::kReject), "1243");  // refusing to release persons
  EXPECT_EQ(Reframe("0241", Frame::kReject), "1231");  // an appeal for a leadership change turned down
  EXPECT_EQ(Reframe("043", Frame::kReject), "125");    // a meeting refused
  EXPECT_EQ(Reframe("190", Frame::kReject), "190");    // nothing was asked
  EXPECT_EQ(Reframe("1053", Frame::kAccept), "0841");  // demands to release prisoners granted
  EXPECT_EQ(Reframe("1041", Frame::kAccept), "0831");  // demands for a leadership change granted
  EXPECT_EQ(Reframe("100", Frame::kAccept), "080");
  EXPECT_EQ(Reframe("043", Frame::kAccept), "043");    // accepting a visit is the visit
}

}  // namespace
}  // namespace dyad::code
