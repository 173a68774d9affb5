#ifndef MATCHMAKER_CLIENT_DEMO_ACCOUNT_GENERATOR_H_
#define MATCHMAKER_CLIENT_DEMO_ACCOUNT_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "client/demo/demo_random.h"
#include "client/demo/market_vocabulary.h"
#include "matchmaker/v1/creator.pb.h"

namespace matchmaker::demo {

// Ways an account's numbers can lie; the matcher should flag both (engagement far off the norm
// for its tier and platform).
enum class AudienceAnomaly {
  kNone,
  // Bought followers: the audience is several times the real one, engagement far below norm.
  kInflatedAudience,
  // An engagement pod: creators like and comment on each other's posts, engagement far above.
  kEngagementPod,
};

// What the account's numbers depend on, beyond its platform and size.
struct AccountContext {
  std::string handle;
  const CountryInfo* country = nullptr;
  std::vector<std::string> languages;
  double female_share = 0.5;
  v1::Tier tier = v1::TIER_NANO;
  AudienceAnomaly anomaly = AudienceAnomaly::kNone;
  // Factor by which an inflated audience exceeds the real one.
  double inflation = 1.0;
  bool inactive = false;
  int64_t reference_unix_seconds = 0;
};

// One platform account with engagement around NormEngagementRate() for its size, posting
// frequency, last post time, reply rate and audience profile (country, age, gender, language
// shares, each list summing to at most 1).
v1::PlatformAccount GenerateAccount(v1::Platform platform, int64_t followers,
                                    const AccountContext& context, DemoRandom& random);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_ACCOUNT_GENERATOR_H_
