#ifndef MATCHMAKER_SERVER_SERVICE_COLLECTED_METRICS_H_
#define MATCHMAKER_SERVER_SERVICE_COLLECTED_METRICS_H_

// Metrics read at scrape time from parts that keep their own numbers: the executor's queue and
// RocksDB's statistics. Registered as collectors, so they cost nothing between scrapes.

#include "server/observability/metrics_registry.h"
#include "server/service/executor.h"
#include "storage/store.h"

namespace matchmaker::service {

// matchmaker_executor_queued_calls. `executor` must outlive every Snapshot of `registry`.
void RegisterExecutorMetrics(observability::MetricsRegistry& registry, const Executor& executor);

// matchmaker_rocksdb_*: tickers as counters (`_total`), latency histograms as summaries
// (quantiles 0.5/0.95/0.99 in microseconds), properties as gauges (per column family where
// they are). `store` must outlive every Snapshot of `registry`.
void RegisterStoreMetrics(observability::MetricsRegistry& registry, const storage::Store& store);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_COLLECTED_METRICS_H_
