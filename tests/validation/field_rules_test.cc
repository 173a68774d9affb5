#include "server/validation/field_rules.h"

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/common.pb.h"
#include "server/validation/limits.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::Fields;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

using StringCheck = std::function<bool(absl::string_view, absl::string_view, FieldViolations*)>;

struct StringCase {
  std::string value;
  bool ok;
};

// Runs `check` on every case: the result and the presence of exactly one violation at "f"
// must agree with `ok`.
void ExpectStringCases(const StringCheck& check, const std::vector<StringCase>& cases) {
  for (const StringCase& c : cases) {
    FieldViolations violations;
    EXPECT_EQ(check(c.value, "f", &violations), c.ok) << "value: \"" << c.value << "\"";
    if (c.ok) {
      EXPECT_TRUE(violations.empty()) << c.value;
    } else {
      EXPECT_THAT(Fields(violations), ElementsAre("f")) << c.value;
    }
  }
}

TEST(FieldRulesTest, Ids) {
  ExpectStringCases(CheckId, {{"cr-jo_1", true},
                              {std::string(kMaxIdLength, 'a'), true},
                              {std::string(kMaxIdLength + 1, 'a'), false},
                              {"", false},
                              {"Upper", false},
                              {"has space", false},
                              {"dot.ted", false},
                              {"slash/y", false}});
  ExpectStringCases(CheckOptionalId, {{"", true}, {"ok", true}, {"NOT", false}});
}

TEST(FieldRulesTest, IdMessagesExplain) {
  FieldViolations violations;
  CheckId("", "brand_id", &violations);
  CheckId("Bad", "brief_id", &violations);
  EXPECT_EQ(violations.all().field_violations(0).description(), "is required");
  EXPECT_THAT(violations.all().field_violations(1).description(),
              HasSubstr("must contain only a-z, 0-9, '_' and '-'"));
}

TEST(FieldRulesTest, RequestIdsAndEtags) {
  const std::vector<StringCase> cases = {{"", true},
                                         {"retry-1 of 3 ~!", true},
                                         {std::string(128, 'x'), true},
                                         {std::string(129, 'x'), false},
                                         {"tab\there", false},
                                         {"caf\xc3\xa9", false}};
  ExpectStringCases(CheckRequestId, cases);
  ExpectStringCases(CheckEtag, cases);
}

TEST(FieldRulesTest, TextCountsCharactersNotBytes) {
  std::string two_hundred_e_acute;
  for (int i = 0; i < 200; ++i) two_hundred_e_acute += "\xc3\xa9";
  FieldViolations violations;
  EXPECT_TRUE(CheckText(two_hundred_e_acute, kMaxNameLength, "f", &violations));
  EXPECT_FALSE(CheckText(two_hundred_e_acute + "e", kMaxNameLength, "f", &violations));
  EXPECT_EQ(violations.all().field_violations(0).description(),
            "must be at most 200 characters (got 201)");
  EXPECT_FALSE(CheckRequiredText("  ", kMaxNameLength, "g", &violations));
}

TEST(FieldRulesTest, NichePaths) {
  ExpectStringCases(CheckNichePath, {{"food", true},
                                     {"food/desserts", true},
                                     {"tech/mechanical-keyboards/switches-2", true},
                                     {"a/b/c/d/e/f", true},
                                     {"a/b/c/d/e/f/g", false},
                                     {std::string(kMaxNichePathLength + 1, 'a'), false},
                                     {"", false},
                                     {"Food", false},
                                     {"food/", false},
                                     {"/food", false},
                                     {"food//desserts", false},
                                     {"food desserts", false},
                                     {"food_desserts", false}});
}

TEST(FieldRulesTest, TagsCountriesLanguages) {
  ExpectStringCases(CheckTag, {{"pastel", true},
                               {"creatively chaotic", true},
                               {"", false},
                               {"Pastel", false},
                               {std::string(kMaxTagLength + 1, 't'), false}});
  ExpectStringCases(
      CheckCountryCode,
      {{"US", true}, {"DE", true}, {"us", false}, {"USA", false}, {"", false}, {"U1", false}});
  ExpectStringCases(CheckLanguageCode, {{"en", true},
                                        {"pt-BR", true},
                                        {"zh-Hant-TW", true},
                                        {"fil", true},
                                        {"e", false},
                                        {"english", false},
                                        {"en-", false},
                                        {"en_US", false},
                                        {"", false}});
}

TEST(FieldRulesTest, Timestamps) {
  struct Case {
    std::int64_t seconds;
    int nanos;
    std::vector<std::string> fields;
  };
  const std::vector<Case> cases = {
      {0, 0, {}},
      {kMinTimestampSeconds, 0, {}},
      {kMaxTimestampSeconds, 999'999'999, {}},
      {kMinTimestampSeconds - 1, 0, {"t.seconds"}},
      {kMaxTimestampSeconds + 1, 0, {"t.seconds"}},
      {0, -1, {"t.nanos"}},
      {0, 1'000'000'000, {"t.nanos"}},
  };
  for (const Case& c : cases) {
    google::protobuf::Timestamp timestamp;
    timestamp.set_seconds(c.seconds);
    timestamp.set_nanos(c.nanos);
    FieldViolations violations;
    EXPECT_EQ(CheckTimestamp(timestamp, "t", &violations), c.fields.empty());
    EXPECT_EQ(Fields(violations), c.fields) << c.seconds << "s " << c.nanos << "ns";
  }
}

TEST(FieldRulesTest, Numbers) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Case {
    double value;
    bool fraction_ok;
    bool non_negative_ok;  // with max 10
  };
  const std::vector<Case> cases = {{0, true, true},     {1, true, true},      {0.5, true, true},
                                   {1.5, false, true},  {-0.1, false, false}, {11, false, false},
                                   {nan, false, false}, {inf, false, false}};
  for (const Case& c : cases) {
    FieldViolations violations;
    EXPECT_EQ(CheckFraction(c.value, "f", &violations), c.fraction_ok) << c.value;
    EXPECT_EQ(CheckNonNegative(c.value, 10.0, "f", &violations), c.non_negative_ok) << c.value;
  }
  FieldViolations violations;
  EXPECT_TRUE(CheckNonNegative(std::int64_t{0}, kMaxCount, "n", &violations));
  EXPECT_FALSE(CheckNonNegative(std::int64_t{-3}, kMaxCount, "n", &violations));
  EXPECT_FALSE(CheckNonNegative(kMaxCount + 1, kMaxCount, "n", &violations));
  CheckFraction(nan, "x", &violations);
  EXPECT_EQ(violations.all().field_violations(0).description(), "must be >= 0 (got -3)");
  EXPECT_EQ(violations.all().field_violations(2).description(),
            "must be a finite number (got nan)");
}

TEST(FieldRulesTest, Enums) {
  const auto* platform = v1::Platform_descriptor();
  FieldViolations violations;
  EXPECT_TRUE(CheckEnum(platform, v1::PLATFORM_TIKTOK, /*required=*/true, "a", &violations));
  EXPECT_TRUE(CheckEnum(platform, v1::PLATFORM_UNSPECIFIED, /*required=*/false, "b", &violations));
  EXPECT_FALSE(CheckEnum(platform, v1::PLATFORM_UNSPECIFIED, /*required=*/true, "c", &violations));
  EXPECT_FALSE(CheckEnum(platform, 99, /*required=*/false, "d", &violations));
  EXPECT_THAT(Fields(violations), ElementsAre("c", "d"));
  EXPECT_EQ(violations.all().field_violations(0).description(),
            "is required (PLATFORM_UNSPECIFIED is not allowed)");
  EXPECT_EQ(violations.all().field_violations(1).description(),
            "must be a known Platform value (got 99)");
}

TEST(FieldRulesTest, ListsAndPaging) {
  FieldViolations violations;
  EXPECT_TRUE(CheckListSize(32, kMaxAccounts, "l", &violations));
  EXPECT_FALSE(CheckListSize(33, kMaxAccounts, "l", &violations));
  EXPECT_TRUE(CheckPageSize(0, "page_size", &violations));
  EXPECT_TRUE(CheckPageSize(kMaxPageSize, "page_size", &violations));
  EXPECT_FALSE(CheckPageSize(kMaxPageSize + 1, "page_size", &violations));
  EXPECT_FALSE(CheckPageSize(-1, "page_size", &violations));
  EXPECT_TRUE(CheckPageToken(std::string(kMaxPageTokenLength, 'x'), "page_token", &violations));
  EXPECT_FALSE(
      CheckPageToken(std::string(kMaxPageTokenLength + 1, 'x'), "page_token", &violations));
  EXPECT_THAT(Fields(violations), ElementsAre("l", "page_size", "page_size", "page_token"));
  EXPECT_EQ(violations.all().field_violations(0).description(),
            "must have at most 32 entries (got 33)");
}

}  // namespace
}  // namespace matchmaker::validation
