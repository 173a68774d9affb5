#ifndef MATCHMAKER_SERVER_SERVICE_INDEX_LOADER_H_
#define MATCHMAKER_SERVER_SERVICE_INDEX_LOADER_H_

// Builds the in-memory matching index from the store at start: every brand, creator and brief,
// then the offer and hide events in history order (so the matcher's learned state and
// cool-downs are what they were before the restart). Afterwards OperationContext::Commit keeps
// it in step.

#include <memory>

#include "absl/status/statusor.h"
#include "server/index/matching_index.h"
#include "server/service/service_config.h"
#include "storage/store.h"

namespace matchmaker::service {

// The matcher's configuration for this deployment: embedding_dim and tier thresholds from the
// server flags, everything else the matcher's defaults.
matcher::MatcherConfig MatcherConfigFor(const ServiceConfig& config);

[[nodiscard]] absl::StatusOr<std::unique_ptr<index::MatchingIndex>> LoadMatchingIndex(
    const storage::Store& store, const ServiceConfig& config);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_INDEX_LOADER_H_
