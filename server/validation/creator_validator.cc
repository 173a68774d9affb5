#include "server/validation/creator_validator.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "server/validation/common_validators.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

void ValidateAccounts(const google::protobuf::RepeatedPtrField<v1::PlatformAccount>& accounts,
                      absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(accounts.size(), kMaxAccounts, path, violations)) return;
  // One account per platform: per-platform follower counts and rate lookups assume it.
  absl::flat_hash_map<int, int> first_index;
  for (int i = 0; i < accounts.size(); ++i) {
    const std::string element = IndexPath(path, i);
    ValidatePlatformAccount(accounts[i], element, violations);
    if (accounts[i].platform() == v1::PLATFORM_UNSPECIFIED) continue;
    auto [it, inserted] = first_index.emplace(accounts[i].platform(), i);
    if (!inserted && v1::Platform_IsValid(accounts[i].platform())) {
      violations->Add(
          FieldPath(element, "platform"),
          absl::StrCat("duplicate account for ", v1::Platform_Name(accounts[i].platform()),
                       " (also at index ", it->second, "); one account per platform"));
    }
  }
}

void ValidateCredentials(const google::protobuf::RepeatedPtrField<v1::Credential>& credentials,
                         absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(credentials.size(), kMaxCredentials, path, violations)) return;
  for (int i = 0; i < credentials.size(); ++i) {
    const std::string element = IndexPath(path, i);
    CheckRequiredText(credentials[i].field(), kMaxNameLength, FieldPath(element, "field"),
                      violations);
    CheckText(credentials[i].title(), kMaxNameLength, FieldPath(element, "title"), violations);
  }
}

// Sponsorships and mentions name a brand by name or by id; at least one is needed to be
// useful for competitor checks.
void ValidateBrandReference(absl::string_view brand_name, absl::string_view brand_id,
                            absl::string_view path, FieldViolations* violations) {
  if (brand_name.empty() && brand_id.empty()) {
    violations->Add(FieldPath(path, "brand_name"), "brand_name or brand_id is required");
    return;
  }
  CheckText(brand_name, kMaxNameLength, FieldPath(path, "brand_name"), violations);
  CheckOptionalId(brand_id, FieldPath(path, "brand_id"), violations);
}

void ValidateSponsorships(const google::protobuf::RepeatedPtrField<v1::Sponsorship>& list,
                          absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(list.size(), kMaxSponsorships, path, violations)) return;
  for (int i = 0; i < list.size(); ++i) {
    const v1::Sponsorship& sponsorship = list[i];
    const std::string element = IndexPath(path, i);
    ValidateBrandReference(sponsorship.brand_name(), sponsorship.brand_id(), element, violations);
    if (!sponsorship.category().empty()) {
      CheckNichePath(sponsorship.category(), FieldPath(element, "category"), violations);
    }
    if (sponsorship.has_date()) {
      CheckTimestamp(sponsorship.date(), FieldPath(element, "date"), violations);
    }
    CheckEnum(v1::Platform_descriptor(), sponsorship.platform(), /*required=*/false,
              FieldPath(element, "platform"), violations);
  }
}

void ValidateBrandMentions(const google::protobuf::RepeatedPtrField<v1::BrandMention>& list,
                           absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(list.size(), kMaxBrandMentions, path, violations)) return;
  for (int i = 0; i < list.size(); ++i) {
    const v1::BrandMention& mention = list[i];
    const std::string element = IndexPath(path, i);
    ValidateBrandReference(mention.brand_name(), mention.brand_id(), element, violations);
    if (mention.has_date()) {
      CheckTimestamp(mention.date(), FieldPath(element, "date"), violations);
    }
    CheckEnum(v1::Platform_descriptor(), mention.platform(), /*required=*/false,
              FieldPath(element, "platform"), violations);
  }
}

void ValidateRateCard(const google::protobuf::RepeatedPtrField<v1::RateCardEntry>& entries,
                      absl::string_view path, FieldViolations* violations) {
  if (!CheckListSize(entries.size(), kMaxRateCardEntries, path, violations)) return;
  // One price per (platform, deliverable): the matcher looks the price up by that pair.
  absl::flat_hash_map<std::pair<int, int>, int> first_index;
  for (int i = 0; i < entries.size(); ++i) {
    const v1::RateCardEntry& entry = entries[i];
    const std::string element = IndexPath(path, i);
    const bool platform_ok =
        CheckEnum(v1::Platform_descriptor(), entry.platform(),
                  /*required=*/true, FieldPath(element, "platform"), violations);
    const bool kind_ok =
        CheckEnum(v1::DeliverableKind_descriptor(), entry.deliverable(),
                  /*required=*/true, FieldPath(element, "deliverable"), violations);
    CheckNonNegative(entry.price_cents(), kMaxCents, FieldPath(element, "price_cents"), violations);
    if (!platform_ok || !kind_ok) continue;
    auto [it, inserted] =
        first_index.emplace(std::make_pair(entry.platform(), entry.deliverable()), i);
    if (!inserted) {
      violations->Add(
          element, absl::StrCat("duplicate price for ", v1::Platform_Name(entry.platform()), " / ",
                                v1::DeliverableKind_Name(entry.deliverable()), " (also at index ",
                                it->second, ")"));
    }
  }
}

void ValidatePreferences(const v1::CreatorPreferences& preferences, absl::string_view path,
                         FieldViolations* violations) {
  CheckNonNegative(preferences.min_fee_cents(), kMaxCents, FieldPath(path, "min_fee_cents"),
                   violations);
  ValidateStringList(preferences.blocked_categories(), kMaxBlockedCategories,
                     FieldPath(path, "blocked_categories"), violations, CheckNichePath);
  ValidateStringList(preferences.blocked_brand_ids(), kMaxBlockedBrands,
                     FieldPath(path, "blocked_brand_ids"), violations, CheckId);
  const int max_concurrent = preferences.max_concurrent_partnerships();
  if (max_concurrent < 0 || max_concurrent > kMaxConcurrentPartnerships) {
    violations->Add(FieldPath(path, "max_concurrent_partnerships"),
                    absl::StrCat("must be in [0, ", kMaxConcurrentPartnerships, "] (got ",
                                 max_concurrent, "); 0 means no limit"));
  }
}

void ValidateAvailability(const v1::Availability& availability, absl::string_view path,
                          FieldViolations* violations) {
  if (availability.has_unavailable_until()) {
    CheckTimestamp(availability.unavailable_until(), FieldPath(path, "unavailable_until"),
                   violations);
  }
  CheckText(availability.note(), kMaxDescriptionLength, FieldPath(path, "note"), violations);
}

}  // namespace

void ValidatePlatformAccount(const v1::PlatformAccount& account, absl::string_view path,
                             FieldViolations* violations) {
  CheckEnum(v1::Platform_descriptor(), account.platform(), /*required=*/true,
            FieldPath(path, "platform"), violations);
  CheckText(account.handle(), kMaxNameLength, FieldPath(path, "handle"), violations);
  CheckNonNegative(account.followers(), kMaxCount, FieldPath(path, "followers"), violations);
  const double max_count = static_cast<double>(kMaxCount);
  CheckNonNegative(account.avg_likes(), max_count, FieldPath(path, "avg_likes"), violations);
  CheckNonNegative(account.avg_comments(), max_count, FieldPath(path, "avg_comments"), violations);
  CheckNonNegative(account.avg_shares(), max_count, FieldPath(path, "avg_shares"), violations);
  CheckNonNegative(account.avg_views(), max_count, FieldPath(path, "avg_views"), violations);
  CheckNonNegative(account.posts_per_week(), kMaxPostsPerWeek, FieldPath(path, "posts_per_week"),
                   violations);
  if (account.has_last_post_time()) {
    CheckTimestamp(account.last_post_time(), FieldPath(path, "last_post_time"), violations);
  }
  if (account.has_audience()) {
    ValidateAudienceProfile(account.audience(), FieldPath(path, "audience"), violations);
  }
  CheckFraction(account.reply_rate(), FieldPath(path, "reply_rate"), violations);
}

void ValidateCreator(const v1::Creator& creator, const ValidationContext& ctx,
                     absl::string_view path, FieldViolations* violations) {
  CheckOptionalId(creator.id(), FieldPath(path, "id"), violations);
  CheckText(creator.display_name(), kMaxNameLength, FieldPath(path, "display_name"), violations);
  CheckText(creator.bio(), kMaxDescriptionLength, FieldPath(path, "bio"), violations);
  ValidateAccounts(creator.accounts(), FieldPath(path, "accounts"), violations);
  ValidateNiches(creator.niches(), FieldPath(path, "niches"), violations);
  if (creator.has_aesthetic()) {
    ValidateAesthetic(creator.aesthetic(), ctx, FieldPath(path, "aesthetic"), violations);
  }
  if (creator.has_location()) {
    ValidateLocation(creator.location(), /*country_required=*/false, FieldPath(path, "location"),
                     violations);
  }
  ValidateLanguages(creator.languages(), FieldPath(path, "languages"), violations);
  ValidateCredentials(creator.credentials(), FieldPath(path, "credentials"), violations);
  ValidateSponsorships(creator.past_sponsorships(), FieldPath(path, "past_sponsorships"),
                       violations);
  ValidateBrandMentions(creator.brand_mentions(), FieldPath(path, "brand_mentions"), violations);
  ValidateRateCard(creator.rate_card(), FieldPath(path, "rate_card"), violations);
  ValidateEnumList(creator.accepted_compensation(), v1::CompensationKind_descriptor(),
                   kMaxCompensations, FieldPath(path, "accepted_compensation"), violations);
  if (creator.has_preferences()) {
    ValidatePreferences(creator.preferences(), FieldPath(path, "preferences"), violations);
  }
  if (creator.has_availability()) {
    ValidateAvailability(creator.availability(), FieldPath(path, "availability"), violations);
  }
}

}  // namespace matchmaker::validation
