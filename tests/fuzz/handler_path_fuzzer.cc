// libFuzzer target: the whole handler path in-process. One MatchmakerServer runs for the whole
// session on 127.0.0.1:0 over a scratch directory (under /dev/shm when there is one, so synced
// writes are cheap), preloaded with the seed market. Each input is one call through
// grpc::GenericStub with the raw input bytes as the serialized request, so the server's own
// parsing, authentication, validation, authorization and the operation itself are all fuzzed:
//   byte 0  method (fuzz_methods.h)
//   byte 1  credentials: admin key (the server's <data_dir>/admin.key), none, or a bogus key
//   rest    the request; for ImportRecords several messages (fuzz_methods.h SplitStream)
// A crash, a sanitizer report or a server that stops answering is a finding.
//
// Every kInputsPerServer inputs the server is replaced by a fresh one over a new scratch
// directory: records the inputs create would otherwise pile up without bound, making every
// list, export and consistency check slower (the rate fell from about 1,000 to about 100
// executions/s within 200,000 inputs) and a finding depend on a longer and longer past.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "google/protobuf/stubs/logging.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/security/credentials.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/matchmaker_server.h"
#include "tests/fuzz/fuzz_methods.h"
#include "tests/fuzz/raw_call.h"
#include "tests/fuzz/seed_market.h"

namespace matchmaker::fuzz {
namespace {

constexpr std::chrono::milliseconds kCallTimeout{20000};
constexpr int kInputsPerServer = 20000;

struct Session {
  std::string scratch;
  std::unique_ptr<service::MatchmakerServer> server;
  std::unique_ptr<grpc::GenericStub> stub;
  // "Bearer <admin key>", or empty while the server writes no key file.
  std::string admin_authorization;
  int checkpoints = 0;
  int inputs = 0;  // run against this server
};

Session* session = nullptr;

[[noreturn]] void Fail(absl::string_view why) {
  std::cerr << "handler_path_fuzzer: " << why << "\n";
  std::abort();
}

std::string MakeScratchDir() {
  const bool shm = std::filesystem::is_directory("/dev/shm");
  std::string pattern =
      std::string(shm ? "/dev/shm" : std::filesystem::temp_directory_path().c_str()) +
      "/mm-fuzz-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) Fail("cannot create a scratch directory");
  return pattern;
}

std::string ReadAdminKey(const std::string& data_dir) {
  std::ifstream file(std::filesystem::path(data_dir) / "admin.key");
  std::string key;
  if (!(file >> key)) return "";
  return "Bearer " + key;
}

// Shuts the server down and removes its scratch directory.
void StopServer() {
  session->stub.reset();
  if (session->server != nullptr) session->server->Shutdown(absl::Now() + absl::Seconds(2));
  session->server.reset();
  std::error_code ignored;
  std::filesystem::remove_all(session->scratch, ignored);
}

void Cleanup() {
  if (session != nullptr) StopServer();
}

// Imports the seed market so inputs meet existing brands, creators and briefs.
void ImportSeedMarket() {
  std::vector<std::string> messages;
  demo::ForEachRecord(SeedMarket(), [&](const v1::Record& record) {
    v1::ImportRecordsRequest request;
    *request.mutable_record() = record;
    messages.push_back(request.SerializeAsString());
  });
  std::vector<absl::string_view> views(messages.begin(), messages.end());
  RawCallResult result = RawCall(*session->stub, "/matchmaker.v1.AdminService/ImportRecords", views,
                                 session->admin_authorization, std::chrono::milliseconds(120000));
  if (!result.status.ok()) {
    Fail(absl::StrCat("importing the seed market failed: ", result.status.error_message()));
  }
}

// A fresh server over a new scratch directory, holding the seed market.
void StartServer() {
  session->scratch = MakeScratchDir();
  session->checkpoints = 0;
  session->inputs = 0;
  service::ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  options.data_dir = session->scratch + "/db";
  options.worker_threads = 2;
  options.expiry_sweep_period = absl::Hours(1);
  // A JSON line per call on stderr would cost more than most calls: the metrics still count.
  options.access_log = false;
  auto server = service::MatchmakerServer::Start(options);
  if (!server.ok()) Fail(absl::StrCat("server did not start: ", server.status().ToString()));
  session->server = *std::move(server);
  session->admin_authorization = ReadAdminKey(options.data_dir);
  session->stub = std::make_unique<grpc::GenericStub>(
      grpc::CreateChannel(session->server->address(), grpc::InsecureChannelCredentials()));
  ImportSeedMarket();
}

void StartSession() {
  session = new Session();
  StartServer();
  // Registered after the first server started, so it runs before the destructors of the
  // statics that start brought up (RocksDB's default Env among them): exit handlers run in
  // reverse order of registration.
  std::atexit(Cleanup);
}

// CreateCheckpoint writes wherever the request says: keep the fuzzer's checkpoints inside the
// scratch directory (a request that does not parse is sent as it is: the server refuses it).
std::string ConfineCheckpoint(absl::string_view payload) {
  v1::CreateCheckpointRequest request;
  if (!request.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
    return std::string(payload);
  }
  const std::string directory =
      absl::StrCat(session->scratch, "/checkpoints/", session->checkpoints++);
  request.set_directory(request.directory().empty() ? "" : directory);
  return request.SerializeAsString();
}

}  // namespace
}  // namespace matchmaker::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  // Parsing fuzzed bytes makes protobuf log every invalid UTF-8 string: silence it, the
  // log would cost more than the parsing.
  google::protobuf::SetLogHandler(nullptr);
  matchmaker::fuzz::StartSession();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  namespace fuzz = matchmaker::fuzz;
  if (size < 2) return 0;
  if (++fuzz::session->inputs > fuzz::kInputsPerServer) {
    fuzz::StopServer();
    fuzz::StartServer();
    fuzz::session->inputs = 1;
  }
  const auto& method = fuzz::SelectMethod(data[0]);
  std::string authorization;
  switch (data[1] % 4) {
    case 0:
    case 1:
      authorization = fuzz::session->admin_authorization;
      break;
    case 2:
      break;  // anonymous
    default:
      authorization = "Bearer mmk_not-a-real-key";
      break;
  }
  absl::string_view payload(reinterpret_cast<const char*>(data) + 2, size - 2);
  std::string confined;
  if (method.name() == "CreateCheckpoint") {
    confined = fuzz::ConfineCheckpoint(payload);
    payload = confined;
  }
  std::vector<absl::string_view> requests;
  if (method.client_streaming()) {
    requests = fuzz::SplitStream(payload);
  } else {
    requests.push_back(payload);
  }
  fuzz::RawCallResult result = fuzz::RawCall(*fuzz::session->stub, fuzz::GrpcPath(method), requests,
                                             authorization, fuzz::kCallTimeout);
  if (result.status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED ||
      result.status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    // One slow call can happen on a loaded machine; a server that no longer answers cannot.
    fuzz::RawCallResult probe = fuzz::RawCall(
        *fuzz::session->stub, "/matchmaker.v1.AdminService/GetStats", {absl::string_view()},
        fuzz::session->admin_authorization, std::chrono::milliseconds(60000));
    if (probe.status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED ||
        probe.status.error_code() == grpc::StatusCode::UNAVAILABLE) {
      fuzz::Fail(absl::StrCat(method.full_name(),
                              " left the server unresponsive: ", result.status.error_message()));
    }
  }
  return 0;
}
