#include "storage/rocksdb_status.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace matchmaker::storage {

absl::Status FromRocksDb(const rocksdb::Status& status, absl::string_view context) {
  if (status.ok()) return absl::OkStatus();
  const std::string message = absl::StrCat(context, ": rocksdb: ", status.ToString());
  switch (status.code()) {
    case rocksdb::Status::kNotFound:
      return absl::NotFoundError(message);
    case rocksdb::Status::kCorruption:
      return absl::DataLossError(message);
    case rocksdb::Status::kIOError:
      // A full disk will not fix itself on retry; other I/O trouble (a lock held by another
      // process, a flaky device) may.
      if (status.IsNoSpace()) return absl::ResourceExhaustedError(message);
      return absl::UnavailableError(message);
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTimedOut:
    case rocksdb::Status::kTryAgain:
    case rocksdb::Status::kIncomplete:
    case rocksdb::Status::kShutdownInProgress:
      return absl::UnavailableError(message);
    case rocksdb::Status::kAborted:
      return absl::AbortedError(message);
    default:
      // kInvalidArgument, kNotSupported, kMergeInProgress, ...: we misused RocksDB.
      return absl::InternalError(message);
  }
}

}  // namespace matchmaker::storage
