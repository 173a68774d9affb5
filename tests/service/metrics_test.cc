// Observability end to end (docs/OBSERVABILITY.md): calls through the real gRPC path show up
// in GetMetrics (per-method counts by code, latency histograms, matcher stage counts, RocksDB
// statistics), and each finished call leaves one JSON access log line with its request id.

#include <map>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

constexpr char kBrandService[] = "matchmaker.v1.BrandService/";

class MetricsTest : public ServerFixture {
 protected:
  void Configure(service::ServerOptions& options) override {
    options.access_log = true;
    options.access_log_sink = [this](absl::string_view line) {
      absl::MutexLock lock(&log_mu_);
      log_lines_.emplace_back(line);
    };
  }

  // GetMetrics parsed into "name{labels}" -> value (the text as rendered, labels included).
  std::map<std::string, double> Metrics() {
    auto response = Call(*admin_, &v1::AdminService::Stub::GetMetrics, v1::GetMetricsRequest());
    EXPECT_OK(response);
    std::map<std::string, double> samples;
    if (!response.ok()) return samples;
    text_ = response->text();
    for (absl::string_view line : absl::StrSplit(text_, '\n', absl::SkipEmpty())) {
      if (absl::StartsWith(line, "#")) continue;
      const size_t space = line.rfind(' ');
      double value = 0;
      EXPECT_NE(space, absl::string_view::npos) << line;
      EXPECT_TRUE(absl::SimpleAtod(line.substr(space + 1), &value)) << line;
      samples[std::string(line.substr(0, space))] = value;
    }
    return samples;
  }

  static std::string Requests(absl::string_view method, absl::string_view code) {
    return absl::StrCat("matchmaker_rpc_requests_total{method=\"", kBrandService, method,
                        "\",code=\"", code, "\"}");
  }
  static std::string Stage(absl::string_view operation, absl::string_view stage) {
    return absl::StrCat("matchmaker_matcher_candidates_total{operation=\"", operation,
                        "\",stage=\"", stage, "\"}");
  }

  // The access log lines captured so far, parsed as JSON objects.
  std::vector<google::protobuf::Struct> LogObjects() {
    std::vector<std::string> lines;
    {
      absl::MutexLock lock(&log_mu_);
      lines = log_lines_;
    }
    std::vector<google::protobuf::Struct> objects;
    for (const std::string& line : lines) {
      // Exactly one line: a newline only at the end.
      EXPECT_EQ(line.find('\n'), line.size() - 1) << line;
      google::protobuf::Struct object;
      EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(line, &object).ok()) << line;
      objects.push_back(object);
    }
    return objects;
  }

  absl::Mutex log_mu_;
  std::vector<std::string> log_lines_ ABSL_GUARDED_BY(log_mu_);
  std::string text_;
};

TEST_F(MetricsTest, CountsCodesLatenciesMatcherStagesAndRocksDb) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateCreator(MakeCreator("near", 50000, "food/desserts"));
  MustCreateCreator(MakeCreator("far", 60000, "food/desserts"));
  MustCreateBrief(MakeBrief("launch", "acme"));

  v1::GetBrandRequest missing;
  missing.set_brand_id("nobody");
  EXPECT_EQ(Call(*brands_, &v1::BrandService::Stub::GetBrand, missing).status().code(),
            absl::StatusCode::kNotFound);
  v1::CreateBrandRequest invalid;
  *invalid.mutable_brand() = MakeBrand("Not An Id");
  EXPECT_EQ(Call(*brands_, &v1::BrandService::Stub::CreateBrand, invalid).status().code(),
            absl::StatusCode::kInvalidArgument);
  v1::FindCreatorsRequest find;
  find.set_brief_id("launch");
  auto found = Call(*brands_, &v1::BrandService::Stub::FindCreators, find);
  ASSERT_OK(found);

  std::map<std::string, double> m = Metrics();
  EXPECT_EQ(m[Requests("CreateBrand", "OK")], 1) << text_;
  EXPECT_EQ(m[Requests("CreateBrand", "INVALID_ARGUMENT")], 1);
  EXPECT_EQ(m[Requests("GetBrand", "NOT_FOUND")], 1);
  EXPECT_EQ(m[Requests("FindCreators", "OK")], 1);
  EXPECT_EQ(m.count(Requests("GetBrand", "OK")), 0u);  // no series for codes never seen
  // Latency and queue wait: one observation per finished call, whatever its code.
  const std::string create_brand = absl::StrCat("{method=\"", kBrandService, "CreateBrand\"}");
  EXPECT_EQ(m["matchmaker_rpc_latency_seconds_count" + create_brand], 2);
  EXPECT_EQ(m["matchmaker_rpc_queue_wait_seconds_count" + create_brand], 2);
  EXPECT_EQ(m[absl::StrCat("matchmaker_rpc_latency_seconds_bucket{method=\"", kBrandService,
                           "CreateBrand\",le=\"+Inf\"}")],
            2);
  // Only the GetMetrics call itself is in flight while it renders.
  EXPECT_EQ(m["matchmaker_rpc_in_flight"], 1);
  EXPECT_EQ(m.count("matchmaker_executor_queued_calls"), 1u);

  // Matcher stages of the one FindCreators: both live creators considered.
  EXPECT_EQ(m[Stage("find_creators", "considered")], 2);
  EXPECT_EQ(m[Stage("find_creators", "excluded")], 2 - found->total_eligible());
  EXPECT_EQ(m[Stage("find_creators", "returned")], found->matches_size());
  EXPECT_GE(m[Stage("find_creators", "scored")], found->matches_size());
  EXPECT_LE(m[Stage("find_creators", "scored")], found->total_eligible());
  EXPECT_EQ(m["matchmaker_matcher_latency_seconds_count{operation=\"find_creators\"}"], 1);
  EXPECT_EQ(m[Stage("plan", "considered")], 0);  // pre-registered, never ran

  // RocksDB: four durable commits (brand, two creators, brief), each syncing the WAL.
  EXPECT_GE(m["matchmaker_rocksdb_wal_syncs_total"], 4);
  EXPECT_GT(m["matchmaker_rocksdb_bytes_written_total"], 0);
  EXPECT_GE(m["matchmaker_rocksdb_keys_written_total"], 4);
  EXPECT_GE(m["matchmaker_rocksdb_write_micros_count"], 4);
  EXPECT_EQ(m.count("matchmaker_rocksdb_estimate_num_keys{column_family=\"creators\"}"), 1u)
      << text_;
  EXPECT_EQ(m.count("matchmaker_rocksdb_block_cache_usage_bytes"), 1u);
}

TEST_F(MetricsTest, AccessLogLineIsJsonWithTheClientsRequestId) {
  grpc::ClientContext context;
  SetDeadline(context);
  context.AddMetadata("x-request-id", "trace-7f3a");
  v1::GetBrandRequest request;
  request.set_brand_id("nobody");
  v1::GetBrandResponse response;
  ASSERT_EQ(brands_->GetBrand(&context, request, &response).error_code(),
            grpc::StatusCode::NOT_FOUND);

  // Without a header, a mutation's own request_id names the call; with neither, one is made.
  v1::CreateBrandRequest create;
  *create.mutable_brand() = MakeBrand("acme");
  create.set_request_id("create-acme-1");
  ASSERT_OK(Call(*brands_, &v1::BrandService::Stub::CreateBrand, create));
  ASSERT_OK(Call(*brands_, &v1::BrandService::Stub::ListBrands, v1::ListBrandsRequest()));

  // A header with spaces is cleaned (gRPC itself refuses control characters in metadata).
  grpc::ClientContext dirty;
  SetDeadline(dirty);
  dirty.AddMetadata("x-request-id", "a b c");
  v1::GetBrandRequest get;
  get.set_brand_id("acme");
  ASSERT_TRUE(brands_->GetBrand(&dirty, get, &response).ok());

  std::map<std::string, google::protobuf::Struct> by_request_id;
  std::vector<std::string> generated;
  for (const google::protobuf::Struct& object : LogObjects()) {
    const std::string id = object.fields().at("request_id").string_value();
    by_request_id[id] = object;
    if (absl::StartsWith(id, "rq-")) generated.push_back(id);
  }
  ASSERT_EQ(by_request_id.count("trace-7f3a"), 1u);
  const auto& fields = by_request_id["trace-7f3a"].fields();
  EXPECT_EQ(fields.at("msg").string_value(), "rpc");
  EXPECT_EQ(fields.at("level").string_value(), "warn");
  EXPECT_EQ(fields.at("method").string_value(), "matchmaker.v1.BrandService/GetBrand");
  EXPECT_EQ(fields.at("code").string_value(), "NOT_FOUND");
  EXPECT_FALSE(fields.at("principal").string_value().empty());
  EXPECT_TRUE(absl::StrContains(fields.at("error").string_value(), "nobody"));
  EXPECT_GE(fields.at("latency_ms").number_value(), fields.at("queue_ms").number_value());
  EXPECT_GE(fields.at("queue_ms").number_value(), 0);
  EXPECT_TRUE(absl::EndsWith(fields.at("ts").string_value(), "Z"));

  ASSERT_EQ(by_request_id.count("create-acme-1"), 1u);
  EXPECT_EQ(by_request_id["create-acme-1"].fields().at("code").string_value(), "OK");
  EXPECT_EQ(by_request_id["create-acme-1"].fields().at("level").string_value(), "info");
  EXPECT_EQ(by_request_id["create-acme-1"].fields().count("error"), 0u);
  ASSERT_EQ(by_request_id.count("abc"), 1u);
  EXPECT_EQ(by_request_id["abc"].fields().at("method").string_value(),
            "matchmaker.v1.BrandService/GetBrand");
  ASSERT_EQ(generated.size(), 1u);  // ListBrands
  EXPECT_EQ(by_request_id[generated[0]].fields().at("method").string_value(),
            "matchmaker.v1.BrandService/ListBrands");
}

TEST_F(MetricsTest, StreamsAreCountedAndLogged) {
  MustCreateBrand(MakeBrand("acme"));
  grpc::ClientContext context;
  SetDeadline(context);
  context.AddMetadata("x-request-id", "export-1");
  auto reader = admin_->ExportRecords(&context, v1::ExportRecordsRequest());
  v1::ExportRecordsResponse record;
  int records = 0;
  while (reader->Read(&record)) ++records;
  ASSERT_TRUE(reader->Finish().ok());
  EXPECT_EQ(records, 1);

  std::map<std::string, double> m = Metrics();
  EXPECT_EQ(m["matchmaker_rpc_requests_total{method=\"matchmaker.v1.AdminService/"
              "ExportRecords\",code=\"OK\"}"],
            1)
      << text_;
  bool logged = false;
  for (const google::protobuf::Struct& object : LogObjects()) {
    if (object.fields().at("request_id").string_value() != "export-1") continue;
    logged = true;
    EXPECT_EQ(object.fields().at("method").string_value(),
              "matchmaker.v1.AdminService/ExportRecords");
    EXPECT_EQ(object.fields().at("code").string_value(), "OK");
  }
  EXPECT_TRUE(logged);
}

}  // namespace
}  // namespace matchmaker::testing
