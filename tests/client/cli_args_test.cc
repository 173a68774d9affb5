#include "client/tools/cli_args.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::tools {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::vector<FlagSpec>& Specs() {
  static const auto* specs = new std::vector<FlagSpec>{
      {"brand-id", "BRAND", "brand"},
      {"niche", "PATH", "niche", true},
      {"long-term", "", "switch"},
      {"min", "N", "a number"},
  };
  return *specs;
}

TEST(CliArgsTest, ParsesPositionalsValuesAndSwitchesInAnyOrder) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args, ParseArgs({"of-1", "--brand-id", "acme", "--long-term",
                                                   "extra", "--niche=food", "--niche", "tech"},
                                                  Specs()));
  EXPECT_THAT(args.positionals(), ElementsAre("of-1", "extra"));
  EXPECT_EQ(args.Get("brand-id"), "acme");
  EXPECT_TRUE(args.GetBool("long-term"));
  EXPECT_THAT(args.GetAll("niche"), ElementsAre("food", "tech"));
  EXPECT_FALSE(args.Has("min"));
  EXPECT_EQ(args.Get("min", "7"), "7");
}

TEST(CliArgsTest, CommaSeparatedValuesOfRepeatedFlagsSplit) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args,
                       ParseArgs({"--niche", "food,tech", "--niche=yoga"}, Specs()));
  EXPECT_THAT(args.GetAll("niche"), ElementsAre("food", "tech", "yoga"));
}

TEST(CliArgsTest, SwitchAcceptsExplicitFalse) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args, ParseArgs({"--long-term=false"}, Specs()));
  EXPECT_TRUE(args.Has("long-term"));
  EXPECT_FALSE(args.GetBool("long-term"));
}

TEST(CliArgsTest, ValueMayLookLikeANegativeNumber) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args, ParseArgs({"--min", "-5"}, Specs()));
  EXPECT_EQ(args.Get("min"), "-5");
}

TEST(CliArgsTest, DashIsPositionalAndDoubleDashEndsFlags) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args, ParseArgs({"-", "--", "--min"}, Specs()));
  EXPECT_THAT(args.positionals(), ElementsAre("-", "--min"));
}

TEST(CliArgsTest, UnknownFlagIsAnErrorNamingIt) {
  auto args = ParseArgs({"--bogus"}, Specs());
  EXPECT_STATUS_CODE(args, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(args.status().message()), HasSubstr("--bogus"));
}

TEST(CliArgsTest, MissingValueIsAnError) {
  auto args = ParseArgs({"--brand-id"}, Specs());
  EXPECT_STATUS_CODE(args, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(args.status().message()), HasSubstr("needs a value"));
}

TEST(CliArgsTest, NonRepeatedFlagTwiceIsAnError) {
  EXPECT_STATUS_CODE(ParseArgs({"--brand-id", "a", "--brand-id", "b"}, Specs()),
                     absl::StatusCode::kInvalidArgument);
}

TEST(CliArgsTest, SwitchWithJunkValueIsAnError) {
  EXPECT_STATUS_CODE(ParseArgs({"--long-term=maybe"}, Specs()), absl::StatusCode::kInvalidArgument);
}

TEST(CliArgsTest, FlagHelpIsAligned) {
  std::string help = FormatFlagHelp(Specs());
  EXPECT_THAT(help, HasSubstr("  --brand-id BRAND   brand\n"));
  EXPECT_THAT(help, HasSubstr("  --niche PATH ...   niche\n"));
  EXPECT_THAT(help, HasSubstr("  --long-term        switch\n"));
}

}  // namespace
}  // namespace matchmaker::tools
