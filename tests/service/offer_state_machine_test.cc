#include "server/service/offer_state_machine.h"

#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::service {
namespace {

struct Edge {
  v1::OfferState from;
  OfferAction action;
  v1::OfferState to;
};

// Every edge of the diagram in offer.proto, written out independently of the table.
const std::vector<Edge>& DiagramEdges() {
  static const auto* edges = new std::vector<Edge>{
      {v1::OFFER_STATE_PROPOSED, OfferAction::kAcceptOffer, v1::OFFER_STATE_ACCEPTED},
      {v1::OFFER_STATE_PROPOSED, OfferAction::kDeclineOffer, v1::OFFER_STATE_DECLINED},
      {v1::OFFER_STATE_PROPOSED, OfferAction::kCounterOffer, v1::OFFER_STATE_COUNTERED},
      {v1::OFFER_STATE_PROPOSED, OfferAction::kWithdrawOffer, v1::OFFER_STATE_WITHDRAWN},
      {v1::OFFER_STATE_PROPOSED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
      {v1::OFFER_STATE_COUNTERED, OfferAction::kAcceptCounterOffer, v1::OFFER_STATE_ACCEPTED},
      {v1::OFFER_STATE_COUNTERED, OfferAction::kWithdrawOffer, v1::OFFER_STATE_WITHDRAWN},
      {v1::OFFER_STATE_COUNTERED, OfferAction::kDeclineOffer, v1::OFFER_STATE_DECLINED},
      {v1::OFFER_STATE_COUNTERED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
      {v1::OFFER_STATE_APPLIED, OfferAction::kAcceptApplication, v1::OFFER_STATE_ACCEPTED},
      {v1::OFFER_STATE_APPLIED, OfferAction::kRejectApplication, v1::OFFER_STATE_REJECTED},
      {v1::OFFER_STATE_APPLIED, OfferAction::kWithdrawApplication, v1::OFFER_STATE_WITHDRAWN},
      {v1::OFFER_STATE_APPLIED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
      {v1::OFFER_STATE_ACCEPTED, OfferAction::kCompleteOffer, v1::OFFER_STATE_COMPLETED},
      {v1::OFFER_STATE_ACCEPTED, OfferAction::kCancelByBrand, v1::OFFER_STATE_CANCELLED},
      {v1::OFFER_STATE_ACCEPTED, OfferAction::kCancelByCreator, v1::OFFER_STATE_CANCELLED},
  };
  return *edges;
}

constexpr OfferAction kAllActions[] = {
    OfferAction::kAcceptOffer,        OfferAction::kDeclineOffer,
    OfferAction::kCounterOffer,       OfferAction::kWithdrawOffer,
    OfferAction::kAcceptCounterOffer, OfferAction::kAcceptApplication,
    OfferAction::kRejectApplication,  OfferAction::kWithdrawApplication,
    OfferAction::kCompleteOffer,      OfferAction::kCancelByBrand,
    OfferAction::kCancelByCreator,    OfferAction::kExpire,
};

TEST(OfferStateMachineTest, EveryDiagramEdgeIsLegal) {
  for (const Edge& edge : DiagramEdges()) {
    absl::StatusOr<v1::OfferState> next = NextOfferState(edge.from, edge.action);
    ASSERT_OK(next);
    EXPECT_EQ(*next, edge.to) << v1::OfferState_Name(edge.from) << " + "
                              << OfferActionName(edge.action);
  }
}

TEST(OfferStateMachineTest, EveryOtherPairIsFailedPreconditionNamingStateAndAction) {
  int illegal = 0;
  for (int state = v1::OFFER_STATE_UNSPECIFIED; state < v1::OfferState_ARRAYSIZE; ++state) {
    for (OfferAction action : kAllActions) {
      bool in_diagram = false;
      for (const Edge& edge : DiagramEdges()) {
        in_diagram = in_diagram || (edge.from == state && edge.action == action);
      }
      if (in_diagram) continue;
      ++illegal;
      absl::StatusOr<v1::OfferState> next =
          NextOfferState(static_cast<v1::OfferState>(state), action);
      ASSERT_EQ(next.status().code(), absl::StatusCode::kFailedPrecondition);
      EXPECT_NE(next.status().message().find(v1::OfferState_Name(state)), std::string::npos);
      EXPECT_NE(next.status().message().find(OfferActionName(action)), std::string::npos);
    }
  }
  EXPECT_EQ(illegal, 11 * 12 - 16);
}

TEST(OfferStateMachineTest, AcceptingWithdrawnAndDecliningTwiceAreIllegal) {
  EXPECT_STATUS_CODE(NextOfferState(v1::OFFER_STATE_WITHDRAWN, OfferAction::kAcceptOffer),
                     absl::StatusCode::kFailedPrecondition);
  EXPECT_STATUS_CODE(NextOfferState(v1::OFFER_STATE_DECLINED, OfferAction::kDeclineOffer),
                     absl::StatusCode::kFailedPrecondition);
}

TEST(OfferStateMachineTest, TerminalStatesHaveNoTransitionsAndLiveStatesAreTheFourOpenOnes) {
  for (v1::OfferState state :
       {v1::OFFER_STATE_DECLINED, v1::OFFER_STATE_WITHDRAWN, v1::OFFER_STATE_EXPIRED,
        v1::OFFER_STATE_REJECTED, v1::OFFER_STATE_COMPLETED, v1::OFFER_STATE_CANCELLED}) {
    EXPECT_TRUE(IsTerminalOfferState(state)) << v1::OfferState_Name(state);
    EXPECT_FALSE(IsLiveOfferState(state)) << v1::OfferState_Name(state);
  }
  for (v1::OfferState state : {v1::OFFER_STATE_PROPOSED, v1::OFFER_STATE_APPLIED,
                               v1::OFFER_STATE_COUNTERED, v1::OFFER_STATE_ACCEPTED}) {
    EXPECT_FALSE(IsTerminalOfferState(state));
    EXPECT_TRUE(IsLiveOfferState(state));
  }
  EXPECT_FALSE(IsPendingOfferState(v1::OFFER_STATE_ACCEPTED));
  EXPECT_TRUE(IsPendingOfferState(v1::OFFER_STATE_COUNTERED));
}

}  // namespace
}  // namespace matchmaker::service
