#include "server/index/matching_index.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "server/index/proto_conversion.h"

namespace matchmaker::index {

MatchingIndex::MatchingIndex(matcher::MatcherConfig config) : state_(std::move(config)) {}

absl::Status MatchingIndex::UpsertCreator(const v1::Creator& creator) {
  // Convert outside the lock: only the packing needs exclusivity.
  const matcher::CreatorProfile profile = CreatorProfileFromProto(creator);
  absl::MutexLock lock(&mu_);
  return state_.UpsertCreator(profile);
}

void MatchingIndex::RemoveCreator(absl::string_view creator_id) {
  absl::MutexLock lock(&mu_);
  state_.RemoveCreator(creator_id);
}

absl::Status MatchingIndex::UpsertBrand(const v1::Brand& brand) {
  const matcher::BrandProfile profile = BrandProfileFromProto(brand);
  absl::MutexLock lock(&mu_);
  return state_.UpsertBrand(profile);
}

void MatchingIndex::RemoveBrand(absl::string_view brand_id) {
  absl::MutexLock lock(&mu_);
  state_.RemoveBrand(brand_id);
}

absl::Status MatchingIndex::UpsertBrief(const v1::Brief& brief) {
  const matcher::BriefProfile profile = BriefProfileFromProto(brief);
  absl::MutexLock lock(&mu_);
  return state_.UpsertBrief(profile);
}

void MatchingIndex::RemoveBrief(absl::string_view brief_id) {
  absl::MutexLock lock(&mu_);
  state_.RemoveBrief(brief_id);
}

void MatchingIndex::ApplyOffer(const v1::Offer& offer, v1::OfferState from) {
  const matcher::OfferEvent event = OfferEventFromProto(offer, from);
  absl::MutexLock lock(&mu_);
  state_.ApplyOfferEvent(event);
}

void MatchingIndex::SetBriefHidden(absl::string_view creator_id, absl::string_view brief_id,
                                   bool hidden) {
  absl::MutexLock lock(&mu_);
  state_.SetBriefHidden(creator_id, brief_id, hidden);
}

absl::Status MatchingIndex::ApplyHistoryEvent(const v1::HistoryEvent& event) {
  auto missing = [&](const char* what) {
    return absl::InvalidArgumentError(
        absl::StrCat("history event ", event.id(), " has no ", what, " snapshot"));
  };
  switch (event.type()) {
    case v1::EVENT_TYPE_CREATOR_CREATED:
    case v1::EVENT_TYPE_CREATOR_UPDATED:
      if (!event.has_creator()) return missing("creator");
      return UpsertCreator(event.creator());
    case v1::EVENT_TYPE_CREATOR_DELETED:
      RemoveCreator(event.has_creator() ? event.creator().id() : event.creator_id());
      return absl::OkStatus();
    case v1::EVENT_TYPE_BRAND_CREATED:
    case v1::EVENT_TYPE_BRAND_UPDATED:
      if (!event.has_brand()) return missing("brand");
      return UpsertBrand(event.brand());
    case v1::EVENT_TYPE_BRAND_DELETED:
      RemoveBrand(event.has_brand() ? event.brand().id() : event.brand_id());
      return absl::OkStatus();
    case v1::EVENT_TYPE_BRIEF_CREATED:
    case v1::EVENT_TYPE_BRIEF_UPDATED:
      if (!event.has_brief()) return missing("brief");
      return UpsertBrief(event.brief());
    case v1::EVENT_TYPE_BRIEF_DELETED:
      RemoveBrief(event.has_brief() ? event.brief().id() : event.brief_id());
      return absl::OkStatus();
    case v1::EVENT_TYPE_OFFER_SENT:
    case v1::EVENT_TYPE_OFFER_APPLIED:
    case v1::EVENT_TYPE_OFFER_TRANSITIONED: {
      v1::Offer offer = event.has_offer() ? event.offer() : v1::Offer();
      // The event's own fields are authoritative for the transition.
      if (!event.creator_id().empty()) offer.set_creator_id(event.creator_id());
      if (!event.brief_id().empty()) offer.set_brief_id(event.brief_id());
      if (!event.brand_id().empty()) offer.set_brand_id(event.brand_id());
      if (event.to_state() != v1::OFFER_STATE_UNSPECIFIED) offer.set_state(event.to_state());
      if (event.decline_reason() != v1::DECLINE_REASON_UNSPECIFIED) {
        offer.set_decline_reason(event.decline_reason());
      }
      *offer.mutable_update_time() = event.event_time();
      ApplyOffer(offer, event.from_state());
      return absl::OkStatus();
    }
    case v1::EVENT_TYPE_BRIEF_HIDDEN:
    case v1::EVENT_TYPE_BRIEF_UNHIDDEN:
      SetBriefHidden(event.creator_id(), event.brief_id(),
                     event.type() == v1::EVENT_TYPE_BRIEF_HIDDEN);
      return absl::OkStatus();
    default:
      return absl::OkStatus();
  }
}

absl::StatusOr<matcher::RankedMatches> MatchingIndex::FindCreators(
    absl::string_view brief_id, const matcher::RankRequest& request) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::FindCreators(state_, brief_id, request);
}

absl::StatusOr<matcher::RankedMatches> MatchingIndex::ListSuitableBriefs(
    absl::string_view creator_id, const matcher::RankRequest& request) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::ListSuitableBriefs(state_, creator_id, request);
}

absl::StatusOr<matcher::MatchExplanation> MatchingIndex::ExplainMatch(
    absl::string_view brief_id, absl::string_view creator_id,
    const matcher::ScoringOptions& scoring) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::ExplainMatch(state_, brief_id, creator_id, scoring);
}

absl::StatusOr<matcher::SimilarCreators> MatchingIndex::FindSimilarCreators(
    absl::string_view creator_id, int offset, int limit) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::FindSimilarCreators(state_, creator_id, offset, limit);
}

absl::StatusOr<matcher::CampaignPlan> MatchingIndex::PlanCampaign(
    absl::string_view brief_id, const matcher::PlanRequest& request) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::PlanCampaign(state_, brief_id, request);
}

absl::StatusOr<matcher::MarketAllocation> MatchingIndex::AllocateMarket(
    const matcher::AllocationRequest& request) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::AllocateMarket(state_, request);
}

matcher::StabilityReport MatchingIndex::CheckAllocation(
    const matcher::AllocationRequest& request,
    const std::vector<matcher::Assignment>& assignments) const {
  absl::ReaderMutexLock lock(&mu_);
  return matcher::CheckAllocation(state_, request, assignments);
}

size_t MatchingIndex::creator_count() const {
  absl::ReaderMutexLock lock(&mu_);
  return state_.creator_count();
}

size_t MatchingIndex::brief_count() const {
  absl::ReaderMutexLock lock(&mu_);
  return state_.brief_count();
}

}  // namespace matchmaker::index
