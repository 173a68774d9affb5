// History (sequence numbers, subject indexes) and remembered idempotent requests.

#include <set>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "tests/storage/store_fixture.h"

namespace matchmaker::storage::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_F(StoreTest, HistoryEventsGetConsecutiveSequenceIdsAcrossCommits) {
  WriteSet first;
  first.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, "cr-1", "", "", ""));
  first.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRAND_CREATED, "", "acme", "", ""));
  std::vector<v1::HistoryEvent> events = MustCommit(std::move(first));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].id(), "1");
  EXPECT_EQ(events[1].id(), "2");
  EXPECT_EQ(events[1].type(), v1::EVENT_TYPE_BRAND_CREATED);
  WriteSet second;
  second.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRAND_UPDATED, "", "acme", "", ""));
  events = MustCommit(std::move(second));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].id(), "3");
  EXPECT_EQ(store_->history_sequence(), 3);
  EXPECT_THAT(HistoryIds(HistorySubject::kAll), ElementsAre("1", "2", "3"));
  EXPECT_THAT(HistoryIds(HistorySubject::kAll, "", 1), ElementsAre("2", "3"));
  EXPECT_THAT(HistoryIds(HistorySubject::kAll, "", 3), IsEmpty());
}

TEST_F(StoreTest, WriteSetWithoutHistoryDoesNotAdvanceTheSequence) {
  WriteSet writes;
  writes.Put(MakeBrand("acme"));
  MustCommit(std::move(writes));
  EXPECT_EQ(store_->history_sequence(), 0);
}

TEST_F(StoreTest, HistorySequencePersistsAcrossReopenAndContinues) {
  WriteSet first;
  for (int i = 0; i < 5; ++i) {
    first.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_UPDATED, "cr-1", "", "", ""));
  }
  MustCommit(std::move(first));
  Reopen();
  EXPECT_EQ(store_->history_sequence(), 5);
  WriteSet second;
  second.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_UPDATED, "cr-1", "", "", ""));
  std::vector<v1::HistoryEvent> events = MustCommit(std::move(second));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].id(), "6");
  Reopen();
  EXPECT_EQ(store_->history_sequence(), 6);
  EXPECT_THAT(HistoryIds(HistorySubject::kCreator, "cr-1", 4), ElementsAre("5", "6"));
}

TEST_F(StoreTest, EventTimeIsNowWhenUnsetAndKeptWhenSet) {
  v1::HistoryEvent given = MakeEvent(v1::EVENT_TYPE_BRAND_CREATED, "", "acme", "", "");
  given.mutable_event_time()->set_seconds(1234);
  WriteSet writes;
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRAND_CREATED, "", "acme", "", ""));
  writes.AppendHistory(given);
  const int64_t before = absl::ToUnixSeconds(absl::Now());
  std::vector<v1::HistoryEvent> events = MustCommit(std::move(writes));
  const int64_t after = absl::ToUnixSeconds(absl::Now());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_GE(events[0].event_time().seconds(), before);
  EXPECT_LE(events[0].event_time().seconds(), after);
  EXPECT_EQ(events[1].event_time().seconds(), 1234);
  // What was returned is what was stored.
  std::vector<int64_t> stored;
  ASSERT_OK(store_->ScanHistory(HistorySubject::kAll, "", 0, [&](const v1::HistoryEvent& e) {
    stored.push_back(e.event_time().seconds());
    return true;
  }));
  EXPECT_THAT(stored, ElementsAre(events[0].event_time().seconds(), 1234));
}

TEST_F(StoreTest, HistoryIsIndexedUnderEveryNonEmptySubject) {
  WriteSet writes;
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, "cr-1", "", "", ""));    // 1
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRIEF_CREATED, "", "acme", "bf-1", ""));  // 2
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_OFFER_SENT, "cr-1", "acme", "bf-1", "of-1"));
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRIEF_HIDDEN, "cr-2", "", "bf-1", ""));  // 4
  MustCommit(std::move(writes));
  EXPECT_THAT(HistoryIds(HistorySubject::kCreator, "cr-1"), ElementsAre("1", "3"));
  EXPECT_THAT(HistoryIds(HistorySubject::kCreator, "cr-2"), ElementsAre("4"));
  EXPECT_THAT(HistoryIds(HistorySubject::kBrand, "acme"), ElementsAre("2", "3"));
  EXPECT_THAT(HistoryIds(HistorySubject::kBrief, "bf-1"), ElementsAre("2", "3", "4"));
  EXPECT_THAT(HistoryIds(HistorySubject::kBrief, "bf-1", 2), ElementsAre("3", "4"));
  EXPECT_THAT(HistoryIds(HistorySubject::kOffer, "of-1"), ElementsAre("3"));
  // Subjects of different kinds with the same id do not mix.
  EXPECT_THAT(HistoryIds(HistorySubject::kBrand, "bf-1"), IsEmpty());
  EXPECT_THAT(HistoryIds(HistorySubject::kCreator, ""), IsEmpty());
}

TEST_F(StoreTest, HistoryKeepsSnapshotsAndSurvivesDeletionOfItsSubjects) {
  WriteSet create;
  create.Put(MakeBrief("bf-1", "acme"));
  v1::HistoryEvent created = MakeEvent(v1::EVENT_TYPE_BRIEF_CREATED, "", "acme", "bf-1", "");
  *created.mutable_brief() = MakeBrief("bf-1", "acme");
  create.AppendHistory(created);
  MustCommit(std::move(create));
  WriteSet del;
  del.DeleteBrief("bf-1");
  del.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRIEF_DELETED, "", "acme", "bf-1", ""));
  MustCommit(std::move(del));
  std::vector<v1::HistoryEvent> events;
  ASSERT_OK(store_->ScanHistory(HistorySubject::kBrief, "bf-1", 0, [&](const v1::HistoryEvent& e) {
    events.push_back(e);
    return true;
  }));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].brief().title(), "Brief bf-1");
  EXPECT_EQ(events[1].type(), v1::EVENT_TYPE_BRIEF_DELETED);
}

TEST_F(StoreTest, ConcurrentCommitsGetUniqueContiguousSequenceNumbers) {
  constexpr int kThreads = 4;
  constexpr int kCommitsPerThread = 10;
  std::vector<std::thread> threads;
  std::vector<std::vector<std::string>> ids(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCommitsPerThread; ++i) {
        WriteSet writes;
        const std::string creator = absl::StrCat("cr-", t, "-", i);
        writes.Put(MakeCreator(creator));
        writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, creator, "", "", ""));
        absl::StatusOr<std::vector<v1::HistoryEvent>> events = store_->Commit(std::move(writes));
        ASSERT_TRUE(events.ok()) << events.status();
        ids[t].push_back(events->at(0).id());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::set<std::string> all;
  for (const auto& per_thread : ids) all.insert(per_thread.begin(), per_thread.end());
  EXPECT_EQ(all.size(), static_cast<size_t>(kThreads * kCommitsPerThread));
  EXPECT_EQ(store_->history_sequence(), kThreads * kCommitsPerThread);
  EXPECT_EQ(HistoryIds(HistorySubject::kAll).size(),
            static_cast<size_t>(kThreads * kCommitsPerThread));
  EXPECT_EQ(CreatorIds().size(), static_cast<size_t>(kThreads * kCommitsPerThread));
}

TEST_F(StoreTest, RememberedRequestsAreReturnedByLookupAndSurviveReopen) {
  const std::string response(
      "\x0a\x03"
      "abc\x00\xff",
      7);
  WriteSet writes;
  writes.Put(MakeBrand("acme"));
  writes.RememberRequest("BrandService.CreateBrand/req-1", response);
  MustCommit(std::move(writes));
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> found,
                       store_->LookupRequest("BrandService.CreateBrand/req-1"));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, response);
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> missing,
                       store_->LookupRequest("BrandService.CreateBrand/req-2"));
  EXPECT_FALSE(missing.has_value());
  Reopen();
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> reopened,
                       store_->LookupRequest("BrandService.CreateBrand/req-1"));
  ASSERT_TRUE(reopened.has_value());
  EXPECT_EQ(*reopened, response);
}

}  // namespace
}  // namespace matchmaker::storage::testing
