#ifndef MATCHMAKER_SERVER_MATCHER_MATCHING_STATE_H_
#define MATCHMAKER_SERVER_MATCHER_MATCHING_STATE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "server/matcher/brief_table.h"
#include "server/matcher/creator_table.h"
#include "server/matcher/history_book.h"
#include "server/matcher/interner.h"
#include "server/matcher/matcher_config.h"
#include "server/matcher/profiles.h"
#include "server/matcher/taxonomy.h"

namespace matchmaker::matcher {

// Everything the matcher ranks over, in compact form: creators (struct of arrays), briefs,
// brands, vocabularies and history. It is derived data: rebuilt from the database at start and
// kept in step by feeding it every committed change.
//
// Not thread-safe: callers serialise writers against readers (the index holds a reader/writer
// lock). Read operations (ranking, explaining, planning, allocating) take `const
// MatchingState&` and never modify it.
class MatchingState {
 public:
  explicit MatchingState(MatcherConfig config = MatcherConfig());

  const MatcherConfig& config() const { return config_; }

  // Inserts or replaces a creator. Learned state and history survive a replace.
  // INVALID_ARGUMENT when the id is empty or the embedding has the wrong dimension.
  absl::Status UpsertCreator(const CreatorProfile& profile);
  // Returns false when no such creator exists.
  bool RemoveCreator(absl::string_view id);

  absl::Status UpsertBrand(const BrandProfile& profile);
  bool RemoveBrand(absl::string_view id);

  // Inserts or replaces a brief; only open briefs are ranked and allocated.
  absl::Status UpsertBrief(const BriefProfile& profile);
  bool RemoveBrief(absl::string_view id);

  // Learns from one offer transition (see docs/matching.md "History"). Events may arrive for
  // creators or briefs not (yet) loaded: their effect is kept by key.
  void ApplyOfferEvent(const OfferEvent& event);
  // A hidden brief never reappears for that creator until unhidden.
  void SetBriefHidden(absl::string_view creator_id, absl::string_view brief_id, bool hidden);

  // Lookups; kNoRow when absent.
  CreatorRow FindCreator(absl::string_view id) const;
  BriefRow FindBrief(absl::string_view id) const;
  const std::string& CreatorId(CreatorRow row) const {
    return creator_keys_.Text(creators_.key[row]);
  }
  const BrandRecord* BrandOf(const BriefRecord& brief) const;
  const BrandRecord* FindBrand(absl::string_view id) const;

  const CreatorTable& creators() const { return creators_; }
  const BriefTable& briefs() const { return briefs_; }
  const Taxonomy& niches() const { return niches_; }
  const Taxonomy& categories() const { return categories_; }
  const Interner& terms() const { return terms_; }
  const Interner& brand_keys() const { return brand_keys_; }
  const HistoryBook& history() const { return history_; }
  const std::vector<BrandRecord>& brands() const { return brands_; }
  // Row of a creator key, kNoRow when the creator is not loaded.
  CreatorRow RowOfCreatorKey(InternId key) const {
    return key < creator_row_by_key_.size() ? creator_row_by_key_[key] : kNoRow;
  }
  BriefRow RowOfBriefKey(InternId key) const {
    return key < brief_row_by_key_.size() ? brief_row_by_key_[key] : kNoRow;
  }
  InternId CreatorKey(absl::string_view id) const { return creator_keys_.Find(id); }
  InternId BriefKey(absl::string_view id) const { return brief_keys_.Find(id); }

  size_t creator_count() const { return live_creators_; }
  size_t brief_count() const { return live_briefs_; }
  // Rows of open briefs, ascending.
  std::vector<BriefRow> OpenBriefRows() const;

 private:
  CreatorRow AllocateCreatorRow();
  void ReleaseCreatorLists(CreatorRow row);
  BrandRecord& BrandByKey(InternId key);
  std::vector<InternId> InternTerms(const std::vector<std::string>& values, bool sort);

  // Learning helpers (offer_learning.cc).
  void LearnFromDecline(const OfferEvent& event, InternId creator_key, const BriefRecord* brief);
  void LearnFromAcceptance(const OfferEvent& event, InternId creator_key, const BriefRecord* brief);

  MatcherConfig config_;
  Taxonomy niches_;
  Taxonomy categories_;
  Interner terms_;  // tags, countries, regions, cities, languages, credential fields
  Interner brand_keys_;
  Interner creator_keys_;
  Interner brief_keys_;

  CreatorTable creators_;
  std::vector<CreatorRow> creator_row_by_key_;
  std::vector<CreatorRow> free_creator_rows_;
  size_t live_creators_ = 0;

  BriefTable briefs_;
  std::vector<BriefRow> brief_row_by_key_;
  std::vector<BriefRow> free_brief_rows_;
  size_t live_briefs_ = 0;

  std::vector<BrandRecord> brands_;  // by brand key
  HistoryBook history_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_MATCHING_STATE_H_
