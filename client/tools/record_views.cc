#include "client/tools/record_views.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/tools/display_format.h"
#include "client/tools/enum_names.h"
#include "client/tools/table.h"

namespace matchmaker::tools {
namespace {

std::string LocationText(const v1::Location& location) {
  std::vector<std::string> parts;
  for (const std::string& part : {location.city(), location.region(), location.country_code()}) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts.empty() ? "-" : absl::StrJoin(parts, ", ");
}

std::string NichesText(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches) {
  return absl::StrJoin(niches, ", ", [](std::string* out, const v1::NicheWeight& niche) {
    absl::StrAppend(out, niche.niche());
  });
}

template <typename E, typename Container>
std::string EnumList(const Container& values) {
  return absl::StrJoin(values, ", ", [](std::string* out, int value) {
    absl::StrAppend(out, ShortName(static_cast<E>(value)));
  });
}

std::string OrDash(const std::string& text) { return text.empty() ? "-" : text; }

std::string AudienceSize(const v1::Brief& brief) {
  if (brief.tiers_size() > 0) return EnumList<v1::Tier>(brief.tiers());
  const auto& range = brief.follower_range();
  if (range.min_followers() == 0 && range.max_followers() == 0) return "any";
  return absl::StrCat(FormatCount(range.min_followers()), "-",
                      range.max_followers() == 0 ? "" : FormatCount(range.max_followers()));
}

std::string OfferReason(const v1::Offer& offer) {
  std::string reason = offer.decline_reason() == v1::DECLINE_REASON_UNSPECIFIED
                           ? ""
                           : ShortName(offer.decline_reason());
  if (!offer.note().empty()) {
    reason = reason.empty() ? offer.note() : absl::StrCat(reason, ": ", offer.note());
  }
  return OrDash(reason);
}

std::string EventSubject(const v1::HistoryEvent& event) {
  if (!event.offer_id().empty()) return absl::StrCat("offer ", event.offer_id());
  if (!event.brief_id().empty()) return absl::StrCat("brief ", event.brief_id());
  if (!event.brand_id().empty()) return absl::StrCat("brand ", event.brand_id());
  if (!event.creator_id().empty()) return absl::StrCat("creator ", event.creator_id());
  return "-";
}

std::string EventDetail(const v1::HistoryEvent& event) {
  std::vector<std::string> parts;
  if (event.from_state() != v1::OFFER_STATE_UNSPECIFIED ||
      event.to_state() != v1::OFFER_STATE_UNSPECIFIED) {
    parts.push_back(absl::StrCat(
        event.from_state() == v1::OFFER_STATE_UNSPECIFIED ? "new" : ShortName(event.from_state()),
        " -> ", ShortName(event.to_state())));
  }
  if (!event.creator_id().empty() && !event.offer_id().empty()) {
    parts.push_back(absl::StrCat("creator ", event.creator_id()));
  }
  if (event.decline_reason() != v1::DECLINE_REASON_UNSPECIFIED) {
    parts.push_back(absl::StrCat("reason ", ShortName(event.decline_reason())));
  }
  if (!event.note().empty()) parts.push_back(absl::StrCat("\"", event.note(), "\""));
  if (event.changed_fields_size() > 0) {
    parts.push_back(absl::StrCat("changed ", absl::StrJoin(event.changed_fields(), ",")));
  }
  return OrDash(absl::StrJoin(parts, "; "));
}

}  // namespace

std::string BrandsTable(const std::vector<v1::Brand>& brands) {
  Table table({"ID", "NAME", "CATEGORY", "COUNTRY", "COMPETITORS", "UPDATED"});
  for (const v1::Brand& brand : brands) {
    table.AddRow({brand.id(), brand.display_name(), OrDash(brand.category()),
                  OrDash(brand.location().country_code()),
                  OrDash(absl::StrJoin(brand.competitors(), ",")),
                  FormatTime(brand.update_time())});
  }
  return table.Render();
}

std::string BriefsTable(const std::vector<v1::Brief>& briefs) {
  Table table(
      {"ID", "BRAND", "STATUS", "OBJECTIVE", "AUDIENCE", "BUDGET", "WANTED", "ENDS", "TITLE"});
  for (const v1::Brief& brief : briefs) {
    table.AddRow({brief.id(), brief.brand_id(), ShortName(brief.status()),
                  ShortName(brief.objective()), AudienceSize(brief),
                  FormatCents(brief.budget().total_cents()), absl::StrCat(brief.creators_wanted()),
                  FormatTime(brief.end_time()), brief.title()});
  }
  return table.Render();
}

std::string CreatorsTable(const std::vector<v1::Creator>& creators) {
  Table table({"ID", "NAME", "TIER", "FOLLOWERS", "PLATFORMS", "COUNTRY", "NICHES"});
  for (const v1::Creator& creator : creators) {
    std::vector<std::string> platforms;
    for (const auto& account : creator.accounts())
      platforms.push_back(ShortName(account.platform()));
    table.AddRow({creator.id(), creator.display_name(), ShortName(creator.tier()),
                  FormatCount(creator.total_followers()), absl::StrJoin(platforms, ","),
                  OrDash(creator.location().country_code()), NichesText(creator.niches())});
  }
  return table.Render();
}

std::string OffersTable(const std::vector<v1::Offer>& offers) {
  Table table({"ID", "STATE", "CREATOR", "BRIEF", "FEE", "REASON", "UPDATED"});
  for (const v1::Offer& offer : offers) {
    table.AddRow({offer.id(), ShortName(offer.state()), offer.creator_id(), offer.brief_id(),
                  FormatCents(offer.terms().fee_cents()), OfferReason(offer),
                  FormatTime(offer.update_time())});
  }
  return table.Render();
}

std::string HistoryTable(const std::vector<v1::HistoryEvent>& events) {
  Table table({"SEQ", "TIME", "EVENT", "ACTOR", "SUBJECT", "DETAIL"});
  for (const v1::HistoryEvent& event : events) {
    table.AddRow({event.id(), FormatTime(event.event_time()), ShortName(event.type()),
                  OrDash(event.actor()), EventSubject(event), EventDetail(event)});
  }
  return table.Render(100);
}

std::string BrandDetails(const v1::Brand& brand) {
  KeyValueList list;
  list.Add("id", brand.id());
  list.Add("name", brand.display_name());
  list.Add("category", OrDash(brand.category()));
  list.Add("competitors", OrDash(absl::StrJoin(brand.competitors(), ", ")));
  list.Add("values", OrDash(absl::StrJoin(brand.values(), ", ")));
  list.Add("website", OrDash(brand.website()));
  list.Add("location", LocationText(brand.location()));
  list.Add("description", OrDash(brand.description()));
  list.Add("updated", FormatTime(brand.update_time()));
  list.Add("etag", OrDash(brand.etag()));
  return list.Render();
}

std::string BriefDetails(const v1::Brief& brief) {
  KeyValueList list;
  list.Add("id", brief.id());
  list.Add("brand", brief.brand_id());
  list.Add("title", brief.title());
  list.Add("status", ShortName(brief.status()));
  list.Add("objective", ShortName(brief.objective()));
  list.Add("niches", OrDash(NichesText(brief.niches())));
  list.Add("platforms", OrDash(EnumList<v1::Platform>(brief.platforms())));
  list.Add("audience size", AudienceSize(brief));
  list.Add("min engagement", FormatPercent(brief.min_engagement_rate()));
  list.Add("budget", absl::StrCat(FormatCents(brief.budget().total_cents()), " (per creator ",
                                  brief.budget().per_creator_max_cents() == 0
                                      ? "any"
                                      : FormatCents(brief.budget().per_creator_max_cents()),
                                  ")"));
  list.Add("creators wanted", absl::StrCat(brief.creators_wanted()));
  list.Add("max total reach",
           brief.max_total_reach() == 0 ? "no cap" : FormatCount(brief.max_total_reach()));
  list.Add(
      "exclusivity",
      brief.competitor_exclusivity_days() == 0
          ? "none"
          : absl::StrCat(brief.competitor_exclusivity_days(), " days",
                         brief.exclude_competitor_conflicts() ? " (excludes)" : " (penalises)"));
  list.Add("runs",
           absl::StrCat(FormatTime(brief.start_time()), " .. ", FormatTime(brief.end_time())));
  list.Add("updated", FormatTime(brief.update_time()));
  list.Add("etag", OrDash(brief.etag()));
  return list.Render();
}

std::string CreatorDetails(const v1::Creator& creator) {
  KeyValueList list;
  list.Add("id", creator.id());
  list.Add("name", creator.display_name());
  list.Add("tier", ShortName(creator.tier()));
  list.Add("followers", FormatCount(creator.total_followers()));
  for (const auto& account : creator.accounts()) {
    list.Add(absl::StrCat("  ", ShortName(account.platform())),
             absl::StrCat(account.handle(), "  ", FormatCount(account.followers()),
                          " followers, engagement ", FormatPercent(account.engagement_rate())));
  }
  list.Add("niches", OrDash(NichesText(creator.niches())));
  list.Add("aesthetic", OrDash(absl::StrJoin(creator.aesthetic().tags(), ", ")));
  list.Add("location", LocationText(creator.location()));
  list.Add("languages", OrDash(absl::StrJoin(creator.languages(), ", ")));
  list.Add("accepts", OrDash(EnumList<v1::CompensationKind>(creator.accepted_compensation())));
  list.Add("min fee", FormatCents(creator.preferences().min_fee_cents()));
  list.Add("updated", FormatTime(creator.update_time()));
  list.Add("etag", OrDash(creator.etag()));
  return list.Render();
}

std::string OfferDetails(const v1::Offer& offer) {
  KeyValueList list;
  list.Add("id", offer.id());
  list.Add("state", ShortName(offer.state()));
  list.Add("origin", ShortName(offer.origin()));
  list.Add("brief", offer.brief_id());
  list.Add("brand", offer.brand_id());
  list.Add("creator", offer.creator_id());
  list.Add("fee", FormatCents(offer.terms().fee_cents()));
  if (offer.state() == v1::OFFER_STATE_COUNTERED) {
    list.Add("counter fee", FormatCents(offer.counter_terms().fee_cents()));
  }
  if (!offer.terms().message().empty()) list.Add("message", offer.terms().message());
  list.Add("reason", OfferReason(offer));
  list.Add("expires", FormatTime(offer.expire_time()));
  list.Add("updated", FormatTime(offer.update_time()));
  list.Add("etag", OrDash(offer.etag()));
  return list.Render();
}

std::string RecordDetails(const v1::Record& record) {
  switch (record.record_case()) {
    case v1::Record::kCreator:
      return CreatorDetails(record.creator());
    case v1::Record::kBrand:
      return BrandDetails(record.brand());
    case v1::Record::kBrief:
      return BriefDetails(record.brief());
    case v1::Record::kOffer:
      return OfferDetails(record.offer());
    default:
      return "(empty record)\n";
  }
}

std::string StatsDetails(const v1::GetStatsResponse& stats) {
  KeyValueList list;
  list.Add("creators", absl::StrCat(stats.creators()));
  list.Add("brands", absl::StrCat(stats.brands()));
  list.Add("briefs", absl::StrCat(stats.briefs(), " (", stats.open_briefs(), " open)"));
  list.Add("offers", absl::StrCat(stats.offers()));
  list.Add("history events", absl::StrCat(stats.history_events()));
  list.Add("acceptance rate", FormatPercent(stats.acceptance_rate()));
  list.Add("embedding dim", absl::StrCat(stats.embedding_dim()));
  list.Add("tier thresholds", absl::StrJoin(stats.tier_thresholds(), ", "));
  std::string text = list.Render();
  Table states({"STATE", "OFFERS"});
  for (const auto& count : stats.offers_by_state()) {
    states.AddRow({ShortName(count.state()), absl::StrCat(count.count())});
  }
  Table tiers({"TIER", "CREATORS", "DECIDED", "ACCEPTED", "ACCEPTANCE"});
  for (const auto& tier : stats.tiers()) {
    tiers.AddRow({ShortName(tier.tier()), absl::StrCat(tier.creators()),
                  absl::StrCat(tier.offers_decided()), absl::StrCat(tier.offers_accepted()),
                  FormatPercent(tier.acceptance_rate())});
  }
  return absl::StrCat(text, "\n", states.Render(), "\n", tiers.Render());
}

}  // namespace matchmaker::tools
