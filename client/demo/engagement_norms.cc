#include "client/demo/engagement_norms.h"

#include <cmath>
#include <utility>
#include <vector>

namespace matchmaker::demo {
namespace {

// (followers, engagement rate) anchors, ascending by followers.
using Anchors = std::vector<std::pair<double, double>>;

const Anchors& AnchorsFor(v1::Platform platform) {
  static const Anchors kInstagram = {{1e3, 0.08}, {1e4, 0.04}, {1e5, 0.024}, {1e6, 0.017}};
  static const Anchors kTikTok = {{1.5e4, 0.1796}, {1e5, 0.11}, {1e6, 0.0496}};
  static const Anchors kYouTube = {{1e3, 0.06}, {1e5, 0.03}, {1e6, 0.018}};
  static const Anchors kTwitch = {{1e3, 0.10}, {1e6, 0.03}};
  static const Anchors kX = {{1e3, 0.02}, {1e6, 0.004}};
  static const Anchors kPinterest = {{1e3, 0.015}, {1e6, 0.003}};
  static const Anchors kFacebook = {{1e3, 0.03}, {1e6, 0.005}};
  static const Anchors kLinkedIn = {{1e3, 0.04}, {1e6, 0.01}};
  static const Anchors kPatreon = {{1e2, 0.15}, {1e5, 0.06}};
  static const Anchors kSnapchat = {{1e3, 0.05}, {1e6, 0.01}};
  static const Anchors kBlogOrPodcast = {{1e3, 0.025}, {1e6, 0.006}};
  switch (platform) {
    case v1::PLATFORM_INSTAGRAM:
      return kInstagram;
    case v1::PLATFORM_TIKTOK:
      return kTikTok;
    case v1::PLATFORM_YOUTUBE:
      return kYouTube;
    case v1::PLATFORM_TWITCH:
      return kTwitch;
    case v1::PLATFORM_X:
      return kX;
    case v1::PLATFORM_PINTEREST:
      return kPinterest;
    case v1::PLATFORM_FACEBOOK:
      return kFacebook;
    case v1::PLATFORM_LINKEDIN:
      return kLinkedIn;
    case v1::PLATFORM_PATREON:
      return kPatreon;
    case v1::PLATFORM_SNAPCHAT:
      return kSnapchat;
    default:
      return kBlogOrPodcast;
  }
}

}  // namespace

double NormEngagementRate(v1::Platform platform, int64_t followers) {
  const Anchors& anchors = AnchorsFor(platform);
  const double audience = static_cast<double>(followers);
  if (audience <= anchors.front().first) return anchors.front().second;
  if (audience >= anchors.back().first) return anchors.back().second;
  for (size_t i = 1; i < anchors.size(); ++i) {
    if (audience > anchors[i].first) continue;
    const auto& [low_followers, low_rate] = anchors[i - 1];
    const auto& [high_followers, high_rate] = anchors[i];
    double t = std::log(audience / low_followers) / std::log(high_followers / low_followers);
    return std::exp(std::log(low_rate) + t * (std::log(high_rate) - std::log(low_rate)));
  }
  return anchors.back().second;
}

}  // namespace matchmaker::demo
