#ifndef MATCHMAKER_SERVER_SERVICE_RESTORE_H_
#define MATCHMAKER_SERVER_SERVICE_RESTORE_H_

// Restore from an online backup: a RocksDB checkpoint written by AdminService.CreateCheckpoint
// (docs/operations.md). The checkpoint becomes a new data dir; the server then serves it.
//
// Safety: the target must not hold anything yet (an existing database is never overwritten),
// and the copy is assembled in a sibling "<data_dir>.restoring" directory, opened once to
// verify it (embedding dimension, every record decodes) and only then renamed into place, so
// a crash mid-restore never leaves a half-copied data dir that looks like a database. SST
// files are immutable in RocksDB and are hard-linked when the checkpoint is on the same file
// system (instant, no extra space); every other file is copied, because the restored database
// will write to its own copies.

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"

namespace matchmaker::service {

struct RestoreResult {
  // Last history sequence number in the restored database.
  int64_t history_sequence = 0;
  int64_t creators = 0;
  int64_t brands = 0;
  int64_t briefs = 0;
  int64_t offers = 0;
  int64_t files_linked = 0;
  int64_t files_copied = 0;
};

// One line for the log: "history_sequence=… creators=… brands=… …".
std::string DescribeRestore(const RestoreResult& result);

// Copies the checkpoint at `checkpoint_dir` into `data_dir` (which must not exist or be an
// empty directory) and verifies it opens with `embedding_dim`. INVALID_ARGUMENT when
// `checkpoint_dir` is not a database, FAILED_PRECONDITION when `data_dir` is not empty or the
// embedding dimension differs (the target is then left as it was).
[[nodiscard]] absl::StatusOr<RestoreResult> RestoreCheckpoint(const std::string& checkpoint_dir,
                                                              const std::string& data_dir,
                                                              int embedding_dim);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RESTORE_H_
