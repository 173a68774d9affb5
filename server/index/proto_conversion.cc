#include "server/index/proto_conversion.h"

#include <string>

#include "absl/strings/ascii.h"

namespace matchmaker::index {
namespace {

using matcher::CompensationBit;

std::string Lower(const std::string& s) { return absl::AsciiStrToLower(s); }
std::string Upper(const std::string& s) { return absl::AsciiStrToUpper(s); }

template <typename Repeated>
std::vector<std::string> LowerAll(const Repeated& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const std::string& v : values) out.push_back(Lower(v));
  return out;
}

std::vector<matcher::WeightedNiche> Niches(
    const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches) {
  std::vector<matcher::WeightedNiche> out;
  for (const v1::NicheWeight& n : niches) out.push_back({Lower(n.niche()), n.weight()});
  return out;
}

std::vector<float> Embedding(const v1::Aesthetic& aesthetic) {
  // A derived embedding was made by the server from tags and niches: the matcher derives its
  // own the same way, so both are treated as "none supplied" only when empty.
  return std::vector<float>(aesthetic.embedding().begin(), aesthetic.embedding().end());
}

matcher::AccountProfile Account(const v1::PlatformAccount& a) {
  matcher::AccountProfile out;
  out.platform = static_cast<matcher::Platform>(a.platform());
  out.followers = a.followers();
  out.avg_likes = a.avg_likes();
  out.avg_comments = a.avg_comments();
  out.avg_shares = a.avg_shares();
  out.avg_views = a.avg_views();
  out.posts_per_week = a.posts_per_week();
  out.reply_rate = a.reply_rate();
  const v1::AudienceProfile& audience = a.audience();
  for (const v1::AudienceShare& s : audience.top_countries()) {
    out.audience_countries.push_back({Upper(s.key()), s.fraction()});
  }
  for (const v1::AudienceShare& s : audience.languages()) {
    out.audience_languages.push_back({Lower(s.key()), s.fraction()});
  }
  for (const v1::AgeShare& s : audience.age_brackets()) {
    const int bracket = static_cast<int>(s.bracket());
    if (bracket > 0 && bracket < matcher::kNumAgeBrackets)
      out.audience_age[bracket] += s.fraction();
  }
  const bool gender_known = audience.female_fraction() > 0 || audience.male_fraction() > 0;
  out.audience_female_fraction = gender_known ? audience.female_fraction() : -1;
  return out;
}

}  // namespace

matcher::UnixSeconds ToUnixSeconds(const google::protobuf::Timestamp& t) { return t.seconds(); }

matcher::CreatorProfile CreatorProfileFromProto(const v1::Creator& c) {
  matcher::CreatorProfile p;
  p.id = c.id();
  for (const v1::PlatformAccount& a : c.accounts()) p.accounts.push_back(Account(a));
  p.niches = Niches(c.niches());
  p.tags = LowerAll(c.aesthetic().tags());
  p.embedding = Embedding(c.aesthetic());
  p.country = Upper(c.location().country_code());
  p.region = Lower(c.location().region());
  p.city = Lower(c.location().city());
  p.languages = LowerAll(c.languages());
  for (const v1::Credential& cr : c.credentials()) {
    p.credentials.push_back({Lower(cr.field()), cr.verified()});
  }
  p.ugc_creator = c.ugc_creator();
  p.direct_monetization = c.direct_monetization();
  for (const v1::Sponsorship& s : c.past_sponsorships()) {
    p.sponsorships.push_back({s.brand_id(), Lower(s.brand_name()), Lower(s.category()),
                              ToUnixSeconds(s.date()),
                              static_cast<matcher::Platform>(s.platform())});
  }
  for (const v1::BrandMention& m : c.brand_mentions()) {
    p.mentions.push_back({m.brand_id(), Lower(m.brand_name()), ToUnixSeconds(m.date())});
  }
  for (const v1::RateCardEntry& r : c.rate_card()) {
    p.rate_card.push_back({static_cast<matcher::Platform>(r.platform()),
                           static_cast<matcher::DeliverableKind>(r.deliverable()),
                           r.price_cents()});
  }
  for (int kind : c.accepted_compensation()) {
    if (kind > 0 && kind < 8) {
      p.accepted_compensation |= CompensationBit(static_cast<matcher::CompensationKind>(kind));
    }
  }
  const v1::CreatorPreferences& prefs = c.preferences();
  p.min_fee_cents = prefs.min_fee_cents();
  p.blocked_categories = LowerAll(prefs.blocked_categories());
  p.blocked_brand_ids.assign(prefs.blocked_brand_ids().begin(), prefs.blocked_brand_ids().end());
  p.max_concurrent_partnerships = prefs.max_concurrent_partnerships();
  p.prefers_long_term = prefs.prefers_long_term();
  // An unset availability means nothing was said: the creator is taking offers.
  p.accepting_offers = !c.has_availability() || c.availability().accepting_offers();
  p.unavailable_until = ToUnixSeconds(c.availability().unavailable_until());
  return p;
}

matcher::BrandProfile BrandProfileFromProto(const v1::Brand& b) {
  matcher::BrandProfile p;
  p.id = b.id();
  p.name = b.display_name();
  p.category = Lower(b.category());
  p.competitors.assign(b.competitors().begin(), b.competitors().end());
  p.values = LowerAll(b.values());
  return p;
}

matcher::BriefProfile BriefProfileFromProto(const v1::Brief& b) {
  matcher::BriefProfile p;
  p.id = b.id();
  p.brand_id = b.brand_id();
  p.open = b.status() == v1::BRIEF_STATUS_OPEN;
  p.objective = static_cast<matcher::Objective>(b.objective());
  p.niches = Niches(b.niches());
  p.tags = LowerAll(b.aesthetic().tags());
  p.embedding = Embedding(b.aesthetic());
  for (int platform : b.platforms())
    p.platforms.push_back(static_cast<matcher::Platform>(platform));
  p.min_followers = b.follower_range().min_followers();
  p.max_followers = b.follower_range().max_followers();
  for (int tier : b.tiers()) p.tiers.push_back(static_cast<matcher::Tier>(tier));
  p.min_engagement_rate = b.min_engagement_rate();
  p.min_posts_per_week = b.posting_frequency().min_posts_per_week();
  p.max_posts_per_week = b.posting_frequency().max_posts_per_week();
  for (const v1::Location& l : b.creator_locations()) {
    p.creator_locations.push_back({Upper(l.country_code()), Lower(l.region()), Lower(l.city())});
  }
  const v1::AudienceTargeting& t = b.audience_targeting();
  for (const std::string& c : t.countries()) p.target_countries.push_back(Upper(c));
  for (int bracket : t.age_brackets()) p.target_age_brackets.push_back(bracket);
  p.min_female_fraction = t.min_female_fraction();
  p.max_female_fraction = t.max_female_fraction();
  p.target_languages = LowerAll(t.languages());
  p.languages = LowerAll(b.languages());
  p.competitor_exclusivity_days = b.competitor_exclusivity_days();
  p.exclude_competitor_conflicts = b.exclude_competitor_conflicts();
  p.budget_total_cents = b.budget().total_cents();
  p.budget_per_creator_max_cents = b.budget().per_creator_max_cents();
  for (const v1::Compensation& c : b.compensation()) {
    p.compensation.push_back(
        {static_cast<matcher::CompensationKind>(c.kind()), c.value_cents(), c.commission_rate()});
  }
  for (const v1::Deliverable& d : b.deliverables()) {
    p.deliverables.push_back({static_cast<matcher::Platform>(d.platform()),
                              static_cast<matcher::DeliverableKind>(d.kind()), d.count()});
  }
  p.creators_wanted = b.creators_wanted();
  p.max_total_reach = b.max_total_reach();
  p.long_term = b.long_term();
  p.required_credentials = LowerAll(b.required_credentials());
  p.accepts_ugc = b.accepts_ugc();
  p.start_time = ToUnixSeconds(b.start_time());
  p.end_time = ToUnixSeconds(b.end_time());
  return p;
}

int64_t OfferedValueCents(const v1::OfferTerms& terms) {
  int64_t value = terms.fee_cents();
  for (const v1::Compensation& c : terms.compensation()) value += c.value_cents();
  return value;
}

matcher::OfferEvent OfferEventFromProto(const v1::Offer& offer, v1::OfferState from) {
  matcher::OfferEvent e;
  e.creator_id = offer.creator_id();
  e.brief_id = offer.brief_id();
  e.brand_id = offer.brand_id();
  e.from = static_cast<matcher::OfferState>(from);
  e.to = static_cast<matcher::OfferState>(offer.state());
  e.decline_reason = static_cast<matcher::DeclineReason>(offer.decline_reason());
  e.offered_value_cents = OfferedValueCents(offer.terms());
  e.outcome_reach = offer.outcome().reach();
  e.outcome_engagements = offer.outcome().engagements();
  e.time = ToUnixSeconds(offer.update_time());
  return e;
}

}  // namespace matchmaker::index
