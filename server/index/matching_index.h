#ifndef MATCHMAKER_SERVER_INDEX_MATCHING_INDEX_H_
#define MATCHMAKER_SERVER_INDEX_MATCHING_INDEX_H_

#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "server/matcher/matcher.h"

namespace matchmaker::index {

// The server's in-memory matching state, kept in step with RocksDB. Writers (called after a
// write commits) take the lock exclusively; queries take it shared, so many rankings run at once
// and never see half an update. Thread-safe.
//
// Keeping in step: feed every committed HistoryEvent to ApplyHistoryEvent (each carries the
// record snapshot), or call the Upsert/Remove/ApplyOffer methods directly. Rebuilding at start:
// upsert every brand, creator and brief, then apply the offer and hide events in history order.
class MatchingIndex {
 public:
  explicit MatchingIndex(matcher::MatcherConfig config = matcher::MatcherConfig());
  MatchingIndex(const MatchingIndex&) = delete;
  MatchingIndex& operator=(const MatchingIndex&) = delete;

  // INVALID_ARGUMENT for an empty id or an embedding of the wrong dimension.
  absl::Status UpsertCreator(const v1::Creator& creator) ABSL_LOCKS_EXCLUDED(mu_);
  void RemoveCreator(absl::string_view creator_id) ABSL_LOCKS_EXCLUDED(mu_);
  absl::Status UpsertBrand(const v1::Brand& brand) ABSL_LOCKS_EXCLUDED(mu_);
  void RemoveBrand(absl::string_view brand_id) ABSL_LOCKS_EXCLUDED(mu_);
  absl::Status UpsertBrief(const v1::Brief& brief) ABSL_LOCKS_EXCLUDED(mu_);
  void RemoveBrief(absl::string_view brief_id) ABSL_LOCKS_EXCLUDED(mu_);
  // One offer transition: `offer` after it, `from` the state before (UNSPECIFIED when new).
  void ApplyOffer(const v1::Offer& offer, v1::OfferState from) ABSL_LOCKS_EXCLUDED(mu_);
  void SetBriefHidden(absl::string_view creator_id, absl::string_view brief_id, bool hidden)
      ABSL_LOCKS_EXCLUDED(mu_);
  // Dispatches one history event by type. INVALID_ARGUMENT when a record event lacks its
  // snapshot; events that do not concern matching are ignored.
  absl::Status ApplyHistoryEvent(const v1::HistoryEvent& event) ABSL_LOCKS_EXCLUDED(mu_);

  // The matcher's operations under the shared lock (see server/matcher/matcher.h).
  absl::StatusOr<matcher::RankedMatches> FindCreators(absl::string_view brief_id,
                                                      const matcher::RankRequest& request) const
      ABSL_LOCKS_EXCLUDED(mu_);
  absl::StatusOr<matcher::RankedMatches> ListSuitableBriefs(
      absl::string_view creator_id, const matcher::RankRequest& request) const
      ABSL_LOCKS_EXCLUDED(mu_);
  absl::StatusOr<matcher::MatchExplanation> ExplainMatch(
      absl::string_view brief_id, absl::string_view creator_id,
      const matcher::ScoringOptions& scoring) const ABSL_LOCKS_EXCLUDED(mu_);
  absl::StatusOr<matcher::SimilarCreators> FindSimilarCreators(absl::string_view creator_id,
                                                               int offset, int limit) const
      ABSL_LOCKS_EXCLUDED(mu_);
  absl::StatusOr<matcher::CampaignPlan> PlanCampaign(absl::string_view brief_id,
                                                     const matcher::PlanRequest& request) const
      ABSL_LOCKS_EXCLUDED(mu_);
  absl::StatusOr<matcher::MarketAllocation> AllocateMarket(
      const matcher::AllocationRequest& request) const ABSL_LOCKS_EXCLUDED(mu_);
  matcher::StabilityReport CheckAllocation(
      const matcher::AllocationRequest& request,
      const std::vector<matcher::Assignment>& assignments) const ABSL_LOCKS_EXCLUDED(mu_);

  // Runs `read(const MatchingState&)` under the shared lock, for anything not wrapped above.
  template <typename Read>
  auto WithState(Read&& read) const ABSL_LOCKS_EXCLUDED(mu_) {
    absl::ReaderMutexLock lock(&mu_);
    return std::forward<Read>(read)(state_);
  }

  size_t creator_count() const ABSL_LOCKS_EXCLUDED(mu_);
  size_t brief_count() const ABSL_LOCKS_EXCLUDED(mu_);

 private:
  mutable absl::Mutex mu_;
  matcher::MatchingState state_ ABSL_GUARDED_BY(mu_);
};

}  // namespace matchmaker::index

#endif  // MATCHMAKER_SERVER_INDEX_MATCHING_INDEX_H_
