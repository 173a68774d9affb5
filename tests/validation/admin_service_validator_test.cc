#include "server/validation/admin_service_validator.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/validation/limits.h"
#include "tests/testing/status_matchers.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::ExpectCases;
using ::matchmaker::validation::testing::ParseText;
using ::matchmaker::validation::testing::TestContext;
using ::matchmaker::validation::testing::ValidBrand;
using ::matchmaker::validation::testing::ValidBrief;
using ::matchmaker::validation::testing::ValidCreator;
using ::matchmaker::validation::testing::ViolationDescription;

template <typename Request>
absl::Status V(const std::string& text) {
  return Validate(ParseText<Request>(text), TestContext());
}

TEST(AdminServiceValidatorTest, GetRecordAndStats) {
  ExpectCases({
      {"get", V<v1::GetRecordRequest>(R"pb(kind: RECORD_KIND_OFFER id: "of-1")pb"), {}},
      {"get without kind", V<v1::GetRecordRequest>(R"pb(id: "x")pb"), {"kind"}},
      {"get bad", V<v1::GetRecordRequest>(R"pb(kind: 8)pb"), {"kind", "id"}},
      {"stats", V<v1::GetStatsRequest>(""), {}},
  });
}

TEST(AdminServiceValidatorTest, ListHistory) {
  ExpectCases({
      {"everything", V<v1::ListHistoryRequest>(""), {}},
      {"one subject",
       V<v1::ListHistoryRequest>(R"pb(offer_id: "of-1"
                                      types: EVENT_TYPE_OFFER_SENT
                                      start_time { seconds: 1 })pb"),
       {}},
      {"two subjects",
       V<v1::ListHistoryRequest>(R"pb(creator_id: "cr" brief_id: "bf")pb"),
       {"brief_id"}},
      {"bad",
       V<v1::ListHistoryRequest>(R"pb(page_size: 2000
                                      brand_id: "B"
                                      types: EVENT_TYPE_UNSPECIFIED
                                      start_time { nanos: 1000000000 })pb"),
       {"page_size", "brand_id", "types[0]", "start_time.nanos"}},
  });
  EXPECT_EQ(ViolationDescription(
                V<v1::ListHistoryRequest>(R"pb(creator_id: "cr" brief_id: "bf")pb"), "brief_id"),
            "at most one of creator_id, brand_id, brief_id and offer_id may be set (creator_id is "
            "set too)");
}

TEST(AdminServiceValidatorTest, CreateCheckpoint) {
  ExpectCases({
      {"absolute", V<v1::CreateCheckpointRequest>(R"pb(directory: "/var/backups/mm-1")pb"), {}},
      {"dots inside names", V<v1::CreateCheckpointRequest>(R"pb(directory: "/a/..b/c..")pb"), {}},
      {"missing", V<v1::CreateCheckpointRequest>(""), {"directory"}},
      {"relative", V<v1::CreateCheckpointRequest>(R"pb(directory: "backups/x")pb"), {"directory"}},
      {"parent segment",
       V<v1::CreateCheckpointRequest>(R"pb(directory: "/var/../etc")pb"),
       {"directory"}},
      {"trailing parent",
       V<v1::CreateCheckpointRequest>(R"pb(directory: "/var/..")pb"),
       {"directory"}},
      {"too long",
       V<v1::CreateCheckpointRequest>("directory: \"/" +
                                      std::string(kMaxCheckpointPathLength, 'a') + "\""),
       {"directory"}},
  });
}

TEST(AdminServiceValidatorTest, ImportRecords) {
  v1::ImportRecordsRequest creator;
  *creator.mutable_record()->mutable_creator() = ValidCreator();
  v1::ImportRecordsRequest brand;
  *brand.mutable_record()->mutable_brand() = ValidBrand();
  v1::ImportRecordsRequest brief;
  *brief.mutable_record()->mutable_brief() = ValidBrief();
  v1::ImportRecordsRequest bad_creator = creator;
  bad_creator.mutable_record()->mutable_creator()->mutable_accounts(0)->set_followers(-1);
  v1::ImportRecordsRequest bad_brief = brief;
  bad_brief.mutable_record()->mutable_brief()->clear_brand_id();
  v1::ImportRecordsRequest bad_brand = brand;
  bad_brand.mutable_record()->mutable_brand()->set_id("X");
  ExpectCases({
      {"creator", Validate(creator, TestContext()), {}},
      {"brand", Validate(brand, TestContext()), {}},
      {"brief", Validate(brief, TestContext()), {}},
      {"bad creator",
       Validate(bad_creator, TestContext()),
       {"record.creator.accounts[0].followers"}},
      {"brief without brand", Validate(bad_brief, TestContext()), {"record.brief.brand_id"}},
      {"bad brand id", Validate(bad_brand, TestContext()), {"record.brand.id"}},
      {"offer",
       V<v1::ImportRecordsRequest>(R"pb(record { offer { id: "of-1" } })pb"),
       {"record.offer"}},
      {"nothing", V<v1::ImportRecordsRequest>(""), {"record"}},
      {"empty record", V<v1::ImportRecordsRequest>(R"pb(record {})pb"), {"record"}},
  });
}

TEST(AdminServiceValidatorTest, ExportRecords) {
  ExpectCases({
      {"all", V<v1::ExportRecordsRequest>(""), {}},
      {"some",
       V<v1::ExportRecordsRequest>(R"pb(kinds: [ RECORD_KIND_CREATOR, RECORD_KIND_OFFER ])pb"),
       {}},
      {"bad",
       V<v1::ExportRecordsRequest>(
           R"pb(kinds: [ RECORD_KIND_BRIEF, RECORD_KIND_UNSPECIFIED, 9 ])pb"),
       {"kinds[1]", "kinds[2]"}},
  });
}

}  // namespace
}  // namespace matchmaker::validation
