#ifndef MATCHMAKER_CLIENT_LIB_CREATOR_CLIENT_H_
#define MATCHMAKER_CLIENT_LIB_CREATOR_CLIENT_H_

#include <functional>
#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/lib/client_options.h"
#include "client/lib/unary_caller.h"
#include "matchmaker/v1/creator_service.grpc.pb.h"

namespace matchmaker::client {

// The portfolio, open briefs, offers and history as a creator-side app sees them.
// Every method blocks, returns the server's response or its error as an absl::Status
// (field violations decodable with BadRequestOf()), and retries UNAVAILABLE and
// load-shedding refusals with backoff (unary_caller.h).
// Mutations fill an empty request_id with a random one first, so a retry is applied once.
// Thread-safe.
class CreatorClient {
 public:
  explicit CreatorClient(const ClientOptions& options);
  // For tests: calls go to `stub`.
  CreatorClient(std::unique_ptr<v1::CreatorService::StubInterface> stub,
                const ClientOptions& options);

  absl::StatusOr<v1::CreateCreatorResponse> CreateCreator(v1::CreateCreatorRequest request) const;
  absl::StatusOr<v1::GetCreatorResponse> GetCreator(const v1::GetCreatorRequest& request) const;
  absl::StatusOr<v1::UpdateCreatorResponse> UpdateCreator(v1::UpdateCreatorRequest request) const;
  absl::StatusOr<v1::ListCreatorsResponse> ListCreators(
      const v1::ListCreatorsRequest& request) const;
  absl::StatusOr<v1::DeleteCreatorResponse> DeleteCreator(v1::DeleteCreatorRequest request) const;
  absl::StatusOr<v1::ListOpenBriefsResponse> ListOpenBriefs(
      const v1::ListOpenBriefsRequest& request) const;
  absl::StatusOr<v1::HideBriefResponse> HideBrief(v1::HideBriefRequest request) const;
  absl::StatusOr<v1::UnhideBriefResponse> UnhideBrief(v1::UnhideBriefRequest request) const;
  absl::StatusOr<v1::ApplyToBriefResponse> ApplyToBrief(v1::ApplyToBriefRequest request) const;
  absl::StatusOr<v1::WithdrawApplicationResponse> WithdrawApplication(
      v1::WithdrawApplicationRequest request) const;
  absl::StatusOr<v1::AcceptOfferResponse> AcceptOffer(v1::AcceptOfferRequest request) const;
  absl::StatusOr<v1::DeclineOfferResponse> DeclineOffer(v1::DeclineOfferRequest request) const;
  absl::StatusOr<v1::CounterOfferResponse> CounterOffer(v1::CounterOfferRequest request) const;
  absl::StatusOr<v1::CreatorServiceCancelOfferResponse> CancelOffer(
      v1::CreatorServiceCancelOfferRequest request) const;
  absl::StatusOr<v1::CreatorServiceGetOfferResponse> GetOffer(
      const v1::CreatorServiceGetOfferRequest& request) const;
  absl::StatusOr<v1::ListCreatorOffersResponse> ListCreatorOffers(
      const v1::ListCreatorOffersRequest& request) const;
  absl::StatusOr<v1::ListCreatorHistoryResponse> ListCreatorHistory(
      const v1::ListCreatorHistoryRequest& request) const;

  // Every item of every page of a list, in server order. Stops at the first error of the
  // server or of `on_item`, and returns it.
  absl::Status ForEachCreator(const v1::ListCreatorsRequest& request,
                              const std::function<absl::Status(const v1::Creator&)>& on_item) const;
  absl::Status ForEachOpenBrief(const v1::ListOpenBriefsRequest& request,
                                const std::function<absl::Status(const v1::Brief&)>& on_item) const;
  absl::Status ForEachCreatorOffer(
      const v1::ListCreatorOffersRequest& request,
      const std::function<absl::Status(const v1::Offer&)>& on_item) const;
  absl::Status ForEachCreatorHistoryEvent(
      const v1::ListCreatorHistoryRequest& request,
      const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const;

  // Open briefs ranked by mutual fit for a creator (read-only).
  absl::StatusOr<v1::ListSuitableBriefsResponse> ListSuitableBriefs(
      const v1::ListSuitableBriefsRequest& request) const;

 private:
  const std::unique_ptr<v1::CreatorService::StubInterface> stub_;
  const UnaryCaller caller_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_CREATOR_CLIENT_H_
