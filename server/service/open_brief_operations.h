#ifndef MATCHMAKER_SERVER_SERVICE_OPEN_BRIEF_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_OPEN_BRIEF_OPERATIONS_H_

// Briefs as a creator sees them: the OPEN ones it has not hidden, and hiding / unhiding.

#include "absl/status/statusor.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class OpenBriefOperations {
 public:
  explicit OpenBriefOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // NOT_FOUND for an unknown creator. OPEN briefs in id order, without the hidden ones,
  // filtered by niche (same or below) and platform (listed, or the brief accepts any).
  [[nodiscard]] absl::StatusOr<v1::ListOpenBriefsResponse> ListOpenBriefs(
      const v1::ListOpenBriefsRequest& request);
  // NOT_FOUND for an unknown creator or brief. Hiding a hidden brief (or unhiding a visible
  // one) succeeds and records nothing.
  [[nodiscard]] absl::StatusOr<v1::HideBriefResponse> Hide(const v1::HideBriefRequest& request);
  [[nodiscard]] absl::StatusOr<v1::UnhideBriefResponse> Unhide(
      const v1::UnhideBriefRequest& request);

 private:
  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_OPEN_BRIEF_OPERATIONS_H_
