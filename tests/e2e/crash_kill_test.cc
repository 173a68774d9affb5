// Crash safety (issue 4, point 4): the real server binary is SIGKILLed again and again in the
// middle of a concurrent write load and restarted over the same data dir. After every restart:
// - every acknowledged write is there, exactly as acknowledged (etag and offer state);
// - the one call per writer whose outcome was unknown is retried with its request_id and is
//   applied at most once (the record it touched is either as before or as the retry answers;
//   a created record exists at most once);
// - nothing else exists (no half-applied or phantom change), ExportRecords equals the writers'
//   acknowledged records exactly;
// - CheckConsistency (live index vs a rebuild, offer invariants, secondary indexes, history vs
//   records) reports no difference.
//
// MM_CRASH_KILLS (default 25) and MM_CRASH_SEED (default 4242) choose the run; e.g.
//   MM_CRASH_KILLS=200 build/bin/crash_kill_test
// runs the long version. Each round logs its seed-derived kill delay.

#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "tests/e2e/child_server.h"
#include "tests/e2e/crash_workload.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::testing {
namespace {

constexpr int kWriters = 4;

int64_t EnvInt(const char* name, int64_t fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::strtoll(value, nullptr, 10) : fallback;
}

// The admin secret the server writes on first start, empty while the server writes none.
std::string ReadAdminKey(const std::string& data_dir) {
  std::ifstream in(data_dir + "/admin.key");
  std::string secret;
  std::getline(in, secret);
  return std::string(absl::StripAsciiWhitespace(secret));
}

std::map<std::string, v1::Record> ExportAll(const Stubs& stubs) {
  grpc::ClientContext context;
  stubs.Prepare(context);
  v1::ExportRecordsRequest request;
  auto reader = stubs.admin->ExportRecords(&context, request);
  std::map<std::string, v1::Record> records;
  v1::ExportRecordsResponse response;
  while (reader->Read(&response)) records[RecordKey(response.record())] = response.record();
  const grpc::Status status = reader->Finish();
  EXPECT_TRUE(status.ok()) << "ExportRecords: " << status.error_message();
  return records;
}

struct Totals {
  int64_t acknowledged = 0;
  int64_t verified = 0;
  int64_t retried = 0;
  int64_t applied_before_kill = 0;
};

// Checks the restarted server against what the writers had acknowledged and retries every
// call whose outcome was unknown. Adds to `totals`.
void VerifyAfterRestart(const Stubs& stubs, std::vector<std::unique_ptr<Writer>>& writers,
                        Totals& totals) {
  const std::map<std::string, v1::Record> before = ExportAll(stubs);

  // Keys each writer's unknown call touched, learnt from its retry's answer.
  std::set<std::string> retried_keys;
  std::map<std::string, std::string> version_before_retry;  // key -> acknowledged version
  for (auto& writer : writers) {
    if (!writer->in_flight().has_value()) continue;
    v1::Record answer;
    const grpc::Status status = writer->in_flight()->send(stubs, &answer);
    ++totals.retried;
    if (!status.ok()) {
      // Refused now, so it was not applied before the kill either: a remembered request
      // would have been answered with its response.
      EXPECT_TRUE(status.error_code() == grpc::StatusCode::FAILED_PRECONDITION ||
                  status.error_code() == grpc::StatusCode::ABORTED ||
                  status.error_code() == grpc::StatusCode::ALREADY_EXISTS)
          << writer->in_flight()->description << ": " << status.error_message();
      continue;
    }
    const std::string key = RecordKey(answer);
    retried_keys.insert(key);
    auto acked = writer->acknowledged().find(key);
    const std::string old_version =
        acked == writer->acknowledged().end() ? "<absent>" : RecordVersion(acked->second);
    auto found = before.find(key);
    const std::string seen = found == before.end() ? "<absent>" : RecordVersion(found->second);
    // At most once: before the retry the record was either untouched or exactly what the
    // retry answers (the remembered response, not a second application).
    EXPECT_TRUE(seen == old_version || seen == RecordVersion(answer))
        << writer->in_flight()->description << ": before retry " << seen << ", acknowledged "
        << old_version << ", retry answered " << RecordVersion(answer);
    if (seen == RecordVersion(answer)) ++totals.applied_before_kill;
    writer->acknowledged()[key] = answer;
    writer->round_log().push_back(key);
    ++totals.acknowledged;
  }

  // Every acknowledged record is there, as acknowledged (records the retries touched were
  // checked above); nothing else is.
  std::map<std::string, std::string> expected;
  for (auto& writer : writers) {
    for (const auto& [key, record] : writer->acknowledged()) expected[key] = RecordVersion(record);
  }
  for (const auto& [key, version] : expected) {
    if (retried_keys.count(key) > 0) continue;
    auto found = before.find(key);
    ASSERT_NE(found, before.end()) << "acknowledged " << key << " is missing after the crash";
    EXPECT_EQ(RecordVersion(found->second), version) << key << " differs after the crash";
  }
  for (const auto& [key, record] : before) {
    EXPECT_TRUE(expected.count(key) > 0) << key << " exists but was never acknowledged or retried";
  }

  // After the retries the database is exactly what was acknowledged.
  const std::map<std::string, v1::Record> after = ExportAll(stubs);
  ASSERT_EQ(after.size(), expected.size());
  for (const auto& [key, record] : after) {
    ASSERT_TRUE(expected.count(key) > 0) << key;
    EXPECT_EQ(RecordVersion(record), expected[key]) << key;
  }
  // A write is verified when its record is there at the writer's latest acknowledged
  // version (the write itself, or a later acknowledged write of the same record).
  for (auto& writer : writers) {
    for (const std::string& key : writer->round_log()) {
      auto found = after.find(key);
      if (found != after.end() && RecordVersion(found->second) == expected[key]) {
        ++totals.verified;
      }
    }
    writer->round_log().clear();
  }

  grpc::ClientContext context;
  stubs.Prepare(context);
  v1::CheckConsistencyResponse consistency;
  const grpc::Status status =
      stubs.admin->CheckConsistency(&context, v1::CheckConsistencyRequest(), &consistency);
  ASSERT_TRUE(status.ok()) << "CheckConsistency: " << status.error_message();
  EXPECT_TRUE(consistency.consistent()) << absl::StrJoin(consistency.differences(), "\n");
  EXPECT_EQ(consistency.offers_checked(), [&] {
    int64_t offers = 0;
    for (const auto& [key, _] : after) offers += key.rfind("offer/", 0) == 0 ? 1 : 0;
    return offers;
  }());
}

TEST(CrashKillTest, AcknowledgedWritesSurviveRepeatedSigkill) {
  const int64_t kills = EnvInt("MM_CRASH_KILLS", 25);
  const uint64_t seed = static_cast<uint64_t>(EnvInt("MM_CRASH_SEED", 4242));
  std::cout << "crash test: kills=" << kills << " seed=" << seed << " writers=" << kWriters
            << std::endl;
  TempDir dir;
  const std::string data_dir = dir.Sub("db");
  std::mt19937_64 rng(seed);
  std::vector<std::unique_ptr<Writer>> writers;
  for (int w = 0; w < kWriters; ++w) writers.push_back(std::make_unique<Writer>(w, seed * 31 + w));
  Totals totals;
  std::vector<int64_t> acknowledged_before(kWriters, 0);

  for (int64_t round = 0; round <= kills; ++round) {
    ChildServer server(MATCHMAKER_SERVER_PATH,
                       {"--listen=127.0.0.1:0", "--data_dir=" + data_dir, "--worker_threads=4"});
    ASSERT_TRUE(server.Start().ok()) << server.Log();
    Stubs stubs(server.address(), ReadAdminKey(data_dir));
    if (round > 0) {
      VerifyAfterRestart(stubs, writers, totals);
      if (::testing::Test::HasFailure()) {
        std::cout << "server log:\n" << server.Log() << std::endl;
        return;
      }
    }
    if (round == kills) break;  // the last start only verifies

    // Write until a seeded random moment, then SIGKILL with calls in flight.
    const int delay_ms = std::uniform_int_distribution<int>(30, 400)(rng);
    std::atomic<bool> killed{false};
    std::vector<std::thread> threads;
    for (auto& writer : writers) {
      threads.emplace_back([&, w = writer.get()] { w->Run(stubs, killed); });
    }
    absl::SleepFor(absl::Milliseconds(delay_ms));
    killed.store(true);
    server.Kill(SIGKILL);
    for (std::thread& thread : threads) thread.join();

    int64_t in_round = 0;
    int in_flight = 0;
    for (int w = 0; w < kWriters; ++w) {
      Writer& writer = *writers[w];
      const int64_t now = writer.acknowledged_count();
      in_round += now - acknowledged_before[w];
      acknowledged_before[w] = now;
      if (writer.in_flight().has_value()) ++in_flight;
      EXPECT_TRUE(writer.unexpected().empty()) << absl::StrJoin(writer.unexpected(), "\n");
    }
    totals.acknowledged += in_round;
    std::cout << "round " << round + 1 << ": SIGKILL after " << delay_ms << " ms, " << in_round
              << " writes acknowledged, " << in_flight << " in flight" << std::endl;
  }

  int64_t rejected = 0;
  for (auto& writer : writers) rejected += writer->rejected_count();
  std::cout << "kills=" << kills << " acknowledged=" << totals.acknowledged
            << " verified=" << totals.verified << " (in-flight calls retried=" << totals.retried
            << ", of which applied before the kill=" << totals.applied_before_kill
            << "; refused by business rules=" << rejected << ")" << std::endl;
  EXPECT_GT(totals.acknowledged, 0);
}

}  // namespace
}  // namespace matchmaker::testing
