#ifndef MATCHMAKER_SERVER_SERVICE_NICHE_PATHS_H_
#define MATCHMAKER_SERVER_SERVICE_NICHE_PATHS_H_

// Niches and categories are '/'-separated paths: "food" covers "food/desserts" but not
// "foodie".

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace matchmaker::service {

// True when `path` equals `ancestor` or lies below it. An empty ancestor covers everything.
inline bool IsSameOrBelow(absl::string_view path, absl::string_view ancestor) {
  if (ancestor.empty()) return true;
  if (!absl::StartsWith(path, ancestor)) return false;
  return path.size() == ancestor.size() || path[ancestor.size()] == '/';
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_NICHE_PATHS_H_
