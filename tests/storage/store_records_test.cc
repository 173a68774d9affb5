// Records: put / get / scan of every kind, and embeddings kept apart from their records.

#include <cstring>

#include "google/protobuf/util/message_differencer.h"
#include "tests/storage/store_fixture.h"

namespace matchmaker::storage::testing {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_F(StoreTest, EveryKindPutThenGetReturnsTheSameRecord) {
  const v1::Creator creator = MakeCreator("cr-1");
  const v1::Brand brand = MakeBrand("acme");
  const v1::Brief brief = MakeBrief("bf-1", "acme");
  const v1::Offer offer = MakeOffer("of-1", "bf-1", "acme", "cr-1", v1::OFFER_STATE_PROPOSED, 1000);
  WriteSet writes;
  writes.Put(creator);
  writes.Put(brand);
  writes.Put(brief);
  writes.Put(offer);
  MustCommit(std::move(writes));

  ASSERT_OK_AND_ASSIGN(v1::Creator got_creator, store_->GetCreator("cr-1"));
  EXPECT_TRUE(MessageDifferencer::Equals(got_creator, creator)) << got_creator.DebugString();
  ASSERT_OK_AND_ASSIGN(v1::Brand got_brand, store_->GetBrand("acme"));
  EXPECT_TRUE(MessageDifferencer::Equals(got_brand, brand));
  ASSERT_OK_AND_ASSIGN(v1::Brief got_brief, store_->GetBrief("bf-1"));
  EXPECT_TRUE(MessageDifferencer::Equals(got_brief, brief)) << got_brief.DebugString();
  ASSERT_OK_AND_ASSIGN(v1::Offer got_offer, store_->GetOffer("of-1"));
  EXPECT_TRUE(MessageDifferencer::Equals(got_offer, offer));
}

TEST_F(StoreTest, MissingRecordsAreNotFound) {
  EXPECT_STATUS_CODE(store_->GetCreator("nobody"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetBrand("nobody"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetBrief("nobody"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetOffer("nobody"), absl::StatusCode::kNotFound);
}

TEST_F(StoreTest, RecordsSurviveReopen) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(writes));
  Reopen();
  ASSERT_OK_AND_ASSIGN(v1::Creator creator, store_->GetCreator("cr-1"));
  EXPECT_EQ(creator.aesthetic().embedding_size(), kDim);
  EXPECT_OK(store_->GetBrief("bf-1"));
}

TEST_F(StoreTest, ScansVisitEveryKindInIdOrderStrictlyAfterAfterId) {
  WriteSet writes;
  for (const char* id : {"c", "a", "b", "ab"}) {
    writes.Put(MakeCreator(id));
    writes.Put(MakeBrand(id));
    writes.Put(MakeBrief(id, "acme"));
    writes.Put(MakeOffer(id, "bf", "acme", "cr", v1::OFFER_STATE_ACCEPTED, 0));
  }
  MustCommit(std::move(writes));

  EXPECT_THAT(CreatorIds(), ElementsAre("a", "ab", "b", "c"));
  EXPECT_THAT(BrandIds(), ElementsAre("a", "ab", "b", "c"));
  EXPECT_THAT(BriefIds(), ElementsAre("a", "ab", "b", "c"));
  EXPECT_THAT(OfferIds(), ElementsAre("a", "ab", "b", "c"));
  EXPECT_THAT(CreatorIds("a"), ElementsAre("ab", "b", "c"));
  EXPECT_THAT(BrandIds("ab"), ElementsAre("b", "c"));
  EXPECT_THAT(BriefIds("aa"), ElementsAre("ab", "b", "c"));  // after_id need not exist.
  EXPECT_THAT(OfferIds("c"), IsEmpty());
}

TEST_F(StoreTest, ScanStopsWhenTheVisitorReturnsFalse) {
  WriteSet writes;
  for (const char* id : {"a", "b", "c"}) writes.Put(MakeBrand(id));
  MustCommit(std::move(writes));
  std::vector<std::string> seen;
  ASSERT_OK(store_->ScanBrands("", [&](const v1::Brand& brand) {
    seen.push_back(brand.id());
    return seen.size() < 2;
  }));
  EXPECT_THAT(seen, ElementsAre("a", "b"));
}

TEST_F(StoreTest, ScansReattachEmbeddings) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(writes));
  int creators = 0;
  ASSERT_OK(store_->ScanCreators("", [&](const v1::Creator& creator) {
    EXPECT_EQ(creator.aesthetic().embedding_size(), kDim);
    ++creators;
    return true;
  }));
  EXPECT_EQ(creators, 1);
  ASSERT_OK(store_->ScanBriefsOfBrand("acme", "", [&](const v1::Brief& brief) {
    EXPECT_EQ(brief.aesthetic().embedding_size(), kDim);
    return true;
  }));
}

TEST_F(StoreTest, EmbeddingsRoundTripBitExactlyAcrossReopen) {
  const float specials[kDim] = {-0.0f, 1e-45f, 3.4028235e38f, -1.5f, 0.1f, 1.0f / 3, 7.0f, 2e-38f};
  v1::Creator creator = MakeCreator("cr-1", /*with_embedding=*/false);
  v1::Brief brief = MakeBrief("bf-1", "acme", /*with_embedding=*/false);
  for (float f : specials) {
    creator.mutable_aesthetic()->add_embedding(f);
    brief.mutable_aesthetic()->add_embedding(-f);
  }
  WriteSet writes;
  writes.Put(creator);
  writes.Put(brief);
  MustCommit(std::move(writes));
  Reopen();
  ASSERT_OK_AND_ASSIGN(v1::Creator got_creator, store_->GetCreator("cr-1"));
  ASSERT_OK_AND_ASSIGN(v1::Brief got_brief, store_->GetBrief("bf-1"));
  ASSERT_EQ(got_creator.aesthetic().embedding_size(), kDim);
  ASSERT_EQ(got_brief.aesthetic().embedding_size(), kDim);
  for (int i = 0; i < kDim; ++i) {
    const float negated = -specials[i];
    const float creator_value = got_creator.aesthetic().embedding(i);
    const float brief_value = got_brief.aesthetic().embedding(i);
    EXPECT_EQ(std::memcmp(&creator_value, &specials[i], 4), 0) << i;
    EXPECT_EQ(std::memcmp(&brief_value, &negated, 4), 0) << i;
  }
}

TEST_F(StoreTest, EmbeddingIsStoredApartAsDimLittleEndianFloatsNotInTheRecord) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  MustCommit(std::move(writes));
  CloseStore();
  // The record value holds no floats; the embedding row holds exactly dim * 4 bytes.
  const std::optional<std::string> record = RawGet(db_path(), "creators", "cr-1");
  ASSERT_TRUE(record.has_value());
  v1::Creator stored;
  ASSERT_TRUE(stored.ParseFromString(record->substr(1)));
  EXPECT_EQ(stored.aesthetic().embedding_size(), 0);
  EXPECT_EQ(stored.aesthetic().tags(0), "pastel");
  const std::optional<std::string> row = RawGet(db_path(), "embeddings", "creator/cr-1");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->size(), static_cast<size_t>(kDim) * 4);
  // Replace the embedding row with a known vector: the read must pick it up from there.
  std::string bytes;
  for (int i = 0; i < kDim; ++i) bytes.append(std::string("\x00\x00\x80\x3f", 4));  // 1.0f
  RawPut(db_path(), "embeddings", "creator/cr-1", bytes);
  Reopen();
  ASSERT_OK_AND_ASSIGN(v1::Creator creator, store_->GetCreator("cr-1"));
  ASSERT_EQ(creator.aesthetic().embedding_size(), kDim);
  for (float f : creator.aesthetic().embedding()) EXPECT_EQ(f, 1.0f);
  EXPECT_EQ(creator.aesthetic().tags(0), "pastel");  // The rest comes from the record.
}

TEST_F(StoreTest, WrongEmbeddingDimensionFailsCommitAndWritesNothing) {
  WriteSet writes;
  writes.Put(MakeBrand("acme"));
  writes.Put(MakeCreator("cr-ok"));
  writes.Put(MakeCreator("cr-bad", /*with_embedding=*/true, /*dim=*/kDim + 1));
  writes.AppendHistory(MakeEvent(v1::EVENT_TYPE_CREATOR_CREATED, "cr-bad", "", "", ""));
  writes.RememberRequest("CreatorService.CreateCreator/r1", "response");
  absl::StatusOr<std::vector<v1::HistoryEvent>> result = store_->Commit(std::move(writes));
  EXPECT_STATUS_CODE(result, absl::StatusCode::kInvalidArgument);
  EXPECT_NE(result.status().message().find("cr-bad"), absl::string_view::npos);

  EXPECT_STATUS_CODE(store_->GetBrand("acme"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetCreator("cr-ok"), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->history_sequence(), 0);
  ASSERT_OK_AND_ASSIGN(auto request, store_->LookupRequest("CreatorService.CreateCreator/r1"));
  EXPECT_FALSE(request.has_value());
  Reopen();
  EXPECT_THAT(CreatorIds(), IsEmpty());
  EXPECT_THAT(BrandIds(), IsEmpty());
  EXPECT_EQ(store_->history_sequence(), 0);
}

TEST_F(StoreTest, PutWithoutEmbeddingRemovesTheStaleOne) {
  WriteSet first;
  first.Put(MakeCreator("cr-1"));
  first.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(first));
  WriteSet second;
  second.Put(MakeCreator("cr-1", /*with_embedding=*/false));
  second.Put(MakeBrief("bf-1", "acme", /*with_embedding=*/false));
  MustCommit(std::move(second));
  ASSERT_OK_AND_ASSIGN(v1::Creator creator, store_->GetCreator("cr-1"));
  EXPECT_EQ(creator.aesthetic().embedding_size(), 0);
  ASSERT_OK_AND_ASSIGN(v1::Brief brief, store_->GetBrief("bf-1"));
  EXPECT_EQ(brief.aesthetic().embedding_size(), 0);
}

TEST_F(StoreTest, DeletedCreatorAndBriefLoseTheirEmbeddings) {
  WriteSet first;
  first.Put(MakeCreator("cr-1"));
  first.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(first));
  WriteSet del;
  del.DeleteCreator("cr-1");
  del.DeleteBrief("bf-1");
  MustCommit(std::move(del));
  // Recreated without an embedding: no old vector may reappear.
  WriteSet again;
  again.Put(MakeCreator("cr-1", /*with_embedding=*/false));
  again.Put(MakeBrief("bf-1", "acme", /*with_embedding=*/false));
  MustCommit(std::move(again));
  ASSERT_OK_AND_ASSIGN(v1::Creator creator, store_->GetCreator("cr-1"));
  EXPECT_EQ(creator.aesthetic().embedding_size(), 0);
  ASSERT_OK_AND_ASSIGN(v1::Brief brief, store_->GetBrief("bf-1"));
  EXPECT_EQ(brief.aesthetic().embedding_size(), 0);
}

TEST_F(StoreTest, DeletesRemoveRecordsAndDeletingAbsentIsANoOp) {
  WriteSet writes;
  writes.Put(MakeCreator("cr-1"));
  writes.Put(MakeBrand("acme"));
  writes.Put(MakeBrief("bf-1", "acme"));
  MustCommit(std::move(writes));
  WriteSet del;
  del.DeleteCreator("cr-1");
  del.DeleteBrand("acme");
  del.DeleteBrief("bf-1");
  del.DeleteBrief("never-existed");
  MustCommit(std::move(del));
  EXPECT_STATUS_CODE(store_->GetCreator("cr-1"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetBrand("acme"), absl::StatusCode::kNotFound);
  EXPECT_STATUS_CODE(store_->GetBrief("bf-1"), absl::StatusCode::kNotFound);
}

TEST_F(StoreTest, IdsThatWouldBreakKeysAreRejected) {
  WriteSet empty_id;
  empty_id.Put(MakeBrand(""));
  EXPECT_STATUS_CODE(store_->Commit(std::move(empty_id)), absl::StatusCode::kInvalidArgument);
  WriteSet nul_id;
  nul_id.Put(MakeBrief("bf-1", std::string("ac\0me", 5)));
  EXPECT_STATUS_CODE(store_->Commit(std::move(nul_id)), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(BriefIds(), IsEmpty());
}

TEST_F(StoreTest, EmptyWriteSetCommitsNothing) {
  ASSERT_OK_AND_ASSIGN(std::vector<v1::HistoryEvent> events, store_->Commit(WriteSet()));
  EXPECT_THAT(events, IsEmpty());
  EXPECT_EQ(store_->history_sequence(), 0);
}

}  // namespace
}  // namespace matchmaker::storage::testing
