// matchmaker_server: the Matchmaker gRPC server process.
//
// Logs one line per event on stderr; "listening on HOST:PORT" carries the bound port (tests
// start it with --listen=127.0.0.1:0 and read that line). SIGINT / SIGTERM drain in-flight
// calls, close the database cleanly and exit 0.

#include <pthread.h>
#include <signal.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "server/service/matchmaker_server.h"
#include "server/service/restore.h"
#include "server/service/server_log.h"
#include "server/service/tier_thresholds.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051", "HOST:PORT to serve on; port 0 picks one");
ABSL_FLAG(std::string, data_dir, "./var/matchmaker",
          "RocksDB directory (created with its parents when missing)");
ABSL_FLAG(int32_t, embedding_dim, 64, "Dimension of every embedding; fixed per database");
ABSL_FLAG(std::string, tier_thresholds, "10000,100000,1000000",
          "Minimum total followers of the micro, macro and mega tiers");
ABSL_FLAG(int32_t, worker_threads, 4, "Threads that run RPC work (validation, RocksDB, logic)");
ABSL_FLAG(int32_t, expiry_sweep_seconds, 30,
          "How often pending offers past their expire_time are marked EXPIRED");
ABSL_FLAG(int32_t, max_queued_calls, 64,
          "Calls that may wait for a worker; more are refused with RESOURCE_EXHAUSTED (0: no "
          "bound). docs/OVERLOAD.md");
ABSL_FLAG(int32_t, max_concurrent_streams, 100,
          "Calls one client connection may have open at once (HTTP/2 streams; 0: no limit)");
ABSL_FLAG(int32_t, memory_quota_mb, 512,
          "Memory gRPC may use for buffers across all connections, in MiB (0: no quota)");
ABSL_FLAG(std::string, restore_from, "",
          "Before serving, restore this checkpoint (from AdminService.CreateCheckpoint) into "
          "--data_dir, which must be new or empty. docs/operations.md");
ABSL_FLAG(bool, restore_only, false, "With --restore_from: exit after restoring");
ABSL_FLAG(std::string, admin_key_file, "",
          "Where the bootstrap admin API key's secret is written (mode 0600) when the database "
          "has no active admin key; default <data_dir>/admin.key. docs/security.md");
ABSL_FLAG(bool, new_admin_key, false,
          "Create a new admin key and write it to --admin_key_file even if one is active (the "
          "file was lost); revoke the old one afterwards");
ABSL_FLAG(std::string, tls_cert_file, "",
          "PEM server certificate (chain); without it the server speaks plaintext (loopback)");
ABSL_FLAG(std::string, tls_key_file, "", "PEM private key of --tls_cert_file");
ABSL_FLAG(std::string, tls_client_ca_file, "",
          "PEM CA bundle: clients must present a certificate it signed (mTLS)");
ABSL_FLAG(bool, access_log, true,
          "One JSON line per finished RPC on stderr (docs/OBSERVABILITY.md); false: only "
          "server errors");
ABSL_FLAG(int32_t, shutdown_grace_seconds, 10,
          "On SIGINT/SIGTERM, how long in-flight calls may take before they are cancelled");

namespace {

using matchmaker::service::LogError;
using matchmaker::service::LogInfo;

int Fail(const std::string& message) {
  LogError(message);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);

  // Block the stop signals in every thread (threads inherit the mask), so only the sigwait
  // below sees them: no async-signal-safety concerns.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  matchmaker::service::ServerOptions options;
  options.listen_address = absl::GetFlag(FLAGS_listen);
  options.data_dir = absl::GetFlag(FLAGS_data_dir);
  options.config.embedding_dim = absl::GetFlag(FLAGS_embedding_dim);
  options.worker_threads = absl::GetFlag(FLAGS_worker_threads);
  options.expiry_sweep_period = absl::Seconds(absl::GetFlag(FLAGS_expiry_sweep_seconds));
  options.access_log = absl::GetFlag(FLAGS_access_log);
  options.admin_key_file = absl::GetFlag(FLAGS_admin_key_file);
  options.new_admin_key = absl::GetFlag(FLAGS_new_admin_key);
  options.tls_cert_file = absl::GetFlag(FLAGS_tls_cert_file);
  options.tls_key_file = absl::GetFlag(FLAGS_tls_key_file);
  options.tls_client_ca_file = absl::GetFlag(FLAGS_tls_client_ca_file);
  if (options.config.embedding_dim < 1 || options.config.embedding_dim > 4096) {
    return Fail("--embedding_dim must be in [1, 4096]");
  }
  if (options.worker_threads < 1) return Fail("--worker_threads must be at least 1");
  if (absl::GetFlag(FLAGS_max_queued_calls) < 0 ||
      absl::GetFlag(FLAGS_max_concurrent_streams) < 0 || absl::GetFlag(FLAGS_memory_quota_mb) < 0) {
    return Fail("--max_queued_calls, --max_concurrent_streams and --memory_quota_mb must be >= 0");
  }
  options.max_queued_calls = static_cast<std::size_t>(absl::GetFlag(FLAGS_max_queued_calls));
  options.max_concurrent_streams = absl::GetFlag(FLAGS_max_concurrent_streams);
  options.memory_quota_bytes = static_cast<std::size_t>(absl::GetFlag(FLAGS_memory_quota_mb)) << 20;
  if (absl::GetFlag(FLAGS_expiry_sweep_seconds) < 1) {
    return Fail("--expiry_sweep_seconds must be at least 1");
  }
  absl::StatusOr<matchmaker::service::TierThresholds> thresholds =
      matchmaker::service::TierThresholds::Parse(absl::GetFlag(FLAGS_tier_thresholds));
  if (!thresholds.ok()) return Fail(absl::StrCat("--", thresholds.status().message()));
  options.config.tier_thresholds = *thresholds;

  if (const std::string checkpoint = absl::GetFlag(FLAGS_restore_from); !checkpoint.empty()) {
    absl::StatusOr<matchmaker::service::RestoreResult> restored =
        matchmaker::service::RestoreCheckpoint(checkpoint, options.data_dir,
                                               options.config.embedding_dim);
    if (!restored.ok()) return Fail(restored.status().ToString());
    LogInfo(absl::StrCat("restored ", checkpoint, " into ", options.data_dir, ": ",
                         matchmaker::service::DescribeRestore(*restored)));
    if (absl::GetFlag(FLAGS_restore_only)) return 0;
  } else if (absl::GetFlag(FLAGS_restore_only)) {
    return Fail("--restore_only needs --restore_from");
  }

  std::error_code error;
  std::filesystem::create_directories(options.data_dir, error);
  if (error) return Fail(absl::StrCat("cannot create ", options.data_dir, ": ", error.message()));

  absl::StatusOr<std::unique_ptr<matchmaker::service::MatchmakerServer>> server =
      matchmaker::service::MatchmakerServer::Start(options);
  if (!server.ok()) return Fail(absl::StrCat("cannot start: ", server.status().ToString()));
  LogInfo(absl::StrCat("listening on ", (*server)->address(), " data_dir=", options.data_dir,
                       " embedding_dim=", options.config.embedding_dim,
                       " tier_thresholds=", options.config.tier_thresholds.ToString(), " workers=",
                       options.worker_threads, " max_queued_calls=", options.max_queued_calls,
                       " max_concurrent_streams=", options.max_concurrent_streams,
                       " memory_quota_mb=", absl::GetFlag(FLAGS_memory_quota_mb), " transport=",
                       options.tls_cert_file.empty()        ? "plaintext"
                       : options.tls_client_ca_file.empty() ? "tls"
                                                            : "mtls",
                       " ", (*server)->RecordCounts()));

  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  LogInfo(absl::StrCat("received ", signal_number == SIGINT ? "SIGINT" : "SIGTERM",
                       ", draining in-flight calls"));
  (*server)->Shutdown(absl::Now() + absl::Seconds(absl::GetFlag(FLAGS_shutdown_grace_seconds)));
  server->reset();
  LogInfo("stopped cleanly");
  return 0;
}
