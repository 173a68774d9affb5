#include "server/matcher/types.h"

namespace matchmaker::matcher {

const char* PlatformName(Platform platform) {
  switch (platform) {
    case Platform::kInstagram:
      return "instagram";
    case Platform::kTikTok:
      return "tiktok";
    case Platform::kYouTube:
      return "youtube";
    case Platform::kTwitch:
      return "twitch";
    case Platform::kX:
      return "x";
    case Platform::kPinterest:
      return "pinterest";
    case Platform::kFacebook:
      return "facebook";
    case Platform::kLinkedIn:
      return "linkedin";
    case Platform::kPatreon:
      return "patreon";
    case Platform::kBlog:
      return "blog";
    case Platform::kSnapchat:
      return "snapchat";
    case Platform::kPodcast:
      return "podcast";
    case Platform::kUnspecified:
      break;
  }
  return "unspecified";
}

const char* TierName(Tier tier) {
  switch (tier) {
    case Tier::kNano:
      return "nano";
    case Tier::kMicro:
      return "micro";
    case Tier::kMacro:
      return "macro";
    case Tier::kMega:
      return "mega";
    case Tier::kUnspecified:
      break;
  }
  return "unspecified";
}

const char* DeclineReasonName(DeclineReason reason) {
  switch (reason) {
    case DeclineReason::kNotMyNiche:
      return "not my niche";
    case DeclineReason::kCompensationTooLow:
      return "compensation too low";
    case DeclineReason::kBrandMismatch:
      return "brand mismatch";
    case DeclineReason::kNoCapacity:
      return "no capacity";
    case DeclineReason::kCompetitorConflict:
      return "competitor conflict";
    case DeclineReason::kOther:
      return "other";
    case DeclineReason::kUnspecified:
      break;
  }
  return "unspecified";
}

}  // namespace matchmaker::matcher
