// Store::Statistics: RocksDB tickers, histograms and properties for metrics.

#include "storage/store_statistics.h"

#include <memory>

#include "rocksdb/statistics.h"
#include "storage/store.h"
#include "storage/store_impl.h"

namespace matchmaker::storage {
namespace {

struct TickerSpec {
  rocksdb::Tickers ticker;
  const char* name;
  const char* help;
};

constexpr TickerSpec kTickers[] = {
    {rocksdb::BYTES_WRITTEN, "bytes_written", "Bytes written by user writes (batches)."},
    {rocksdb::BYTES_READ, "bytes_read", "Bytes read by point lookups."},
    {rocksdb::NUMBER_KEYS_WRITTEN, "keys_written", "Keys written."},
    {rocksdb::NUMBER_KEYS_READ, "keys_read", "Keys read by point lookups."},
    {rocksdb::NUMBER_DB_SEEK, "seeks", "Iterator seeks."},
    {rocksdb::WAL_FILE_SYNCED, "wal_syncs", "WAL syncs (one per durable commit)."},
    {rocksdb::WAL_FILE_BYTES, "wal_bytes", "Bytes written to the WAL."},
    {rocksdb::BLOCK_CACHE_HIT, "block_cache_hits", "Block cache hits."},
    {rocksdb::BLOCK_CACHE_MISS, "block_cache_misses", "Block cache misses."},
    {rocksdb::BLOOM_FILTER_USEFUL, "bloom_filter_useful",
     "Point lookups a bloom filter answered without reading a data block."},
    {rocksdb::COMPACT_READ_BYTES, "compaction_read_bytes", "Bytes read by compactions."},
    {rocksdb::COMPACT_WRITE_BYTES, "compaction_write_bytes", "Bytes written by compactions."},
    {rocksdb::FLUSH_WRITE_BYTES, "flush_write_bytes", "Bytes written by memtable flushes."},
    {rocksdb::STALL_MICROS, "stall_micros", "Microseconds writes were stalled or slowed."},
};

struct HistogramSpec {
  rocksdb::Histograms histogram;
  const char* name;
  const char* help;
};

constexpr HistogramSpec kHistograms[] = {
    {rocksdb::DB_GET, "get_micros", "Point lookup latency in microseconds."},
    {rocksdb::DB_WRITE, "write_micros", "Write (commit) latency in microseconds."},
    {rocksdb::DB_SEEK, "seek_micros", "Iterator seek latency in microseconds."},
    {rocksdb::WAL_FILE_SYNC_MICROS, "wal_sync_micros", "WAL sync latency in microseconds."},
    {rocksdb::COMPACTION_TIME, "compaction_micros", "Compaction duration in microseconds."},
};

struct PropertySpec {
  const char* property;
  const char* name;
  const char* help;
};

constexpr PropertySpec kCfProperties[] = {
    {"rocksdb.estimate-num-keys", "estimate_num_keys", "Estimated keys in the column family."},
    {"rocksdb.live-sst-files-size", "live_sst_bytes",
     "Bytes of the SST files the column family's current version uses."},
    {"rocksdb.cur-size-all-mem-tables", "memtable_bytes",
     "Bytes of the column family's active and unflushed memtables."},
};

constexpr PropertySpec kDbProperties[] = {
    {"rocksdb.block-cache-usage", "block_cache_usage_bytes", "Bytes held by the block cache."},
    {"rocksdb.num-running-compactions", "running_compactions", "Compactions running now."},
    {"rocksdb.num-running-flushes", "running_flushes", "Flushes running now."},
    {"rocksdb.actual-delayed-write-rate", "delayed_write_rate",
     "Bytes per second writes are throttled to (0: not throttled)."},
};

}  // namespace

StoreStatistics Store::Statistics() const {
  StoreStatistics out;
  rocksdb::DB* db = impl_->db();
  const std::shared_ptr<rocksdb::Statistics> stats = db->GetDBOptions().statistics;
  if (stats != nullptr) {
    for (const TickerSpec& spec : kTickers) {
      out.tickers.push_back({spec.name, spec.help, stats->getTickerCount(spec.ticker)});
    }
    for (const HistogramSpec& spec : kHistograms) {
      rocksdb::HistogramData data;
      stats->histogramData(spec.histogram, &data);
      out.latencies.push_back({spec.name, spec.help, data.count, data.sum, data.median,
                               data.percentile95, data.percentile99});
    }
  }
  for (Cf cf : AllCfs()) {
    for (const PropertySpec& spec : kCfProperties) {
      uint64_t value = 0;
      if (db->GetIntProperty(impl_->cf(cf), spec.property, &value)) {
        out.properties.push_back({spec.name, spec.help, std::string(CfName(cf)), value});
      }
    }
  }
  for (const PropertySpec& spec : kDbProperties) {
    uint64_t value = 0;
    if (db->GetIntProperty(spec.property, &value)) {
      out.properties.push_back({spec.name, spec.help, "", value});
    }
  }
  return out;
}

}  // namespace matchmaker::storage
