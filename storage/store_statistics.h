#ifndef MATCHMAKER_STORAGE_STORE_STATISTICS_H_
#define MATCHMAKER_STORAGE_STORE_STATISTICS_H_

// A snapshot of RocksDB's own statistics for metrics (Store::Statistics): selected cumulative
// tickers, latency histograms, and per-column-family / database properties. Plain values named
// for export (snake_case), so callers need no RocksDB headers.

#include <cstdint>
#include <string>
#include <vector>

namespace matchmaker::storage {

struct StoreStatistics {
  // Monotonic since the database was opened (e.g. "bytes_written", "wal_syncs").
  struct Ticker {
    std::string name;
    std::string help;
    uint64_t value = 0;
  };
  // Microsecond latencies as RocksDB histograms summarise them (e.g. "get_micros").
  struct Latency {
    std::string name;
    std::string help;
    uint64_t count = 0;
    uint64_t sum = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
  };
  // A current value; `column_family` empty for database-wide properties.
  struct Property {
    std::string name;
    std::string help;
    std::string column_family;
    uint64_t value = 0;
  };
  std::vector<Ticker> tickers;
  std::vector<Latency> latencies;
  std::vector<Property> properties;
};

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_STORE_STATISTICS_H_
