#include "server/service/admin_operations.h"

#include <array>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/service/derived_fields.h"
#include "server/service/record_lookup.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {
namespace {

bool CountsAsAccepted(v1::OfferState state) {
  return state == v1::OFFER_STATE_ACCEPTED || state == v1::OFFER_STATE_COMPLETED ||
         state == v1::OFFER_STATE_CANCELLED;
}

double Rate(int64_t accepted, int64_t decided) {
  return decided > 0 ? static_cast<double>(accepted) / static_cast<double>(decided) : 0.0;
}

}  // namespace

absl::StatusOr<v1::GetRecordResponse> AdminOperations::GetRecord(
    const v1::GetRecordRequest& request) {
  const storage::Store& store = ctx_.store();
  const std::string& id = request.id();
  v1::GetRecordResponse response;
  v1::Record& record = *response.mutable_record();
  switch (request.kind()) {
    case v1::RECORD_KIND_CREATOR: {
      MM_ASSIGN_OR_RETURN(*record.mutable_creator(), Found(store.GetCreator(id), "creator", id));
      FillDerivedFields(ctx_.config().tier_thresholds, *record.mutable_creator());
      break;
    }
    case v1::RECORD_KIND_BRAND: {
      MM_ASSIGN_OR_RETURN(*record.mutable_brand(), Found(store.GetBrand(id), "brand", id));
      break;
    }
    case v1::RECORD_KIND_BRIEF: {
      MM_ASSIGN_OR_RETURN(*record.mutable_brief(), Found(store.GetBrief(id), "brief", id));
      break;
    }
    case v1::RECORD_KIND_OFFER: {
      MM_ASSIGN_OR_RETURN(*record.mutable_offer(), Found(store.GetOffer(id), "offer", id));
      break;
    }
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("kind: ", v1::RecordKind_Name(request.kind()), " is not a record kind"));
  }
  return response;
}

absl::StatusOr<v1::GetStatsResponse> AdminOperations::GetStats() {
  const storage::Store& store = ctx_.store();
  v1::GetStatsResponse stats;
  // Tier of every creator, for the per-tier offer figures.
  absl::flat_hash_map<std::string, v1::Tier> tier_of;
  struct TierFigures {
    int64_t creators = 0;
    int64_t decided = 0;
    int64_t accepted = 0;
  };
  std::array<TierFigures, 5> tiers;  // indexed by v1::Tier
  MM_RETURN_IF_ERROR(store.ScanCreators("", [&](const v1::Creator& stored) {
    v1::Creator creator = stored;
    FillDerivedFields(ctx_.config().tier_thresholds, creator);
    tier_of[creator.id()] = creator.tier();
    ++tiers[creator.tier()].creators;
    stats.set_creators(stats.creators() + 1);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanBrands("", [&](const v1::Brand&) {
    stats.set_brands(stats.brands() + 1);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanBriefs("", [&](const v1::Brief& brief) {
    stats.set_briefs(stats.briefs() + 1);
    if (brief.status() == v1::BRIEF_STATUS_OPEN) stats.set_open_briefs(stats.open_briefs() + 1);
    return true;
  }));
  std::array<int64_t, v1::OfferState_ARRAYSIZE> by_state{};
  int64_t decided = 0;
  int64_t accepted = 0;
  MM_RETURN_IF_ERROR(store.ScanOffers("", [&](const v1::Offer& offer) {
    stats.set_offers(stats.offers() + 1);
    ++by_state[offer.state()];
    const bool is_accepted = CountsAsAccepted(offer.state());
    if (!is_accepted && offer.state() != v1::OFFER_STATE_DECLINED) return true;
    ++decided;
    if (is_accepted) ++accepted;
    // Offers of deleted creators count overall only.
    auto tier = tier_of.find(offer.creator_id());
    if (tier != tier_of.end()) {
      ++tiers[tier->second].decided;
      if (is_accepted) ++tiers[tier->second].accepted;
    }
    return true;
  }));
  for (int state = v1::OFFER_STATE_PROPOSED; state < v1::OfferState_ARRAYSIZE; ++state) {
    v1::OfferStateCount* count = stats.add_offers_by_state();
    count->set_state(static_cast<v1::OfferState>(state));
    count->set_count(by_state[state]);
  }
  for (int tier = v1::TIER_NANO; tier <= v1::TIER_MEGA; ++tier) {
    v1::TierStats* figures = stats.add_tiers();
    figures->set_tier(static_cast<v1::Tier>(tier));
    figures->set_creators(tiers[tier].creators);
    figures->set_offers_decided(tiers[tier].decided);
    figures->set_offers_accepted(tiers[tier].accepted);
    figures->set_acceptance_rate(Rate(tiers[tier].accepted, tiers[tier].decided));
  }
  stats.set_acceptance_rate(Rate(accepted, decided));
  stats.set_history_events(store.history_sequence());
  stats.set_embedding_dim(ctx_.config().embedding_dim);
  for (int64_t threshold : ctx_.config().tier_thresholds.minimums()) {
    stats.add_tier_thresholds(threshold);
  }
  return stats;
}

absl::StatusOr<v1::CreateCheckpointResponse> AdminOperations::CreateCheckpoint(
    const v1::CreateCheckpointRequest& request) {
  MM_ASSIGN_OR_RETURN(int64_t sequence, ctx_.store().CreateCheckpoint(request.directory()));
  v1::CreateCheckpointResponse response;
  response.set_directory(request.directory());
  response.set_history_sequence(sequence);
  return response;
}

}  // namespace matchmaker::service
