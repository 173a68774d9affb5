#include "bench/load_recorder.h"

#include <algorithm>
#include <cstddef>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace matchmaker::bench {
namespace {

double AtRank(const std::vector<int64_t>& sorted, double fraction) {
  // Nearest rank: the smallest value with at least `fraction` of the samples at or below it.
  std::size_t rank = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size()) + 0.5);
  if (rank < 1) rank = 1;
  if (rank > sorted.size()) rank = sorted.size();
  return static_cast<double>(sorted[rank - 1]) / 1000.0;
}

std::string Row(const std::string& label, const SecondRow& row) {
  std::vector<int64_t> latencies = row.ok_latency_us;
  const Percentiles p = PercentilesOf(latencies);
  return absl::StrFormat("%6s %7d %7d %7d %7d %7d %7d | %8.1f %8.1f %8.1f %8.1f | %8.1f %8.1f\n",
                         label, row.sent, row.ok, row.resource_exhausted, row.unavailable,
                         row.deadline_exceeded, row.other, p.p50_ms, p.p90_ms, p.p99_ms, p.max_ms,
                         static_cast<double>(row.vm_rss_kib) / 1024.0,
                         static_cast<double>(row.vm_hwm_kib) / 1024.0);
}

}  // namespace

Percentiles PercentilesOf(std::vector<int64_t>& latencies_us) {
  Percentiles p;
  p.count = static_cast<int64_t>(latencies_us.size());
  if (latencies_us.empty()) return p;
  std::sort(latencies_us.begin(), latencies_us.end());
  p.p50_ms = AtRank(latencies_us, 0.50);
  p.p90_ms = AtRank(latencies_us, 0.90);
  p.p99_ms = AtRank(latencies_us, 0.99);
  p.max_ms = static_cast<double>(latencies_us.back()) / 1000.0;
  return p;
}

LoadRecorder::LoadRecorder(int seconds) : rows_(std::max(seconds, 1)) {}

void LoadRecorder::Sent(int second) {
  absl::MutexLock lock(&mu_);
  if (second >= 0 && second < static_cast<int>(rows_.size())) ++rows_[second].sent;
}

void LoadRecorder::Done(int second, const grpc::Status& status, int64_t latency_us) {
  absl::MutexLock lock(&mu_);
  const int code = static_cast<int>(status.error_code());
  if (!status.ok() &&
      std::find(sampled_codes_.begin(), sampled_codes_.end(), code) == sampled_codes_.end()) {
    sampled_codes_.push_back(code);
    sample_messages_.push_back(absl::StrCat("code ", code, ": ", status.error_message()));
  }
  if (second < 0 || second >= static_cast<int>(rows_.size())) return;
  SecondRow& row = rows_[second];
  switch (status.error_code()) {
    case grpc::StatusCode::OK:
      ++row.ok;
      row.ok_latency_us.push_back(latency_us);
      break;
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      ++row.resource_exhausted;
      break;
    case grpc::StatusCode::UNAVAILABLE:
      ++row.unavailable;
      break;
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      ++row.deadline_exceeded;
      break;
    default:
      ++row.other;
  }
}

void LoadRecorder::Memory(int second, int64_t vm_rss_kib, int64_t vm_hwm_kib) {
  absl::MutexLock lock(&mu_);
  if (second < 0 || second >= static_cast<int>(rows_.size())) return;
  rows_[second].vm_rss_kib = vm_rss_kib;
  rows_[second].vm_hwm_kib = vm_hwm_kib;
}

std::vector<std::string> LoadRecorder::SampleMessages() const {
  absl::MutexLock lock(&mu_);
  return sample_messages_;
}

SecondRow LoadRecorder::Totals() const {
  absl::MutexLock lock(&mu_);
  SecondRow total;
  for (const SecondRow& row : rows_) {
    total.sent += row.sent;
    total.ok += row.ok;
    total.resource_exhausted += row.resource_exhausted;
    total.unavailable += row.unavailable;
    total.deadline_exceeded += row.deadline_exceeded;
    total.other += row.other;
    total.ok_latency_us.insert(total.ok_latency_us.end(), row.ok_latency_us.begin(),
                               row.ok_latency_us.end());
    total.vm_rss_kib = std::max(total.vm_rss_kib, row.vm_rss_kib);
    total.vm_hwm_kib = std::max(total.vm_hwm_kib, row.vm_hwm_kib);
  }
  return total;
}

std::string LoadRecorder::Report() const {
  std::string out = absl::StrFormat("%6s %7s %7s %7s %7s %7s %7s | %8s %8s %8s %8s | %8s %8s\n",
                                    "second", "sent", "ok", "exhaust", "unavail", "deadln", "other",
                                    "p50_ms", "p90_ms", "p99_ms", "max_ms", "rss_mb", "hwm_mb");
  {
    absl::MutexLock lock(&mu_);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      absl::StrAppend(&out, Row(absl::StrCat(i), rows_[i]));
    }
  }
  absl::StrAppend(&out, Row("total", Totals()));
  return out;
}

}  // namespace matchmaker::bench
