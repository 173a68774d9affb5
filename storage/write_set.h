#ifndef MATCHMAKER_STORAGE_WRITE_SET_H_
#define MATCHMAKER_STORAGE_WRITE_SET_H_

// One atomic change to the store: everything a single mutating RPC writes. Plain data; the
// Store turns it into one rocksdb::WriteBatch (records, index entries, history, request ids).

#include <string>
#include <utility>
#include <vector>

#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"

namespace matchmaker::storage {

class WriteSet {
 public:
  // Creates or replaces a record (keyed by its id). Indexes are updated from the old version.
  void Put(v1::Creator creator) { creators_.push_back(std::move(creator)); }
  void Put(v1::Brand brand) { brands_.push_back(std::move(brand)); }
  void Put(v1::Brief brief) { briefs_.push_back(std::move(brief)); }
  void Put(v1::Offer offer) { offers_.push_back(std::move(offer)); }

  // Removes a record and its index entries (a no-op when absent). Offers are never deleted:
  // they are history.
  void DeleteCreator(std::string id) { deleted_creators_.push_back(std::move(id)); }
  void DeleteBrand(std::string id) { deleted_brands_.push_back(std::move(id)); }
  void DeleteBrief(std::string id) { deleted_briefs_.push_back(std::move(id)); }

  void HideBrief(std::string creator_id, std::string brief_id) {
    hidden_.emplace_back(std::move(creator_id), std::move(brief_id));
  }
  void UnhideBrief(std::string creator_id, std::string brief_id) {
    unhidden_.emplace_back(std::move(creator_id), std::move(brief_id));
  }

  // Appends a history event; the store assigns its id (sequence) and indexes it under every
  // subject it names (creator_id, brand_id, brief_id, offer_id).
  void AppendHistory(v1::HistoryEvent event) { history_.push_back(std::move(event)); }

  // Remembers the serialized response of an idempotent request, so a retry can replay it.
  void RememberRequest(std::string request_key, std::string response) {
    requests_.emplace_back(std::move(request_key), std::move(response));
  }

  bool empty() const {
    return creators_.empty() && brands_.empty() && briefs_.empty() && offers_.empty() &&
           deleted_creators_.empty() && deleted_brands_.empty() && deleted_briefs_.empty() &&
           hidden_.empty() && unhidden_.empty() && history_.empty() && requests_.empty();
  }

  const std::vector<v1::Creator>& creators() const { return creators_; }
  const std::vector<v1::Brand>& brands() const { return brands_; }
  const std::vector<v1::Brief>& briefs() const { return briefs_; }
  const std::vector<v1::Offer>& offers() const { return offers_; }
  const std::vector<std::string>& deleted_creators() const { return deleted_creators_; }
  const std::vector<std::string>& deleted_brands() const { return deleted_brands_; }
  const std::vector<std::string>& deleted_briefs() const { return deleted_briefs_; }
  const std::vector<std::pair<std::string, std::string>>& hidden() const { return hidden_; }
  const std::vector<std::pair<std::string, std::string>>& unhidden() const { return unhidden_; }
  const std::vector<v1::HistoryEvent>& history() const { return history_; }
  const std::vector<std::pair<std::string, std::string>>& requests() const { return requests_; }

 private:
  std::vector<v1::Creator> creators_;
  std::vector<v1::Brand> brands_;
  std::vector<v1::Brief> briefs_;
  std::vector<v1::Offer> offers_;
  std::vector<std::string> deleted_creators_;
  std::vector<std::string> deleted_brands_;
  std::vector<std::string> deleted_briefs_;
  std::vector<std::pair<std::string, std::string>> hidden_;
  std::vector<std::pair<std::string, std::string>> unhidden_;
  std::vector<v1::HistoryEvent> history_;
  std::vector<std::pair<std::string, std::string>> requests_;
};

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_WRITE_SET_H_
