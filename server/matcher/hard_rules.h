#ifndef MATCHMAKER_SERVER_MATCHER_HARD_RULES_H_
#define MATCHMAKER_SERVER_MATCHER_HARD_RULES_H_

#include <cstdint>

namespace matchmaker::matcher {

// Rules that exclude a (brief, creator) pair outright, whatever the scores. A pair breaking any
// is never returned by a ranking, plan or allocation; ExplainMatch lists every one it breaks.
enum class HardRule : uint8_t {
  // The brand's side.
  kBriefNotOpen = 0,
  kPlatformMissing,        // no account on any platform the brief needs (UGC aside)
  kLanguageMissing,        // publishes in none of the languages the content must be in
  kLocationMismatch,       // lives in none of the countries the brief wants creators in
  kBelowMinEngagement,     // engagement rate under the brief's minimum
  kCompetitorExclusivity,  // promoted a competitor inside the window and the brief excludes that
  kOverBudget,             // price beyond the per-creator budget and its tolerance
  // The creator's side.
  kNotAcceptingOffers,
  kUnavailable,  // unavailable until after the brief starts
  kAtCapacity,   // as many active partnerships as the creator takes
  kBlockedCategory,
  kBlockedBrand,
  kCompensationNotAccepted,  // none of the offered compensation kinds is one the creator takes
  // History.
  kHiddenByCreator,
  kDeclinedCoolDown,  // the creator declined this brief within the cool-down
  kAlreadyEngaged,    // an offer between them is open, accepted or done
  kCount,
};
inline constexpr int kNumHardRules = static_cast<int>(HardRule::kCount);

using RuleMask = uint32_t;
inline constexpr RuleMask RuleBit(HardRule rule) { return RuleMask{1} << static_cast<int>(rule); }

enum class RuleSide : uint8_t { kBrand, kCreator, kHistory };

const char* HardRuleName(HardRule rule);  // snake_case, stable
const char* RuleSideName(RuleSide side);
RuleSide SideOf(HardRule rule);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_HARD_RULES_H_
