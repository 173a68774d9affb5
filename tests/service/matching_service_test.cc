// The matching RPCs over in-process gRPC: FindCreators, ExplainMatch, FindSimilarCreators,
// PlanCampaign (BrandService), ListSuitableBriefs (CreatorService), AllocateMarket
// (AdminService), and the index staying in step with writes and across a restart.

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

class MatchingServiceTest : public ServerFixture {
 protected:
  // One brand, one open brief, and `n` creators c1..cn in the brief's niche.
  void SeedMarket(int n = 3) {
    MustCreateBrand(MakeBrand("acme"));
    MustCreateBrief(MakeBrief("b1", "acme", v1::BRIEF_STATUS_OPEN, 2));
    for (int i = 1; i <= n; ++i) {
      MustCreateCreator(MakeCreator("c" + std::to_string(i), 20000 * i));
    }
  }

  absl::StatusOr<v1::FindCreatorsResponse> FindCreators(const std::string& brief_id,
                                                        int page_size = 0,
                                                        const std::string& token = "") {
    v1::FindCreatorsRequest request;
    request.set_brief_id(brief_id);
    request.set_page_size(page_size);
    request.set_page_token(token);
    return Call(*brands_, &v1::BrandService::Stub::FindCreators, request);
  }

  std::set<std::string> FoundCreators(const std::string& brief_id) {
    std::set<std::string> ids;
    auto response = FindCreators(brief_id);
    EXPECT_OK(response);
    if (!response.ok()) return ids;
    for (const v1::Match& match : response->matches()) ids.insert(match.creator_id());
    return ids;
  }

  std::set<std::string> SuitableBriefs(const std::string& creator_id) {
    v1::ListSuitableBriefsRequest request;
    request.set_creator_id(creator_id);
    auto response = Call(*creators_, &v1::CreatorService::Stub::ListSuitableBriefs, request);
    std::set<std::string> ids;
    EXPECT_OK(response);
    if (!response.ok()) return ids;
    for (const v1::Match& match : response->matches()) ids.insert(match.brief_id());
    return ids;
  }

  absl::StatusOr<v1::ExplainMatchResponse> Explain(const std::string& brief_id,
                                                   const std::string& creator_id) {
    v1::ExplainMatchRequest request;
    request.set_brief_id(brief_id);
    request.set_creator_id(creator_id);
    return Call(*brands_, &v1::BrandService::Stub::ExplainMatch, request);
  }

  static std::vector<std::string> RuleNames(const v1::ExplainMatchResponse& response) {
    std::vector<std::string> names;
    for (const v1::ExcludingRule& rule : response.excluding_rules()) names.push_back(rule.rule());
    return names;
  }

  void Decline(const v1::Offer& offer) {
    v1::DeclineOfferRequest request;
    request.set_offer_id(offer.id());
    request.set_reason(v1::DECLINE_REASON_NOT_MY_NICHE);
    EXPECT_OK(Call(*creators_, &v1::CreatorService::Stub::DeclineOffer, request));
  }
};

TEST_F(MatchingServiceTest, FindCreatorsRanksEveryEligibleCreatorWithBothSides) {
  SeedMarket();
  ASSERT_OK_AND_ASSIGN(v1::FindCreatorsResponse response, FindCreators("b1"));
  ASSERT_EQ(response.matches_size(), 3);
  EXPECT_EQ(response.total_eligible(), 3);
  EXPECT_TRUE(response.next_page_token().empty());
  double previous = 2.0;
  for (int i = 0; i < response.matches_size(); ++i) {
    const v1::Match& match = response.matches(i);
    EXPECT_EQ(match.rank(), i + 1);
    EXPECT_EQ(match.brief_id(), "b1");
    EXPECT_LE(match.mutual_score(), previous);
    previous = match.mutual_score();
    EXPECT_GT(match.brand_score(), 0.0);
    EXPECT_GT(match.creator_score(), 0.0);
    EXPECT_EQ(match.fusion(), v1::FUSION_METHOD_HARMONIC_MEAN);
    EXPECT_FALSE(match.brand_factors().empty());
    EXPECT_FALSE(match.creator_factors().empty());
    EXPECT_FALSE(match.brand_factors(0).explanation().empty());
    EXPECT_GT(match.estimates().reach(), 0);
  }
}

TEST_F(MatchingServiceTest, FindCreatorsPagesWithTokens) {
  SeedMarket(5);
  std::vector<std::string> paged;
  std::string token;
  do {
    ASSERT_OK_AND_ASSIGN(v1::FindCreatorsResponse page, FindCreators("b1", 2, token));
    EXPECT_LE(page.matches_size(), 2);
    for (const v1::Match& match : page.matches()) paged.push_back(match.creator_id());
    token = page.next_page_token();
  } while (!token.empty());
  ASSERT_OK_AND_ASSIGN(v1::FindCreatorsResponse all, FindCreators("b1"));
  std::vector<std::string> whole;
  for (const v1::Match& match : all.matches()) whole.push_back(match.creator_id());
  EXPECT_EQ(paged, whole);
  EXPECT_EQ(paged.size(), 5u);
}

TEST_F(MatchingServiceTest, FusionIsSelectablePerRequest) {
  SeedMarket();
  v1::FindCreatorsRequest request;
  request.set_brief_id("b1");
  request.mutable_scoring()->set_fusion(v1::FUSION_METHOD_MIN);
  (*request.mutable_scoring()->mutable_brand_weights())["niche"] = 5.0;
  ASSERT_OK_AND_ASSIGN(v1::FindCreatorsResponse response,
                       Call(*brands_, &v1::BrandService::Stub::FindCreators, request));
  ASSERT_FALSE(response.matches().empty());
  const v1::Match& top = response.matches(0);
  EXPECT_EQ(top.fusion(), v1::FUSION_METHOD_MIN);
  EXPECT_LE(top.mutual_score(),
            std::min(top.brand_score(), top.creator_score()) * top.long_term_boost() + 1e-9);
}

TEST_F(MatchingServiceTest, FindCreatorsRejectsBadRequests) {
  SeedMarket();
  v1::FindCreatorsRequest request;
  request.set_page_size(5000);
  request.mutable_scoring()->set_fusion(static_cast<v1::FusionMethod>(99));
  auto response = Call(*brands_, &v1::BrandService::Stub::FindCreators, request);
  EXPECT_STATUS_CODE(response, absl::StatusCode::kInvalidArgument);
  const std::vector<std::string> fields = ViolatedFields(response.status());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "brief_id"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "page_size"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "scoring.fusion"), fields.end());

  EXPECT_STATUS_CODE(FindCreators("nope"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(FindCreators("b1", 0, "garbage!"), absl::StatusCode::kInvalidArgument);

  request = v1::FindCreatorsRequest();
  request.set_brief_id("b1");
  (*request.mutable_scoring()->mutable_brand_weights())["no_such_factor"] = 1.0;
  EXPECT_STATUS_CODE(Call(*brands_, &v1::BrandService::Stub::FindCreators, request),
                     absl::StatusCode::kInvalidArgument);
}

TEST_F(MatchingServiceTest, DeclinedPairIsNotProposedAgainAndExplainNamesTheRule) {
  SeedMarket();
  const v1::Offer offer = MustSendOffer("b1", "c1");
  // An open offer already engages the pair.
  EXPECT_EQ(FoundCreators("b1").count("c1"), 0u);
  Decline(MustGetOffer(offer.id()));
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c2", "c3"}));
  ASSERT_OK_AND_ASSIGN(v1::ExplainMatchResponse explained, Explain("b1", "c1"));
  EXPECT_FALSE(explained.eligible());
  const std::vector<std::string> rules = RuleNames(explained);
  EXPECT_NE(std::find(rules.begin(), rules.end(), "declined_cool_down"), rules.end())
      << explained.DebugString();
  EXPECT_FALSE(explained.excluding_rules(0).explanation().empty());
  EXPECT_GT(explained.match().brand_score(), 0.0);
}

TEST_F(MatchingServiceTest, ExplainMatchOfAnEligiblePair) {
  SeedMarket();
  ASSERT_OK_AND_ASSIGN(v1::ExplainMatchResponse explained, Explain("b1", "c2"));
  EXPECT_TRUE(explained.eligible());
  EXPECT_TRUE(explained.excluding_rules().empty());
  double sum = 0;
  for (const v1::MatchFactor& factor : explained.match().brand_factors()) {
    sum += factor.contribution();
    EXPECT_FALSE(factor.name().empty());
  }
  EXPECT_NEAR(sum, explained.match().brand_score(), 1e-3);
  EXPECT_STATUS_CODE(Explain("b1", "nobody"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(Explain("", "c1"), absl::StatusCode::kInvalidArgument);
}

TEST_F(MatchingServiceTest, HiddenBriefNeverAppearsInSuitableBriefs) {
  SeedMarket();
  MustCreateBrief(MakeBrief("b2", "acme"));
  EXPECT_EQ(SuitableBriefs("c1"), (std::set<std::string>{"b1", "b2"}));
  v1::HideBriefRequest hide;
  hide.set_creator_id("c1");
  hide.set_brief_id("b2");
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::HideBrief, hide));
  EXPECT_EQ(SuitableBriefs("c1"), (std::set<std::string>{"b1"}));
  EXPECT_EQ(SuitableBriefs("c2"), (std::set<std::string>{"b1", "b2"}));
  ASSERT_OK_AND_ASSIGN(v1::ExplainMatchResponse explained, Explain("b2", "c1"));
  const std::vector<std::string> rules = RuleNames(explained);
  EXPECT_NE(std::find(rules.begin(), rules.end(), "hidden_by_creator"), rules.end());
}

TEST_F(MatchingServiceTest, ListSuitableBriefsExplainsFromTheCreatorSide) {
  SeedMarket();
  v1::ListSuitableBriefsRequest request;
  request.set_creator_id("c1");
  ASSERT_OK_AND_ASSIGN(v1::ListSuitableBriefsResponse response,
                       Call(*creators_, &v1::CreatorService::Stub::ListSuitableBriefs, request));
  ASSERT_EQ(response.matches_size(), 1);
  EXPECT_EQ(response.matches(0).creator_id(), "c1");
  EXPECT_FALSE(response.matches(0).creator_factors().empty());
  request.set_creator_id("ghost");
  EXPECT_STATUS_CODE(Call(*creators_, &v1::CreatorService::Stub::ListSuitableBriefs, request),
                     absl::StatusCode::kNotFound);
  request.set_creator_id("BAD ID");
  EXPECT_STATUS_CODE(Call(*creators_, &v1::CreatorService::Stub::ListSuitableBriefs, request),
                     absl::StatusCode::kInvalidArgument);
}

TEST_F(MatchingServiceTest, IndexFollowsUpdatesAndDeletes) {
  SeedMarket();
  EXPECT_EQ(FoundCreators("b1").size(), 3u);
  v1::DeleteCreatorRequest remove;
  remove.set_creator_id("c3");
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::DeleteCreator, remove));
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c1", "c2"}));
  MustCreateCreator(MakeCreator("c9"));
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c1", "c2", "c9"}));

  // A creator who stops accepting offers drops out.
  v1::UpdateCreatorRequest update;
  update.mutable_creator()->set_id("c2");
  update.mutable_creator()->mutable_availability()->set_accepting_offers(false);
  update.mutable_update_mask()->add_paths("availability");
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::UpdateCreator, update));
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c1", "c9"}));

  // A brief that closes is no longer suitable for anyone.
  v1::UpdateBriefRequest close;
  close.mutable_brief()->set_id("b1");
  close.mutable_brief()->set_status(v1::BRIEF_STATUS_CLOSED);
  close.mutable_update_mask()->add_paths("status");
  ASSERT_OK(Call(*brands_, &v1::BrandService::Stub::UpdateBrief, close));
  EXPECT_TRUE(SuitableBriefs("c1").empty());
}

TEST_F(MatchingServiceTest, IndexIsRebuiltAfterRestart) {
  SeedMarket();
  const v1::Offer offer = MustSendOffer("b1", "c1");
  Decline(MustGetOffer(offer.id()));
  v1::HideBriefRequest hide;
  hide.set_creator_id("c2");
  hide.set_brief_id("b1");
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::HideBrief, hide));
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c3"}));
  RestartServer();
  EXPECT_EQ(FoundCreators("b1"), (std::set<std::string>{"c3"}));
  EXPECT_TRUE(SuitableBriefs("c2").empty());
  EXPECT_EQ(SuitableBriefs("c3"), (std::set<std::string>{"b1"}));
}

TEST_F(MatchingServiceTest, FindSimilarCreatorsLeavesTheCreatorOut) {
  SeedMarket(4);
  v1::FindSimilarCreatorsRequest request;
  request.set_creator_id("c1");
  request.set_page_size(2);
  ASSERT_OK_AND_ASSIGN(v1::FindSimilarCreatorsResponse first,
                       Call(*brands_, &v1::BrandService::Stub::FindSimilarCreators, request));
  ASSERT_EQ(first.creators_size(), 2);
  EXPECT_FALSE(first.next_page_token().empty());
  request.set_page_token(first.next_page_token());
  ASSERT_OK_AND_ASSIGN(v1::FindSimilarCreatorsResponse second,
                       Call(*brands_, &v1::BrandService::Stub::FindSimilarCreators, request));
  ASSERT_EQ(second.creators_size(), 1);
  EXPECT_TRUE(second.next_page_token().empty());
  std::set<std::string> seen;
  for (const auto& page : {first, second}) {
    for (const v1::SimilarCreator& similar : page.creators()) {
      EXPECT_NE(similar.creator_id(), "c1");
      EXPECT_GE(similar.similarity(), 0.0);
      seen.insert(similar.creator_id());
    }
  }
  EXPECT_EQ(seen.size(), 3u);
  request = v1::FindSimilarCreatorsRequest();
  request.set_creator_id("ghost");
  EXPECT_STATUS_CODE(Call(*brands_, &v1::BrandService::Stub::FindSimilarCreators, request),
                     absl::StatusCode::kNotFound);
}

TEST_F(MatchingServiceTest, PlanCampaignRespectsTheNumberWanted) {
  SeedMarket(5);
  v1::PlanCampaignRequest request;
  request.set_brief_id("b1");
  ASSERT_OK_AND_ASSIGN(v1::PlanCampaignResponse plan,
                       Call(*brands_, &v1::BrandService::Stub::PlanCampaign, request));
  EXPECT_EQ(plan.brief_id(), "b1");
  EXPECT_LE(plan.creators_size(), 2);
  EXPECT_FALSE(plan.limited_by().empty());
  int64_t cost = 0;
  for (const v1::PlannedCreator& planned : plan.creators()) {
    cost += planned.match().estimates().cost_cents();
  }
  EXPECT_EQ(cost, plan.total_cost_cents());
  request.set_creators_wanted(-1);
  EXPECT_STATUS_CODE(Call(*brands_, &v1::BrandService::Stub::PlanCampaign, request),
                     absl::StatusCode::kInvalidArgument);
  request.set_creators_wanted(0);
  request.set_brief_id("nope");
  EXPECT_STATUS_CODE(Call(*brands_, &v1::BrandService::Stub::PlanCampaign, request),
                     absl::StatusCode::kNotFound);
}

TEST_F(MatchingServiceTest, AllocateMarketIsStable) {
  SeedMarket(4);
  MustCreateBrief(MakeBrief("b2", "acme", v1::BRIEF_STATUS_OPEN, 1));
  v1::AllocateMarketRequest request;
  ASSERT_OK_AND_ASSIGN(v1::AllocateMarketResponse response,
                       Call(*admin_, &v1::AdminService::Stub::AllocateMarket, request));
  EXPECT_TRUE(response.report().stable()) << response.report().DebugString();
  EXPECT_EQ(response.report().blocking_pairs(), 0);
  EXPECT_EQ(response.report().over_capacity_creators(), 0);
  EXPECT_EQ(response.report().assignments(), response.assignments_size());
  EXPECT_EQ(response.assignments_size(), 3);
  request.set_min_mutual_score(2.0);
  EXPECT_STATUS_CODE(Call(*admin_, &v1::AdminService::Stub::AllocateMarket, request),
                     absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace matchmaker::testing
