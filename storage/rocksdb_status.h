#ifndef MATCHMAKER_STORAGE_ROCKSDB_STATUS_H_
#define MATCHMAKER_STORAGE_ROCKSDB_STATUS_H_

// The one place where rocksdb::Status becomes absl::Status. Codes follow what the caller
// should do next (docs/DEVELOPMENT.md): retryable trouble is UNAVAILABLE, a full disk is
// RESOURCE_EXHAUSTED, corruption is DATA_LOSS, and RocksDB complaining about how we called it
// is INTERNAL (a bug here, not something the client can fix).

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/status.h"

namespace matchmaker::storage {

// Converts `status`; `context` (e.g. "open /var/db", "commit") prefixes the message.
[[nodiscard]] absl::Status FromRocksDb(const rocksdb::Status& status, absl::string_view context);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_ROCKSDB_STATUS_H_
