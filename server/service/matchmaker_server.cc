#include "server/service/matchmaker_server.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/resource_quota.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"
#include "server/auth/admin_key_bootstrap.h"
#include "server/auth/key_registry.h"
#include "server/service/admin_operations.h"
#include "server/service/admin_service.h"
#include "server/service/brand_service.h"
#include "server/service/call_environment.h"
#include "server/service/collected_metrics.h"
#include "server/service/creator_service.h"
#include "server/service/executor.h"
#include "server/service/expiry_sweeper.h"
#include "server/service/index_loader.h"
#include "server/service/offer_operations.h"
#include "server/service/operation_context.h"
#include "server/service/server_log.h"
#include "server/service/tls_credentials.h"
#include "storage/store.h"

namespace matchmaker::service {

// Declared in destruction order (reverse of members): the server goes first, the store last.
struct MatchmakerServer::Parts {
  std::unique_ptr<storage::Store> store;
  std::unique_ptr<index::MatchingIndex> index;
  std::unique_ptr<OperationContext> ctx;
  std::unique_ptr<Executor> executor;
  std::unique_ptr<auth::KeyRegistry> keys;
  std::unique_ptr<CallAuthenticator> authenticator;
  std::unique_ptr<Authorizer> authorizer;
  std::unique_ptr<CallObserver> observer;
  std::unique_ptr<MatcherMetrics> matcher_metrics;
  std::unique_ptr<CallEnvironment> env;
  std::unique_ptr<BrandService> brand_service;
  std::unique_ptr<CreatorService> creator_service;
  std::unique_ptr<AdminService> admin_service;
  std::unique_ptr<OfferOperations> sweeper_offers;
  std::unique_ptr<ExpirySweeper> sweeper;
  std::unique_ptr<grpc::Server> server;

  absl::Mutex shutdown_mu;
  bool shut_down ABSL_GUARDED_BY(shutdown_mu) = false;
};

absl::StatusOr<std::unique_ptr<MatchmakerServer>> MatchmakerServer::Start(
    const ServerOptions& options) {
  std::error_code error;
  std::filesystem::create_directories(options.data_dir, error);
  if (error) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create data dir ", options.data_dir, ": ", error.message()));
  }
  auto parts = std::make_unique<Parts>();
  storage::StoreOptions store_options;
  store_options.path = options.data_dir;
  store_options.embedding_dim = options.config.embedding_dim;
  absl::StatusOr<std::unique_ptr<storage::Store>> store = storage::Store::Open(store_options);
  if (!store.ok()) return store.status();
  parts->store = *std::move(store);
  absl::StatusOr<std::unique_ptr<index::MatchingIndex>> index =
      LoadMatchingIndex(*parts->store, options.config);
  if (!index.ok()) return index.status();
  parts->index = *std::move(index);
  parts->ctx = std::make_unique<OperationContext>(parts->store.get(), options.config);
  parts->ctx->AttachMatchingIndex(parts->index.get());
  parts->executor = std::make_unique<Executor>(options.worker_threads, options.max_queued_calls);
  absl::StatusOr<std::unique_ptr<auth::KeyRegistry>> keys = auth::KeyRegistry::Load(*parts->store);
  if (!keys.ok()) return keys.status();
  parts->keys = *std::move(keys);
  const std::string admin_key_file =
      options.admin_key_file.empty()
          ? (std::filesystem::path(options.data_dir) / "admin.key").string()
          : options.admin_key_file;
  absl::StatusOr<auth::BootstrapResult> bootstrap =
      auth::EnsureAdminKey(*parts->keys, admin_key_file, options.new_admin_key, parts->ctx->Now());
  if (!bootstrap.ok()) return bootstrap.status();
  if (bootstrap->created_key_id.has_value()) {
    // Never the secret itself: only where it is.
    LogInfo(absl::StrCat("created admin API key ", *bootstrap->created_key_id,
                         "; its secret is in ", admin_key_file, " (mode 0600)"));
  }
  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials = MakeServerCredentials(
      TlsFiles{options.tls_cert_file, options.tls_key_file, options.tls_client_ca_file});
  if (!credentials.ok()) return credentials.status();
  parts->authenticator = std::make_unique<CallAuthenticator>(*parts->keys);
  parts->authorizer = std::make_unique<Authorizer>(*parts->ctx);
  parts->observer = std::make_unique<CallObserver>(
      CallObserverOptions{options.access_log, options.access_log_sink});
  parts->matcher_metrics = std::make_unique<MatcherMetrics>(parts->observer->metrics());
  parts->ctx->AttachMatcherMetrics(parts->matcher_metrics.get());
  RegisterExecutorMetrics(parts->observer->metrics(), *parts->executor);
  RegisterStoreMetrics(parts->observer->metrics(), *parts->store);
  parts->env = std::make_unique<CallEnvironment>(CallEnvironment{
      *parts->executor, *parts->ctx, *parts->authenticator, *parts->authorizer, *parts->observer});
  parts->brand_service = std::make_unique<BrandService>(*parts->env);
  parts->creator_service = std::make_unique<CreatorService>(*parts->env);
  parts->admin_service = std::make_unique<AdminService>(*parts->env, *parts->keys);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int selected_port = 0;
  builder.AddListeningPort(options.listen_address, *credentials, &selected_port);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  // Overload bounds beside the executor's queue (docs/OVERLOAD.md).
  if (options.max_concurrent_streams > 0) {
    builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS, options.max_concurrent_streams);
  }
  grpc::ResourceQuota memory_quota("matchmaker_server");
  if (options.memory_quota_bytes > 0) {
    memory_quota.Resize(options.memory_quota_bytes);
    builder.SetResourceQuota(memory_quota);
  }
  builder.RegisterService(parts->brand_service.get());
  builder.RegisterService(parts->creator_service.get());
  builder.RegisterService(parts->admin_service.get());
  parts->server = builder.BuildAndStart();
  if (parts->server == nullptr || selected_port == 0) {
    if (parts->server != nullptr) parts->server->Shutdown();
    parts->executor->Shutdown();
    return absl::UnavailableError(absl::StrCat("cannot listen on ", options.listen_address));
  }
  parts->server->GetHealthCheckService()->SetServingStatus(true);

  parts->sweeper_offers = std::make_unique<OfferOperations>(*parts->ctx);
  parts->sweeper = std::make_unique<ExpirySweeper>(*parts->executor, *parts->sweeper_offers,
                                                   options.expiry_sweep_period);

  auto server = std::unique_ptr<MatchmakerServer>(new MatchmakerServer(std::move(parts)));
  server->port_ = selected_port;
  server->admin_key_file_ = admin_key_file;
  const std::string& address = options.listen_address;
  const size_t colon = address.rfind(':');
  server->address_ = absl::StrCat(colon == std::string::npos ? address : address.substr(0, colon),
                                  ":", selected_port);
  return server;
}

MatchmakerServer::MatchmakerServer(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

MatchmakerServer::~MatchmakerServer() { Shutdown(absl::Now() + absl::Seconds(5)); }

Executor& MatchmakerServer::executor_for_testing() { return *parts_->executor; }

std::string MatchmakerServer::RecordCounts() const {
  AdminOperations admin(*parts_->ctx);
  absl::StatusOr<v1::GetStatsResponse> stats = admin.GetStats();
  if (!stats.ok()) return absl::StrCat("counts unavailable: ", stats.status().ToString());
  return absl::StrCat("creators=", stats->creators(), " brands=", stats->brands(),
                      " briefs=", stats->briefs(), " offers=", stats->offers(),
                      " history_events=", stats->history_events());
}

void MatchmakerServer::Shutdown(absl::Time deadline) {
  absl::MutexLock lock(&parts_->shutdown_mu);
  if (parts_->shut_down) return;
  parts_->shut_down = true;
  if (auto* health = parts_->server->GetHealthCheckService(); health != nullptr) {
    health->SetServingStatus(false);
  }
  // Waits for in-flight calls, which the still-running executor finishes.
  parts_->server->Shutdown(absl::ToChronoTime(deadline));
  parts_->server->Wait();
  parts_->sweeper->Stop();
  parts_->executor->Shutdown();
  parts_->store.reset();  // flushes and closes RocksDB
}

}  // namespace matchmaker::service
