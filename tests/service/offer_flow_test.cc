// The offer state machine over real gRPC: every legal transition, representative illegal
// ones, creation rules, expiry (lazy and swept), capacity, idempotent retries, listings.

#include <string>
#include <thread>

#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/service/time_conversion.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

using ::testing::Contains;
using Brands = v1::BrandService::Stub;
using Creators = v1::CreatorService::Stub;

class OfferFlowTest : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    MustCreateBrand(MakeBrand("acme", "food/snacks"));
    MustCreateBrief(MakeBrief("bf1", "acme"));
    MustCreateCreator(MakeCreator("jo"));
  }

  absl::StatusOr<v1::Offer> Decline(const std::string& id, v1::DeclineReason reason) {
    v1::DeclineOfferRequest request;
    request.set_offer_id(id);
    request.set_reason(reason);
    request.set_note("not for me");
    auto response = Call(*creators_, &Creators::DeclineOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> Counter(const std::string& id, int64_t fee_cents) {
    v1::CounterOfferRequest request;
    request.set_offer_id(id);
    request.mutable_terms()->set_fee_cents(fee_cents);
    auto response = Call(*creators_, &Creators::CounterOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> Withdraw(const std::string& id) {
    v1::WithdrawOfferRequest request;
    request.set_offer_id(id);
    auto response = Call(*brands_, &Brands::WithdrawOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> AcceptCounter(const std::string& id) {
    v1::AcceptCounterOfferRequest request;
    request.set_offer_id(id);
    auto response = Call(*brands_, &Brands::AcceptCounterOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> AcceptApplication(const std::string& id) {
    v1::AcceptApplicationRequest request;
    request.set_offer_id(id);
    auto response = Call(*brands_, &Brands::AcceptApplication, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> RejectApplication(const std::string& id) {
    v1::RejectApplicationRequest request;
    request.set_offer_id(id);
    request.set_note("full");
    auto response = Call(*brands_, &Brands::RejectApplication, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> WithdrawApplication(const std::string& id) {
    v1::WithdrawApplicationRequest request;
    request.set_offer_id(id);
    auto response = Call(*creators_, &Creators::WithdrawApplication, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> Complete(const std::string& id) {
    v1::CompleteOfferRequest request;
    request.set_offer_id(id);
    request.mutable_outcome()->set_reach(12000);
    request.mutable_outcome()->set_clicks(300);
    auto response = Call(*brands_, &Brands::CompleteOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> CancelByBrand(const std::string& id) {
    v1::CancelOfferRequest request;
    request.set_offer_id(id);
    auto response = Call(*brands_, &Brands::CancelOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> CancelByCreator(const std::string& id) {
    v1::CreatorServiceCancelOfferRequest request;
    request.set_offer_id(id);
    auto response = Call(*creators_, &Creators::CancelOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  v1::ListHistoryResponse OfferHistory(const std::string& offer_id) {
    v1::ListHistoryRequest request;
    request.set_offer_id(offer_id);
    auto response = Call(*admin_, &v1::AdminService::Stub::ListHistory, request);
    EXPECT_OK(response);
    return response.ok() ? *response : v1::ListHistoryResponse();
  }
};

TEST_F(OfferFlowTest, SendAcceptCompleteRecordsEveryStepInHistory) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  EXPECT_EQ(sent.id().rfind("of-", 0), 0u);
  EXPECT_EQ(sent.state(), v1::OFFER_STATE_PROPOSED);
  EXPECT_EQ(sent.brand_id(), "acme");
  EXPECT_EQ(sent.origin(), v1::OFFER_ORIGIN_BRAND);
  // Default lifetime: 14 days.
  const absl::Duration lifetime =
      service::FromTimestamp(sent.expire_time()) - service::FromTimestamp(sent.create_time());
  EXPECT_EQ(lifetime, absl::Hours(24 * 14));
  ASSERT_OK_AND_ASSIGN(v1::Offer accepted, AcceptOffer(sent.id(), sent.etag()));
  EXPECT_EQ(accepted.state(), v1::OFFER_STATE_ACCEPTED);
  ASSERT_OK_AND_ASSIGN(v1::Offer completed, Complete(sent.id()));
  EXPECT_EQ(completed.state(), v1::OFFER_STATE_COMPLETED);
  EXPECT_EQ(completed.outcome().clicks(), 300);

  v1::ListHistoryResponse history = OfferHistory(sent.id());
  ASSERT_EQ(history.events_size(), 3);
  EXPECT_EQ(history.events(0).type(), v1::EVENT_TYPE_OFFER_SENT);
  EXPECT_EQ(history.events(0).actor(), "brand/acme");
  EXPECT_EQ(history.events(1).from_state(), v1::OFFER_STATE_PROPOSED);
  EXPECT_EQ(history.events(1).to_state(), v1::OFFER_STATE_ACCEPTED);
  EXPECT_EQ(history.events(1).actor(), "creator/jo");
  EXPECT_EQ(history.events(2).to_state(), v1::OFFER_STATE_COMPLETED);
  EXPECT_EQ(history.events(2).brief_id(), "bf1");
  EXPECT_EQ(history.events(2).creator_id(), "jo");
  EXPECT_EQ(history.events(2).offer().state(), v1::OFFER_STATE_COMPLETED);
}

TEST_F(OfferFlowTest, DeclineRecordsReasonAndDecliningTwiceIsFailedPrecondition) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  ASSERT_OK_AND_ASSIGN(v1::Offer declined,
                       Decline(sent.id(), v1::DECLINE_REASON_COMPENSATION_TOO_LOW));
  EXPECT_EQ(declined.state(), v1::OFFER_STATE_DECLINED);
  EXPECT_EQ(declined.decline_reason(), v1::DECLINE_REASON_COMPENSATION_TOO_LOW);
  EXPECT_EQ(declined.note(), "not for me");
  auto again = Decline(sent.id(), v1::DECLINE_REASON_OTHER);
  ASSERT_EQ(again.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(again.status().message().find("OFFER_STATE_DECLINED"), std::string::npos);
  EXPECT_EQ(OfferHistory(sent.id()).events(1).decline_reason(),
            v1::DECLINE_REASON_COMPENSATION_TOO_LOW);
  // The pair has no live offer any more: a new one may be sent.
  EXPECT_OK(SendOffer("bf1", "jo"));
}

TEST_F(OfferFlowTest, DeclineWithoutReasonIsInvalidArgument) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  auto response = Decline(sent.id(), v1::DECLINE_REASON_UNSPECIFIED);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("reason"));
  EXPECT_EQ(MustGetOffer(sent.id()).state(), v1::OFFER_STATE_PROPOSED);
}

TEST_F(OfferFlowTest, CounterThenAcceptCounterAdoptsTheCreatorsTerms) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  ASSERT_OK_AND_ASSIGN(v1::Offer countered, Counter(sent.id(), 55555));
  EXPECT_EQ(countered.state(), v1::OFFER_STATE_COUNTERED);
  EXPECT_EQ(countered.counter_terms().fee_cents(), 55555);
  EXPECT_EQ(countered.terms().fee_cents(), 10000);
  EXPECT_STATUS_CODE(AcceptOffer(sent.id()), absl::StatusCode::kFailedPrecondition);
  ASSERT_OK_AND_ASSIGN(v1::Offer accepted, AcceptCounter(sent.id()));
  EXPECT_EQ(accepted.state(), v1::OFFER_STATE_ACCEPTED);
  EXPECT_EQ(accepted.terms().fee_cents(), 55555);
  EXPECT_FALSE(accepted.has_counter_terms());
}

TEST_F(OfferFlowTest, CounteredOfferCanBeWithdrawnOrDeclined) {
  v1::Offer first = MustSendOffer("bf1", "jo");
  ASSERT_OK(Counter(first.id(), 20000));
  ASSERT_OK_AND_ASSIGN(v1::Offer withdrawn, Withdraw(first.id()));
  EXPECT_EQ(withdrawn.state(), v1::OFFER_STATE_WITHDRAWN);
  v1::Offer second = MustSendOffer("bf1", "jo");
  ASSERT_OK(Counter(second.id(), 20000));
  ASSERT_OK_AND_ASSIGN(v1::Offer declined, Decline(second.id(), v1::DECLINE_REASON_OTHER));
  EXPECT_EQ(declined.state(), v1::OFFER_STATE_DECLINED);
  // Countering twice is not a transition.
  v1::Offer third = MustSendOffer("bf1", "jo");
  ASSERT_OK(Counter(third.id(), 20000));
  EXPECT_STATUS_CODE(Counter(third.id(), 30000), absl::StatusCode::kFailedPrecondition);
}

TEST_F(OfferFlowTest, WithdrawnOfferCannotBeAccepted) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  ASSERT_OK(Withdraw(sent.id()));
  auto accepted = AcceptOffer(sent.id());
  ASSERT_EQ(accepted.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(accepted.status().message().find("OFFER_STATE_WITHDRAWN"), std::string::npos);
  EXPECT_NE(accepted.status().message().find("AcceptOffer"), std::string::npos);
}

TEST_F(OfferFlowTest, ApplicationCanBeAcceptedRejectedOrWithdrawn) {
  MustCreateCreator(MakeCreator("kim"));
  MustCreateCreator(MakeCreator("lee"));
  ASSERT_OK_AND_ASSIGN(v1::Offer applied, Apply("bf1", "jo"));
  EXPECT_EQ(applied.state(), v1::OFFER_STATE_APPLIED);
  EXPECT_EQ(applied.origin(), v1::OFFER_ORIGIN_CREATOR_APPLICATION);
  EXPECT_STATUS_CODE(AcceptOffer(applied.id()), absl::StatusCode::kFailedPrecondition);
  ASSERT_OK_AND_ASSIGN(v1::Offer accepted, AcceptApplication(applied.id()));
  EXPECT_EQ(accepted.state(), v1::OFFER_STATE_ACCEPTED);

  ASSERT_OK_AND_ASSIGN(v1::Offer second, Apply("bf1", "kim"));
  ASSERT_OK_AND_ASSIGN(v1::Offer rejected, RejectApplication(second.id()));
  EXPECT_EQ(rejected.state(), v1::OFFER_STATE_REJECTED);
  EXPECT_EQ(rejected.note(), "full");

  ASSERT_OK_AND_ASSIGN(v1::Offer third, Apply("bf1", "lee"));
  ASSERT_OK_AND_ASSIGN(v1::Offer withdrawn, WithdrawApplication(third.id()));
  EXPECT_EQ(withdrawn.state(), v1::OFFER_STATE_WITHDRAWN);
  EXPECT_EQ(OfferHistory(third.id()).events(1).actor(), "creator/lee");
  EXPECT_EQ(OfferHistory(third.id()).events(0).type(), v1::EVENT_TYPE_OFFER_APPLIED);
}

TEST_F(OfferFlowTest, AcceptedOfferCanBeCancelledByEitherSideButNotCompletedAfterwards) {
  MustCreateCreator(MakeCreator("kim"));
  v1::Offer first = MustSendOffer("bf1", "jo");
  ASSERT_OK(AcceptOffer(first.id()));
  ASSERT_OK_AND_ASSIGN(v1::Offer by_brand, CancelByBrand(first.id()));
  EXPECT_EQ(by_brand.state(), v1::OFFER_STATE_CANCELLED);
  EXPECT_STATUS_CODE(Complete(first.id()), absl::StatusCode::kFailedPrecondition);

  v1::Offer second = MustSendOffer("bf1", "kim");
  EXPECT_STATUS_CODE(CancelByCreator(second.id()), absl::StatusCode::kFailedPrecondition);
  ASSERT_OK(AcceptOffer(second.id()));
  ASSERT_OK_AND_ASSIGN(v1::Offer by_creator, CancelByCreator(second.id()));
  EXPECT_EQ(by_creator.state(), v1::OFFER_STATE_CANCELLED);
  EXPECT_EQ(OfferHistory(second.id()).events(2).actor(), "creator/kim");
}

TEST_F(OfferFlowTest, CompletingAProposedOfferIsFailedPrecondition) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  EXPECT_STATUS_CODE(Complete(sent.id()), absl::StatusCode::kFailedPrecondition);
  EXPECT_STATUS_CODE(AcceptCounter(sent.id()), absl::StatusCode::kFailedPrecondition);
  EXPECT_STATUS_CODE(AcceptApplication(sent.id()), absl::StatusCode::kFailedPrecondition);
}

TEST_F(OfferFlowTest, SendingNeedsAnOpenBriefAnExistingCreatorAndNoLiveOffer) {
  MustCreateBrief(MakeBrief("bf-draft", "acme", v1::BRIEF_STATUS_DRAFT));
  auto to_draft = SendOffer("bf-draft", "jo");
  ASSERT_EQ(to_draft.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(to_draft.status().message().find("BRIEF_STATUS_DRAFT"), std::string::npos);
  EXPECT_STATUS_CODE(SendOffer("bf1", "ghost"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(SendOffer("ghost", "jo"), absl::StatusCode::kNotFound);
  MustSendOffer("bf1", "jo");
  const int64_t events = Stats().history_events();
  EXPECT_STATUS_CODE(SendOffer("bf1", "jo"), absl::StatusCode::kAlreadyExists);
  EXPECT_STATUS_CODE(Apply("bf1", "jo"), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(Stats().history_events(), events);
  EXPECT_EQ(Stats().offers(), 1);
}

TEST_F(OfferFlowTest, CreatorWhoBlockedTheBrandOrItsCategoryCannotBeOffered) {
  v1::Creator blocks_brand = MakeCreator("picky");
  blocks_brand.mutable_preferences()->add_blocked_brand_ids("acme");
  MustCreateCreator(blocks_brand);
  v1::Creator blocks_food = MakeCreator("no-food");
  blocks_food.mutable_preferences()->add_blocked_categories("food");
  MustCreateCreator(blocks_food);
  EXPECT_STATUS_CODE(SendOffer("bf1", "picky"), absl::StatusCode::kFailedPrecondition);
  EXPECT_STATUS_CODE(SendOffer("bf1", "no-food"), absl::StatusCode::kFailedPrecondition);
  EXPECT_STATUS_CODE(Apply("bf1", "no-food"), absl::StatusCode::kFailedPrecondition);
}

TEST_F(OfferFlowTest, ExpireTimeInThePastIsInvalidArgument) {
  v1::SendOfferRequest request;
  request.set_brief_id("bf1");
  request.set_creator_id("jo");
  *request.mutable_expire_time() = service::ToTimestamp(absl::Now() - absl::Minutes(1));
  auto response = Call(*brands_, &Brands::SendOffer, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("expire_time"));
  EXPECT_EQ(Stats().offers(), 0);
}

TEST_F(OfferFlowTest, StaleEtagOnTransitionIsAbortedAndChangesNothing) {
  v1::Offer sent = MustSendOffer("bf1", "jo");
  ASSERT_OK_AND_ASSIGN(v1::Offer countered, Counter(sent.id(), 12345));
  EXPECT_STATUS_CODE(AcceptOffer(sent.id(), sent.etag()), absl::StatusCode::kAborted);
  v1::WithdrawOfferRequest withdraw;
  withdraw.set_offer_id(sent.id());
  withdraw.set_etag(sent.etag());
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::WithdrawOffer, withdraw), absl::StatusCode::kAborted);
  EXPECT_EQ(MustGetOffer(sent.id()).state(), v1::OFFER_STATE_COUNTERED);
  withdraw.set_etag(countered.etag());
  EXPECT_OK(Call(*brands_, &Brands::WithdrawOffer, withdraw));
}

TEST_F(OfferFlowTest, ExpiredOfferCannotTransitionAndIsMarkedExpiredByThatCall) {
  v1::SendOfferRequest request;
  request.set_brief_id("bf1");
  request.set_creator_id("jo");
  *request.mutable_expire_time() = service::ToTimestamp(absl::Now() + absl::Milliseconds(300));
  ASSERT_OK_AND_ASSIGN(auto sent, Call(*brands_, &Brands::SendOffer, request));
  absl::SleepFor(absl::Milliseconds(400));
  auto accepted = AcceptOffer(sent.offer().id());
  ASSERT_EQ(accepted.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(accepted.status().message().find("expired at"), std::string::npos);
  EXPECT_EQ(MustGetOffer(sent.offer().id()).state(), v1::OFFER_STATE_EXPIRED);
  v1::ListHistoryResponse history = OfferHistory(sent.offer().id());
  ASSERT_EQ(history.events_size(), 2);
  EXPECT_EQ(history.events(1).actor(), "system");
  EXPECT_EQ(history.events(1).to_state(), v1::OFFER_STATE_EXPIRED);
}

class OfferSweeperTest : public OfferFlowTest {
 protected:
  void Configure(service::ServerOptions& options) override {
    options.expiry_sweep_period = absl::Milliseconds(100);
  }
};

TEST_F(OfferSweeperTest, SweeperMarksPendingOffersPastExpiryExpired) {
  MustCreateCreator(MakeCreator("kim"));
  v1::SendOfferRequest request;
  request.set_brief_id("bf1");
  request.set_creator_id("jo");
  *request.mutable_expire_time() = service::ToTimestamp(absl::Now() + absl::Milliseconds(200));
  ASSERT_OK_AND_ASSIGN(auto proposed, Call(*brands_, &Brands::SendOffer, request));
  v1::ApplyToBriefRequest apply;
  apply.set_brief_id("bf1");
  apply.set_creator_id("kim");
  *apply.mutable_expire_time() = service::ToTimestamp(absl::Now() + absl::Milliseconds(200));
  ASSERT_OK_AND_ASSIGN(auto applied, Call(*creators_, &Creators::ApplyToBrief, apply));
  const absl::Time give_up = absl::Now() + absl::Seconds(10);
  while (absl::Now() < give_up &&
         (MustGetOffer(proposed.offer().id()).state() != v1::OFFER_STATE_EXPIRED ||
          MustGetOffer(applied.offer().id()).state() != v1::OFFER_STATE_EXPIRED)) {
    absl::SleepFor(absl::Milliseconds(50));
  }
  EXPECT_EQ(MustGetOffer(proposed.offer().id()).state(), v1::OFFER_STATE_EXPIRED);
  EXPECT_EQ(MustGetOffer(applied.offer().id()).state(), v1::OFFER_STATE_EXPIRED);
  EXPECT_EQ(OfferHistory(applied.offer().id()).events(1).actor(), "system");
}

TEST_F(OfferFlowTest, AcceptingBeyondCreatorCapacityIsFailedPrecondition) {
  v1::Creator busy = MakeCreator("busy");
  busy.mutable_preferences()->set_max_concurrent_partnerships(1);
  MustCreateCreator(busy);
  MustCreateBrief(MakeBrief("bf2", "acme"));
  v1::Offer first = MustSendOffer("bf1", "busy");
  v1::Offer second = MustSendOffer("bf2", "busy");
  ASSERT_OK(AcceptOffer(first.id()));
  auto over = AcceptOffer(second.id());
  ASSERT_EQ(over.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(over.status().message().find("max_concurrent_partnerships"), std::string::npos);
  // Completing the first frees the slot.
  ASSERT_OK(Complete(first.id()));
  EXPECT_OK(AcceptOffer(second.id()));
}

TEST_F(OfferFlowTest, AcceptingBeyondBriefCreatorsWantedIsFailedPrecondition) {
  MustCreateBrief(MakeBrief("bf-one", "acme", v1::BRIEF_STATUS_OPEN, /*creators_wanted=*/1));
  MustCreateCreator(MakeCreator("kim"));
  v1::Offer first = MustSendOffer("bf-one", "jo");
  ASSERT_OK_AND_ASSIGN(v1::Offer applied, Apply("bf-one", "kim"));
  ASSERT_OK(AcceptOffer(first.id()));
  ASSERT_OK(Complete(first.id()));  // completed still counts against creators_wanted
  auto over = AcceptApplication(applied.id());
  ASSERT_EQ(over.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(over.status().message().find("creators_wanted"), std::string::npos);
}

TEST_F(OfferFlowTest, RetriedRequestIdReturnsTheFirstResultAndAppliesNothingAgain) {
  v1::SendOfferRequest send;
  send.set_brief_id("bf1");
  send.set_creator_id("jo");
  send.set_request_id("send-1");
  ASSERT_OK_AND_ASSIGN(auto first, Call(*brands_, &Brands::SendOffer, send));
  const int64_t events = Stats().history_events();
  ASSERT_OK_AND_ASSIGN(auto retry, Call(*brands_, &Brands::SendOffer, send));
  EXPECT_EQ(retry.offer().id(), first.offer().id());
  EXPECT_EQ(retry.offer().etag(), first.offer().etag());
  EXPECT_EQ(Stats().history_events(), events);
  EXPECT_EQ(Stats().offers(), 1);

  v1::AcceptOfferRequest accept;
  accept.set_offer_id(first.offer().id());
  accept.set_request_id("accept-1");
  ASSERT_OK_AND_ASSIGN(auto accepted, Call(*creators_, &Creators::AcceptOffer, accept));
  ASSERT_OK_AND_ASSIGN(auto accepted_again, Call(*creators_, &Creators::AcceptOffer, accept));
  EXPECT_EQ(accepted_again.offer().state(), v1::OFFER_STATE_ACCEPTED);
  EXPECT_EQ(accepted_again.offer().etag(), accepted.offer().etag());
  EXPECT_EQ(Stats().history_events(), events + 1);

  v1::CreateBrandRequest create;
  *create.mutable_brand() = MakeBrand("");
  create.set_request_id("brand-1");
  ASSERT_OK_AND_ASSIGN(auto brand, Call(*brands_, &Brands::CreateBrand, create));
  ASSERT_OK_AND_ASSIGN(auto brand_again, Call(*brands_, &Brands::CreateBrand, create));
  EXPECT_EQ(brand_again.brand().id(), brand.brand().id());
  EXPECT_EQ(Stats().brands(), 2);
}

TEST_F(OfferFlowTest, ListsOffersByBriefBrandAndCreatorWithStateFilterAndPaging) {
  MustCreateBrief(MakeBrief("bf2", "acme"));
  MustCreateCreator(MakeCreator("kim"));
  v1::Offer a = MustSendOffer("bf1", "jo");
  MustSendOffer("bf1", "kim");
  v1::Offer c = MustSendOffer("bf2", "jo");
  ASSERT_OK(AcceptOffer(a.id()));

  v1::ListOffersRequest by_brief;
  by_brief.set_brief_id("bf1");
  ASSERT_OK_AND_ASSIGN(auto of_brief, Call(*brands_, &Brands::ListOffers, by_brief));
  EXPECT_EQ(of_brief.offers_size(), 2);
  v1::ListOffersRequest by_brand;
  by_brand.set_brand_id("acme");
  by_brand.add_states(v1::OFFER_STATE_PROPOSED);
  by_brand.set_page_size(1);
  ASSERT_OK_AND_ASSIGN(auto page1, Call(*brands_, &Brands::ListOffers, by_brand));
  ASSERT_EQ(page1.offers_size(), 1);
  ASSERT_FALSE(page1.next_page_token().empty());
  by_brand.set_page_token(page1.next_page_token());
  ASSERT_OK_AND_ASSIGN(auto page2, Call(*brands_, &Brands::ListOffers, by_brand));
  ASSERT_EQ(page2.offers_size(), 1);
  EXPECT_TRUE(page2.next_page_token().empty());
  EXPECT_NE(page1.offers(0).id(), page2.offers(0).id());

  v1::ListOffersRequest neither;
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::ListOffers, neither),
                     absl::StatusCode::kInvalidArgument);

  v1::ListCreatorOffersRequest of_jo;
  of_jo.set_creator_id("jo");
  ASSERT_OK_AND_ASSIGN(auto jo_offers, Call(*creators_, &Creators::ListCreatorOffers, of_jo));
  ASSERT_EQ(jo_offers.offers_size(), 2);
  EXPECT_LT(jo_offers.offers(0).id(), jo_offers.offers(1).id());  // ids sort by creation
  EXPECT_EQ(jo_offers.offers(1).id(), c.id());

  v1::CreatorServiceGetOfferRequest get;
  get.set_offer_id(a.id());
  ASSERT_OK_AND_ASSIGN(auto got, Call(*creators_, &Creators::GetOffer, get));
  EXPECT_EQ(got.offer().state(), v1::OFFER_STATE_ACCEPTED);
  get.set_offer_id("of-nope");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::GetOffer, get), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace matchmaker::testing
