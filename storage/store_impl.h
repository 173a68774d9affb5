#ifndef MATCHMAKER_STORAGE_STORE_IMPL_H_
#define MATCHMAKER_STORAGE_STORE_IMPL_H_

// Store's private state and the helpers its read path (store_read.cc) and write path
// (store_commit.cc) share. Not part of the API: include storage/store.h.

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "rocksdb/cache.h"
#include "rocksdb/db.h"
#include "storage/codec.h"
#include "storage/column_families.h"
#include "storage/embedding_codec.h"
#include "storage/keys.h"
#include "storage/record_traits.h"
#include "storage/rocksdb_status.h"
#include "storage/store.h"

namespace matchmaker::storage {

class Store::Impl {
 public:
  // Opens the database and checks / records its meta data (format version, dimension).
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<Impl>> Open(const StoreOptions& options);
  // Closes column family handles, then the database.
  ~Impl();
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  int embedding_dim() const { return embedding_dim_; }
  int64_t history_sequence() const { return published_sequence_.load(std::memory_order_acquire); }

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf which) const { return handles_[static_cast<size_t>(which)]; }

  // ---- Read path (store_read.cc) ----

  // Called for each key/value; returns false to stop, or an error to stop and fail.
  using KeyVisitor =
      std::function<absl::StatusOr<bool>(absl::string_view key, absl::string_view value)>;
  // Visits the keys of `which` that start with `prefix`, in order, strictly after
  // prefix + `after_suffix` (empty: from the first key with the prefix).
  [[nodiscard]] absl::Status ScanPrefix(Cf which, const rocksdb::ReadOptions& read_options,
                                        absl::string_view prefix, absl::string_view after_suffix,
                                        const KeyVisitor& visit) const;

  // The value at `key`, nullopt when absent.
  [[nodiscard]] absl::StatusOr<std::optional<std::string>> GetRaw(
      Cf which, const rocksdb::ReadOptions& read_options, absl::string_view key) const;

  // Decodes a stored record value; with `attach_embedding`, re-attaches the embedding.
  template <typename T>
  [[nodiscard]] absl::Status DecodeRecord(const rocksdb::ReadOptions& read_options,
                                          absl::string_view id, absl::string_view value,
                                          bool attach_embedding, T* record) const;

  // The record with `id`, nullopt when absent.
  template <typename T>
  [[nodiscard]] absl::StatusOr<std::optional<T>> ReadRecord(
      const rocksdb::ReadOptions& read_options, absl::string_view id, bool attach_embedding) const;

  template <typename T>
  [[nodiscard]] absl::StatusOr<T> Get(absl::string_view id) const;
  template <typename T>
  [[nodiscard]] absl::Status Scan(absl::string_view after_id, const Visitor<T>& visit) const;
  // Visits the records named by index `index` under `parent_id` (keys parent NUL id).
  template <typename T>
  [[nodiscard]] absl::Status ScanIndex(Cf index, absl::string_view parent_id,
                                       absl::string_view after_id, const Visitor<T>& visit) const;

  [[nodiscard]] absl::Status ScanExpiredOffers(int64_t now_micros,
                                               const Visitor<v1::Offer>& visit) const;
  [[nodiscard]] absl::StatusOr<bool> IsBriefHidden(absl::string_view creator_id,
                                                   absl::string_view brief_id) const;
  [[nodiscard]] absl::Status ScanHiddenBriefIds(absl::string_view creator_id,
                                                const Visitor<std::string>& visit) const;
  [[nodiscard]] absl::Status ScanHistory(HistorySubject subject, absl::string_view subject_id,
                                         int64_t after_sequence,
                                         const Visitor<v1::HistoryEvent>& visit) const;
  [[nodiscard]] absl::StatusOr<std::optional<std::string>> LookupRequest(
      absl::string_view request_key) const;

  // ---- Write path (store_commit.cc) ----

  [[nodiscard]] absl::StatusOr<std::vector<v1::HistoryEvent>> Commit(WriteSet writes);
  [[nodiscard]] absl::StatusOr<int64_t> CreateCheckpoint(const std::string& directory);

 private:
  // Turns a WriteSet into one WriteBatch (store_commit.cc).
  class CommitBuilder;

  Impl() = default;

  // Reads meta, initialising it on a new database; sets embedding_dim_ and the sequence.
  [[nodiscard]] absl::Status LoadMeta(const StoreOptions& options);

  std::shared_ptr<rocksdb::Cache> block_cache_;
  std::unique_ptr<rocksdb::DB> db_;
  // Indexed by Cf. Owned; released in the destructor before db_.
  std::array<rocksdb::ColumnFamilyHandle*, kNumCfs> handles_{};
  // Column families found on disk that this release does not know (opened because RocksDB
  // requires it, otherwise untouched).
  std::vector<rocksdb::ColumnFamilyHandle*> foreign_handles_;
  std::string path_;
  int embedding_dim_ = 0;

  // Serializes Commit and CreateCheckpoint: the previous versions Commit reads and the
  // sequence it assigns stay valid until its batch is written.
  absl::Mutex commit_mu_;
  int64_t last_sequence_ ABSL_GUARDED_BY(commit_mu_) = 0;
  // last_sequence_ as of the last durable commit, for lock-free readers.
  std::atomic<int64_t> published_sequence_{0};
};

// A snapshot held for the duration of one read call, so every lookup it makes (record,
// embedding, index entry → record) sees the same state.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(rocksdb::DB* db) : db_(db), snapshot_(db->GetSnapshot()) {
    options_.snapshot = snapshot_;
  }
  ~ReadSnapshot() { db_->ReleaseSnapshot(snapshot_); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  const rocksdb::ReadOptions& options() const { return options_; }

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snapshot_;
  rocksdb::ReadOptions options_;
};

// ---- Template definitions ----

template <typename T>
absl::Status Store::Impl::DecodeRecord(const rocksdb::ReadOptions& read_options,
                                       absl::string_view id, absl::string_view value,
                                       bool attach_embedding, T* record) const {
  using Traits = RecordTraits<T>;
  const std::string key_description = DescribeKey(CfName(Traits::kCf), id);
  if (absl::Status s = DecodeProtoValue(value, key_description, record); !s.ok()) return s;
  if (record->id() != id) {
    return absl::DataLossError(
        absl::StrCat("record at ", key_description, " has id \"", record->id(), "\""));
  }
  if constexpr (Traits::kHasEmbedding) {
    if (attach_embedding) {
      const std::string key = EmbeddingKey(Traits::kOwner, id);
      absl::StatusOr<std::optional<std::string>> stored =
          GetRaw(Cf::kEmbeddings, read_options, key);
      if (!stored.ok()) return stored.status();
      if (stored->has_value()) {
        absl::Status s =
            DecodeEmbedding(**stored, embedding_dim_, DescribeKey(CfName(Cf::kEmbeddings), key),
                            Traits::MutableEmbedding(record));
        if (!s.ok()) return s;
      }
    }
  }
  return absl::OkStatus();
}

template <typename T>
absl::StatusOr<std::optional<T>> Store::Impl::ReadRecord(const rocksdb::ReadOptions& read_options,
                                                         absl::string_view id,
                                                         bool attach_embedding) const {
  absl::StatusOr<std::optional<std::string>> value = GetRaw(RecordTraits<T>::kCf, read_options, id);
  if (!value.ok()) return value.status();
  if (!value->has_value()) return std::optional<T>();
  T record;
  absl::Status s = DecodeRecord(read_options, id, **value, attach_embedding, &record);
  if (!s.ok()) return s;
  return std::optional<T>(std::move(record));
}

template <typename T>
absl::StatusOr<T> Store::Impl::Get(absl::string_view id) const {
  ReadSnapshot snapshot(db());
  absl::StatusOr<std::optional<T>> record =
      ReadRecord<T>(snapshot.options(), id, /*attach_embedding=*/true);
  if (!record.ok()) return record.status();
  if (!record->has_value()) {
    return absl::NotFoundError(absl::StrCat(RecordTraits<T>::kName, " \"", id, "\" not found"));
  }
  return std::move(**record);
}

template <typename T>
absl::Status Store::Impl::Scan(absl::string_view after_id, const Visitor<T>& visit) const {
  ReadSnapshot snapshot(db());
  return ScanPrefix(RecordTraits<T>::kCf, snapshot.options(), /*prefix=*/"", after_id,
                    [&](absl::string_view key, absl::string_view value) -> absl::StatusOr<bool> {
                      T record;
                      absl::Status s = DecodeRecord(snapshot.options(), key, value,
                                                    /*attach_embedding=*/true, &record);
                      if (!s.ok()) return s;
                      return visit(record);
                    });
}

template <typename T>
absl::Status Store::Impl::ScanIndex(Cf index, absl::string_view parent_id,
                                    absl::string_view after_id, const Visitor<T>& visit) const {
  if (parent_id.empty()) return absl::OkStatus();  // Nothing is indexed under an empty id.
  ReadSnapshot snapshot(db());
  const std::string prefix = CompositePrefix(parent_id);
  return ScanPrefix(
      index, snapshot.options(), prefix, after_id,
      [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
        const absl::string_view id = key.substr(prefix.size());
        absl::StatusOr<std::optional<T>> record =
            ReadRecord<T>(snapshot.options(), id, /*attach_embedding=*/true);
        if (!record.ok()) return record.status();
        if (!record->has_value()) {
          // Commit keeps indexes in step in the same batch: a dangling entry is damage.
          return absl::DataLossError(absl::StrCat("index entry ", DescribeKey(CfName(index), key),
                                                  " names a missing ", RecordTraits<T>::kName));
        }
        return visit(**record);
      });
}

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_STORE_IMPL_H_
