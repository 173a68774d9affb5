// BrandService over real gRPC: brands and briefs (offers are in offer_flow_test.cc).

#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using Brands = v1::BrandService::Stub;

class BrandServiceTest : public ServerFixture {};

TEST_F(BrandServiceTest, CreateBrandWithoutIdGeneratesIdTimesAndEtag) {
  v1::Brand brand = MustCreateBrand(MakeBrand(""));
  EXPECT_EQ(brand.id().rfind("br-", 0), 0u) << brand.id();
  EXPECT_EQ(brand.id().size(), 15u);
  EXPECT_FALSE(brand.etag().empty());
  EXPECT_TRUE(brand.has_create_time());
  EXPECT_TRUE(brand.has_update_time());
}

TEST_F(BrandServiceTest, CreateBrandWithTakenIdIsAlreadyExistsAndChangesNothing) {
  MustCreateBrand(MakeBrand("acme"));
  const int64_t events = Stats().history_events();
  v1::CreateBrandRequest request;
  *request.mutable_brand() = MakeBrand("acme");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::CreateBrand, request),
                     absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(Stats().history_events(), events);
  EXPECT_EQ(Stats().brands(), 1);
}

TEST_F(BrandServiceTest, InvalidBrandIsInvalidArgumentWithFieldViolationsInTrailer) {
  v1::CreateBrandRequest request;
  *request.mutable_brand() = MakeBrand("Not An Id!");
  request.mutable_brand()->set_category("Food//");
  auto response = Call(*brands_, &Brands::CreateBrand, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("brand.id"));
  EXPECT_THAT(ViolatedFields(response.status()), Contains("brand.category"));
  EXPECT_EQ(Stats().brands(), 0);
  EXPECT_EQ(Stats().history_events(), 0);
}

TEST_F(BrandServiceTest, GetUnknownBrandIsNotFound) {
  v1::GetBrandRequest request;
  request.set_brand_id("nope");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::GetBrand, request), absl::StatusCode::kNotFound);
}

TEST_F(BrandServiceTest, UpdateWithMaskChangesOnlyMaskedFieldsAndRecordsChangedFields) {
  v1::Brand created = MustCreateBrand(MakeBrand("acme"));
  v1::UpdateBrandRequest request;
  request.mutable_brand()->set_id("acme");
  request.mutable_brand()->set_display_name("ACME Foods");
  request.mutable_brand()->set_category("beauty");  // not in the mask: ignored
  request.mutable_update_mask()->add_paths("display_name");
  ASSERT_OK_AND_ASSIGN(auto updated, Call(*brands_, &Brands::UpdateBrand, request));
  EXPECT_EQ(updated.brand().display_name(), "ACME Foods");
  EXPECT_EQ(updated.brand().category(), "food/snacks");
  EXPECT_NE(updated.brand().etag(), created.etag());
  EXPECT_EQ(updated.brand().create_time().seconds(), created.create_time().seconds());

  v1::ListBrandHistoryRequest history;
  history.set_brand_id("acme");
  ASSERT_OK_AND_ASSIGN(auto events, Call(*brands_, &Brands::ListBrandHistory, history));
  ASSERT_EQ(events.events_size(), 2);
  EXPECT_EQ(events.events(1).type(), v1::EVENT_TYPE_BRAND_UPDATED);
  EXPECT_THAT(events.events(1).changed_fields(), ElementsAre("display_name"));
  EXPECT_EQ(events.events(1).actor(), "brand/acme");
  EXPECT_EQ(events.events(1).brand().display_name(), "ACME Foods");
}

TEST_F(BrandServiceTest, UpdateWithEmptyMaskReplacesEveryWritableField) {
  MustCreateBrand(MakeBrand("acme"));
  v1::UpdateBrandRequest request;
  request.mutable_brand()->set_id("acme");
  request.mutable_brand()->set_category("beauty/skincare");
  ASSERT_OK_AND_ASSIGN(auto updated, Call(*brands_, &Brands::UpdateBrand, request));
  EXPECT_EQ(updated.brand().category(), "beauty/skincare");
  EXPECT_EQ(updated.brand().display_name(), "");  // replaced by the empty value
  EXPECT_TRUE(updated.brand().has_create_time());
}

TEST_F(BrandServiceTest, UpdateWithStaleEtagIsAbortedAndChangesNothing) {
  v1::Brand created = MustCreateBrand(MakeBrand("acme"));
  v1::UpdateBrandRequest request;
  *request.mutable_brand() = created;
  request.mutable_brand()->set_display_name("first");
  ASSERT_OK(Call(*brands_, &Brands::UpdateBrand, request));  // current etag: succeeds
  const int64_t events = Stats().history_events();
  request.mutable_brand()->set_display_name("second");  // still the old etag
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::UpdateBrand, request), absl::StatusCode::kAborted);
  v1::GetBrandRequest get;
  get.set_brand_id("acme");
  ASSERT_OK_AND_ASSIGN(auto current, Call(*brands_, &Brands::GetBrand, get));
  EXPECT_EQ(current.brand().display_name(), "first");
  EXPECT_EQ(Stats().history_events(), events);
}

TEST_F(BrandServiceTest, UpdateUnknownBrandIsNotFound) {
  v1::UpdateBrandRequest request;
  *request.mutable_brand() = MakeBrand("ghost");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::UpdateBrand, request), absl::StatusCode::kNotFound);
}

TEST_F(BrandServiceTest, ListBrandsPagesThroughAllAndFiltersByCategory) {
  for (int i = 0; i < 7; ++i) MustCreateBrand(MakeBrand("b" + std::to_string(i), "food/snacks"));
  MustCreateBrand(MakeBrand("z-beauty", "beauty"));
  MustCreateBrand(MakeBrand("z-foodie", "foodie"));
  std::set<std::string> seen;
  v1::ListBrandsRequest request;
  request.set_page_size(3);
  request.set_category("food");
  int pages = 0;
  do {
    ASSERT_OK_AND_ASSIGN(auto page, Call(*brands_, &Brands::ListBrands, request));
    ++pages;
    for (const auto& brand : page.brands()) seen.insert(brand.id());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(seen.count("z-foodie"), 0u);

  v1::ListBrandsRequest bad_token;
  bad_token.set_page_token("garbage");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::ListBrands, bad_token),
                     absl::StatusCode::kInvalidArgument);
}

TEST_F(BrandServiceTest, DeleteBrandWithBriefsIsFailedPreconditionThenSucceedsWhenEmpty) {
  v1::Brand brand = MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  v1::DeleteBrandRequest request;
  request.set_brand_id("acme");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::DeleteBrand, request),
                     absl::StatusCode::kFailedPrecondition);
  v1::DeleteBriefRequest delete_brief;
  delete_brief.set_brief_id("bf1");
  ASSERT_OK(Call(*brands_, &Brands::DeleteBrief, delete_brief));
  request.set_etag("stale");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::DeleteBrand, request), absl::StatusCode::kAborted);
  request.set_etag(brand.etag());
  ASSERT_OK(Call(*brands_, &Brands::DeleteBrand, request));
  v1::GetBrandRequest get;
  get.set_brand_id("acme");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::GetBrand, get), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::DeleteBrand, request), absl::StatusCode::kNotFound);
}

TEST_F(BrandServiceTest, CreateBriefForUnknownBrandIsNotFoundNamingBrandId) {
  v1::CreateBriefRequest request;
  *request.mutable_brief() = MakeBrief("bf1", "ghost");
  auto response = Call(*brands_, &Brands::CreateBrief, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(response.status().message().find("brief.brand_id"), std::string::npos);
  EXPECT_EQ(Stats().briefs(), 0);
}

TEST_F(BrandServiceTest, CreateBriefDefaultsToDraftAndDerivesEmbedding) {
  MustCreateBrand(MakeBrand("acme"));
  v1::Brief draft = MakeBrief("", "acme");
  draft.clear_status();
  v1::Brief brief = MustCreateBrief(draft);
  EXPECT_EQ(brief.id().rfind("bf-", 0), 0u);
  EXPECT_EQ(brief.status(), v1::BRIEF_STATUS_DRAFT);
  EXPECT_TRUE(brief.aesthetic().embedding_derived());
  EXPECT_EQ(brief.aesthetic().embedding_size(), 64);
  v1::CreateBriefRequest again;
  *again.mutable_brief() = MakeBrief(brief.id(), "acme");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::CreateBrief, again), absl::StatusCode::kAlreadyExists);
}

TEST_F(BrandServiceTest, UpdateBriefCannotMoveItToAnotherBrand) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrand(MakeBrand("other"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  v1::UpdateBriefRequest request;
  *request.mutable_brief() = MakeBrief("bf1", "other");
  auto response = Call(*brands_, &Brands::UpdateBrief, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("brief.brand_id"));

  request.mutable_brief()->set_brand_id("");
  request.mutable_brief()->set_title("Renamed");
  request.mutable_update_mask()->add_paths("title");
  ASSERT_OK_AND_ASSIGN(auto updated, Call(*brands_, &Brands::UpdateBrief, request));
  EXPECT_EQ(updated.brief().title(), "Renamed");
  EXPECT_EQ(updated.brief().brand_id(), "acme");
  EXPECT_EQ(updated.brief().status(), v1::BRIEF_STATUS_OPEN);
}

TEST_F(BrandServiceTest, ListBriefsFiltersByBrandAndStatus) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrand(MakeBrand("other"));
  MustCreateBrief(MakeBrief("a1", "acme", v1::BRIEF_STATUS_OPEN));
  MustCreateBrief(MakeBrief("a2", "acme", v1::BRIEF_STATUS_CLOSED));
  MustCreateBrief(MakeBrief("o1", "other", v1::BRIEF_STATUS_OPEN));
  v1::ListBriefsRequest request;
  request.set_brand_id("acme");
  ASSERT_OK_AND_ASSIGN(auto of_acme, Call(*brands_, &Brands::ListBriefs, request));
  EXPECT_EQ(of_acme.briefs_size(), 2);
  request.clear_brand_id();
  request.add_statuses(v1::BRIEF_STATUS_OPEN);
  ASSERT_OK_AND_ASSIGN(auto open, Call(*brands_, &Brands::ListBriefs, request));
  ASSERT_EQ(open.briefs_size(), 2);
  EXPECT_EQ(open.briefs(0).id(), "a1");
  EXPECT_EQ(open.briefs(1).id(), "o1");
  EXPECT_TRUE(open.next_page_token().empty());
}

TEST_F(BrandServiceTest, DeleteBriefWithLiveOfferIsFailedPrecondition) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateCreator(MakeCreator("jo"));
  MustSendOffer("bf1", "jo");
  v1::DeleteBriefRequest request;
  request.set_brief_id("bf1");
  EXPECT_STATUS_CODE(Call(*brands_, &Brands::DeleteBrief, request),
                     absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Stats().briefs(), 1);
}

TEST_F(BrandServiceTest, BriefHistoryListsItsEventsOldestFirstWithPaging) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateCreator(MakeCreator("jo"));
  v1::Offer offer = MustSendOffer("bf1", "jo");
  ASSERT_OK(AcceptOffer(offer.id()));
  v1::ListBriefHistoryRequest request;
  request.set_brief_id("bf1");
  request.set_page_size(2);
  ASSERT_OK_AND_ASSIGN(auto first,
                       Call(*brands_, &v1::BrandService::Stub::ListBriefHistory, request));
  ASSERT_EQ(first.events_size(), 2);
  EXPECT_EQ(first.events(0).type(), v1::EVENT_TYPE_BRIEF_CREATED);
  EXPECT_EQ(first.events(1).type(), v1::EVENT_TYPE_OFFER_SENT);
  ASSERT_FALSE(first.next_page_token().empty());
  request.set_page_token(first.next_page_token());
  ASSERT_OK_AND_ASSIGN(auto second,
                       Call(*brands_, &v1::BrandService::Stub::ListBriefHistory, request));
  ASSERT_EQ(second.events_size(), 1);
  EXPECT_EQ(second.events(0).type(), v1::EVENT_TYPE_OFFER_TRANSITIONED);
  EXPECT_EQ(second.events(0).actor(), "creator/jo");
  EXPECT_TRUE(second.next_page_token().empty());
}

}  // namespace
}  // namespace matchmaker::testing
