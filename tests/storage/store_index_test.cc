// Secondary indexes (briefs by brand, offers by brief / creator / brand, live offers by
// expiry) and hidden briefs stay in step with the records across updates and deletes.

#include "storage/keys.h"
#include "tests/storage/store_fixture.h"

namespace matchmaker::storage::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

constexpr int64_t kSecond = 1000000;

TEST_F(StoreTest, BriefsByBrandListsABrandsBriefsInIdOrderAfterAfterId) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-2", "acme"));
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeBrief("bf-3", "acme-2"));  // A brand id extending "acme" must not leak in.
  MustCommit(std::move(writes));
  EXPECT_THAT(BriefIdsOfBrand("acme"), ElementsAre("bf-1", "bf-2"));
  EXPECT_THAT(BriefIdsOfBrand("acme", "bf-1"), ElementsAre("bf-2"));
  EXPECT_THAT(BriefIdsOfBrand("acme-2"), ElementsAre("bf-3"));
  EXPECT_THAT(BriefIdsOfBrand("nobody"), IsEmpty());
  EXPECT_THAT(BriefIdsOfBrand(""), IsEmpty());
}

TEST_F(StoreTest, BriefChangingBrandMovesInBriefsByBrand) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(writes));
  WriteSet move;
  move.Put(MakeBrief("bf-1", "zeta"));
  MustCommit(std::move(move));
  EXPECT_THAT(BriefIdsOfBrand("acme"), IsEmpty());
  EXPECT_THAT(BriefIdsOfBrand("zeta"), ElementsAre("bf-1"));
}

TEST_F(StoreTest, DeletingABriefRemovesItFromBriefsByBrand) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeBrief("bf-2", "acme"));
  MustCommit(std::move(writes));
  WriteSet del;
  del.DeleteBrief("bf-1");
  MustCommit(std::move(del));
  EXPECT_THAT(BriefIdsOfBrand("acme"), ElementsAre("bf-2"));
  CloseStore();
  EXPECT_THAT(RawKeys(db_path(), "briefs_by_brand"), ElementsAre(CompositeKey("acme", "bf-2")));
}

TEST_F(StoreTest, OfferIndexesListOffersByBriefCreatorAndBrand) {
  WriteSet writes;
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 0));
  writes.Put(MakeOffer("of-2", "bf-1", "acme", "cr-2", v1::OFFER_STATE_APPLIED, 0));
  writes.Put(MakeOffer("of-3", "bf-2", "zeta", "cr-1", v1::OFFER_STATE_ACCEPTED, 0));
  MustCommit(std::move(writes));
  EXPECT_THAT(OfferIdsOfBrief("bf-1"), ElementsAre("of-1", "of-2"));
  EXPECT_THAT(OfferIdsOfBrief("bf-1", "of-1"), ElementsAre("of-2"));
  EXPECT_THAT(OfferIdsOfBrief("bf-2"), ElementsAre("of-3"));
  EXPECT_THAT(OfferIdsOfCreator("cr-1"), ElementsAre("of-1", "of-3"));
  EXPECT_THAT(OfferIdsOfCreator("cr-1", "of-1"), ElementsAre("of-3"));
  EXPECT_THAT(OfferIdsOfCreator("cr-2"), ElementsAre("of-2"));
  EXPECT_THAT(OfferIdsOfBrand("acme"), ElementsAre("of-1", "of-2"));
  EXPECT_THAT(OfferIdsOfBrand("zeta"), ElementsAre("of-3"));
  EXPECT_THAT(OfferIdsOfBrand("zeta", "of-3"), IsEmpty());
}

TEST_F(StoreTest, OfferIndexesFollowChangedReferencesAndLeaveNoStaleEntries) {
  WriteSet writes;
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 100));
  MustCommit(std::move(writes));
  // Not something the service does, but the store must not care why a field changed.
  WriteSet change;
  change.Put(MakeOffer("of-1", "bf-2", "zeta", "cr-2", v1::OFFER_STATE_PROPOSED, 200));
  MustCommit(std::move(change));
  EXPECT_THAT(OfferIdsOfBrief("bf-1"), IsEmpty());
  EXPECT_THAT(OfferIdsOfCreator("cr-1"), IsEmpty());
  EXPECT_THAT(OfferIdsOfBrand("acme"), IsEmpty());
  EXPECT_THAT(OfferIdsOfBrief("bf-2"), ElementsAre("of-1"));
  EXPECT_THAT(OfferIdsOfCreator("cr-2"), ElementsAre("of-1"));
  EXPECT_THAT(OfferIdsOfBrand("zeta"), ElementsAre("of-1"));
  CloseStore();
  EXPECT_THAT(RawKeys(db_path(), "offers_by_brief"), ElementsAre(CompositeKey("bf-2", "of-1")));
  EXPECT_THAT(RawKeys(db_path(), "offers_by_creator"), ElementsAre(CompositeKey("cr-2", "of-1")));
  EXPECT_THAT(RawKeys(db_path(), "offers_by_brand"), ElementsAre(CompositeKey("zeta", "of-1")));
  EXPECT_THAT(RawKeys(db_path(), "live_offers_by_expiry"),
              ElementsAre(ExpiryKey(200 * kSecond, "of-1")));
}

TEST_F(StoreTest, ExpiredOffersAreLiveOffersDueAtOrBeforeNowOldestFirst) {
  WriteSet writes;
  writes.Put(MakeOffer("of-a", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 300));
  writes.Put(MakeOffer("of-b", "bf", "acme", "cr", v1::OFFER_STATE_COUNTERED, 100));
  writes.Put(MakeOffer("of-c", "bf", "acme", "cr", v1::OFFER_STATE_APPLIED, 200));
  writes.Put(MakeOffer("of-d", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 900));
  writes.Put(MakeOffer("of-e", "bf", "acme", "cr", v1::OFFER_STATE_ACCEPTED, 50));  // Not live.
  writes.Put(MakeOffer("of-f", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 0));   // No expiry.
  MustCommit(std::move(writes));
  EXPECT_THAT(ExpiredOfferIds(300 * kSecond), ElementsAre("of-b", "of-c", "of-a"));
  EXPECT_THAT(ExpiredOfferIds(300 * kSecond - 1), ElementsAre("of-b", "of-c"));
  EXPECT_THAT(ExpiredOfferIds(99 * kSecond), IsEmpty());
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), ElementsAre("of-b", "of-c", "of-a", "of-d"));
}

TEST_F(StoreTest, OfferLeavingALiveStateLeavesTheExpiryIndex) {
  WriteSet writes;
  writes.Put(MakeOffer("of-1", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 100));
  writes.Put(MakeOffer("of-2", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 100));
  MustCommit(std::move(writes));
  WriteSet accept;
  accept.Put(MakeOffer("of-1", "bf", "acme", "cr", v1::OFFER_STATE_ACCEPTED, 100));
  MustCommit(std::move(accept));
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), ElementsAre("of-2"));
  WriteSet expire;
  expire.Put(MakeOffer("of-2", "bf", "acme", "cr", v1::OFFER_STATE_EXPIRED, 100));
  MustCommit(std::move(expire));
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), IsEmpty());
  // Still listed by the other indexes: offers are history.
  EXPECT_THAT(OfferIdsOfBrief("bf"), ElementsAre("of-1", "of-2"));
}

TEST_F(StoreTest, CounteringWithANewExpiryMovesTheOfferInTheExpiryIndex) {
  WriteSet writes;
  writes.Put(MakeOffer("of-1", "bf", "acme", "cr", v1::OFFER_STATE_PROPOSED, 100));
  MustCommit(std::move(writes));
  WriteSet counter;
  counter.Put(MakeOffer("of-1", "bf", "acme", "cr", v1::OFFER_STATE_COUNTERED, 500));
  MustCommit(std::move(counter));
  EXPECT_THAT(ExpiredOfferIds(400 * kSecond), IsEmpty());
  EXPECT_THAT(ExpiredOfferIds(500 * kSecond), ElementsAre("of-1"));
}

TEST_F(StoreTest, SeveralChangesToOneRecordInOneWriteSetCompose) {
  WriteSet first;
  first.Put(MakeBrief("bf-1", "acme"));
  first.Put(MakeOffer("of-1", "bf-1", "acme", "cr", v1::OFFER_STATE_PROPOSED, 100));
  MustCommit(std::move(first));
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "beta"));
  writes.Put(MakeBrief("bf-1", "gamma"));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr", v1::OFFER_STATE_COUNTERED, 200));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr", v1::OFFER_STATE_ACCEPTED, 200));
  MustCommit(std::move(writes));
  EXPECT_THAT(BriefIdsOfBrand("acme"), IsEmpty());
  EXPECT_THAT(BriefIdsOfBrand("beta"), IsEmpty());
  EXPECT_THAT(BriefIdsOfBrand("gamma"), ElementsAre("bf-1"));
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), IsEmpty());
}

TEST_F(StoreTest, PutThenDeleteInOneWriteSetLeavesNothing) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.DeleteBrief("bf-1");
  MustCommit(std::move(writes));
  EXPECT_STATUS_CODE(store_->GetBrief("bf-1"), absl::StatusCode::kNotFound);
  EXPECT_THAT(BriefIdsOfBrand("acme"), IsEmpty());
}

TEST_F(StoreTest, HiddenBriefsAreRememberedPerCreatorAndCanBeUnhidden) {
  WriteSet writes;
  writes.HideBrief("cr-1", "bf-2");
  writes.HideBrief("cr-1", "bf-1");
  writes.HideBrief("cr-2", "bf-1");
  MustCommit(std::move(writes));
  ASSERT_OK_AND_ASSIGN(bool hidden, store_->IsBriefHidden("cr-1", "bf-1"));
  EXPECT_TRUE(hidden);
  ASSERT_OK_AND_ASSIGN(bool other, store_->IsBriefHidden("cr-2", "bf-2"));
  EXPECT_FALSE(other);
  EXPECT_THAT(HiddenBriefIds("cr-1"), ElementsAre("bf-1", "bf-2"));
  EXPECT_THAT(HiddenBriefIds("cr-2"), ElementsAre("bf-1"));
  EXPECT_THAT(HiddenBriefIds("cr-3"), IsEmpty());

  WriteSet unhide;
  unhide.UnhideBrief("cr-1", "bf-1");
  MustCommit(std::move(unhide));
  ASSERT_OK_AND_ASSIGN(bool unhidden, store_->IsBriefHidden("cr-1", "bf-1"));
  EXPECT_FALSE(unhidden);
  EXPECT_THAT(HiddenBriefIds("cr-1"), ElementsAre("bf-2"));
  Reopen();
  EXPECT_THAT(HiddenBriefIds("cr-1"), ElementsAre("bf-2"));
}

TEST_F(StoreTest, DeletingACreatorDeletesOnlyItsHiddenBriefRows) {
  WriteSet writes;
  writes.Put(MakeCreator("cr"));
  writes.HideBrief("cr", "bf-1");
  writes.HideBrief("cr-x", "bf-1");  // Another creator whose id extends "cr".
  MustCommit(std::move(writes));
  WriteSet del;
  del.HideBrief("cr", "bf-2");  // Hidden in the same set as the deletion: deleted too.
  del.DeleteCreator("cr");
  MustCommit(std::move(del));
  EXPECT_THAT(HiddenBriefIds("cr"), IsEmpty());
  EXPECT_THAT(HiddenBriefIds("cr-x"), ElementsAre("bf-1"));
  CloseStore();
  EXPECT_THAT(RawKeys(db_path(), "hidden_briefs"), ElementsAre(CompositeKey("cr-x", "bf-1")));
}

TEST_F(StoreTest, DeletingRecordsKeepsOffersAndTheirIndexes) {
  WriteSet writes;
  writes.Put(MakeCreator("cr"));
  writes.Put(MakeBrand("acme"));
  writes.Put(MakeBrief("bf", "acme"));
  writes.Put(MakeOffer("of-1", "bf", "acme", "cr", v1::OFFER_STATE_COMPLETED, 0));
  MustCommit(std::move(writes));
  WriteSet del;
  del.DeleteCreator("cr");
  del.DeleteBrief("bf");
  del.DeleteBrand("acme");
  MustCommit(std::move(del));
  EXPECT_THAT(OfferIdsOfCreator("cr"), ElementsAre("of-1"));
  EXPECT_THAT(OfferIdsOfBrief("bf"), ElementsAre("of-1"));
  EXPECT_THAT(OfferIdsOfBrand("acme"), ElementsAre("of-1"));
  EXPECT_THAT(BriefIdsOfBrand("acme"), IsEmpty());
}

TEST_F(StoreTest, IndexesStayConsistentAcrossReopen) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 100));
  MustCommit(std::move(writes));
  Reopen();
  WriteSet accept;
  accept.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_ACCEPTED, 100));
  MustCommit(std::move(accept));
  Reopen();
  EXPECT_THAT(BriefIdsOfBrand("acme"), ElementsAre("bf-1"));
  EXPECT_THAT(OfferIdsOfCreator("cr-1"), ElementsAre("of-1"));
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), IsEmpty());
}

}  // namespace
}  // namespace matchmaker::storage::testing
