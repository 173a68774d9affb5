#include "tests/storage/store_fixture.h"

#include <algorithm>
#include <functional>

#include "absl/strings/str_cat.h"
#include "rocksdb/db.h"

namespace matchmaker::storage::testing {
namespace {

template <typename T>
std::vector<std::string> CollectIds(const std::function<absl::Status(const Visitor<T>&)>& scan) {
  std::vector<std::string> ids;
  absl::Status status = scan([&](const T& record) {
    ids.push_back(record.id());
    return true;
  });
  EXPECT_TRUE(status.ok()) << status;
  return ids;
}

}  // namespace

std::vector<float> TestEmbedding(int seed, int dim) {
  std::vector<float> values;
  for (int i = 0; i < dim; ++i) values.push_back(static_cast<float>(seed) + 0.1f * i - 0.37f);
  return values;
}

v1::Creator MakeCreator(absl::string_view id, bool with_embedding, int dim) {
  v1::Creator creator;
  creator.set_id(std::string(id));
  creator.set_display_name(absl::StrCat("Creator ", id));
  auto* niche = creator.add_niches();
  niche->set_niche("food/desserts");
  niche->set_weight(0.8);
  creator.mutable_aesthetic()->add_tags("pastel");
  if (with_embedding) {
    for (float f : TestEmbedding(static_cast<int>(id.size()), dim)) {
      creator.mutable_aesthetic()->add_embedding(f);
    }
  }
  creator.set_etag(absl::StrCat("etag-", id));
  return creator;
}

v1::Brand MakeBrand(absl::string_view id) {
  v1::Brand brand;
  brand.set_id(std::string(id));
  brand.set_display_name(absl::StrCat("Brand ", id));
  brand.set_category("food/snacks");
  return brand;
}

v1::Brief MakeBrief(absl::string_view id, absl::string_view brand_id, bool with_embedding,
                    int dim) {
  v1::Brief brief;
  brief.set_id(std::string(id));
  brief.set_brand_id(std::string(brand_id));
  brief.set_title(absl::StrCat("Brief ", id));
  brief.set_status(v1::BRIEF_STATUS_OPEN);
  brief.mutable_aesthetic()->add_tags("minimal");
  if (with_embedding) {
    for (float f : TestEmbedding(static_cast<int>(id.size()) + 100, dim)) {
      brief.mutable_aesthetic()->add_embedding(f);
    }
  }
  return brief;
}

v1::Offer MakeOffer(absl::string_view id, absl::string_view brief_id, absl::string_view brand_id,
                    absl::string_view creator_id, v1::OfferState state, int64_t expire_seconds) {
  v1::Offer offer;
  offer.set_id(std::string(id));
  offer.set_brief_id(std::string(brief_id));
  offer.set_brand_id(std::string(brand_id));
  offer.set_creator_id(std::string(creator_id));
  offer.set_state(state);
  offer.mutable_terms()->set_fee_cents(50000);
  if (expire_seconds != 0) offer.mutable_expire_time()->set_seconds(expire_seconds);
  return offer;
}

v1::HistoryEvent MakeEvent(v1::EventType type, absl::string_view creator_id,
                           absl::string_view brand_id, absl::string_view brief_id,
                           absl::string_view offer_id) {
  v1::HistoryEvent event;
  event.set_type(type);
  event.set_actor("test");
  event.set_creator_id(std::string(creator_id));
  event.set_brand_id(std::string(brand_id));
  event.set_brief_id(std::string(brief_id));
  event.set_offer_id(std::string(offer_id));
  return event;
}

namespace {

// Opens the database at `db_path` with raw RocksDB, runs `use` on the handle of `cf_name`,
// and closes it again.
void WithRawCf(const std::string& db_path, const std::string& cf_name,
               const std::function<void(rocksdb::DB*, rocksdb::ColumnFamilyHandle*)>& use) {
  rocksdb::DBOptions options;
  std::vector<std::string> names;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(options, db_path, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(options, db_path, descriptors, &handles, &db).ok());
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == cf_name) use(db, handles[i]);
  }
  EXPECT_NE(std::find(names.begin(), names.end(), cf_name), names.end()) << cf_name;
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    EXPECT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  }
  EXPECT_TRUE(db->Close().ok());
  delete db;
}

}  // namespace

void RawPut(const std::string& db_path, const std::string& cf_name, const std::string& key,
            const std::string& value) {
  WithRawCf(db_path, cf_name, [&](rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) {
    rocksdb::WriteOptions write_options;
    write_options.sync = true;
    EXPECT_TRUE(db->Put(write_options, cf, key, value).ok());
  });
}

std::optional<std::string> RawGet(const std::string& db_path, const std::string& cf_name,
                                  const std::string& key) {
  std::optional<std::string> result;
  WithRawCf(db_path, cf_name, [&](rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) {
    std::string value;
    if (db->Get(rocksdb::ReadOptions(), cf, key, &value).ok()) result = value;
  });
  return result;
}

std::vector<std::string> RawKeys(const std::string& db_path, const std::string& cf_name) {
  std::vector<std::string> keys;
  WithRawCf(db_path, cf_name, [&](rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf));
    for (it->SeekToFirst(); it->Valid(); it->Next()) keys.push_back(it->key().ToString());
  });
  return keys;
}

std::vector<std::string> StoreTest::CreatorIds(absl::string_view after) {
  return CollectIds<v1::Creator>(
      [&](const Visitor<v1::Creator>& v) { return store_->ScanCreators(after, v); });
}
std::vector<std::string> StoreTest::BrandIds(absl::string_view after) {
  return CollectIds<v1::Brand>(
      [&](const Visitor<v1::Brand>& v) { return store_->ScanBrands(after, v); });
}
std::vector<std::string> StoreTest::BriefIds(absl::string_view after) {
  return CollectIds<v1::Brief>(
      [&](const Visitor<v1::Brief>& v) { return store_->ScanBriefs(after, v); });
}
std::vector<std::string> StoreTest::OfferIds(absl::string_view after) {
  return CollectIds<v1::Offer>(
      [&](const Visitor<v1::Offer>& v) { return store_->ScanOffers(after, v); });
}
std::vector<std::string> StoreTest::BriefIdsOfBrand(absl::string_view brand_id,
                                                    absl::string_view after) {
  return CollectIds<v1::Brief>(
      [&](const Visitor<v1::Brief>& v) { return store_->ScanBriefsOfBrand(brand_id, after, v); });
}
std::vector<std::string> StoreTest::OfferIdsOfBrief(absl::string_view brief_id,
                                                    absl::string_view after) {
  return CollectIds<v1::Offer>(
      [&](const Visitor<v1::Offer>& v) { return store_->ScanOffersOfBrief(brief_id, after, v); });
}
std::vector<std::string> StoreTest::OfferIdsOfCreator(absl::string_view creator_id,
                                                      absl::string_view after) {
  return CollectIds<v1::Offer>([&](const Visitor<v1::Offer>& v) {
    return store_->ScanOffersOfCreator(creator_id, after, v);
  });
}
std::vector<std::string> StoreTest::OfferIdsOfBrand(absl::string_view brand_id,
                                                    absl::string_view after) {
  return CollectIds<v1::Offer>(
      [&](const Visitor<v1::Offer>& v) { return store_->ScanOffersOfBrand(brand_id, after, v); });
}
std::vector<std::string> StoreTest::ExpiredOfferIds(int64_t now_micros) {
  return CollectIds<v1::Offer>(
      [&](const Visitor<v1::Offer>& v) { return store_->ScanExpiredOffers(now_micros, v); });
}
std::vector<std::string> StoreTest::HiddenBriefIds(absl::string_view creator_id) {
  std::vector<std::string> ids;
  absl::Status status = store_->ScanHiddenBriefIds(creator_id, [&](const std::string& id) {
    ids.push_back(id);
    return true;
  });
  EXPECT_TRUE(status.ok()) << status;
  return ids;
}
std::vector<std::string> StoreTest::HistoryIds(HistorySubject subject, absl::string_view subject_id,
                                               int64_t after) {
  return CollectIds<v1::HistoryEvent>([&](const Visitor<v1::HistoryEvent>& v) {
    return store_->ScanHistory(subject, subject_id, after, v);
  });
}

}  // namespace matchmaker::storage::testing
