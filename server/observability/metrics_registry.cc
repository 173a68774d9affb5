#include "server/observability/metrics_registry.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace matchmaker::observability {
namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "metrics registry: %s\n", message.c_str());
  std::abort();
}

bool ValidName(absl::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

template <typename Series>
constexpr MetricType TypeOf();
template <>
constexpr MetricType TypeOf<Counter>() {
  return MetricType::kCounter;
}
template <>
constexpr MetricType TypeOf<Gauge>() {
  return MetricType::kGauge;
}
template <>
constexpr MetricType TypeOf<Histogram>() {
  return MetricType::kHistogram;
}

void Fill(const Counter& counter, SampleSnapshot* sample) {
  sample->value = static_cast<double>(counter.value());
}
void Fill(const Gauge& gauge, SampleSnapshot* sample) { sample->value = gauge.value(); }
void Fill(const Histogram& histogram, SampleSnapshot* sample) {
  sample->histogram = histogram.Snapshot();
}

template <typename Series>
std::unique_ptr<Series> MakeSeries(const std::vector<double>& bounds) {
  if constexpr (std::is_same_v<Series, Histogram>) {
    return std::make_unique<Histogram>(bounds);
  } else {
    return std::make_unique<Series>();
  }
}

}  // namespace

template <typename Series>
Family<Series>::Family(std::string name, std::string help, std::vector<std::string> label_names,
                       std::vector<double> bounds)
    : name_(std::move(name)),
      help_(std::move(help)),
      label_names_(std::move(label_names)),
      bounds_(std::move(bounds)) {}

template <typename Series>
Series& Family<Series>::WithLabels(const std::vector<std::string>& values) {
  if (values.size() != label_names_.size()) {
    Die(absl::StrCat(name_, ": ", values.size(), " label values for labels (",
                     absl::StrJoin(label_names_, ","), ")"));
  }
  absl::MutexLock lock(&mu_);
  std::unique_ptr<Series>& series = series_[values];
  if (series == nullptr) series = MakeSeries<Series>(bounds_);
  return *series;
}

template <typename Series>
FamilySnapshot Family<Series>::Snapshot() const {
  FamilySnapshot out;
  out.name = name_;
  out.help = help_;
  out.type = TypeOf<Series>();
  {
    absl::MutexLock lock(&mu_);
    out.samples.reserve(series_.size());
    for (const auto& [values, series] : series_) {
      SampleSnapshot sample;
      for (size_t i = 0; i < values.size(); ++i) {
        sample.labels.emplace_back(label_names_[i], values[i]);
      }
      Fill(*series, &sample);
      out.samples.push_back(std::move(sample));
    }
  }
  std::sort(out.samples.begin(), out.samples.end(),
            [](const SampleSnapshot& a, const SampleSnapshot& b) { return a.labels < b.labels; });
  return out;
}

template class Family<Counter>;
template class Family<Gauge>;
template class Family<Histogram>;

template <typename Series>
Family<Series>& MetricsRegistry::Add(
    absl::node_hash_map<std::string, std::unique_ptr<Family<Series>>>& families,
    absl::string_view name, absl::string_view help, std::vector<std::string> label_names,
    std::vector<double> bounds) {
  if (!ValidName(name)) Die(absl::StrCat("invalid metric name '", name, "'"));
  for (const std::string& label : label_names) {
    if (!ValidName(label) || label.find(':') != std::string::npos || label == "le" ||
        label == "quantile") {
      Die(absl::StrCat(name, ": invalid label name '", label, "'"));
    }
  }
  if (!std::is_sorted(bounds.begin(), bounds.end()) ||
      std::adjacent_find(bounds.begin(), bounds.end()) != bounds.end()) {
    Die(absl::StrCat(name, ": bucket bounds must be strictly ascending"));
  }
  const std::string key(name);
  const bool taken = (counters_.contains(key) && !std::is_same_v<Series, Counter>) ||
                     (gauges_.contains(key) && !std::is_same_v<Series, Gauge>) ||
                     (histograms_.contains(key) && !std::is_same_v<Series, Histogram>);
  if (taken) Die(absl::StrCat(name, ": registered twice with different kinds"));
  std::unique_ptr<Family<Series>>& family = families[key];
  if (family == nullptr) {
    family = std::make_unique<Family<Series>>(key, std::string(help), std::move(label_names),
                                              std::move(bounds));
  } else if (family->label_names() != label_names) {
    Die(absl::StrCat(name, ": registered twice with different labels"));
  }
  return *family;
}

CounterFamily& MetricsRegistry::AddCounter(absl::string_view name, absl::string_view help,
                                           std::vector<std::string> label_names) {
  absl::MutexLock lock(&mu_);
  return Add(counters_, name, help, std::move(label_names), {});
}

GaugeFamily& MetricsRegistry::AddGauge(absl::string_view name, absl::string_view help,
                                       std::vector<std::string> label_names) {
  absl::MutexLock lock(&mu_);
  return Add(gauges_, name, help, std::move(label_names), {});
}

HistogramFamily& MetricsRegistry::AddHistogram(absl::string_view name, absl::string_view help,
                                               std::vector<std::string> label_names,
                                               std::vector<double> bounds) {
  absl::MutexLock lock(&mu_);
  return Add(histograms_, name, help, std::move(label_names), std::move(bounds));
}

void MetricsRegistry::AddCollector(Collector collector) {
  absl::MutexLock lock(&mu_);
  collectors_.push_back(std::move(collector));
}

std::vector<FamilySnapshot> MetricsRegistry::Snapshot() const {
  std::vector<FamilySnapshot> out;
  std::vector<Collector> collectors;
  {
    absl::MutexLock lock(&mu_);
    for (const auto& [name, family] : counters_) out.push_back(family->Snapshot());
    for (const auto& [name, family] : gauges_) out.push_back(family->Snapshot());
    for (const auto& [name, family] : histograms_) out.push_back(family->Snapshot());
    collectors = collectors_;
  }
  // Outside the lock: a collector may take its own locks (the store, the executor).
  for (const Collector& collect : collectors) collect(&out);
  std::sort(out.begin(), out.end(),
            [](const FamilySnapshot& a, const FamilySnapshot& b) { return a.name < b.name; });
  return out;
}

}  // namespace matchmaker::observability
