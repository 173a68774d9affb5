#include "server/index/matching_index.h"

#include <thread>

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::index {
namespace {

constexpr int64_t kNow = 1'700'000'000;

template <typename T>
T Parse(const std::string& text) {
  T message;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &message)) << text;
  return message;
}

v1::Creator Creator(const std::string& id, const std::string& niche) {
  return Parse<v1::Creator>(R"pb(
                              id: ")pb" +
                            id + R"pb("
                                      accounts {
                                        platform: PLATFORM_INSTAGRAM
                                        followers: 20000
                                        avg_likes: 600
                                        posts_per_week: 4
                                      }
                                      niches { niche: ")pb" +
                            niche + R"pb(" weight: 1 }
                                         aesthetic { tags: "Pastel" }
                                         location { country_code: "us" }
                                         languages: "EN"
                                         rate_card {
                                           platform: PLATFORM_INSTAGRAM
                                           deliverable: DELIVERABLE_KIND_POST
                                           price_cents: 20000
                                         }
  )pb");
}

v1::Brief Brief(const std::string& id, const std::string& niche) {
  return Parse<v1::Brief>(
      R"pb(
        id: ")pb" +
      id + R"pb("
                brand_id: "acme"
                niches { niche: ")pb" +
      niche +
      R"pb(" weight: 1 }
           aesthetic { tags: "pastel" }
           platforms: PLATFORM_INSTAGRAM
           follower_range { min_followers: 10000 max_followers: 100000 }
           languages: "en"
           budget { total_cents: 500000 per_creator_max_cents: 50000 }
           compensation { kind: COMPENSATION_KIND_FLAT_FEE value_cents: 40000 }
           deliverables { platform: PLATFORM_INSTAGRAM kind: DELIVERABLE_KIND_POST count: 1 }
           creators_wanted: 3
           status: BRIEF_STATUS_OPEN
      )pb");
}

matcher::RankRequest Request() {
  matcher::RankRequest r;
  r.scoring.now = kNow;
  return r;
}

class MatchingIndexTest : public ::testing::Test {
 protected:
  MatchingIndexTest() {
    EXPECT_OK(index_.UpsertBrand(Parse<v1::Brand>(R"pb(id: "acme"
                                                       display_name: "Acme"
                                                       category: "Food/Snacks")pb")));
    EXPECT_OK(index_.UpsertCreator(Creator("jo", "food/desserts")));
    EXPECT_OK(index_.UpsertCreator(Creator("kim", "Tech")));
    EXPECT_OK(index_.UpsertBrief(Brief("bf-1", "food/desserts")));
  }
  MatchingIndex index_;
};

TEST_F(MatchingIndexTest, ConvertsProtosAndRanks) {
  ASSERT_OK_AND_ASSIGN(matcher::RankedMatches ranked, index_.FindCreators("bf-1", Request()));
  ASSERT_EQ(ranked.results.size(), 2u);
  EXPECT_EQ(ranked.results[0].creator_id, "jo");
  EXPECT_GT(ranked.results[0].mutual_score, ranked.results[1].mutual_score);
  EXPECT_EQ(ranked.results[0].estimates.cost_cents, 20000);
  ASSERT_OK_AND_ASSIGN(matcher::RankedMatches briefs, index_.ListSuitableBriefs("jo", Request()));
  EXPECT_EQ(briefs.results.size(), 1u);
}

TEST_F(MatchingIndexTest, OnlyOpenBriefsAreRanked) {
  v1::Brief draft = Brief("bf-1", "food/desserts");
  draft.set_status(v1::BRIEF_STATUS_DRAFT);
  EXPECT_OK(index_.UpsertBrief(draft));
  ASSERT_OK_AND_ASSIGN(matcher::RankedMatches briefs, index_.ListSuitableBriefs("jo", Request()));
  EXPECT_TRUE(briefs.results.empty());
}

TEST_F(MatchingIndexTest, HistoryEventsKeepTheIndexInStep) {
  v1::HistoryEvent created;
  created.set_type(v1::EVENT_TYPE_CREATOR_CREATED);
  *created.mutable_creator() = Creator("ana", "food/desserts");
  EXPECT_OK(index_.ApplyHistoryEvent(created));
  EXPECT_EQ(index_.creator_count(), 3u);

  v1::HistoryEvent declined;
  declined.set_type(v1::EVENT_TYPE_OFFER_TRANSITIONED);
  declined.set_creator_id("ana");
  declined.set_brief_id("bf-1");
  declined.set_brand_id("acme");
  declined.set_from_state(v1::OFFER_STATE_PROPOSED);
  declined.set_to_state(v1::OFFER_STATE_DECLINED);
  declined.set_decline_reason(v1::DECLINE_REASON_COMPENSATION_TOO_LOW);
  declined.mutable_event_time()->set_seconds(kNow - 3600);
  EXPECT_OK(index_.ApplyHistoryEvent(declined));
  ASSERT_OK_AND_ASSIGN(matcher::MatchExplanation e,
                       index_.ExplainMatch("bf-1", "ana", Request().scoring));
  EXPECT_FALSE(e.eligible);
  ASSERT_FALSE(e.violations.empty());
  EXPECT_EQ(e.violations[0].rule, matcher::HardRule::kDeclinedCoolDown);
  EXPECT_GE(e.match.reservation_cents, 50000);  // $400 offered × 1.25

  v1::HistoryEvent hidden;
  hidden.set_type(v1::EVENT_TYPE_BRIEF_HIDDEN);
  hidden.set_creator_id("jo");
  hidden.set_brief_id("bf-1");
  EXPECT_OK(index_.ApplyHistoryEvent(hidden));
  ASSERT_OK_AND_ASSIGN(matcher::RankedMatches briefs, index_.ListSuitableBriefs("jo", Request()));
  EXPECT_TRUE(briefs.results.empty());

  v1::HistoryEvent deleted;
  deleted.set_type(v1::EVENT_TYPE_CREATOR_DELETED);
  deleted.set_creator_id("kim");
  EXPECT_OK(index_.ApplyHistoryEvent(deleted));
  EXPECT_EQ(index_.creator_count(), 2u);

  v1::HistoryEvent broken;
  broken.set_type(v1::EVENT_TYPE_BRIEF_UPDATED);
  EXPECT_EQ(index_.ApplyHistoryEvent(broken).code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(MatchingIndexTest, WrongEmbeddingDimensionIsInvalid) {
  v1::Creator c = Creator("bad", "food");
  c.mutable_aesthetic()->add_embedding(1.0f);
  EXPECT_EQ(index_.UpsertCreator(c).code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(MatchingIndexTest, ReadersAndWritersRunConcurrently) {
  std::thread writer([&] {
    for (int i = 0; i < 200; ++i) {
      EXPECT_OK(index_.UpsertCreator(Creator("w" + std::to_string(i), "food")));
    }
  });
  std::thread reader([&] {
    for (int i = 0; i < 50; ++i) {
      auto ranked = index_.FindCreators("bf-1", Request());
      EXPECT_OK(ranked);
    }
  });
  writer.join();
  reader.join();
  EXPECT_EQ(index_.creator_count(), 202u);
}

TEST_F(MatchingIndexTest, AllocationAndPlanningRunThroughTheIndex) {
  ASSERT_OK_AND_ASSIGN(matcher::MarketAllocation allocation,
                       index_.AllocateMarket(matcher::AllocationRequest{Request().scoring, 0}));
  EXPECT_TRUE(allocation.report.stable());
  matcher::PlanRequest plan;
  plan.scoring = Request().scoring;
  ASSERT_OK_AND_ASSIGN(matcher::CampaignPlan p, index_.PlanCampaign("bf-1", plan));
  EXPECT_FALSE(p.creators.empty());
}

}  // namespace
}  // namespace matchmaker::index
