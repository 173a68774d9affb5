#include "server/validation/common_validators.h"

#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

// Reports the list's sum when it exceeds 1 beyond rounding slack.
void CheckFractionSum(double sum, absl::string_view path, FieldViolations* violations) {
  if (sum > 1.0 + kFractionSumTolerance) {
    violations->Add(path, absl::StrCat("fractions must sum to at most 1 (got ", sum, ")"));
  }
}

// A keyed share list (countries or languages): keys valid and unique, fractions sum <= 1.
template <typename KeyCheck>
void ValidateShares(const google::protobuf::RepeatedPtrField<v1::AudienceShare>& shares,
                    absl::string_view path, FieldViolations* violations, KeyCheck check_key) {
  if (!CheckListSize(shares.size(), kMaxAudienceShares, path, violations)) return;
  absl::flat_hash_map<std::string, int> first_index;
  double sum = 0.0;
  for (int i = 0; i < shares.size(); ++i) {
    const std::string element = IndexPath(path, i);
    const std::string key_path = FieldPath(element, "key");
    if (check_key(shares[i].key(), key_path, violations)) {
      auto [it, inserted] = first_index.emplace(shares[i].key(), i);
      if (!inserted) {
        violations->Add(key_path, absl::StrCat("duplicate key \"", shares[i].key(),
                                               "\" (also at index ", it->second, ")"));
      }
    }
    if (CheckFraction(shares[i].fraction(), FieldPath(element, "fraction"), violations)) {
      sum += shares[i].fraction();
    }
  }
  CheckFractionSum(sum, path, violations);
}

}  // namespace

void ValidateLocation(const v1::Location& location, bool country_required, absl::string_view path,
                      FieldViolations* violations) {
  if (country_required || !location.country_code().empty()) {
    CheckCountryCode(location.country_code(), FieldPath(path, "country_code"), violations);
  }
  CheckText(location.region(), kMaxNameLength, FieldPath(path, "region"), violations);
  CheckText(location.city(), kMaxNameLength, FieldPath(path, "city"), violations);
}

void ValidateNiches(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches,
                    absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(niches.size(), kMaxNiches, path, violations)) return;
  absl::flat_hash_map<std::string, int> first_index;
  for (int i = 0; i < niches.size(); ++i) {
    const std::string element = IndexPath(path, i);
    const std::string niche_path = FieldPath(element, "niche");
    // Two weights for one niche would make the score depend on which one is read.
    if (CheckNichePath(niches[i].niche(), niche_path, violations)) {
      auto [it, inserted] = first_index.emplace(niches[i].niche(), i);
      if (!inserted) {
        violations->Add(niche_path, absl::StrCat("duplicate niche \"", niches[i].niche(),
                                                 "\" (also at index ", it->second, ")"));
      }
    }
    const double weight = niches[i].weight();
    if (!std::isfinite(weight) || weight <= 0.0 || weight > 1.0) {
      violations->Add(FieldPath(element, "weight"),
                      absl::StrCat("must be in (0, 1] (got ", weight, ")"));
    }
  }
}

void ValidateAesthetic(const v1::Aesthetic& aesthetic, const ValidationContext& ctx,
                       absl::string_view path, FieldViolations* violations) {
  ValidateStringList(aesthetic.tags(), kMaxTags, FieldPath(path, "tags"), violations, CheckTag);
  const auto& embedding = aesthetic.embedding();
  if (embedding.empty()) return;  // The server derives one.
  const std::string embedding_path = FieldPath(path, "embedding");
  if (embedding.size() != ctx.embedding_dim) {
    violations->Add(embedding_path,
                    absl::StrCat("must have exactly ", ctx.embedding_dim,
                                 " values (the deployment's embedding_dim) or none (got ",
                                 embedding.size(), ")"));
    return;
  }
  // One violation for the first bad value keeps the payload small for a 4096-value vector.
  int first_bad = -1;
  int bad_count = 0;
  for (int i = 0; i < embedding.size(); ++i) {
    if (std::isfinite(embedding[i])) continue;
    if (first_bad < 0) first_bad = i;
    ++bad_count;
  }
  if (first_bad >= 0) {
    violations->Add(IndexPath(embedding_path, first_bad),
                    absl::StrCat("must be a finite number (got ", embedding[first_bad], "; ",
                                 bad_count, " non-finite value(s) in all)"));
  }
}

void ValidateAudienceProfile(const v1::AudienceProfile& audience, absl::string_view path,
                             FieldViolations* violations) {
  ValidateShares(audience.top_countries(), FieldPath(path, "top_countries"), violations,
                 CheckCountryCode);
  ValidateShares(audience.languages(), FieldPath(path, "languages"), violations, CheckLanguageCode);

  const std::string brackets_path = FieldPath(path, "age_brackets");
  const auto& brackets = audience.age_brackets();
  if (CheckListSize(brackets.size(), v1::AgeBracket_descriptor()->value_count() - 1, brackets_path,
                    violations)) {
    absl::flat_hash_map<int, int> first_index;
    double sum = 0.0;
    for (int i = 0; i < brackets.size(); ++i) {
      const std::string element = IndexPath(brackets_path, i);
      const std::string bracket_path = FieldPath(element, "bracket");
      if (CheckEnum(v1::AgeBracket_descriptor(), brackets[i].bracket(), /*required=*/true,
                    bracket_path, violations)) {
        auto [it, inserted] = first_index.emplace(brackets[i].bracket(), i);
        if (!inserted) {
          violations->Add(bracket_path, absl::StrCat("duplicate bracket ",
                                                     v1::AgeBracket_Name(brackets[i].bracket()),
                                                     " (also at index ", it->second, ")"));
        }
      }
      if (CheckFraction(brackets[i].fraction(), FieldPath(element, "fraction"), violations)) {
        sum += brackets[i].fraction();
      }
    }
    CheckFractionSum(sum, brackets_path, violations);
  }

  const bool female_ok =
      CheckFraction(audience.female_fraction(), FieldPath(path, "female_fraction"), violations);
  const bool male_ok =
      CheckFraction(audience.male_fraction(), FieldPath(path, "male_fraction"), violations);
  if (female_ok && male_ok &&
      audience.female_fraction() + audience.male_fraction() > 1.0 + kFractionSumTolerance) {
    violations->Add(FieldPath(path, "male_fraction"),
                    absl::StrCat("female_fraction + male_fraction must be at most 1 (got ",
                                 audience.female_fraction() + audience.male_fraction(), ")"));
  }
}

void ValidateCompensation(const v1::Compensation& compensation, absl::string_view path,
                          FieldViolations* violations) {
  CheckEnum(v1::CompensationKind_descriptor(), compensation.kind(), /*required=*/true,
            FieldPath(path, "kind"), violations);
  CheckNonNegative(compensation.value_cents(), kMaxCents, FieldPath(path, "value_cents"),
                   violations);
  CheckFraction(compensation.commission_rate(), FieldPath(path, "commission_rate"), violations);
  CheckText(compensation.description(), kMaxDescriptionLength, FieldPath(path, "description"),
            violations);
}

void ValidateCompensations(const google::protobuf::RepeatedPtrField<v1::Compensation>& list,
                           absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(list.size(), kMaxCompensations, path, violations)) return;
  for (int i = 0; i < list.size(); ++i) {
    ValidateCompensation(list[i], IndexPath(path, i), violations);
  }
}

void ValidateDeliverable(const v1::Deliverable& deliverable, absl::string_view path,
                         FieldViolations* violations) {
  CheckEnum(v1::Platform_descriptor(), deliverable.platform(), /*required=*/false,
            FieldPath(path, "platform"), violations);
  CheckEnum(v1::DeliverableKind_descriptor(), deliverable.kind(), /*required=*/true,
            FieldPath(path, "kind"), violations);
  if (deliverable.count() < 1 || deliverable.count() > kMaxDeliverableCount) {
    violations->Add(FieldPath(path, "count"), absl::StrCat("must be in [1, ", kMaxDeliverableCount,
                                                           "] (got ", deliverable.count(), ")"));
  }
}

void ValidateDeliverables(const google::protobuf::RepeatedPtrField<v1::Deliverable>& list,
                          absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(list.size(), kMaxDeliverables, path, violations)) return;
  for (int i = 0; i < list.size(); ++i) {
    ValidateDeliverable(list[i], IndexPath(path, i), violations);
  }
}

void ValidateLanguages(const google::protobuf::RepeatedPtrField<std::string>& languages,
                       absl::string_view path, FieldViolations* violations) {
  ValidateStringList(languages, kMaxLanguages, path, violations, CheckLanguageCode);
}

void ValidateEnumList(const google::protobuf::RepeatedField<int>& values,
                      const google::protobuf::EnumDescriptor* type, std::size_t max,
                      absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(values.size(), max, path, violations)) return;
  for (int i = 0; i < values.size(); ++i) {
    CheckEnum(type, values[i], /*required=*/true, IndexPath(path, i), violations);
  }
}

}  // namespace matchmaker::validation
