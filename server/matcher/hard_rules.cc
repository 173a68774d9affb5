#include "server/matcher/hard_rules.h"

namespace matchmaker::matcher {
namespace {

constexpr const char* kNames[kNumHardRules] = {
    "brief_not_open",
    "platform_missing",
    "language_missing",
    "location_mismatch",
    "below_min_engagement",
    "competitor_exclusivity",
    "over_budget",
    "not_accepting_offers",
    "unavailable",
    "at_capacity",
    "blocked_category",
    "blocked_brand",
    "compensation_not_accepted",
    "hidden_by_creator",
    "declined_cool_down",
    "already_engaged",
};

}  // namespace

const char* HardRuleName(HardRule rule) { return kNames[static_cast<int>(rule)]; }

const char* RuleSideName(RuleSide side) {
  switch (side) {
    case RuleSide::kBrand:
      return "brand";
    case RuleSide::kCreator:
      return "creator";
    case RuleSide::kHistory:
      break;
  }
  return "history";
}

RuleSide SideOf(HardRule rule) {
  if (rule <= HardRule::kOverBudget) return RuleSide::kBrand;
  if (rule <= HardRule::kCompensationNotAccepted) return RuleSide::kCreator;
  return RuleSide::kHistory;
}

}  // namespace matchmaker::matcher
