// libFuzzer target: request validation (server/validation). Byte 0 picks one of the RPC methods
// of the three services (fuzz_methods.h), the rest is parsed as that method's request and
// validated. Beyond "no crash, no sanitizer report", it checks validation's contract
// (docs/limits.md): a request is either valid or INVALID_ARGUMENT carrying a BadRequest with
// between 1 and kMaxFieldViolations field violations, and the verdict does not change when the
// request is serialized and parsed again.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/stubs/logging.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/validation/validation.h"
#include "tests/fuzz/fuzz_methods.h"

namespace matchmaker::fuzz {
namespace {

template <typename Request, typename = void>
struct HasValidate : std::false_type {};
template <typename Request>
struct HasValidate<Request, std::void_t<decltype(validation::Validate(
                                std::declval<const Request&>(),
                                std::declval<const validation::ValidationContext&>()))>>
    : std::true_type {};

void Fail(absl::string_view type, absl::string_view why, const absl::Status& status) {
  std::cerr << "request_validation_fuzzer: " << type << ": " << why << ": " << status << "\n";
  std::abort();
}

void CheckContract(absl::string_view type, const absl::Status& status) {
  if (status.ok()) return;
  if (status.code() != absl::StatusCode::kInvalidArgument) {
    Fail(type, "validation failed with a code other than INVALID_ARGUMENT", status);
  }
  auto bad_request = validation::BadRequestFromStatus(status);
  if (!bad_request.has_value()) Fail(type, "INVALID_ARGUMENT without a BadRequest", status);
  int violations = bad_request->field_violations_size();
  if (violations < 1 || violations > static_cast<int>(validation::kMaxFieldViolations)) {
    Fail(type, "BadRequest with a field violation count outside [1, kMaxFieldViolations]", status);
  }
}

// Parses `bytes` as Request and validates it; a request without a Validate overload (an RPC
// whose validator is not written yet) is only parsed.
template <typename Request>
void ValidateAs(absl::string_view bytes) {
  Request request;
  if (!request.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return;
  if constexpr (HasValidate<Request>::value) {
    const validation::ValidationContext ctx;
    absl::Status status = validation::Validate(request, ctx);
    CheckContract(Request::descriptor()->full_name(), status);
    Request reparsed;
    if (!reparsed.ParseFromString(request.SerializeAsString())) {
      Fail(Request::descriptor()->full_name(), "re-serialized request does not parse", status);
    }
    absl::Status again = validation::Validate(reparsed, ctx);
    if (again.code() != status.code() || again.message() != status.message()) {
      Fail(Request::descriptor()->full_name(), "verdict changed after a serialize/parse trip",
           again);
    }
  }
}

using Validator = void (*)(absl::string_view);

// Every request type of the three services' descriptors. A method whose input type is missing
// here is reported once at start-up (add it) and then only parsed.
#define MM_FUZZ_REQUEST(type) \
  { v1::type::descriptor()->full_name(), &ValidateAs<v1::type> }
const std::map<std::string, Validator>& Validators() {
  static const auto* const validators = new std::map<std::string, Validator>{
      // AdminService
      MM_FUZZ_REQUEST(GetRecordRequest),
      MM_FUZZ_REQUEST(ListHistoryRequest),
      MM_FUZZ_REQUEST(GetStatsRequest),
      MM_FUZZ_REQUEST(CreateCheckpointRequest),
      MM_FUZZ_REQUEST(ImportRecordsRequest),
      MM_FUZZ_REQUEST(ExportRecordsRequest),
      MM_FUZZ_REQUEST(AllocateMarketRequest),
      MM_FUZZ_REQUEST(CreateApiKeyRequest),
      MM_FUZZ_REQUEST(ListApiKeysRequest),
      MM_FUZZ_REQUEST(RevokeApiKeyRequest),
      MM_FUZZ_REQUEST(GetMetricsRequest),
      MM_FUZZ_REQUEST(CheckConsistencyRequest),
      // BrandService
      MM_FUZZ_REQUEST(CreateBrandRequest),
      MM_FUZZ_REQUEST(GetBrandRequest),
      MM_FUZZ_REQUEST(UpdateBrandRequest),
      MM_FUZZ_REQUEST(ListBrandsRequest),
      MM_FUZZ_REQUEST(DeleteBrandRequest),
      MM_FUZZ_REQUEST(CreateBriefRequest),
      MM_FUZZ_REQUEST(GetBriefRequest),
      MM_FUZZ_REQUEST(UpdateBriefRequest),
      MM_FUZZ_REQUEST(ListBriefsRequest),
      MM_FUZZ_REQUEST(DeleteBriefRequest),
      MM_FUZZ_REQUEST(SendOfferRequest),
      MM_FUZZ_REQUEST(WithdrawOfferRequest),
      MM_FUZZ_REQUEST(AcceptCounterOfferRequest),
      MM_FUZZ_REQUEST(AcceptApplicationRequest),
      MM_FUZZ_REQUEST(RejectApplicationRequest),
      MM_FUZZ_REQUEST(CompleteOfferRequest),
      MM_FUZZ_REQUEST(CancelOfferRequest),
      MM_FUZZ_REQUEST(GetOfferRequest),
      MM_FUZZ_REQUEST(ListOffersRequest),
      MM_FUZZ_REQUEST(ListBrandHistoryRequest),
      MM_FUZZ_REQUEST(ListBriefHistoryRequest),
      MM_FUZZ_REQUEST(FindCreatorsRequest),
      MM_FUZZ_REQUEST(ExplainMatchRequest),
      MM_FUZZ_REQUEST(FindSimilarCreatorsRequest),
      MM_FUZZ_REQUEST(PlanCampaignRequest),
      // CreatorService
      MM_FUZZ_REQUEST(CreateCreatorRequest),
      MM_FUZZ_REQUEST(GetCreatorRequest),
      MM_FUZZ_REQUEST(UpdateCreatorRequest),
      MM_FUZZ_REQUEST(ListCreatorsRequest),
      MM_FUZZ_REQUEST(DeleteCreatorRequest),
      MM_FUZZ_REQUEST(ListOpenBriefsRequest),
      MM_FUZZ_REQUEST(HideBriefRequest),
      MM_FUZZ_REQUEST(UnhideBriefRequest),
      MM_FUZZ_REQUEST(ApplyToBriefRequest),
      MM_FUZZ_REQUEST(WithdrawApplicationRequest),
      MM_FUZZ_REQUEST(AcceptOfferRequest),
      MM_FUZZ_REQUEST(DeclineOfferRequest),
      MM_FUZZ_REQUEST(CounterOfferRequest),
      MM_FUZZ_REQUEST(CreatorServiceCancelOfferRequest),
      MM_FUZZ_REQUEST(CreatorServiceGetOfferRequest),
      MM_FUZZ_REQUEST(ListCreatorOffersRequest),
      MM_FUZZ_REQUEST(ListCreatorHistoryRequest),
      MM_FUZZ_REQUEST(ListSuitableBriefsRequest),
  };
  return *validators;
}
#undef MM_FUZZ_REQUEST

}  // namespace
}  // namespace matchmaker::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  // Parsing fuzzed bytes makes protobuf log every invalid UTF-8 string: silence it, the
  // log would cost more than the parsing.
  google::protobuf::SetLogHandler(nullptr);
  using matchmaker::fuzz::FuzzedMethods;
  using matchmaker::fuzz::Validators;
  for (const auto* method : FuzzedMethods()) {
    if (Validators().count(method->input_type()->full_name()) == 0) {
      std::cerr << "request_validation_fuzzer: " << method->full_name() << " takes "
                << method->input_type()->full_name()
                << ", which is missing from Validators(): it is only parsed\n";
    }
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const auto& method = matchmaker::fuzz::SelectMethod(data[0]);
  const auto& validators = matchmaker::fuzz::Validators();
  auto it = validators.find(method.input_type()->full_name());
  if (it == validators.end()) return 0;
  it->second(absl::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  return 0;
}
