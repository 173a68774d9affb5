// The shared command runner: dispatch, help, exit codes, flags into records.

#include "client/tools/command.h"

#include <sstream>

#include "client/tools/command_helpers.h"
#include "client/tools/record_flags.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::tools {
namespace {

using ::testing::HasSubstr;

struct Captured {
  std::string target;
  std::string server_flag;
  bool json = false;
  std::vector<std::string> positionals;
};

std::vector<Command> FakeCommands(Captured* captured) {
  auto run = [captured](const Invocation& run) {
    captured->target = run.client_options().target;
    captured->json = run.json();
    captured->positionals = run.args().positionals();
    run.out() << "ran\n";
    return kExitOk;
  };
  return {
      {{"offer", "get"}, "<offer-id>", "Show an offer.", {}, 1, 1, run},
      {{"offer", "list"}, "", "List offers.", {{"state", "STATE", "state", true}}, 0, 0, run},
  };
}

struct Result {
  int code;
  std::string out;
  std::string err;
};

Result RunFake(const std::vector<std::string>& args, Captured* captured) {
  std::ostringstream out, err;
  int code = RunTool("tool", "A test tool.", FakeCommands(captured), args, out, err);
  return {code, out.str(), err.str()};
}

TEST(CommandTest, RunsTheNamedCommandWithItsArguments) {
  Captured captured;
  Result result = RunFake({"offer", "get", "of-1"}, &captured);
  EXPECT_EQ(result.code, kExitOk);
  EXPECT_EQ(result.out, "ran\n");
  EXPECT_EQ(captured.positionals, std::vector<std::string>{"of-1"});
}

TEST(CommandTest, GlobalFlagsWorkBeforeAndAfterTheCommand) {
  Captured captured;
  EXPECT_EQ(RunFake({"--server", "h:1", "offer", "get", "of-1", "--json"}, &captured).code, 0);
  EXPECT_EQ(captured.target, "h:1");
  EXPECT_TRUE(captured.json);
  EXPECT_EQ(RunFake({"offer", "get", "of-1", "--server=h:2"}, &captured).code, 0);
  EXPECT_EQ(captured.target, "h:2");
}

TEST(CommandTest, EnvironmentNamesTheServerUnlessTheFlagDoes) {
  Captured captured;
  ::setenv("MATCHMAKER_SERVER", "env-host:9", 1);
  RunFake({"offer", "get", "of-1"}, &captured);
  EXPECT_EQ(captured.target, "env-host:9");
  RunFake({"offer", "get", "of-1", "--server", "flag-host:1"}, &captured);
  EXPECT_EQ(captured.target, "flag-host:1");
  ::unsetenv("MATCHMAKER_SERVER");
  RunFake({"offer", "get", "of-1"}, &captured);
  EXPECT_EQ(captured.target, "127.0.0.1:50051");
}

TEST(CommandTest, UsageErrorsExitWithTwoAndShowUsage) {
  Captured captured;
  Result missing = RunFake({"offer", "get"}, &captured);
  EXPECT_EQ(missing.code, kExitUsage);
  EXPECT_THAT(missing.err, HasSubstr("missing argument(s): <offer-id>"));
  EXPECT_THAT(missing.err, HasSubstr("usage: tool offer get <offer-id>"));

  Result unknown_flag = RunFake({"offer", "list", "--bogus"}, &captured);
  EXPECT_EQ(unknown_flag.code, kExitUsage);
  EXPECT_THAT(unknown_flag.err, HasSubstr("unknown flag --bogus"));

  Result extra = RunFake({"offer", "get", "a", "b"}, &captured);
  EXPECT_EQ(extra.code, kExitUsage);

  Result unknown = RunFake({"nope"}, &captured);
  EXPECT_EQ(unknown.code, kExitUsage);
  EXPECT_THAT(unknown.err, HasSubstr("unknown command \"nope\""));

  Result bad_timeout = RunFake({"offer", "get", "x", "--timeout", "soon"}, &captured);
  EXPECT_EQ(bad_timeout.code, kExitUsage);
}

TEST(CommandTest, HelpPrintsToStdoutAndExitsZero) {
  Captured captured;
  Result all = RunFake({"--help"}, &captured);
  EXPECT_EQ(all.code, kExitOk);
  EXPECT_THAT(all.out, HasSubstr("offer get <offer-id>"));
  Result one = RunFake({"offer", "list", "--help"}, &captured);
  EXPECT_EQ(one.code, kExitOk);
  EXPECT_THAT(one.out, HasSubstr("--state STATE ..."));
  Result group = RunFake({"offer", "-h"}, &captured);
  EXPECT_EQ(group.code, kExitOk);
  EXPECT_THAT(group.out, HasSubstr("offer list"));
  Result nothing = RunFake({}, &captured);
  EXPECT_EQ(nothing.code, kExitUsage);
}

TEST(RecordFlagsTest, BriefFlagsFillTheBriefAndNameTheMaskPaths) {
  std::vector<FlagSpec> specs = Concat({BriefFieldFlags(), UpdateFlags()});
  ASSERT_OK_AND_ASSIGN(
      ParsedArgs args,
      ParseArgs({"--brand-id", "acme", "--title", "Spring", "--niche", "food/desserts:0.5",
                 "--platform", "instagram,tiktok", "--tier", "micro", "--budget", "5000",
                 "--min-engagement", "2%", "--deliverable", "instagram:post:2", "--long-term"},
                specs));
  v1::Brief brief;
  std::vector<std::string> paths;
  ASSERT_OK(ApplyBriefFlags(args, &brief, &paths));
  EXPECT_EQ(brief.brand_id(), "acme");
  EXPECT_EQ(brief.platforms_size(), 2);
  EXPECT_EQ(brief.tiers(0), v1::TIER_MICRO);
  EXPECT_EQ(brief.budget().total_cents(), 500000);
  EXPECT_DOUBLE_EQ(brief.min_engagement_rate(), 0.02);
  EXPECT_EQ(brief.deliverables(0).count(), 2);
  EXPECT_TRUE(brief.long_term());
  EXPECT_THAT(paths, ::testing::UnorderedElementsAre("brand_id", "title", "niches", "platforms",
                                                     "tiers", "budget", "min_engagement_rate",
                                                     "deliverables", "long_term"));
  google::protobuf::FieldMask mask = UpdateMaskFor(args, paths);
  EXPECT_EQ(mask.paths_size(), 9);
}

TEST(RecordFlagsTest, BadFlagValueNamesTheFlag) {
  ASSERT_OK_AND_ASSIGN(ParsedArgs args, ParseArgs({"--platform", "myspace"}, BriefFieldFlags()));
  v1::Brief brief;
  absl::Status status = ApplyBriefFlags(args, &brief, nullptr);
  EXPECT_STATUS_CODE(status, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("--platform"));
}

TEST(RecordFlagsTest, CreatorFlagsBuildAPortfolio) {
  ASSERT_OK_AND_ASSIGN(
      ParsedArgs args,
      ParseArgs({"--id", "jo", "--account", "instagram:@jo.bakes:12000:800:40", "--niche",
                 "food/desserts", "--country", "US", "--city", "Austin", "--accepts",
                 "flat-fee,free-product", "--min-fee", "150", "--block-category", "gambling"},
                CreatorFieldFlags()));
  v1::Creator creator;
  std::vector<std::string> paths;
  ASSERT_OK(ApplyCreatorFlags(args, &creator, &paths));
  EXPECT_EQ(creator.accounts(0).followers(), 12000);
  EXPECT_EQ(creator.location().city(), "Austin");
  EXPECT_EQ(creator.accepted_compensation_size(), 2);
  EXPECT_EQ(creator.preferences().min_fee_cents(), 15000);
  EXPECT_EQ(creator.preferences().blocked_categories(0), "gambling");
  EXPECT_EQ(std::count(paths.begin(), paths.end(), "location"), 1);
}

}  // namespace
}  // namespace matchmaker::tools
