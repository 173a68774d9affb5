// Store's API key methods. Keys are written on their own (not through Commit): they are not
// records of the market and have no history events or secondary indexes.

#include "absl/strings/str_cat.h"
#include "rocksdb/write_batch.h"
#include "storage/store_impl.h"

namespace matchmaker::storage {

absl::Status Store::PutApiKey(const StoredApiKey& stored) {
  if (stored.key.key_id().empty()) return absl::InvalidArgumentError("api key id is empty");
  absl::StatusOr<std::string> value = EncodeApiKeyValue(stored);
  if (!value.ok()) return value.status();
  rocksdb::WriteOptions write_options;
  write_options.sync = true;  // A created key must survive a crash once the caller has it.
  rocksdb::Status s =
      impl_->db()->Put(write_options, impl_->cf(Cf::kApiKeys), stored.key.key_id(), *value);
  if (!s.ok()) {
    return FromRocksDb(
        s, absl::StrCat("put ", DescribeKey(CfName(Cf::kApiKeys), stored.key.key_id())));
  }
  return absl::OkStatus();
}

absl::StatusOr<StoredApiKey> Store::GetApiKey(absl::string_view key_id) const {
  absl::StatusOr<std::optional<std::string>> value =
      impl_->GetRaw(Cf::kApiKeys, rocksdb::ReadOptions(), key_id);
  if (!value.ok()) return value.status();
  if (!value->has_value()) {
    return absl::NotFoundError(absl::StrCat("api key \"", key_id, "\" not found"));
  }
  return DecodeApiKeyValue(**value, DescribeKey(CfName(Cf::kApiKeys), key_id));
}

absl::Status Store::ScanApiKeys(absl::string_view after_key_id,
                                const Visitor<StoredApiKey>& visit) const {
  ReadSnapshot snapshot(impl_->db());
  return impl_->ScanPrefix(
      Cf::kApiKeys, snapshot.options(), /*prefix=*/"", after_key_id,
      [&](absl::string_view key, absl::string_view value) -> absl::StatusOr<bool> {
        absl::StatusOr<StoredApiKey> stored =
            DecodeApiKeyValue(value, DescribeKey(CfName(Cf::kApiKeys), key));
        if (!stored.ok()) return stored.status();
        if (stored->key.key_id() != key) {
          return absl::DataLossError(absl::StrCat("api key at ",
                                                  DescribeKey(CfName(Cf::kApiKeys), key),
                                                  " has key_id \"", stored->key.key_id(), "\""));
        }
        return visit(*stored);
      });
}

}  // namespace matchmaker::storage
