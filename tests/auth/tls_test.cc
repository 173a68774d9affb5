// TLS and mTLS end to end, with certificates made at test time by the openssl CLI: a CA, a
// server certificate for localhost / 127.0.0.1 and a client certificate, all signed by it.

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "client/lib/admin_client.h"
#include "gtest/gtest.h"
#include "server/service/matchmaker_server.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::testing {
namespace {

class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    certs_ = new TempDir();
    const std::string d = certs_->path();
    std::ofstream(d + "/server.ext") << "subjectAltName=DNS:localhost,IP:127.0.0.1\n";
    std::ofstream(d + "/client.ext") << "extendedKeyUsage=clientAuth\n";
    const std::string key = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    const std::string script = absl::StrCat(
        "set -e; cd '", d, "'; exec 2>openssl.log >&2; ", "openssl req -x509 ", key,
        " -keyout ca.key -out ca.crt -days 2 -subj /CN=test-ca; ", "openssl req ", key,
        " -keyout server.key -out server.csr -subj /CN=localhost; ",
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial ",
        "-out server.crt -days 2 -extfile server.ext; ", "openssl req ", key,
        " -keyout client.key -out client.csr -subj /CN=test-client; ",
        "openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial ",
        "-out client.crt -days 2 -extfile client.ext; ",
        // A second CA that signed nothing of ours: trusting it must not be enough.
        "openssl req -x509 ", key, " -keyout other.key -out other.crt -days 2 -subj /CN=other");
    ASSERT_EQ(std::system(("bash -c \"" + script + "\"").c_str()), 0)
        << "openssl failed, see " << d << "/openssl.log";
  }
  static void TearDownTestSuite() {
    delete certs_;
    certs_ = nullptr;
  }
  static std::string Cert(const std::string& name) { return certs_->Sub(name); }

  void Start(bool require_client_cert) {
    service::ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.data_dir = dir_.Sub("db");
    options.worker_threads = 2;
    options.expiry_sweep_period = absl::Hours(1);
    options.tls_cert_file = Cert("server.crt");
    options.tls_key_file = Cert("server.key");
    if (require_client_cert) options.tls_client_ca_file = Cert("ca.crt");
    auto server = service::MatchmakerServer::Start(options);
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    std::ifstream in(server_->admin_key_file());
    std::getline(in, admin_secret_);
  }

  // GetStats through the client library with these TLS settings.
  absl::Status GetStats(client::ClientOptions options) {
    options.target = server_->address();
    options.api_key = admin_secret_;
    options.max_attempts = 1;
    options.call_timeout = absl::Seconds(10);
    EXPECT_OK(client::CheckTlsOptions(options));
    client::AdminClient admin(options);
    return admin.GetStats(v1::GetStatsRequest()).status();
  }
  static client::ClientOptions Trusting(const std::string& ca) {
    client::ClientOptions options;
    options.tls_ca_file = Cert(ca);
    options.tls_server_name = "localhost";
    return options;
  }

  static TempDir* certs_;
  TempDir dir_;
  std::unique_ptr<service::MatchmakerServer> server_;
  std::string admin_secret_;
};

TempDir* TlsTest::certs_ = nullptr;

TEST_F(TlsTest, TlsServerAcceptsTlsClientsOnly) {
  Start(/*require_client_cert=*/false);
  EXPECT_OK(GetStats(Trusting("ca.crt")));
  EXPECT_EQ(GetStats(client::ClientOptions()).code(), absl::StatusCode::kUnavailable)
      << "plaintext client against a TLS server";
  EXPECT_EQ(GetStats(Trusting("other.crt")).code(), absl::StatusCode::kUnavailable)
      << "client trusting another CA";
  // TLS is transport only: the API key is still required.
  client::ClientOptions anonymous = Trusting("ca.crt");
  anonymous.target = server_->address();
  client::AdminClient admin(anonymous);
  EXPECT_EQ(admin.GetStats(v1::GetStatsRequest()).status().code(),
            absl::StatusCode::kUnauthenticated);
}

TEST_F(TlsTest, MutualTlsNeedsAClientCertificate) {
  Start(/*require_client_cert=*/true);
  EXPECT_EQ(GetStats(Trusting("ca.crt")).code(), absl::StatusCode::kUnavailable)
      << "no client certificate";
  client::ClientOptions with_cert = Trusting("ca.crt");
  with_cert.tls_cert_file = Cert("client.crt");
  with_cert.tls_key_file = Cert("client.key");
  EXPECT_OK(GetStats(with_cert));
}

TEST_F(TlsTest, IncompleteSettingsAreRefused) {
  service::ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  options.data_dir = dir_.Sub("db");
  options.tls_key_file = Cert("server.key");
  EXPECT_EQ(service::MatchmakerServer::Start(options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.tls_cert_file = dir_.Sub("missing.crt");
  EXPECT_EQ(service::MatchmakerServer::Start(options).status().code(),
            absl::StatusCode::kFailedPrecondition);

  client::ClientOptions client_options;
  client_options.tls_cert_file = Cert("client.crt");
  EXPECT_EQ(client::CheckTlsOptions(client_options).code(), absl::StatusCode::kInvalidArgument);
  client_options.tls_key_file = dir_.Sub("missing.key");
  EXPECT_EQ(client::CheckTlsOptions(client_options).code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace matchmaker::testing
