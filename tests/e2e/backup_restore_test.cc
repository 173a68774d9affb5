// Backup and restore (issue 4, point 7), over the real server binary:
// 1. writer A loads data and stops; writer B keeps writing while CreateCheckpoint (the online
//    backup) runs, and for a while after;
// 2. `matchmaker_server --restore_from=CHECKPOINT --data_dir=NEW` restores and serves;
// 3. every record A acknowledged is back with identical content; every record B had
//    acknowledged before the checkpoint call is back at a version B was acknowledged at; no
//    record exists that neither acknowledged; the restored history ends at the checkpoint's
//    sequence number; CheckConsistency passes;
// 4. --restore_only exits 0 after restoring; a data dir that holds a database, another
//    embedding dimension and a directory that is no checkpoint are refused.

#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "tests/e2e/child_server.h"
#include "tests/e2e/crash_workload.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::testing {
namespace {

std::string ReadAdminKey(const std::string& data_dir) {
  std::ifstream in(data_dir + "/admin.key");
  std::string secret;
  std::getline(in, secret);
  return std::string(absl::StripAsciiWhitespace(secret));
}

std::map<std::string, v1::Record> ExportAll(const Stubs& stubs) {
  grpc::ClientContext context;
  stubs.Prepare(context);
  auto reader = stubs.admin->ExportRecords(&context, v1::ExportRecordsRequest());
  std::map<std::string, v1::Record> records;
  v1::ExportRecordsResponse response;
  while (reader->Read(&response)) records[RecordKey(response.record())] = response.record();
  const grpc::Status status = reader->Finish();
  EXPECT_TRUE(status.ok()) << "ExportRecords: " << status.error_message();
  return records;
}

// Runs `writer` until stopped, on its own thread.
class Background {
 public:
  Background(Writer& writer, const Stubs& stubs)
      : thread_([this, &writer, &stubs] { writer.Run(stubs, never_, &stop_); }) {}
  ~Background() { Stop(); }
  void Stop() {
    stop_.store(true);
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::atomic<bool> never_{false};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

TEST(BackupRestoreTest, CheckpointTakenUnderWritesRestoresEveryRecord) {
  TempDir dir;
  const std::string source_dir = dir.Sub("source");
  const std::string checkpoint_dir = dir.Sub("checkpoint");
  const std::string restored_dir = dir.Sub("restored");

  ChildServer source(MATCHMAKER_SERVER_PATH, {"--listen=127.0.0.1:0", "--data_dir=" + source_dir});
  ASSERT_TRUE(source.Start().ok()) << source.Log();
  const std::string admin_key = ReadAdminKey(source_dir);
  Stubs stubs(source.address(), admin_key);

  Writer loader(0, 11);
  Writer concurrent(1, 22);
  {
    Background load(loader, stubs);
    absl::SleepFor(absl::Milliseconds(400));
  }
  ASSERT_GT(loader.acknowledged_count(), 0);

  v1::CreateCheckpointResponse checkpoint;
  std::map<std::string, std::set<std::string>> before_checkpoint;
  {
    Background writes(concurrent, stubs);
    absl::SleepFor(absl::Milliseconds(200));
    // What `concurrent` had acknowledged before the checkpoint call: read from a consistent
    // export instead of the writer's maps, which its thread is changing.
    for (const auto& [key, record] : ExportAll(stubs)) {
      if (loader.acknowledged().count(key) == 0) {
        before_checkpoint[key].insert(RecordVersion(record));
      }
    }
    grpc::ClientContext context;
    stubs.Prepare(context);
    v1::CreateCheckpointRequest request;
    request.set_directory(checkpoint_dir);
    const grpc::Status status = stubs.admin->CreateCheckpoint(&context, request, &checkpoint);
    ASSERT_TRUE(status.ok()) << status.error_message();
    absl::SleepFor(absl::Milliseconds(200));
  }
  std::cout << "checkpoint at history_sequence=" << checkpoint.history_sequence()
            << " after loader=" << loader.acknowledged_count()
            << " concurrent=" << concurrent.acknowledged_count() << " acknowledged writes"
            << std::endl;
  source.Kill(SIGTERM);

  ChildServer restored(
      MATCHMAKER_SERVER_PATH,
      {"--listen=127.0.0.1:0", "--data_dir=" + restored_dir, "--restore_from=" + checkpoint_dir});
  ASSERT_TRUE(restored.Start().ok()) << restored.Log();
  EXPECT_NE(restored.Log().find("restored " + checkpoint_dir), std::string::npos) << restored.Log();
  Stubs restored_stubs(restored.address(), admin_key);
  const std::map<std::string, v1::Record> records = ExportAll(restored_stubs);

  // The loader stopped before the checkpoint: all of it is back, identical.
  int64_t identical = 0;
  for (const auto& [key, record] : loader.acknowledged()) {
    auto found = records.find(key);
    ASSERT_NE(found, records.end()) << key << " was not restored";
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(found->second, record))
        << key << " restored as\n"
        << found->second.DebugString() << "acknowledged as\n"
        << record.DebugString();
    ++identical;
  }
  // The concurrent writer's records present before the checkpoint call are back, each at a
  // version it was acknowledged at (the checkpoint may hold a later one).
  for (const auto& [key, versions] : before_checkpoint) {
    auto found = records.find(key);
    ASSERT_NE(found, records.end()) << key << " existed before the checkpoint, not restored";
    EXPECT_EQ(concurrent.acknowledged_versions()[key].count(RecordVersion(found->second)), 1u)
        << key << " restored at an unacknowledged version " << RecordVersion(found->second);
  }
  // Nothing appears that no one acknowledged.
  for (const auto& [key, record] : records) {
    const bool known = loader.acknowledged().count(key) > 0 ||
                       concurrent.acknowledged_versions()[key].count(RecordVersion(record)) > 0;
    EXPECT_TRUE(known) << key << " restored at a version no writer was acknowledged";
  }

  grpc::ClientContext context;
  restored_stubs.Prepare(context);
  v1::CheckConsistencyResponse consistency;
  const grpc::Status status =
      restored_stubs.admin->CheckConsistency(&context, v1::CheckConsistencyRequest(), &consistency);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(consistency.consistent()) << absl::StrJoin(consistency.differences(), "\n");
  EXPECT_EQ(consistency.history_sequence(), checkpoint.history_sequence());
  std::cout << "restored " << records.size() << " records (" << identical
            << " identical to the loader's acknowledgements, " << before_checkpoint.size()
            << " of the concurrent writer's), consistent=" << consistency.consistent() << std::endl;
  restored.Kill(SIGTERM);

  // --restore_only restores and exits; a second restore into the same dir is refused.
  const std::string only_dir = dir.Sub("only");
  ChildServer restore_only(
      MATCHMAKER_SERVER_PATH,
      {"--data_dir=" + only_dir, "--restore_from=" + checkpoint_dir, "--restore_only"});
  absl::StatusOr<int> exit_code = restore_only.RunToExit(absl::Seconds(60));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 0) << restore_only.Log();
  EXPECT_NE(
      restore_only.Log().find("history_sequence=" + std::to_string(checkpoint.history_sequence())),
      std::string::npos)
      << restore_only.Log();

  ChildServer again(MATCHMAKER_SERVER_PATH, {"--data_dir=" + only_dir,
                                             "--restore_from=" + checkpoint_dir, "--restore_only"});
  exit_code = again.RunToExit(absl::Seconds(60));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 1);
  EXPECT_NE(again.Log().find("already holds a database"), std::string::npos) << again.Log();

  // Another embedding dimension than the database's is refused, and leaves nothing behind.
  const std::string other_dim_dir = dir.Sub("other_dim");
  ChildServer other_dim(MATCHMAKER_SERVER_PATH,
                        {"--data_dir=" + other_dim_dir, "--restore_from=" + checkpoint_dir,
                         "--restore_only", "--embedding_dim=32"});
  exit_code = other_dim.RunToExit(absl::Seconds(60));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 1);
  EXPECT_NE(other_dim.Log().find("FAILED_PRECONDITION"), std::string::npos) << other_dim.Log();
  EXPECT_FALSE(std::filesystem::exists(other_dim_dir + "/CURRENT"));
  EXPECT_FALSE(std::filesystem::exists(other_dim_dir + ".restoring"));

  // A directory that is not a checkpoint is refused.
  ChildServer not_checkpoint(
      MATCHMAKER_SERVER_PATH,
      {"--data_dir=" + dir.Sub("x"), "--restore_from=" + dir.Sub("nothing"), "--restore_only"});
  exit_code = not_checkpoint.RunToExit(absl::Seconds(60));
  ASSERT_TRUE(exit_code.ok()) << exit_code.status();
  EXPECT_EQ(*exit_code, 1);
  EXPECT_NE(not_checkpoint.Log().find("is not a checkpoint"), std::string::npos)
      << not_checkpoint.Log();
}

}  // namespace
}  // namespace matchmaker::testing
