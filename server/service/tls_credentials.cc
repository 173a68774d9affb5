#include "server/service/tls_credentials.h"

#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace matchmaker::service {

absl::StatusOr<std::string> ReadPemFile(const std::string& path, absl::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::FailedPreconditionError(absl::StrCat("cannot read ", what, " ", path));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (contents.str().empty()) {
    return absl::FailedPreconditionError(absl::StrCat(what, " ", path, " is empty"));
  }
  return contents.str();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(
    const TlsFiles& files) {
  if (files.cert_file.empty()) {
    if (!files.key_file.empty() || !files.client_ca_file.empty()) {
      return absl::InvalidArgumentError(
          "--tls_key_file and --tls_client_ca_file need --tls_cert_file");
    }
    return grpc::InsecureServerCredentials();
  }
  if (files.key_file.empty()) {
    return absl::InvalidArgumentError("--tls_cert_file needs --tls_key_file");
  }
  absl::StatusOr<std::string> cert = ReadPemFile(files.cert_file, "TLS certificate");
  if (!cert.ok()) return cert.status();
  absl::StatusOr<std::string> key = ReadPemFile(files.key_file, "TLS private key");
  if (!key.ok()) return key.status();

  grpc::SslServerCredentialsOptions options;
  options.pem_key_cert_pairs.push_back({*std::move(key), *std::move(cert)});
  if (files.client_ca_file.empty()) {
    options.client_certificate_request = GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE;
  } else {
    absl::StatusOr<std::string> ca = ReadPemFile(files.client_ca_file, "TLS client CA");
    if (!ca.ok()) return ca.status();
    options.pem_root_certs = *std::move(ca);
    options.client_certificate_request = GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(options);
}

}  // namespace matchmaker::service
