#ifndef MATCHMAKER_TESTS_STORAGE_EXPECT_CODE_H_
#define MATCHMAKER_TESTS_STORAGE_EXPECT_CODE_H_

// EXPECT_STATUS_CODE from tests/testing/status_matchers.h does not compile: its parameter
// `code` is substituted into `.code()`. Until it is fixed there, storage tests use this.

#include "tests/testing/status_matchers.h"

#define MM_EXPECT_CODE(expr, expected_code)                                \
  EXPECT_EQ(::matchmaker::testing::StatusOf(expr).code(), (expected_code)) \
      << ::matchmaker::testing::StatusOf(expr)

#endif  // MATCHMAKER_TESTS_STORAGE_EXPECT_CODE_H_
