#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class RankingTest : public MatcherTest {
 protected:
  RankRequest Request(int offset, int limit) {
    RankRequest r;
    r.offset = offset;
    r.limit = limit;
    r.scoring.now = kNow;
    return r;
  }
};

TEST_F(RankingTest, FindCreatorsRanksByMutualFitAndPages) {
  Add(MakeBrief("b", "acme", "food/desserts"));
  Add(MakeCreator("exact", "food/desserts"));
  Add(MakeCreator("parent", "food"));
  Add(MakeCreator("sibling", "food/recipes"));
  Add(MakeCreator("unrelated", "tech"));
  absl::StatusOr<RankedMatches> all = FindCreators(state_, "b", Request(0, 10));
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->results.size(), 4u);
  EXPECT_EQ(all->total_eligible, 4);
  EXPECT_EQ(all->results[0].creator_id, "exact");
  EXPECT_EQ(all->results[3].creator_id, "unrelated");
  for (size_t i = 1; i < all->results.size(); ++i) {
    EXPECT_GE(all->results[i - 1].mutual_score, all->results[i].mutual_score);
  }
  absl::StatusOr<RankedMatches> page = FindCreators(state_, "b", Request(1, 2));
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->results.size(), 2u);
  EXPECT_EQ(page->results[0].creator_id, all->results[1].creator_id);
  EXPECT_EQ(page->results[1].creator_id, all->results[2].creator_id);
  EXPECT_FALSE(page->results[0].brand_factors.empty());
  EXPECT_FALSE(page->results[0].creator_factors.empty());
}

TEST_F(RankingTest, MutualRankingDemotesCreatorsTheBriefDoesNotSuit) {
  BriefProfile brief = MakeBrief("b", "acme", "food", 30'000);
  brief.budget_per_creator_max_cents = 100'000;  // the brand could pay more than it offers
  Add(brief);
  // Nearly the same brand-side profile; one wants twice what the brief pays.
  Add(MakeCreator("affordable", "food", 30'000));
  CreatorProfile expensive = MakeCreator("expensive", "food", 30'000);
  expensive.min_fee_cents = 60'000;
  Add(expensive);
  absl::StatusOr<RankedMatches> ranked = FindCreators(state_, "b", Request(0, 10));
  ASSERT_TRUE(ranked.ok());
  ASSERT_EQ(ranked->results.size(), 2u);
  const MatchResult& first = ranked->results[0];
  const MatchResult& second = ranked->results[1];
  EXPECT_EQ(first.creator_id, "affordable");
  EXPECT_GT(first.creator_score - second.creator_score, first.brand_score - second.brand_score);
}

TEST_F(RankingTest, ListSuitableBriefsRanksOpenBriefsForTheCreator) {
  Add(MakeBrief("desserts", "acme", "food/desserts", 60'000));
  Add(MakeBrief("keyboards", "acme", "tech/keyboards", 60'000));
  BriefProfile closed = MakeBrief("closed", "acme", "food/desserts", 60'000);
  closed.open = false;
  Add(closed);
  Add(MakeCreator("c", "food/desserts"));
  absl::StatusOr<RankedMatches> ranked = ListSuitableBriefs(state_, "c", Request(0, 10));
  ASSERT_TRUE(ranked.ok());
  ASSERT_EQ(ranked->results.size(), 2u);
  EXPECT_EQ(ranked->results[0].brief_id, "desserts");
  EXPECT_EQ(ranked->considered, 2);
}

TEST_F(RankingTest, FusionIsChosenPerRequest) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  RankRequest request = Request(0, 1);
  request.scoring.fusion = FusionMethod::kMin;
  absl::StatusOr<RankedMatches> ranked = FindCreators(state_, "b", request);
  ASSERT_TRUE(ranked.ok());
  const MatchResult& r = ranked->results[0];
  EXPECT_EQ(r.fusion, FusionMethod::kMin);
  EXPECT_DOUBLE_EQ(r.mutual_score, std::min(r.brand_score, r.creator_score));
}

TEST_F(RankingTest, ThePruningScanReturnsExactlyTheTopOfTheFullRanking) {
  Add(MakeBrief("b", "acme", "food/desserts", 60'000));
  const char* niches[] = {"food/desserts", "food", "food/recipes", "tech"};
  for (int i = 0; i < 40; ++i) {
    CreatorProfile c = MakeCreator("c" + std::to_string(i), niches[i % 4], 8'000 + 4'000 * i);
    c.embedding = Axis(i % 3);
    c.min_fee_cents = 1'000 * (i % 7) * 10;
    Add(c);
  }
  for (FusionMethod fusion : {FusionMethod::kHarmonicMean, FusionMethod::kProduct,
                              FusionMethod::kMin, FusionMethod::kUninorm}) {
    RankRequest everything = Request(0, 1000);
    everything.scoring.fusion = fusion;
    RankRequest top = Request(0, 5);
    top.scoring.fusion = fusion;
    absl::StatusOr<RankedMatches> all = FindCreators(state_, "b", everything);
    absl::StatusOr<RankedMatches> best = FindCreators(state_, "b", top);
    ASSERT_TRUE(all.ok() && best.ok());
    EXPECT_EQ(all->total_eligible, best->total_eligible);
    ASSERT_EQ(best->results.size(), 5u);
    for (size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(best->results[i].creator_id, all->results[i].creator_id)
          << FusionMethodName(fusion);
      EXPECT_DOUBLE_EQ(best->results[i].mutual_score, all->results[i].mutual_score);
    }
  }
}

TEST_F(RankingTest, UnknownIdsAndBadPagingAreErrors) {
  EXPECT_EQ(FindCreators(state_, "nope", Request(0, 1)).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ListSuitableBriefs(state_, "nope", Request(0, 1)).status().code(),
            absl::StatusCode::kNotFound);
  Add(MakeBrief("b", "acme", "food"));
  EXPECT_EQ(FindCreators(state_, "b", Request(-1, 1)).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(RankingTest, FindSimilarCreatorsPrefersSameNicheAndVibe) {
  CreatorProfile base = MakeCreator("base", "food/desserts");
  Add(base);
  Add(MakeCreator("twin", "food/desserts", 25'000));
  CreatorProfile other = MakeCreator("other", "tech/keyboards");
  other.embedding = Axis(4);
  Add(other);
  absl::StatusOr<SimilarCreators> similar = FindSimilarCreators(state_, "base", 0, 5);
  ASSERT_TRUE(similar.ok());
  ASSERT_EQ(similar->results.size(), 2u);
  EXPECT_EQ(similar->results[0].creator_id, "twin");
  EXPECT_GT(similar->results[0].similarity, similar->results[1].similarity);
}

TEST_F(RankingTest, RemovedCreatorsDisappearAndRowsAreReused) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("a", "food"));
  Add(MakeCreator("c", "food"));
  EXPECT_TRUE(state_.RemoveCreator("a"));
  EXPECT_FALSE(state_.RemoveCreator("a"));
  Add(MakeCreator("d", "tech"));
  EXPECT_EQ(state_.creators().rows(), 2u);
  absl::StatusOr<RankedMatches> ranked = FindCreators(state_, "b", Request(0, 10));
  ASSERT_TRUE(ranked.ok());
  ASSERT_EQ(ranked->results.size(), 2u);
  EXPECT_EQ(ranked->results[0].creator_id, "c");
  EXPECT_EQ(ranked->results[1].creator_id, "d");
}

}  // namespace
}  // namespace matchmaker::matcher::testing
