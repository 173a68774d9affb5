#include "client/tools/json_io.h"

#include <sstream>

#include "client/demo/demo_market.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::tools {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;

TEST(JsonIoTest, JsonLineIsOneLineKeyedByRecordKind) {
  v1::Record record;
  record.mutable_brand()->set_id("acme");
  record.mutable_brand()->set_display_name("Acme");
  EXPECT_EQ(RecordToJsonLine(record), R"({"brand":{"id":"acme","displayName":"Acme"}})");
}

TEST(JsonIoTest, EveryDemoRecordSurvivesAJsonLinesRoundTrip) {
  demo::DemoOptions options;
  options.creators = 50;
  options.brands = 10;
  options.briefs = 20;
  std::vector<v1::Record> written;
  std::stringstream stream;
  demo::ForEachRecord(demo::GenerateDemoMarket(options), [&](const v1::Record& record) {
    written.push_back(record);
    stream << RecordToJsonLine(record) << "\n";
  });
  std::vector<v1::Record> read;
  ASSERT_OK(ReadJsonLines(stream, [&](v1::Record record) {
    read.push_back(std::move(record));
    return absl::OkStatus();
  }));
  ASSERT_EQ(read.size(), written.size());
  for (size_t i = 0; i < read.size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals(read[i], written[i])) << i;
  }
}

TEST(JsonIoTest, AcceptsOriginalFieldNamesAndSkipsBlankLines) {
  std::stringstream stream("\n{\"creator\": {\"id\": \"jo\", \"display_name\": \"Jo\"}}\n   \n");
  std::vector<v1::Record> read;
  ASSERT_OK(ReadJsonLines(stream, [&](v1::Record record) {
    read.push_back(std::move(record));
    return absl::OkStatus();
  }));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].creator().display_name(), "Jo");
}

TEST(JsonIoTest, BadLineIsReportedWithItsNumber) {
  std::stringstream stream("{\"brand\": {\"id\": \"a\"}}\n{\"brand\": {\"nope\": 1}}\n");
  absl::Status status = ReadJsonLines(stream, [](v1::Record) { return absl::OkStatus(); });
  EXPECT_STATUS_CODE(status, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("line 2"));
}

TEST(JsonIoTest, EmptyRecordIsRejected) {
  EXPECT_STATUS_CODE(RecordFromJsonLine("{}"), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace matchmaker::tools
