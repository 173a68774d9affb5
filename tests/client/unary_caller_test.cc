#include "client/lib/unary_caller.h"

#include <set>

#include "client/lib/request_ids.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::client {
namespace {

ClientOptions FastRetries(int attempts) {
  ClientOptions options;
  options.max_attempts = attempts;
  options.initial_backoff = absl::Milliseconds(1);
  options.max_backoff = absl::Milliseconds(2);
  return options;
}

TEST(UnaryCallerTest, RetriesUnavailableWithTheSameRequestUntilSuccess) {
  UnaryCaller caller(FastRetries(4));
  v1::SendOfferRequest request;
  EnsureRequestId(request.mutable_request_id());
  std::set<std::string> request_ids_seen;
  int calls = 0;
  auto response = caller.Call<v1::SendOfferResponse>(
      [&](grpc::ClientContext* context, v1::SendOfferResponse* out) {
        request_ids_seen.insert(request.request_id());
        if (++calls < 3) return grpc::Status(grpc::StatusCode::UNAVAILABLE, "restarting");
        out->mutable_offer()->set_id("of-1");
        return grpc::Status::OK;
      });
  ASSERT_OK(response);
  EXPECT_EQ(response->offer().id(), "of-1");
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(request_ids_seen.size(), 1u);  // a retry is the same mutation, applied once
}

TEST(UnaryCallerTest, GivesUpAfterMaxAttempts) {
  UnaryCaller caller(FastRetries(3));
  int calls = 0;
  auto response = caller.Call<v1::GetBrandResponse>([&](grpc::ClientContext*, auto*) {
    ++calls;
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "down");
  });
  EXPECT_STATUS_CODE(response, absl::StatusCode::kUnavailable);
  EXPECT_EQ(calls, 3);
}

TEST(UnaryCallerTest, DoesNotRetryOtherErrors) {
  UnaryCaller caller(FastRetries(5));
  int calls = 0;
  auto response = caller.Call<v1::GetBrandResponse>([&](grpc::ClientContext*, auto*) {
    ++calls;
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "bad");
  });
  EXPECT_STATUS_CODE(response, absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(calls, 1);
}

// A status as the server sends a refusal for load: RESOURCE_EXHAUSTED with a RetryInfo.
grpc::Status OverloadedWithRetryHint(absl::Duration delay) {
  google::rpc::RetryInfo retry_info;
  retry_info.mutable_retry_delay()->set_nanos(
      static_cast<int32_t>(absl::ToInt64Nanoseconds(delay)));
  google::rpc::Status details;
  details.set_code(static_cast<int>(grpc::StatusCode::RESOURCE_EXHAUSTED));
  details.set_message("server overloaded");
  details.add_details()->PackFrom(retry_info);
  return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, "server overloaded",
                      details.SerializeAsString());
}

TEST(UnaryCallerTest, RetriesARefusalThatCarriesARetryHintAfterAtLeastTheHintedDelay) {
  UnaryCaller caller(FastRetries(4));
  int calls = 0;
  absl::Time first_refused;
  auto response = caller.Call<v1::GetBrandResponse>([&](grpc::ClientContext*, auto* out) {
    if (++calls == 1) {
      first_refused = absl::Now();
      return OverloadedWithRetryHint(absl::Milliseconds(30));
    }
    out->mutable_brand()->set_id("acme");
    return grpc::Status::OK;
  });
  ASSERT_OK(response);
  EXPECT_EQ(calls, 2);
  // The backoff alone is 1-2 ms here: the wait comes from the server's hint.
  EXPECT_GE(absl::Now() - first_refused, absl::Milliseconds(30));
}

TEST(UnaryCallerTest, DoesNotRetryResourceExhaustedWithoutARetryHint) {
  UnaryCaller caller(FastRetries(4));
  int calls = 0;
  auto response = caller.Call<v1::GetBrandResponse>([&](grpc::ClientContext*, auto*) {
    ++calls;  // e.g. a message over the size limit: the same call would fail again
    return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, "message too large");
  });
  EXPECT_STATUS_CODE(response, absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(calls, 1);
}

TEST(UnaryCallerTest, EachAttemptHasADeadline) {
  ClientOptions options = FastRetries(1);
  options.call_timeout = absl::Seconds(3);
  UnaryCaller caller(options);
  auto response = caller.Call<v1::GetBrandResponse>([&](grpc::ClientContext* context, auto*) {
    const absl::Duration left = absl::FromChrono(context->deadline()) - absl::Now();
    EXPECT_GT(left, absl::Seconds(2));
    EXPECT_LE(left, absl::Seconds(3));
    return grpc::Status::OK;
  });
  ASSERT_OK(response);
}

TEST(RequestIdsTest, FillsOnlyEmptyRequestIdsWithFreshRandomIds) {
  std::string empty, given = "mine";
  EnsureRequestId(&empty);
  EnsureRequestId(&given);
  EXPECT_EQ(empty.size(), 32u);
  EXPECT_EQ(given, "mine");
  EXPECT_NE(NewRequestId(), NewRequestId());
}

}  // namespace
}  // namespace matchmaker::client
