// CreatorService over real gRPC: portfolios, open briefs, hiding (offers: offer_flow_test.cc).

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using Creators = v1::CreatorService::Stub;

double Norm(const v1::Aesthetic& aesthetic) {
  double sum = 0;
  for (float x : aesthetic.embedding()) sum += static_cast<double>(x) * x;
  return std::sqrt(sum);
}

class CreatorServiceTest : public ServerFixture {};

TEST_F(CreatorServiceTest, CreateComputesTotalFollowersTierAndEngagementRate) {
  v1::Creator input = MakeCreator("", 40000);
  v1::PlatformAccount* tiktok = input.add_accounts();
  tiktok->set_platform(v1::PLATFORM_TIKTOK);
  tiktok->set_followers(80000);
  tiktok->set_avg_likes(8000);
  v1::Creator creator = MustCreateCreator(input);
  EXPECT_EQ(creator.id().rfind("cr-", 0), 0u);
  EXPECT_EQ(creator.total_followers(), 120000);
  EXPECT_EQ(creator.tier(), v1::TIER_MACRO);
  EXPECT_DOUBLE_EQ(creator.accounts(1).engagement_rate(), 0.1);
  EXPECT_DOUBLE_EQ(creator.accounts(0).engagement_rate(), (2000.0 + 400.0) / 40000.0);

  v1::GetCreatorRequest get;
  get.set_creator_id(creator.id());
  ASSERT_OK_AND_ASSIGN(auto read, Call(*creators_, &Creators::GetCreator, get));
  EXPECT_EQ(read.creator().tier(), v1::TIER_MACRO);
  EXPECT_EQ(read.creator().etag(), creator.etag());
}

TEST_F(CreatorServiceTest, MissingEmbeddingIsDerivedAndSuppliedOneIsKept) {
  v1::Creator derived = MustCreateCreator(MakeCreator("derived"));
  EXPECT_TRUE(derived.aesthetic().embedding_derived());
  EXPECT_EQ(derived.aesthetic().embedding_size(), 64);
  EXPECT_NEAR(Norm(derived.aesthetic()), 1.0, 1e-5);

  v1::Creator input = MakeCreator("supplied");
  for (int i = 0; i < 64; ++i) input.mutable_aesthetic()->add_embedding(i == 3 ? 1.0f : 0.0f);
  v1::Creator supplied = MustCreateCreator(input);
  EXPECT_FALSE(supplied.aesthetic().embedding_derived());
  EXPECT_EQ(supplied.aesthetic().embedding(3), 1.0f);
}

TEST_F(CreatorServiceTest, EmbeddingOfWrongDimensionIsInvalidArgument) {
  v1::CreateCreatorRequest request;
  *request.mutable_creator() = MakeCreator("jo");
  request.mutable_creator()->mutable_aesthetic()->add_embedding(1.0f);
  auto response = Call(*creators_, &Creators::CreateCreator, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("creator.aesthetic.embedding"));
  EXPECT_EQ(Stats().creators(), 0);
}

TEST_F(CreatorServiceTest, UpdatingNichesRederivesADerivedEmbedding) {
  v1::Creator created = MustCreateCreator(MakeCreator("jo", 5000, "food/desserts"));
  v1::UpdateCreatorRequest request;
  request.mutable_creator()->set_id("jo");
  request.mutable_creator()->set_etag(created.etag());
  request.mutable_creator()->add_niches()->set_niche("tech/keyboards");
  request.mutable_creator()->mutable_niches(0)->set_weight(1.0);
  request.mutable_update_mask()->add_paths("niches");
  ASSERT_OK_AND_ASSIGN(auto updated, Call(*creators_, &Creators::UpdateCreator, request));
  EXPECT_TRUE(updated.creator().aesthetic().embedding_derived());
  const std::vector<float> before(created.aesthetic().embedding().begin(),
                                  created.aesthetic().embedding().end());
  const std::vector<float> after(updated.creator().aesthetic().embedding().begin(),
                                 updated.creator().aesthetic().embedding().end());
  EXPECT_NE(before, after);
  EXPECT_EQ(updated.creator().accounts_size(), 1);  // untouched by the mask
  EXPECT_EQ(updated.creator().total_followers(), 5000);

  v1::ListCreatorHistoryRequest history;
  history.set_creator_id("jo");
  ASSERT_OK_AND_ASSIGN(auto events, Call(*creators_, &Creators::ListCreatorHistory, history));
  ASSERT_EQ(events.events_size(), 2);
  EXPECT_THAT(events.events(1).changed_fields(), ElementsAre("niches", "aesthetic"));
}

TEST_F(CreatorServiceTest, UpdateWithStaleEtagIsAborted) {
  v1::Creator created = MustCreateCreator(MakeCreator("jo"));
  v1::UpdateCreatorRequest request;
  *request.mutable_creator() = created;
  request.mutable_creator()->set_etag("0000000000000000");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::UpdateCreator, request),
                     absl::StatusCode::kAborted);
}

TEST_F(CreatorServiceTest, UpdateWithOutputOnlyMaskPathIsInvalidArgument) {
  MustCreateCreator(MakeCreator("jo"));
  v1::UpdateCreatorRequest request;
  request.mutable_creator()->set_id("jo");
  request.mutable_update_mask()->add_paths("tier");
  auto response = Call(*creators_, &Creators::UpdateCreator, request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ViolatedFields(response.status()), Contains("update_mask.paths[0]"));
}

TEST_F(CreatorServiceTest, ListCreatorsFiltersByNichePlatformCountryFollowersAndTier) {
  MustCreateCreator(MakeCreator("a-nano", 5000, "food/desserts"));
  MustCreateCreator(MakeCreator("b-micro", 50000, "food"));
  MustCreateCreator(MakeCreator("c-macro", 500000, "tech/keyboards"));
  v1::Creator german = MakeCreator("d-de", 20000, "food/recipes");
  german.mutable_location()->set_country_code("DE");
  german.mutable_accounts(0)->set_platform(v1::PLATFORM_YOUTUBE);
  MustCreateCreator(german);

  auto ids = [&](const v1::ListCreatorsRequest& request) {
    std::vector<std::string> out;
    auto response = Call(*creators_, &Creators::ListCreators, request);
    EXPECT_OK(response);
    if (response.ok()) {
      for (const auto& creator : response->creators()) out.push_back(creator.id());
    }
    return out;
  };
  v1::ListCreatorsRequest request;
  request.set_niche("food");
  EXPECT_THAT(ids(request), ElementsAre("a-nano", "b-micro", "d-de"));
  request.Clear();
  request.set_platform(v1::PLATFORM_YOUTUBE);
  EXPECT_THAT(ids(request), ElementsAre("d-de"));
  request.Clear();
  request.set_country_code("US");
  request.set_min_followers(10000);
  request.set_max_followers(100000);
  EXPECT_THAT(ids(request), ElementsAre("b-micro"));
  request.Clear();
  request.set_tier(v1::TIER_MACRO);
  EXPECT_THAT(ids(request), ElementsAre("c-macro"));
  request.Clear();
  request.set_page_size(3);
  ASSERT_OK_AND_ASSIGN(auto page, Call(*creators_, &Creators::ListCreators, request));
  EXPECT_EQ(page.creators_size(), 3);
  request.set_page_token(page.next_page_token());
  EXPECT_THAT(ids(request), ElementsAre("d-de"));
}

TEST_F(CreatorServiceTest, DeleteCreatorWithLiveOfferIsFailedPreconditionElseSucceeds) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateCreator(MakeCreator("jo"));
  MustCreateCreator(MakeCreator("free"));
  MustSendOffer("bf1", "jo");
  v1::DeleteCreatorRequest request;
  request.set_creator_id("jo");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::DeleteCreator, request),
                     absl::StatusCode::kFailedPrecondition);
  request.set_creator_id("free");
  ASSERT_OK(Call(*creators_, &Creators::DeleteCreator, request));
  EXPECT_EQ(Stats().creators(), 1);
  v1::ListCreatorHistoryRequest history;
  history.set_creator_id("free");
  ASSERT_OK_AND_ASSIGN(auto events, Call(*creators_, &Creators::ListCreatorHistory, history));
  ASSERT_EQ(events.events_size(), 2);
  EXPECT_EQ(events.events(1).type(), v1::EVENT_TYPE_CREATOR_DELETED);
  EXPECT_EQ(events.events(1).creator().id(), "free");
}

TEST_F(CreatorServiceTest, OpenBriefsLeaveOutHiddenAndNotOpenBriefsAndFilter) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateCreator(MakeCreator("jo"));
  MustCreateBrief(MakeBrief("bf-a", "acme"));
  MustCreateBrief(MakeBrief("bf-b", "acme"));
  MustCreateBrief(MakeBrief("bf-draft", "acme", v1::BRIEF_STATUS_DRAFT));
  v1::Brief tech = MakeBrief("bf-tech", "acme");
  tech.mutable_niches(0)->set_niche("tech");
  tech.add_platforms(v1::PLATFORM_YOUTUBE);
  MustCreateBrief(tech);

  auto ids = [&](const v1::ListOpenBriefsRequest& request) {
    std::vector<std::string> out;
    auto response = Call(*creators_, &Creators::ListOpenBriefs, request);
    EXPECT_OK(response);
    if (response.ok()) {
      for (const auto& brief : response->briefs()) out.push_back(brief.id());
    }
    return out;
  };
  v1::ListOpenBriefsRequest request;
  request.set_creator_id("jo");
  EXPECT_THAT(ids(request), ElementsAre("bf-a", "bf-b", "bf-tech"));

  v1::HideBriefRequest hide;
  hide.set_creator_id("jo");
  hide.set_brief_id("bf-a");
  ASSERT_OK(Call(*creators_, &Creators::HideBrief, hide));
  ASSERT_OK(Call(*creators_, &Creators::HideBrief, hide));  // hiding twice is fine
  EXPECT_THAT(ids(request), ElementsAre("bf-b", "bf-tech"));
  EXPECT_STATUS_CODE(Apply("bf-a", "jo"), absl::StatusCode::kFailedPrecondition);

  request.set_niche("food");
  EXPECT_THAT(ids(request), ElementsAre("bf-b"));
  request.clear_niche();
  request.set_platform(v1::PLATFORM_TIKTOK);
  EXPECT_THAT(ids(request), ElementsAre("bf-b"));  // bf-b accepts any platform

  v1::UnhideBriefRequest unhide;
  unhide.set_creator_id("jo");
  unhide.set_brief_id("bf-a");
  ASSERT_OK(Call(*creators_, &Creators::UnhideBrief, unhide));
  request.clear_platform();
  EXPECT_THAT(ids(request), ElementsAre("bf-a", "bf-b", "bf-tech"));

  v1::ListCreatorHistoryRequest history;
  history.set_creator_id("jo");
  ASSERT_OK_AND_ASSIGN(auto events, Call(*creators_, &Creators::ListCreatorHistory, history));
  ASSERT_EQ(events.events_size(), 3);  // created, hidden (once), unhidden
  EXPECT_EQ(events.events(1).type(), v1::EVENT_TYPE_BRIEF_HIDDEN);
  EXPECT_EQ(events.events(2).type(), v1::EVENT_TYPE_BRIEF_UNHIDDEN);

  // Hiding is the creator's private preference: the brand's histories never show it, the
  // operators' history does.
  v1::ListBriefHistoryRequest brief_history;
  brief_history.set_brief_id("bf-a");
  ASSERT_OK_AND_ASSIGN(auto brief_events,
                       Call(*brands_, &v1::BrandService::Stub::ListBriefHistory, brief_history));
  ASSERT_GE(brief_events.events_size(), 1);  // the brief's creation
  v1::ListBrandHistoryRequest brand_history;
  brand_history.set_brand_id(brief_events.events(0).brand_id());
  ASSERT_OK_AND_ASSIGN(auto brand_events,
                       Call(*brands_, &v1::BrandService::Stub::ListBrandHistory, brand_history));
  for (const auto* page : {&brief_events.events(), &brand_events.events()}) {
    for (const v1::HistoryEvent& event : *page) {
      EXPECT_NE(event.type(), v1::EVENT_TYPE_BRIEF_HIDDEN) << event.ShortDebugString();
      EXPECT_NE(event.type(), v1::EVENT_TYPE_BRIEF_UNHIDDEN) << event.ShortDebugString();
    }
  }
  v1::ListHistoryRequest admin_history;
  admin_history.set_brief_id("bf-a");
  ASSERT_OK_AND_ASSIGN(auto all_events,
                       Call(*admin_, &v1::AdminService::Stub::ListHistory, admin_history));
  int hide_events = 0;
  for (const v1::HistoryEvent& event : all_events.events()) {
    if (event.type() == v1::EVENT_TYPE_BRIEF_HIDDEN ||
        event.type() == v1::EVENT_TYPE_BRIEF_UNHIDDEN) {
      ++hide_events;
    }
  }
  EXPECT_EQ(hide_events, 2);
}

TEST_F(CreatorServiceTest, HidingUnknownBriefOrForUnknownCreatorIsNotFound) {
  MustCreateCreator(MakeCreator("jo"));
  v1::HideBriefRequest hide;
  hide.set_creator_id("jo");
  hide.set_brief_id("ghost");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::HideBrief, hide), absl::StatusCode::kNotFound);
  v1::ListOpenBriefsRequest list;
  list.set_creator_id("ghost");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::ListOpenBriefs, list),
                     absl::StatusCode::kNotFound);
  v1::GetCreatorRequest get;
  get.set_creator_id("ghost");
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::GetCreator, get), absl::StatusCode::kNotFound);
  v1::ListCreatorsRequest bad_list;
  bad_list.set_page_size(-1);
  EXPECT_STATUS_CODE(Call(*creators_, &Creators::ListCreators, bad_list),
                     absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace matchmaker::testing
