#include "tests/e2e/crash_workload.h"

#include <chrono>
#include <utility>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace matchmaker::testing {
namespace {

// Writers own this many records at most, so offers keep meeting the same creators and briefs
// (capacity and slot limits are exercised) and each round's checks stay small.
constexpr int kBriefsPerWriter = 3;
constexpr int kCreatorsPerWriter = 5;

// Copies the one record a mutation's response carries ("brand", "brief", "creator" or
// "offer") into the Record oneof field of the same name.
void ToRecord(const google::protobuf::Message& response, v1::Record* out) {
  const google::protobuf::Descriptor* descriptor = response.GetDescriptor();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const google::protobuf::FieldDescriptor* field = descriptor->field(i);
    if (field->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE ||
        field->is_repeated()) {
      continue;
    }
    const google::protobuf::FieldDescriptor* target =
        out->GetDescriptor()->FindFieldByName(field->name());
    if (target == nullptr) continue;
    out->GetReflection()
        ->MutableMessage(out, target)
        ->CopyFrom(response.GetReflection()->GetMessage(response, field));
    return;
  }
}

template <typename Stub, typename Request, typename Response>
std::function<grpc::Status(const Stubs&, v1::Record*)> Sender(
    std::unique_ptr<Stub> Stubs::*stub,
    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&, Response*),
    Request request) {
  return [stub, method, request = std::move(request)](const Stubs& stubs, v1::Record* out) {
    grpc::ClientContext context;
    stubs.Prepare(context);
    Response response;
    grpc::Status status = ((*(stubs.*stub)).*method)(&context, request, &response);
    if (status.ok()) ToRecord(response, out);
    return status;
  };
}

// Codes after which the call may or may not have been applied: the server died under it.
bool OutcomeUnknown(grpc::StatusCode code) {
  return code == grpc::StatusCode::UNAVAILABLE || code == grpc::StatusCode::DEADLINE_EXCEEDED ||
         code == grpc::StatusCode::CANCELLED || code == grpc::StatusCode::UNKNOWN ||
         code == grpc::StatusCode::INTERNAL;
}

// Refusals this load provokes on purpose: capacity and slot limits, a second live offer for
// a pair (ALREADY_EXISTS), transitions the offer's state no longer allows, and load shedding.
bool ExpectedRefusal(grpc::StatusCode code) {
  return code == grpc::StatusCode::FAILED_PRECONDITION || code == grpc::StatusCode::ABORTED ||
         code == grpc::StatusCode::ALREADY_EXISTS || code == grpc::StatusCode::RESOURCE_EXHAUSTED;
}

v1::Creator NewCreator(const std::string& id, int64_t followers) {
  v1::Creator creator;
  creator.set_id(id);
  creator.set_display_name("Creator " + id);
  v1::PlatformAccount* account = creator.add_accounts();
  account->set_platform(v1::PLATFORM_INSTAGRAM);
  account->set_handle("@" + id);
  account->set_followers(followers);
  account->set_avg_likes(static_cast<double>(followers) / 20.0);
  account->set_avg_comments(static_cast<double>(followers) / 100.0);
  v1::NicheWeight* niche = creator.add_niches();
  niche->set_niche("food/desserts");
  niche->set_weight(1.0);
  creator.mutable_aesthetic()->add_tags("pastel");
  creator.mutable_location()->set_country_code("US");
  creator.mutable_preferences()->set_max_concurrent_partnerships(2);
  return creator;
}

v1::Brief NewBrief(const std::string& id, const std::string& brand_id) {
  v1::Brief brief;
  brief.set_id(id);
  brief.set_brand_id(brand_id);
  brief.set_title("Brief " + id);
  brief.set_status(v1::BRIEF_STATUS_OPEN);
  brief.set_creators_wanted(2);
  v1::NicheWeight* niche = brief.add_niches();
  niche->set_niche("food");
  niche->set_weight(1.0);
  return brief;
}

}  // namespace

Stubs::Stubs(const std::string& address, std::string bearer_secret)
    : bearer(std::move(bearer_secret)),
      channel(grpc::CreateChannel(address, grpc::InsecureChannelCredentials())),
      brands(v1::BrandService::NewStub(channel)),
      creators(v1::CreatorService::NewStub(channel)),
      admin(v1::AdminService::NewStub(channel)) {}

void Stubs::Prepare(grpc::ClientContext& context) const {
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  if (!bearer.empty()) context.AddMetadata("authorization", "Bearer " + bearer);
}

std::string RecordKey(const v1::Record& record) {
  switch (record.record_case()) {
    case v1::Record::kCreator:
      return "creator/" + record.creator().id();
    case v1::Record::kBrand:
      return "brand/" + record.brand().id();
    case v1::Record::kBrief:
      return "brief/" + record.brief().id();
    case v1::Record::kOffer:
      return "offer/" + record.offer().id();
    case v1::Record::RECORD_NOT_SET:
      break;
  }
  return "none/";
}

std::string RecordVersion(const v1::Record& record) {
  switch (record.record_case()) {
    case v1::Record::kCreator:
      return record.creator().etag();
    case v1::Record::kBrand:
      return record.brand().etag();
    case v1::Record::kBrief:
      return record.brief().etag();
    case v1::Record::kOffer:
      return absl::StrCat(record.offer().etag(), " ", v1::OfferState_Name(record.offer().state()));
    case v1::Record::RECORD_NOT_SET:
      break;
  }
  return "";
}

Writer::Writer(int number, uint64_t seed) : number_(number), rng_(seed) {}

std::string Writer::NewRequestId() {
  return absl::StrCat("crash-w", number_, "-", next_request_++);
}

template <typename T>
const T* Writer::Pick(const std::vector<const T*>& items) {
  if (items.empty()) return nullptr;
  return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng_)];
}

Write Writer::Next() {
  const std::string brand_id = absl::StrCat("b", number_);
  std::vector<const v1::Brief*> briefs;
  std::vector<const v1::Creator*> creators;
  std::vector<const v1::Offer*> offers;
  bool have_brand = false;
  for (const auto& [key, record] : acknowledged_) {
    if (record.has_brand()) have_brand = true;
    if (record.has_brief()) briefs.push_back(&record.brief());
    if (record.has_creator()) creators.push_back(&record.creator());
    if (record.has_offer()) offers.push_back(&record.offer());
  }
  const std::string rid = NewRequestId();
  if (!have_brand) {
    v1::CreateBrandRequest request;
    request.mutable_brand()->set_id(brand_id);
    request.mutable_brand()->set_display_name("Brand " + brand_id);
    request.mutable_brand()->set_category("food/snacks");
    request.set_request_id(rid);
    return {absl::StrCat("CreateBrand ", brand_id, " ", rid),
            Sender(&Stubs::brands, &v1::BrandService::Stub::CreateBrand, request)};
  }
  const int roll = std::uniform_int_distribution<int>(0, 99)(rng_);
  if (briefs.empty() || (briefs_made_ < kBriefsPerWriter && roll < 10)) {
    v1::CreateBriefRequest request;
    const std::string id = absl::StrCat("bf", number_, "-", briefs_made_++);
    *request.mutable_brief() = NewBrief(id, brand_id);
    request.set_request_id(rid);
    return {absl::StrCat("CreateBrief ", id, " ", rid),
            Sender(&Stubs::brands, &v1::BrandService::Stub::CreateBrief, request)};
  }
  if (creators.size() < 2 || (creators_made_ < kCreatorsPerWriter && roll < 20)) {
    v1::CreateCreatorRequest request;
    const std::string id = absl::StrCat("c", number_, "-", creators_made_++);
    *request.mutable_creator() = NewCreator(id, 20000 + 1000 * creators_made_);
    request.set_request_id(rid);
    return {absl::StrCat("CreateCreator ", id, " ", rid),
            Sender(&Stubs::creators, &v1::CreatorService::Stub::CreateCreator, request)};
  }
  if (roll < 30) {
    const v1::Creator* creator = Pick(creators);
    v1::UpdateCreatorRequest request;
    request.mutable_creator()->set_id(creator->id());
    request.mutable_creator()->set_etag(creator->etag());
    request.mutable_creator()->set_display_name(absl::StrCat("Creator ", creator->id(), " v", rid));
    request.mutable_update_mask()->add_paths("display_name");
    request.set_request_id(rid);
    return {absl::StrCat("UpdateCreator ", creator->id(), " ", rid),
            Sender(&Stubs::creators, &v1::CreatorService::Stub::UpdateCreator, request)};
  }
  if (roll < 38) {
    const v1::Brief* brief = Pick(briefs);
    v1::UpdateBriefRequest request;
    request.mutable_brief()->set_id(brief->id());
    request.mutable_brief()->set_etag(brief->etag());
    request.mutable_brief()->set_title(absl::StrCat("Brief ", brief->id(), " v", rid));
    request.mutable_update_mask()->add_paths("title");
    request.set_request_id(rid);
    return {absl::StrCat("UpdateBrief ", brief->id(), " ", rid),
            Sender(&Stubs::brands, &v1::BrandService::Stub::UpdateBrief, request)};
  }
  // Offers: move a live one along, or send a new one to a pair without a live offer.
  std::vector<const v1::Offer*> live;
  for (const v1::Offer* offer : offers) {
    const v1::OfferState s = offer->state();
    if (s == v1::OFFER_STATE_PROPOSED || s == v1::OFFER_STATE_COUNTERED ||
        s == v1::OFFER_STATE_ACCEPTED) {
      live.push_back(offer);
    }
  }
  if (roll < 60 || live.empty()) {
    const v1::Brief* brief = Pick(briefs);
    const v1::Creator* creator = Pick(creators);
    v1::SendOfferRequest request;
    request.set_brief_id(brief->id());
    request.set_creator_id(creator->id());
    request.mutable_terms()->set_fee_cents(10000 + roll * 100);
    request.mutable_expire_time()->set_seconds(
        std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::system_clock::now().time_since_epoch())
            .count() +
        30 * 86400);
    request.set_request_id(rid);
    return {absl::StrCat("SendOffer ", brief->id(), "/", creator->id(), " ", rid),
            Sender(&Stubs::brands, &v1::BrandService::Stub::SendOffer, request)};
  }
  const v1::Offer* offer = Pick(live);
  const std::string& id = offer->id();
  const std::string what = absl::StrCat(" ", id, " ", rid);
  const int move = std::uniform_int_distribution<int>(0, 9)(rng_);
  switch (offer->state()) {
    case v1::OFFER_STATE_PROPOSED:
      if (move < 4) {
        v1::AcceptOfferRequest request;
        request.set_offer_id(id);
        request.set_etag(offer->etag());
        request.set_request_id(rid);
        return {"AcceptOffer" + what,
                Sender(&Stubs::creators, &v1::CreatorService::Stub::AcceptOffer, request)};
      }
      if (move < 6) {
        v1::DeclineOfferRequest request;
        request.set_offer_id(id);
        request.set_reason(move == 4 ? v1::DECLINE_REASON_COMPENSATION_TOO_LOW
                                     : v1::DECLINE_REASON_NO_CAPACITY);
        request.set_etag(offer->etag());
        request.set_request_id(rid);
        return {"DeclineOffer" + what,
                Sender(&Stubs::creators, &v1::CreatorService::Stub::DeclineOffer, request)};
      }
      if (move < 8) {
        v1::CounterOfferRequest request;
        request.set_offer_id(id);
        request.mutable_terms()->set_fee_cents(offer->terms().fee_cents() + 5000);
        request.set_etag(offer->etag());
        request.set_request_id(rid);
        return {"CounterOffer" + what,
                Sender(&Stubs::creators, &v1::CreatorService::Stub::CounterOffer, request)};
      }
      break;
    case v1::OFFER_STATE_COUNTERED:
      if (move < 7) {
        v1::AcceptCounterOfferRequest request;
        request.set_offer_id(id);
        request.set_etag(offer->etag());
        request.set_request_id(rid);
        return {"AcceptCounterOffer" + what,
                Sender(&Stubs::brands, &v1::BrandService::Stub::AcceptCounterOffer, request)};
      }
      break;
    default: {  // ACCEPTED
      if (move < 6) {
        v1::CompleteOfferRequest request;
        request.set_offer_id(id);
        request.mutable_outcome()->set_reach(1000);
        request.set_etag(offer->etag());
        request.set_request_id(rid);
        return {"CompleteOffer" + what,
                Sender(&Stubs::brands, &v1::BrandService::Stub::CompleteOffer, request)};
      }
      v1::CancelOfferRequest request;
      request.set_offer_id(id);
      request.set_etag(offer->etag());
      request.set_request_id(rid);
      return {"CancelOffer" + what,
              Sender(&Stubs::brands, &v1::BrandService::Stub::CancelOffer, request)};
    }
  }
  v1::WithdrawOfferRequest request;
  request.set_offer_id(id);
  request.set_etag(offer->etag());
  request.set_request_id(rid);
  return {"WithdrawOffer" + what,
          Sender(&Stubs::brands, &v1::BrandService::Stub::WithdrawOffer, request)};
}

void Writer::Run(const Stubs& stubs, const std::atomic<bool>& killed,
                 const std::atomic<bool>* stop) {
  in_flight_.reset();
  while (stop == nullptr || !stop->load()) {
    Write write = Next();
    v1::Record record;
    const grpc::Status status = write.send(stubs, &record);
    if (status.ok()) {
      round_log_.push_back(RecordKey(record));
      acknowledged_versions_[round_log_.back()].insert(RecordVersion(record));
      acknowledged_[round_log_.back()] = std::move(record);
      ++acknowledged_count_;
      continue;
    }
    if (killed.load() || OutcomeUnknown(status.error_code())) {
      in_flight_ = std::move(write);
      return;
    }
    ++rejected_count_;
    if (!ExpectedRefusal(status.error_code())) {
      unexpected_.push_back(absl::StrCat(write.description, ": code ", status.error_code(), " ",
                                         status.error_message()));
    }
  }
}

}  // namespace matchmaker::testing
