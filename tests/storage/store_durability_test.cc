// Opening, meta checks, corruption detection, checkpoints and atomicity across reopen.

#include "storage/codec.h"
#include "storage/keys.h"
#include "tests/storage/store_fixture.h"

namespace matchmaker::storage::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST_F(StoreTest, ReopeningWithAnotherEmbeddingDimFailsNamingBothDims) {
  CloseStore();
  absl::StatusOr<std::unique_ptr<Store>> other = Store::Open({db_path(), kDim * 2});
  ASSERT_EQ(other.status().code(), absl::StatusCode::kFailedPrecondition) << other.status();
  EXPECT_THAT(std::string(other.status().message()), HasSubstr(absl::StrCat(kDim)));
  EXPECT_THAT(std::string(other.status().message()), HasSubstr(absl::StrCat(kDim * 2)));
  // The database is untouched: the right dimension still opens it.
  OpenStore(kDim);
  EXPECT_EQ(store_->embedding_dim(), kDim);
}

TEST_F(StoreTest, OpenRejectsNonPositiveEmbeddingDimAndEmptyPath) {
  EXPECT_STATUS_CODE(Store::Open({dir_.Sub("other"), 0}), absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(Store::Open({"", kDim}), absl::StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, SecondOpenOfAnOpenDatabaseFailsInsteadOfSharingIt) {
  EXPECT_STATUS_CODE(Store::Open({db_path(), kDim}), absl::StatusCode::kUnavailable);
}

TEST_F(StoreTest, DatabaseOfAnotherFormatVersionIsRefused) {
  CloseStore();
  RawPut(db_path(), "meta", std::string(kMetaFormatVersion), "2");
  absl::StatusOr<std::unique_ptr<Store>> opened = Store::Open({db_path(), kDim});
  EXPECT_STATUS_CODE(opened, absl::StatusCode::kFailedPrecondition);
}

TEST_F(StoreTest, HistoryBeyondTheRecordedSequenceIsDataLossAtOpen) {
  CloseStore();
  v1::HistoryEvent event;
  event.set_id("99");
  RawPut(db_path(), "history", HistoryKey(99), EncodeProtoValue(event));
  EXPECT_STATUS_CODE(Store::Open({db_path(), kDim}), absl::StatusCode::kDataLoss);
}

TEST_F(StoreTest, UnknownValueVersionIsDataLossNamingTheKey) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeCreator("cr-2"));
  MustCommit(std::move(writes));
  CloseStore();
  RawPut(db_path(), "creators", "cr-1", "\x07not a creator");
  Reopen();
  absl::StatusOr<v1::Creator> creator = store_->GetCreator("cr-1");
  ASSERT_EQ(creator.status().code(), absl::StatusCode::kDataLoss) << creator.status();
  EXPECT_THAT(std::string(creator.status().message()), HasSubstr("cr-1"));
  EXPECT_STATUS_CODE(store_->ScanCreators("", [](const v1::Creator&) { return true; }),
                     absl::StatusCode::kDataLoss);
  EXPECT_OK(store_->GetCreator("cr-2"));  // Damage is confined to the one key.
}

TEST_F(StoreTest, UnparsableProtoIsDataLoss) {
  CloseStore();
  RawPut(db_path(), "offers", "of-1", std::string("\x01\x0a\xff\xff\xff", 5));
  Reopen();
  EXPECT_STATUS_CODE(store_->GetOffer("of-1"), absl::StatusCode::kDataLoss);
}

TEST_F(StoreTest, RecordStoredUnderAnotherIdIsDataLoss) {
  CloseStore();
  RawPut(db_path(), "brands", "acme", EncodeProtoValue(MakeBrand("zeta")));
  Reopen();
  EXPECT_STATUS_CODE(store_->GetBrand("acme"), absl::StatusCode::kDataLoss);
}

TEST_F(StoreTest, EmbeddingOfTheWrongSizeIsDataLossNamingTheKey) {
  WriteSet writes;
  writes.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(writes));
  CloseStore();
  RawPut(db_path(), "embeddings", "brief/bf-1", "123");
  Reopen();
  absl::StatusOr<v1::Brief> brief = store_->GetBrief("bf-1");
  ASSERT_EQ(brief.status().code(), absl::StatusCode::kDataLoss) << brief.status();
  EXPECT_THAT(std::string(brief.status().message()), HasSubstr("brief/bf-1"));
}

TEST_F(StoreTest, CorruptedHistoryAndRequestValuesAreDataLoss) {
  WriteSet writes;
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRAND_CREATED, "", "acme", "", ""));
  writes.RememberRequest("r", "response");
  MustCommit(std::move(writes));
  CloseStore();
  RawPut(db_path(), "history", HistoryKey(1), "\x05");
  RawPut(db_path(), "requests", "r", "\x05response");
  Reopen();
  EXPECT_STATUS_CODE(store_->ScanHistory(HistorySubject::kBrand, "acme", 0,
                                         [](const v1::HistoryEvent&) { return true; }),
                     absl::StatusCode::kDataLoss);
  EXPECT_STATUS_CODE(store_->LookupRequest("r"), absl::StatusCode::kDataLoss);
}

TEST_F(StoreTest, CheckpointOpensAsADatabaseWithTheSameRecordsAndSequence) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 100));
  writes.HideBrief("cr-1", "bf-9");
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, "cr-1", "", "", ""));
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRIEF_CREATED, "", "acme", "bf-1", ""));
  MustCommit(std::move(writes));
  const std::string checkpoint_dir = dir_.Sub("backups/cp-1");
  ASSERT_OK_AND_ASSIGN(int64_t sequence, store_->CreateCheckpoint(checkpoint_dir));
  EXPECT_EQ(sequence, 2);
  // Later commits do not reach the checkpoint.
  WriteSet later;
  later.Put(MakeCreator("cr-2"));
  later.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, "cr-2", "", "", ""));
  MustCommit(std::move(later));

  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Store> copy, Store::Open({checkpoint_dir, kDim}));
  EXPECT_EQ(copy->history_sequence(), 2);
  ASSERT_OK_AND_ASSIGN(v1::Creator creator, copy->GetCreator("cr-1"));
  EXPECT_EQ(creator.aesthetic().embedding_size(), kDim);
  EXPECT_STATUS_CODE(copy->GetCreator("cr-2"), absl::StatusCode::kNotFound);
  std::vector<std::string> briefs;
  ASSERT_OK(copy->ScanBriefsOfBrand("acme", "", [&](const v1::Brief& b) {
    briefs.push_back(b.id());
    return true;
  }));
  EXPECT_THAT(briefs, ElementsAre("bf-1"));
  ASSERT_OK_AND_ASSIGN(bool hidden, copy->IsBriefHidden("cr-1", "bf-9"));
  EXPECT_TRUE(hidden);
  // The copy is a live database: it continues the sequence on its own.
  WriteSet on_copy;
  on_copy.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_UPDATED, "cr-1", "", "", ""));
  absl::StatusOr<std::vector<v1::HistoryEvent>> events = copy->Commit(std::move(on_copy));
  ASSERT_OK(events);
  EXPECT_EQ(events->at(0).id(), "3");
}

TEST_F(StoreTest, CheckpointIntoAnExistingDirectoryIsAlreadyExists) {
  EXPECT_STATUS_CODE(store_->CreateCheckpoint(dir_.path()), absl::StatusCode::kAlreadyExists);
  ASSERT_OK(store_->CreateCheckpoint(dir_.Sub("cp")));
  EXPECT_STATUS_CODE(store_->CreateCheckpoint(dir_.Sub("cp")), absl::StatusCode::kAlreadyExists);
}

TEST_F(StoreTest, ABatchIsAppliedWhollyAcrossReopen) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrand("acme"));
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 100));
  writes.HideBrief("cr-1", "bf-2");
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_OFFER_SENT, "cr-1", "acme", "bf-1", "of-1"));
  writes.RememberRequest("BrandService.SendOffer/r1", "sent");
  MustCommit(std::move(writes));
  Reopen();
  EXPECT_OK(store_->GetCreator("cr-1"));
  EXPECT_OK(store_->GetBrand("acme"));
  EXPECT_THAT(BriefIdsOfBrand("acme"), ElementsAre("bf-1"));
  EXPECT_THAT(OfferIdsOfCreator("cr-1"), ElementsAre("of-1"));
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), ElementsAre("of-1"));
  EXPECT_THAT(HiddenBriefIds("cr-1"), ElementsAre("bf-2"));
  EXPECT_THAT(HistoryIds(HistorySubject::kOffer, "of-1"), ElementsAre("1"));
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> response,
                       store_->LookupRequest("BrandService.SendOffer/r1"));
  EXPECT_EQ(response, "sent");
}

TEST_F(StoreTest, ABatchFailingLateIsNotAppliedAtAllAcrossReopen) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrief("bf-1", "acme"));
  writes.Put(MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 100));
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_OFFER_SENT, "cr-1", "acme", "bf-1", "of-1"));
  // The last item is invalid: validated only after everything above was prepared.
  writes.RememberRequest("", "response");
  EXPECT_STATUS_CODE(store_->Commit(std::move(writes)), absl::StatusCode::kInvalidArgument);
  Reopen();
  EXPECT_THAT(CreatorIds(), IsEmpty());
  EXPECT_THAT(BriefIds(), IsEmpty());
  EXPECT_THAT(OfferIds(), IsEmpty());
  EXPECT_THAT(BriefIdsOfBrand("acme"), IsEmpty());
  EXPECT_THAT(ExpiredOfferIds(INT64_MAX), IsEmpty());
  EXPECT_THAT(HistoryIds(HistorySubject::kAll), IsEmpty());
  EXPECT_EQ(store_->history_sequence(), 0);
  // The failed commit did not burn a sequence number either.
  WriteSet next;
  next.AppendHistory(MakeEvent(v1::EVENT_TYPE_BRAND_CREATED, "", "acme", "", ""));
  std::vector<v1::HistoryEvent> events = MustCommit(std::move(next));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].id(), "1");
}

}  // namespace
}  // namespace matchmaker::storage::testing
