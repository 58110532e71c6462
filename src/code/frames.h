// How the words governing an event word change what CAMEO calls the event. CAMEO has no modality field:
// it codes a statement about an action by what the statement does. "agreed to provide aid" is an intent
// to provide aid (033), "refused to meet" a rejection (125), "threatened to impose sanctions" a threat
// (1312), "said Iran must release the sailors" a demand (1053); "will hold talks" is an intent to meet
// (036) and "will not accept refugees" a refusal. "suspended aid to Iraq" stops aid (1621..1623),
// "halted talks" halts negotiations (164) and "lifted the curfew" eases a sanction (0813).
#ifndef DYAD_CODE_FRAMES_H_
#define DYAD_CODE_FRAMES_H_

#include <cstddef>
#include <string>

#include "dyad/event.h"
#include "syntax/clause.h"

namespace dyad::code {

// kVow ("vowed to", "pledged to") is an intent for cooperation and a threat for violence; kAppeal is
// "should" in reported speech.
// kHalt is a verb that stops what its object names ("suspended aid", "called off the offensive"); kAllege
// an allegation that someone did harm ("said that the rebels had shelled the port": an accusation, 112), kClaim the
// same said of oneself ("claimed that it had attacked Iraq": a claim of responsibility, 015); kReject
// and kAccept a verb that turns down or grants what its object asks ("rejected the demand", "accepted the
// demands", "dismissed an appeal").
enum class Frame : unsigned char { kNone, kIntent, kVow, kRefusal, kThreat, kDemand, kAppeal, kHalt, kAllege,
                                   kReject, kAccept, kPrepare, kClaim };

struct FrameHit {
  Frame frame = Frame::kNone;
  size_t governor = 0;  // token of the governing word ("agreed", "refused", "must")
};

// The frame an infinitive or modal puts around the event word at `head`: "agreed/offered/pledged to",
// "is ready/willing to", "refused/declined to", "threatened/vowed to", "must" in reported speech, and a
// verb that stops the event noun at `head` ("suspended all aid", "lifted the state of emergency").
FrameHit GoverningFrame(const syntax::SentenceView& s, size_t head);

// The frame a modality puts around an event: a future or conditional cooperative act is an intent, a
// negated future one ("will not accept") a refusal.
Frame ModalFrame(const syntax::SentenceView& s, size_t head, Modality modality);

// The CAMEO code of `code` inside `frame` ("073" in an intent -> "0333"; "190" in a threat -> "1384"),
// or `code` itself when the frame does not change it. The result may be more specific than the event
// table knows; callers fall back to its prefix.
std::string Reframe(const std::string& code, Frame frame);

}  // namespace dyad::code

#endif  // DYAD_CODE_FRAMES_H_
