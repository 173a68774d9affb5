// AdminService over real gRPC: records, history, stats, checkpoints, import/export streams.

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "storage/store.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

using ::testing::ElementsAre;
using Admin = v1::AdminService::Stub;

class AdminServiceTest : public ServerFixture {
 protected:
  absl::StatusOr<v1::ImportRecordsResponse> Import(const std::vector<v1::Record>& records) {
    grpc::ClientContext context;
    SetDeadline(context);
    v1::ImportRecordsResponse response;
    auto writer = admin_->ImportRecords(&context, &response);
    for (const v1::Record& record : records) {
      v1::ImportRecordsRequest request;
      *request.mutable_record() = record;
      if (!writer->Write(request)) break;
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    if (!status.ok()) return FromGrpc(status);
    return response;
  }

  absl::StatusOr<std::vector<v1::Record>> Export(std::vector<v1::RecordKind> kinds = {}) {
    grpc::ClientContext context;
    SetDeadline(context);
    v1::ExportRecordsRequest request;
    for (v1::RecordKind kind : kinds) request.add_kinds(kind);
    auto reader = admin_->ExportRecords(&context, request);
    std::vector<v1::Record> records;
    v1::ExportRecordsResponse response;
    while (reader->Read(&response)) records.push_back(response.record());
    grpc::Status status = reader->Finish();
    if (!status.ok()) return FromGrpc(status);
    return records;
  }

  static v1::Record AsRecord(const v1::Brand& brand) {
    v1::Record record;
    *record.mutable_brand() = brand;
    return record;
  }
  static v1::Record AsRecord(const v1::Brief& brief) {
    v1::Record record;
    *record.mutable_brief() = brief;
    return record;
  }
  static v1::Record AsRecord(const v1::Creator& creator) {
    v1::Record record;
    *record.mutable_creator() = creator;
    return record;
  }
};

TEST_F(AdminServiceTest, GetRecordReturnsEveryKindAndNotFoundForUnknownIds) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateCreator(MakeCreator("jo", 20000));
  v1::Offer offer = MustSendOffer("bf1", "jo");
  v1::GetRecordRequest request;
  request.set_kind(v1::RECORD_KIND_CREATOR);
  request.set_id("jo");
  ASSERT_OK_AND_ASSIGN(auto creator, Call(*admin_, &Admin::GetRecord, request));
  EXPECT_EQ(creator.record().creator().tier(), v1::TIER_MICRO);
  request.set_kind(v1::RECORD_KIND_BRAND);
  request.set_id("acme");
  ASSERT_OK_AND_ASSIGN(auto brand, Call(*admin_, &Admin::GetRecord, request));
  EXPECT_EQ(brand.record().brand().id(), "acme");
  request.set_kind(v1::RECORD_KIND_BRIEF);
  request.set_id("bf1");
  ASSERT_OK_AND_ASSIGN(auto brief, Call(*admin_, &Admin::GetRecord, request));
  EXPECT_EQ(brief.record().brief().brand_id(), "acme");
  request.set_kind(v1::RECORD_KIND_OFFER);
  request.set_id(offer.id());
  ASSERT_OK_AND_ASSIGN(auto got_offer, Call(*admin_, &Admin::GetRecord, request));
  EXPECT_EQ(got_offer.record().offer().state(), v1::OFFER_STATE_PROPOSED);
  request.set_id("of-missing");
  EXPECT_STATUS_CODE(Call(*admin_, &Admin::GetRecord, request), absl::StatusCode::kNotFound);
  request.set_kind(v1::RECORD_KIND_UNSPECIFIED);
  EXPECT_STATUS_CODE(Call(*admin_, &Admin::GetRecord, request), absl::StatusCode::kInvalidArgument);
}

TEST_F(AdminServiceTest, StatsCountKindsStatesAndAcceptanceRateByTier) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateBrief(MakeBrief("bf2", "acme"));
  MustCreateBrief(MakeBrief("bf-draft", "acme", v1::BRIEF_STATUS_DRAFT));
  MustCreateCreator(MakeCreator("nano", 500));
  MustCreateCreator(MakeCreator("micro", 50000));
  // nano: one accepted (then completed), one declined -> 1/2. micro: one cancelled -> 1/1.
  v1::Offer n1 = MustSendOffer("bf1", "nano");
  v1::Offer n2 = MustSendOffer("bf2", "nano");
  v1::Offer m1 = MustSendOffer("bf1", "micro");
  MustSendOffer("bf2", "micro");  // stays PROPOSED: not decided
  ASSERT_OK(AcceptOffer(n1.id()));
  v1::CompleteOfferRequest complete;
  complete.set_offer_id(n1.id());
  complete.mutable_outcome()->set_reach(1);
  ASSERT_OK(Call(*brands_, &v1::BrandService::Stub::CompleteOffer, complete));
  v1::DeclineOfferRequest decline;
  decline.set_offer_id(n2.id());
  decline.set_reason(v1::DECLINE_REASON_NOT_MY_NICHE);
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::DeclineOffer, decline));
  ASSERT_OK(AcceptOffer(m1.id()));
  v1::CancelOfferRequest cancel;
  cancel.set_offer_id(m1.id());
  ASSERT_OK(Call(*brands_, &v1::BrandService::Stub::CancelOffer, cancel));

  v1::GetStatsResponse stats = Stats();
  EXPECT_EQ(stats.creators(), 2);
  EXPECT_EQ(stats.brands(), 1);
  EXPECT_EQ(stats.briefs(), 3);
  EXPECT_EQ(stats.open_briefs(), 2);
  EXPECT_EQ(stats.offers(), 4);
  // 1 brand + 3 briefs + 2 creators + 4 sent + accept, complete, decline, accept, cancel.
  EXPECT_EQ(stats.history_events(), 15);
  EXPECT_EQ(stats.embedding_dim(), 64);
  EXPECT_THAT(stats.tier_thresholds(), ElementsAre(10000, 100000, 1000000));
  ASSERT_EQ(stats.offers_by_state_size(), 10);
  auto count = [&](v1::OfferState state) {
    for (const auto& entry : stats.offers_by_state()) {
      if (entry.state() == state) return entry.count();
    }
    return int64_t{-1};
  };
  EXPECT_EQ(count(v1::OFFER_STATE_PROPOSED), 1);
  EXPECT_EQ(count(v1::OFFER_STATE_COMPLETED), 1);
  EXPECT_EQ(count(v1::OFFER_STATE_DECLINED), 1);
  EXPECT_EQ(count(v1::OFFER_STATE_CANCELLED), 1);
  EXPECT_EQ(count(v1::OFFER_STATE_ACCEPTED), 0);
  ASSERT_EQ(stats.tiers_size(), 4);
  EXPECT_EQ(stats.tiers(0).tier(), v1::TIER_NANO);
  EXPECT_EQ(stats.tiers(0).creators(), 1);
  EXPECT_EQ(stats.tiers(0).offers_decided(), 2);
  EXPECT_EQ(stats.tiers(0).offers_accepted(), 1);
  EXPECT_DOUBLE_EQ(stats.tiers(0).acceptance_rate(), 0.5);
  EXPECT_DOUBLE_EQ(stats.tiers(1).acceptance_rate(), 1.0);
  EXPECT_DOUBLE_EQ(stats.tiers(2).acceptance_rate(), 0.0);
  EXPECT_DOUBLE_EQ(stats.acceptance_rate(), 2.0 / 3.0);
}

TEST_F(AdminServiceTest, ListHistoryFiltersBySubjectAndTypeAndPages) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  MustCreateCreator(MakeCreator("jo"));
  MustCreateCreator(MakeCreator("kim"));
  MustSendOffer("bf1", "jo");
  v1::ListHistoryRequest request;
  request.set_page_size(2);
  std::vector<v1::EventType> all;
  do {
    ASSERT_OK_AND_ASSIGN(auto page, Call(*admin_, &Admin::ListHistory, request));
    for (const auto& event : page.events()) all.push_back(event.type());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_THAT(all, ElementsAre(v1::EVENT_TYPE_BRAND_CREATED, v1::EVENT_TYPE_BRIEF_CREATED,
                               v1::EVENT_TYPE_CREATOR_CREATED, v1::EVENT_TYPE_CREATOR_CREATED,
                               v1::EVENT_TYPE_OFFER_SENT));
  v1::ListHistoryRequest by_type;
  by_type.add_types(v1::EVENT_TYPE_CREATOR_CREATED);
  ASSERT_OK_AND_ASSIGN(auto creators, Call(*admin_, &Admin::ListHistory, by_type));
  EXPECT_EQ(creators.events_size(), 2);
  v1::ListHistoryRequest by_brand;
  by_brand.set_brand_id("acme");
  ASSERT_OK_AND_ASSIGN(auto of_brand, Call(*admin_, &Admin::ListHistory, by_brand));
  EXPECT_EQ(of_brand.events_size(), 3);  // brand, brief, offer
  v1::ListHistoryRequest two_subjects;
  two_subjects.set_brand_id("acme");
  two_subjects.set_creator_id("jo");
  EXPECT_STATUS_CODE(Call(*admin_, &Admin::ListHistory, two_subjects),
                     absl::StatusCode::kInvalidArgument);
}

TEST_F(AdminServiceTest, CheckpointIsAnOpenableCopyWithTheSameRecords) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateCreator(MakeCreator("jo"));
  v1::CreateCheckpointRequest request;
  request.set_directory(dir_.Sub("checkpoint"));
  ASSERT_OK_AND_ASSIGN(auto response, Call(*admin_, &Admin::CreateCheckpoint, request));
  EXPECT_EQ(response.directory(), dir_.Sub("checkpoint"));
  EXPECT_EQ(response.history_sequence(), 2);
  EXPECT_FALSE(Call(*admin_, &Admin::CreateCheckpoint, request).ok());  // directory exists
  storage::StoreOptions options;
  options.path = dir_.Sub("checkpoint");
  options.embedding_dim = 64;
  ASSERT_OK_AND_ASSIGN(auto copy, storage::Store::Open(options));
  EXPECT_OK(copy->GetBrand("acme"));
  EXPECT_OK(copy->GetCreator("jo"));
  EXPECT_EQ(copy->history_sequence(), 2);

  v1::CreateCheckpointRequest relative;
  relative.set_directory("relative/path");
  EXPECT_STATUS_CODE(Call(*admin_, &Admin::CreateCheckpoint, relative),
                     absl::StatusCode::kInvalidArgument);
}

TEST_F(AdminServiceTest, ImportCreatesReplacesAndListsRejectionsInBatches) {
  std::vector<v1::Record> records;
  records.push_back(AsRecord(MakeBrand("acme")));
  records.push_back(AsRecord(MakeBrief("bf1", "acme")));   // its brand came just before
  records.push_back(AsRecord(MakeBrief("bf2", "ghost")));  // 2: unknown brand
  records.push_back(AsRecord(MakeBrand("Bad Id")));        // 3: invalid
  v1::Record offer;
  offer.mutable_offer()->set_id("of-x");
  records.push_back(offer);         // 4: offers cannot be imported
  records.push_back(v1::Record());  // 5: empty
  for (int i = 0; i < 1200; ++i) {
    records.push_back(AsRecord(MakeCreator("cr-" + std::to_string(i), 1000 + i)));
  }
  ASSERT_OK_AND_ASSIGN(auto response, Import(records));
  EXPECT_EQ(response.received(), 1206);
  EXPECT_EQ(response.created(), 1202);
  EXPECT_EQ(response.replaced(), 0);
  ASSERT_EQ(response.rejections_size(), 4);
  EXPECT_EQ(response.rejections(0).index(), 2);
  EXPECT_EQ(response.rejections(0).id(), "bf2");
  EXPECT_NE(response.rejections(0).reason().find("brand_id"), std::string::npos);
  EXPECT_EQ(response.rejections(1).index(), 3);
  EXPECT_EQ(response.rejections(2).index(), 4);
  EXPECT_EQ(response.rejections(3).index(), 5);
  v1::GetStatsResponse stats = Stats();
  EXPECT_EQ(stats.creators(), 1200);
  EXPECT_EQ(stats.briefs(), 1);
  EXPECT_EQ(stats.history_events(), 1202);  // one event per imported record

  v1::Brand renamed = MakeBrand("acme");
  renamed.set_display_name("Renamed");
  ASSERT_OK_AND_ASSIGN(auto again, Import({AsRecord(renamed)}));
  EXPECT_EQ(again.replaced(), 1);
  EXPECT_EQ(again.created(), 0);
  v1::GetBrandRequest get;
  get.set_brand_id("acme");
  ASSERT_OK_AND_ASSIGN(auto brand, Call(*brands_, &v1::BrandService::Stub::GetBrand, get));
  EXPECT_EQ(brand.brand().display_name(), "Renamed");
}

TEST_F(AdminServiceTest, ExportThenImportIntoAFreshServerRoundTrips) {
  MustCreateBrand(MakeBrand("acme"));
  MustCreateBrief(MakeBrief("bf1", "acme"));
  for (int i = 0; i < 300; ++i) MustCreateCreator(MakeCreator("c" + std::to_string(i), 100 * i));
  MustSendOffer("bf1", "c1");
  ASSERT_OK_AND_ASSIGN(std::vector<v1::Record> exported, Export());
  ASSERT_EQ(exported.size(), 303u);
  EXPECT_TRUE(exported[0].has_brand());  // dependency order: brands, briefs, creators, offers
  EXPECT_TRUE(exported[1].has_brief());
  EXPECT_TRUE(exported[2].has_creator());
  EXPECT_TRUE(exported[302].has_offer());
  ASSERT_OK_AND_ASSIGN(auto only_briefs, Export({v1::RECORD_KIND_BRIEF}));
  EXPECT_EQ(only_briefs.size(), 1u);

  StopServer();
  StartServer(dir_.Sub("fresh"));
  ASSERT_OK_AND_ASSIGN(auto imported, Import(exported));
  EXPECT_EQ(imported.created(), 302);
  ASSERT_EQ(imported.rejections_size(), 1);  // the offer
  EXPECT_EQ(imported.rejections(0).index(), 302);
  ASSERT_OK_AND_ASSIGN(std::vector<v1::Record> again, Export());
  ASSERT_EQ(again.size(), 302u);
  EXPECT_EQ(again[5].creator().id(), exported[5].creator().id());
  EXPECT_EQ(again[5].creator().total_followers(), exported[5].creator().total_followers());
  EXPECT_EQ(again[1].brief().title(), exported[1].brief().title());
}

}  // namespace
}  // namespace matchmaker::testing
