#include "server/service/offer_operations.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/service/history_event.h"
#include "server/service/id_generator.h"
#include "server/service/idempotent_mutation.h"
#include "server/service/niche_paths.h"
#include "server/service/page_collector.h"
#include "server/service/record_lookup.h"
#include "server/service/status_macros.h"
#include "server/service/time_conversion.h"
#include "server/validation/field_violations.h"

namespace matchmaker::service {
namespace {

bool IsCreatorAction(OfferAction action) {
  switch (action) {
    case OfferAction::kAcceptOffer:
    case OfferAction::kDeclineOffer:
    case OfferAction::kCounterOffer:
    case OfferAction::kWithdrawApplication:
    case OfferAction::kCancelByCreator:
      return true;
    default:
      return false;
  }
}

bool IsAcceptance(OfferAction action) {
  return action == OfferAction::kAcceptOffer || action == OfferAction::kAcceptCounterOffer ||
         action == OfferAction::kAcceptApplication;
}

bool IsPastExpiry(const v1::Offer& offer, absl::Time now) {
  return IsPendingOfferState(offer.state()) && offer.has_expire_time() &&
         FromTimestamp(offer.expire_time()) <= now;
}

std::string FormatTime(const google::protobuf::Timestamp& timestamp) {
  return absl::FormatTime(absl::RFC3339_full, FromTimestamp(timestamp), absl::UTCTimeZone());
}

v1::HistoryEvent OfferEvent(v1::EventType type, absl::string_view actor, absl::Time now,
                            v1::OfferState from, const v1::Offer& offer) {
  v1::HistoryEvent event = NewEvent(type, actor, now);
  event.set_creator_id(offer.creator_id());
  event.set_brand_id(offer.brand_id());
  event.set_brief_id(offer.brief_id());
  event.set_offer_id(offer.id());
  event.set_from_state(from);
  event.set_to_state(offer.state());
  event.set_decline_reason(offer.decline_reason());
  event.set_note(offer.note());
  *event.mutable_offer() = offer;
  return event;
}

// Moves `offer` to EXPIRED and records it as the system's doing.
void AddExpiry(v1::Offer offer, absl::Time now, storage::WriteSet& writes) {
  const v1::OfferState from = offer.state();
  offer.set_state(v1::OFFER_STATE_EXPIRED);
  StampWrite(now, /*is_new=*/false, offer);
  v1::HistoryEvent event =
      OfferEvent(v1::EVENT_TYPE_OFFER_TRANSITIONED, kSystemActor, now, from, offer);
  event.set_note(absl::StrCat("expired at ", FormatTime(offer.expire_time())));
  writes.Put(std::move(offer));
  writes.AppendHistory(std::move(event));
}

bool InStates(const google::protobuf::RepeatedField<int>& states, v1::OfferState state) {
  return states.empty() || std::find(states.begin(), states.end(), state) != states.end();
}

}  // namespace

absl::StatusOr<v1::Offer> OfferOperations::Create(const NewOffer& request,
                                                  storage::WriteSet& writes) {
  const absl::Time now = ctx_.Now();
  if (request.expire_time != nullptr && FromTimestamp(*request.expire_time) <= now) {
    return validation::InvalidArgumentForField("expire_time", "must be in the future");
  }
  MM_ASSIGN_OR_RETURN(v1::Brief brief,
                      Found(ctx_.store().GetBrief(request.brief_id), "brief", request.brief_id));
  MM_ASSIGN_OR_RETURN(v1::Creator creator, Found(ctx_.store().GetCreator(request.creator_id),
                                                 "creator", request.creator_id));
  if (brief.status() != v1::BRIEF_STATUS_OPEN) {
    return absl::FailedPreconditionError(absl::StrCat("brief \"", brief.id(), "\" is ",
                                                      v1::BriefStatus_Name(brief.status()),
                                                      ": only OPEN briefs take offers"));
  }
  std::optional<v1::Offer> live;
  MM_RETURN_IF_ERROR(
      ctx_.store().ScanOffersOfCreator(creator.id(), "", [&](const v1::Offer& offer) {
        // A pending offer past its expiry no longer counts, even before the sweeper marks it.
        if (offer.brief_id() != brief.id() || !IsLiveOfferState(offer.state()) ||
            IsPastExpiry(offer, now)) {
          return true;
        }
        live = offer;
        return false;
      }));
  if (live.has_value()) {
    return absl::AlreadyExistsError(absl::StrCat("creator \"", creator.id(), "\" and brief \"",
                                                 brief.id(), "\" already have a live offer \"",
                                                 live->id(), "\" (",
                                                 v1::OfferState_Name(live->state()), ")"));
  }
  const v1::CreatorPreferences& preferences = creator.preferences();
  for (const std::string& blocked : preferences.blocked_brand_ids()) {
    if (blocked == brief.brand_id()) {
      return absl::FailedPreconditionError(
          absl::StrCat("creator \"", creator.id(), "\" blocked brand \"", blocked, "\""));
    }
  }
  MM_ASSIGN_OR_RETURN(auto brand, Optional(ctx_.store().GetBrand(brief.brand_id())));
  if (brand.has_value()) {
    for (const std::string& blocked : preferences.blocked_categories()) {
      if (IsSameOrBelow(brand->category(), blocked)) {
        return absl::FailedPreconditionError(
            absl::StrCat("creator \"", creator.id(), "\" blocked category \"", blocked,
                         "\" (brand \"", brand->id(), "\" is in \"", brand->category(), "\")"));
      }
    }
  }
  if (request.origin == v1::OFFER_ORIGIN_CREATOR_APPLICATION) {
    MM_ASSIGN_OR_RETURN(bool hidden, ctx_.store().IsBriefHidden(creator.id(), brief.id()));
    if (hidden) {
      return absl::FailedPreconditionError(absl::StrCat("creator \"", creator.id(),
                                                        "\" hid brief \"", brief.id(),
                                                        "\": unhide it before applying"));
    }
  }

  v1::Offer offer;
  offer.set_id(NewOfferId(now));
  offer.set_brief_id(brief.id());
  offer.set_brand_id(brief.brand_id());
  offer.set_creator_id(creator.id());
  offer.set_origin(request.origin);
  *offer.mutable_terms() = *request.terms;
  const bool applied = request.origin == v1::OFFER_ORIGIN_CREATOR_APPLICATION;
  offer.set_state(applied ? v1::OFFER_STATE_APPLIED : v1::OFFER_STATE_PROPOSED);
  *offer.mutable_expire_time() = request.expire_time != nullptr
                                     ? *request.expire_time
                                     : ToTimestamp(now + ctx_.config().default_offer_lifetime);
  StampWrite(now, /*is_new=*/true, offer);
  writes.AppendHistory(
      OfferEvent(applied ? v1::EVENT_TYPE_OFFER_APPLIED : v1::EVENT_TYPE_OFFER_SENT,
                 applied ? CreatorActor(creator.id()) : BrandActor(brief.brand_id()), now,
                 v1::OFFER_STATE_UNSPECIFIED, offer));
  writes.Put(offer);
  return offer;
}

absl::StatusOr<v1::SendOfferResponse> OfferOperations::Send(const v1::SendOfferRequest& request) {
  return RunIdempotentMutation<v1::SendOfferResponse>(
      ctx_, "BrandService.SendOffer", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::SendOfferResponse> {
        MM_ASSIGN_OR_RETURN(
            v1::Offer offer,
            Create({request.brief_id(), request.creator_id(), v1::OFFER_ORIGIN_BRAND,
                    &request.terms(), request.has_expire_time() ? &request.expire_time() : nullptr},
                   writes));
        v1::SendOfferResponse response;
        *response.mutable_offer() = std::move(offer);
        return response;
      });
}

absl::StatusOr<v1::ApplyToBriefResponse> OfferOperations::Apply(
    const v1::ApplyToBriefRequest& request) {
  return RunIdempotentMutation<v1::ApplyToBriefResponse>(
      ctx_, "CreatorService.ApplyToBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::ApplyToBriefResponse> {
        MM_ASSIGN_OR_RETURN(
            v1::Offer offer,
            Create({request.brief_id(), request.creator_id(), v1::OFFER_ORIGIN_CREATOR_APPLICATION,
                    &request.terms(), request.has_expire_time() ? &request.expire_time() : nullptr},
                   writes));
        v1::ApplyToBriefResponse response;
        *response.mutable_offer() = std::move(offer);
        return response;
      });
}

absl::Status OfferOperations::CheckCapacity(const v1::Offer& offer) const {
  MM_ASSIGN_OR_RETURN(auto creator, Optional(ctx_.store().GetCreator(offer.creator_id())));
  const int max_partnerships =
      creator.has_value() ? creator->preferences().max_concurrent_partnerships() : 0;
  if (max_partnerships > 0) {
    int accepted = 0;
    MM_RETURN_IF_ERROR(
        ctx_.store().ScanOffersOfCreator(offer.creator_id(), "", [&](const v1::Offer& other) {
          if (other.state() == v1::OFFER_STATE_ACCEPTED) ++accepted;
          return true;
        }));
    if (accepted >= max_partnerships) {
      return absl::FailedPreconditionError(absl::StrCat(
          "creator \"", offer.creator_id(), "\" is at capacity: ", accepted,
          " accepted offers running, max_concurrent_partnerships is ", max_partnerships));
    }
  }
  MM_ASSIGN_OR_RETURN(auto brief, Optional(ctx_.store().GetBrief(offer.brief_id())));
  const int wanted = brief.has_value() ? brief->creators_wanted() : 0;
  if (wanted > 0) {
    int signed_up = 0;
    MM_RETURN_IF_ERROR(
        ctx_.store().ScanOffersOfBrief(offer.brief_id(), "", [&](const v1::Offer& other) {
          if (other.state() == v1::OFFER_STATE_ACCEPTED ||
              other.state() == v1::OFFER_STATE_COMPLETED) {
            ++signed_up;
          }
          return true;
        }));
    if (signed_up >= wanted) {
      return absl::FailedPreconditionError(
          absl::StrCat("brief \"", offer.brief_id(), "\" is full: ", signed_up,
                       " creators accepted, creators_wanted is ", wanted));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<v1::GetOfferResponse> OfferOperations::Transition(const OfferTransition& transition,
                                                                 absl::string_view service_method,
                                                                 absl::string_view request_id) {
  return RunIdempotentMutation<v1::GetOfferResponse>(
      ctx_, service_method, request_id,
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::GetOfferResponse> {
        MM_ASSIGN_OR_RETURN(v1::Offer offer, Found(ctx_.store().GetOffer(transition.offer_id),
                                                   "offer", transition.offer_id));
        MM_RETURN_IF_ERROR(CheckEtag("offer", transition.etag, offer.etag()));
        const absl::Time now = ctx_.Now();
        if (IsPastExpiry(offer, now)) {
          const std::string expired_at = FormatTime(offer.expire_time());
          AddExpiry(std::move(offer), now, writes);  // committed although this call fails
          return absl::FailedPreconditionError(
              absl::StrCat("cannot ", OfferActionName(transition.action), ": offer \"",
                           transition.offer_id, "\" expired at ", expired_at));
        }
        const v1::OfferState from = offer.state();
        MM_ASSIGN_OR_RETURN(v1::OfferState to, NextOfferState(from, transition.action));
        if (IsAcceptance(transition.action)) MM_RETURN_IF_ERROR(CheckCapacity(offer));

        offer.set_state(to);
        switch (transition.action) {
          case OfferAction::kCounterOffer:
            *offer.mutable_counter_terms() = transition.counter_terms;
            break;
          case OfferAction::kAcceptCounterOffer:
            *offer.mutable_terms() = offer.counter_terms();
            offer.clear_counter_terms();
            break;
          case OfferAction::kDeclineOffer:
            offer.set_decline_reason(transition.decline_reason);
            break;
          case OfferAction::kCompleteOffer:
            *offer.mutable_outcome() = transition.outcome;
            break;
          default:
            break;
        }
        if (!transition.note.empty()) offer.set_note(transition.note);
        StampWrite(now, /*is_new=*/false, offer);
        const std::string actor = IsCreatorAction(transition.action)
                                      ? CreatorActor(offer.creator_id())
                                      : BrandActor(offer.brand_id());
        v1::HistoryEvent event =
            OfferEvent(v1::EVENT_TYPE_OFFER_TRANSITIONED, actor, now, from, offer);
        event.set_note(transition.note);  // this step's note, not an earlier one
        writes.AppendHistory(std::move(event));
        writes.Put(offer);
        v1::GetOfferResponse response;
        *response.mutable_offer() = std::move(offer);
        return response;
      });
}

absl::StatusOr<v1::Offer> OfferOperations::Get(absl::string_view offer_id) {
  return Found(ctx_.store().GetOffer(offer_id), "offer", offer_id);
}

absl::StatusOr<v1::ListOffersResponse> OfferOperations::List(const v1::ListOffersRequest& request) {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  PageCollector<v1::Offer> page(EffectivePageSize(request.page_size()));
  auto visit = [&](const v1::Offer& offer) {
    if (!InStates(request.states(), offer.state())) return true;
    // Both filters apply when both are set (the authorizer scopes a brand's brief listing
    // to its own brand too).
    if (!request.brand_id().empty() && offer.brand_id() != request.brand_id()) return true;
    return page.Add(offer, offer.id());
  };
  if (!request.brief_id().empty()) {
    MM_RETURN_IF_ERROR(ctx_.store().ScanOffersOfBrief(request.brief_id(), after, visit));
  } else {
    MM_RETURN_IF_ERROR(ctx_.store().ScanOffersOfBrand(request.brand_id(), after, visit));
  }
  v1::ListOffersResponse response;
  for (v1::Offer& offer : page.items()) *response.add_offers() = std::move(offer);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<v1::ListCreatorOffersResponse> OfferOperations::ListOfCreator(
    const v1::ListCreatorOffersRequest& request) {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  PageCollector<v1::Offer> page(EffectivePageSize(request.page_size()));
  MM_RETURN_IF_ERROR(
      ctx_.store().ScanOffersOfCreator(request.creator_id(), after, [&](const v1::Offer& offer) {
        if (!InStates(request.states(), offer.state())) return true;
        return page.Add(offer, offer.id());
      }));
  v1::ListCreatorOffersResponse response;
  for (v1::Offer& offer : page.items()) *response.add_offers() = std::move(offer);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<int> OfferOperations::ExpireDue(absl::Time now) {
  constexpr int kBatch = 500;
  int expired = 0;
  while (true) {
    absl::MutexLock lock(&ctx_.mutation_mutex());
    std::vector<v1::Offer> due;
    MM_RETURN_IF_ERROR(
        ctx_.store().ScanExpiredOffers(absl::ToUnixMicros(now), [&](const v1::Offer& offer) {
          if (IsPastExpiry(offer, now)) due.push_back(offer);
          return static_cast<int>(due.size()) < kBatch;
        }));
    for (v1::Offer& offer : due) {
      storage::WriteSet writes;
      AddExpiry(std::move(offer), now, writes);
      MM_RETURN_IF_ERROR(ctx_.Commit(std::move(writes)).status());
      ++expired;
    }
    if (static_cast<int>(due.size()) < kBatch) return expired;
  }
}

}  // namespace matchmaker::service
