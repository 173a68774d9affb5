// Concurrent accepts from many client threads never over-commit a creator or a brief.

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

}  // namespace
}  // namespace matchmaker::testing
