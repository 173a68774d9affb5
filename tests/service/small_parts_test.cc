// Unit tests of the small pieces: status conversion, page tokens, tiers, derived fields.

#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "server/service/derived_fields.h"
#include "server/service/grpc_status.h"
#include "server/service/niche_paths.h"
#include "server/service/page_token.h"
#include "server/service/retry_hint.h"
#include "server/service/tier_thresholds.h"
#include "server/validation/field_violations.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::service {
namespace {

TEST(GrpcStatusTest, KeepsCodeAndMessage) {
  grpc::Status status = ToGrpcStatus(absl::FailedPreconditionError("brief is DRAFT"));
  EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(status.error_message(), "brief is DRAFT");
  EXPECT_TRUE(status.error_details().empty());
  EXPECT_TRUE(ToGrpcStatus(absl::OkStatus()).ok());
}

TEST(GrpcStatusTest, PacksBadRequestIntoGoogleRpcStatusDetails) {
  absl::Status invalid = validation::InvalidArgumentForField("creator.id", "bad id");
  grpc::Status status = ToGrpcStatus(invalid);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  EXPECT_EQ(details.code(), static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_EQ(details.message(), status.error_message());
  ASSERT_EQ(details.details_size(), 1);
  google::rpc::BadRequest bad_request;
  ASSERT_TRUE(details.details(0).UnpackTo(&bad_request));
  ASSERT_EQ(bad_request.field_violations_size(), 1);
  EXPECT_EQ(bad_request.field_violations(0).field(), "creator.id");
}

TEST(GrpcStatusTest, PacksARetryHintAndNoPayloadThatIsNotAGoogleRpcDetail) {
  absl::Status shed =
      WithRetryHint(absl::ResourceExhaustedError("server overloaded"), absl::Milliseconds(1250));
  shed.SetPayload("type.googleapis.com/matchmaker.internal.Note", absl::Cord("internal"));
  grpc::Status status = ToGrpcStatus(shed);
  ASSERT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  google::rpc::Status details;
  ASSERT_TRUE(details.ParseFromString(status.error_details()));
  ASSERT_EQ(details.details_size(), 1);
  google::rpc::RetryInfo retry_info;
  ASSERT_TRUE(details.details(0).UnpackTo(&retry_info));
  EXPECT_EQ(retry_info.retry_delay().seconds(), 1);
  EXPECT_EQ(retry_info.retry_delay().nanos(), 250000000);
}

TEST(PageTokenTest, RoundTripsAndRejectsForeignTokens) {
  ASSERT_OK_AND_ASSIGN(std::string key, DecodePageToken(EncodePageToken("cr-42")));
  EXPECT_EQ(key, "cr-42");
  ASSERT_OK_AND_ASSIGN(std::string empty, DecodePageToken(""));
  EXPECT_EQ(empty, "");
  EXPECT_STATUS_CODE(DecodePageToken("not-a-token!"), absl::StatusCode::kInvalidArgument);
  ASSERT_OK_AND_ASSIGN(int64_t sequence, DecodeSequencePageToken(EncodeSequencePageToken(77)));
  EXPECT_EQ(sequence, 77);
  EXPECT_EQ(EffectivePageSize(0), 50);
  EXPECT_EQ(EffectivePageSize(5000), 1000);
  EXPECT_EQ(EffectivePageSize(7), 7);
}

TEST(TierThresholdsTest, DefaultsAndParsing) {
  TierThresholds defaults;
  EXPECT_EQ(defaults.TierOf(9999), v1::TIER_NANO);
  EXPECT_EQ(defaults.TierOf(10000), v1::TIER_MICRO);
  EXPECT_EQ(defaults.TierOf(100000), v1::TIER_MACRO);
  EXPECT_EQ(defaults.TierOf(1000000), v1::TIER_MEGA);
  ASSERT_OK_AND_ASSIGN(TierThresholds custom, TierThresholds::Parse("1000,100000,500000"));
  EXPECT_EQ(custom.TierOf(5000), v1::TIER_MICRO);
  EXPECT_EQ(custom.ToString(), "1000,100000,500000");
  EXPECT_STATUS_CODE(TierThresholds::Parse("10,5,100"), absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(TierThresholds::Parse("10,100"), absl::StatusCode::kInvalidArgument);
}

TEST(DerivedFieldsTest, SumsFollowersAndComputesEngagementPerAccount) {
  v1::Creator creator;
  auto* a = creator.add_accounts();
  a->set_followers(8000);
  a->set_avg_likes(700);
  a->set_avg_comments(80);
  a->set_avg_shares(20);
  auto* b = creator.add_accounts();
  b->set_followers(0);
  b->set_avg_likes(5);
  FillDerivedFields(TierThresholds(), creator);
  EXPECT_EQ(creator.total_followers(), 8000);
  EXPECT_EQ(creator.tier(), v1::TIER_NANO);
  EXPECT_DOUBLE_EQ(creator.accounts(0).engagement_rate(), 0.1);
  EXPECT_DOUBLE_EQ(creator.accounts(1).engagement_rate(), 0.0);
}

TEST(NichePathsTest, SameOrBelowRespectsSegments) {
  EXPECT_TRUE(IsSameOrBelow("food/desserts", "food"));
  EXPECT_TRUE(IsSameOrBelow("food", "food"));
  EXPECT_FALSE(IsSameOrBelow("foodie", "food"));
  EXPECT_TRUE(IsSameOrBelow("anything", ""));
}

}  // namespace
}  // namespace matchmaker::service
