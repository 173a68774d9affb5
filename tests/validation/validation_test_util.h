#ifndef MATCHMAKER_TESTS_VALIDATION_VALIDATION_TEST_UTIL_H_
#define MATCHMAKER_TESTS_VALIDATION_VALIDATION_TEST_UTIL_H_

// Valid fixtures and BadRequest readers shared by the mm_validation tests. Each fixture
// passes validation; a test breaks one thing and checks the exact violation path.

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation::testing {

inline ValidationContext TestContext() { return ValidationContext{/*embedding_dim=*/4}; }

template <typename Message>
Message ParseText(const std::string& text) {
  Message message;
  if (!google::protobuf::TextFormat::ParseFromString(text, &message)) {
    ADD_FAILURE() << "fixture does not parse as " << Message::descriptor()->full_name();
  }
  return message;
}

inline v1::Creator ValidCreator() {
  return ParseText<v1::Creator>(R"pb(
    id: "cr-jo"
    display_name: "Jo Bakes"
    bio: "Desserts, slowly."
    accounts {
      platform: PLATFORM_INSTAGRAM
      handle: "@jobakes"
      followers: 12000
      avg_likes: 800
      avg_comments: 40.5
      posts_per_week: 3
      last_post_time { seconds: 1700000000 }
      reply_rate: 0.6
      audience {
        top_countries { key: "US" fraction: 0.6 }
        top_countries { key: "CA" fraction: 0.4 }
        age_brackets { bracket: AGE_BRACKET_18_24 fraction: 0.5 }
        female_fraction: 0.7
        male_fraction: 0.3
        languages { key: "en" fraction: 0.9 }
      }
    }
    accounts { platform: PLATFORM_TIKTOK followers: 3000 }
    niches { niche: "food/desserts" weight: 1 }
    niches { niche: "food" weight: 0.4 }
    aesthetic {
      tags: "pastel"
      embedding: [ 0.1, 0.2, 0.3, 0.4 ]
    }
    location { country_code: "US" region: "California" city: "Oakland" }
    languages: [ "en", "es-MX" ]
    credentials { field: "nutrition" title: "Registered Dietitian" }
    past_sponsorships {
      brand_name: "Sweet Co"
      category: "food/snacks"
      date { seconds: 1600000000 }
    }
    brand_mentions { brand_id: "br-flour" }
    rate_card { platform: PLATFORM_INSTAGRAM deliverable: DELIVERABLE_KIND_POST price_cents: 50000 }
    accepted_compensation: [ COMPENSATION_KIND_FLAT_FEE, COMPENSATION_KIND_FREE_PRODUCT ]
    preferences { min_fee_cents: 10000 blocked_categories: "gambling" blocked_brand_ids: "br-x" }
    availability { accepting_offers: true }
    total_followers: -5
    etag: "anything"
  )pb");
}

inline v1::Brand ValidBrand() {
  return ParseText<v1::Brand>(R"pb(
    id: "br-acme"
    display_name: "Acme Snacks"
    category: "food/snacks"
    competitors: [ "br-rival", "Other Snacks Inc" ]
    values: [ "sustainability" ]
    website: "https://acme.example"
    location { country_code: "DE" }
    description: "Crunchy."
  )pb");
}

inline v1::Brief ValidBrief() {
  return ParseText<v1::Brief>(R"pb(
    id: "bf-spring"
    brand_id: "br-acme"
    title: "Spring launch"
    objective: OBJECTIVE_ENGAGEMENT
    niches { niche: "food/desserts" weight: 0.8 }
    platforms: [ PLATFORM_INSTAGRAM ]
    follower_range { min_followers: 1000 max_followers: 100000 }
    tiers: [ TIER_MICRO ]
    min_engagement_rate: 0.02
    posting_frequency { min_posts_per_week: 1 }
    creator_locations { country_code: "US" }
    audience_targeting { countries: "US" min_female_fraction: 0.5 max_female_fraction: 0.9 }
    languages: "en"
    competitor_exclusivity_days: 90
    budget { total_cents: 1000000 per_creator_max_cents: 100000 }
    compensation { kind: COMPENSATION_KIND_AFFILIATE_COMMISSION commission_rate: 0.1 }
    deliverables { platform: PLATFORM_INSTAGRAM kind: DELIVERABLE_KIND_POST count: 2 }
    creators_wanted: 5
    start_time { seconds: 1700000000 }
    end_time { seconds: 1710000000 }
    status: BRIEF_STATUS_OPEN
  )pb");
}

// The field paths of the BadRequest carried by `status`, in order; empty when there is none.
inline std::vector<std::string> ViolationFields(const absl::Status& status) {
  std::vector<std::string> fields;
  if (auto bad_request = BadRequestFromStatus(status)) {
    for (const auto& violation : bad_request->field_violations()) {
      fields.push_back(violation.field());
    }
  }
  return fields;
}

// The description of the first violation at `field`, or "" when there is none.
inline std::string ViolationDescription(const absl::Status& status, const std::string& field) {
  if (auto bad_request = BadRequestFromStatus(status)) {
    for (const auto& violation : bad_request->field_violations()) {
      if (violation.field() == field) return violation.description();
    }
  }
  return "";
}

// The violation fields of a FieldViolations collector.
inline std::vector<std::string> Fields(const FieldViolations& violations) {
  std::vector<std::string> fields;
  for (const auto& violation : violations.all().field_violations()) {
    fields.push_back(violation.field());
  }
  return fields;
}

// A request-validation outcome to compare: `fields` empty means the request must be valid.
struct RequestCase {
  std::string name;
  absl::Status status;
  std::vector<std::string> fields;
};

// Every case must be OK when it expects no fields, else INVALID_ARGUMENT with exactly those
// violation paths, in order.
inline void ExpectCases(const std::vector<RequestCase>& cases) {
  for (const RequestCase& c : cases) {
    if (c.fields.empty()) {
      EXPECT_TRUE(c.status.ok()) << c.name << ": " << c.status;
      continue;
    }
    EXPECT_EQ(c.status.code(), absl::StatusCode::kInvalidArgument) << c.name;
    EXPECT_EQ(ViolationFields(c.status), c.fields) << c.name << ": " << c.status;
  }
}

}  // namespace matchmaker::validation::testing

#endif  // MATCHMAKER_TESTS_VALIDATION_VALIDATION_TEST_UTIL_H_
