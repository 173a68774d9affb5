#ifndef MATCHMAKER_BENCH_LOAD_RECORDER_H_
#define MATCHMAKER_BENCH_LOAD_RECORDER_H_

// What a load run saw, per second of the run: calls sent, their outcomes by status code, the
// latency of the admitted (OK) ones, and the server's memory. Outcomes are counted in the
// second the call was SENT, so each row's outcomes add up to its `sent` once the run drains.
// Thread-safe: gRPC callback threads record into it concurrently.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "grpcpp/support/status.h"

namespace matchmaker::bench {

struct Percentiles {
  int64_t count = 0;
  double p50_ms = 0;
  double p90_ms = 0;
  double p99_ms = 0;
  double max_ms = 0;
};

// Nearest-rank percentiles of `latencies_us` (sorted in place).
Percentiles PercentilesOf(std::vector<int64_t>& latencies_us);

struct SecondRow {
  int64_t sent = 0;
  int64_t ok = 0;
  int64_t resource_exhausted = 0;
  int64_t unavailable = 0;
  int64_t deadline_exceeded = 0;
  int64_t other = 0;
  // Latency of OK calls (microseconds), in completion order.
  std::vector<int64_t> ok_latency_us;
  // Server memory sampled during this second (KiB; 0 when not sampled).
  int64_t vm_rss_kib = 0;
  int64_t vm_hwm_kib = 0;
};

class LoadRecorder {
 public:
  explicit LoadRecorder(int seconds);

  void Sent(int second);
  void Done(int second, const grpc::Status& status, int64_t latency_us);
  void Memory(int second, int64_t vm_rss_kib, int64_t vm_hwm_kib);
  // A status message seen for `code` (the first one of each code is kept, for the report).
  std::vector<std::string> SampleMessages() const;

  // The per-second table and the totals, as printed by the load program.
  std::string Report() const;
  // Totals over the run.
  SecondRow Totals() const;

 private:
  mutable absl::Mutex mu_;
  std::vector<SecondRow> rows_ ABSL_GUARDED_BY(mu_);
  std::vector<std::string> sample_messages_ ABSL_GUARDED_BY(mu_);
  std::vector<int> sampled_codes_ ABSL_GUARDED_BY(mu_);
};

}  // namespace matchmaker::bench

#endif  // MATCHMAKER_BENCH_LOAD_RECORDER_H_
