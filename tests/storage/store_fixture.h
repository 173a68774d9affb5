#ifndef MATCHMAKER_TESTS_STORAGE_STORE_FIXTURE_H_
#define MATCHMAKER_TESTS_STORAGE_STORE_FIXTURE_H_

// A real RocksDB store in a temp dir that tests can close, reopen and poke at with raw RocksDB
// (to corrupt values), plus small builders for records and collectors for scans.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "storage/store.h"
#include "storage/write_set.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::storage::testing {

inline constexpr int kDim = 8;

// A deterministic embedding of `dim` floats that differs per `seed`.
std::vector<float> TestEmbedding(int seed, int dim = kDim);

v1::Creator MakeCreator(absl::string_view id, bool with_embedding = true, int dim = kDim);
v1::Brand MakeBrand(absl::string_view id);
v1::Brief MakeBrief(absl::string_view id, absl::string_view brand_id, bool with_embedding = true,
                    int dim = kDim);
v1::Offer MakeOffer(absl::string_view id, absl::string_view brief_id, absl::string_view brand_id,
                    absl::string_view creator_id, v1::OfferState state, int64_t expire_seconds);
v1::HistoryEvent MakeEvent(v1::EventType type, absl::string_view creator_id,
                           absl::string_view brand_id, absl::string_view brief_id,
                           absl::string_view offer_id);

// Writes `value` at `key` of column family `cf_name` with raw RocksDB, bypassing the store
// (which must be closed).
void RawPut(const std::string& db_path, const std::string& cf_name, const std::string& key,
            const std::string& value);
// The raw value at `key`, nullopt when absent (store closed).
std::optional<std::string> RawGet(const std::string& db_path, const std::string& cf_name,
                                  const std::string& key);
// Every key of column family `cf_name`, in order (store closed).
std::vector<std::string> RawKeys(const std::string& db_path, const std::string& cf_name);

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { OpenStore(); }

  std::string db_path() const { return dir_.Sub("db"); }

  // Opens (or reopens) the store at db_path(); fails the test on error.
  void OpenStore(int dim = kDim) {
    store_.reset();
    absl::StatusOr<std::unique_ptr<Store>> opened = Store::Open({db_path(), dim});
    ASSERT_TRUE(opened.ok()) << opened.status();
    store_ = *std::move(opened);
  }
  void CloseStore() { store_.reset(); }
  void Reopen() { OpenStore(); }

  // Commits and expects success.
  std::vector<v1::HistoryEvent> MustCommit(WriteSet writes) {
    absl::StatusOr<std::vector<v1::HistoryEvent>> events = store_->Commit(std::move(writes));
    EXPECT_TRUE(events.ok()) << events.status();
    return events.ok() ? *std::move(events) : std::vector<v1::HistoryEvent>();
  }

  // Ids visited by a scan (all of them, in order).
  std::vector<std::string> CreatorIds(absl::string_view after = "");
  std::vector<std::string> BrandIds(absl::string_view after = "");
  std::vector<std::string> BriefIds(absl::string_view after = "");
  std::vector<std::string> OfferIds(absl::string_view after = "");
  std::vector<std::string> BriefIdsOfBrand(absl::string_view brand_id,
                                           absl::string_view after = "");
  std::vector<std::string> OfferIdsOfBrief(absl::string_view brief_id,
                                           absl::string_view after = "");
  std::vector<std::string> OfferIdsOfCreator(absl::string_view creator_id,
                                             absl::string_view after = "");
  std::vector<std::string> OfferIdsOfBrand(absl::string_view brand_id,
                                           absl::string_view after = "");
  std::vector<std::string> ExpiredOfferIds(int64_t now_micros);
  std::vector<std::string> HiddenBriefIds(absl::string_view creator_id);
  // Event ids (sequence numbers as strings).
  std::vector<std::string> HistoryIds(HistorySubject subject, absl::string_view subject_id = "",
                                      int64_t after = 0);

  ::matchmaker::testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace matchmaker::storage::testing

#endif  // MATCHMAKER_TESTS_STORAGE_STORE_FIXTURE_H_
