#ifndef MATCHMAKER_SERVER_SERVICE_TLS_CREDENTIALS_H_
#define MATCHMAKER_SERVER_SERVICE_TLS_CREDENTIALS_H_

// The server's transport credentials from its TLS flags (docs/security.md): plaintext without
// a certificate (for loopback), TLS with one, and mTLS (client certificates required and
// verified against a CA) when a client CA is given too.

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "grpcpp/security/server_credentials.h"

namespace matchmaker::service {

struct TlsFiles {
  std::string cert_file;       // PEM certificate chain; empty: plaintext
  std::string key_file;        // PEM private key; required with cert_file
  std::string client_ca_file;  // PEM CA bundle; set: clients must present a certificate
};

// INVALID_ARGUMENT for an incomplete combination (key without cert, CA without cert);
// FAILED_PRECONDITION when a file cannot be read.
[[nodiscard]] absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(
    const TlsFiles& files);

// The whole content of `path`; FAILED_PRECONDITION naming `what` when it cannot be read.
[[nodiscard]] absl::StatusOr<std::string> ReadPemFile(const std::string& path,
                                                      absl::string_view what);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_TLS_CREDENTIALS_H_
