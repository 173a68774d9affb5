// The api_keys column family: stored form round trip, and a database made before the column
// family existed opens (Store::Open creates missing column families) with its data intact.

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "storage/api_key_codec.h"
#include "storage/column_families.h"
#include "storage/store.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::storage {
namespace {

StoredApiKey MakeKey(const std::string& key_id) {
  StoredApiKey stored;
  stored.key.set_key_id(key_id);
  stored.key.set_principal("brand/acme");
  stored.key.set_description("d");
  stored.key.mutable_create_time()->set_seconds(1700000000);
  stored.salt = std::string(16, '\x01');
  stored.hash = std::string(32, '\xfe');
  return stored;
}

TEST(ApiKeyCodecTest, RoundTripsAndRejectsDamage) {
  const StoredApiKey stored = MakeKey("k_00000000000000aa");
  ASSERT_OK_AND_ASSIGN(std::string value, EncodeApiKeyValue(stored));
  ASSERT_OK_AND_ASSIGN(StoredApiKey decoded, DecodeApiKeyValue(value, "api_keys/x"));
  EXPECT_EQ(decoded.key.SerializeAsString(), stored.key.SerializeAsString());
  EXPECT_EQ(decoded.salt, stored.salt);
  EXPECT_EQ(decoded.hash, stored.hash);
  EXPECT_EQ(DecodeApiKeyValue(value.substr(0, 10), "x").status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(DecodeApiKeyValue("", "x").status().code(), absl::StatusCode::kDataLoss);
  StoredApiKey no_salt = stored;
  no_salt.salt.clear();
  EXPECT_EQ(EncodeApiKeyValue(no_salt).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(ApiKeyStoreTest, PutGetScan) {
  testing::TempDir dir;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Store> store, Store::Open({dir.Sub("db"), 8}));
  ASSERT_OK(store->PutApiKey(MakeKey("k_00000000000000bb")));
  ASSERT_OK(store->PutApiKey(MakeKey("k_00000000000000aa")));
  ASSERT_OK_AND_ASSIGN(StoredApiKey got, store->GetApiKey("k_00000000000000aa"));
  EXPECT_EQ(got.key.principal(), "brand/acme");
  EXPECT_EQ(store->GetApiKey("k_00000000000000cc").status().code(), absl::StatusCode::kNotFound);
  std::vector<std::string> ids;
  ASSERT_OK(store->ScanApiKeys("", [&](const StoredApiKey& key) {
    ids.push_back(key.key.key_id());
    return true;
  }));
  EXPECT_EQ(ids, (std::vector<std::string>{"k_00000000000000aa", "k_00000000000000bb"}));
  ids.clear();
  ASSERT_OK(store->ScanApiKeys("k_00000000000000aa", [&](const StoredApiKey& key) {
    ids.push_back(key.key.key_id());
    return true;
  }));
  EXPECT_EQ(ids, (std::vector<std::string>{"k_00000000000000bb"}));
}

TEST(ApiKeyStoreTest, DatabaseFromBeforeApiKeysOpens) {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  int64_t sequence = 0;
  {
    ASSERT_OK_AND_ASSIGN(std::unique_ptr<Store> store, Store::Open({path, 8}));
    WriteSet writes;
    v1::HistoryEvent event;
    event.set_type(v1::EVENT_TYPE_BRAND_CREATED);
    event.set_brand_id("acme");
    writes.AppendHistory(event);
    ASSERT_OK(store->Commit(std::move(writes)));
    sequence = store->history_sequence();
  }
  // Make it look like an older release's database: drop the api_keys column family.
  {
    rocksdb::DBOptions options;
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (Cf cf : AllCfs())
      descriptors.emplace_back(std::string(CfName(cf)), rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, path, descriptors, &handles, &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    ASSERT_TRUE(db->DropColumnFamily(handles[static_cast<size_t>(Cf::kApiKeys)]).ok());
    for (auto* handle : handles) ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
    ASSERT_TRUE(db->Close().ok());
    std::vector<std::string> names;
    ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(options, path, &names).ok());
    EXPECT_EQ(std::count(names.begin(), names.end(), "api_keys"), 0);
  }
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Store> store, Store::Open({path, 8}));
  EXPECT_EQ(store->history_sequence(), sequence);
  ASSERT_OK(store->PutApiKey(MakeKey("k_00000000000000aa")));
  EXPECT_OK(store->GetApiKey("k_00000000000000aa"));
}

}  // namespace
}  // namespace matchmaker::storage
