#include "server/matcher/history_book.h"

namespace matchmaker::matcher {

LearnedState& HistoryBook::learned(InternId creator_key) {
  if (creator_key >= learned_.size()) learned_.resize(creator_key + 1);
  return learned_[creator_key];
}

const LearnedState* HistoryBook::learned_or_null(InternId creator_key) const {
  return creator_key < learned_.size() ? &learned_[creator_key] : nullptr;
}

BrandRecordStats& HistoryBook::brand(InternId brand_key) {
  if (brand_key >= brands_.size()) brands_.resize(brand_key + 1);
  return brands_[brand_key];
}

const BrandRecordStats* HistoryBook::brand_or_null(InternId brand_key) const {
  return brand_key < brands_.size() ? &brands_[brand_key] : nullptr;
}

PairRecord& HistoryBook::pair(InternId creator_key, InternId brief_key) {
  auto [it, inserted] = pairs_.try_emplace(PairKey(creator_key, brief_key));
  if (inserted) {
    creators_of_brief_[brief_key].push_back(creator_key);
    briefs_of_creator_[creator_key].push_back(brief_key);
  }
  return it->second;
}

const PairRecord* HistoryBook::pair_or_null(InternId creator_key, InternId brief_key) const {
  auto it = pairs_.find(PairKey(creator_key, brief_key));
  return it == pairs_.end() ? nullptr : &it->second;
}

CreatorBrandRecord& HistoryBook::creator_brand(InternId creator_key, InternId brand_key) {
  auto [it, inserted] = creator_brands_.try_emplace(PairKey(creator_key, brand_key));
  if (inserted) {
    creators_of_brand_[brand_key].push_back(creator_key);
    brands_of_creator_[creator_key].push_back(brand_key);
  }
  return it->second;
}

const CreatorBrandRecord* HistoryBook::creator_brand_or_null(InternId creator_key,
                                                             InternId brand_key) const {
  auto it = creator_brands_.find(PairKey(creator_key, brand_key));
  return it == creator_brands_.end() ? nullptr : &it->second;
}

absl::Span<const InternId> HistoryBook::Lookup(
    const absl::flat_hash_map<InternId, std::vector<InternId>>& map, InternId key) {
  auto it = map.find(key);
  if (it == map.end()) return {};
  return it->second;
}

absl::Span<const InternId> HistoryBook::creators_of_brief(InternId brief_key) const {
  return Lookup(creators_of_brief_, brief_key);
}
absl::Span<const InternId> HistoryBook::creators_of_brand(InternId brand_key) const {
  return Lookup(creators_of_brand_, brand_key);
}
absl::Span<const InternId> HistoryBook::briefs_of_creator(InternId creator_key) const {
  return Lookup(briefs_of_creator_, creator_key);
}
absl::Span<const InternId> HistoryBook::brands_of_creator(InternId creator_key) const {
  return Lookup(brands_of_creator_, creator_key);
}

void HistoryBook::ForgetCreator(InternId creator_key) {
  if (creator_key < learned_.size()) learned_[creator_key] = LearnedState();
}

}  // namespace matchmaker::matcher
