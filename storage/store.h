#ifndef MATCHMAKER_STORAGE_STORE_H_
#define MATCHMAKER_STORAGE_STORE_H_

// The one RocksDB database behind the server. Knows protos and RocksDB, never gRPC.
//
// Contract:
// - Every method is thread-safe. Reads see a consistent snapshot per call.
// - Commit() applies one WriteSet atomically (record(s) + index entries + history events +
//   remembered request ids) with the WAL synced: when it returns OK the change is durable.
//   Commit() is serialized internally and keeps secondary indexes in step by reading the
//   previous version of every record it overwrites or deletes.
// - Callers that read, decide, then write (etag checks, state machine transitions) must
//   serialize those sequences themselves; the store does not know business rules.
// - Errors: rocksdb::Status is converted here. NOT_FOUND for a missing record, DATA_LOSS for a
//   value that fails to decode, INTERNAL / UNAVAILABLE for I/O trouble.
// - Embeddings (`aesthetic.embedding` of creators and briefs) are stored apart from the record,
//   as fixed-size little-endian float32 vectors of the configured dimension, and re-attached
//   on read. Key layout: docs/storage.md.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "storage/api_key_codec.h"
#include "storage/store_statistics.h"
#include "storage/write_set.h"

namespace matchmaker::storage {

struct StoreOptions {
  // Database directory; created when missing.
  std::string path;
  // Dimension of every stored embedding. Fixed at first open and recorded in the database;
  // reopening with another dimension fails with FAILED_PRECONDITION.
  int embedding_dim = 64;
};

// Which subject a history query is about.
enum class HistorySubject { kAll, kCreator, kBrand, kBrief, kOffer };

// Visitors return true to continue, false to stop the scan early.
template <typename T>
using Visitor = std::function<bool(const T&)>;

class Store {
 public:
  // Opens (creating if needed) the database at options.path.
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<Store>> Open(const StoreOptions& options);
  // Closes the database (no flush needed: every commit already synced the WAL).
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int embedding_dim() const;

  // Point reads; NOT_FOUND when absent.
  [[nodiscard]] absl::StatusOr<v1::Creator> GetCreator(absl::string_view id) const;
  [[nodiscard]] absl::StatusOr<v1::Brand> GetBrand(absl::string_view id) const;
  [[nodiscard]] absl::StatusOr<v1::Brief> GetBrief(absl::string_view id) const;
  [[nodiscard]] absl::StatusOr<v1::Offer> GetOffer(absl::string_view id) const;

  // Full scans in id order, starting strictly after `after_id` (empty: from the start).
  [[nodiscard]] absl::Status ScanCreators(absl::string_view after_id,
                                          const Visitor<v1::Creator>& visit) const;
  [[nodiscard]] absl::Status ScanBrands(absl::string_view after_id,
                                        const Visitor<v1::Brand>& visit) const;
  [[nodiscard]] absl::Status ScanBriefs(absl::string_view after_id,
                                        const Visitor<v1::Brief>& visit) const;
  [[nodiscard]] absl::Status ScanOffers(absl::string_view after_id,
                                        const Visitor<v1::Offer>& visit) const;

  // Secondary-index scans, in id order of the visited records, strictly after `after_id`.
  [[nodiscard]] absl::Status ScanBriefsOfBrand(absl::string_view brand_id,
                                               absl::string_view after_id,
                                               const Visitor<v1::Brief>& visit) const;
  [[nodiscard]] absl::Status ScanOffersOfBrief(absl::string_view brief_id,
                                               absl::string_view after_id,
                                               const Visitor<v1::Offer>& visit) const;
  [[nodiscard]] absl::Status ScanOffersOfCreator(absl::string_view creator_id,
                                                 absl::string_view after_id,
                                                 const Visitor<v1::Offer>& visit) const;
  [[nodiscard]] absl::Status ScanOffersOfBrand(absl::string_view brand_id,
                                               absl::string_view after_id,
                                               const Visitor<v1::Offer>& visit) const;
  // Live offers (PROPOSED, COUNTERED, APPLIED) whose expire_time is at or before
  // `now_micros` (microseconds since the Unix epoch), oldest expiry first.
  [[nodiscard]] absl::Status ScanExpiredOffers(int64_t now_micros,
                                               const Visitor<v1::Offer>& visit) const;

  // Briefs a creator hid.
  [[nodiscard]] absl::StatusOr<bool> IsBriefHidden(absl::string_view creator_id,
                                                   absl::string_view brief_id) const;
  [[nodiscard]] absl::Status ScanHiddenBriefIds(absl::string_view creator_id,
                                                const Visitor<std::string>& visit) const;

  // History in sequence order (oldest first), strictly after `after_sequence` (0: from the
  // start). `subject_id` is ignored for kAll.
  [[nodiscard]] absl::Status ScanHistory(HistorySubject subject, absl::string_view subject_id,
                                         int64_t after_sequence,
                                         const Visitor<v1::HistoryEvent>& visit) const;
  // Number of history events ever written (== the last sequence number).
  int64_t history_sequence() const;

  // The response remembered for `request_key` by an earlier Commit, if any.
  [[nodiscard]] absl::StatusOr<std::optional<std::string>> LookupRequest(
      absl::string_view request_key) const;

  // API keys (column family api_keys). Not history: keys are credentials, not market data.
  // PutApiKey inserts or replaces by key id with the WAL synced (durable when it returns OK).
  [[nodiscard]] absl::Status PutApiKey(const StoredApiKey& stored);
  // NOT_FOUND when no key has this id.
  [[nodiscard]] absl::StatusOr<StoredApiKey> GetApiKey(absl::string_view key_id) const;
  // In key id order, strictly after `after_key_id` (empty: from the start).
  [[nodiscard]] absl::Status ScanApiKeys(absl::string_view after_key_id,
                                         const Visitor<StoredApiKey>& visit) const;

  // Applies `writes` atomically and durably (see the contract above). History events get
  // their id (sequence) and, when unset, event_time assigned here; the committed events are
  // returned in order.
  [[nodiscard]] absl::StatusOr<std::vector<v1::HistoryEvent>> Commit(WriteSet writes);

  // Writes a RocksDB checkpoint (an openable copy of the database) into `directory`, which
  // must not exist. Returns the history sequence it contains.
  [[nodiscard]] absl::StatusOr<int64_t> CreateCheckpoint(const std::string& directory);

  // RocksDB's statistics and properties now, for metrics (storage/store_statistics.h).
  StoreStatistics Statistics() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_STORE_H_
