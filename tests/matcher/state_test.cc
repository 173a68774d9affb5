#include "gtest/gtest.h"
#include "server/matcher/embedding.h"
#include "server/matcher/matching_state.h"
#include "tests/matcher/test_market.h"

namespace matchmaker::matcher::testing {
namespace {

TEST(MatchingStateTest, RejectsEmbeddingsOfTheWrongDimension) {
  MatchingState state(TestConfig());
  CreatorProfile c = MakeCreator("c", "food");
  c.embedding = {1, 2, 3};
  EXPECT_EQ(state.UpsertCreator(c).code(), absl::StatusCode::kInvalidArgument);
  c.id.clear();
  EXPECT_EQ(state.UpsertCreator(c).code(), absl::StatusCode::kInvalidArgument);
}

TEST(MatchingStateTest, DerivesAnEmbeddingWhenNoneIsGiven) {
  MatchingState state(TestConfig());
  CreatorProfile c = MakeCreator("c", "food/desserts");
  c.embedding.clear();
  c.tags = {"pastel"};
  ASSERT_TRUE(state.UpsertCreator(c).ok());
  const float* v = state.creators().embedding_of(state.FindCreator("c"));
  EXPECT_NEAR(Dot(v, v, kDim), 1.0f, 1e-5);
}

TEST(MatchingStateTest, DerivedEmbeddingsAreDeterministicAndNicheAware) {
  const std::vector<std::string> none;
  const std::vector<float> a = DeriveEmbedding(none, {{"food/desserts", 1}}, 64);
  const std::vector<float> b = DeriveEmbedding(none, {{"food/desserts", 1}}, 64);
  const std::vector<float> sibling = DeriveEmbedding(none, {{"food/recipes", 1}}, 64);
  const std::vector<float> far = DeriveEmbedding(none, {{"tech/keyboards", 1}}, 64);
  EXPECT_EQ(a, b);
  EXPECT_GT(Dot(a.data(), sibling.data(), 64), Dot(a.data(), far.data(), 64));
}

TEST(MatchingStateTest, ManyUpdatesKeepTheListPoolsCompact) {
  MatchingState state(TestConfig());
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < 100; ++i) {
      CreatorProfile c = MakeCreator("c" + std::to_string(i), "food");
      c.tags = {"a", "b", "c", "d", "e", "f", "g", "h"};
      ASSERT_TRUE(state.UpsertCreator(c).ok());
    }
  }
  EXPECT_EQ(state.creator_count(), 100u);
  EXPECT_LT(state.creators().id_pool.size(), 100u * 10 * 4);
  const CreatorRow row = state.FindCreator("c7");
  EXPECT_EQ(state.creators().id_pool.Get(state.creators().tags[row]).size(), 8u);
}

TEST(MatchingStateTest, UpdatingABriefMovesItBetweenBrands) {
  MatchingState state(TestConfig());
  ASSERT_TRUE(state.UpsertBrief(MakeBrief("b", "acme", "food")).ok());
  ASSERT_TRUE(state.UpsertBrief(MakeBrief("b", "fizz", "food")).ok());
  EXPECT_EQ(state.brief_count(), 1u);
  EXPECT_TRUE(state.brands()[state.brand_keys().Find("acme")].briefs.empty());
  EXPECT_EQ(state.brands()[state.brand_keys().Find("fizz")].briefs.size(), 1u);
  EXPECT_TRUE(state.RemoveBrief("b"));
  EXPECT_EQ(state.brief_count(), 0u);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
