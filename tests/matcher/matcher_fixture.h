#ifndef MATCHMAKER_TESTS_MATCHER_MATCHER_FIXTURE_H_
#define MATCHMAKER_TESTS_MATCHER_MATCHER_FIXTURE_H_

#include <string>

#include "gtest/gtest.h"
#include "server/matcher/matcher.h"
#include "tests/matcher/test_market.h"

namespace matchmaker::matcher::testing {

// A MatchingState with one brand ("acme", food/snacks) and helpers to explain pairs.
class MatcherTest : public ::testing::Test {
 protected:
  MatcherTest() : state_(TestConfig()) {
    EXPECT_TRUE(state_.UpsertBrand(MakeBrand("acme", "food/snacks")).ok());
  }

  void Add(const CreatorProfile& c) { ASSERT_TRUE(state_.UpsertCreator(c).ok()); }
  void Add(const BriefProfile& b) { ASSERT_TRUE(state_.UpsertBrief(b).ok()); }

  MatchExplanation Explain(const std::string& brief, const std::string& creator) {
    ScoringOptions options;
    options.now = kNow;
    absl::StatusOr<MatchExplanation> e = ExplainMatch(state_, brief, creator, options);
    EXPECT_TRUE(e.ok()) << e.status();
    return e.ok() ? *e : MatchExplanation();
  }

  static const FactorExplanation& Factor(const std::vector<FactorExplanation>& factors,
                                         const std::string& name) {
    for (const FactorExplanation& f : factors) {
      if (f.name == name) return f;
    }
    ADD_FAILURE() << "no factor " << name;
    static const FactorExplanation kNone;
    return kNone;
  }
  double BrandFactorScore(const std::string& brief, const std::string& creator,
                          const std::string& name) {
    return Factor(Explain(brief, creator).match.brand_factors, name).score;
  }
  double CreatorFactorScore(const std::string& brief, const std::string& creator,
                            const std::string& name) {
    return Factor(Explain(brief, creator).match.creator_factors, name).score;
  }
  static bool Breaks(const MatchExplanation& e, HardRule rule) {
    for (const RuleViolation& v : e.violations) {
      if (v.rule == rule) return true;
    }
    return false;
  }

  OfferEvent Event(const std::string& brief, const std::string& creator, OfferState from,
                   OfferState to, DeclineReason reason = DeclineReason::kUnspecified) {
    OfferEvent e;
    e.brief_id = brief;
    e.creator_id = creator;
    e.from = from;
    e.to = to;
    e.decline_reason = reason;
    e.time = kNow - kSecondsPerDay;
    return e;
  }

  MatchingState state_;
};

}  // namespace matchmaker::matcher::testing

#endif  // MATCHMAKER_TESTS_MATCHER_MATCHER_FIXTURE_H_
