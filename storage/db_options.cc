#include "storage/db_options.h"

#include <algorithm>
#include <vector>

#include "rocksdb/convenience.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/statistics.h"
#include "rocksdb/table.h"

namespace matchmaker::storage {
namespace {

constexpr size_t kMiB = size_t{1} << 20;

bool Supported(rocksdb::CompressionType type) {
  static const std::vector<rocksdb::CompressionType> supported =
      rocksdb::GetSupportedCompressions();
  return std::find(supported.begin(), supported.end(), type) != supported.end();
}

}  // namespace

std::shared_ptr<rocksdb::Cache> MakeBlockCache() {
  // Modest: the OS page cache holds the rest of the (compressed) files anyway.
  return rocksdb::NewLRUCache(256 * kMiB);
}

rocksdb::DBOptions MakeDbOptions() {
  rocksdb::DBOptions options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  // Two cores, shared with the server's own work: one flush + one compaction at a time.
  options.IncreaseParallelism(2);
  options.max_background_jobs = 2;
  // Many small column families: cap memtables as a whole, and force flushes of rarely written
  // ones so old WAL files can be deleted.
  options.db_write_buffer_size = 256 * kMiB;
  options.max_total_wal_size = 256 * kMiB;
  // Smooth background writeback instead of bursts at file close.
  options.bytes_per_sync = 1 * kMiB;
  options.wal_bytes_per_sync = 0;  // Commits sync the WAL themselves.
  options.keep_log_file_num = 5;
  options.max_log_file_size = 16 * kMiB;
  // Tickers and latency histograms for metrics (Store::Statistics); the default level leaves
  // out the per-operation detailed timers, which cost more than they tell.
  options.statistics = rocksdb::CreateDBStatistics();
  return options;
}

rocksdb::ColumnFamilyOptions MakeCfOptions(Cf cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  options.write_buffer_size = 32 * kMiB;
  options.level_compaction_dynamic_level_bytes = true;
  // Cheap compression on hot levels, the strongest on the bottom level that holds most data.
  // Debian's librocksdb links lz4 and zstd; checked at run time to stay correct if it did not.
  options.compression =
      Supported(rocksdb::kLZ4Compression) ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  options.bottommost_compression = Supported(rocksdb::kZSTD) ? rocksdb::kZSTD : options.compression;

  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.block_size = 16 * 1024;
  table.format_version = 5;
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  if (CfHasPointLookups(cf)) {
    // Whole-key bloom filters make misses (NotFound, absent embeddings) nearly free. Index
    // column families are only prefix-scanned, where whole-key filters do not help.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

}  // namespace matchmaker::storage
