// Store's write path: one WriteSet becomes one rocksdb::WriteBatch, written with a synced WAL.
// Index maintenance reads the previous version of each touched record, looking first at what
// this same WriteSet already wrote (several changes to one record in one set compose), then at
// the database, which cannot change meanwhile because commits are serialized.

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <utility>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "rocksdb/write_batch.h"
#include "storage/store_impl.h"

namespace matchmaker::storage {
namespace {

// Offers in these states wait for an answer and expire at expire_time.
bool IsLive(v1::OfferState state) {
  return state == v1::OFFER_STATE_PROPOSED || state == v1::OFFER_STATE_COUNTERED ||
         state == v1::OFFER_STATE_APPLIED;
}

// Microseconds since the epoch, saturating instead of overflowing on absurd inputs.
int64_t ToMicros(const google::protobuf::Timestamp& time) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max() / 1000000 - 1;
  const int64_t seconds = std::max(-kMax, std::min(kMax, time.seconds()));
  return seconds * 1000000 + time.nanos() / 1000;
}

google::protobuf::Timestamp ToTimestamp(absl::Time time) {
  const int64_t nanos = absl::ToUnixNanos(time);
  google::protobuf::Timestamp timestamp;
  int64_t seconds = nanos / 1000000000;
  int64_t rest = nanos % 1000000000;
  if (rest < 0) {
    rest += 1000000000;
    --seconds;
  }
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(rest));
  return timestamp;
}

// Checks an id that may be empty (then it is simply not indexed).
absl::Status ValidateOptionalKeyPart(absl::string_view what, absl::string_view id) {
  return id.empty() ? absl::OkStatus() : ValidateKeyPart(what, id);
}

#define MM_RETURN_IF_ERROR(expr)                              \
  do {                                                        \
    if (absl::Status mm_status_ = (expr); !mm_status_.ok()) { \
      return mm_status_;                                      \
    }                                                         \
  } while (false)

}  // namespace

class Store::Impl::CommitBuilder {
 public:
  explicit CommitBuilder(const Impl& impl) : impl_(impl) {}

  absl::Status PutCreator(const v1::Creator& creator) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("creator.id", creator.id()));
    return PutRecord(creator);
  }

  absl::Status PutBrand(const v1::Brand& brand) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("brand.id", brand.id()));
    return PutRecord(brand);
  }

  absl::Status PutBrief(const v1::Brief& brief) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("brief.id", brief.id()));
    MM_RETURN_IF_ERROR(ValidateOptionalKeyPart("brief.brand_id", brief.brand_id()));
    absl::StatusOr<std::optional<v1::Brief>> previous = Previous<v1::Brief>(brief.id());
    if (!previous.ok()) return previous.status();
    // A brief whose brand changed moves in briefs_by_brand.
    if (previous->has_value() && !(*previous)->brand_id().empty() &&
        (*previous)->brand_id() != brief.brand_id()) {
      Delete(Cf::kBriefsByBrand, CompositeKey((*previous)->brand_id(), brief.id()));
    }
    if (!brief.brand_id().empty()) {
      Put(Cf::kBriefsByBrand, CompositeKey(brief.brand_id(), brief.id()), "");
    }
    return PutRecord(brief);
  }

  absl::Status PutOffer(const v1::Offer& offer) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("offer.id", offer.id()));
    MM_RETURN_IF_ERROR(ValidateOptionalKeyPart("offer.brief_id", offer.brief_id()));
    MM_RETURN_IF_ERROR(ValidateOptionalKeyPart("offer.creator_id", offer.creator_id()));
    MM_RETURN_IF_ERROR(ValidateOptionalKeyPart("offer.brand_id", offer.brand_id()));
    absl::StatusOr<std::optional<v1::Offer>> previous = Previous<v1::Offer>(offer.id());
    if (!previous.ok()) return previous.status();
    const IndexEntries wanted = OfferIndexEntries(offer);
    if (previous->has_value()) {
      // E.g. an offer leaving PROPOSED leaves the expiry index.
      for (const auto& entry : OfferIndexEntries(**previous)) {
        if (wanted.count(entry) == 0) Delete(entry.first, entry.second);
      }
    }
    // Written even when unchanged: cheap, and repairs a lost entry.
    for (const auto& entry : wanted) Put(entry.first, entry.second, "");
    return PutRecord(offer);
  }

  absl::Status DeleteCreator(const std::string& id) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("deleted creator id", id));
    Delete(Cf::kCreators, id);
    Delete(Cf::kEmbeddings, EmbeddingKey(EmbeddingOwner::kCreator, id));
    // The creator's hidden-brief rows: those on disk and those hidden earlier in this set.
    const std::string prefix = CompositePrefix(id);
    std::vector<std::string> keys;
    MM_RETURN_IF_ERROR(
        impl_.ScanPrefix(Cf::kHiddenBriefs, rocksdb::ReadOptions(), prefix, "",
                         [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                           keys.emplace_back(key);
                           return true;
                         }));
    for (const std::string& key : hidden_in_batch_) {
      if (absl::string_view(key).substr(0, prefix.size()) == prefix) keys.push_back(key);
    }
    for (const std::string& key : keys) Delete(Cf::kHiddenBriefs, key);
    creators_[id] = std::nullopt;
    return absl::OkStatus();
  }

  absl::Status DeleteBrand(const std::string& id) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("deleted brand id", id));
    Delete(Cf::kBrands, id);
    brands_[id] = std::nullopt;
    return absl::OkStatus();
  }

  absl::Status DeleteBrief(const std::string& id) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("deleted brief id", id));
    absl::StatusOr<std::optional<v1::Brief>> previous = Previous<v1::Brief>(id);
    if (!previous.ok()) return previous.status();
    if (previous->has_value() && !(*previous)->brand_id().empty()) {
      Delete(Cf::kBriefsByBrand, CompositeKey((*previous)->brand_id(), id));
    }
    Delete(Cf::kBriefs, id);
    Delete(Cf::kEmbeddings, EmbeddingKey(EmbeddingOwner::kBrief, id));
    briefs_[id] = std::nullopt;
    return absl::OkStatus();
  }

  absl::Status HideBrief(const std::string& creator_id, const std::string& brief_id) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("hidden creator id", creator_id));
    MM_RETURN_IF_ERROR(ValidateKeyPart("hidden brief id", brief_id));
    std::string key = CompositeKey(creator_id, brief_id);
    Put(Cf::kHiddenBriefs, key, "");
    hidden_in_batch_.push_back(std::move(key));
    return absl::OkStatus();
  }

  absl::Status UnhideBrief(const std::string& creator_id, const std::string& brief_id) {
    MM_RETURN_IF_ERROR(ValidateKeyPart("unhidden creator id", creator_id));
    MM_RETURN_IF_ERROR(ValidateKeyPart("unhidden brief id", brief_id));
    Delete(Cf::kHiddenBriefs, CompositeKey(creator_id, brief_id));
    return absl::OkStatus();
  }

  // Assigns `sequence` (and event_time when unset) and writes the event and its subject
  // index entries. Returns the event as committed.
  absl::StatusOr<v1::HistoryEvent> AppendHistory(v1::HistoryEvent event, int64_t sequence,
                                                 absl::Time now) {
    const std::pair<SubjectKind, const std::string*> subjects[] = {
        {SubjectKind::kCreator, &event.creator_id()},
        {SubjectKind::kBrand, &event.brand_id()},
        {SubjectKind::kBrief, &event.brief_id()},
        {SubjectKind::kOffer, &event.offer_id()},
    };
    for (const auto& [kind, id] : subjects) {
      MM_RETURN_IF_ERROR(ValidateOptionalKeyPart("history event subject id", *id));
    }
    event.set_id(absl::StrCat(sequence));
    if (!event.has_event_time()) *event.mutable_event_time() = ToTimestamp(now);
    Put(Cf::kHistory, HistoryKey(sequence), EncodeProtoValue(event));
    for (const auto& [kind, id] : subjects) {
      if (!id->empty()) Put(Cf::kHistoryBySubject, HistorySubjectKey(kind, *id, sequence), "");
    }
    return event;
  }

  void SetHistorySequence(int64_t sequence) {
    Put(Cf::kMeta, kMetaHistorySequence, absl::StrCat(sequence));
  }

  absl::Status RememberRequest(const std::string& request_key, const std::string& response) {
    if (request_key.empty()) return absl::InvalidArgumentError("request key is empty");
    Put(Cf::kRequests, request_key, EncodeBytesValue(response));
    return absl::OkStatus();
  }

  // The first error WriteBatch reported, if any.
  const absl::Status& status() const { return status_; }
  rocksdb::WriteBatch* batch() { return &batch_; }

 private:
  using IndexEntries = std::set<std::pair<Cf, std::string>>;

  static IndexEntries OfferIndexEntries(const v1::Offer& offer) {
    IndexEntries entries;
    if (!offer.brief_id().empty()) {
      entries.emplace(Cf::kOffersByBrief, CompositeKey(offer.brief_id(), offer.id()));
    }
    if (!offer.creator_id().empty()) {
      entries.emplace(Cf::kOffersByCreator, CompositeKey(offer.creator_id(), offer.id()));
    }
    if (!offer.brand_id().empty()) {
      entries.emplace(Cf::kOffersByBrand, CompositeKey(offer.brand_id(), offer.id()));
    }
    // Without an expire_time a live offer never expires, so it is not in the expiry index.
    if (IsLive(offer.state()) && offer.has_expire_time()) {
      entries.emplace(Cf::kLiveOffersByExpiry,
                      ExpiryKey(ToMicros(offer.expire_time()), offer.id()));
    }
    return entries;
  }

  template <typename T>
  std::map<std::string, std::optional<T>>& Overlay() {
    if constexpr (std::is_same_v<T, v1::Creator>) return creators_;
    if constexpr (std::is_same_v<T, v1::Brand>) return brands_;
    if constexpr (std::is_same_v<T, v1::Brief>) return briefs_;
    if constexpr (std::is_same_v<T, v1::Offer>) return offers_;
  }

  // The version of record `id` before this change: as written earlier in this set, else as
  // stored. Without its embedding, which no index depends on.
  template <typename T>
  absl::StatusOr<std::optional<T>> Previous(const std::string& id) {
    auto& overlay = Overlay<T>();
    if (auto it = overlay.find(id); it != overlay.end()) return it->second;
    return impl_.ReadRecord<T>(rocksdb::ReadOptions(), id, /*attach_embedding=*/false);
  }

  // Writes the record without its embedding, and the embedding row (or its removal).
  template <typename T>
  absl::Status PutRecord(const T& record) {
    using Traits = RecordTraits<T>;
    T stored = record;
    if constexpr (Traits::kHasEmbedding) {
      const std::string key = EmbeddingKey(Traits::kOwner, record.id());
      const auto& embedding = Traits::Embedding(record);
      if (embedding.empty()) {
        Delete(Cf::kEmbeddings, key);  // A stale vector must not come back on read.
      } else {
        absl::StatusOr<std::string> bytes =
            EncodeEmbedding(embedding, impl_.embedding_dim(),
                            absl::StrCat(Traits::kName, " \"", record.id(), "\" embedding"));
        if (!bytes.ok()) return bytes.status();
        Put(Cf::kEmbeddings, key, *bytes);
        Traits::MutableEmbedding(&stored)->Clear();
      }
    }
    Put(Traits::kCf, record.id(), EncodeProtoValue(stored));
    Overlay<T>()[record.id()] = std::move(stored);
    return absl::OkStatus();
  }

  void Put(Cf which, absl::string_view key, absl::string_view value) {
    Check(batch_.Put(impl_.cf(which), rocksdb::Slice(key.data(), key.size()),
                     rocksdb::Slice(value.data(), value.size())));
  }
  void Delete(Cf which, absl::string_view key) {
    Check(batch_.Delete(impl_.cf(which), rocksdb::Slice(key.data(), key.size())));
  }
  void Check(const rocksdb::Status& s) {
    if (status_.ok() && !s.ok()) status_ = FromRocksDb(s, "build write batch");
  }

  const Impl& impl_;
  rocksdb::WriteBatch batch_;
  absl::Status status_;
  std::map<std::string, std::optional<v1::Creator>> creators_;
  std::map<std::string, std::optional<v1::Brand>> brands_;
  std::map<std::string, std::optional<v1::Brief>> briefs_;
  std::map<std::string, std::optional<v1::Offer>> offers_;
  std::vector<std::string> hidden_in_batch_;
};

absl::StatusOr<std::vector<v1::HistoryEvent>> Store::Impl::Commit(WriteSet writes) {
  if (writes.empty()) return std::vector<v1::HistoryEvent>();
  absl::MutexLock lock(&commit_mu_);
  CommitBuilder builder(*this);
  // Fixed order (documented in docs/storage.md): puts, hides, unhides, deletes, history,
  // requests. Any error returns before the batch is written: nothing is applied.
  for (const v1::Creator& creator : writes.creators()) {
    MM_RETURN_IF_ERROR(builder.PutCreator(creator));
  }
  for (const v1::Brand& brand : writes.brands()) MM_RETURN_IF_ERROR(builder.PutBrand(brand));
  for (const v1::Brief& brief : writes.briefs()) MM_RETURN_IF_ERROR(builder.PutBrief(brief));
  for (const v1::Offer& offer : writes.offers()) MM_RETURN_IF_ERROR(builder.PutOffer(offer));
  for (const auto& [creator_id, brief_id] : writes.hidden()) {
    MM_RETURN_IF_ERROR(builder.HideBrief(creator_id, brief_id));
  }
  for (const auto& [creator_id, brief_id] : writes.unhidden()) {
    MM_RETURN_IF_ERROR(builder.UnhideBrief(creator_id, brief_id));
  }
  for (const std::string& id : writes.deleted_creators()) {
    MM_RETURN_IF_ERROR(builder.DeleteCreator(id));
  }
  for (const std::string& id : writes.deleted_brands()) {
    MM_RETURN_IF_ERROR(builder.DeleteBrand(id));
  }
  for (const std::string& id : writes.deleted_briefs()) {
    MM_RETURN_IF_ERROR(builder.DeleteBrief(id));
  }

  std::vector<v1::HistoryEvent> events;
  events.reserve(writes.history().size());
  int64_t sequence = last_sequence_;
  const absl::Time now = absl::Now();
  for (const v1::HistoryEvent& event : writes.history()) {
    absl::StatusOr<v1::HistoryEvent> committed = builder.AppendHistory(event, ++sequence, now);
    if (!committed.ok()) return committed.status();
    events.push_back(*std::move(committed));
  }
  // The sequence is persisted in the same batch as its events, so they cannot disagree.
  if (sequence != last_sequence_) builder.SetHistorySequence(sequence);

  for (const auto& [request_key, response] : writes.requests()) {
    MM_RETURN_IF_ERROR(builder.RememberRequest(request_key, response));
  }
  MM_RETURN_IF_ERROR(builder.status());

  rocksdb::WriteOptions options;
  options.sync = true;  // Acknowledged means durable, even across a power cut.
  options.disableWAL = false;
  MM_RETURN_IF_ERROR(FromRocksDb(db_->Write(options, builder.batch()), "commit"));
  last_sequence_ = sequence;
  published_sequence_.store(sequence, std::memory_order_release);
  return events;
}

}  // namespace matchmaker::storage
