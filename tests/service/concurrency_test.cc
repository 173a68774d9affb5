// Concurrent accepts from many client threads never over-commit a creator or a brief; racing
// updates with one etag let exactly one win (the rest get ABORTED); concurrent retries of one
// request_id apply once.

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

class ConcurrencyTest : public ServerFixture {
 protected:
  // Accepts every offer from its own thread at once; returns how many succeeded and checks
  // every failure is FAILED_PRECONDITION.
  int AcceptAllAtOnce(const std::vector<v1::Offer>& offers) {
    std::atomic<int> accepted{0};
    std::atomic<int> unexpected{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (const v1::Offer& offer : offers) {
      threads.emplace_back([&, id = offer.id()] {
        while (!go) std::this_thread::yield();
        absl::StatusOr<v1::Offer> result = AcceptOffer(id);
        if (result.ok()) {
          ++accepted;
        } else if (result.status().code() != absl::StatusCode::kFailedPrecondition) {
          ++unexpected;
        }
      });
    }
    go = true;
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(unexpected.load(), 0);
    return accepted.load();
  }

  int64_t CountInState(v1::OfferState state) {
    const v1::GetStatsResponse stats = Stats();
    for (const auto& entry : stats.offers_by_state()) {
      if (entry.state() == state) return entry.count();
    }
    return -1;
  }
};

TEST_F(ConcurrencyTest, ConcurrentAcceptsNeverExceedCreatorsMaxConcurrentPartnerships) {
  MustCreateBrand(MakeBrand("acme"));
  v1::Creator busy = MakeCreator("busy");
  busy.mutable_preferences()->set_max_concurrent_partnerships(3);
  MustCreateCreator(busy);
  std::vector<v1::Offer> offers;
  for (int i = 0; i < 12; ++i) {
    MustCreateBrief(MakeBrief("bf" + std::to_string(i), "acme"));
    offers.push_back(MustSendOffer("bf" + std::to_string(i), "busy"));
  }
  EXPECT_EQ(AcceptAllAtOnce(offers), 3);
  EXPECT_EQ(CountInState(v1::OFFER_STATE_ACCEPTED), 3);
}

TEST_F(ConcurrencyTest, ConcurrentAcceptsNeverExceedBriefsCreatorsWanted) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf", "acme", v1::BRIEF_STATUS_OPEN, /*creators_wanted=*/2));
  std::vector<v1::Offer> offers;
  for (int i = 0; i < 12; ++i) {
    MustCreateCreator(MakeCreator("c" + std::to_string(i)));
    offers.push_back(MustSendOffer("bf", "c" + std::to_string(i)));
  }
  EXPECT_EQ(AcceptAllAtOnce(offers), 2);
  EXPECT_EQ(CountInState(v1::OFFER_STATE_ACCEPTED), 2);
}

TEST_F(ConcurrencyTest, ConcurrentSendsForOnePairCreateExactlyOneLiveOffer) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf", "acme"));
  MustCreateCreator(MakeCreator("jo"));
  std::atomic<int> sent{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      if (SendOffer("bf", "jo").ok()) ++sent;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(sent.load(), 1);
  EXPECT_EQ(Stats().offers(), 1);
}

// Runs `call(i)` for i in [0, n) from n threads released together.
template <typename Call>
void RunTogether(int n, Call call) {
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      while (!go) std::this_thread::yield();
      call(i);
    });
  }
  go = true;
  for (std::thread& thread : threads) thread.join();
}

TEST_F(ConcurrencyTest, RacingUpdatesWithOneEtagLetExactlyOneWin) {
  const v1::Creator created = MustCreateCreator(MakeCreator("jo"));
  std::atomic<int> won{-1};
  std::atomic<int> aborted{0};
  std::atomic<int> unexpected{0};
  RunTogether(8, [&](int i) {
    v1::UpdateCreatorRequest request;
    request.mutable_creator()->set_id("jo");
    request.mutable_creator()->set_display_name("Jo " + std::to_string(i));
    request.mutable_creator()->set_etag(created.etag());
    request.mutable_update_mask()->add_paths("display_name");
    auto response = Call(*creators_, &v1::CreatorService::Stub::UpdateCreator, request);
    if (response.ok()) {
      won = i;
    } else if (response.status().code() == absl::StatusCode::kAborted) {
      ++aborted;
    } else {
      ++unexpected;
    }
  });
  ASSERT_GE(won.load(), 0);
  EXPECT_EQ(aborted.load(), 7);
  EXPECT_EQ(unexpected.load(), 0);
  v1::GetCreatorRequest get;
  get.set_creator_id("jo");
  auto stored = Call(*creators_, &v1::CreatorService::Stub::GetCreator, get);
  ASSERT_OK(stored);
  EXPECT_EQ(stored->creator().display_name(), "Jo " + std::to_string(won.load()));
}

TEST_F(ConcurrencyTest, ConcurrentRetriesOfOneRequestIdApplyOnce) {
  MustCreateBrand(MakeBrand("acme"));
  std::vector<std::string> ids(8);
  std::atomic<int> failed{0};
  RunTogether(8, [&](int i) {
    v1::CreateBriefRequest request;
    *request.mutable_brief() = MakeBrief("", "acme");  // the server picks the id
    request.set_request_id("create-spring-brief");
    auto response = Call(*brands_, &v1::BrandService::Stub::CreateBrief, request);
    if (response.ok()) {
      ids[i] = response->brief().id();
    } else {
      ++failed;
    }
  });
  EXPECT_EQ(failed.load(), 0);
  ASSERT_FALSE(ids[0].empty());
  for (const std::string& id : ids) EXPECT_EQ(id, ids[0]);
  EXPECT_EQ(Stats().briefs(), 1);
}

}  // namespace
}  // namespace matchmaker::testing
