#ifndef MATCHMAKER_SERVER_SERVICE_CREATOR_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_CREATOR_OPERATIONS_H_

// Creator portfolios: create, read, update, list, delete. Requests are assumed validated.
// Every creator returned carries freshly derived fields (total_followers, tier,
// engagement_rate) and an embedding (derived from tags and niches when none was supplied).

#include "absl/status/statusor.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class CreatorOperations {
 public:
  explicit CreatorOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // ALREADY_EXISTS for a taken id; an empty id gets a generated "cr-..." one.
  [[nodiscard]] absl::StatusOr<v1::CreateCreatorResponse> Create(
      const v1::CreateCreatorRequest& request);
  [[nodiscard]] absl::StatusOr<v1::GetCreatorResponse> Get(const v1::GetCreatorRequest& request);
  // NOT_FOUND, ABORTED on a stale etag, INVALID_ARGUMENT when the merged creator is invalid.
  // The embedding is re-derived unless the stored or the new one was supplied by the client.
  [[nodiscard]] absl::StatusOr<v1::UpdateCreatorResponse> Update(
      const v1::UpdateCreatorRequest& request);
  [[nodiscard]] absl::StatusOr<v1::ListCreatorsResponse> List(
      const v1::ListCreatorsRequest& request);
  // FAILED_PRECONDITION while the creator has live offers.
  [[nodiscard]] absl::StatusOr<v1::DeleteCreatorResponse> Delete(
      const v1::DeleteCreatorRequest& request);

 private:
  bool MatchesFilters(const v1::ListCreatorsRequest& request, const v1::Creator& creator) const;

  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CREATOR_OPERATIONS_H_
