// Overload through the real gRPC path: a gate task holds the server's only worker, so calls
// wait in the executor's queue and its length is known exactly. A queued call whose deadline
// passes is finished without running its operation; a call beyond max_queued_calls is refused
// with RESOURCE_EXHAUSTED while the health service keeps answering SERVING.

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/synchronization/notification.h"
#include "google/rpc/error_details.pb.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/byte_buffer.h"
#include "gtest/gtest.h"
#include "server/service/executor.h"
#include "server/service/retry_hint.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

constexpr int kMaxQueuedCalls = 2;

// Holds one executor worker until Release() (or destruction, so a failing test never hangs).
class WorkerGate {
 public:
  explicit WorkerGate(service::Executor& executor) {
    const bool posted = executor.Post([this] {
      started_.Notify();
      released_.WaitForNotification();
    });
    EXPECT_TRUE(posted);
    if (posted) started_.WaitForNotification();
  }
  ~WorkerGate() { Release(); }
  void Release() {
    if (!released_.HasBeenNotified()) released_.Notify();
  }

 private:
  absl::Notification started_;
  absl::Notification released_;
};

// One asynchronous unary call: start it, then wait for its status.
struct PendingCall {
  grpc::ClientContext context;
  std::promise<grpc::Status> done;
  std::future<grpc::Status> status = done.get_future();
  std::function<void(grpc::Status)> Callback() {
    return [this](grpc::Status s) { done.set_value(std::move(s)); };
  }
  bool finished() { return status.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }
};

class OverloadTest : public ServerFixture {
 protected:
  void Configure(service::ServerOptions& options) override {
    options.worker_threads = 1;  // one gate holds every worker
    options.max_queued_calls = kMaxQueuedCalls;
  }

  service::Executor& executor() { return server_->executor_for_testing(); }

  // Polls (no timing assertion) until `n` calls wait in the queue; false if `gave_up` first.
  bool WaitForQueued(std::size_t n, const std::function<bool()>& gave_up) {
    while (executor().queued() < n) {
      if (gave_up()) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
  }

  void StartCreateBrand(PendingCall& call, const std::string& id,
                        std::chrono::system_clock::time_point deadline) {
    call.context.set_deadline(deadline);
    create_requests_.push_back(std::make_unique<v1::CreateBrandRequest>());
    *create_requests_.back()->mutable_brand() = MakeBrand(id);
    create_responses_.push_back(std::make_unique<v1::CreateBrandResponse>());
    brands_->async()->CreateBrand(&call.context, create_requests_.back().get(),
                                  create_responses_.back().get(), call.Callback());
  }

  void StartGetBrand(PendingCall& call, const std::string& id) {
    SetDeadline(call.context);
    get_requests_.push_back(std::make_unique<v1::GetBrandRequest>());
    get_requests_.back()->set_brand_id(id);
    get_responses_.push_back(std::make_unique<v1::GetBrandResponse>());
    brands_->async()->GetBrand(&call.context, get_requests_.back().get(),
                               get_responses_.back().get(), call.Callback());
  }

  absl::Status GetBrand(const std::string& id) {
    v1::GetBrandRequest request;
    request.set_brand_id(id);
    return Call(*brands_, &v1::BrandService::Stub::GetBrand, request).status();
  }

  // The standard health service's answer for the whole server: "SERVING" or what went wrong.
  std::string Health() {
    grpc::GenericStub stub(channel_);
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Slice empty("");  // HealthCheckRequest{service: ""}
    grpc::ByteBuffer request(&empty, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                   &response, [&](grpc::Status status) { done.set_value(status); });
    grpc::Status status = done.get_future().get();
    if (!status.ok()) return "error: " + status.error_message();
    std::vector<grpc::Slice> slices;
    if (!response.Dump(&slices).ok()) return "undecodable";
    std::string bytes;
    for (const grpc::Slice& slice : slices) {
      bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
    }
    return bytes == std::string("\x08\x01", 2) ? "SERVING" : "not serving";
  }

  std::vector<std::unique_ptr<v1::CreateBrandRequest>> create_requests_;
  std::vector<std::unique_ptr<v1::CreateBrandResponse>> create_responses_;
  std::vector<std::unique_ptr<v1::GetBrandRequest>> get_requests_;
  std::vector<std::unique_ptr<v1::GetBrandResponse>> get_responses_;
};

TEST_F(OverloadTest, QueuedCallWhoseDeadlinePassedIsFinishedWithoutRunningItsOperation) {
  WorkerGate gate(executor());
  const auto now = std::chrono::system_clock::now();
  // Long enough to reach the queue on a busy machine; it then expires while the gate holds.
  PendingCall late;
  StartCreateBrand(late, "late", now + std::chrono::seconds(3));
  PendingCall in_time;
  StartCreateBrand(in_time, "in-time", now + std::chrono::seconds(60));
  ASSERT_TRUE(WaitForQueued(2, [&] { return late.finished(); }))
      << "the short-deadline call expired before it reached the server's queue";

  const grpc::Status late_status = late.status.get();
  EXPECT_EQ(late_status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED)
      << late_status.error_message();
  // The client's deadline has passed; the server derived its own from the same grpc-timeout on
  // arrival, a moment later. Margin for that (not an assertion on timing).
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  gate.Release();

  const grpc::Status in_time_status = in_time.status.get();
  EXPECT_TRUE(in_time_status.ok()) << in_time_status.error_message();
  // One worker runs in FIFO order, so both queued calls were handled before this read.
  EXPECT_OK(GetBrand("in-time"));
  EXPECT_STATUS_CODE(GetBrand("late"), absl::StatusCode::kNotFound);  // never created
  EXPECT_EQ(Stats().brands(), 1);
}

TEST_F(OverloadTest, CallBeyondTheQueueBoundIsShedWhileTheServerStaysHealthy) {
  MustCreateBrand(MakeBrand("acme"));
  WorkerGate gate(executor());
  PendingCall queued[kMaxQueuedCalls];
  for (PendingCall& call : queued) StartGetBrand(call, "acme");
  ASSERT_TRUE(WaitForQueued(kMaxQueuedCalls, [] { return false; }));

  const absl::Status shed = GetBrand("acme");
  EXPECT_EQ(shed.code(), absl::StatusCode::kResourceExhausted) << shed;
  EXPECT_NE(shed.message().find("server overloaded"), std::string::npos) << shed;
  EXPECT_NE(shed.message().find("retry later"), std::string::npos) << shed;
  // The refusal tells clients the call did nothing and when to try again (RetryInfo).
  auto retry_info_bytes = shed.GetPayload(service::kRetryInfoTypeUrl);
  ASSERT_TRUE(retry_info_bytes.has_value()) << shed;
  google::rpc::RetryInfo retry_info;
  ASSERT_TRUE(retry_info.ParseFromString(std::string(*retry_info_bytes)));
  EXPECT_EQ(absl::Seconds(retry_info.retry_delay().seconds()) +
                absl::Nanoseconds(retry_info.retry_delay().nanos()),
            service::Executor::kOverloadRetryDelay);
  EXPECT_EQ(executor().queued(), static_cast<std::size_t>(kMaxQueuedCalls));
  // The health service does not go through the executor: it answers while calls are shed.
  EXPECT_EQ(Health(), "SERVING");

  gate.Release();
  for (PendingCall& call : queued) {
    const grpc::Status status = call.status.get();
    EXPECT_TRUE(status.ok()) << status.error_message();
  }
  EXPECT_OK(GetBrand("acme"));  // admitted again once the queue drained
  EXPECT_EQ(Health(), "SERVING");
}

}  // namespace
}  // namespace matchmaker::testing
