#include "server/validation/update_mask.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "server/validation/request_rules.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::Fields;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

struct MaskCase {
  const google::protobuf::Descriptor* resource;
  std::string path;
  std::string error;  // substring of the description; empty = writable
};

TEST(UpdateMaskTest, PathsAreCheckedAgainstTheDescriptor) {
  const auto* creator = v1::Creator::descriptor();
  const auto* brand = v1::Brand::descriptor();
  const auto* brief = v1::Brief::descriptor();
  const std::vector<MaskCase> cases = {
      {creator, "display_name", ""},
      {creator, "accounts", ""},
      {creator, "preferences", ""},
      {creator, "preferences.min_fee_cents", ""},
      {creator, "aesthetic.tags", ""},
      {creator, "availability.unavailable_until.seconds", ""},
      {brand, "competitors", ""},
      {brief, "budget.total_cents", ""},
      {brief, "status", ""},
      {creator, "", "must not be empty"},
      {creator, "nope", "Creator has no field \"nope\""},
      {creator, "preferences.nope", "CreatorPreferences has no field \"nope\""},
      {creator, "etag", "\"etag\" is output only"},
      {creator, "total_followers", "is output only"},
      {creator, "tier", "is output only"},
      {creator, "create_time", "is output only"},
      {creator, "update_time", "is output only"},
      {creator, "aesthetic.embedding_derived", "\"aesthetic.embedding_derived\" is output only"},
      {creator, "id", "it names the record"},
      {creator, "accounts.followers", "is a list and is replaced whole"},
      {creator, "display_name.x", "is not a message field"},
      {brand, "etag", "is output only"},
      {brand, "id", "it names the record"},
      {brief, "brand_id", "\"brand_id\" is immutable"},
      {brief, "aesthetic.embedding_derived", "is output only"},
      {brief, "Title", "no field"},
  };
  for (const MaskCase& c : cases) {
    FieldViolations violations;
    const bool ok = CheckMaskPath(*c.resource, c.path, "update_mask.paths[0]", &violations);
    EXPECT_EQ(ok, c.error.empty()) << c.resource->name() << " " << c.path;
    if (c.error.empty()) continue;
    ASSERT_THAT(Fields(violations), ElementsAre("update_mask.paths[0]")) << c.path;
    EXPECT_THAT(violations.all().field_violations(0).description(), HasSubstr(c.error)) << c.path;
  }
}

TEST(UpdateMaskTest, ReportsEveryBadPathByIndexAndKeepsTheGoodOnes) {
  google::protobuf::FieldMask mask;
  mask.add_paths("bio");
  mask.add_paths("etag");
  mask.add_paths("accounts");
  mask.add_paths("bogus");
  FieldViolations violations;
  const std::vector<std::string> accepted =
      ValidateUpdateMask(mask, *v1::Creator::descriptor(), &violations);
  EXPECT_THAT(accepted, ElementsAre("bio", "accounts"));
  EXPECT_THAT(Fields(violations), ElementsAre("update_mask.paths[1]", "update_mask.paths[3]"));
}

TEST(UpdateMaskTest, IsUnderMask) {
  const std::vector<std::string> mask = {"accounts", "budget.total_cents", "bio"};
  EXPECT_TRUE(IsUnderMask("accounts", mask));
  EXPECT_TRUE(IsUnderMask("accounts[0].followers", mask));
  EXPECT_TRUE(IsUnderMask("budget.total_cents", mask));
  EXPECT_TRUE(IsUnderMask("bio", mask));
  EXPECT_FALSE(IsUnderMask("biography", mask));
  EXPECT_FALSE(IsUnderMask("budget.per_creator_max_cents", mask));
  EXPECT_FALSE(IsUnderMask("niches[0].weight", mask));
}

TEST(UpdateMaskTest, WritableFieldsLeaveOutOutputOnlyAndImmutable) {
  const std::vector<std::string> creator = WritableFields(*v1::Creator::descriptor());
  EXPECT_THAT(creator, Contains("accounts"));
  EXPECT_THAT(creator, Contains("direct_monetization"));
  for (const char* field :
       {"id", "total_followers", "tier", "create_time", "update_time", "etag"}) {
    EXPECT_THAT(creator, Not(Contains(field)));
  }
  const std::vector<std::string> brief = WritableFields(*v1::Brief::descriptor());
  EXPECT_THAT(brief, Contains("budget"));
  EXPECT_THAT(brief, Not(Contains("brand_id")));
}

}  // namespace
}  // namespace matchmaker::validation
