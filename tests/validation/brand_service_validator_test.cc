#include "server/validation/brand_service_validator.h"

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
using ::matchmaker::validation::testing::ValidBrand;
using ::matchmaker::validation::testing::ValidBrief;
using ::matchmaker::validation::testing::ViolationFields;
using ::testing::ElementsAre;

template <typename Request>
absl::Status V(const std::string& text) {
  return Validate(ParseText<Request>(text), TestContext());
}

TEST(BrandServiceValidatorTest, CreateBrand) {
  v1::CreateBrandRequest ok;
  *ok.mutable_brand() = ValidBrand();
  ok.set_request_id("req-1");
  v1::CreateBrandRequest bad = ok;
  bad.mutable_brand()->set_category("Food");
  bad.set_request_id(std::string(kMaxRequestIdLength + 1, 'r'));
  ExpectCases({
      {"valid", Validate(ok, TestContext()), {}},
      {"brand missing", V<v1::CreateBrandRequest>(""), {"brand"}},
      {"bad fields", Validate(bad, TestContext()), {"brand.category", "request_id"}},
  });
  EXPECT_EQ(Validate(bad, TestContext()).message(),
            "invalid CreateBrandRequest: brand.category: must be lower-case segments of "
            "[a-z0-9-] separated by '/', e.g. \"food/desserts\" (got \"Food\") (and 1 more)");
}

TEST(BrandServiceValidatorTest, GetAndDeleteBrand) {
  ExpectCases({
      {"get", V<v1::GetBrandRequest>(R"pb(brand_id: "br-acme")pb"), {}},
      {"get without id", V<v1::GetBrandRequest>(""), {"brand_id"}},
      {"delete", V<v1::DeleteBrandRequest>(R"pb(brand_id: "b" etag: "e1" request_id: "r")pb"), {}},
      {"delete bad",
       V<v1::DeleteBrandRequest>(R"pb(brand_id: "B" etag: "e\n" request_id: "r\t")pb"),
       {"brand_id", "etag", "request_id"}},
  });
}

TEST(BrandServiceValidatorTest, UpdateBrand) {
  v1::UpdateBrandRequest ok;
  *ok.mutable_brand() = ValidBrand();
  ok.mutable_update_mask()->add_paths("display_name");
  ok.mutable_update_mask()->add_paths("location.city");

  v1::UpdateBrandRequest masked_out = ok;  // the bad field is not in the mask
  masked_out.mutable_brand()->set_category("BAD");
  v1::UpdateBrandRequest masked_in = masked_out;
  masked_in.mutable_update_mask()->add_paths("category");
  v1::UpdateBrandRequest no_mask = masked_out;
  no_mask.clear_update_mask();
  v1::UpdateBrandRequest bad_mask = ok;
  bad_mask.mutable_update_mask()->add_paths("etag");
  v1::UpdateBrandRequest no_id = ok;
  no_id.mutable_brand()->clear_id();

  ExpectCases({
      {"valid", Validate(ok, TestContext()), {}},
      {"invalid field outside the mask", Validate(masked_out, TestContext()), {}},
      {"invalid field in the mask", Validate(masked_in, TestContext()), {"brand.category"}},
      {"empty mask validates everything", Validate(no_mask, TestContext()), {"brand.category"}},
      {"output-only mask path", Validate(bad_mask, TestContext()), {"update_mask.paths[2]"}},
      {"id required", Validate(no_id, TestContext()), {"brand.id"}},
      {"brand required", V<v1::UpdateBrandRequest>(""), {"brand"}},
  });
}

TEST(BrandServiceValidatorTest, ListBrands) {
  ExpectCases({
      {"defaults", V<v1::ListBrandsRequest>(""), {}},
      {"filters",
       V<v1::ListBrandsRequest>(R"pb(page_size: 1000 page_token: "abc" category: "food")pb"),
       {}},
      {"bad",
       V<v1::ListBrandsRequest>(R"pb(page_size: 1001 category: "Food")pb"),
       {"page_size", "category"}},
      {"negative page size", V<v1::ListBrandsRequest>(R"pb(page_size: -1)pb"), {"page_size"}},
  });
}

TEST(BrandServiceValidatorTest, Briefs) {
  v1::CreateBriefRequest create;
  *create.mutable_brief() = ValidBrief();
  v1::CreateBriefRequest no_brand = create;
  no_brand.mutable_brief()->clear_brand_id();
  no_brand.mutable_brief()->clear_id();

  v1::UpdateBriefRequest update;
  *update.mutable_brief() = ValidBrief();
  update.mutable_brief()->clear_brand_id();  // immutable: need not be repeated
  update.mutable_update_mask()->add_paths("budget");
  v1::UpdateBriefRequest bad_budget = update;
  bad_budget.mutable_brief()->mutable_budget()->set_per_creator_max_cents(5000000);
  v1::UpdateBriefRequest brand_in_mask = update;
  brand_in_mask.mutable_update_mask()->add_paths("brand_id");
  v1::UpdateBriefRequest bad_brand = update;
  bad_brand.mutable_brief()->set_brand_id("Not An Id");

  ExpectCases({
      {"create", Validate(create, TestContext()), {}},
      {"create without brand", Validate(no_brand, TestContext()), {"brief.brand_id"}},
      {"create without brief", V<v1::CreateBriefRequest>(""), {"brief"}},
      {"get", V<v1::GetBriefRequest>(R"pb(brief_id: "bf-1")pb"), {}},
      {"get bad", V<v1::GetBriefRequest>(R"pb(brief_id: "bf 1")pb"), {"brief_id"}},
      {"update", Validate(update, TestContext()), {}},
      {"update budget",
       Validate(bad_budget, TestContext()),
       {"brief.budget.per_creator_max_cents"}},
      {"update brand_id", Validate(brand_in_mask, TestContext()), {"update_mask.paths[1]"}},
      {"update bad brand_id", Validate(bad_brand, TestContext()), {"brief.brand_id"}},
      {"list", V<v1::ListBriefsRequest>(R"pb(brand_id: "br" statuses: BRIEF_STATUS_OPEN)pb"), {}},
      {"list bad",
       V<v1::ListBriefsRequest>(R"pb(page_token: "t"
                                     brand_id: "BR"
                                     statuses: BRIEF_STATUS_UNSPECIFIED)pb"),
       {"brand_id", "statuses[0]"}},
      {"delete", V<v1::DeleteBriefRequest>(R"pb(brief_id: "bf")pb"), {}},
      {"delete bad", V<v1::DeleteBriefRequest>(R"pb(request_id: "r")pb"), {"brief_id"}},
  });
}

TEST(BrandServiceValidatorTest, SendOffer) {
  ExpectCases({
      {"valid",
       V<v1::SendOfferRequest>(R"pb(
         brief_id: "bf"
         creator_id: "cr"
         terms {
           fee_cents: 100
           deliverables { kind: DELIVERABLE_KIND_POST count: 1 }
         }
         expire_time { seconds: 1800000000 })pb"),
       {}},
      {"without terms", V<v1::SendOfferRequest>(R"pb(brief_id: "bf" creator_id: "cr")pb"), {}},
      {"invalid",
       V<v1::SendOfferRequest>(R"pb(
         creator_id: "CR"
         terms {
           fee_cents: -1
           deliverables { count: 1 }
         }
         expire_time { nanos: -1 })pb"),
       {"brief_id", "creator_id", "terms.fee_cents", "terms.deliverables[0].kind",
        "expire_time.nanos"}},
  });
}

TEST(BrandServiceValidatorTest, OfferTransitions) {
  const std::string long_note = std::string(kMaxDescriptionLength + 1, 'n');
  v1::WithdrawOfferRequest withdraw_long;
  withdraw_long.set_offer_id("of-1");
  withdraw_long.set_note(long_note);
  v1::RejectApplicationRequest reject_long;
  reject_long.set_offer_id("of-1");
  reject_long.set_note(long_note);
  v1::CancelOfferRequest cancel_long;
  cancel_long.set_offer_id("of-1");
  cancel_long.set_note(long_note);
  ExpectCases({
      {"withdraw", V<v1::WithdrawOfferRequest>(R"pb(offer_id: "of-1" note: "sorry")pb"), {}},
      {"withdraw no id", V<v1::WithdrawOfferRequest>(R"pb(note: "x")pb"), {"offer_id"}},
      {"withdraw long note", Validate(withdraw_long, TestContext()), {"note"}},
      {"accept counter", V<v1::AcceptCounterOfferRequest>(R"pb(offer_id: "of-1" etag: "7")pb"), {}},
      {"accept counter bad",
       V<v1::AcceptCounterOfferRequest>(R"pb(etag: "\x01")pb"),
       {"offer_id", "etag"}},
      {"accept application", V<v1::AcceptApplicationRequest>(R"pb(offer_id: "of-1")pb"), {}},
      {"accept application bad", V<v1::AcceptApplicationRequest>(""), {"offer_id"}},
      {"reject", V<v1::RejectApplicationRequest>(R"pb(offer_id: "of-1")pb"), {}},
      {"reject long note", Validate(reject_long, TestContext()), {"note"}},
      {"complete",
       V<v1::CompleteOfferRequest>(R"pb(offer_id: "of-1"
                                        outcome { reach: 10 clicks: 2 })pb"),
       {}},
      {"complete without outcome",
       V<v1::CompleteOfferRequest>(R"pb(offer_id: "of-1")pb"),
       {"outcome"}},
      {"complete negative counts",
       V<v1::CompleteOfferRequest>(R"pb(offer_id: "of-1"
                                        outcome { reach: -1 conversions: -2 })pb"),
       {"outcome.reach", "outcome.conversions"}},
      {"cancel", V<v1::CancelOfferRequest>(R"pb(offer_id: "of-1" request_id: "r-1")pb"), {}},
      {"cancel long note", Validate(cancel_long, TestContext()), {"note"}},
      {"get", V<v1::GetOfferRequest>(R"pb(offer_id: "of-1")pb"), {}},
      {"get bad", V<v1::GetOfferRequest>(R"pb(offer_id: "OF")pb"), {"offer_id"}},
  });
}

TEST(BrandServiceValidatorTest, ListOffersAndHistory) {
  ExpectCases({
      {"by brief",
       V<v1::ListOffersRequest>(R"pb(brief_id: "bf" states: OFFER_STATE_PROPOSED)pb"),
       {}},
      {"by brand", V<v1::ListOffersRequest>(R"pb(brand_id: "br")pb"), {}},
      {"neither", V<v1::ListOffersRequest>(""), {"brief_id"}},
      {"both", V<v1::ListOffersRequest>(R"pb(brief_id: "bf" brand_id: "br")pb"), {"brief_id"}},
      {"bad state", V<v1::ListOffersRequest>(R"pb(brand_id: "br" states: 77)pb"), {"states[0]"}},
      {"brand history",
       V<v1::ListBrandHistoryRequest>(R"pb(brand_id: "br"
                                           start_time { seconds: 5 })pb"),
       {}},
      {"brand history bad",
       V<v1::ListBrandHistoryRequest>(R"pb(page_size: 5000
                                           start_time { nanos: -4 })pb"),
       {"brand_id", "page_size", "start_time.nanos"}},
      {"brief history", V<v1::ListBriefHistoryRequest>(R"pb(brief_id: "bf" page_size: 10)pb"), {}},
      {"brief history bad", V<v1::ListBriefHistoryRequest>(R"pb(brief_id: "")pb"), {"brief_id"}},
  });
  EXPECT_EQ(
      V<v1::ListOffersRequest>("").message(),
      "invalid ListOffersRequest: brief_id: exactly one of brief_id and brand_id is required");
}

}  // namespace
}  // namespace matchmaker::validation
