#include "server/validation/field_violations.h"

#include <string>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/validation/limits.h"
#include "tests/testing/status_matchers.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::ViolationFields;
using ::testing::ElementsAre;

TEST(FieldViolationsTest, EmptyIsOk) {
  FieldViolations violations;
  EXPECT_TRUE(violations.empty());
  EXPECT_OK(violations.ToStatus("invalid X"));
}

TEST(FieldViolationsTest, SummaryNamesFirstViolationAndCountsTheRest) {
  FieldViolations violations;
  violations.Add("creator.accounts[0].followers", "must be >= 0 (got -1)");
  violations.Add("creator.niches[1].weight", "must be in (0, 1] (got 2)");
  violations.Add("request_id", "must be printable ASCII");
  const absl::Status status = violations.ToStatus("invalid CreateCreatorRequest");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "invalid CreateCreatorRequest: creator.accounts[0].followers: must be >= 0 (got -1) "
            "(and 2 more)");
}

TEST(FieldViolationsTest, SingleViolationHasNoCount) {
  FieldViolations violations;
  violations.Add("brand_id", "is required");
  EXPECT_EQ(violations.ToStatus("invalid GetBrandRequest").message(),
            "invalid GetBrandRequest: brand_id: is required");
}

TEST(FieldViolationsTest, PayloadRoundTripsEveryViolation) {
  FieldViolations violations;
  violations.Add("a.b[0]", "first");
  violations.Add("c", "second");
  const absl::Status status = violations.ToStatus("invalid R");
  ASSERT_TRUE(status.GetPayload(kBadRequestTypeUrl).has_value());
  auto bad_request = BadRequestFromStatus(status);
  ASSERT_TRUE(bad_request.has_value());
  ASSERT_EQ(bad_request->field_violations_size(), 2);
  EXPECT_EQ(bad_request->field_violations(0).field(), "a.b[0]");
  EXPECT_EQ(bad_request->field_violations(0).description(), "first");
  EXPECT_EQ(bad_request->field_violations(1).field(), "c");
  EXPECT_EQ(bad_request->field_violations(1).description(), "second");
}

TEST(FieldViolationsTest, TypeUrlIsTheAnyTypeUrlOfBadRequest) {
  EXPECT_EQ(kBadRequestTypeUrl, "type.googleapis.com/google.rpc.BadRequest");
  EXPECT_EQ(
      absl::StrCat("type.googleapis.com/", google::rpc::BadRequest::descriptor()->full_name()),
      kBadRequestTypeUrl);
}

TEST(FieldViolationsTest, PayloadIsCappedButMessageCountsAll) {
  FieldViolations violations;
  const int total = static_cast<int>(kMaxFieldViolations) + 10;
  for (int i = 0; i < total; ++i) violations.Add(absl::StrCat("f", i), "bad");
  EXPECT_EQ(violations.size(), static_cast<std::size_t>(total));
  const absl::Status status = violations.ToStatus("invalid R");
  EXPECT_THAT(std::string(status.message()),
              ::testing::EndsWith(absl::StrCat("(and ", total - 1, " more)")));
  auto bad_request = BadRequestFromStatus(status);
  ASSERT_TRUE(bad_request.has_value());
  EXPECT_EQ(bad_request->field_violations_size(), static_cast<int>(kMaxFieldViolations));
  EXPECT_EQ(bad_request->field_violations(0).field(), "f0");
}

TEST(InvalidArgumentForFieldTest, CarriesOneViolation) {
  const absl::Status status = InvalidArgumentForField("brief.brand_id", "cannot change");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "brief.brand_id: cannot change");
  EXPECT_THAT(ViolationFields(status), ElementsAre("brief.brand_id"));
  EXPECT_EQ(BadRequestFromStatus(status)->field_violations(0).description(), "cannot change");
}

TEST(BadRequestFromStatusTest, NoneWithoutPayload) {
  EXPECT_FALSE(BadRequestFromStatus(absl::OkStatus()).has_value());
  EXPECT_FALSE(BadRequestFromStatus(absl::InvalidArgumentError("x")).has_value());
  absl::Status garbage = absl::InvalidArgumentError("x");
  garbage.SetPayload(kBadRequestTypeUrl, absl::Cord("\xff\xff\xff"));
  EXPECT_FALSE(BadRequestFromStatus(garbage).has_value());
}

}  // namespace
}  // namespace matchmaker::validation
