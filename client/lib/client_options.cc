#include "client/lib/client_options.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"

namespace matchmaker::client {
namespace {

bool UsesTls(const ClientOptions& options) {
  return !options.tls_ca_file.empty() || !options.tls_cert_file.empty() ||
         !options.tls_key_file.empty() || !options.tls_server_name.empty();
}

// The file's content; "" when it cannot be read (CheckTlsOptions reports that first).
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

}  // namespace

absl::Status CheckTlsOptions(const ClientOptions& options) {
  if (options.tls_cert_file.empty() != options.tls_key_file.empty()) {
    return absl::InvalidArgumentError("--tls-cert-file and --tls-key-file go together");
  }
  const std::pair<const char*, const std::string*> files[] = {
      {"--tls-ca-file", &options.tls_ca_file},
      {"--tls-cert-file", &options.tls_cert_file},
      {"--tls-key-file", &options.tls_key_file}};
  for (const auto& [flag, path] : files) {
    if (!path->empty() && ReadFile(*path).empty()) {
      return absl::FailedPreconditionError(
          absl::StrCat(flag, ": cannot read ", *path, " (or it is empty)"));
    }
  }
  return absl::OkStatus();
}

std::shared_ptr<grpc::Channel> ChannelFor(const ClientOptions& options) {
  if (options.channel != nullptr) return options.channel;
  if (!UsesTls(options)) {
    return grpc::CreateChannel(options.target, grpc::InsecureChannelCredentials());
  }
  grpc::SslCredentialsOptions ssl;
  if (!options.tls_ca_file.empty()) ssl.pem_root_certs = ReadFile(options.tls_ca_file);
  if (!options.tls_cert_file.empty()) {
    ssl.pem_cert_chain = ReadFile(options.tls_cert_file);
    ssl.pem_private_key = ReadFile(options.tls_key_file);
  }
  grpc::ChannelArguments arguments;
  if (!options.tls_server_name.empty()) {
    arguments.SetSslTargetNameOverride(options.tls_server_name);
  }
  return grpc::CreateCustomChannel(options.target, grpc::SslCredentials(ssl), arguments);
}

}  // namespace matchmaker::client
