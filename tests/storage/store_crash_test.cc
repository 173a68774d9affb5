// Crash recovery: a child process commits WriteSets and dies without closing the database
// (_exit, or SIGKILL in the middle of the stream); the parent reopens it and checks that every
// acknowledged commit is complete and no commit is half-applied.
//
// Its own test binary, because fork() is only safe while the parent has no RocksDB background
// threads; ctest runs each test in a fresh process anyway. The child arms alarm() so a problem
// shows up as a failure, not a hang.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tests/storage/store_fixture.h"

namespace matchmaker::storage::testing {
namespace {

using ::testing::ElementsAre;

constexpr int kChildAlarmSeconds = 120;

// Commit number i touches every column family: three new records with embeddings and index
// entries, a transition of the previous offer out of the expiry index, an overwrite of a
// shared record, a history event and a remembered request.
WriteSet CommitNumber(int i) {
  WriteSet writes;
  const std::string n = absl::StrCat(i);
  writes.Put(MakeCreator(absl::StrCat("cr-", n)));
  writes.Put(MakeBrief(absl::StrCat("bf-", n), "acme"));
  writes.Put(MakeOffer(absl::StrCat("of-", n), absl::StrCat("bf-", n), "acme",
                       absl::StrCat("cr-", n), v1::OFFER_STATE_PROPOSED, 1000 + i));
  if (i > 0) {
    const std::string p = absl::StrCat(i - 1);
    writes.Put(MakeOffer(absl::StrCat("of-", p), absl::StrCat("bf-", p), "acme",
                         absl::StrCat("cr-", p), v1::OFFER_STATE_ACCEPTED, 1000 + i - 1));
  }
  v1::Brand tally = MakeBrand("tally");
  tally.set_display_name(n);
  writes.Put(tally);
  writes.HideBrief(absl::StrCat("cr-", n), "bf-hidden");
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_OFFER_SENT, absl::StrCat("cr-", n), "acme",
                                 absl::StrCat("bf-", n), absl::StrCat("of-", n)));
  writes.RememberRequest(absl::StrCat("BrandService.SendOffer/req-", n), n);
  return writes;
}

enum class Death { kExitWithoutClose, kKilledByParent, kKillsItselfMidCommit };

// Child body: commits CommitNumber(0..limit-1), writing each acknowledged number to `ack_fd`.
// Never returns.
[[noreturn]] void RunChild(const std::string& path, int ack_fd, int limit, Death death) {
  alarm(kChildAlarmSeconds);
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open({path, kDim});
  if (!store.ok()) _exit(2);
  if (death == Death::kKillsItselfMidCommit) {
    std::thread([] {
      std::mt19937 random(static_cast<unsigned>(getpid()));
      std::this_thread::sleep_for(std::chrono::milliseconds(50 + random() % 150));
      raise(SIGKILL);
    }).detach();
  }
  for (int i = 0; i < limit; ++i) {
    if (!(*store)->Commit(CommitNumber(i)).ok()) _exit(3);
    const int32_t ack = i;
    if (write(ack_fd, &ack, sizeof(ack)) != sizeof(ack)) _exit(4);
  }
  // Leak the store on purpose: no destructor, no Close, no flush.
  (void)store->release();
  _exit(0);
}

struct ChildResult {
  int acknowledged = 0;  // Commits 0..acknowledged-1 were acknowledged.
  int wait_status = 0;
};

ChildResult RunCrashingChild(const std::string& path, int limit, Death death, int kill_after_acks) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    RunChild(path, fds[1], limit, death);
  }
  close(fds[1]);
  ChildResult result;
  int32_t ack = 0;
  while (read(fds[0], &ack, sizeof(ack)) == sizeof(ack)) {
    EXPECT_EQ(ack, result.acknowledged);
    result.acknowledged = ack + 1;
    if (death == Death::kKilledByParent && result.acknowledged == kill_after_acks) {
      kill(pid, SIGKILL);  // Lands somewhere in the middle of a later commit.
    }
  }
  close(fds[0]);
  EXPECT_EQ(waitpid(pid, &result.wait_status, 0), pid);
  return result;
}

// Reopens the database and checks it holds exactly commits 0..n-1 for some n >= acknowledged,
// each complete. Returns n.
int VerifyWholeCommitPrefix(const std::string& path, int acknowledged) {
  absl::StatusOr<std::unique_ptr<Store>> opened = Store::Open({path, kDim});
  EXPECT_TRUE(opened.ok()) << opened.status();
  if (!opened.ok()) return -1;
  Store& store = **opened;

  // n from the history sequence: one event per commit, written in the same batch.
  const int n = static_cast<int>(store.history_sequence());
  EXPECT_GE(n, acknowledged);
  // Visible in --gtest_output=xml: how far the child got, and how much it had acknowledged.
  ::testing::Test::RecordProperty("acknowledged", acknowledged);
  ::testing::Test::RecordProperty("recovered", n);

  int creators = 0;
  EXPECT_OK(store.ScanCreators("", [&](const v1::Creator& creator) {
    EXPECT_EQ(creator.aesthetic().embedding_size(), kDim) << creator.id();
    ++creators;
    return true;
  }));
  EXPECT_EQ(creators, n);
  int briefs = 0;
  EXPECT_OK(store.ScanBriefsOfBrand("acme", "", [&](const v1::Brief&) {
    ++briefs;
    return true;
  }));
  EXPECT_EQ(briefs, n);
  int offers = 0;
  EXPECT_OK(store.ScanOffersOfBrand("acme", "", [&](const v1::Offer&) {
    ++offers;
    return true;
  }));
  EXPECT_EQ(offers, n);
  int events = 0;
  EXPECT_OK(store.ScanHistory(HistorySubject::kBrand, "acme", 0, [&](const v1::HistoryEvent&) {
    ++events;
    return true;
  }));
  EXPECT_EQ(events, n);

  for (int i = 0; i < n; ++i) {
    const std::string id = absl::StrCat(i);
    EXPECT_OK(store.GetCreator(absl::StrCat("cr-", id)));
    EXPECT_OK(store.GetBrief(absl::StrCat("bf-", id)));
    absl::StatusOr<v1::Offer> offer = store.GetOffer(absl::StrCat("of-", id));
    EXPECT_OK(offer);
    if (offer.ok()) {
      // Only the newest offer is still PROPOSED: each commit accepted the one before.
      EXPECT_EQ(offer->state(), i == n - 1 ? v1::OFFER_STATE_PROPOSED : v1::OFFER_STATE_ACCEPTED)
          << i;
    }
    absl::StatusOr<bool> hidden = store.IsBriefHidden(absl::StrCat("cr-", id), "bf-hidden");
    EXPECT_TRUE(hidden.ok() && *hidden) << i;
    absl::StatusOr<std::optional<std::string>> request =
        store.LookupRequest(absl::StrCat("BrandService.SendOffer/req-", id));
    EXPECT_TRUE(request.ok() && *request == id) << i;
  }
  // Nothing of commit n (the one that may have been cut short) is visible.
  EXPECT_STATUS_CODE(store.GetCreator(absl::StrCat("cr-", n)), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store.GetOffer(absl::StrCat("of-", n)), absl::StatusCode::kNotFound);
  absl::StatusOr<std::optional<std::string>> next_request =
      store.LookupRequest(absl::StrCat("BrandService.SendOffer/req-", n));
  EXPECT_TRUE(next_request.ok() && !next_request->has_value());
  if (n > 0) {
    absl::StatusOr<v1::Brand> tally = store.GetBrand("tally");
    EXPECT_TRUE(tally.ok() && tally->display_name() == absl::StrCat(n - 1));
    std::vector<std::string> live;
    EXPECT_OK(store.ScanExpiredOffers(INT64_MAX, [&](const v1::Offer& offer) {
      live.push_back(offer.id());
      return true;
    }));
    EXPECT_THAT(live, ElementsAre(absl::StrCat("of-", n - 1)));
  }
  // The reopened database keeps working: the sequence continues after n.
  absl::StatusOr<std::vector<v1::HistoryEvent>> more = store.Commit(CommitNumber(n));
  EXPECT_TRUE(more.ok() && more->at(0).id() == absl::StrCat(n + 1));
  return n;
}

TEST(StoreCrashTest, ExitWithoutClosingKeepsEveryAcknowledgedCommit) {
  ::matchmaker::testing::TempDir dir;
  const ChildResult child =
      RunCrashingChild(dir.Sub("db"), /*limit=*/40, Death::kExitWithoutClose, 0);
  ASSERT_TRUE(WIFEXITED(child.wait_status) && WEXITSTATUS(child.wait_status) == 0)
      << "child status " << child.wait_status;
  EXPECT_EQ(child.acknowledged, 40);
  EXPECT_EQ(VerifyWholeCommitPrefix(dir.Sub("db"), child.acknowledged), 40);
}

TEST(StoreCrashTest, SigkillMidStreamLeavesOnlyWholeCommitsAndEveryAcknowledgedOne) {
  ::matchmaker::testing::TempDir dir;
  const ChildResult child =
      RunCrashingChild(dir.Sub("db"), /*limit=*/100000, Death::kKilledByParent, 25);
  ASSERT_TRUE(WIFSIGNALED(child.wait_status) && WTERMSIG(child.wait_status) == SIGKILL)
      << "child status " << child.wait_status;
  EXPECT_GE(child.acknowledged, 25);
  VerifyWholeCommitPrefix(dir.Sub("db"), child.acknowledged);
}

TEST(StoreCrashTest, SelfSigkillDuringCommitsLeavesOnlyWholeCommits) {
  // Several rounds, so the kill lands at several points of the stream (the timer is random).
  // Every child is forked before the parent opens any database: opening one starts RocksDB's
  // background threads, which never stop, and fork() is only safe without them.
  constexpr int kRounds = 3;
  ::matchmaker::testing::TempDir dir;
  std::vector<ChildResult> children;
  for (int round = 0; round < kRounds; ++round) {
    children.push_back(RunCrashingChild(dir.Sub(absl::StrCat("db-", round)), /*limit=*/100000,
                                        Death::kKillsItselfMidCommit, 0));
  }
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE(absl::StrCat("round ", round));
    const ChildResult& child = children[round];
    ASSERT_TRUE(WIFSIGNALED(child.wait_status) && WTERMSIG(child.wait_status) == SIGKILL)
        << "child status " << child.wait_status;
    VerifyWholeCommitPrefix(dir.Sub(absl::StrCat("db-", round)), child.acknowledged);
  }
}

}  // namespace
}  // namespace matchmaker::storage::testing
