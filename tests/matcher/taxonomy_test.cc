#include "server/matcher/taxonomy.h"

#include "gtest/gtest.h"

namespace matchmaker::matcher {
namespace {

TEST(TaxonomyTest, InterningAPathInternsItsParents) {
  Taxonomy t;
  const InternId desserts = t.Intern("food/desserts");
  const InternId food = t.Find("food");
  ASSERT_NE(food, kNoId);
  EXPECT_EQ(t.Parent(desserts), food);
  EXPECT_EQ(t.Depth(desserts), 2);
  EXPECT_EQ(t.Intern("food/desserts/"), desserts);
}

TEST(TaxonomyTest, RelationsOrderExactParentSiblingUnrelated) {
  Taxonomy t;
  const InternId food = t.Intern("food");
  const InternId desserts = t.Intern("food/desserts");
  const InternId vegan = t.Intern("food/desserts/vegan");
  const InternId reviews = t.Intern("food/restaurant-reviews");
  const InternId nyc = t.Intern("food/restaurant-reviews/nyc");
  const InternId yoga = t.Intern("fitness/yoga");
  EXPECT_EQ(t.Relation(desserts, desserts), TaxonomyRelation::kExact);
  EXPECT_EQ(t.Relation(food, desserts), TaxonomyRelation::kParentChild);
  EXPECT_EQ(t.Relation(desserts, food), TaxonomyRelation::kParentChild);
  EXPECT_EQ(t.Relation(vegan, food), TaxonomyRelation::kAncestor);
  EXPECT_EQ(t.Relation(desserts, reviews), TaxonomyRelation::kSibling);
  EXPECT_EQ(t.Relation(vegan, nyc), TaxonomyRelation::kCousin);
  EXPECT_EQ(t.Relation(desserts, yoga), TaxonomyRelation::kUnrelated);
}

TEST(TaxonomyTest, IsWithinCoversDescendantsOnly) {
  Taxonomy t;
  const InternId gambling = t.Intern("gambling");
  const InternId casino = t.Intern("gambling/casino");
  const InternId games = t.Intern("games");
  EXPECT_TRUE(t.IsWithin(casino, gambling));
  EXPECT_TRUE(t.IsWithin(gambling, gambling));
  EXPECT_FALSE(t.IsWithin(gambling, casino));
  EXPECT_FALSE(t.IsWithin(games, gambling));
}

}  // namespace
}  // namespace matchmaker::matcher
