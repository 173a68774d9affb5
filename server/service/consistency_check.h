#ifndef MATCHMAKER_SERVER_SERVICE_CONSISTENCY_CHECK_H_
#define MATCHMAKER_SERVER_SERVICE_CONSISTENCY_CHECK_H_

// AdminService.CheckConsistency: does the live matching index agree with the database, and does
// the database obey the offer invariants?
//
// 1. Index: a fresh MatchingIndex is rebuilt from the store exactly as at start
//    (index_loader.h) and both are described entry by entry (server/index/state_digest.h):
//    creators, briefs, brands, capacities and slots, active/pending loads, pair and learned
//    state. Every differing entry is one line.
// 2. Database: no creator has more ACCEPTED offers than max_concurrent_partnerships, no brief
//    more ACCEPTED + COMPLETED than creators_wanted, at most one live offer per (brief,
//    creator), live offers reference an existing brief, creator and brand, every offer names
//    its brief's brand, the offers-by-brief/creator/brand and briefs-by-brand indexes list
//    exactly the records that name them, and history agrees with the records (each offer's
//    last event leads to its current state; a record whose last event deleted it is gone).
//
// Both halves must look at one moment of history, so the check holds the mutation mutex:
// every commit happens under it (idempotent_mutation.h, record_import.h, expiry), so nothing
// commits, and nothing feeds the live index, while the check reads. Writes wait meanwhile;
// the check is an operator's tool, not a hot path.

#include "absl/status/statusor.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/index/matching_index.h"
#include "server/service/operation_context.h"
#include "server/service/service_config.h"
#include "storage/store.h"

namespace matchmaker::service {

// At most this many difference lines are returned; a final line counts the rest.
inline constexpr size_t kMaxConsistencyDifferences = 200;

// The check against `ctx`'s attached index, under its mutation mutex. FAILED_PRECONDITION when
// no index is attached.
[[nodiscard]] absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistency(
    const OperationContext& ctx);

// The same comparison for any index and store; the caller keeps both still meanwhile.
[[nodiscard]] absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistencyOf(
    const storage::Store& store, const index::MatchingIndex& live, const ServiceConfig& config);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CONSISTENCY_CHECK_H_
