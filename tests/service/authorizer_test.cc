// Authorizer unit tests: the policy of docs/authorization.md decided over a real store, one
// principal at a time, without gRPC. The matrix over the whole server is
// authorization_matrix_test.cc.

#include "server/service/authorizer.h"

#include <memory>
#include <string>

#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/brand_operations.h"
#include "server/service/brief_operations.h"
#include "server/service/creator_operations.h"
#include "server/service/offer_operations.h"
#include "server/service/operation_context.h"
#include "storage/store.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::service {
namespace {

using auth::Principal;
using StatusCode = absl::StatusCode;

class AuthorizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = storage::Store::Open({dir_.Sub("db"), 64});
    ASSERT_OK(store);
    store_ = *std::move(store);
    ctx_ = std::make_unique<OperationContext>(store_.get(), ServiceConfig());
    authorizer_ = std::make_unique<Authorizer>(*ctx_);

    for (const char* brand : {"b1", "b2"}) {
      v1::CreateBrandRequest request;
      request.mutable_brand()->set_id(brand);
      request.mutable_brand()->set_display_name(std::string("Brand ") + brand);
      request.mutable_brand()->set_category("food/snacks");
      ASSERT_OK(BrandOperations(*ctx_).Create(request));
    }
    for (const char* creator : {"c1", "c2"}) {
      v1::CreateCreatorRequest request;
      request.mutable_creator()->set_id(creator);
      request.mutable_creator()->set_display_name(std::string("Creator ") + creator);
      ASSERT_OK(CreatorOperations(*ctx_).Create(request));
    }
    CreateBrief("b1-open", "b1", v1::BRIEF_STATUS_OPEN);
    CreateBrief("b2-open", "b2", v1::BRIEF_STATUS_OPEN);
    CreateBrief("b2-draft", "b2", v1::BRIEF_STATUS_DRAFT);
    b1_offer_to_c1_ = SendOffer("b1-open", "c1");
    b2_offer_to_c2_ = SendOffer("b2-open", "c2");
  }

  void CreateBrief(const std::string& id, const std::string& brand, v1::BriefStatus status) {
    v1::CreateBriefRequest request;
    request.mutable_brief()->set_id(id);
    request.mutable_brief()->set_brand_id(brand);
    request.mutable_brief()->set_title("Brief " + id);
    request.mutable_brief()->set_status(status);
    ASSERT_OK(BriefOperations(*ctx_).Create(request));
  }

  std::string SendOffer(const std::string& brief, const std::string& creator) {
    v1::SendOfferRequest request;
    request.set_brief_id(brief);
    request.set_creator_id(creator);
    request.mutable_terms()->set_fee_cents(10000);
    auto response = OfferOperations(*ctx_).Send(request);
    EXPECT_OK(response);
    return response.ok() ? response->offer().id() : "";
  }

  template <typename Request>
  absl::Status Authorize(const Principal& principal, Request request) const {
    return authorizer_->Authorize(principal, request);
  }

  // The status the operations give for a brief / offer that does not exist, with the id
  // replaced by `id`: what a foreign record must look like to a tenant.
  absl::Status MissingBrief(const std::string& id) const {
    v1::GetBriefRequest request;
    request.set_brief_id("no-such-brief");
    absl::Status missing = BriefOperations(*ctx_).Get(request).status();
    return absl::Status(missing.code(),
                        absl::StrReplaceAll(missing.message(), {{"no-such-brief", id}}));
  }
  absl::Status MissingOffer(const std::string& id) const {
    absl::Status missing = OfferOperations(*ctx_).Get("of-no-such-offer").status();
    return absl::Status(missing.code(),
                        absl::StrReplaceAll(missing.message(), {{"of-no-such-offer", id}}));
  }

  const Principal admin_ = Principal::Admin();
  const Principal anonymous_ = Principal::Anonymous();
  const Principal b1_ = Principal::Brand("b1");
  const Principal c1_ = Principal::Creator("c1");

  testing::TempDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<OperationContext> ctx_;
  std::unique_ptr<Authorizer> authorizer_;
  std::string b1_offer_to_c1_;
  std::string b2_offer_to_c2_;
};

v1::GetBriefRequest GetBrief(const std::string& id) {
  v1::GetBriefRequest request;
  request.set_brief_id(id);
  return request;
}

v1::GetOfferRequest BrandGetOffer(const std::string& id) {
  v1::GetOfferRequest request;
  request.set_offer_id(id);
  return request;
}

v1::AcceptOfferRequest AcceptOffer(const std::string& id) {
  v1::AcceptOfferRequest request;
  request.set_offer_id(id);
  return request;
}

TEST_F(AuthorizerTest, AdminReachesEverythingIncludingAdminService) {
  EXPECT_OK(Authorize(admin_, GetBrief("b2-open")));
  EXPECT_OK(Authorize(admin_, GetBrief("no-such-brief")));
  EXPECT_OK(Authorize(admin_, BrandGetOffer(b2_offer_to_c2_)));
  EXPECT_OK(Authorize(admin_, AcceptOffer(b2_offer_to_c2_)));
  EXPECT_OK(Authorize(admin_, v1::ListBrandsRequest()));
  EXPECT_OK(Authorize(admin_, v1::ListCreatorsRequest()));
  EXPECT_OK(Authorize(admin_, v1::GetStatsRequest()));
  EXPECT_OK(Authorize(admin_, v1::CreateApiKeyRequest()));
}

TEST_F(AuthorizerTest, AdminServiceAndDirectoriesAreAdminOnly) {
  for (const Principal& principal : {b1_, c1_, anonymous_}) {
    absl::Status status = Authorize(principal, v1::GetStatsRequest());
    EXPECT_EQ(status.code(), StatusCode::kPermissionDenied) << principal.ToString();
    EXPECT_NE(
        status.message().find("may not call matchmaker.v1.AdminService/GetStats; it needs admin"),
        absl::string_view::npos)
        << status;
    EXPECT_STATUS_CODE(Authorize(principal, v1::CreateApiKeyRequest()),
                       StatusCode::kPermissionDenied);
    EXPECT_STATUS_CODE(Authorize(principal, v1::ListBrandsRequest()),
                       StatusCode::kPermissionDenied);
    EXPECT_STATUS_CODE(Authorize(principal, v1::ListCreatorsRequest()),
                       StatusCode::kPermissionDenied);
  }
}

TEST_F(AuthorizerTest, EachTenantKindStaysInItsOwnService) {
  absl::Status creator_in_brand_service = Authorize(c1_, GetBrief("b1-open"));
  EXPECT_EQ(creator_in_brand_service.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(creator_in_brand_service.message(), "creator/c1 may not call BrandService methods");
  v1::GetCreatorRequest get_creator;
  get_creator.set_creator_id("c1");
  absl::Status brand_in_creator_service = Authorize(b1_, get_creator);
  EXPECT_EQ(brand_in_creator_service.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(brand_in_creator_service.message(), "brand/b1 may not call CreatorService methods");
  // Even the market lookalikes are a brand's tool.
  EXPECT_STATUS_CODE(Authorize(c1_, v1::FindSimilarCreatorsRequest()),
                     StatusCode::kPermissionDenied);
  EXPECT_STATUS_CODE(Authorize(anonymous_, GetBrief("b1-open")), StatusCode::kPermissionDenied);
}

TEST_F(AuthorizerTest, BrandRecordOnlyByTheBrandsOwnId) {
  v1::GetBrandRequest get;
  get.set_brand_id("b1");
  EXPECT_OK(Authorize(b1_, get));
  get.set_brand_id("b2");
  absl::Status other = Authorize(b1_, get);
  EXPECT_EQ(other.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(other.message(), "brand_id: brand/b1 may only address its own brand \"b1\"");
  // A brand that does not exist is refused the same way: no lookup, nothing to learn.
  get.set_brand_id("no-such-brand");
  EXPECT_EQ(Authorize(b1_, get).message(), other.message());

  v1::CreateBrandRequest create;
  create.mutable_brand()->set_id("b1");
  EXPECT_OK(Authorize(b1_, create));
  create.mutable_brand()->clear_id();  // the server would pick an id that is not b1
  EXPECT_STATUS_CODE(Authorize(b1_, create), StatusCode::kPermissionDenied);
  create.mutable_brand()->set_id("b3");
  EXPECT_STATUS_CODE(Authorize(b1_, create), StatusCode::kPermissionDenied);

  v1::UpdateBrandRequest update;
  update.mutable_brand()->set_id("b2");
  EXPECT_STATUS_CODE(Authorize(b1_, update), StatusCode::kPermissionDenied);
  v1::DeleteBrandRequest remove;
  remove.set_brand_id("b2");
  EXPECT_STATUS_CODE(Authorize(b1_, remove), StatusCode::kPermissionDenied);
  v1::ListBrandHistoryRequest history;
  history.set_brand_id("b2");
  EXPECT_STATUS_CODE(Authorize(b1_, history), StatusCode::kPermissionDenied);
  history.set_brand_id("b1");
  EXPECT_OK(Authorize(b1_, history));
}

TEST_F(AuthorizerTest, AnotherBrandsBriefLooksExactlyLikeAMissingOne) {
  EXPECT_OK(Authorize(b1_, GetBrief("b1-open")));
  const absl::Status foreign = Authorize(b1_, GetBrief("b2-open"));
  EXPECT_EQ(foreign, MissingBrief("b2-open"));
  EXPECT_EQ(foreign.code(), StatusCode::kNotFound);
  EXPECT_EQ(Authorize(b1_, GetBrief("b2-draft")), MissingBrief("b2-draft"));
  EXPECT_EQ(Authorize(b1_, GetBrief("no-such")), MissingBrief("no-such"));

  v1::SendOfferRequest send;
  send.set_brief_id("b2-open");
  send.set_creator_id("c1");
  EXPECT_EQ(Authorize(b1_, send), MissingBrief("b2-open"));
  v1::FindCreatorsRequest find;
  find.set_brief_id("b2-open");
  EXPECT_EQ(Authorize(b1_, find), MissingBrief("b2-open"));
  v1::ExplainMatchRequest explain;
  explain.set_brief_id("b2-open");
  explain.set_creator_id("c2");
  EXPECT_EQ(Authorize(b1_, explain), MissingBrief("b2-open"));
  explain.set_brief_id("b1-open");  // any creator of the market
  EXPECT_OK(Authorize(b1_, explain));
  v1::PlanCampaignRequest plan;
  plan.set_brief_id("b2-open");
  EXPECT_EQ(Authorize(b1_, plan), MissingBrief("b2-open"));
  v1::DeleteBriefRequest remove;
  remove.set_brief_id("b2-open");
  EXPECT_EQ(Authorize(b1_, remove), MissingBrief("b2-open"));
  v1::ListBriefHistoryRequest history;
  history.set_brief_id("b2-open");
  EXPECT_EQ(Authorize(b1_, history), MissingBrief("b2-open"));
}

TEST_F(AuthorizerTest, BriefsAreCreatedAndKeptInTheBrandsOwnName) {
  v1::CreateBriefRequest create;
  create.mutable_brief()->set_brand_id("b1");
  EXPECT_OK(Authorize(b1_, create));
  create.mutable_brief()->set_brand_id("b2");
  EXPECT_STATUS_CODE(Authorize(b1_, create), StatusCode::kPermissionDenied);

  v1::UpdateBriefRequest update;
  update.mutable_brief()->set_id("b1-open");
  EXPECT_OK(Authorize(b1_, update));
  update.mutable_brief()->set_brand_id("b1");
  EXPECT_OK(Authorize(b1_, update));
  update.mutable_brief()->set_brand_id("b2");  // handing the brief to another brand
  EXPECT_STATUS_CODE(Authorize(b1_, update), StatusCode::kPermissionDenied);
  update.mutable_brief()->set_id("b2-open");  // taking another brand's brief
  update.mutable_brief()->set_brand_id("b1");
  EXPECT_EQ(Authorize(b1_, update), MissingBrief("b2-open"));
}

TEST_F(AuthorizerTest, AnAuthorizedBriefUpdateCannotStripOrMoveTheBrand) {
  // What the update path itself allows once authorization passed: a mask naming brand_id with
  // an empty value, and a full replacement without brand_id, must not leave the brief with
  // another (or no) owner.
  v1::UpdateBriefRequest masked;
  masked.mutable_brief()->set_id("b1-open");
  masked.mutable_update_mask()->add_paths("brand_id");
  ASSERT_OK(authorizer_->Authorize(b1_, masked));
  EXPECT_FALSE(BriefOperations(*ctx_).Update(masked).ok());
  v1::UpdateBriefRequest replaced;
  replaced.mutable_brief()->set_id("b1-open");
  replaced.mutable_brief()->set_title("Replaced");
  ASSERT_OK(authorizer_->Authorize(b1_, replaced));
  auto result = BriefOperations(*ctx_).Update(replaced);
  if (result.ok()) {
    EXPECT_EQ(result->brief().brand_id(), "b1");
  }
  ASSERT_OK_AND_ASSIGN(v1::GetBriefResponse stored,
                       BriefOperations(*ctx_).Get(GetBrief("b1-open")));
  EXPECT_EQ(stored.brief().brand_id(), "b1");
}

TEST_F(AuthorizerTest, ListBriefsIsNarrowedToTheCallersBrand) {
  v1::ListBriefsRequest list;
  ASSERT_OK(authorizer_->Authorize(b1_, list));
  EXPECT_EQ(list.brand_id(), "b1");
  list.set_brand_id("b2");
  EXPECT_STATUS_CODE(authorizer_->Authorize(b1_, list), StatusCode::kPermissionDenied);
  v1::ListBriefsRequest everyone;
  ASSERT_OK(authorizer_->Authorize(admin_, everyone));
  EXPECT_EQ(everyone.brand_id(), "");
}

TEST_F(AuthorizerTest, ListOffersIsNarrowedToTheCallersBrandAndBrief) {
  v1::ListOffersRequest by_brief;
  by_brief.set_brief_id("b1-open");
  ASSERT_OK(authorizer_->Authorize(b1_, by_brief));
  EXPECT_EQ(by_brief.brand_id(), "b1");
  EXPECT_EQ(by_brief.brief_id(), "b1-open");

  v1::ListOffersRequest foreign_brief;
  foreign_brief.set_brief_id("b2-open");
  EXPECT_EQ(authorizer_->Authorize(b1_, foreign_brief), MissingBrief("b2-open"));

  v1::ListOffersRequest foreign_brand;
  foreign_brand.set_brand_id("b2");
  EXPECT_STATUS_CODE(authorizer_->Authorize(b1_, foreign_brand), StatusCode::kPermissionDenied);

  v1::ListOffersRequest own_brand;
  own_brand.set_brand_id("b1");
  EXPECT_OK(authorizer_->Authorize(b1_, own_brand));
  EXPECT_EQ(own_brand.brand_id(), "b1");
}

TEST_F(AuthorizerTest, ListOffersOperationAppliesBriefAndBrandTogether) {
  // What the narrowing above relies on: both filters hold at once.
  v1::ListOffersRequest request;
  request.set_brief_id("b1-open");
  request.set_brand_id("b2");
  ASSERT_OK_AND_ASSIGN(v1::ListOffersResponse mismatched, OfferOperations(*ctx_).List(request));
  EXPECT_EQ(mismatched.offers_size(), 0);
  request.set_brand_id("b1");
  ASSERT_OK_AND_ASSIGN(v1::ListOffersResponse matched, OfferOperations(*ctx_).List(request));
  ASSERT_EQ(matched.offers_size(), 1);
  EXPECT_EQ(matched.offers(0).id(), b1_offer_to_c1_);
}

TEST_F(AuthorizerTest, OffersReachOnlyTheirBrandAndTheirCreator) {
  EXPECT_OK(Authorize(b1_, BrandGetOffer(b1_offer_to_c1_)));
  EXPECT_EQ(Authorize(b1_, BrandGetOffer(b2_offer_to_c2_)), MissingOffer(b2_offer_to_c2_));
  EXPECT_EQ(Authorize(b1_, BrandGetOffer("of-missing")), MissingOffer("of-missing"));
  v1::CancelOfferRequest brand_cancel;
  brand_cancel.set_offer_id(b2_offer_to_c2_);
  EXPECT_EQ(Authorize(b1_, brand_cancel), MissingOffer(b2_offer_to_c2_));
  v1::CompleteOfferRequest complete;
  complete.set_offer_id(b2_offer_to_c2_);
  EXPECT_EQ(Authorize(b1_, complete), MissingOffer(b2_offer_to_c2_));

  EXPECT_OK(Authorize(c1_, AcceptOffer(b1_offer_to_c1_)));
  EXPECT_EQ(Authorize(c1_, AcceptOffer(b2_offer_to_c2_)), MissingOffer(b2_offer_to_c2_));
  v1::CreatorServiceGetOfferRequest get;
  get.set_offer_id(b2_offer_to_c2_);
  EXPECT_EQ(Authorize(c1_, get), MissingOffer(b2_offer_to_c2_));
  v1::WithdrawApplicationRequest withdraw;
  withdraw.set_offer_id(b2_offer_to_c2_);
  EXPECT_EQ(Authorize(c1_, withdraw), MissingOffer(b2_offer_to_c2_));
  get.set_offer_id(b1_offer_to_c1_);
  EXPECT_OK(Authorize(c1_, get));
  // A brand is the other party of c1's offer, but in CreatorService it is not the creator.
  EXPECT_STATUS_CODE(Authorize(b1_, AcceptOffer(b1_offer_to_c1_)), StatusCode::kPermissionDenied);
}

TEST_F(AuthorizerTest, CreatorActsOnlyAsItself) {
  v1::UpdateCreatorRequest update;
  update.mutable_creator()->set_id("c1");
  EXPECT_OK(Authorize(c1_, update));
  update.mutable_creator()->set_id("c2");
  absl::Status other = Authorize(c1_, update);
  EXPECT_EQ(other.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(other.message(), "creator.id: creator/c1 may only address its own creator \"c1\"");

  v1::CreateCreatorRequest create;
  EXPECT_STATUS_CODE(Authorize(c1_, create), StatusCode::kPermissionDenied);  // empty id
  create.mutable_creator()->set_id("c1");
  EXPECT_OK(Authorize(c1_, create));

  v1::ListCreatorOffersRequest offers;
  offers.set_creator_id("c2");
  EXPECT_STATUS_CODE(Authorize(c1_, offers), StatusCode::kPermissionDenied);
  v1::ListSuitableBriefsRequest suitable;
  suitable.set_creator_id("c2");
  EXPECT_STATUS_CODE(Authorize(c1_, suitable), StatusCode::kPermissionDenied);
  suitable.set_creator_id("c1");
  EXPECT_OK(Authorize(c1_, suitable));
  v1::ApplyToBriefRequest apply;
  apply.set_creator_id("c2");
  apply.set_brief_id("b2-open");
  EXPECT_STATUS_CODE(Authorize(c1_, apply), StatusCode::kPermissionDenied);
}

TEST_F(AuthorizerTest, CreatorsSeePublishedBriefsOfEveryBrandButNoDrafts) {
  v1::ApplyToBriefRequest apply;
  apply.set_creator_id("c1");
  apply.set_brief_id("b2-open");
  EXPECT_OK(Authorize(c1_, apply));
  apply.set_brief_id("b2-draft");
  EXPECT_EQ(Authorize(c1_, apply), MissingBrief("b2-draft"));
  apply.set_brief_id("no-such");
  EXPECT_EQ(Authorize(c1_, apply), MissingBrief("no-such"));
  v1::HideBriefRequest hide;
  hide.set_creator_id("c1");
  hide.set_brief_id("b2-draft");
  EXPECT_EQ(Authorize(c1_, hide), MissingBrief("b2-draft"));
  v1::UnhideBriefRequest unhide;
  unhide.set_creator_id("c1");
  unhide.set_brief_id("b1-open");
  EXPECT_OK(Authorize(c1_, unhide));
  // Admin addresses drafts like any other brief.
  apply.set_brief_id("b2-draft");
  EXPECT_OK(Authorize(admin_, apply));
}

}  // namespace
}  // namespace matchmaker::service
