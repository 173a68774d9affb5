#include "client/tools/record_flags.h"

#include <algorithm>
#include <functional>

#include "absl/strings/str_cat.h"
#include "client/tools/enum_names.h"
#include "client/tools/json_io.h"
#include "client/tools/value_parsers.h"

namespace matchmaker::tools {
namespace {

// One flag that sets one field (update-mask `path`) of a message of type M.
template <typename M>
struct FieldFlag {
  FlagSpec spec;
  std::string path;
  std::function<absl::Status(const ParsedArgs&, const std::string& flag, M*)> apply;
};

template <typename M>
std::vector<FlagSpec> SpecsOf(const std::vector<FieldFlag<M>>& fields) {
  std::vector<FlagSpec> specs;
  for (const auto& field : fields) specs.push_back(field.spec);
  return specs;
}

template <typename M>
absl::Status ApplyAll(const std::vector<FieldFlag<M>>& fields, const ParsedArgs& args, M* message,
                      std::vector<std::string>* paths) {
  for (const auto& field : fields) {
    if (!args.Has(field.spec.name)) continue;
    if (absl::Status status = field.apply(args, field.spec.name, message); !status.ok()) {
      return status;
    }
    if (paths != nullptr && std::find(paths->begin(), paths->end(), field.path) == paths->end()) {
      paths->push_back(field.path);
    }
  }
  return absl::OkStatus();
}

// Builders of apply functions for the usual field shapes.
template <typename M>
auto SetString(void (M::*setter)(const std::string&)) {
  return [setter](const ParsedArgs& args, const std::string& flag, M* m) {
    (m->*setter)(args.Get(flag));
    return absl::OkStatus();
  };
}
template <typename M>
auto SetBool(void (M::*setter)(bool)) {
  return [setter](const ParsedArgs& args, const std::string& flag, M* m) {
    (m->*setter)(args.GetBool(flag));
    return absl::OkStatus();
  };
}
template <typename M, typename T>
auto SetInt(void (M::*setter)(T)) {
  return [setter](const ParsedArgs& args, const std::string& flag, M* m) -> absl::Status {
    absl::StatusOr<int64_t> value = ParseInt(flag, args.Get(flag));
    if (!value.ok()) return value.status();
    (m->*setter)(static_cast<T>(*value));
    return absl::OkStatus();
  };
}
template <typename M>
auto SetMoney(void (M::*setter)(int64_t)) {
  return [setter](const ParsedArgs& args, const std::string& flag, M* m) -> absl::Status {
    absl::StatusOr<int64_t> value = ParseMoneyCents(flag, args.Get(flag));
    if (!value.ok()) return value.status();
    (m->*setter)(*value);
    return absl::OkStatus();
  };
}
template <typename M>
auto SetTime(google::protobuf::Timestamp* (M::*mutable_field)()) {
  return [mutable_field](const ParsedArgs& args, const std::string& flag, M* m) -> absl::Status {
    absl::StatusOr<google::protobuf::Timestamp> value = ParseTimestamp(flag, args.Get(flag));
    if (!value.ok()) return value.status();
    *(m->*mutable_field)() = *value;
    return absl::OkStatus();
  };
}
template <typename M>
auto SetStrings(google::protobuf::RepeatedPtrField<std::string>* (M::*mutable_field)()) {
  return [mutable_field](const ParsedArgs& args, const std::string& flag, M* m) {
    auto* field = (m->*mutable_field)();
    field->Clear();
    for (const std::string& value : args.GetAll(flag)) field->Add()->assign(value);
    return absl::OkStatus();
  };
}
// A repeated message field, each value parsed by `parse(flag, text)`.
template <typename M, typename Item, typename Parse>
auto SetMessages(google::protobuf::RepeatedPtrField<Item>* (M::*mutable_field)(), Parse parse) {
  return [mutable_field, parse](const ParsedArgs& args, const std::string& flag,
                                M* m) -> absl::Status {
    auto* field = (m->*mutable_field)();
    field->Clear();
    for (const std::string& value : args.GetAll(flag)) {
      absl::StatusOr<Item> item = parse(flag, value);
      if (!item.ok()) return item.status();
      *field->Add() = *std::move(item);
    }
    return absl::OkStatus();
  };
}
// A repeated enum field.
template <typename E, typename M>
auto SetEnums(google::protobuf::RepeatedField<int>* (M::*mutable_field)()) {
  return [mutable_field](const ParsedArgs& args, const std::string& flag, M* m) -> absl::Status {
    auto* field = (m->*mutable_field)();
    field->Clear();
    for (const std::string& value : args.GetAll(flag)) {
      absl::StatusOr<E> parsed = ParseEnum<E>(value);
      if (!parsed.ok())
        return absl::InvalidArgumentError(
            absl::StrCat("--", flag, ": ", parsed.status().message()));
      field->Add(*parsed);
    }
    return absl::OkStatus();
  };
}
template <typename E, typename M>
auto SetEnum(void (M::*setter)(E)) {
  return [setter](const ParsedArgs& args, const std::string& flag, M* m) -> absl::Status {
    absl::StatusOr<E> parsed = ParseEnum<E>(args.Get(flag));
    if (!parsed.ok())
      return absl::InvalidArgumentError(absl::StrCat("--", flag, ": ", parsed.status().message()));
    (m->*setter)(*parsed);
    return absl::OkStatus();
  };
}

// Sets one part of the location; the mask path is the whole location.
template <typename M>
auto SetLocationPart(v1::Location* (M::*mutable_location)(),
                     void (v1::Location::*setter)(const std::string&)) {
  return [mutable_location, setter](const ParsedArgs& args, const std::string& flag, M* m) {
    ((m->*mutable_location)()->*setter)(args.Get(flag));
    return absl::OkStatus();
  };
}

const std::vector<FieldFlag<v1::Brand>>& BrandFields() {
  using B = v1::Brand;
  static const auto* kFields = new std::vector<FieldFlag<B>>{
      {{"id", "ID", "brand id ([a-z0-9_-], up to 64); generated when empty"},
       "id",
       SetString<B>(&B::set_id)},
      {{"name", "NAME", "display name"}, "display_name", SetString<B>(&B::set_display_name)},
      {{"category", "PATH", "hierarchical category, e.g. food/snacks"},
       "category",
       SetString<B>(&B::set_category)},
      {{"competitor", "BRAND", "competitor brand id or name", true},
       "competitors",
       SetStrings(&B::mutable_competitors)},
      {{"value", "VALUE", "a value the brand stands for, e.g. sustainability", true},
       "values",
       SetStrings(&B::mutable_values)},
      {{"website", "URL", "website"}, "website", SetString<B>(&B::set_website)},
      {{"country", "CC", "country code, e.g. US"},
       "location",
       SetLocationPart(&B::mutable_location, &v1::Location::set_country_code)},
      {{"region", "REGION", "region or state"},
       "location",
       SetLocationPart(&B::mutable_location, &v1::Location::set_region)},
      {{"city", "CITY", "city"},
       "location",
       SetLocationPart(&B::mutable_location, &v1::Location::set_city)},
      {{"description", "TEXT", "description"}, "description", SetString<B>(&B::set_description)},
  };
  return *kFields;
}

const std::vector<FieldFlag<v1::Brief>>& BriefFields() {
  using F = v1::Brief;
  static const auto* kFields = new std::vector<FieldFlag<F>>{
      {{"id", "ID", "brief id; generated when empty"}, "id", SetString<F>(&F::set_id)},
      {{"brand-id", "BRAND", "owning brand (required on create)"},
       "brand_id",
       SetString<F>(&F::set_brand_id)},
      {{"title", "TEXT", "title"}, "title", SetString<F>(&F::set_title)},
      {{"description", "TEXT", "description"}, "description", SetString<F>(&F::set_description)},
      {{"objective", "OBJECTIVE", "reach | engagement | conversion"},
       "objective",
       SetEnum<v1::Objective>(&F::set_objective)},
      {{"niche", "PATH[:WEIGHT]", "niche, e.g. food/desserts:0.8", true},
       "niches",
       SetMessages(&F::mutable_niches, ParseNiche)},
      {{"tag", "TAG", "aesthetic tag, e.g. pastel", true},
       "aesthetic",
       [](const ParsedArgs& args, const std::string& flag, F* brief) {
         brief->mutable_aesthetic()->clear_tags();
         for (const std::string& tag : args.GetAll(flag)) brief->mutable_aesthetic()->add_tags(tag);
         return absl::OkStatus();
       }},
      {{"platform", "PLATFORM", "platform the content must be on: " + Choices<v1::Platform>(),
        true},
       "platforms",
       SetEnums<v1::Platform>(&F::mutable_platforms)},
      {{"min-followers", "N", "follower range minimum"},
       "follower_range",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<int64_t> n = ParseInt(flag, args.Get(flag));
         if (!n.ok()) return n.status();
         brief->mutable_follower_range()->set_min_followers(*n);
         return absl::OkStatus();
       }},
      {{"max-followers", "N", "follower range maximum (0 = unbounded)"},
       "follower_range",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<int64_t> n = ParseInt(flag, args.Get(flag));
         if (!n.ok()) return n.status();
         brief->mutable_follower_range()->set_max_followers(*n);
         return absl::OkStatus();
       }},
      {{"tier", "TIER", "acceptable tier: nano | micro | macro | mega", true},
       "tiers",
       SetEnums<v1::Tier>(&F::mutable_tiers)},
      {{"min-engagement", "RATE", "minimum engagement rate, e.g. 0.02 or 2%"},
       "min_engagement_rate",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<double> rate = ParseFraction(flag, args.Get(flag));
         if (!rate.ok()) return rate.status();
         brief->set_min_engagement_rate(*rate);
         return absl::OkStatus();
       }},
      {{"min-posts-per-week", "X", "posting frequency minimum"},
       "posting_frequency",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<double> x = ParseDouble(flag, args.Get(flag));
         if (!x.ok()) return x.status();
         brief->mutable_posting_frequency()->set_min_posts_per_week(*x);
         return absl::OkStatus();
       }},
      {{"max-posts-per-week", "X", "posting frequency maximum"},
       "posting_frequency",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<double> x = ParseDouble(flag, args.Get(flag));
         if (!x.ok()) return x.status();
         brief->mutable_posting_frequency()->set_max_posts_per_week(*x);
         return absl::OkStatus();
       }},
      {{"location", "CC[/CITY]", "where creators should be, e.g. US/Austin", true},
       "creator_locations",
       SetMessages(&F::mutable_creator_locations, ParseLocation)},
      {{"audience-country", "CC", "audience country to reach", true},
       "audience_targeting",
       [](const ParsedArgs& args, const std::string& flag, F* brief) {
         auto* countries = brief->mutable_audience_targeting()->mutable_countries();
         countries->Clear();
         for (const std::string& cc : args.GetAll(flag)) countries->Add()->assign(cc);
         return absl::OkStatus();
       }},
      {{"language", "LANG", "content language, e.g. en", true},
       "languages",
       SetStrings(&F::mutable_languages)},
      {{"exclusivity-days", "DAYS", "competitor-exclusivity window"},
       "competitor_exclusivity_days",
       SetInt(&F::set_competitor_exclusivity_days)},
      {{"exclude-competitors", "", "exclude (not just penalise) competitor conflicts"},
       "exclude_competitor_conflicts",
       SetBool(&F::set_exclude_competitor_conflicts)},
      {{"budget", "AMOUNT", "total budget in currency units, e.g. 5000"},
       "budget",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<int64_t> cents = ParseMoneyCents(flag, args.Get(flag));
         if (!cents.ok()) return cents.status();
         brief->mutable_budget()->set_total_cents(*cents);
         return absl::OkStatus();
       }},
      {{"per-creator-max", "AMOUNT", "most paid to one creator, currency units"},
       "budget",
       [](const ParsedArgs& args, const std::string& flag, F* brief) -> absl::Status {
         absl::StatusOr<int64_t> cents = ParseMoneyCents(flag, args.Get(flag));
         if (!cents.ok()) return cents.status();
         brief->mutable_budget()->set_per_creator_max_cents(*cents);
         return absl::OkStatus();
       }},
      {{"compensation", "KIND[:VALUE]",
        "offered compensation, e.g. flat-fee:500, free-product:40, promo-code", true},
       "compensation",
       SetMessages(&F::mutable_compensation, ParseCompensation)},
      {{"deliverable", "PLATFORM:KIND[:N]", "content wanted, e.g. instagram:post:2", true},
       "deliverables",
       SetMessages(&F::mutable_deliverables, ParseDeliverable)},
      {{"creators-wanted", "N", "how many creators to sign"},
       "creators_wanted",
       SetInt(&F::set_creators_wanted)},
      {{"max-total-reach", "N", "cap on summed followers (limited stock)"},
       "max_total_reach",
       SetInt(&F::set_max_total_reach)},
      {{"long-term", "", "wants a long-term partnership"}, "long_term", SetBool(&F::set_long_term)},
      {{"credential", "FIELD", "required expertise, e.g. nutrition", true},
       "required_credentials",
       SetStrings(&F::mutable_required_credentials)},
      {{"accepts-ugc", "", "UGC creators welcome"}, "accepts_ugc", SetBool(&F::set_accepts_ugc)},
      {{"start", "DATE", "start, e.g. 2026-12-01"}, "start_time", SetTime(&F::mutable_start_time)},
      {{"end", "DATE", "end, e.g. 2027-01-31"}, "end_time", SetTime(&F::mutable_end_time)},
      {{"status", "STATUS", "draft | open | paused | closed"},
       "status",
       SetEnum<v1::BriefStatus>(&F::set_status)},
  };
  return *kFields;
}

const std::vector<FieldFlag<v1::Creator>>& CreatorFields() {
  using C = v1::Creator;
  static const auto* kFields = new std::vector<FieldFlag<C>>{
      {{"id", "ID", "creator id; generated when empty"}, "id", SetString<C>(&C::set_id)},
      {{"name", "NAME", "display name"}, "display_name", SetString<C>(&C::set_display_name)},
      {{"bio", "TEXT", "bio"}, "bio", SetString<C>(&C::set_bio)},
      {{"account", "PLATFORM:HANDLE:FOLLOWERS[:LIKES[:COMMENTS]]",
        "an account, e.g. instagram:@jo.bakes:12000:800:40", true},
       "accounts",
       SetMessages(&C::mutable_accounts, ParseAccount)},
      {{"niche", "PATH[:WEIGHT]", "niche, e.g. food/desserts:0.8", true},
       "niches",
       SetMessages(&C::mutable_niches, ParseNiche)},
      {{"tag", "TAG", "aesthetic tag, e.g. pastel", true},
       "aesthetic",
       [](const ParsedArgs& args, const std::string& flag, C* creator) {
         creator->mutable_aesthetic()->clear_tags();
         for (const std::string& tag : args.GetAll(flag)) {
           creator->mutable_aesthetic()->add_tags(tag);
         }
         return absl::OkStatus();
       }},
      {{"country", "CC", "country code, e.g. US"},
       "location",
       SetLocationPart(&C::mutable_location, &v1::Location::set_country_code)},
      {{"region", "REGION", "region or state"},
       "location",
       SetLocationPart(&C::mutable_location, &v1::Location::set_region)},
      {{"city", "CITY", "city"},
       "location",
       SetLocationPart(&C::mutable_location, &v1::Location::set_city)},
      {{"language", "LANG", "language of content, e.g. en", true},
       "languages",
       SetStrings(&C::mutable_languages)},
      {{"credential", "FIELD:TITLE", "e.g. nutrition:Registered Dietitian", true},
       "credentials",
       SetMessages(&C::mutable_credentials, ParseCredential)},
      {{"ugc", "", "makes UGC for brands' own channels"},
       "ugc_creator",
       SetBool(&C::set_ugc_creator)},
      {{"direct-monetization", "", "lives on Patreon / Twitch subscriptions"},
       "direct_monetization",
       SetBool(&C::set_direct_monetization)},
      {{"rate", "PLATFORM:DELIVERABLE:PRICE", "rate card entry, e.g. instagram:post:250", true},
       "rate_card",
       SetMessages(&C::mutable_rate_card, ParseRate)},
      {{"accepts", "KIND", "accepted compensation: " + Choices<v1::CompensationKind>(), true},
       "accepted_compensation",
       SetEnums<v1::CompensationKind>(&C::mutable_accepted_compensation)},
      {{"min-fee", "AMOUNT", "minimum fee, currency units"},
       "preferences",
       [](const ParsedArgs& args, const std::string& flag, C* creator) -> absl::Status {
         absl::StatusOr<int64_t> cents = ParseMoneyCents(flag, args.Get(flag));
         if (!cents.ok()) return cents.status();
         creator->mutable_preferences()->set_min_fee_cents(*cents);
         return absl::OkStatus();
       }},
      {{"block-category", "CATEGORY", "never work with this category", true},
       "preferences",
       [](const ParsedArgs& args, const std::string& flag, C* creator) {
         auto* blocked = creator->mutable_preferences()->mutable_blocked_categories();
         blocked->Clear();
         for (const std::string& c : args.GetAll(flag)) blocked->Add()->assign(c);
         return absl::OkStatus();
       }},
      {{"block-brand", "BRAND", "never work with this brand id", true},
       "preferences",
       [](const ParsedArgs& args, const std::string& flag, C* creator) {
         auto* blocked = creator->mutable_preferences()->mutable_blocked_brand_ids();
         blocked->Clear();
         for (const std::string& b : args.GetAll(flag)) blocked->Add()->assign(b);
         return absl::OkStatus();
       }},
      {{"max-concurrent", "N", "accepted offers at once (0 = no limit)"},
       "preferences",
       [](const ParsedArgs& args, const std::string& flag, C* creator) -> absl::Status {
         absl::StatusOr<int64_t> n = ParseInt(flag, args.Get(flag));
         if (!n.ok()) return n.status();
         creator->mutable_preferences()->set_max_concurrent_partnerships(static_cast<int32_t>(*n));
         return absl::OkStatus();
       }},
      {{"prefers-long-term", "", "prefers long-term partnerships"},
       "preferences",
       [](const ParsedArgs& args, const std::string& flag, C* creator) {
         creator->mutable_preferences()->set_prefers_long_term(args.GetBool(flag));
         return absl::OkStatus();
       }},
      {{"accepting-offers", "", "open to offers (--accepting-offers=false to pause)"},
       "availability",
       [](const ParsedArgs& args, const std::string& flag, C* creator) {
         creator->mutable_availability()->set_accepting_offers(args.GetBool(flag));
         return absl::OkStatus();
       }},
  };
  return *kFields;
}

const std::vector<FieldFlag<v1::OfferTerms>>& TermsFields() {
  using T = v1::OfferTerms;
  static const auto* kFields = new std::vector<FieldFlag<T>>{
      {{"fee", "AMOUNT", "cash fee in currency units, e.g. 450"},
       "fee_cents",
       SetMoney(&T::set_fee_cents)},
      {{"compensation", "KIND[:VALUE]", "other compensation, e.g. free-product:40", true},
       "compensation",
       SetMessages(&T::mutable_compensation, ParseCompensation)},
      {{"deliverable", "PLATFORM:KIND[:N]", "content to deliver, e.g. instagram:post:2", true},
       "deliverables",
       SetMessages(&T::mutable_deliverables, ParseDeliverable)},
      {{"due", "DATE", "when the content is due"}, "due_time", SetTime(&T::mutable_due_time)},
      {{"long-term", "", "a long-term partnership"}, "long_term", SetBool(&T::set_long_term)},
      {{"message", "TEXT", "message to the other side"}, "message", SetString<T>(&T::set_message)},
  };
  return *kFields;
}

const std::vector<FieldFlag<v1::OfferOutcome>>& OutcomeFields() {
  using O = v1::OfferOutcome;
  static const auto* kFields = new std::vector<FieldFlag<O>>{
      {{"reach", "N", "people reached"}, "reach", SetInt(&O::set_reach)},
      {{"engagements", "N", "likes, comments, shares"}, "engagements", SetInt(&O::set_engagements)},
      {{"clicks", "N", "clicks"}, "clicks", SetInt(&O::set_clicks)},
      {{"conversions", "N", "conversions"}, "conversions", SetInt(&O::set_conversions)},
      {{"outcome-note", "TEXT", "note on the outcome"}, "note", SetString<O>(&O::set_note)},
  };
  return *kFields;
}

}  // namespace

std::vector<FlagSpec> BrandFieldFlags() { return SpecsOf(BrandFields()); }
absl::Status ApplyBrandFlags(const ParsedArgs& args, v1::Brand* brand,
                             std::vector<std::string>* paths) {
  return ApplyAll(BrandFields(), args, brand, paths);
}

std::vector<FlagSpec> BriefFieldFlags() { return SpecsOf(BriefFields()); }
absl::Status ApplyBriefFlags(const ParsedArgs& args, v1::Brief* brief,
                             std::vector<std::string>* paths) {
  return ApplyAll(BriefFields(), args, brief, paths);
}

std::vector<FlagSpec> CreatorFieldFlags() { return SpecsOf(CreatorFields()); }
absl::Status ApplyCreatorFlags(const ParsedArgs& args, v1::Creator* creator,
                               std::vector<std::string>* paths) {
  return ApplyAll(CreatorFields(), args, creator, paths);
}

std::vector<FlagSpec> TermsFlags() {
  std::vector<FlagSpec> specs = SpecsOf(TermsFields());
  specs.push_back(
      {"terms-file", "FILE", "OfferTerms as protobuf JSON ('-' = stdin); flags override"});
  return specs;
}
absl::Status ApplyTermsFlags(const ParsedArgs& args, v1::OfferTerms* terms) {
  if (args.Has("terms-file")) {
    if (absl::Status status = ReadJsonFile(args.Get("terms-file"), terms); !status.ok()) {
      return status;
    }
  }
  return ApplyAll(TermsFields(), args, terms, nullptr);
}

std::vector<FlagSpec> OutcomeFlags() { return SpecsOf(OutcomeFields()); }
absl::Status ApplyOutcomeFlags(const ParsedArgs& args, v1::OfferOutcome* outcome) {
  return ApplyAll(OutcomeFields(), args, outcome, nullptr);
}

}  // namespace matchmaker::tools
