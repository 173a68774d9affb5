#include "server/service/call_observer.h"

#include <cstdio>
#include <utility>

#include "absl/time/clock.h"
#include "server/observability/json_line.h"
#include "server/observability/request_id.h"
#include "server/service/server_log.h"

namespace matchmaker::service {
namespace {

using observability::Counter;
using observability::Histogram;

constexpr absl::string_view kRequestIdHeader = "x-request-id";

bool IsServerError(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kInternal:
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kUnknown:
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kResourceExhausted:
      return true;
    default:
      return false;
  }
}

// info: OK; warn: the caller's mistake; error: the server's fault or trouble.
absl::string_view LevelOf(absl::StatusCode code) {
  if (code == absl::StatusCode::kOk) return "info";
  return IsServerError(code) ? "error" : "warn";
}

void WriteToStderr(absl::string_view line) {
  // One fwrite per line: stdio locks the stream, so lines never interleave (as server_log.cc).
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

std::string FromMetadata(const grpc::ServerContextBase& context) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find(grpc::string_ref(kRequestIdHeader.data(), kRequestIdHeader.size()));
  if (it == metadata.end()) return "";
  return observability::SanitizeRequestId(absl::string_view(it->second.data(), it->second.size()));
}

}  // namespace

CallObserver::CallObserver(CallObserverOptions options)
    : options_(std::move(options)),
      requests_(metrics_.AddCounter("matchmaker_rpc_requests_total",
                                    "Finished RPCs by full method name and gRPC status code.",
                                    {"method", "code"})),
      latency_(metrics_.AddHistogram(
          "matchmaker_rpc_latency_seconds",
          "RPC latency from the call's arrival to its status, by method (queue wait included).",
          {"method"}, observability::LatencySecondsBuckets())),
      queue_wait_(metrics_.AddHistogram(
          "matchmaker_rpc_queue_wait_seconds",
          "Time an RPC waited for a worker thread between arrival and the start of its work.",
          {"method"}, observability::LatencySecondsBuckets())),
      in_flight_(metrics_
                     .AddGauge("matchmaker_rpc_in_flight",
                               "RPCs received and not yet finished (queued or running).")
                     .WithLabels({})) {}

CallObserver::~CallObserver() = default;

std::string CallObserver::RequestIdFor(const grpc::ServerContextBase& context) const {
  std::string id = FromMetadata(context);
  return id.empty() ? observability::GenerateRequestId() : id;
}

std::string CallObserver::RequestIdFor(const grpc::ServerContextBase& context,
                                       const google::protobuf::Message& request) const {
  if (std::string id = FromMetadata(context); !id.empty()) return id;
  const google::protobuf::Descriptor* type = request.GetDescriptor();
  const google::protobuf::FieldDescriptor* field = nullptr;
  {
    absl::MutexLock lock(&fields_mu_);
    auto [it, inserted] = request_id_fields_.try_emplace(type, nullptr);
    if (inserted) {
      const google::protobuf::FieldDescriptor* candidate = type->FindFieldByName("request_id");
      if (candidate != nullptr && !candidate->is_repeated() &&
          candidate->type() == google::protobuf::FieldDescriptor::TYPE_STRING) {
        it->second = candidate;
      }
    }
    field = it->second;
  }
  if (field != nullptr) {
    std::string scratch;
    const std::string& value =
        request.GetReflection()->GetStringReference(request, field, &scratch);
    if (std::string id = observability::SanitizeRequestId(value); !id.empty()) return id;
  }
  return observability::GenerateRequestId();
}

void CallObserver::OnCallReceived() { in_flight_.Add(1); }

CallObserver::MethodSeries& CallObserver::SeriesFor(absl::string_view method) {
  {
    absl::ReaderMutexLock lock(&series_mu_);
    auto it = series_.find(method);
    if (it != series_.end()) return *it->second;
  }
  absl::MutexLock lock(&series_mu_);
  std::unique_ptr<MethodSeries>& series = series_[method];
  if (series == nullptr) {
    series = std::make_unique<MethodSeries>();
    series->latency = &latency_.WithLabels({std::string(method)});
    series->queue_wait = &queue_wait_.WithLabels({std::string(method)});
  }
  return *series;
}

Counter& CallObserver::CounterFor(MethodSeries& series, absl::string_view method,
                                  absl::StatusCode code) {
  const size_t index = static_cast<size_t>(code);
  if (index >= series.by_code.size()) {
    // Not a canonical code: counted under UNKNOWN, as gRPC would report it.
    return CounterFor(series, method, absl::StatusCode::kUnknown);
  }
  Counter* counter = series.by_code[index].load(std::memory_order_acquire);
  if (counter == nullptr) {
    // Racing threads get the same series from the family; storing it twice is harmless.
    counter = &requests_.WithLabels({std::string(method), absl::StatusCodeToString(code)});
    series.by_code[index].store(counter, std::memory_order_release);
  }
  return *counter;
}

void CallObserver::OnCallDone(const CallRecord& record) {
  const absl::Time done = absl::Now();
  MethodSeries& series = SeriesFor(record.method);
  CounterFor(series, record.method, record.status.code()).Increment();
  series.latency->Observe(absl::ToDoubleSeconds(done - record.received));
  series.queue_wait->Observe(absl::ToDoubleSeconds(record.started - record.received));
  in_flight_.Add(-1);
  if (options_.access_log) {
    WriteAccessLog(record, done);
  } else {
    LogIfServerError(record.method, record.status);
  }
}

void CallObserver::WriteAccessLog(const CallRecord& record, absl::Time done) const {
  observability::JsonLine line;
  line.Add("ts", absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", done, absl::UTCTimeZone()))
      .Add("level", LevelOf(record.status.code()))
      .Add("msg", "rpc")
      .Add("method", record.method)
      .Add("principal", record.principal)
      .Add("request_id", record.request_id)
      .Add("code", absl::StatusCodeToString(record.status.code()))
      .AddFixed3("latency_ms", absl::ToDoubleMilliseconds(done - record.received))
      .AddFixed3("queue_ms", absl::ToDoubleMilliseconds(record.started - record.received));
  if (!record.status.ok()) line.Add("error", record.status.message());
  const std::string text = line.Finish();
  if (options_.access_log_sink) {
    options_.access_log_sink(text);
  } else {
    WriteToStderr(text);
  }
}

}  // namespace matchmaker::service
