#include "client/demo/account_generator.h"

#include <algorithm>
#include <cmath>

#include "client/demo/demo_format.h"
#include "client/demo/engagement_norms.h"

namespace matchmaker::demo {
namespace {

// Typical audience age mix per platform, brackets 13-17 .. 65+.
std::vector<double> AgeProfile(v1::Platform platform) {
  switch (platform) {
    case v1::PLATFORM_TIKTOK:
      return {8, 38, 30, 13, 7, 3, 1};
    case v1::PLATFORM_INSTAGRAM:
      return {4, 30, 35, 17, 9, 4, 1};
    case v1::PLATFORM_YOUTUBE:
      return {5, 22, 28, 20, 13, 8, 4};
    case v1::PLATFORM_TWITCH:
      return {10, 40, 32, 12, 4, 1, 1};
    case v1::PLATFORM_SNAPCHAT:
      return {15, 45, 25, 10, 3, 1, 1};
    case v1::PLATFORM_FACEBOOK:
      return {1, 12, 25, 22, 18, 13, 9};
    case v1::PLATFORM_LINKEDIN:
      return {0, 18, 40, 25, 12, 4, 1};
    default:
      return {3, 20, 32, 22, 13, 7, 3};
  }
}

double ReplyRate(v1::Tier tier, DemoRandom& random) {
  // Small creators answer their audience; a mega account cannot.
  switch (tier) {
    case v1::TIER_NANO:
      return random.Uniform(0.3, 0.85);
    case v1::TIER_MICRO:
      return random.Uniform(0.2, 0.65);
    case v1::TIER_MACRO:
      return random.Uniform(0.05, 0.3);
    default:
      return random.Uniform(0.0, 0.08);
  }
}

void FillAudience(v1::Platform platform, const AccountContext& context, DemoRandom& random,
                  v1::AudienceProfile* audience) {
  // Countries: mostly the creator's own, then a few others.
  double remaining = 1.0;
  const double home = FloorTo(random.Uniform(0.35, 0.85), 3);
  auto* top = audience->add_top_countries();
  top->set_key(context.country->code);
  top->set_fraction(home);
  remaining -= home;
  const auto& countries = Countries();
  for (size_t index : random.SampleDistinct(countries.size(), 3)) {
    if (countries[index].code == context.country->code) continue;
    const double share = FloorTo(remaining * random.Uniform(0.15, 0.5), 3);
    if (share <= 0) break;
    auto* other = audience->add_top_countries();
    other->set_key(countries[index].code);
    other->set_fraction(share);
    remaining -= share;
  }

  std::vector<double> ages = AgeProfile(platform);
  double total = 0;
  for (double& weight : ages) total += (weight *= random.LogNormal(1.0, 0.3));
  for (size_t i = 0; i < ages.size(); ++i) {
    const double fraction = FloorTo(ages[i] / total, 3);
    if (fraction <= 0) continue;
    auto* share = audience->add_age_brackets();
    share->set_bracket(static_cast<v1::AgeBracket>(v1::AGE_BRACKET_13_17 + i));
    share->set_fraction(fraction);
  }

  const double female = std::clamp(context.female_share + 0.08 * random.Normal(), 0.03, 0.97);
  audience->set_female_fraction(FloorTo(female, 3));
  // A few percent undisclosed or non-binary.
  audience->set_male_fraction(FloorTo((1.0 - female) * random.Uniform(0.93, 1.0), 3));

  double language_remaining = 1.0;
  for (size_t i = 0; i < context.languages.size(); ++i) {
    const double share =
        FloorTo(i + 1 == context.languages.size() ? language_remaining * random.Uniform(0.85, 1.0)
                                                  : language_remaining * random.Uniform(0.55, 0.9),
                3);
    auto* language = audience->add_languages();
    language->set_key(context.languages[i]);
    language->set_fraction(share);
    language_remaining -= share;
  }
}

}  // namespace

v1::PlatformAccount GenerateAccount(v1::Platform platform, int64_t followers,
                                    const AccountContext& context, DemoRandom& random) {
  const PlatformInfo& info = PlatformInfoOf(platform);
  v1::PlatformAccount account;
  account.set_platform(platform);
  account.set_handle(context.handle);
  account.set_followers(followers);

  double rate = NormEngagementRate(platform, followers) * random.LogNormal(1.0, 0.2);
  double comment_share = random.Uniform(0.04, 0.09);
  if (context.anomaly == AudienceAnomaly::kInflatedAudience) {
    rate /= context.inflation;
  } else if (context.anomaly == AudienceAnomaly::kEngagementPod) {
    rate *= random.Uniform(2.5, 4.0);
    comment_share = random.Uniform(0.2, 0.35);  // pods leave many short comments
  }
  rate = std::min(rate, 0.6);
  const double interactions = rate * static_cast<double>(followers);
  const double share_share = random.Uniform(0.01, 0.05);
  account.set_avg_likes(RoundTo(interactions * (1.0 - comment_share - share_share), 1));
  account.set_avg_comments(RoundTo(interactions * comment_share, 1));
  account.set_avg_shares(RoundTo(interactions * share_share, 1));
  if (info.views_per_follower > 0) {
    account.set_avg_views(RoundTo(
        static_cast<double>(followers) * info.views_per_follower * random.LogNormal(1.0, 0.4), 0));
  }
  account.set_posts_per_week(
      std::max(0.1, RoundTo(random.LogNormal(info.median_posts_per_week, 0.45), 1)));

  const double days_since_post = context.inactive
                                     ? random.Uniform(60, 300)
                                     : random.Uniform(0.05, 1.5) * 7.0 / account.posts_per_week();
  account.mutable_last_post_time()->set_seconds(
      context.reference_unix_seconds -
      static_cast<int64_t>(days_since_post * static_cast<double>(kSecondsPerDay)));
  account.set_reply_rate(RoundTo(ReplyRate(context.tier, random), 2));
  FillAudience(platform, context, random, account.mutable_audience());
  return account;
}

}  // namespace matchmaker::demo
