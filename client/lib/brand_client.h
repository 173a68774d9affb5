#ifndef MATCHMAKER_CLIENT_LIB_BRAND_CLIENT_H_
#define MATCHMAKER_CLIENT_LIB_BRAND_CLIENT_H_

#include <functional>
#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/lib/client_options.h"
#include "client/lib/unary_caller.h"
#include "matchmaker/v1/brand_service.grpc.pb.h"

namespace matchmaker::client {

// Brands, briefs, offers and history as a brand-side app sees them.
// Every method blocks, returns the server's response or its error as an absl::Status
// (field violations decodable with BadRequestOf()), and retries UNAVAILABLE and
// load-shedding refusals with backoff (unary_caller.h).
// Mutations fill an empty request_id with a random one first, so a retry is applied once.
// Thread-safe.
class BrandClient {
 public:
  explicit BrandClient(const ClientOptions& options);
  // For tests: calls go to `stub`.
  BrandClient(std::unique_ptr<v1::BrandService::StubInterface> stub, const ClientOptions& options);

  absl::StatusOr<v1::CreateBrandResponse> CreateBrand(v1::CreateBrandRequest request) const;
  absl::StatusOr<v1::GetBrandResponse> GetBrand(const v1::GetBrandRequest& request) const;
  absl::StatusOr<v1::UpdateBrandResponse> UpdateBrand(v1::UpdateBrandRequest request) const;
  absl::StatusOr<v1::ListBrandsResponse> ListBrands(const v1::ListBrandsRequest& request) const;
  absl::StatusOr<v1::DeleteBrandResponse> DeleteBrand(v1::DeleteBrandRequest request) const;
  absl::StatusOr<v1::CreateBriefResponse> CreateBrief(v1::CreateBriefRequest request) const;
  absl::StatusOr<v1::GetBriefResponse> GetBrief(const v1::GetBriefRequest& request) const;
  absl::StatusOr<v1::UpdateBriefResponse> UpdateBrief(v1::UpdateBriefRequest request) const;
  absl::StatusOr<v1::ListBriefsResponse> ListBriefs(const v1::ListBriefsRequest& request) const;
  absl::StatusOr<v1::DeleteBriefResponse> DeleteBrief(v1::DeleteBriefRequest request) const;
  absl::StatusOr<v1::SendOfferResponse> SendOffer(v1::SendOfferRequest request) const;
  absl::StatusOr<v1::WithdrawOfferResponse> WithdrawOffer(v1::WithdrawOfferRequest request) const;
  absl::StatusOr<v1::AcceptCounterOfferResponse> AcceptCounterOffer(
      v1::AcceptCounterOfferRequest request) const;
  absl::StatusOr<v1::AcceptApplicationResponse> AcceptApplication(
      v1::AcceptApplicationRequest request) const;
  absl::StatusOr<v1::RejectApplicationResponse> RejectApplication(
      v1::RejectApplicationRequest request) const;
  absl::StatusOr<v1::CompleteOfferResponse> CompleteOffer(v1::CompleteOfferRequest request) const;
  absl::StatusOr<v1::CancelOfferResponse> CancelOffer(v1::CancelOfferRequest request) const;
  absl::StatusOr<v1::GetOfferResponse> GetOffer(const v1::GetOfferRequest& request) const;
  absl::StatusOr<v1::ListOffersResponse> ListOffers(const v1::ListOffersRequest& request) const;
  absl::StatusOr<v1::ListBrandHistoryResponse> ListBrandHistory(
      const v1::ListBrandHistoryRequest& request) const;
  absl::StatusOr<v1::ListBriefHistoryResponse> ListBriefHistory(
      const v1::ListBriefHistoryRequest& request) const;

  // Every item of every page of a list, in server order. Stops at the first error of the
  // server or of `on_item`, and returns it.
  absl::Status ForEachBrand(const v1::ListBrandsRequest& request,
                            const std::function<absl::Status(const v1::Brand&)>& on_item) const;
  absl::Status ForEachBrief(const v1::ListBriefsRequest& request,
                            const std::function<absl::Status(const v1::Brief&)>& on_item) const;
  absl::Status ForEachOffer(const v1::ListOffersRequest& request,
                            const std::function<absl::Status(const v1::Offer&)>& on_item) const;
  absl::Status ForEachBrandHistoryEvent(
      const v1::ListBrandHistoryRequest& request,
      const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const;
  absl::Status ForEachBriefHistoryEvent(
      const v1::ListBriefHistoryRequest& request,
      const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const;

  // Matching (read-only, so retried freely): ranked creators for a brief, one pair's
  // breakdown, lookalikes of a creator, a campaign plan.
  absl::StatusOr<v1::FindCreatorsResponse> FindCreators(
      const v1::FindCreatorsRequest& request) const;
  absl::StatusOr<v1::ExplainMatchResponse> ExplainMatch(
      const v1::ExplainMatchRequest& request) const;
  absl::StatusOr<v1::FindSimilarCreatorsResponse> FindSimilarCreators(
      const v1::FindSimilarCreatorsRequest& request) const;
  absl::StatusOr<v1::PlanCampaignResponse> PlanCampaign(
      const v1::PlanCampaignRequest& request) const;

 private:
  const std::unique_ptr<v1::BrandService::StubInterface> stub_;
  const UnaryCaller caller_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_BRAND_CLIENT_H_
