#include "client/lib/error_format.h"

#include "client/lib/status_conversion.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"

namespace matchmaker::client {
namespace {

// What the server sends for a bad CreateCreator: INVALID_ARGUMENT with a google.rpc.Status
// carrying a google.rpc.BadRequest in the details trailer.
grpc::Status BadCreatorStatus() {
  google::rpc::BadRequest bad_request;
  auto* v1 = bad_request.add_field_violations();
  v1->set_field("creator.accounts[0].followers");
  v1->set_description("must not be negative");
  auto* v2 = bad_request.add_field_violations();
  v2->set_field("creator.location.country_code");
  v2->set_description("must be 2 upper-case letters");
  google::rpc::Status details;
  details.set_code(grpc::StatusCode::INVALID_ARGUMENT);
  details.set_message("creator is invalid");
  details.add_details()->PackFrom(bad_request);
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "creator is invalid",
                      details.SerializeAsString());
}

TEST(StatusConversionTest, KeepsCodeMessageAndDecodableFieldViolations) {
  absl::Status status = FromGrpcStatus(BadCreatorStatus());
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "creator is invalid");
  std::optional<google::rpc::BadRequest> bad_request = BadRequestOf(status);
  ASSERT_TRUE(bad_request.has_value());
  ASSERT_EQ(bad_request->field_violations_size(), 2);
  EXPECT_EQ(bad_request->field_violations(0).field(), "creator.accounts[0].followers");
}

TEST(StatusConversionTest, PlainErrorsAndOkConvert) {
  EXPECT_TRUE(FromGrpcStatus(grpc::Status::OK).ok());
  absl::Status status = FromGrpcStatus(grpc::Status(grpc::StatusCode::ABORTED, "etag"));
  EXPECT_EQ(status.code(), absl::StatusCode::kAborted);
  EXPECT_FALSE(BadRequestOf(status).has_value());
  // Garbage in the trailer must not lose the code and message.
  absl::Status garbage =
      FromGrpcStatus(grpc::Status(grpc::StatusCode::NOT_FOUND, "gone", "\xff\xff not proto"));
  EXPECT_EQ(garbage.code(), absl::StatusCode::kNotFound);
}

TEST(ErrorFormatTest, ShowsCodeNameMessageAndEachFieldViolation) {
  EXPECT_EQ(FormatError(FromGrpcStatus(BadCreatorStatus())),
            "INVALID_ARGUMENT: creator is invalid\n"
            "  - creator.accounts[0].followers: must not be negative\n"
            "  - creator.location.country_code: must be 2 upper-case letters");
}

TEST(ErrorFormatTest, ErrorWithoutDetailsIsOneLine) {
  EXPECT_EQ(FormatError(absl::FailedPreconditionError("offer is DECLINED")),
            "FAILED_PRECONDITION: offer is DECLINED");
  EXPECT_EQ(FormatError(absl::OkStatus()), "OK");
}

}  // namespace
}  // namespace matchmaker::client
