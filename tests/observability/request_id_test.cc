#include "server/observability/request_id.h"

#include <string>

#include "gtest/gtest.h"

namespace matchmaker::observability {
namespace {

TEST(RequestIdTest, AcceptsPrintableAsciiUpToTheLimit) {
  EXPECT_TRUE(IsAcceptableRequestId("req-1"));
  EXPECT_TRUE(IsAcceptableRequestId("A~!{}\"\\"));
  EXPECT_TRUE(IsAcceptableRequestId(std::string(kMaxRequestIdLength, 'x')));
}

TEST(RequestIdTest, RefusesEmptyLongSpacesControlAndNonAscii) {
  EXPECT_FALSE(IsAcceptableRequestId(""));
  EXPECT_FALSE(IsAcceptableRequestId(std::string(kMaxRequestIdLength + 1, 'x')));
  EXPECT_FALSE(IsAcceptableRequestId("a b"));
  EXPECT_FALSE(IsAcceptableRequestId("a\nb"));
  EXPECT_FALSE(IsAcceptableRequestId("caf\xc3\xa9"));
}

TEST(RequestIdTest, SanitizeDropsUnprintableCharactersAndCuts) {
  EXPECT_EQ(SanitizeRequestId("ab c\n\x01"
                              "d\xc3\xa9"),
            "abcd");
  EXPECT_EQ(SanitizeRequestId(" \t"), "");
  EXPECT_EQ(SanitizeRequestId(std::string(200, 'y')), std::string(kMaxRequestIdLength, 'y'));
  EXPECT_EQ(SanitizeRequestId("req-42"), "req-42");
}

TEST(RequestIdTest, GeneratedIdsAreWellFormedAndDistinct) {
  const std::string a = GenerateRequestId();
  const std::string b = GenerateRequestId();
  EXPECT_NE(a, b);
  ASSERT_EQ(a.size(), 19u);
  EXPECT_EQ(a.substr(0, 3), "rq-");
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef", 3), std::string::npos);
  EXPECT_TRUE(IsAcceptableRequestId(a));
}

}  // namespace
}  // namespace matchmaker::observability
