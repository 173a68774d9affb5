#ifndef MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_

// What every RPC leaves behind: per-method counts by status code, latency and queue wait
// (metrics, docs/OBSERVABILITY.md) and one structured JSON log line carrying its request id.
// Owns the process's MetricsRegistry, which the rest of the server (matcher stage counts,
// RocksDB and executor collectors, GetMetrics) reaches through metrics().

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "grpcpp/server_context.h"
#include "server/observability/metrics_registry.h"

namespace matchmaker::service {

struct CallRecord {
  // "matchmaker.v1.BrandService/GetBrief" (RpcMethodName).
  absl::string_view method;
  // auth::Principal::ToString(); "anonymous" before/without authentication.
  std::string principal;
  // RequestIdFor(): the client's x-request-id, else the request's request_id, else generated.
  std::string request_id;
  // When the call's reaction ran, and when a worker started its work.
  absl::Time received;
  absl::Time started;
  absl::Status status;
};

struct CallObserverOptions {
  // One JSON line per finished call. Off: only server errors are logged (LogIfServerError).
  bool access_log = true;
  // Where access log lines go (each ends with '\n'; called concurrently). Null: stderr, one
  // fwrite per line so lines never interleave.
  std::function<void(absl::string_view line)> access_log_sink;
};

class CallObserver {
 public:
  explicit CallObserver(CallObserverOptions options = {});
  CallObserver(const CallObserver&) = delete;
  CallObserver& operator=(const CallObserver&) = delete;
  ~CallObserver();

  // The id the call is logged under (see CallRecord::request_id): `x-request-id` metadata
  // (sanitized: printable ASCII, at most 128 characters), else the request's string field
  // `request_id` when it has one and it is set, else a generated "rq-…".
  std::string RequestIdFor(const grpc::ServerContextBase& context,
                           const google::protobuf::Message& request) const;
  // The same without a request message (streams).
  std::string RequestIdFor(const grpc::ServerContextBase& context) const;

  // A call arrived (counts it in flight until its OnCallDone). Thread-safe.
  void OnCallReceived();
  // Thread-safe; called once per finished call (admitted or refused), after OnCallReceived.
  void OnCallDone(const CallRecord& record);

  observability::MetricsRegistry& metrics() { return metrics_; }

 private:
  // One method's series, looked up once and then updated with atomics only.
  struct MethodSeries {
    std::array<std::atomic<observability::Counter*>, 17> by_code{};
    observability::Histogram* latency = nullptr;
    observability::Histogram* queue_wait = nullptr;
  };
  MethodSeries& SeriesFor(absl::string_view method);
  observability::Counter& CounterFor(MethodSeries& series, absl::string_view method,
                                     absl::StatusCode code);
  void WriteAccessLog(const CallRecord& record, absl::Time done) const;

  const CallObserverOptions options_;
  observability::MetricsRegistry metrics_;
  observability::CounterFamily& requests_;
  observability::HistogramFamily& latency_;
  observability::HistogramFamily& queue_wait_;
  observability::Gauge& in_flight_;

  absl::Mutex series_mu_;
  absl::flat_hash_map<std::string, std::unique_ptr<MethodSeries>> series_
      ABSL_GUARDED_BY(series_mu_);

  // Request type → its string `request_id` field, or null when it has none.
  mutable absl::Mutex fields_mu_;
  mutable absl::flat_hash_map<const google::protobuf::Descriptor*,
                              const google::protobuf::FieldDescriptor*>
      request_id_fields_ ABSL_GUARDED_BY(fields_mu_);
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_
