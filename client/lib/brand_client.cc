#include "client/lib/brand_client.h"

#include <utility>

#include "client/lib/pagination.h"
#include "client/lib/request_ids.h"

namespace matchmaker::client {

BrandClient::BrandClient(const ClientOptions& options)
    : BrandClient(v1::BrandService::NewStub(ChannelFor(options)), options) {}

BrandClient::BrandClient(std::unique_ptr<v1::BrandService::StubInterface> stub,
                         const ClientOptions& options)
    : stub_(std::move(stub)), caller_(options) {}

absl::StatusOr<v1::CreateBrandResponse> BrandClient::CreateBrand(
    v1::CreateBrandRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CreateBrandResponse>(
      [&](grpc::ClientContext* context, v1::CreateBrandResponse* response) {
        return stub_->CreateBrand(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::GetBrandResponse> BrandClient::GetBrand(
    const v1::GetBrandRequest& request) const {
  return caller_.Call<v1::GetBrandResponse>(
      [&](grpc::ClientContext* context, v1::GetBrandResponse* response) {
        return stub_->GetBrand(context, request, response);
      });
}

absl::StatusOr<v1::UpdateBrandResponse> BrandClient::UpdateBrand(
    v1::UpdateBrandRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::UpdateBrandResponse>(
      [&](grpc::ClientContext* context, v1::UpdateBrandResponse* response) {
        return stub_->UpdateBrand(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::ListBrandsResponse> BrandClient::ListBrands(
    const v1::ListBrandsRequest& request) const {
  return caller_.Call<v1::ListBrandsResponse>(
      [&](grpc::ClientContext* context, v1::ListBrandsResponse* response) {
        return stub_->ListBrands(context, request, response);
      });
}

absl::StatusOr<v1::DeleteBrandResponse> BrandClient::DeleteBrand(
    v1::DeleteBrandRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::DeleteBrandResponse>(
      [&](grpc::ClientContext* context, v1::DeleteBrandResponse* response) {
        return stub_->DeleteBrand(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CreateBriefResponse> BrandClient::CreateBrief(
    v1::CreateBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CreateBriefResponse>(
      [&](grpc::ClientContext* context, v1::CreateBriefResponse* response) {
        return stub_->CreateBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::GetBriefResponse> BrandClient::GetBrief(
    const v1::GetBriefRequest& request) const {
  return caller_.Call<v1::GetBriefResponse>(
      [&](grpc::ClientContext* context, v1::GetBriefResponse* response) {
        return stub_->GetBrief(context, request, response);
      });
}

absl::StatusOr<v1::UpdateBriefResponse> BrandClient::UpdateBrief(
    v1::UpdateBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::UpdateBriefResponse>(
      [&](grpc::ClientContext* context, v1::UpdateBriefResponse* response) {
        return stub_->UpdateBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::ListBriefsResponse> BrandClient::ListBriefs(
    const v1::ListBriefsRequest& request) const {
  return caller_.Call<v1::ListBriefsResponse>(
      [&](grpc::ClientContext* context, v1::ListBriefsResponse* response) {
        return stub_->ListBriefs(context, request, response);
      });
}

absl::StatusOr<v1::DeleteBriefResponse> BrandClient::DeleteBrief(
    v1::DeleteBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::DeleteBriefResponse>(
      [&](grpc::ClientContext* context, v1::DeleteBriefResponse* response) {
        return stub_->DeleteBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::SendOfferResponse> BrandClient::SendOffer(v1::SendOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::SendOfferResponse>(
      [&](grpc::ClientContext* context, v1::SendOfferResponse* response) {
        return stub_->SendOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::WithdrawOfferResponse> BrandClient::WithdrawOffer(
    v1::WithdrawOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::WithdrawOfferResponse>(
      [&](grpc::ClientContext* context, v1::WithdrawOfferResponse* response) {
        return stub_->WithdrawOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::AcceptCounterOfferResponse> BrandClient::AcceptCounterOffer(
    v1::AcceptCounterOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::AcceptCounterOfferResponse>(
      [&](grpc::ClientContext* context, v1::AcceptCounterOfferResponse* response) {
        return stub_->AcceptCounterOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::AcceptApplicationResponse> BrandClient::AcceptApplication(
    v1::AcceptApplicationRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::AcceptApplicationResponse>(
      [&](grpc::ClientContext* context, v1::AcceptApplicationResponse* response) {
        return stub_->AcceptApplication(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::RejectApplicationResponse> BrandClient::RejectApplication(
    v1::RejectApplicationRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::RejectApplicationResponse>(
      [&](grpc::ClientContext* context, v1::RejectApplicationResponse* response) {
        return stub_->RejectApplication(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CompleteOfferResponse> BrandClient::CompleteOffer(
    v1::CompleteOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CompleteOfferResponse>(
      [&](grpc::ClientContext* context, v1::CompleteOfferResponse* response) {
        return stub_->CompleteOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CancelOfferResponse> BrandClient::CancelOffer(
    v1::CancelOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CancelOfferResponse>(
      [&](grpc::ClientContext* context, v1::CancelOfferResponse* response) {
        return stub_->CancelOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::GetOfferResponse> BrandClient::GetOffer(
    const v1::GetOfferRequest& request) const {
  return caller_.Call<v1::GetOfferResponse>(
      [&](grpc::ClientContext* context, v1::GetOfferResponse* response) {
        return stub_->GetOffer(context, request, response);
      });
}

absl::StatusOr<v1::ListOffersResponse> BrandClient::ListOffers(
    const v1::ListOffersRequest& request) const {
  return caller_.Call<v1::ListOffersResponse>(
      [&](grpc::ClientContext* context, v1::ListOffersResponse* response) {
        return stub_->ListOffers(context, request, response);
      });
}

absl::StatusOr<v1::ListBrandHistoryResponse> BrandClient::ListBrandHistory(
    const v1::ListBrandHistoryRequest& request) const {
  return caller_.Call<v1::ListBrandHistoryResponse>(
      [&](grpc::ClientContext* context, v1::ListBrandHistoryResponse* response) {
        return stub_->ListBrandHistory(context, request, response);
      });
}

absl::StatusOr<v1::ListBriefHistoryResponse> BrandClient::ListBriefHistory(
    const v1::ListBriefHistoryRequest& request) const {
  return caller_.Call<v1::ListBriefHistoryResponse>(
      [&](grpc::ClientContext* context, v1::ListBriefHistoryResponse* response) {
        return stub_->ListBriefHistory(context, request, response);
      });
}

absl::Status BrandClient::ForEachBrand(
    const v1::ListBrandsRequest& request,
    const std::function<absl::Status(const v1::Brand&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListBrandsRequest& page) { return ListBrands(page); },
      [&](const v1::ListBrandsResponse& page) {
        for (const v1::Brand& item : page.brands()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status BrandClient::ForEachBrief(
    const v1::ListBriefsRequest& request,
    const std::function<absl::Status(const v1::Brief&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListBriefsRequest& page) { return ListBriefs(page); },
      [&](const v1::ListBriefsResponse& page) {
        for (const v1::Brief& item : page.briefs()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status BrandClient::ForEachOffer(
    const v1::ListOffersRequest& request,
    const std::function<absl::Status(const v1::Offer&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListOffersRequest& page) { return ListOffers(page); },
      [&](const v1::ListOffersResponse& page) {
        for (const v1::Offer& item : page.offers()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status BrandClient::ForEachBrandHistoryEvent(
    const v1::ListBrandHistoryRequest& request,
    const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListBrandHistoryRequest& page) { return ListBrandHistory(page); },
      [&](const v1::ListBrandHistoryResponse& page) {
        for (const v1::HistoryEvent& item : page.events()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status BrandClient::ForEachBriefHistoryEvent(
    const v1::ListBriefHistoryRequest& request,
    const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListBriefHistoryRequest& page) { return ListBriefHistory(page); },
      [&](const v1::ListBriefHistoryResponse& page) {
        for (const v1::HistoryEvent& item : page.events()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::StatusOr<v1::FindCreatorsResponse> BrandClient::FindCreators(
    const v1::FindCreatorsRequest& request) const {
  return caller_.Call<v1::FindCreatorsResponse>(
      [&](grpc::ClientContext* context, v1::FindCreatorsResponse* response) {
        return stub_->FindCreators(context, request, response);
      });
}

absl::StatusOr<v1::ExplainMatchResponse> BrandClient::ExplainMatch(
    const v1::ExplainMatchRequest& request) const {
  return caller_.Call<v1::ExplainMatchResponse>(
      [&](grpc::ClientContext* context, v1::ExplainMatchResponse* response) {
        return stub_->ExplainMatch(context, request, response);
      });
}

absl::StatusOr<v1::FindSimilarCreatorsResponse> BrandClient::FindSimilarCreators(
    const v1::FindSimilarCreatorsRequest& request) const {
  return caller_.Call<v1::FindSimilarCreatorsResponse>(
      [&](grpc::ClientContext* context, v1::FindSimilarCreatorsResponse* response) {
        return stub_->FindSimilarCreators(context, request, response);
      });
}

absl::StatusOr<v1::PlanCampaignResponse> BrandClient::PlanCampaign(
    const v1::PlanCampaignRequest& request) const {
  return caller_.Call<v1::PlanCampaignResponse>(
      [&](grpc::ClientContext* context, v1::PlanCampaignResponse* response) {
        return stub_->PlanCampaign(context, request, response);
      });
}

}  // namespace matchmaker::client
