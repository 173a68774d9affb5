// Store: opening and closing the database, its meta data, checkpoints, and the public methods
// (which forward to Store::Impl; reads are in store_read.cc, commits in store_commit.cc).

#include "storage/store.h"

#include <filesystem>
#include <system_error>

#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "rocksdb/utilities/checkpoint.h"
#include "rocksdb/write_batch.h"
#include "storage/db_options.h"
#include "storage/store_impl.h"

namespace matchmaker::storage {
namespace {

// Large enough for any real embedding, small enough that a typo cannot allocate gigabytes.
constexpr int kMaxEmbeddingDim = 1 << 16;

// Reads a decimal meta value; DATA_LOSS when it is not one.
absl::StatusOr<std::optional<int64_t>> ParseMeta(const std::optional<std::string>& value,
                                                 absl::string_view key) {
  if (!value.has_value()) return std::optional<int64_t>();
  int64_t number = 0;
  if (!absl::SimpleAtoi(*value, &number)) {
    return absl::DataLossError(absl::StrCat("meta value ", DescribeKey("meta", key),
                                            " is not a number: \"", absl::CHexEscape(*value),
                                            "\""));
  }
  return std::optional<int64_t>(number);
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store::Impl>> Store::Impl::Open(const StoreOptions& options) {
  if (options.path.empty()) return absl::InvalidArgumentError("store path is empty");
  if (options.embedding_dim <= 0 || options.embedding_dim > kMaxEmbeddingDim) {
    return absl::InvalidArgumentError(absl::StrCat("embedding_dim ", options.embedding_dim,
                                                   " is outside [1, ", kMaxEmbeddingDim, "]"));
  }
  std::error_code error;
  std::filesystem::create_directories(options.path, error);
  if (error) {
    return absl::UnavailableError(
        absl::StrCat("cannot create directory ", options.path, ": ", error.message()));
  }

  std::unique_ptr<Impl> impl(new Impl());
  impl->path_ = options.path;
  impl->block_cache_ = MakeBlockCache();
  const rocksdb::DBOptions db_options = MakeDbOptions();

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (Cf cf : AllCfs()) {
    descriptors.emplace_back(std::string(CfName(cf)), MakeCfOptions(cf, impl->block_cache_));
  }
  // RocksDB refuses to open a database without all of its column families; a newer release
  // may have added some. Missing database: the list stays empty.
  std::vector<std::string> existing;
  if (rocksdb::DB::ListColumnFamilies(db_options, options.path, &existing).ok()) {
    for (const std::string& name : existing) {
      if (!CfByName(name).has_value())
        descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
  }

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(db_options, options.path, descriptors, &handles, &db);
  if (!s.ok()) return FromRocksDb(s, absl::StrCat("open ", options.path));
  impl->db_.reset(db);
  for (size_t i = 0; i < handles.size(); ++i) {
    if (i < kNumCfs) {
      impl->handles_[i] = handles[i];
    } else {
      impl->foreign_handles_.push_back(handles[i]);
    }
  }
  if (absl::Status meta = impl->LoadMeta(options); !meta.ok()) return meta;
  return impl;
}

Store::Impl::~Impl() {
  if (db_ == nullptr) return;
  // RocksDB requires every handle to be released before the database is closed. Close()
  // errors are ignored: committed data is already durable in the synced WAL.
  for (rocksdb::ColumnFamilyHandle* handle : handles_) {
    if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  for (rocksdb::ColumnFamilyHandle* handle : foreign_handles_) {
    db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  db_->Close().PermitUncheckedError();
  db_.reset();
}

absl::Status Store::Impl::LoadMeta(const StoreOptions& options) {
  absl::MutexLock lock(&commit_mu_);
  const rocksdb::ReadOptions read_options;
  absl::StatusOr<std::optional<std::string>> format =
      GetRaw(Cf::kMeta, read_options, kMetaFormatVersion);
  if (!format.ok()) return format.status();

  if (!format->has_value()) {
    // A new database: every data column family must be empty, else meta was lost.
    for (Cf cf : {Cf::kCreators, Cf::kBrands, Cf::kBriefs, Cf::kOffers, Cf::kHistory}) {
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read_options, this->cf(cf)));
      it->SeekToFirst();
      if (it->Valid()) {
        return absl::DataLossError(absl::StrCat("database at ", path_, " has data in ", CfName(cf),
                                                " but no meta format_version"));
      }
      if (!it->status().ok()) return FromRocksDb(it->status(), "check new database");
    }
    rocksdb::WriteBatch batch;
    rocksdb::Status s =
        batch.Put(cf(Cf::kMeta), kMetaFormatVersion.data(), absl::StrCat(kDatabaseFormatVersion));
    if (s.ok()) {
      s = batch.Put(cf(Cf::kMeta), kMetaEmbeddingDim.data(), absl::StrCat(options.embedding_dim));
    }
    if (s.ok()) s = batch.Put(cf(Cf::kMeta), kMetaHistorySequence.data(), "0");
    rocksdb::WriteOptions write_options;
    write_options.sync = true;
    if (s.ok()) s = db_->Write(write_options, &batch);
    if (!s.ok()) return FromRocksDb(s, "initialise meta");
    embedding_dim_ = options.embedding_dim;
    last_sequence_ = 0;
    published_sequence_.store(0);
    return absl::OkStatus();
  }

  absl::StatusOr<std::optional<int64_t>> version = ParseMeta(*format, kMetaFormatVersion);
  if (!version.ok()) return version.status();
  if (**version != kDatabaseFormatVersion) {
    return absl::FailedPreconditionError(absl::StrCat("database at ", path_, " has format version ",
                                                      **version, "; this release reads ",
                                                      kDatabaseFormatVersion));
  }

  absl::StatusOr<std::optional<std::string>> dim_value =
      GetRaw(Cf::kMeta, read_options, kMetaEmbeddingDim);
  if (!dim_value.ok()) return dim_value.status();
  absl::StatusOr<std::optional<int64_t>> dim = ParseMeta(*dim_value, kMetaEmbeddingDim);
  if (!dim.ok()) return dim.status();
  if (!dim->has_value()) {
    return absl::DataLossError(absl::StrCat("database at ", path_, " has no embedding_dim"));
  }
  if (**dim != options.embedding_dim) {
    return absl::FailedPreconditionError(absl::StrCat(
        "database at ", path_, " has embedding_dim ", **dim, " but was opened with embedding_dim ",
        options.embedding_dim, "; the dimension is fixed when a database is created"));
  }

  absl::StatusOr<std::optional<std::string>> sequence_value =
      GetRaw(Cf::kMeta, read_options, kMetaHistorySequence);
  if (!sequence_value.ok()) return sequence_value.status();
  absl::StatusOr<std::optional<int64_t>> sequence =
      ParseMeta(*sequence_value, kMetaHistorySequence);
  if (!sequence.ok()) return sequence.status();
  if (!sequence->has_value() || **sequence < 0) {
    return absl::DataLossError(
        absl::StrCat("database at ", path_, " has no valid history_sequence"));
  }
  // The sequence and the events are written in one batch; a later event means damage, and
  // reusing its number would overwrite it.
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read_options, cf(Cf::kHistory)));
  it->SeekToLast();
  if (it->Valid()) {
    const std::optional<int64_t> last =
        DecodeHistoryKey(absl::string_view(it->key().data(), it->key().size()));
    if (!last.has_value() || *last > **sequence) {
      return absl::DataLossError(absl::StrCat(
          "database at ", path_, " has history beyond its history_sequence ", **sequence));
    }
  }
  if (!it->status().ok()) return FromRocksDb(it->status(), "check history");

  embedding_dim_ = static_cast<int>(**dim);
  last_sequence_ = **sequence;
  published_sequence_.store(**sequence);
  return absl::OkStatus();
}

absl::StatusOr<int64_t> Store::Impl::CreateCheckpoint(const std::string& directory) {
  if (directory.empty()) return absl::InvalidArgumentError("checkpoint directory is empty");
  std::error_code error;
  if (std::filesystem::exists(directory, error)) {
    return absl::AlreadyExistsError(
        absl::StrCat("checkpoint directory ", directory, " already exists"));
  }
  const std::filesystem::path parent = std::filesystem::path(directory).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, error);

  // No commit may land between the checkpoint and reading the sequence it contains.
  absl::MutexLock lock(&commit_mu_);
  rocksdb::Checkpoint* raw = nullptr;
  rocksdb::Status s = rocksdb::Checkpoint::Create(db_.get(), &raw);
  if (!s.ok()) return FromRocksDb(s, "create checkpoint");
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  s = checkpoint->CreateCheckpoint(directory);
  if (!s.ok()) return FromRocksDb(s, absl::StrCat("create checkpoint in ", directory));
  return last_sequence_;
}

// ---- Store: forwarding ----

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Open(options);
  if (!impl.ok()) return impl.status();
  return std::unique_ptr<Store>(new Store(*std::move(impl)));
}

int Store::embedding_dim() const { return impl_->embedding_dim(); }

absl::StatusOr<v1::Creator> Store::GetCreator(absl::string_view id) const {
  return impl_->Get<v1::Creator>(id);
}
absl::StatusOr<v1::Brand> Store::GetBrand(absl::string_view id) const {
  return impl_->Get<v1::Brand>(id);
}
absl::StatusOr<v1::Brief> Store::GetBrief(absl::string_view id) const {
  return impl_->Get<v1::Brief>(id);
}
absl::StatusOr<v1::Offer> Store::GetOffer(absl::string_view id) const {
  return impl_->Get<v1::Offer>(id);
}

absl::Status Store::ScanCreators(absl::string_view after_id,
                                 const Visitor<v1::Creator>& visit) const {
  return impl_->Scan(after_id, visit);
}
absl::Status Store::ScanBrands(absl::string_view after_id, const Visitor<v1::Brand>& visit) const {
  return impl_->Scan(after_id, visit);
}
absl::Status Store::ScanBriefs(absl::string_view after_id, const Visitor<v1::Brief>& visit) const {
  return impl_->Scan(after_id, visit);
}
absl::Status Store::ScanOffers(absl::string_view after_id, const Visitor<v1::Offer>& visit) const {
  return impl_->Scan(after_id, visit);
}

absl::Status Store::ScanBriefsOfBrand(absl::string_view brand_id, absl::string_view after_id,
                                      const Visitor<v1::Brief>& visit) const {
  return impl_->ScanIndex(Cf::kBriefsByBrand, brand_id, after_id, visit);
}
absl::Status Store::ScanOffersOfBrief(absl::string_view brief_id, absl::string_view after_id,
                                      const Visitor<v1::Offer>& visit) const {
  return impl_->ScanIndex(Cf::kOffersByBrief, brief_id, after_id, visit);
}
absl::Status Store::ScanOffersOfCreator(absl::string_view creator_id, absl::string_view after_id,
                                        const Visitor<v1::Offer>& visit) const {
  return impl_->ScanIndex(Cf::kOffersByCreator, creator_id, after_id, visit);
}
absl::Status Store::ScanOffersOfBrand(absl::string_view brand_id, absl::string_view after_id,
                                      const Visitor<v1::Offer>& visit) const {
  return impl_->ScanIndex(Cf::kOffersByBrand, brand_id, after_id, visit);
}
absl::Status Store::ScanExpiredOffers(int64_t now_micros, const Visitor<v1::Offer>& visit) const {
  return impl_->ScanExpiredOffers(now_micros, visit);
}

absl::StatusOr<bool> Store::IsBriefHidden(absl::string_view creator_id,
                                          absl::string_view brief_id) const {
  return impl_->IsBriefHidden(creator_id, brief_id);
}
absl::Status Store::ScanHiddenBriefIds(absl::string_view creator_id,
                                       const Visitor<std::string>& visit) const {
  return impl_->ScanHiddenBriefIds(creator_id, visit);
}

absl::Status Store::ScanHistory(HistorySubject subject, absl::string_view subject_id,
                                int64_t after_sequence,
                                const Visitor<v1::HistoryEvent>& visit) const {
  return impl_->ScanHistory(subject, subject_id, after_sequence, visit);
}
int64_t Store::history_sequence() const { return impl_->history_sequence(); }

absl::StatusOr<std::optional<std::string>> Store::LookupRequest(
    absl::string_view request_key) const {
  return impl_->LookupRequest(request_key);
}

absl::StatusOr<std::vector<v1::HistoryEvent>> Store::Commit(WriteSet writes) {
  return impl_->Commit(std::move(writes));
}

absl::StatusOr<int64_t> Store::CreateCheckpoint(const std::string& directory) {
  return impl_->CreateCheckpoint(directory);
}

}  // namespace matchmaker::storage
