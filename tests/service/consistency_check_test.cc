// AdminService.CheckConsistency: consistent after a normal flow (through gRPC), and each kind
// of divergence is found and named: an index that missed a committed change, an index fed a
// change the database never got, an over-committed creator, an offer with no history.

#include "server/service/consistency_check.h"

#include <memory>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "server/service/index_loader.h"
#include "storage/store.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

class ConsistencyCheckTest : public ServerFixture {
 protected:
  // A small market where every offer state the index tracks occurs: accepted, declined,
  // proposed, and a creator at its capacity of 1.
  void NormalFlow() {
    MustCreateBrand(MakeBrand("b1"));
    MustCreateBrief(MakeBrief("bf1", "b1", v1::BRIEF_STATUS_OPEN, 2));
    MustCreateBrief(MakeBrief("bf2", "b1"));
    v1::Creator busy = MakeCreator("c1");
    busy.mutable_preferences()->set_max_concurrent_partnerships(1);
    MustCreateCreator(busy);
    MustCreateCreator(MakeCreator("c2"));
    const v1::Offer accepted = MustSendOffer("bf1", "c1");
    ASSERT_OK(AcceptOffer(accepted.id()));
    const v1::Offer declined = MustSendOffer("bf1", "c2");
    v1::DeclineOfferRequest decline;
    decline.set_offer_id(declined.id());
    decline.set_reason(v1::DECLINE_REASON_COMPENSATION_TOO_LOW);
    ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::DeclineOffer, decline));
    MustSendOffer("bf2", "c2");
    // c1 is full: a second acceptance must be refused, not over-commit.
    const v1::Offer second = MustSendOffer("bf2", "c1");
    EXPECT_EQ(AcceptOffer(second.id()).status().code(), absl::StatusCode::kFailedPrecondition);
  }

  absl::StatusOr<v1::CheckConsistencyResponse> CheckOverGrpc() {
    return Call(*admin_, &v1::AdminService::Stub::CheckConsistency, v1::CheckConsistencyRequest());
  }

  // The server stopped, the database opened directly with an index rebuilt from it, as the
  // server would have it: the divergence tests then change one side only.
  void OpenDirectly() {
    StopServer();
    storage::StoreOptions options;
    options.path = data_dir();
    auto store = storage::Store::Open(options);
    ASSERT_OK(store);
    store_ = *std::move(store);
    auto index = service::LoadMatchingIndex(*store_, config_);
    ASSERT_OK(index);
    index_ = *std::move(index);
  }

  v1::CheckConsistencyResponse CheckDirectly() {
    auto response = service::CheckConsistencyOf(*store_, *index_, config_);
    EXPECT_OK(response);
    return response.ok() ? *response : v1::CheckConsistencyResponse();
  }

  static bool HasLine(const v1::CheckConsistencyResponse& response, absl::string_view a,
                      absl::string_view b) {
    for (const std::string& line : response.differences()) {
      if (absl::StrContains(line, a) && absl::StrContains(line, b)) return true;
    }
    return false;
  }

  service::ServiceConfig config_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<index::MatchingIndex> index_;
};

TEST_F(ConsistencyCheckTest, ConsistentAfterNormalFlowAndRestart) {
  NormalFlow();
  auto response = CheckOverGrpc();
  ASSERT_OK(response);
  EXPECT_TRUE(response->consistent()) << absl::StrJoin(response->differences(), "\n");
  EXPECT_TRUE(response->differences().empty());
  EXPECT_EQ(response->creators_checked(), 2);
  EXPECT_EQ(response->briefs_checked(), 2);
  EXPECT_EQ(response->offers_checked(), 4);
  EXPECT_EQ(response->history_sequence(), Stats().history_events());

  RestartServer();
  response = CheckOverGrpc();
  ASSERT_OK(response);
  EXPECT_TRUE(response->consistent()) << absl::StrJoin(response->differences(), "\n");
}

TEST_F(ConsistencyCheckTest, IndexThatMissedACommitIsReported) {
  NormalFlow();
  OpenDirectly();
  ASSERT_TRUE(CheckDirectly().consistent());

  // A change committed behind the index's back: c2's capacity goes from none to 3.
  auto creator = store_->GetCreator("c2");
  ASSERT_OK(creator);
  creator->mutable_preferences()->set_max_concurrent_partnerships(3);
  creator->set_etag("changed-behind-the-index");
  storage::WriteSet writes;
  writes.Put(*creator);
  ASSERT_OK(store_->Commit(std::move(writes)));

  const v1::CheckConsistencyResponse response = CheckDirectly();
  EXPECT_FALSE(response.consistent());
  EXPECT_TRUE(HasLine(response, "creator c2 capacity", "index 0, database 3"))
      << absl::StrJoin(response.differences(), "\n");
}

TEST_F(ConsistencyCheckTest, IndexFedAnEventTheDatabaseNeverGotIsReported) {
  NormalFlow();
  OpenDirectly();
  // An acceptance only the index saw: c2 would look busier than it is.
  auto offers = store_->ScanOffersOfCreator("c2", "", [&](const v1::Offer& offer) {
    if (offer.state() != v1::OFFER_STATE_PROPOSED) return true;
    v1::Offer accepted = offer;
    accepted.set_state(v1::OFFER_STATE_ACCEPTED);
    index_->ApplyOffer(accepted, v1::OFFER_STATE_PROPOSED);
    return false;
  });
  ASSERT_OK(offers);

  const v1::CheckConsistencyResponse response = CheckDirectly();
  EXPECT_FALSE(response.consistent());
  EXPECT_TRUE(HasLine(response, "creator c2 learned.active", "index 1, database 0"))
      << absl::StrJoin(response.differences(), "\n");
  EXPECT_TRUE(HasLine(response, "pair c2/bf2 state", "accepted=1"))
      << absl::StrJoin(response.differences(), "\n");
}

TEST_F(ConsistencyCheckTest, OverCommittedCreatorAndOfferWithoutHistoryAreReported) {
  NormalFlow();
  OpenDirectly();
  // A second accepted offer for c1 (capacity 1) written without the state machine or history
  // (so the rebuilt index, fed from history, still agrees with the live one).
  v1::Offer rogue;
  auto scanned = store_->ScanOffersOfCreator("c1", "", [&](const v1::Offer& offer) {
    if (offer.state() == v1::OFFER_STATE_PROPOSED) rogue = offer;
    return true;
  });
  ASSERT_OK(scanned);
  ASSERT_FALSE(rogue.id().empty());
  rogue.set_state(v1::OFFER_STATE_ACCEPTED);
  storage::WriteSet writes;
  writes.Put(rogue);
  ASSERT_OK(store_->Commit(std::move(writes)));

  const v1::CheckConsistencyResponse response = CheckDirectly();
  EXPECT_FALSE(response.consistent());
  EXPECT_TRUE(
      HasLine(response, "creator c1: 2 accepted offers", "max_concurrent_partnerships is 1"))
      << absl::StrJoin(response.differences(), "\n");
  EXPECT_TRUE(
      HasLine(response, "offer " + rogue.id(), "last history event leads to OFFER_STATE_PROPOSED"))
      << absl::StrJoin(response.differences(), "\n");
}

}  // namespace
}  // namespace matchmaker::testing
