#include "server/service/embedding_derivation.h"

#include <cmath>
#include <vector>

#include "gtest/gtest.h"

namespace matchmaker::service {
namespace {

google::protobuf::RepeatedPtrField<std::string> Tags(std::vector<std::string> tags) {
  google::protobuf::RepeatedPtrField<std::string> out;
  for (auto& tag : tags) *out.Add() = tag;
  return out;
}

google::protobuf::RepeatedPtrField<v1::NicheWeight> Niches(std::vector<std::string> niches) {
  google::protobuf::RepeatedPtrField<v1::NicheWeight> out;
  for (auto& niche : niches) {
    v1::NicheWeight* weight = out.Add();
    weight->set_niche(niche);
    weight->set_weight(1.0);
  }
  return out;
}

double Norm(const std::vector<float>& v) {
  double sum = 0;
  for (float x : v) sum += static_cast<double>(x) * x;
  return std::sqrt(sum);
}

double Cosine(const std::vector<float>& a, const std::vector<float>& b) {
  double dot = 0;
  for (size_t i = 0; i < a.size(); ++i) dot += static_cast<double>(a[i]) * b[i];
  return dot / (Norm(a) * Norm(b));
}

TEST(EmbeddingDerivationTest, IsDeterministicAndOfTheRequestedDimension) {
  auto a = DeriveEmbedding(Tags({"pastel", "minimal"}), Niches({"food/desserts"}), 64);
  auto b = DeriveEmbedding(Tags({"pastel", "minimal"}), Niches({"food/desserts"}), 64);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(DeriveEmbedding(Tags({"x"}), Niches({}), 7).size(), 7u);
}

TEST(EmbeddingDerivationTest, IsL2Normalized) {
  auto v = DeriveEmbedding(Tags({"pastel", "chaotic", "bold"}), Niches({"tech/keyboards"}), 32);
  EXPECT_NEAR(Norm(v), 1.0, 1e-5);
}

TEST(EmbeddingDerivationTest, IsAllZeroWithoutTagsOrNiches) {
  auto v = DeriveEmbedding(Tags({}), Niches({}), 16);
  EXPECT_EQ(Norm(v), 0.0);
}

TEST(EmbeddingDerivationTest, SharedNicheAncestorsMakeVectorsCloser) {
  auto desserts = DeriveEmbedding(Tags({}), Niches({"food/desserts"}), 256);
  auto recipes = DeriveEmbedding(Tags({}), Niches({"food/recipes"}), 256);
  auto keyboards = DeriveEmbedding(Tags({}), Niches({"tech/keyboards"}), 256);
  EXPECT_GT(Cosine(desserts, recipes), Cosine(desserts, keyboards));
  EXPECT_GT(Cosine(desserts, recipes), 0.15);  // shares "food" (1 of sqrt(5) each)
}

TEST(EmbeddingDerivationTest, EnsureEmbeddingKeepsSuppliedAndDerivesMissing) {
  v1::Aesthetic supplied;
  supplied.add_embedding(1.0f);
  supplied.add_embedding(0.0f);
  EnsureEmbedding(Niches({"food"}), 2, supplied);
  EXPECT_FALSE(supplied.embedding_derived());
  EXPECT_EQ(supplied.embedding(0), 1.0f);

  v1::Aesthetic missing;
  missing.add_tags("pastel");
  EnsureEmbedding(Niches({"food"}), 8, missing);
  EXPECT_TRUE(missing.embedding_derived());
  EXPECT_EQ(missing.embedding_size(), 8);
}

}  // namespace
}  // namespace matchmaker::service
