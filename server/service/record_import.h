#ifndef MATCHMAKER_SERVER_SERVICE_RECORD_IMPORT_H_
#define MATCHMAKER_SERVER_SERVICE_RECORD_IMPORT_H_

// Bulk load of brands, briefs and creators (AdminService.ImportRecords). Each record is
// validated like its Create call; a valid one is created, or replaced when its id exists.
// Records are committed in batches of kImportBatchSize, each batch one WriteSet holding the
// records and one history event per record (actor "admin"). Not thread-safe: one importer
// per stream, fed in stream order.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/operation_context.h"
#include "storage/write_set.h"

namespace matchmaker::service {

inline constexpr int kImportBatchSize = 500;
// Rejections beyond this many are counted (received - created - replaced) but not listed.
inline constexpr int kMaxListedRejections = 1000;

class RecordImporter {
 public:
  explicit RecordImporter(const OperationContext& ctx) : ctx_(ctx) {}

  // Validates and writes `records` (stream positions continue across calls) in commits of at
  // most kImportBatchSize records; callers pass about that many at a time. Errors are
  // storage failures only; bad records become rejections.
  [[nodiscard]] absl::Status Add(const std::vector<v1::Record>& records);
  // The totals so far.
  v1::ImportRecordsResponse Finish() const;

 private:
  void Stage(int64_t index, const v1::Record& record)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(ctx_.mutation_mutex());
  void Reject(int64_t index, const std::string& id, const std::string& reason);
  [[nodiscard]] absl::Status Commit() ABSL_EXCLUSIVE_LOCKS_REQUIRED(ctx_.mutation_mutex());

  const OperationContext& ctx_;
  v1::ImportRecordsResponse totals_;
  storage::WriteSet batch_;
  int staged_ = 0;
  // Ids staged in the current batch, so a later record in it sees an earlier one (a brief
  // whose brand came just before it; a repeated id is a replacement).
  absl::flat_hash_set<std::string> staged_creators_;
  absl::flat_hash_set<std::string> staged_brands_;
  absl::flat_hash_set<std::string> staged_briefs_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RECORD_IMPORT_H_
