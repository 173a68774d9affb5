#ifndef MATCHMAKER_TESTS_TESTING_STATUS_MATCHERS_H_
#define MATCHMAKER_TESTS_TESTING_STATUS_MATCHERS_H_

// Debian's Abseil 20220623 ships no status_matchers.h: these are the few we need.

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"

namespace matchmaker::testing {

inline const absl::Status& StatusOf(const absl::Status& status) { return status; }
template <typename T>
const absl::Status& StatusOf(const absl::StatusOr<T>& status_or) {
  return status_or.status();
}

}  // namespace matchmaker::testing

#define MM_STATUS_CONCAT_INNER_(a, b) a##b
#define MM_STATUS_CONCAT_(a, b) MM_STATUS_CONCAT_INNER_(a, b)

#define EXPECT_OK(expr) \
  EXPECT_TRUE(::matchmaker::testing::StatusOf(expr).ok()) << ::matchmaker::testing::StatusOf(expr)
#define ASSERT_OK(expr) \
  ASSERT_TRUE(::matchmaker::testing::StatusOf(expr).ok()) << ::matchmaker::testing::StatusOf(expr)

// Expects `expr` (Status or StatusOr) to fail with `code` (an absl::StatusCode).
#define EXPECT_STATUS_CODE(expr, expected_code)                          \
  EXPECT_EQ(::matchmaker::testing::StatusOf(expr).code(), expected_code) \
      << ::matchmaker::testing::StatusOf(expr)

#define ASSERT_OK_AND_ASSIGN(lhs, rexpr)                    \
  auto MM_STATUS_CONCAT_(status_or_, __LINE__) = (rexpr);   \
  ASSERT_TRUE(MM_STATUS_CONCAT_(status_or_, __LINE__).ok()) \
      << MM_STATUS_CONCAT_(status_or_, __LINE__).status();  \
  lhs = std::move(MM_STATUS_CONCAT_(status_or_, __LINE__)).value()

#endif  // MATCHMAKER_TESTS_TESTING_STATUS_MATCHERS_H_
