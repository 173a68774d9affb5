#ifndef MATCHMAKER_SERVER_SERVICE_MATCHMAKER_SERVER_H_
#define MATCHMAKER_SERVER_SERVICE_MATCHMAKER_SERVER_H_

// The whole server, from options: the store, the executor, the three services, the expiry
// sweeper, the standard health service and server reflection. Used by server/main.cc and by
// in-process tests (listen on port 0 and read port()).

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "grpcpp/server.h"
#include "server/service/service_config.h"

namespace matchmaker::service {

class Executor;

struct ServerOptions {
  // HOST:PORT; port 0 picks a free port (see MatchmakerServer::port()).
  std::string listen_address = "127.0.0.1:50051";
  // Database directory (created when missing, parents included).
  std::string data_dir = "./var/matchmaker";
  ServiceConfig config;
  int worker_threads = 4;
  // Overload bounds (docs/OVERLOAD.md). Calls allowed to wait for a worker; more are refused
  // with RESOURCE_EXHAUSTED (0: no bound).
  std::size_t max_queued_calls = 64;
  // HTTP/2 streams (calls) one connection may have open at once; the client waits for a free
  // stream beyond it. 0: gRPC's default (no limit).
  int max_concurrent_streams = 100;
  // Bytes gRPC may use for its buffers (messages, transport) across all connections. Near it
  // gRPC shrinks flow-control windows and stops accepting connections; past it, it cancels
  // calls to get back under. 0: no quota.
  std::size_t memory_quota_bytes = std::size_t{512} << 20;
  absl::Duration expiry_sweep_period = absl::Seconds(30);
  int max_message_bytes = 64 * 1024 * 1024;
  // One JSON line per finished call (docs/OBSERVABILITY.md), to `access_log_sink` or, when
  // that is null, stderr. Off: only server errors are logged.
  bool access_log = true;
  std::function<void(absl::string_view line)> access_log_sink;

  // Authentication (docs/security.md). Where the bootstrap admin key's secret is written
  // (mode 0600) when the database has no active admin key; empty: <data_dir>/admin.key.
  std::string admin_key_file;
  // Create and write a new admin key even though one is active (the old file was lost).
  bool new_admin_key = false;
  // TLS: PEM files. No cert: plaintext (meant for loopback). With tls_client_ca_file, clients
  // must present a certificate signed by that CA (mTLS).
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string tls_client_ca_file;
};

class MatchmakerServer {
 public:
  // Opens the store and starts serving. FAILED_PRECONDITION when the database was made with
  // another embedding_dim; UNAVAILABLE when the address cannot be bound.
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<MatchmakerServer>> Start(
      const ServerOptions& options);
  // Shuts down with a short grace period if Shutdown was not called.
  ~MatchmakerServer();
  MatchmakerServer(const MatchmakerServer&) = delete;
  MatchmakerServer& operator=(const MatchmakerServer&) = delete;

  // The port actually bound.
  int port() const { return port_; }
  // host:port with the bound port, e.g. "127.0.0.1:43127".
  const std::string& address() const { return address_; }
  // Where the bootstrap admin key's secret is (written at start when there was no active
  // admin key; may be absent when an existing key was reused and its file was removed).
  const std::string& admin_key_file() const { return admin_key_file_; }

  // Test seam: the executor that runs calls' work, so a test can hold its workers with a gate
  // task and fill the queue exactly (tests/service/overload_test.cc). Not for production code.
  Executor& executor_for_testing();

  // Records per kind, for the start-up log line: "creators=3 brands=1 briefs=2 offers=0".
  std::string RecordCounts() const;

  // Stops accepting calls, lets in-flight calls finish until `deadline` (then cancels them),
  // stops the sweeper, drains the executor and closes the store. Idempotent; thread-safe.
  void Shutdown(absl::Time deadline);

 private:
  struct Parts;
  explicit MatchmakerServer(std::unique_ptr<Parts> parts);

  std::unique_ptr<Parts> parts_;
  int port_ = 0;
  std::string address_;
  std::string admin_key_file_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_MATCHMAKER_SERVER_H_
