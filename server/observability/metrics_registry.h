#ifndef MATCHMAKER_SERVER_OBSERVABILITY_METRICS_REGISTRY_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_METRICS_REGISTRY_H_

// The process's metrics: named families of labelled series, plus collectors that report values
// owned elsewhere (RocksDB statistics, executor queue depth) at scrape time.
//
// Cost model: looking a series up by label values (Family::WithLabels) takes a mutex and a hash
// lookup; callers on a hot path look their series up once and keep the reference (series never
// move or die before the registry), so each event is then a relaxed atomic add.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "server/observability/metric_snapshot.h"
#include "server/observability/metrics.h"

namespace matchmaker::observability {

// One metric name: its help text, label names and every series created under it.
template <typename Series>
class Family {
 public:
  Family(std::string name, std::string help, std::vector<std::string> label_names,
         std::vector<double> bounds = {});
  Family(const Family&) = delete;
  Family& operator=(const Family&) = delete;

  // The series with these label values (one per label name, same order), created on first use.
  // A wrong number of values is a programming error: the process aborts with a message.
  Series& WithLabels(const std::vector<std::string>& values);

  const std::string& name() const { return name_; }
  const std::vector<std::string>& label_names() const { return label_names_; }
  FamilySnapshot Snapshot() const;

 private:
  const std::string name_;
  const std::string help_;
  const std::vector<std::string> label_names_;
  const std::vector<double> bounds_;  // histograms only
  mutable absl::Mutex mu_;
  absl::node_hash_map<std::vector<std::string>, std::unique_ptr<Series>> series_
      ABSL_GUARDED_BY(mu_);
};

using CounterFamily = Family<Counter>;
using GaugeFamily = Family<Gauge>;
using HistogramFamily = Family<Histogram>;

class MetricsRegistry {
 public:
  // Appends the families it reports to `out`; called by Snapshot, on the scraping thread.
  using Collector = std::function<void(std::vector<FamilySnapshot>* out)>;

  MetricsRegistry() = default;
  MetricsRegistry(const MetricsRegistry&) = delete;
  MetricsRegistry& operator=(const MetricsRegistry&) = delete;

  // Registers a family, or returns the one already registered under `name` when its kind and
  // label names match (re-registering anything else aborts: two meanings for one name).
  CounterFamily& AddCounter(absl::string_view name, absl::string_view help,
                            std::vector<std::string> label_names = {});
  GaugeFamily& AddGauge(absl::string_view name, absl::string_view help,
                        std::vector<std::string> label_names = {});
  // `bounds`: bucket upper bounds, strictly ascending (e.g. LatencySecondsBuckets()).
  HistogramFamily& AddHistogram(absl::string_view name, absl::string_view help,
                                std::vector<std::string> label_names, std::vector<double> bounds);

  void AddCollector(Collector collector);

  // Every family (registered and collected), sorted by name; samples sorted by label values.
  std::vector<FamilySnapshot> Snapshot() const;

 private:
  template <typename Series>
  Family<Series>& Add(absl::node_hash_map<std::string, std::unique_ptr<Family<Series>>>& families,
                      absl::string_view name, absl::string_view help,
                      std::vector<std::string> label_names, std::vector<double> bounds)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  mutable absl::Mutex mu_;
  absl::node_hash_map<std::string, std::unique_ptr<CounterFamily>> counters_ ABSL_GUARDED_BY(mu_);
  absl::node_hash_map<std::string, std::unique_ptr<GaugeFamily>> gauges_ ABSL_GUARDED_BY(mu_);
  absl::node_hash_map<std::string, std::unique_ptr<HistogramFamily>> histograms_
      ABSL_GUARDED_BY(mu_);
  std::vector<Collector> collectors_ ABSL_GUARDED_BY(mu_);
};

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_METRICS_REGISTRY_H_
