#include "server/matcher/engagement_norms.h"

#include <cmath>

namespace matchmaker::matcher {

EngagementNorms EngagementNorms::Defaults() {
  EngagementNorms norms;
  // Markerly (seed 004): <1k 8%, >1M 1.7%; the middle points follow the same study's shape.
  const std::vector<std::pair<double, double>> instagram = {
      {1e3, 0.080}, {1e4, 0.040}, {1e5, 0.024}, {1e6, 0.017}};
  // PRODUCT.md: TikTok ≤15k 17.96%, ≥1M 4.96%; micro and mid-tier from the same survey.
  const std::vector<std::pair<double, double>> tiktok = {
      {1.5e4, 0.1796}, {5e4, 0.098}, {1e5, 0.073}, {5e5, 0.058}, {1e6, 0.0496}};
  norms.SetCurve(Platform::kInstagram, instagram);
  norms.SetCurve(Platform::kTikTok, tiktok);
  // Platforms without a seed figure: the Instagram curve scaled by how engaged their audiences
  // typically are relative to Instagram (assumptions, overridable by configuration).
  const std::pair<Platform, double> scaled[] = {
      {Platform::kUnspecified, 1.0}, {Platform::kYouTube, 0.8},   {Platform::kTwitch, 0.9},
      {Platform::kX, 0.4},           {Platform::kPinterest, 0.3}, {Platform::kFacebook, 0.5},
      {Platform::kLinkedIn, 0.7},    {Platform::kPatreon, 1.5},   {Platform::kBlog, 0.5},
      {Platform::kSnapchat, 0.8},    {Platform::kPodcast, 0.6},
  };
  for (const auto& [platform, factor] : scaled) {
    std::vector<std::pair<double, double>> curve = instagram;
    for (auto& point : curve) point.second *= factor;
    norms.SetCurve(platform, std::move(curve));
  }
  return norms;
}

void EngagementNorms::SetCurve(Platform platform, std::vector<std::pair<double, double>> points) {
  curves_[static_cast<int>(platform)] = std::move(points);
}

double EngagementNorms::Expected(Platform platform, double followers) const {
  const auto& curve = curves_[static_cast<int>(platform)];
  if (curve.empty()) return 0.03;
  if (followers <= curve.front().first) return curve.front().second;
  if (followers >= curve.back().first) return curve.back().second;
  const double x = std::log10(followers);
  for (size_t i = 1; i < curve.size(); ++i) {
    if (followers <= curve[i].first) {
      const double x0 = std::log10(curve[i - 1].first);
      const double x1 = std::log10(curve[i].first);
      const double t = (x - x0) / (x1 - x0);
      return curve[i - 1].second + t * (curve[i].second - curve[i - 1].second);
    }
  }
  return curve.back().second;
}

}  // namespace matchmaker::matcher
