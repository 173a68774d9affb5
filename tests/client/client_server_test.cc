// The client library against a real matchmaker_server (started on a free port over a scratch
// database): the brand -> brief -> creator -> offer -> decline -> history story, field
// violations, paging, idempotent retries and bulk import/export.

#include <memory>
#include <set>
#include <string>

#include "client/demo/demo_market.h"
#include "client/lib/admin_client.h"
#include "client/lib/brand_client.h"
#include "client/lib/creator_client.h"
#include "client/lib/error_format.h"
#include "client/lib/status_conversion.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/client/server_process.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::client {
namespace {

using ::testing::HasSubstr;

class ClientServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_dir_ = new testing::TempDir();
    server_ = new testing::ServerProcess(MATCHMAKER_SERVER_PATH, temp_dir_->Sub("db"));
    start_status_ = new absl::Status(server_->Start());
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

  ClientOptions options_;
  static testing::TempDir* temp_dir_;
  static testing::ServerProcess* server_;
  static absl::Status* start_status_;
};

testing::TempDir* ClientServerTest::temp_dir_ = nullptr;
testing::ServerProcess* ClientServerTest::server_ = nullptr;
absl::Status* ClientServerTest::start_status_ = nullptr;

v1::Creator JoTheBaker(const std::string& id) {
  v1::Creator creator;
  creator.set_id(id);
  creator.set_display_name("Jo Baker");
  v1::PlatformAccount* account = creator.add_accounts();
  account->set_platform(v1::PLATFORM_INSTAGRAM);
  account->set_handle("@jo.bakes");
  account->set_followers(12000);
  account->set_avg_likes(800);
  account->set_avg_comments(40);
  account->set_posts_per_week(4);
  v1::NicheWeight* niche = creator.add_niches();
  niche->set_niche("food/desserts");
  niche->set_weight(1);
  creator.mutable_location()->set_country_code("US");
  creator.mutable_location()->set_city("Austin");
  creator.add_languages("en");
  creator.add_accepted_compensation(v1::COMPENSATION_KIND_FLAT_FEE);
  creator.add_accepted_compensation(v1::COMPENSATION_KIND_FREE_PRODUCT);
  creator.mutable_availability()->set_accepting_offers(true);
  return creator;
}

TEST_F(ClientServerTest, BrandBriefCreatorOfferDeclineShowsUpInHistory) {
  BrandClient brands(options_);
  CreatorClient creators(options_);

  v1::CreateBrandRequest create_brand;
  create_brand.mutable_brand()->set_id("acme");
  create_brand.mutable_brand()->set_display_name("Acme Snacks");
  create_brand.mutable_brand()->set_category("food/snacks");
  ASSERT_OK_AND_ASSIGN(auto brand, brands.CreateBrand(create_brand));
  EXPECT_FALSE(brand.brand().etag().empty());

  v1::CreateBriefRequest create_brief;
  v1::Brief* brief = create_brief.mutable_brief();
  brief->set_id("spring-snacks");
  brief->set_brand_id("acme");
  brief->set_title("Spring snack box");
  brief->set_objective(v1::OBJECTIVE_ENGAGEMENT);
  v1::NicheWeight* niche = brief->add_niches();
  niche->set_niche("food");
  niche->set_weight(1);
  brief->add_platforms(v1::PLATFORM_INSTAGRAM);
  brief->mutable_budget()->set_total_cents(500000);
  brief->set_creators_wanted(3);
  brief->set_status(v1::BRIEF_STATUS_OPEN);
  ASSERT_OK(brands.CreateBrief(create_brief));

  v1::CreateCreatorRequest create_creator;
  *create_creator.mutable_creator() = JoTheBaker("jo");
  ASSERT_OK_AND_ASSIGN(auto creator, creators.CreateCreator(create_creator));
  EXPECT_EQ(creator.creator().total_followers(), 12000);
  EXPECT_EQ(creator.creator().tier(), v1::TIER_MICRO);

  v1::SendOfferRequest send;
  send.set_brief_id("spring-snacks");
  send.set_creator_id("jo");
  send.mutable_terms()->set_fee_cents(20000);
  ASSERT_OK_AND_ASSIGN(auto sent, brands.SendOffer(send));
  EXPECT_EQ(sent.offer().state(), v1::OFFER_STATE_PROPOSED);
  const std::string offer_id = sent.offer().id();

  v1::DeclineOfferRequest decline;
  decline.set_offer_id(offer_id);
  decline.set_reason(v1::DECLINE_REASON_COMPENSATION_TOO_LOW);
  decline.set_note("My rate for a post is 600");
  ASSERT_OK_AND_ASSIGN(auto declined, creators.DeclineOffer(decline));
  EXPECT_EQ(declined.offer().state(), v1::OFFER_STATE_DECLINED);
  EXPECT_EQ(declined.offer().decline_reason(), v1::DECLINE_REASON_COMPENSATION_TOO_LOW);

  // Declining again is an illegal transition.
  EXPECT_STATUS_CODE(creators.DeclineOffer(decline), absl::StatusCode::kFailedPrecondition);

  std::vector<v1::HistoryEvent> events;
  v1::ListBriefHistoryRequest history;
  history.set_brief_id("spring-snacks");
  ASSERT_OK(brands.ForEachBriefHistoryEvent(history, [&](const v1::HistoryEvent& event) {
    events.push_back(event);
    return absl::OkStatus();
  }));
  bool saw_sent = false, saw_decline = false;
  for (const v1::HistoryEvent& event : events) {
    saw_sent |= event.type() == v1::EVENT_TYPE_OFFER_SENT && event.offer_id() == offer_id;
    saw_decline |= event.offer_id() == offer_id && event.to_state() == v1::OFFER_STATE_DECLINED &&
                   event.decline_reason() == v1::DECLINE_REASON_COMPENSATION_TOO_LOW;
  }
  EXPECT_TRUE(saw_sent);
  EXPECT_TRUE(saw_decline);

  int creator_events = 0;
  v1::ListCreatorHistoryRequest creator_history;
  creator_history.set_creator_id("jo");
  ASSERT_OK(creators.ForEachCreatorHistoryEvent(creator_history, [&](const v1::HistoryEvent&) {
    ++creator_events;
    return absl::OkStatus();
  }));
  EXPECT_GE(creator_events, 3);  // created, offer sent, declined
}

TEST_F(ClientServerTest, InvalidCreatorFailsWithDecodableFieldViolations) {
  CreatorClient creators(options_);
  v1::CreateCreatorRequest request;
  *request.mutable_creator() = JoTheBaker("bad-creator");
  request.mutable_creator()->mutable_accounts(0)->set_followers(-5);
  request.mutable_creator()->mutable_location()->set_country_code("usa");
  auto response = creators.CreateCreator(request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument) << response.status();
  std::optional<google::rpc::BadRequest> bad_request = BadRequestOf(response.status());
  ASSERT_TRUE(bad_request.has_value()) << response.status();
  EXPECT_GE(bad_request->field_violations_size(), 2);
  EXPECT_THAT(FormatError(response.status()), HasSubstr("  - creator.accounts[0].followers: "));
}

TEST_F(ClientServerTest, MutationRetriedWithTheSameRequestIdIsAppliedOnce) {
  BrandClient brands(options_);
  v1::CreateBrandRequest request;
  request.mutable_brand()->set_id("once");
  request.mutable_brand()->set_display_name("Once Co");
  request.set_request_id("retry-me-1");
  ASSERT_OK_AND_ASSIGN(auto first, brands.CreateBrand(request));
  ASSERT_OK_AND_ASSIGN(auto second, brands.CreateBrand(request));
  EXPECT_EQ(first.brand().etag(), second.brand().etag());
  request.clear_request_id();  // a new request for the same id is a conflict
  EXPECT_STATUS_CODE(brands.CreateBrand(request), absl::StatusCode::kAlreadyExists);
}

TEST_F(ClientServerTest, ImportedDemoMarketComesBackFromExportAndPaging) {
  demo::DemoOptions options;
  options.creators = 60;
  options.brands = 8;
  options.briefs = 15;
  options.seed = 99;
  const demo::DemoMarket market = demo::GenerateDemoMarket(options);
  std::vector<v1::Record> records;
  demo::ForEachRecord(market, [&](const v1::Record& record) { records.push_back(record); });

  AdminClient admin(options_);
  size_t next = 0;
  int64_t progress_calls = 0;
  ASSERT_OK_AND_ASSIGN(auto imported, admin.ImportRecords(
                                          [&](v1::Record* record) {
                                            if (next == records.size()) return false;
                                            *record = records[next++];
                                            return true;
                                          },
                                          [&](int64_t) { ++progress_calls; }));
  EXPECT_EQ(imported.received(), 83);
  EXPECT_EQ(progress_calls, 83);
  for (const auto& rejection : imported.rejections()) {
    ADD_FAILURE() << "rejected " << rejection.id() << ": " << rejection.reason();
  }
  EXPECT_EQ(imported.created() + imported.replaced(), 83);

  std::set<std::string> exported;
  v1::ExportRecordsRequest export_request;
  export_request.add_kinds(v1::RECORD_KIND_CREATOR);
  export_request.add_kinds(v1::RECORD_KIND_BRIEF);
  ASSERT_OK(admin.ExportRecords(export_request, [&](const v1::Record& record) {
    exported.insert(record.has_creator() ? record.creator().id() : record.brief().id());
    return absl::OkStatus();
  }));
  for (const v1::Creator& creator : market.creators) EXPECT_EQ(exported.count(creator.id()), 1u);
  for (const v1::Brief& brief : market.briefs) EXPECT_EQ(exported.count(brief.id()), 1u);

  CreatorClient creators(options_);
  v1::ListCreatorsRequest list;
  list.set_page_size(7);
  std::set<std::string> listed;
  ASSERT_OK(creators.ForEachCreator(list, [&](const v1::Creator& creator) {
    EXPECT_TRUE(listed.insert(creator.id()).second) << "listed twice: " << creator.id();
    return absl::OkStatus();
  }));
  for (const v1::Creator& creator : market.creators) EXPECT_EQ(listed.count(creator.id()), 1u);

  ASSERT_OK_AND_ASSIGN(auto stats, admin.GetStats(v1::GetStatsRequest()));
  EXPECT_GE(stats.creators(), 60);
}

TEST(ClientWithoutServerTest, UnreachableServerFailsUnavailableAfterRetries) {
  ClientOptions options;
  options.target = "127.0.0.1:1";  // nothing listens on port 1
  options.max_attempts = 2;
  options.initial_backoff = absl::Milliseconds(10);
  options.call_timeout = absl::Seconds(2);
  v1::GetBrandRequest request;
  request.set_brand_id("acme");
  EXPECT_STATUS_CODE(BrandClient(options).GetBrand(request), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace matchmaker::client
