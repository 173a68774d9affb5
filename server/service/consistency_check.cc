#include "server/service/consistency_check.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "server/index/state_digest.h"
#include "server/service/index_loader.h"
#include "server/service/offer_state_machine.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {
namespace {

using IdSet = std::set<std::string>;

// Everything the invariants need, read once from the store.
struct Records {
  std::map<std::string, v1::Creator> creators;
  std::map<std::string, v1::Brand> brands;
  std::map<std::string, v1::Brief> briefs;
  std::map<std::string, v1::Offer> offers;
};

absl::StatusOr<Records> ReadRecords(const storage::Store& store) {
  Records r;
  MM_RETURN_IF_ERROR(store.ScanCreators("", [&](const v1::Creator& c) {
    r.creators.emplace(c.id(), c);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanBrands("", [&](const v1::Brand& b) {
    r.brands.emplace(b.id(), b);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanBriefs("", [&](const v1::Brief& b) {
    r.briefs.emplace(b.id(), b);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanOffers("", [&](const v1::Offer& o) {
    r.offers.emplace(o.id(), o);
    return true;
  }));
  return r;
}

class Differences {
 public:
  explicit Differences(v1::CheckConsistencyResponse* response) : response_(response) {}
  template <typename... Parts>
  void Add(const Parts&... parts) {
    if (++total_ <= kMaxConsistencyDifferences) {
      response_->add_differences(absl::StrCat(parts...));
    }
  }
  void AddAll(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) Add(line);
  }
  void Finish() {
    if (total_ > kMaxConsistencyDifferences) {
      response_->add_differences(
          absl::StrCat("… and ", total_ - kMaxConsistencyDifferences, " more differences"));
    }
    response_->set_consistent(total_ == 0);
  }

 private:
  v1::CheckConsistencyResponse* response_;
  size_t total_ = 0;
};

void CheckOfferInvariants(const Records& r, Differences& diff) {
  std::map<std::string, int> accepted_by_creator;
  std::map<std::string, int> signed_up_by_brief;
  std::map<std::pair<std::string, std::string>, std::string> live_by_pair;
  for (const auto& [id, offer] : r.offers) {
    const v1::OfferState state = offer.state();
    if (state == v1::OFFER_STATE_ACCEPTED) ++accepted_by_creator[offer.creator_id()];
    if (state == v1::OFFER_STATE_ACCEPTED || state == v1::OFFER_STATE_COMPLETED) {
      ++signed_up_by_brief[offer.brief_id()];
    }
    auto brief = r.briefs.find(offer.brief_id());
    if (brief != r.briefs.end() && brief->second.brand_id() != offer.brand_id()) {
      diff.Add("offer ", id, ": brand \"", offer.brand_id(), "\" but its brief \"",
               offer.brief_id(), "\" belongs to brand \"", brief->second.brand_id(), "\"");
    }
    if (!IsLiveOfferState(state)) continue;
    // Deleting a record needs every offer settled, so only live offers must find theirs.
    if (brief == r.briefs.end()) {
      diff.Add("offer ", id, " (", v1::OfferState_Name(state), "): brief \"", offer.brief_id(),
               "\" does not exist");
    }
    if (r.creators.count(offer.creator_id()) == 0) {
      diff.Add("offer ", id, " (", v1::OfferState_Name(state), "): creator \"", offer.creator_id(),
               "\" does not exist");
    }
    if (r.brands.count(offer.brand_id()) == 0) {
      diff.Add("offer ", id, " (", v1::OfferState_Name(state), "): brand \"", offer.brand_id(),
               "\" does not exist");
    }
    auto [it, inserted] =
        live_by_pair.emplace(std::make_pair(offer.brief_id(), offer.creator_id()), id);
    if (!inserted) {
      diff.Add("brief ", offer.brief_id(), " / creator ", offer.creator_id(), ": two live offers, ",
               it->second, " and ", id);
    }
  }
  for (const auto& [creator_id, accepted] : accepted_by_creator) {
    auto creator = r.creators.find(creator_id);
    if (creator == r.creators.end()) continue;
    const int capacity = creator->second.preferences().max_concurrent_partnerships();
    if (capacity > 0 && accepted > capacity) {
      diff.Add("creator ", creator_id, ": ", accepted,
               " accepted offers, max_concurrent_partnerships is ", capacity);
    }
  }
  for (const auto& [brief_id, signed_up] : signed_up_by_brief) {
    auto brief = r.briefs.find(brief_id);
    if (brief == r.briefs.end()) continue;
    const int wanted = brief->second.creators_wanted();
    if (wanted > 0 && signed_up > wanted) {
      diff.Add("brief ", brief_id, ": ", signed_up,
               " accepted or completed offers, creators_wanted is ", wanted);
    }
  }
}

// Compares what one secondary-index scan lists with what the records say it should.
template <typename Scan, typename Record>
absl::Status CompareIndex(absl::string_view index_name, absl::string_view key,
                          const IdSet& expected, Scan scan, Differences& diff) {
  IdSet listed;
  MM_RETURN_IF_ERROR(scan(key, "", [&](const Record& record) {
    listed.insert(record.id());
    return true;
  }));
  if (listed == expected) return absl::OkStatus();
  std::vector<std::string> extra, missing;
  for (const std::string& id : listed) {
    if (expected.count(id) == 0) extra.push_back(id);
  }
  for (const std::string& id : expected) {
    if (listed.count(id) == 0) missing.push_back(id);
  }
  diff.Add(index_name, " of ", key, ": lists [", absl::StrJoin(extra, ","),
           "] that do not name it, misses [", absl::StrJoin(missing, ","), "]");
  return absl::OkStatus();
}

absl::Status CheckSecondaryIndexes(const storage::Store& store, const Records& r,
                                   Differences& diff) {
  std::map<std::string, IdSet> by_brief, by_creator, by_brand, briefs_by_brand;
  for (const auto& [id, _] : r.briefs) by_brief[id];
  for (const auto& [id, _] : r.creators) by_creator[id];
  for (const auto& [id, _] : r.brands) {
    by_brand[id];
    briefs_by_brand[id];
  }
  for (const auto& [id, offer] : r.offers) {
    by_brief[offer.brief_id()].insert(id);
    by_creator[offer.creator_id()].insert(id);
    by_brand[offer.brand_id()].insert(id);
  }
  for (const auto& [id, brief] : r.briefs) briefs_by_brand[brief.brand_id()].insert(id);

  auto offers_of_brief = [&](auto&&... a) { return store.ScanOffersOfBrief(a...); };
  auto offers_of_creator = [&](auto&&... a) { return store.ScanOffersOfCreator(a...); };
  auto offers_of_brand = [&](auto&&... a) { return store.ScanOffersOfBrand(a...); };
  auto briefs_of_brand = [&](auto&&... a) { return store.ScanBriefsOfBrand(a...); };
  for (const auto& [key, ids] : by_brief) {
    MM_RETURN_IF_ERROR((CompareIndex<decltype(offers_of_brief), v1::Offer>(
        "offers-by-brief index", key, ids, offers_of_brief, diff)));
  }
  for (const auto& [key, ids] : by_creator) {
    MM_RETURN_IF_ERROR((CompareIndex<decltype(offers_of_creator), v1::Offer>(
        "offers-by-creator index", key, ids, offers_of_creator, diff)));
  }
  for (const auto& [key, ids] : by_brand) {
    MM_RETURN_IF_ERROR((CompareIndex<decltype(offers_of_brand), v1::Offer>(
        "offers-by-brand index", key, ids, offers_of_brand, diff)));
  }
  for (const auto& [key, ids] : briefs_by_brand) {
    MM_RETURN_IF_ERROR((CompareIndex<decltype(briefs_of_brand), v1::Brief>(
        "briefs-by-brand index", key, ids, briefs_of_brand, diff)));
  }
  return absl::OkStatus();
}

bool IsDeletion(v1::EventType type) {
  return type == v1::EVENT_TYPE_CREATOR_DELETED || type == v1::EVENT_TYPE_BRAND_DELETED ||
         type == v1::EVENT_TYPE_BRIEF_DELETED;
}

// The record a record event is about ("creator c1"), empty for offer and hide events.
std::string RecordSubject(const v1::HistoryEvent& e) {
  switch (e.type()) {
    case v1::EVENT_TYPE_CREATOR_CREATED:
    case v1::EVENT_TYPE_CREATOR_UPDATED:
    case v1::EVENT_TYPE_CREATOR_DELETED:
      return absl::StrCat("creator ", e.creator_id());
    case v1::EVENT_TYPE_BRAND_CREATED:
    case v1::EVENT_TYPE_BRAND_UPDATED:
    case v1::EVENT_TYPE_BRAND_DELETED:
      return absl::StrCat("brand ", e.brand_id());
    case v1::EVENT_TYPE_BRIEF_CREATED:
    case v1::EVENT_TYPE_BRIEF_UPDATED:
    case v1::EVENT_TYPE_BRIEF_DELETED:
      return absl::StrCat("brief ", e.brief_id());
    default:
      return "";
  }
}

// History and records are written in one WriteSet, so they must tell the same story: the last
// event of every offer leads to its current state, and a record exists unless its last event
// deleted it (its etag then matches the snapshot that event carries).
absl::Status CheckHistory(const storage::Store& store, const Records& r, Differences& diff) {
  absl::flat_hash_map<std::string, v1::OfferState> last_offer_state;
  absl::flat_hash_map<std::string, v1::HistoryEvent> last_record_event;
  MM_RETURN_IF_ERROR(
      store.ScanHistory(storage::HistorySubject::kAll, "", 0, [&](const v1::HistoryEvent& e) {
        if (!e.offer_id().empty() && e.to_state() != v1::OFFER_STATE_UNSPECIFIED) {
          last_offer_state[e.offer_id()] = e.to_state();
        }
        std::string subject = RecordSubject(e);
        if (!subject.empty()) {
          last_record_event[std::move(subject)] = e;
        }
        return true;
      }));
  for (const auto& [id, offer] : r.offers) {
    auto last = last_offer_state.find(id);
    if (last == last_offer_state.end()) {
      diff.Add("offer ", id, ": no history event");
    } else if (last->second != offer.state()) {
      diff.Add("offer ", id, ": record is ", v1::OfferState_Name(offer.state()),
               ", its last history event leads to ", v1::OfferState_Name(last->second));
    }
  }
  for (const auto& [id, _] : last_offer_state) {
    if (r.offers.count(id) == 0) diff.Add("offer ", id, ": in history but no record");
  }
  auto check_record = [&](const std::string& subject, bool exists, const std::string& etag) {
    auto last = last_record_event.find(subject);
    if (last == last_record_event.end()) return;  // written before history existed (import)
    const v1::HistoryEvent& e = last->second;
    if (IsDeletion(e.type())) {
      if (exists) diff.Add(subject, ": exists, but history event ", e.id(), " deleted it");
      return;
    }
    if (!exists) {
      diff.Add(subject, ": missing, but history event ", e.id(), " (", v1::EventType_Name(e.type()),
               ") wrote it");
      return;
    }
    std::string snapshot_etag;
    if (e.has_creator()) snapshot_etag = e.creator().etag();
    if (e.has_brand()) snapshot_etag = e.brand().etag();
    if (e.has_brief()) snapshot_etag = e.brief().etag();
    if (!snapshot_etag.empty() && snapshot_etag != etag) {
      diff.Add(subject, ": etag ", etag, ", but its last history event ", e.id(), " wrote etag ",
               snapshot_etag);
    }
  };
  for (const auto& [subject, e] : last_record_event) {
    if (e.type() == v1::EVENT_TYPE_CREATOR_CREATED || e.type() == v1::EVENT_TYPE_CREATOR_UPDATED ||
        e.type() == v1::EVENT_TYPE_CREATOR_DELETED) {
      auto it = r.creators.find(e.creator_id());
      check_record(subject, it != r.creators.end(),
                   it != r.creators.end() ? it->second.etag() : "");
    } else if (e.type() == v1::EVENT_TYPE_BRAND_CREATED ||
               e.type() == v1::EVENT_TYPE_BRAND_UPDATED ||
               e.type() == v1::EVENT_TYPE_BRAND_DELETED) {
      auto it = r.brands.find(e.brand_id());
      check_record(subject, it != r.brands.end(), it != r.brands.end() ? it->second.etag() : "");
    } else {
      auto it = r.briefs.find(e.brief_id());
      check_record(subject, it != r.briefs.end(), it != r.briefs.end() ? it->second.etag() : "");
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistencyOf(const storage::Store& store,
                                                                const index::MatchingIndex& live,
                                                                const ServiceConfig& config) {
  v1::CheckConsistencyResponse response;
  response.set_history_sequence(store.history_sequence());
  Differences diff(&response);

  MM_ASSIGN_OR_RETURN(std::unique_ptr<index::MatchingIndex> rebuilt,
                      LoadMatchingIndex(store, config));
  const index::StateDigest live_digest = live.WithState(index::DigestMatchingState);
  const index::StateDigest db_digest = rebuilt->WithState(index::DigestMatchingState);
  diff.AddAll(
      index::DiffDigests(live_digest, db_digest, "index", "database", kMaxConsistencyDifferences));

  MM_ASSIGN_OR_RETURN(Records records, ReadRecords(store));
  response.set_creators_checked(static_cast<int64_t>(records.creators.size()));
  response.set_briefs_checked(static_cast<int64_t>(records.briefs.size()));
  response.set_offers_checked(static_cast<int64_t>(records.offers.size()));
  CheckOfferInvariants(records, diff);
  MM_RETURN_IF_ERROR(CheckSecondaryIndexes(store, records, diff));
  MM_RETURN_IF_ERROR(CheckHistory(store, records, diff));
  diff.Finish();
  return response;
}

absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistency(const OperationContext& ctx) {
  const index::MatchingIndex* live = ctx.matching_index();
  if (live == nullptr) {
    return absl::FailedPreconditionError("the matching index is not loaded yet");
  }
  absl::MutexLock lock(&ctx.mutation_mutex());
  return CheckConsistencyOf(ctx.store(), *live, ctx.config());
}

}  // namespace matchmaker::service
