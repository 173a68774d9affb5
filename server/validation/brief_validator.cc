#include "server/validation/brief_validator.h"

#include <cmath>
#include <string>

#include "absl/strings/str_cat.h"
#include "server/validation/common_validators.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

bool IsLater(const google::protobuf::Timestamp& a, const google::protobuf::Timestamp& b) {
  return a.seconds() > b.seconds() || (a.seconds() == b.seconds() && a.nanos() > b.nanos());
}

void CheckIntRange(int value, int max, absl::string_view path, FieldViolations* violations) {
  if (value >= 0 && value <= max) return;
  violations->Add(path, absl::StrCat("must be in [0, ", max, "] (got ", value, ")"));
}

void ValidateLocations(const google::protobuf::RepeatedPtrField<v1::Location>& locations,
                       absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(locations.size(), kMaxLocations, path, violations)) return;
  // Matching compares the country first, so a wanted location without one means nothing.
  for (int i = 0; i < locations.size(); ++i) {
    ValidateLocation(locations[i], /*country_required=*/true, IndexPath(path, i), violations);
  }
}

void ValidateSchedule(const v1::Brief& brief, absl::string_view path, FieldViolations* violations) {
  bool times_ok = true;
  if (brief.has_start_time()) {
    times_ok &= CheckTimestamp(brief.start_time(), FieldPath(path, "start_time"), violations);
  }
  if (brief.has_end_time()) {
    times_ok &= CheckTimestamp(brief.end_time(), FieldPath(path, "end_time"), violations);
  }
  if (times_ok && brief.has_start_time() && brief.has_end_time() &&
      !IsLater(brief.end_time(), brief.start_time())) {
    violations->Add(FieldPath(path, "end_time"), "must be after start_time");
  }
}

}  // namespace

void ValidateBudget(const v1::Budget& budget, absl::string_view path, FieldViolations* violations) {
  const bool total_ok =
      CheckNonNegative(budget.total_cents(), kMaxCents, FieldPath(path, "total_cents"), violations);
  const bool per_ok = CheckNonNegative(budget.per_creator_max_cents(), kMaxCents,
                                       FieldPath(path, "per_creator_max_cents"), violations);
  if (total_ok && per_ok && budget.total_cents() > 0 &&
      budget.per_creator_max_cents() > budget.total_cents()) {
    violations->Add(FieldPath(path, "per_creator_max_cents"),
                    absl::StrCat("must be <= total_cents (", budget.total_cents(), ") (got ",
                                 budget.per_creator_max_cents(), ")"));
  }
}

void ValidateFollowerRange(const v1::FollowerRange& range, absl::string_view path,
                           FieldViolations* violations) {
  const bool min_ok = CheckNonNegative(range.min_followers(), kMaxCount,
                                       FieldPath(path, "min_followers"), violations);
  const bool max_ok = CheckNonNegative(range.max_followers(), kMaxCount,
                                       FieldPath(path, "max_followers"), violations);
  if (min_ok && max_ok && range.max_followers() != 0 &&
      range.min_followers() > range.max_followers()) {
    violations->Add(FieldPath(path, "max_followers"),
                    absl::StrCat("must be >= min_followers (", range.min_followers(),
                                 ") or 0 for unbounded (got ", range.max_followers(), ")"));
  }
}

void ValidatePostingFrequencyRange(const v1::PostingFrequencyRange& range, absl::string_view path,
                                   FieldViolations* violations) {
  const bool min_ok = CheckNonNegative(range.min_posts_per_week(), kMaxPostsPerWeek,
                                       FieldPath(path, "min_posts_per_week"), violations);
  const bool max_ok = CheckNonNegative(range.max_posts_per_week(), kMaxPostsPerWeek,
                                       FieldPath(path, "max_posts_per_week"), violations);
  if (min_ok && max_ok && range.max_posts_per_week() != 0.0 &&
      range.min_posts_per_week() > range.max_posts_per_week()) {
    violations->Add(FieldPath(path, "max_posts_per_week"),
                    absl::StrCat("must be >= min_posts_per_week (", range.min_posts_per_week(),
                                 ") or 0 for unbounded (got ", range.max_posts_per_week(), ")"));
  }
}

void ValidateAudienceTargeting(const v1::AudienceTargeting& targeting, absl::string_view path,
                               FieldViolations* violations) {
  ValidateStringList(targeting.countries(), kMaxAudienceShares, FieldPath(path, "countries"),
                     violations, CheckCountryCode);
  ValidateEnumList(targeting.age_brackets(), v1::AgeBracket_descriptor(), kMaxFilterValues,
                   FieldPath(path, "age_brackets"), violations);
  const bool min_ok = CheckFraction(targeting.min_female_fraction(),
                                    FieldPath(path, "min_female_fraction"), violations);
  const bool max_ok = CheckFraction(targeting.max_female_fraction(),
                                    FieldPath(path, "max_female_fraction"), violations);
  if (min_ok && max_ok && targeting.max_female_fraction() != 0.0 &&
      targeting.min_female_fraction() > targeting.max_female_fraction()) {
    violations->Add(
        FieldPath(path, "max_female_fraction"),
        absl::StrCat("must be >= min_female_fraction (", targeting.min_female_fraction(),
                     ") or 0 for no bound (got ", targeting.max_female_fraction(), ")"));
  }
  ValidateLanguages(targeting.languages(), FieldPath(path, "languages"), violations);
}

void ValidateBrief(const v1::Brief& brief, const ValidationContext& ctx, absl::string_view path,
                   FieldViolations* violations) {
  CheckOptionalId(brief.id(), FieldPath(path, "id"), violations);
  CheckOptionalId(brief.brand_id(), FieldPath(path, "brand_id"), violations);
  CheckText(brief.title(), kMaxNameLength, FieldPath(path, "title"), violations);
  CheckText(brief.description(), kMaxDescriptionLength, FieldPath(path, "description"), violations);
  CheckEnum(v1::Objective_descriptor(), brief.objective(), /*required=*/false,
            FieldPath(path, "objective"), violations);
  ValidateNiches(brief.niches(), FieldPath(path, "niches"), violations);
  if (brief.has_aesthetic()) {
    ValidateAesthetic(brief.aesthetic(), ctx, FieldPath(path, "aesthetic"), violations);
  }
  ValidateEnumList(brief.platforms(), v1::Platform_descriptor(), kMaxFilterValues,
                   FieldPath(path, "platforms"), violations);
  if (brief.has_follower_range()) {
    ValidateFollowerRange(brief.follower_range(), FieldPath(path, "follower_range"), violations);
  }
  ValidateEnumList(brief.tiers(), v1::Tier_descriptor(), kMaxFilterValues, FieldPath(path, "tiers"),
                   violations);
  CheckFraction(brief.min_engagement_rate(), FieldPath(path, "min_engagement_rate"), violations);
  if (brief.has_posting_frequency()) {
    ValidatePostingFrequencyRange(brief.posting_frequency(), FieldPath(path, "posting_frequency"),
                                  violations);
  }
  ValidateLocations(brief.creator_locations(), FieldPath(path, "creator_locations"), violations);
  if (brief.has_audience_targeting()) {
    ValidateAudienceTargeting(brief.audience_targeting(), FieldPath(path, "audience_targeting"),
                              violations);
  }
  ValidateLanguages(brief.languages(), FieldPath(path, "languages"), violations);
  CheckIntRange(brief.competitor_exclusivity_days(), kMaxCompetitorExclusivityDays,
                FieldPath(path, "competitor_exclusivity_days"), violations);
  if (brief.has_budget()) ValidateBudget(brief.budget(), FieldPath(path, "budget"), violations);
  ValidateCompensations(brief.compensation(), FieldPath(path, "compensation"), violations);
  ValidateDeliverables(brief.deliverables(), FieldPath(path, "deliverables"), violations);
  CheckIntRange(brief.creators_wanted(), kMaxCreatorsWanted, FieldPath(path, "creators_wanted"),
                violations);
  CheckNonNegative(brief.max_total_reach(), kMaxCount, FieldPath(path, "max_total_reach"),
                   violations);
  ValidateStringList(brief.required_credentials(), kMaxRequiredCredentials,
                     FieldPath(path, "required_credentials"), violations,
                     [](absl::string_view value, absl::string_view element, FieldViolations* v) {
                       return CheckRequiredText(value, kMaxNameLength, element, v);
                     });
  ValidateSchedule(brief, path, violations);
  CheckEnum(v1::BriefStatus_descriptor(), brief.status(), /*required=*/false,
            FieldPath(path, "status"), violations);
}

}  // namespace matchmaker::validation
