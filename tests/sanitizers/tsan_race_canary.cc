// A deliberate data race for the TSan build (docs/SANITIZERS.md): a gRPC callback handler
// (on a gRPC thread) writes a counter that a plain thread reads with no synchronisation.
// CTest passes only when TSan reports this race in spite of tests/sanitizers/tsan.supp and
// the abseil shim, so neither can silently hide races in code that gRPC calls.

#include <atomic>
#include <chrono>
#include <future>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "grpcpp/generic/async_generic_service.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/grpcpp.h"

namespace {

int racy_counter = 0;  // written by the handler, read by the watcher: the race

class RacyService : public grpc::CallbackGenericService {
  grpc::ServerGenericBidiReactor* CreateReactor(
      grpc::GenericCallbackServerContext* /*context*/) override {
    ++racy_counter;
    class Reactor : public grpc::ServerGenericBidiReactor {
     public:
      Reactor() { Finish(grpc::Status::OK); }
      void OnDone() override { delete this; }
    };
    return new Reactor;
  }
};

}  // namespace

int main() {
  RacyService service;
  int port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterCallbackGenericService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    std::cerr << "tsan_race_canary: the server did not start\n";
    return 2;
  }
  std::atomic<bool> done{false};
  std::thread watcher([&] {
    long sum = 0;
    while (!done) {
      sum += racy_counter;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::cout << "watched " << sum << "\n";
  });
  grpc::GenericStub stub(
      grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
  for (int i = 0; i < 50; ++i) {
    grpc::ClientContext context;
    grpc::Slice slice(std::string("x"));
    grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> status;
    stub.UnaryCall(&context, "/canary.Canary/Call", grpc::StubOptions(), &request, &response,
                   [&](grpc::Status s) { status.set_value(std::move(s)); });
    status.get_future().get();
  }
  done = true;
  watcher.join();
  server->Shutdown();
  std::cout << "no race reported\n";
  return 0;
}
