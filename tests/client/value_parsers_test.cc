#include "client/tools/value_parsers.h"

#include "client/tools/enum_names.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/offer.pb.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::tools {
namespace {

using ::testing::HasSubstr;

TEST(EnumNamesTest, ShortNamesBothWays) {
  EXPECT_EQ(ShortName(v1::PLATFORM_INSTAGRAM), "instagram");
  EXPECT_EQ(ShortName(v1::DECLINE_REASON_COMPENSATION_TOO_LOW), "compensation-too-low");
  EXPECT_EQ(*ParseEnum<v1::DeclineReason>("not-my-niche"), v1::DECLINE_REASON_NOT_MY_NICHE);
  EXPECT_EQ(*ParseEnum<v1::DeclineReason>("BRAND_MISMATCH"), v1::DECLINE_REASON_BRAND_MISMATCH);
  EXPECT_EQ(*ParseEnum<v1::OfferState>("OFFER_STATE_DECLINED"), v1::OFFER_STATE_DECLINED);
}

TEST(EnumNamesTest, UnknownNameListsChoicesAndUnspecifiedIsRefused) {
  auto bad = ParseEnum<v1::DeclineReason>("too-busy");
  EXPECT_STATUS_CODE(bad, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(bad.status().message()),
              HasSubstr("not-my-niche | compensation-too-low | brand-mismatch | no-capacity | "
                        "competitor-conflict | other"));
  EXPECT_STATUS_CODE(ParseEnum<v1::DeclineReason>("unspecified"),
                     absl::StatusCode::kInvalidArgument);
}

TEST(ValueParsersTest, MoneyIsInCurrencyUnits) {
  EXPECT_EQ(*ParseMoneyCents("fee", "150"), 15000);
  EXPECT_EQ(*ParseMoneyCents("fee", "150.5"), 15050);
  EXPECT_EQ(*ParseMoneyCents("fee", "1,500.25"), 150025);
  EXPECT_STATUS_CODE(ParseMoneyCents("fee", "1.234"), absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(ParseMoneyCents("fee", "-5"), absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(ParseMoneyCents("fee", "ten"), absl::StatusCode::kInvalidArgument);
}

TEST(ValueParsersTest, FractionsTakePercentAndStayInRange) {
  EXPECT_DOUBLE_EQ(*ParseFraction("min-engagement", "0.035"), 0.035);
  EXPECT_DOUBLE_EQ(*ParseFraction("min-engagement", "3.5%"), 0.035);
  auto bad = ParseFraction("min-engagement", "3.5");
  EXPECT_STATUS_CODE(bad, absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr("--min-engagement"));
}

TEST(ValueParsersTest, DatesAndTimestamps) {
  EXPECT_EQ(ParseTimestamp("end", "2026-12-01")->seconds(), 1796083200);
  EXPECT_EQ(ParseTimestamp("end", "2026-12-01T01:00:00Z")->seconds(), 1796083200 + 3600);
  EXPECT_STATUS_CODE(ParseTimestamp("end", "tomorrow"), absl::StatusCode::kInvalidArgument);
}

TEST(ValueParsersTest, CompoundValues) {
  auto niche = ParseNiche("niche", "food/desserts:0.6");
  ASSERT_OK(niche);
  EXPECT_EQ(niche->niche(), "food/desserts");
  EXPECT_DOUBLE_EQ(niche->weight(), 0.6);
  EXPECT_DOUBLE_EQ(ParseNiche("niche", "fitness/yoga")->weight(), 1.0);

  auto deliverable = ParseDeliverable("deliverable", "instagram:post:2");
  ASSERT_OK(deliverable);
  EXPECT_EQ(deliverable->platform(), v1::PLATFORM_INSTAGRAM);
  EXPECT_EQ(deliverable->kind(), v1::DELIVERABLE_KIND_POST);
  EXPECT_EQ(deliverable->count(), 2);

  EXPECT_EQ(ParseCompensation("compensation", "flat-fee:400")->value_cents(), 40000);
  EXPECT_DOUBLE_EQ(ParseCompensation("compensation", "affiliate-commission:10%")->commission_rate(),
                   0.1);
  EXPECT_EQ(ParseCompensation("compensation", "promo-code")->kind(),
            v1::COMPENSATION_KIND_PROMO_CODE);

  auto account = ParseAccount("account", "tiktok:@jo.bakes:12000:800:40");
  ASSERT_OK(account);
  EXPECT_EQ(account->platform(), v1::PLATFORM_TIKTOK);
  EXPECT_EQ(account->handle(), "@jo.bakes");
  EXPECT_EQ(account->followers(), 12000);
  EXPECT_DOUBLE_EQ(account->avg_comments(), 40);

  EXPECT_EQ(ParseRate("rate", "youtube:long-video:1200")->price_cents(), 120000);
  auto location = ParseLocation("location", "US/Texas/Austin");
  EXPECT_EQ(location->region(), "Texas");
  EXPECT_EQ(location->city(), "Austin");
  EXPECT_EQ(ParseLocation("location", "DE/Berlin")->city(), "Berlin");
  EXPECT_EQ(ParseCredential("credential", "nutrition:Registered Dietitian")->title(),
            "Registered Dietitian");
  EXPECT_STATUS_CODE(ParseDeliverable("deliverable", "instagram"),
                     absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(ParseAccount("account", "myspace:@x:10"), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace matchmaker::tools
