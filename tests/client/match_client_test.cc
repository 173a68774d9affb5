// Matching from the client side against a real matchmaker_server: the client library's
// matching methods, and the matching commands of the three tools run in-process (RunTool with
// the tools' command tables) so their tables, --json and errors are checked end to end.

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "client/lib/admin_client.h"
#include "client/lib/brand_client.h"
#include "client/lib/creator_client.h"
#include "client/tools/command.h"
#include "client/tools/match_commands.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/client/server_process.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::client {
namespace {

using ::testing::HasSubstr;

v1::Creator Baker(const std::string& id, int64_t followers) {
  v1::Creator creator;
  creator.set_id(id);
  creator.set_display_name("Baker " + id);
  v1::PlatformAccount* account = creator.add_accounts();
  account->set_platform(v1::PLATFORM_INSTAGRAM);
  account->set_handle("@" + id);
  account->set_followers(followers);
  account->set_avg_likes(followers / 20.0);
  account->set_avg_comments(followers / 100.0);
  v1::NicheWeight* niche = creator.add_niches();
  niche->set_niche("food/desserts");
  niche->set_weight(1);
  creator.mutable_aesthetic()->add_tags("pastel");
  creator.mutable_location()->set_country_code("US");
  return creator;
}

class MatchClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_dir_ = new testing::TempDir();
    server_ = new testing::ServerProcess(MATCHMAKER_SERVER_PATH, temp_dir_->Sub("db"));
    start_status_ = new absl::Status(server_->Start());
    if (!start_status_->ok()) return;
    ClientOptions options;
    options.target = server_->address();
    options.api_key = server_->AdminKey();
    *start_status_ = Seed(options);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete temp_dir_;
    delete start_status_;
  }
  void SetUp() override {
    ASSERT_OK(*start_status_);
    options_.target = server_->address();
    options_.api_key = server_->AdminKey();
  }

  // One brand, one open brief wanting two creators, and four creators.
  static absl::Status Seed(const ClientOptions& options) {
    BrandClient brands(options);
    CreatorClient creators(options);
    v1::CreateBrandRequest brand;
    brand.mutable_brand()->set_id("acme");
    brand.mutable_brand()->set_display_name("Acme");
    brand.mutable_brand()->set_category("food/snacks");
    if (auto r = brands.CreateBrand(brand); !r.ok()) return r.status();
    v1::CreateBriefRequest brief;
    brief.mutable_brief()->set_id("sweets");
    brief.mutable_brief()->set_brand_id("acme");
    brief.mutable_brief()->set_title("Sweets");
    brief.mutable_brief()->set_status(v1::BRIEF_STATUS_OPEN);
    brief.mutable_brief()->set_creators_wanted(2);
    v1::NicheWeight* niche = brief.mutable_brief()->add_niches();
    niche->set_niche("food");
    niche->set_weight(1);
    if (auto r = brands.CreateBrief(brief); !r.ok()) return r.status();
    for (int i = 1; i <= 4; ++i) {
      v1::CreateCreatorRequest creator;
      *creator.mutable_creator() = Baker("baker-" + std::to_string(i), 15000 * i);
      if (auto r = creators.CreateCreator(creator); !r.ok()) return r.status();
    }
    return absl::OkStatus();
  }

  // Runs one tool command in-process; returns the exit code, fills out/err.
  int Run(const std::string& tool, const std::vector<tools::Command>& commands,
          std::vector<std::string> args) {
    args.push_back("--server");
    args.push_back(server_->address());
    args.push_back("--api-key-file");
    args.push_back(server_->admin_key_file());
    out_.str("");
    err_.str("");
    return tools::RunTool(tool, "test", commands, args, out_, err_);
  }

  ClientOptions options_;
  std::ostringstream out_;
  std::ostringstream err_;
  static testing::TempDir* temp_dir_;
  static testing::ServerProcess* server_;
  static absl::Status* start_status_;
};

testing::TempDir* MatchClientTest::temp_dir_ = nullptr;
testing::ServerProcess* MatchClientTest::server_ = nullptr;
absl::Status* MatchClientTest::start_status_ = nullptr;

TEST_F(MatchClientTest, LibraryFindsExplainsPlansAndAllocates) {
  BrandClient brands(options_);
  v1::FindCreatorsRequest find;
  find.set_brief_id("sweets");
  find.set_page_size(3);
  ASSERT_OK_AND_ASSIGN(auto found, brands.FindCreators(find));
  EXPECT_EQ(found.matches_size(), 3);
  EXPECT_EQ(found.total_eligible(), 4);
  EXPECT_FALSE(found.next_page_token().empty());

  v1::ExplainMatchRequest explain;
  explain.set_brief_id("sweets");
  explain.set_creator_id("baker-1");
  ASSERT_OK_AND_ASSIGN(auto explained, brands.ExplainMatch(explain));
  EXPECT_TRUE(explained.eligible());

  v1::FindSimilarCreatorsRequest similar;
  similar.set_creator_id("baker-1");
  ASSERT_OK_AND_ASSIGN(auto lookalikes, brands.FindSimilarCreators(similar));
  EXPECT_EQ(lookalikes.creators_size(), 3);

  v1::PlanCampaignRequest plan;
  plan.set_brief_id("sweets");
  ASSERT_OK_AND_ASSIGN(auto planned, brands.PlanCampaign(plan));
  EXPECT_LE(planned.creators_size(), 2);

  v1::ListSuitableBriefsRequest suitable;
  suitable.set_creator_id("baker-2");
  ASSERT_OK_AND_ASSIGN(auto briefs, CreatorClient(options_).ListSuitableBriefs(suitable));
  ASSERT_EQ(briefs.matches_size(), 1);
  EXPECT_EQ(briefs.matches(0).brief_id(), "sweets");

  ASSERT_OK_AND_ASSIGN(auto allocation,
                       AdminClient(options_).AllocateMarket(v1::AllocateMarketRequest()));
  EXPECT_TRUE(allocation.report().stable());
  EXPECT_EQ(allocation.assignments_size(), 2);

  find.set_brief_id("missing");
  EXPECT_STATUS_CODE(brands.FindCreators(find), absl::StatusCode::kNotFound);
}

TEST_F(MatchClientTest, BrandToolFindPrintsARankedTable) {
  const auto commands = tools::BrandMatchCommands();
  ASSERT_EQ(Run("matchmaker-brand", commands, {"match", "find", "sweets", "--fusion", "product"}),
            tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("RANK"));
  EXPECT_THAT(out_.str(), HasSubstr("MUTUAL"));
  EXPECT_THAT(out_.str(), HasSubstr("CREATOR-SIDE"));
  EXPECT_THAT(out_.str(), HasSubstr("baker-"));

  ASSERT_EQ(Run("matchmaker-brand", commands, {"match", "find", "sweets", "--json"}),
            tools::kExitOk);
  EXPECT_THAT(out_.str(), HasSubstr("\"mutualScore\""));

  EXPECT_EQ(Run("matchmaker-brand", commands, {"match", "find", "sweets", "--fusion", "avg"}),
            tools::kExitUsage);
  EXPECT_EQ(Run("matchmaker-brand", commands, {"match", "find", "nope"}), tools::kExitRpcError);
  EXPECT_THAT(err_.str(), HasSubstr("NOT_FOUND"));
}

TEST_F(MatchClientTest, BrandToolExplainPrintsEachFactorWithItsSentence) {
  const auto commands = tools::BrandMatchCommands();
  ASSERT_EQ(Run("matchmaker-brand", commands, {"match", "explain", "sweets", "baker-3"}),
            tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("eligible"));
  EXPECT_THAT(out_.str(), HasSubstr("brand-side factors:"));
  EXPECT_THAT(out_.str(), HasSubstr("creator-side factors:"));
  EXPECT_THAT(out_.str(), HasSubstr("niche"));
}

TEST_F(MatchClientTest, SimilarPlanSuitableAndAllocateCommands) {
  ASSERT_EQ(Run("matchmaker-brand", tools::BrandMatchCommands(), {"match", "similar", "baker-1"}),
            tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("SIMILARITY"));
  ASSERT_EQ(Run("matchmaker-brand", tools::BrandMatchCommands(), {"match", "plan", "sweets"}),
            tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("limited by"));
  ASSERT_EQ(
      Run("matchmaker-creator", tools::CreatorMatchCommands(), {"brief", "suitable", "baker-4"}),
      tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("sweets"));
  ASSERT_EQ(Run("matchmaker-admin", tools::AdminMatchCommands(), {"allocate"}), tools::kExitOk)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("blocking pairs"));
  EXPECT_EQ(Run("matchmaker-admin", tools::AdminMatchCommands(), {"allocate", "--min-mutual", "7"}),
            tools::kExitUsage);
}

}  // namespace
}  // namespace matchmaker::client
