#ifndef MATCHMAKER_SERVER_MATCHER_TYPES_H_
#define MATCHMAKER_SERVER_MATCHER_TYPES_H_

// The matcher's own vocabulary. Enumerator values equal the matchmaker.v1 proto enum numbers so
// the index converts with a static_cast, but nothing here depends on protobuf.

#include <cstdint>

namespace matchmaker::matcher {

enum class Platform : uint8_t {
  kUnspecified = 0,
  kInstagram = 1,
  kTikTok = 2,
  kYouTube = 3,
  kTwitch = 4,
  kX = 5,
  kPinterest = 6,
  kFacebook = 7,
  kLinkedIn = 8,
  kPatreon = 9,
  kBlog = 10,
  kSnapchat = 11,
  kPodcast = 12,
};
inline constexpr int kNumPlatforms = 13;
const char* PlatformName(Platform platform);

enum class Tier : uint8_t { kUnspecified = 0, kNano = 1, kMicro = 2, kMacro = 3, kMega = 4 };
const char* TierName(Tier tier);

enum class CompensationKind : uint8_t {
  kUnspecified = 0,
  kFlatFee = 1,
  kPayPerClick = 2,
  kAffiliateCommission = 3,
  kFreeProduct = 4,
  kPromoCode = 5,
  kVipTreatment = 6,
  kEventInvitation = 7,
};
// A set of CompensationKind as bits (1 << kind).
using CompensationMask = uint8_t;
inline constexpr CompensationMask CompensationBit(CompensationKind kind) {
  return static_cast<CompensationMask>(1u << static_cast<unsigned>(kind));
}

enum class DeliverableKind : uint8_t {
  kUnspecified = 0,
  kPost = 1,
  kStory = 2,
  kShortVideo = 3,
  kLongVideo = 4,
  kLiveStream = 5,
  kBlogArticle = 6,
  kUgcAsset = 7,
  kPodcastMention = 8,
};

enum class Objective : uint8_t { kUnspecified = 0, kReach = 1, kEngagement = 2, kConversion = 3 };

// Audience age brackets (13-17 … 65+); index 0 is unused.
inline constexpr int kNumAgeBrackets = 8;

enum class DeclineReason : uint8_t {
  kUnspecified = 0,
  kNotMyNiche = 1,
  kCompensationTooLow = 2,
  kBrandMismatch = 3,
  kNoCapacity = 4,
  kCompetitorConflict = 5,
  kOther = 6,
};
const char* DeclineReasonName(DeclineReason reason);

// Interned string ids. kNoId marks "absent".
using InternId = uint32_t;
inline constexpr InternId kNoId = 0xFFFFFFFFu;

// Dense row numbers of creators and briefs inside a MatchingState. Rows of removed records are
// reused, so rows are not stable identities across removals: use the string ids for that.
using CreatorRow = uint32_t;
using BriefRow = uint32_t;
using BrandRow = uint32_t;
inline constexpr uint32_t kNoRow = 0xFFFFFFFFu;

// Seconds since the Unix epoch. The matcher never reads a clock: "now" is always an input.
using UnixSeconds = int64_t;
inline constexpr int64_t kSecondsPerDay = 86400;

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_TYPES_H_
