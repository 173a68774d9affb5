#include "server/observability/json_line.h"

#include <limits>

#include "gtest/gtest.h"

namespace matchmaker::observability {
namespace {

TEST(JsonLineTest, FieldsInOrderOnOneLine) {
  const std::string line = JsonLine()
                               .Add("msg", "rpc")
                               .Add("code", "OK")
                               .Add("n", int64_t{-3})
                               .AddFixed3("latency_ms", 1.23456)
                               .Finish();
  EXPECT_EQ(line, "{\"msg\":\"rpc\",\"code\":\"OK\",\"n\":-3,\"latency_ms\":1.235}\n");
}

TEST(JsonLineTest, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(JsonQuote("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  // UTF-8 passes through unchanged.
  EXPECT_EQ(JsonQuote("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
}

TEST(JsonLineTest, NonFiniteNumbersAreNull) {
  EXPECT_EQ(JsonLine().AddFixed3("x", std::numeric_limits<double>::infinity()).Finish(),
            "{\"x\":null}\n");
}

TEST(JsonLineTest, EmptyObject) { EXPECT_EQ(JsonLine().Finish(), "{}\n"); }

}  // namespace
}  // namespace matchmaker::observability
