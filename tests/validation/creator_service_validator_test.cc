#include "server/validation/creator_service_validator.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/validation/limits.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::ExpectCases;
using ::matchmaker::validation::testing::ParseText;
using ::matchmaker::validation::testing::TestContext;
using ::matchmaker::validation::testing::ValidCreator;
using ::matchmaker::validation::testing::ViolationFields;
using ::testing::ElementsAre;

template <typename Request>
absl::Status V(const std::string& text) {
  return Validate(ParseText<Request>(text), TestContext());
}

TEST(CreatorServiceValidatorTest, CreateCreator) {
  v1::CreateCreatorRequest ok;
  *ok.mutable_creator() = ValidCreator();
  v1::CreateCreatorRequest bad = ok;
  bad.mutable_creator()->mutable_accounts(0)->set_followers(-1);
  bad.mutable_creator()
      ->mutable_accounts(0)
      ->mutable_audience()
      ->mutable_top_countries(0)
      ->set_fraction(1.5);
  bad.mutable_creator()->mutable_niches(0)->set_weight(0);
  ExpectCases({
      {"valid", Validate(ok, TestContext()), {}},
      {"creator missing", V<v1::CreateCreatorRequest>(R"pb(request_id: "r")pb"), {"creator"}},
      {"minimal creator", V<v1::CreateCreatorRequest>(R"pb(creator {})pb"), {}},
      {"bad",
       Validate(bad, TestContext()),
       {"creator.accounts[0].followers", "creator.accounts[0].audience.top_countries[0].fraction",
        "creator.niches[0].weight"}},
  });
  EXPECT_EQ(Validate(bad, TestContext()).message(),
            "invalid CreateCreatorRequest: creator.accounts[0].followers: must be >= 0 (got -1) "
            "(and 2 more)");
}

TEST(CreatorServiceValidatorTest, UpdateCreator) {
  v1::UpdateCreatorRequest ok;
  *ok.mutable_creator() = ValidCreator();
  ok.mutable_update_mask()->add_paths("accounts");
  ok.mutable_update_mask()->add_paths("preferences.min_fee_cents");

  v1::UpdateCreatorRequest bad_accounts = ok;
  bad_accounts.mutable_creator()->mutable_accounts(1)->set_avg_comments(-1);
  v1::UpdateCreatorRequest bad_outside = ok;
  bad_outside.mutable_creator()->mutable_niches(0)->set_weight(7);
  bad_outside.mutable_creator()->mutable_preferences()->set_blocked_categories(0, "X");
  v1::UpdateCreatorRequest bad_inside = ok;
  bad_inside.mutable_creator()->mutable_preferences()->set_min_fee_cents(-1);
  v1::UpdateCreatorRequest empty_mask = bad_outside;
  empty_mask.clear_update_mask();
  v1::UpdateCreatorRequest bad_mask = ok;
  bad_mask.mutable_update_mask()->add_paths("tier");
  bad_mask.mutable_update_mask()->add_paths("unknown_field");
  bad_mask.mutable_creator()->set_id("");

  ExpectCases({
      {"valid", Validate(ok, TestContext()), {}},
      {"bad masked list",
       Validate(bad_accounts, TestContext()),
       {"creator.accounts[1].avg_comments"}},
      {"bad fields outside the mask", Validate(bad_outside, TestContext()), {}},
      {"bad nested field in the mask",
       Validate(bad_inside, TestContext()),
       {"creator.preferences.min_fee_cents"}},
      {"empty mask checks every writable field",
       Validate(empty_mask, TestContext()),
       {"creator.niches[0].weight", "creator.preferences.blocked_categories[0]"}},
      {"bad mask and id",
       Validate(bad_mask, TestContext()),
       {"creator.id", "update_mask.paths[2]", "update_mask.paths[3]"}},
      {"creator required", V<v1::UpdateCreatorRequest>(""), {"creator"}},
  });
}

TEST(CreatorServiceValidatorTest, GetListDeleteCreators) {
  ExpectCases({
      {"get", V<v1::GetCreatorRequest>(R"pb(creator_id: "cr-1")pb"), {}},
      {"get bad", V<v1::GetCreatorRequest>(""), {"creator_id"}},
      {"list",
       V<v1::ListCreatorsRequest>(R"pb(
         page_size: 20
         niche: "food"
         platform: PLATFORM_TIKTOK
         country_code: "US"
         min_followers: 1000
         max_followers: 0
         tier: TIER_MICRO)pb"),
       {}},
      {"list bad",
       V<v1::ListCreatorsRequest>(R"pb(
         page_size: -5
         niche: "Food"
         platform: 42
         country_code: "usa"
         min_followers: 100
         max_followers: 10
         tier: 9)pb"),
       {"page_size", "niche", "platform", "country_code", "max_followers", "tier"}},
      {"list negative min",
       V<v1::ListCreatorsRequest>(R"pb(min_followers: -1)pb"),
       {"min_followers"}},
      {"delete", V<v1::DeleteCreatorRequest>(R"pb(creator_id: "cr" etag: "x")pb"), {}},
      {"delete bad", V<v1::DeleteCreatorRequest>(R"pb(creator_id: "c r")pb"), {"creator_id"}},
  });
}

TEST(CreatorServiceValidatorTest, OpenBriefsAndHiding) {
  ExpectCases({
      {"open briefs", V<v1::ListOpenBriefsRequest>(R"pb(creator_id: "cr" niche: "food")pb"), {}},
      {"open briefs anonymous", V<v1::ListOpenBriefsRequest>(""), {}},
      {"open briefs bad",
       V<v1::ListOpenBriefsRequest>(R"pb(creator_id: "CR" niche: "a//b" platform: -1)pb"),
       {"creator_id", "niche", "platform"}},
      {"hide", V<v1::HideBriefRequest>(R"pb(creator_id: "cr" brief_id: "bf")pb"), {}},
      {"hide bad", V<v1::HideBriefRequest>(R"pb(brief_id: "bf")pb"), {"creator_id"}},
      {"unhide", V<v1::UnhideBriefRequest>(R"pb(creator_id: "cr" brief_id: "bf")pb"), {}},
      {"unhide bad",
       V<v1::UnhideBriefRequest>(R"pb(creator_id: "cr" request_id: "\x7f")pb"),
       {"brief_id", "request_id"}},
  });
}

TEST(CreatorServiceValidatorTest, ApplicationsAndOffers) {
  ExpectCases({
      {"apply",
       V<v1::ApplyToBriefRequest>(R"pb(creator_id: "cr"
                                       brief_id: "bf"
                                       terms { fee_cents: 5 })pb"),
       {}},
      {"apply bad",
       V<v1::ApplyToBriefRequest>(R"pb(creator_id: "cr"
                                       terms { compensation { kind: 99 } })pb"),
       {"brief_id", "terms.compensation[0].kind"}},
      {"withdraw application", V<v1::WithdrawApplicationRequest>(R"pb(offer_id: "of")pb"), {}},
      {"withdraw application bad", V<v1::WithdrawApplicationRequest>(""), {"offer_id"}},
      {"accept", V<v1::AcceptOfferRequest>(R"pb(offer_id: "of" etag: "e")pb"), {}},
      {"accept bad",
       V<v1::AcceptOfferRequest>(R"pb(offer_id: "of" request_id: "\n")pb"),
       {"request_id"}},
      {"decline",
       V<v1::DeclineOfferRequest>(
           R"pb(offer_id: "of" reason: DECLINE_REASON_COMPENSATION_TOO_LOW)pb"),
       {}},
      {"decline without reason", V<v1::DeclineOfferRequest>(R"pb(offer_id: "of")pb"), {"reason"}},
      {"decline unknown reason",
       V<v1::DeclineOfferRequest>(R"pb(offer_id: "of" reason: 12)pb"),
       {"reason"}},
      {"counter",
       V<v1::CounterOfferRequest>(R"pb(offer_id: "of"
                                       terms { fee_cents: 90000 long_term: true })pb"),
       {}},
      {"counter without terms", V<v1::CounterOfferRequest>(R"pb(offer_id: "of")pb"), {"terms"}},
      {"counter bad terms",
       V<v1::CounterOfferRequest>(R"pb(offer_id: "of"
                                       terms { deliverables { kind: DELIVERABLE_KIND_POST } })pb"),
       {"terms.deliverables[0].count"}},
      {"cancel", V<v1::CreatorServiceCancelOfferRequest>(R"pb(offer_id: "of")pb"), {}},
      {"cancel bad", V<v1::CreatorServiceCancelOfferRequest>(R"pb(etag: "e")pb"), {"offer_id"}},
      {"get", V<v1::CreatorServiceGetOfferRequest>(R"pb(offer_id: "of")pb"), {}},
      {"get bad", V<v1::CreatorServiceGetOfferRequest>(""), {"offer_id"}},
      {"list offers",
       V<v1::ListCreatorOffersRequest>(R"pb(creator_id: "cr" states: OFFER_STATE_ACCEPTED)pb"),
       {}},
      {"list offers bad",
       V<v1::ListCreatorOffersRequest>(R"pb(states: OFFER_STATE_UNSPECIFIED)pb"),
       {"creator_id", "states[0]"}},
      {"history", V<v1::ListCreatorHistoryRequest>(R"pb(creator_id: "cr")pb"), {}},
      {"history bad",
       V<v1::ListCreatorHistoryRequest>(R"pb(creator_id: "cr"
                                             start_time { seconds: -99999999999999 })pb"),
       {"start_time.seconds"}},
  });
  EXPECT_EQ(V<v1::DeclineOfferRequest>(R"pb(offer_id: "of")pb").message(),
            "invalid DeclineOfferRequest: reason: is required (DECLINE_REASON_UNSPECIFIED is not "
            "allowed)");
}

}  // namespace
}  // namespace matchmaker::validation
