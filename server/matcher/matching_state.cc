#include "server/matcher/matching_state.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "server/matcher/embedding.h"

namespace matchmaker::matcher {
namespace {

int32_t DayOf(UnixSeconds t) { return static_cast<int32_t>(t / kSecondsPerDay); }

template <typename T>
void SetColumn(std::vector<T>* column, CreatorRow row, T value) {
  if (column->size() <= row) column->resize(row + 1);
  (*column)[row] = std::move(value);
}

absl::Status CheckedEmbedding(const std::vector<float>& given, const std::vector<std::string>& tags,
                              const std::vector<WeightedNiche>& niches, int dim,
                              std::vector<float>* out) {
  if (given.empty()) {
    *out = DeriveEmbedding(tags, niches, dim);
    return absl::OkStatus();
  }
  if (static_cast<int>(given.size()) != dim) {
    return absl::InvalidArgumentError(
        absl::StrCat("embedding has ", given.size(), " values; the deployment uses ", dim));
  }
  *out = given;
  Normalize(out->data(), dim);
  return absl::OkStatus();
}

}  // namespace

MatchingState::MatchingState(MatcherConfig config)
    : config_(std::move(config)),
      creators_(config_.embedding_dim),
      briefs_(config_.embedding_dim) {}

std::vector<InternId> MatchingState::InternTerms(const std::vector<std::string>& values,
                                                 bool sort) {
  std::vector<InternId> ids;
  ids.reserve(values.size());
  for (const std::string& v : values) {
    if (!v.empty()) ids.push_back(terms_.Intern(v));
  }
  if (sort) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return ids;
}

BrandRecord& MatchingState::BrandByKey(InternId key) {
  if (brands_.size() <= key) brands_.resize(key + 1);
  return brands_[key];
}

CreatorRow MatchingState::AllocateCreatorRow() {
  if (!free_creator_rows_.empty()) {
    CreatorRow row = free_creator_rows_.back();
    free_creator_rows_.pop_back();
    return row;
  }
  const CreatorRow row = static_cast<CreatorRow>(creators_.rows());
  CreatorTable& t = creators_;
  t.key.push_back(kNoId);
  t.flags.push_back(0);
  t.total_followers.push_back(0);
  t.tier.push_back(Tier::kNano);
  t.accounts.emplace_back();
  t.audience_age.emplace_back();
  t.audience_female.push_back(-1);
  t.audience_countries.emplace_back();
  t.audience_languages.emplace_back();
  t.niches.emplace_back();
  t.tags.emplace_back();
  t.languages.emplace_back();
  t.blocked_categories.emplace_back();
  t.blocked_brands.emplace_back();
  t.embedding.resize(t.embedding.size() + t.dim, 0.0f);
  t.country.push_back(kNoId);
  t.region.push_back(kNoId);
  t.city.push_back(kNoId);
  t.credentials.emplace_back();
  t.sponsorships.emplace_back();
  t.mentions.emplace_back();
  t.rate_card.emplace_back();
  t.accepted_compensation.push_back(0);
  t.min_fee_cents.push_back(0);
  t.max_concurrent.push_back(0);
  t.unavailable_until.push_back(0);
  return row;
}

void MatchingState::ReleaseCreatorLists(CreatorRow row) {
  CreatorTable& t = creators_;
  auto release = [row](auto* pool, std::vector<ListRef>* column) {
    pool->Release((*column)[row]);
    (*column)[row] = ListRef();
  };
  release(&t.account_pool, &t.accounts);
  release(&t.audience_pool, &t.audience_countries);
  release(&t.audience_pool, &t.audience_languages);
  release(&t.niche_pool, &t.niches);
  release(&t.id_pool, &t.tags);
  release(&t.id_pool, &t.languages);
  release(&t.id_pool, &t.blocked_categories);
  release(&t.id_pool, &t.blocked_brands);
  release(&t.credential_pool, &t.credentials);
  release(&t.sponsorship_pool, &t.sponsorships);
  release(&t.mention_pool, &t.mentions);
  release(&t.rate_pool, &t.rate_card);
}

absl::Status MatchingState::UpsertCreator(const CreatorProfile& p) {
  if (p.id.empty()) return absl::InvalidArgumentError("creator id is empty");
  std::vector<float> embedding;
  if (absl::Status s =
          CheckedEmbedding(p.embedding, p.tags, p.niches, config_.embedding_dim, &embedding);
      !s.ok()) {
    return s;
  }
  const InternId key = creator_keys_.Intern(p.id);
  if (creator_row_by_key_.size() <= key) creator_row_by_key_.resize(key + 1, kNoRow);
  CreatorRow row = creator_row_by_key_[key];
  if (row == kNoRow) {
    row = AllocateCreatorRow();
    creator_row_by_key_[key] = row;
    ++live_creators_;
  } else {
    ReleaseCreatorLists(row);
  }
  CreatorTable& t = creators_;
  t.key[row] = key;

  uint8_t flags = kCreatorLive;
  if (p.ugc_creator) flags |= kCreatorUgc;
  if (p.direct_monetization) flags |= kCreatorDirectMonetization;
  if (p.accepting_offers) flags |= kCreatorAcceptingOffers;
  if (p.prefers_long_term) flags |= kCreatorPrefersLongTerm;
  t.flags[row] = flags;

  // Accounts and the followers-weighted audience across them.
  std::vector<AccountRecord> accounts;
  double total = 0;
  std::array<float, kNumAgeBrackets> age{};
  double female_sum = 0, female_weight = 0;
  absl::flat_hash_map<InternId, double> countries, languages;
  double age_weight = 0;
  for (const AccountProfile& a : p.accounts) {
    AccountRecord r;
    r.platform = a.platform;
    r.followers = static_cast<float>(std::max<int64_t>(a.followers, 0));
    r.engagement_rate =
        a.followers > 0
            ? static_cast<float>((a.avg_likes + a.avg_comments + a.avg_shares) / a.followers)
            : 0.0f;
    const double norm = config_.engagement_norms.Expected(a.platform, r.followers);
    r.norm_ratio = norm > 0 ? static_cast<float>(r.engagement_rate / norm) : 0.0f;
    r.posts_per_week = static_cast<float>(a.posts_per_week);
    r.reply_rate = static_cast<float>(a.reply_rate);
    accounts.push_back(r);
    total += r.followers;
    const double w = std::max(1.0, static_cast<double>(r.followers));
    double age_total = 0;
    for (double f : a.audience_age) age_total += f;
    if (age_total > 0) {
      for (int i = 0; i < kNumAgeBrackets; ++i) age[i] += static_cast<float>(w * a.audience_age[i]);
      age_weight += w;
    }
    if (a.audience_female_fraction >= 0) {
      female_sum += w * a.audience_female_fraction;
      female_weight += w;
    }
    for (const KeyShare& s : a.audience_countries)
      countries[terms_.Intern(s.key)] += w * s.fraction;
    for (const KeyShare& s : a.audience_languages)
      languages[terms_.Intern(s.key)] += w * s.fraction;
  }
  t.accounts[row] = t.account_pool.Store(accounts);
  t.total_followers[row] = static_cast<float>(total);
  t.tier[row] = config_.tiers.TierOf(static_cast<int64_t>(total));
  if (age_weight > 0) {
    for (float& f : age) f = static_cast<float>(f / age_weight);
  }
  t.audience_age[row] = age;
  t.audience_female[row] = female_weight > 0 ? static_cast<float>(female_sum / female_weight) : -1;
  auto shares = [&](const absl::flat_hash_map<InternId, double>& m) {
    std::vector<WeightedId> out;
    const double weight = std::max(1.0, total);
    for (const auto& [id, sum] : m) out.push_back({id, static_cast<float>(sum / weight)});
    std::sort(out.begin(), out.end(),
              [](const WeightedId& a, const WeightedId& b) { return a.id < b.id; });
    return t.audience_pool.Store(out);
  };
  t.audience_countries[row] = shares(countries);
  t.audience_languages[row] = shares(languages);

  // Niches, normalised so the main niche weighs 1.
  std::vector<WeightedId> niches;
  double max_weight = 0;
  for (const WeightedNiche& n : p.niches) max_weight = std::max(max_weight, n.weight);
  for (const WeightedNiche& n : p.niches) {
    const InternId id = niches_.Intern(n.niche);
    if (id == kNoId) continue;
    const double w = max_weight > 0 && n.weight > 0 ? n.weight / max_weight : 1.0;
    niches.push_back({id, static_cast<float>(w)});
  }
  t.niches[row] = t.niche_pool.Store(niches);
  t.tags[row] = t.id_pool.Store(InternTerms(p.tags, /*sort=*/true));
  t.languages[row] = t.id_pool.Store(InternTerms(p.languages, /*sort=*/true));
  std::vector<InternId> blocked_categories;
  for (const std::string& c : p.blocked_categories) {
    const InternId id = categories_.Intern(c);
    if (id != kNoId) blocked_categories.push_back(id);
  }
  t.blocked_categories[row] = t.id_pool.Store(blocked_categories);
  std::vector<InternId> blocked_brands;
  for (const std::string& b : p.blocked_brand_ids) {
    if (!b.empty()) blocked_brands.push_back(brand_keys_.Intern(b));
  }
  t.blocked_brands[row] = t.id_pool.Store(blocked_brands);
  std::copy(embedding.begin(), embedding.end(), t.embedding.begin() + size_t{row} * t.dim);

  t.country[row] = p.country.empty() ? kNoId : terms_.Intern(p.country);
  t.region[row] = p.region.empty() ? kNoId : terms_.Intern(p.region);
  t.city[row] = p.city.empty() ? kNoId : terms_.Intern(p.city);

  std::vector<CredentialRecord> credentials;
  for (const CredentialProfile& c : p.credentials) {
    if (!c.field.empty()) credentials.push_back({terms_.Intern(c.field), c.verified});
  }
  t.credentials[row] = t.credential_pool.Store(credentials);

  auto brand_key = [this](const std::string& text) {
    return text.empty() ? kNoId : brand_keys_.Intern(absl::AsciiStrToLower(text));
  };
  std::vector<SponsorshipRecord> sponsorships;
  for (const SponsorshipProfile& s : p.sponsorships) {
    sponsorships.push_back({brand_key(s.brand_id), brand_key(s.brand_name),
                            s.category.empty() ? kNoId : categories_.Intern(s.category),
                            DayOf(s.date), s.platform});
  }
  t.sponsorships[row] = t.sponsorship_pool.Store(sponsorships);
  std::vector<MentionRecord> mentions;
  for (const MentionProfile& m : p.mentions) {
    mentions.push_back({brand_key(m.brand_id), brand_key(m.brand_name), DayOf(m.date)});
  }
  t.mentions[row] = t.mention_pool.Store(mentions);
  std::vector<RateRecord> rates;
  for (const RateProfile& r : p.rate_card)
    rates.push_back({r.platform, r.deliverable, r.price_cents});
  t.rate_card[row] = t.rate_pool.Store(rates);

  t.accepted_compensation[row] = p.accepted_compensation;
  t.min_fee_cents[row] = std::max<int64_t>(p.min_fee_cents, 0);
  t.max_concurrent[row] = std::max(p.max_concurrent_partnerships, 0);
  t.unavailable_until[row] = p.unavailable_until;
  t.CompactPools();
  return absl::OkStatus();
}

bool MatchingState::RemoveCreator(absl::string_view id) {
  const InternId key = creator_keys_.Find(id);
  const CreatorRow row = RowOfCreatorKey(key);
  if (row == kNoRow) return false;
  ReleaseCreatorLists(row);
  creators_.flags[row] = 0;
  creators_.key[row] = kNoId;
  creator_row_by_key_[key] = kNoRow;
  free_creator_rows_.push_back(row);
  history_.ForgetCreator(key);
  --live_creators_;
  return true;
}

absl::Status MatchingState::UpsertBrand(const BrandProfile& p) {
  if (p.id.empty()) return absl::InvalidArgumentError("brand id is empty");
  const InternId key = brand_keys_.Intern(p.id);
  BrandRecord& b = BrandByKey(key);
  b.id = p.id;
  b.known = true;
  b.category = p.category.empty() ? kNoId : categories_.Intern(p.category);
  b.name_key = p.name.empty() ? kNoId : brand_keys_.Intern(absl::AsciiStrToLower(p.name));
  b.competitors.clear();
  for (const std::string& c : p.competitors) {
    if (c.empty()) continue;
    b.competitors.push_back(brand_keys_.Intern(c));
    b.competitors.push_back(brand_keys_.Intern(absl::AsciiStrToLower(c)));
  }
  std::sort(b.competitors.begin(), b.competitors.end());
  b.competitors.erase(std::unique(b.competitors.begin(), b.competitors.end()), b.competitors.end());
  return absl::OkStatus();
}

bool MatchingState::RemoveBrand(absl::string_view id) {
  const InternId key = brand_keys_.Find(id);
  if (key == kNoId || key >= brands_.size() || !brands_[key].known) return false;
  BrandRecord& b = brands_[key];
  b.known = false;
  b.category = kNoId;
  b.name_key = kNoId;
  b.competitors.clear();
  return true;
}

const BrandRecord* MatchingState::BrandOf(const BriefRecord& brief) const {
  return brief.brand < brands_.size() ? &brands_[brief.brand] : nullptr;
}

const BrandRecord* MatchingState::FindBrand(absl::string_view id) const {
  const InternId key = brand_keys_.Find(id);
  return key < brands_.size() && brands_[key].known ? &brands_[key] : nullptr;
}

absl::Status MatchingState::UpsertBrief(const BriefProfile& p) {
  if (p.id.empty()) return absl::InvalidArgumentError("brief id is empty");
  if (p.brand_id.empty()) return absl::InvalidArgumentError("brief brand_id is empty");
  std::vector<float> embedding;
  if (absl::Status s =
          CheckedEmbedding(p.embedding, p.tags, p.niches, config_.embedding_dim, &embedding);
      !s.ok()) {
    return s;
  }
  const InternId key = brief_keys_.Intern(p.id);
  if (brief_row_by_key_.size() <= key) brief_row_by_key_.resize(key + 1, kNoRow);
  BriefRow row = brief_row_by_key_[key];
  if (row == kNoRow) {
    if (!free_brief_rows_.empty()) {
      row = free_brief_rows_.back();
      free_brief_rows_.pop_back();
    } else {
      row = static_cast<BriefRow>(briefs_.records.size());
      briefs_.records.emplace_back();
      briefs_.embedding.resize(briefs_.embedding.size() + briefs_.dim, 0.0f);
    }
    brief_row_by_key_[key] = row;
    ++live_briefs_;
  } else {
    std::vector<BriefRow>& old = BrandByKey(briefs_.records[row].brand).briefs;
    old.erase(std::remove(old.begin(), old.end(), row), old.end());
  }
  const InternId brand = brand_keys_.Intern(p.brand_id);
  BrandRecord& brand_record = BrandByKey(brand);
  if (brand_record.id.empty()) brand_record.id = p.brand_id;
  brand_record.briefs.push_back(row);

  BriefRecord r;
  r.id = p.id;
  r.key = key;
  r.brand = brand;
  r.live = true;
  r.open = p.open;
  r.objective = p.objective;
  double niche_total = 0;
  for (const WeightedNiche& n : p.niches) niche_total += n.weight > 0 ? n.weight : 1.0;
  for (const WeightedNiche& n : p.niches) {
    const InternId id = niches_.Intern(n.niche);
    if (id == kNoId) continue;
    r.niches.push_back({id, static_cast<float>((n.weight > 0 ? n.weight : 1.0) / niche_total)});
  }
  r.tags = InternTerms(p.tags, /*sort=*/true);
  r.platforms = p.platforms;
  for (Platform platform : p.platforms)
    r.platform_mask |= uint16_t{1} << static_cast<int>(platform);
  r.min_followers = static_cast<double>(p.min_followers);
  r.max_followers = static_cast<double>(p.max_followers);
  r.has_follower_range = p.min_followers > 0 || p.max_followers > 0;
  if (!r.has_follower_range && !p.tiers.empty()) {
    // The union of the acceptable tiers' ranges.
    int64_t lo = INT64_MAX, hi = 0;
    bool unbounded = false;
    for (Tier tier : p.tiers) {
      int64_t tmin = 0, tmax = 0;
      config_.tiers.RangeOf(tier, &tmin, &tmax);
      lo = std::min(lo, tmin);
      if (tmax == 0) unbounded = true;
      hi = std::max(hi, tmax);
    }
    r.min_followers = static_cast<double>(lo);
    r.max_followers = unbounded ? 0.0 : static_cast<double>(hi);
    r.has_follower_range = true;
  }
  r.min_engagement_rate = p.min_engagement_rate;
  r.min_posts_per_week = p.min_posts_per_week;
  r.max_posts_per_week = p.max_posts_per_week;
  for (const LocationProfile& l : p.creator_locations) {
    if (l.country.empty()) continue;
    r.locations.push_back({terms_.Intern(l.country),
                           l.region.empty() ? kNoId : terms_.Intern(l.region),
                           l.city.empty() ? kNoId : terms_.Intern(l.city)});
  }
  r.target_countries = InternTerms(p.target_countries, /*sort=*/true);
  for (int bracket : p.target_age_brackets) {
    if (bracket > 0 && bracket < kNumAgeBrackets) r.target_age_mask |= uint8_t(1u << bracket);
  }
  r.min_female_fraction = p.min_female_fraction;
  r.max_female_fraction = p.max_female_fraction;
  r.has_gender_target = p.min_female_fraction > 0 || p.max_female_fraction > 0;
  if (r.has_gender_target && r.max_female_fraction <= 0) r.max_female_fraction = 1;
  r.target_languages = InternTerms(p.target_languages, /*sort=*/true);
  r.languages = InternTerms(p.languages, /*sort=*/true);
  r.exclusivity_days = std::max(p.competitor_exclusivity_days, 0);
  r.exclude_conflicts = p.exclude_competitor_conflicts;
  r.budget_total_cents = std::max<int64_t>(p.budget_total_cents, 0);
  r.creators_wanted = std::max(p.creators_wanted, 1);
  r.per_creator_budget_cents = p.budget_per_creator_max_cents > 0 ? p.budget_per_creator_max_cents
                               : r.budget_total_cents > 0 ? r.budget_total_cents / r.creators_wanted
                                                          : 0;
  if (p.budget_per_creator_max_cents > 0 && r.budget_total_cents > 0) {
    r.per_creator_budget_cents = std::min(r.per_creator_budget_cents, r.budget_total_cents);
  }
  r.compensation = p.compensation;
  for (const CompensationOffer& c : p.compensation) r.offered_kinds |= CompensationBit(c.kind);
  r.deliverables = p.deliverables;
  r.max_total_reach = std::max<int64_t>(p.max_total_reach, 0);
  r.long_term = p.long_term;
  r.required_credentials = InternTerms(p.required_credentials, /*sort=*/true);
  r.accepts_ugc = p.accepts_ugc;
  r.start_time = p.start_time;
  r.end_time = p.end_time;
  r.brand_weights = p.brand_weights;
  briefs_.records[row] = std::move(r);
  std::copy(embedding.begin(), embedding.end(),
            briefs_.embedding.begin() + size_t{row} * briefs_.dim);
  return absl::OkStatus();
}

bool MatchingState::RemoveBrief(absl::string_view id) {
  const InternId key = brief_keys_.Find(id);
  const BriefRow row = RowOfBriefKey(key);
  if (row == kNoRow) return false;
  BriefRecord& r = briefs_.records[row];
  std::vector<BriefRow>& of_brand = BrandByKey(r.brand).briefs;
  of_brand.erase(std::remove(of_brand.begin(), of_brand.end(), row), of_brand.end());
  r = BriefRecord();
  brief_row_by_key_[key] = kNoRow;
  free_brief_rows_.push_back(row);
  --live_briefs_;
  return true;
}

CreatorRow MatchingState::FindCreator(absl::string_view id) const {
  return RowOfCreatorKey(creator_keys_.Find(id));
}

BriefRow MatchingState::FindBrief(absl::string_view id) const {
  return RowOfBriefKey(brief_keys_.Find(id));
}

std::vector<BriefRow> MatchingState::OpenBriefRows() const {
  std::vector<BriefRow> rows;
  for (BriefRow row = 0; row < briefs_.records.size(); ++row) {
    if (briefs_.records[row].live && briefs_.records[row].open) rows.push_back(row);
  }
  return rows;
}

void MatchingState::SetBriefHidden(absl::string_view creator_id, absl::string_view brief_id,
                                   bool hidden) {
  history_.pair(creator_keys_.Intern(creator_id), brief_keys_.Intern(brief_id)).hidden = hidden;
}

}  // namespace matchmaker::matcher
