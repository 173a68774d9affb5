#ifndef MATCHMAKER_STORAGE_DB_OPTIONS_H_
#define MATCHMAKER_STORAGE_DB_OPTIONS_H_

// RocksDB tuning for the deployment target: a small box (2 cores, ~24 GiB RAM) with a modest
// data set (profiles, briefs, offers and their history) that is read far more than written.

#include <memory>

#include "rocksdb/cache.h"
#include "rocksdb/options.h"
#include "storage/column_families.h"

namespace matchmaker::storage {

// One block cache shared by every column family, so hot data wins regardless of where it is.
[[nodiscard]] std::shared_ptr<rocksdb::Cache> MakeBlockCache();

[[nodiscard]] rocksdb::DBOptions MakeDbOptions();

// Options for `cf`; `cache` is the shared block cache.
[[nodiscard]] rocksdb::ColumnFamilyOptions MakeCfOptions(
    Cf cf, const std::shared_ptr<rocksdb::Cache>& cache);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_DB_OPTIONS_H_
