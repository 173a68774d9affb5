// overload_load: drives a matchmaker_server at several times its capacity and reports how it
// copes (docs/OVERLOAD.md).
//
//   1. starts bin/matchmaker_server on a fresh data dir (or connects to --target),
//   2. imports a deterministic demo market (client/demo),
//   3. measures capacity: --capacity_concurrency closed loops for --capacity_seconds,
//   4. offers --load_factor × capacity calls/s open loop (callback API, one call every
//      1/rate s whatever the answers) for --duration_seconds: FindCreators and cheap reads,
//   5. prints per second: sent, OK, RESOURCE_EXHAUSTED, UNAVAILABLE, DEADLINE_EXCEEDED, other,
//      admitted (OK) latency p50/p90/p99/max and the server's VmRSS/VmHWM,
//   6. checks the server still answers (health + one call), then stops it with SIGTERM.
//
// Calls carry `authorization: Bearer <key>` when <data_dir>/admin.key exists.

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/notification.h"
#include "bench/load_recorder.h"
#include "bench/load_server_process.h"
#include "client/demo/demo_market.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/support/channel_arguments.h"
#include "matchmaker/v1/admin_service.grpc.pb.h"
#include "matchmaker/v1/brand_service.grpc.pb.h"
#include "matchmaker/v1/creator_service.grpc.pb.h"

ABSL_FLAG(std::string, server_binary, "",
          "matchmaker_server to start (default: beside this program)");
ABSL_FLAG(std::string, target, "", "Connect to this running server instead of starting one");
ABSL_FLAG(int32_t, server_pid, 0, "With --target: the server's pid, for its memory");
ABSL_FLAG(std::string, data_dir, "",
          "Server data dir (default: a fresh temp dir, removed afterwards); admin.key is read "
          "from it");
ABSL_FLAG(std::vector<std::string>, server_args, {},
          "Extra server flags, comma-separated, e.g. --server_args=--worker_threads=2");
ABSL_FLAG(int32_t, creators, 5000, "Demo market size: creators");
ABSL_FLAG(int32_t, brands, 50, "Demo market size: brands");
ABSL_FLAG(int32_t, briefs, 150, "Demo market size: briefs");
ABSL_FLAG(int32_t, channels, 8, "Client connections (each its own HTTP/2 connection)");
ABSL_FLAG(int32_t, capacity_seconds, 10, "Length of the closed-loop capacity measurement");
ABSL_FLAG(int32_t, capacity_concurrency, 8, "Calls in flight during the capacity measurement");
ABSL_FLAG(double, load_factor, 4.0, "Offered load as a multiple of the measured capacity");
ABSL_FLAG(double, rate, 0, "Offered calls/s (overrides --load_factor when > 0)");
ABSL_FLAG(int32_t, duration_seconds, 30, "Length of the open-loop overload phase");
ABSL_FLAG(double, find_creators_share, 0.5,
          "Share of FindCreators calls; the rest are GetCreator / GetBrief reads");
ABSL_FLAG(int32_t, call_deadline_ms, 1000, "Deadline of every call");
ABSL_FLAG(int32_t, max_in_flight, 50000,
          "Client-side cap on outstanding calls (beyond it a send is skipped and counted)");

namespace {

using matchmaker::bench::LoadRecorder;
using matchmaker::bench::Percentiles;
using matchmaker::bench::ProcessMemory;
using matchmaker::bench::ReadProcessMemory;
using matchmaker::bench::SecondRow;
using matchmaker::bench::ServerProcess;
namespace v1 = matchmaker::v1;
using Clock = std::chrono::steady_clock;

int Fail(const std::string& message) {
  std::cerr << "overload_load: " << message << "\n";
  return 1;
}

uint64_t SplitMix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The server under load: its stubs over several connections, the ids calls refer to, the key.
class Target {
 public:
  Target(const std::string& address, int channels, std::string bearer) : bearer_(bearer) {
    for (int i = 0; i < channels; ++i) {
      grpc::ChannelArguments args;
      // A distinct argument per channel keeps gRPC from sharing one connection between them.
      args.SetInt("matchmaker.load_channel", i);
      args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
      auto channel = grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
      channels_.push_back(channel);
      brands_.push_back(v1::BrandService::NewStub(channel));
      creators_.push_back(v1::CreatorService::NewStub(channel));
    }
    admin_ = v1::AdminService::NewStub(channels_.front());
  }

  void Authorize(grpc::ClientContext& context) const {
    if (!bearer_.empty()) context.AddMetadata("authorization", "Bearer " + bearer_);
  }

  absl::Status Import(const matchmaker::demo::DemoMarket& market) {
    grpc::ClientContext context;
    Authorize(context);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(30));
    v1::ImportRecordsResponse response;
    auto writer = admin_->ImportRecords(&context, &response);
    matchmaker::demo::ForEachRecord(market, [&](const v1::Record& record) {
      v1::ImportRecordsRequest request;
      *request.mutable_record() = record;
      writer->Write(request);
    });
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    if (!status.ok()) {
      return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                          absl::StrCat("import: ", status.error_message()));
    }
    if (response.rejections_size() > 0) {
      return absl::FailedPreconditionError(
          absl::StrCat("import rejected ", response.rejections_size(),
                       " records, first: ", response.rejections(0).reason()));
    }
    for (const v1::Brief& brief : market.briefs) {
      if (brief.status() == v1::BRIEF_STATUS_OPEN) open_briefs_.push_back(brief.id());
      briefs_.push_back(brief.id());
    }
    for (const v1::Creator& creator : market.creators) creator_ids_.push_back(creator.id());
    if (open_briefs_.empty()) return absl::FailedPreconditionError("demo market has no open brief");
    return absl::OkStatus();
  }

  // Starts call number `n` of the mix (FindCreators or a cheap read); `done` gets its status.
  void StartCall(uint64_t n, std::chrono::milliseconds deadline,
                 std::function<void(const grpc::Status&)> done) {
    const uint64_t pick = SplitMix64(n);
    const std::size_t channel = n % channels_.size();
    const double unit = static_cast<double>(pick >> 11) / 9007199254740992.0;  // [0, 1)
    const auto when = std::chrono::system_clock::now() + deadline;
    if (unit < find_creators_share_) {
      Run<v1::FindCreatorsRequest, v1::FindCreatorsResponse>(
          when, std::move(done),
          [&](v1::FindCreatorsRequest& request) {
            request.set_brief_id(open_briefs_[(pick >> 3) % open_briefs_.size()]);
            request.set_page_size(20);
          },
          [this, channel](auto* context, auto* request, auto* response, auto callback) {
            brands_[channel]->async()->FindCreators(context, request, response,
                                                    std::move(callback));
          });
    } else if ((pick & 1) == 0) {
      Run<v1::GetCreatorRequest, v1::GetCreatorResponse>(
          when, std::move(done),
          [&](v1::GetCreatorRequest& request) {
            request.set_creator_id(creator_ids_[(pick >> 3) % creator_ids_.size()]);
          },
          [this, channel](auto* context, auto* request, auto* response, auto callback) {
            creators_[channel]->async()->GetCreator(context, request, response,
                                                    std::move(callback));
          });
    } else {
      Run<v1::GetBriefRequest, v1::GetBriefResponse>(
          when, std::move(done),
          [&](v1::GetBriefRequest& request) {
            request.set_brief_id(briefs_[(pick >> 3) % briefs_.size()]);
          },
          [this, channel](auto* context, auto* request, auto* response, auto callback) {
            brands_[channel]->async()->GetBrief(context, request, response, std::move(callback));
          });
    }
  }

  // The standard health service's status for the whole server ("SERVING" or the problem).
  std::string Health() {
    grpc::GenericStub stub(channels_.front());
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    grpc::Slice empty("");
    grpc::ByteBuffer request(&empty, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                   &response, [&](grpc::Status status) { done.set_value(status); });
    const grpc::Status status = done.get_future().get();
    if (!status.ok())
      return absl::StrCat("error ", static_cast<int>(status.error_code()), ": ",
                          status.error_message());
    std::vector<grpc::Slice> slices;
    std::string bytes;
    if (response.Dump(&slices).ok()) {
      for (const grpc::Slice& slice : slices) {
        bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
      }
    }
    return bytes == std::string("\x08\x01", 2) ? "SERVING" : "NOT_SERVING";
  }

  // One FindCreators with a generous deadline, after the run.
  grpc::Status OneCall() {
    grpc::ClientContext context;
    Authorize(context);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    v1::FindCreatorsRequest request;
    request.set_brief_id(open_briefs_.front());
    request.set_page_size(20);
    v1::FindCreatorsResponse response;
    return brands_.front()->FindCreators(&context, request, &response);
  }

  void set_find_creators_share(double share) { find_creators_share_ = share; }

 private:
  template <typename Request, typename Response, typename Fill, typename Invoke>
  void Run(std::chrono::system_clock::time_point deadline,
           std::function<void(const grpc::Status&)> done, Fill fill, Invoke invoke) {
    struct Call {
      grpc::ClientContext context;
      Request request;
      Response response;
    };
    auto* call = new Call();
    Authorize(call->context);
    call->context.set_deadline(deadline);
    fill(call->request);
    invoke(&call->context, &call->request, &call->response,
           [call, done = std::move(done)](grpc::Status status) {
             done(status);
             delete call;
           });
  }

  const std::string bearer_;
  double find_creators_share_ = 0.5;
  std::vector<std::shared_ptr<grpc::Channel>> channels_;
  std::vector<std::unique_ptr<v1::BrandService::Stub>> brands_;
  std::vector<std::unique_ptr<v1::CreatorService::Stub>> creators_;
  std::unique_ptr<v1::AdminService::Stub> admin_;
  std::vector<std::string> open_briefs_;
  std::vector<std::string> briefs_;
  std::vector<std::string> creator_ids_;
};

// Samples the server's memory once a second into `recorder` until `stop` is notified.
std::thread StartMemorySampler(pid_t pid, Clock::time_point start, LoadRecorder& recorder,
                               absl::Notification& stop) {
  return std::thread([pid, start, &recorder, &stop] {
    for (int second = 0; pid > 0 && !stop.HasBeenNotified(); ++second) {
      std::this_thread::sleep_until(start + std::chrono::milliseconds(1000 * second + 900));
      absl::StatusOr<ProcessMemory> memory = ReadProcessMemory(pid);
      if (!memory.ok()) return;
      recorder.Memory(second, memory->vm_rss_kib, memory->vm_hwm_kib);
    }
  });
}

struct InFlight {
  std::atomic<int64_t> count{0};
  absl::Mutex mu;
  void WaitForZero() {
    absl::MutexLock lock(&mu);
    mu.Await(absl::Condition(
        +[](std::atomic<int64_t>* c) { return c->load() == 0; }, &count));
  }
  void Finished() {
    absl::MutexLock lock(&mu);  // so WaitForZero re-evaluates
    count.fetch_sub(1);
  }
};

// Closed loop: `concurrency` calls always outstanding for `seconds`. Returns OK calls/s.
double MeasureCapacity(Target& target, int concurrency, int seconds,
                       std::chrono::milliseconds deadline, pid_t pid) {
  LoadRecorder recorder(seconds);
  InFlight in_flight;
  std::atomic<uint64_t> next{0};
  const Clock::time_point start = Clock::now();
  const Clock::time_point end = start + std::chrono::seconds(seconds);
  absl::Notification stop_sampler;
  std::thread sampler = StartMemorySampler(pid, start, recorder, stop_sampler);
  std::function<void()> loop = [&] {
    const Clock::time_point sent = Clock::now();
    if (sent >= end) {
      in_flight.Finished();
      return;
    }
    const int second = static_cast<int>((sent - start) / std::chrono::seconds(1));
    recorder.Sent(second);
    target.StartCall(next.fetch_add(1), deadline, [&, sent, second](const grpc::Status& status) {
      recorder.Done(
          second, status,
          std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - sent).count());
      loop();
    });
  };
  in_flight.count = concurrency;
  for (int i = 0; i < concurrency; ++i) loop();
  in_flight.WaitForZero();
  stop_sampler.Notify();
  sampler.join();
  const SecondRow totals = recorder.Totals();
  std::cout << "capacity phase (closed loop, " << concurrency << " in flight, " << seconds
            << " s):\n"
            << recorder.Report();
  return static_cast<double>(totals.ok) / seconds;
}

// Open loop: a call every 1/rate s for `seconds`, whatever the answers.
void Overload(Target& target, double rate, int seconds, std::chrono::milliseconds deadline,
              int64_t max_in_flight, pid_t pid, LoadRecorder& recorder, int64_t* skipped) {
  InFlight in_flight;
  const Clock::time_point start = Clock::now();
  absl::Notification stop_sampler;
  std::thread sampler = StartMemorySampler(pid, start, recorder, stop_sampler);
  const int64_t total_calls = static_cast<int64_t>(rate * seconds);
  for (int64_t n = 0; n < total_calls; ++n) {
    const Clock::time_point due =
        start + std::chrono::nanoseconds(static_cast<int64_t>(1e9 * static_cast<double>(n) / rate));
    if (Clock::now() < due) std::this_thread::sleep_until(due);
    const Clock::time_point sent = Clock::now();
    const int second = static_cast<int>((due - start) / std::chrono::seconds(1));
    if (in_flight.count.load() >= max_in_flight) {
      ++*skipped;
      continue;
    }
    in_flight.count.fetch_add(1);
    recorder.Sent(second);
    target.StartCall(
        static_cast<uint64_t>(n), deadline, [&, sent, second](const grpc::Status& status) {
          recorder.Done(
              second, status,
              std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - sent).count());
          in_flight.Finished();
        });
  }
  in_flight.WaitForZero();
  // One more sample after the drain: memory once the overload is over.
  stop_sampler.Notify();
  sampler.join();
}

std::string ReadBearer(const std::string& data_dir) {
  std::ifstream in(std::filesystem::path(data_dir) / "admin.key");
  if (!in) return "";
  std::string key;
  std::getline(in, key);
  return std::string(absl::StripAsciiWhitespace(key));
}

std::string DefaultServerBinary(const char* argv0) {
  std::error_code error;
  std::filesystem::path self = std::filesystem::canonical("/proc/self/exe", error);
  if (error) self = argv0;
  return (self.parent_path() / "matchmaker_server").string();
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const std::chrono::milliseconds deadline(absl::GetFlag(FLAGS_call_deadline_ms));
  if (absl::GetFlag(FLAGS_duration_seconds) < 1 || absl::GetFlag(FLAGS_capacity_seconds) < 1) {
    return Fail("--duration_seconds and --capacity_seconds must be at least 1");
  }
  if (absl::GetFlag(FLAGS_channels) < 1) return Fail("--channels must be at least 1");

  // Where the server runs.
  std::string data_dir = absl::GetFlag(FLAGS_data_dir);
  std::string temp_root;  // removed at the end when the run went well
  if (data_dir.empty()) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "overload_load.XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return Fail("cannot create a temp dir");
    temp_root = pattern;
    data_dir = absl::StrCat(temp_root, "/db");
  }
  std::unique_ptr<ServerProcess> server;
  std::string address = absl::GetFlag(FLAGS_target);
  pid_t pid = absl::GetFlag(FLAGS_server_pid);
  if (address.empty()) {
    std::string binary = absl::GetFlag(FLAGS_server_binary);
    if (binary.empty()) binary = DefaultServerBinary(argv[0]);
    std::vector<std::string> args = {absl::StrCat("--data_dir=", data_dir)};
    if (matchmaker::bench::BinaryHasFlag(binary, "access_log")) {
      args.push_back("--access_log=false");
    }
    for (const std::string& arg : absl::GetFlag(FLAGS_server_args)) args.push_back(arg);
    const std::string log_path =
        absl::StrCat(temp_root.empty() ? data_dir : temp_root, "/server.log");
    absl::StatusOr<std::unique_ptr<ServerProcess>> started =
        ServerProcess::Start(binary, args, log_path);
    if (!started.ok()) return Fail(started.status().ToString());
    server = *std::move(started);
    address = server->address();
    pid = server->pid();
    std::cout << "server " << binary << " pid " << pid << " on " << address << " (log " << log_path
              << ")\n";
  }
  const std::string bearer = ReadBearer(data_dir);
  std::cout << "authorization: " << (bearer.empty() ? "none (no admin.key)" : "admin.key") << "\n";

  Target target(address, absl::GetFlag(FLAGS_channels), bearer);
  target.set_find_creators_share(absl::GetFlag(FLAGS_find_creators_share));
  matchmaker::demo::DemoOptions market_options;
  market_options.creators = absl::GetFlag(FLAGS_creators);
  market_options.brands = absl::GetFlag(FLAGS_brands);
  market_options.briefs = absl::GetFlag(FLAGS_briefs);
  const Clock::time_point import_start = Clock::now();
  if (absl::Status imported = target.Import(matchmaker::demo::GenerateDemoMarket(market_options));
      !imported.ok()) {
    return Fail(imported.ToString());
  }
  std::cout << absl::StrFormat("market: %d creators, %d brands, %d briefs imported in %.1f s\n",
                               market_options.creators, market_options.brands,
                               market_options.briefs,
                               std::chrono::duration<double>(Clock::now() - import_start).count());

  const double capacity = MeasureCapacity(target, absl::GetFlag(FLAGS_capacity_concurrency),
                                          absl::GetFlag(FLAGS_capacity_seconds), deadline, pid);
  double rate = absl::GetFlag(FLAGS_rate);
  if (rate <= 0) rate = capacity * absl::GetFlag(FLAGS_load_factor);
  if (rate < 1) return Fail(absl::StrCat("capacity ", capacity, " calls/s: nothing to overload"));
  std::cout << absl::StrFormat(
      "capacity: %.0f OK calls/s; offering %.0f calls/s for %d s (find_creators_share %.2f, "
      "deadline %d ms, %d connections)\n",
      capacity, rate, absl::GetFlag(FLAGS_duration_seconds),
      absl::GetFlag(FLAGS_find_creators_share), absl::GetFlag(FLAGS_call_deadline_ms),
      absl::GetFlag(FLAGS_channels));

  LoadRecorder recorder(absl::GetFlag(FLAGS_duration_seconds));
  int64_t skipped = 0;
  Overload(target, rate, absl::GetFlag(FLAGS_duration_seconds), deadline,
           absl::GetFlag(FLAGS_max_in_flight), pid, recorder, &skipped);
  std::cout << "overload phase (open loop, outcomes counted in the second the call was sent):\n"
            << recorder.Report();
  SecondRow totals = recorder.Totals();
  const Percentiles admitted = matchmaker::bench::PercentilesOf(totals.ok_latency_us);
  for (const std::string& message : recorder.SampleMessages()) {
    std::cout << "sample error: " << message << "\n";
  }

  // After the storm.
  const std::string health = target.Health();
  const grpc::Status after = target.OneCall();
  ProcessMemory memory_after;
  if (pid > 0) memory_after = ReadProcessMemory(pid).value_or(ProcessMemory{});
  std::cout << absl::StrFormat(
      "summary: capacity %.0f/s offered %.0f/s (%.1fx) sent %d ok %d (%.0f/s) "
      "resource_exhausted %d unavailable %d deadline_exceeded %d other %d client_skipped %d\n"
      "admitted latency ms: p50 %.1f p90 %.1f p99 %.1f max %.1f\n"
      "server memory: peak sampled VmRSS %.1f MiB, VmHWM %.1f MiB, VmRSS after drain %.1f MiB\n"
      "after the run: health %s, FindCreators %s\n",
      capacity, rate, rate / capacity, totals.sent, totals.ok,
      static_cast<double>(totals.ok) / absl::GetFlag(FLAGS_duration_seconds),
      totals.resource_exhausted, totals.unavailable, totals.deadline_exceeded, totals.other,
      skipped, admitted.p50_ms, admitted.p90_ms, admitted.p99_ms, admitted.max_ms,
      static_cast<double>(totals.vm_rss_kib) / 1024.0,
      static_cast<double>(memory_after.vm_hwm_kib) / 1024.0,
      static_cast<double>(memory_after.vm_rss_kib) / 1024.0, health,
      after.ok() ? "OK" : absl::StrCat("failed: ", after.error_message()));
  bool alive = health == "SERVING" && after.ok();
  if (server != nullptr) {
    alive = alive && server->Alive();
    const std::string exit = server->Stop();
    std::cout << "server stopped with SIGTERM: " << exit << "\n";
    alive = alive && exit == "exit 0";
  }
  if (!temp_root.empty() && alive) {
    std::error_code ignored;
    std::filesystem::remove_all(temp_root, ignored);
  }
  std::cout << (alive ? "RESULT: server stayed up" : "RESULT: server did NOT stay up") << "\n";
  return alive ? 0 : 2;
}
