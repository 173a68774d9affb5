#ifndef MATCHMAKER_CLIENT_LIB_CLIENT_OPTIONS_H_
#define MATCHMAKER_CLIENT_LIB_CLIENT_OPTIONS_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"

namespace matchmaker::client {

// How a client reaches the server and how hard it tries.
struct ClientOptions {
  // gRPC target ("host:port"). Ignored when `channel` is set.
  std::string target = "127.0.0.1:50051";
  // An existing channel to share between clients (or an in-process one in tests).
  std::shared_ptr<grpc::Channel> channel;

  // API key sent as `authorization: Bearer <key>` on every call (also with `channel`);
  // empty: calls are anonymous and the server refuses them with UNAUTHENTICATED.
  std::string api_key;

  // TLS (ignored when `channel` is set). Any of these set: the channel uses TLS. PEM files:
  // the CA that signed the server's certificate (empty: the system roots), and a client
  // certificate + key for servers that require mTLS.
  std::string tls_ca_file;
  std::string tls_cert_file;
  std::string tls_key_file;
  // Expected name in the server's certificate when it differs from the target's host.
  std::string tls_server_name;

  // Deadline of one attempt of a unary call.
  absl::Duration call_timeout = absl::Seconds(10);
  // Deadline of a whole streaming call (import / export of a large market takes a while).
  absl::Duration stream_timeout = absl::Hours(1);

  // Attempts of one unary call, the first included. UNAVAILABLE is retried, and so is a
  // refusal that carries the server's retry hint (RESOURCE_EXHAUSTED "server overloaded"):
  // every call is idempotent (reads by nature, mutations through request_id).
  int max_attempts = 4;
  // Delay before the second attempt; it grows by `backoff_multiplier` up to `max_backoff`.
  absl::Duration initial_backoff = absl::Milliseconds(100);
  absl::Duration max_backoff = absl::Seconds(5);
  double backoff_multiplier = 2.0;
};

// Whether the TLS settings are complete and their files readable; INVALID_ARGUMENT /
// FAILED_PRECONDITION saying which flag is wrong. Tools call it before ChannelFor.
[[nodiscard]] absl::Status CheckTlsOptions(const ClientOptions& options);

// The channel `options` describe: `options.channel` when set, else a channel to
// `options.target`, TLS when any tls_* option is set and plaintext otherwise.
std::shared_ptr<grpc::Channel> ChannelFor(const ClientOptions& options);

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_CLIENT_OPTIONS_H_
