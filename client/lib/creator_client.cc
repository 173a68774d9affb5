#include "client/lib/creator_client.h"

#include <utility>

#include "client/lib/pagination.h"
#include "client/lib/request_ids.h"

namespace matchmaker::client {

CreatorClient::CreatorClient(const ClientOptions& options)
    : CreatorClient(v1::CreatorService::NewStub(ChannelFor(options)), options) {}

CreatorClient::CreatorClient(std::unique_ptr<v1::CreatorService::StubInterface> stub,
                             const ClientOptions& options)
    : stub_(std::move(stub)), caller_(options) {}

absl::StatusOr<v1::CreateCreatorResponse> CreatorClient::CreateCreator(
    v1::CreateCreatorRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CreateCreatorResponse>(
      [&](grpc::ClientContext* context, v1::CreateCreatorResponse* response) {
        return stub_->CreateCreator(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::GetCreatorResponse> CreatorClient::GetCreator(
    const v1::GetCreatorRequest& request) const {
  return caller_.Call<v1::GetCreatorResponse>(
      [&](grpc::ClientContext* context, v1::GetCreatorResponse* response) {
        return stub_->GetCreator(context, request, response);
      });
}

absl::StatusOr<v1::UpdateCreatorResponse> CreatorClient::UpdateCreator(
    v1::UpdateCreatorRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::UpdateCreatorResponse>(
      [&](grpc::ClientContext* context, v1::UpdateCreatorResponse* response) {
        return stub_->UpdateCreator(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::ListCreatorsResponse> CreatorClient::ListCreators(
    const v1::ListCreatorsRequest& request) const {
  return caller_.Call<v1::ListCreatorsResponse>(
      [&](grpc::ClientContext* context, v1::ListCreatorsResponse* response) {
        return stub_->ListCreators(context, request, response);
      });
}

absl::StatusOr<v1::DeleteCreatorResponse> CreatorClient::DeleteCreator(
    v1::DeleteCreatorRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::DeleteCreatorResponse>(
      [&](grpc::ClientContext* context, v1::DeleteCreatorResponse* response) {
        return stub_->DeleteCreator(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::ListOpenBriefsResponse> CreatorClient::ListOpenBriefs(
    const v1::ListOpenBriefsRequest& request) const {
  return caller_.Call<v1::ListOpenBriefsResponse>(
      [&](grpc::ClientContext* context, v1::ListOpenBriefsResponse* response) {
        return stub_->ListOpenBriefs(context, request, response);
      });
}

absl::StatusOr<v1::HideBriefResponse> CreatorClient::HideBrief(v1::HideBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::HideBriefResponse>(
      [&](grpc::ClientContext* context, v1::HideBriefResponse* response) {
        return stub_->HideBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::UnhideBriefResponse> CreatorClient::UnhideBrief(
    v1::UnhideBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::UnhideBriefResponse>(
      [&](grpc::ClientContext* context, v1::UnhideBriefResponse* response) {
        return stub_->UnhideBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::ApplyToBriefResponse> CreatorClient::ApplyToBrief(
    v1::ApplyToBriefRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::ApplyToBriefResponse>(
      [&](grpc::ClientContext* context, v1::ApplyToBriefResponse* response) {
        return stub_->ApplyToBrief(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::WithdrawApplicationResponse> CreatorClient::WithdrawApplication(
    v1::WithdrawApplicationRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::WithdrawApplicationResponse>(
      [&](grpc::ClientContext* context, v1::WithdrawApplicationResponse* response) {
        return stub_->WithdrawApplication(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::AcceptOfferResponse> CreatorClient::AcceptOffer(
    v1::AcceptOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::AcceptOfferResponse>(
      [&](grpc::ClientContext* context, v1::AcceptOfferResponse* response) {
        return stub_->AcceptOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::DeclineOfferResponse> CreatorClient::DeclineOffer(
    v1::DeclineOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::DeclineOfferResponse>(
      [&](grpc::ClientContext* context, v1::DeclineOfferResponse* response) {
        return stub_->DeclineOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CounterOfferResponse> CreatorClient::CounterOffer(
    v1::CounterOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CounterOfferResponse>(
      [&](grpc::ClientContext* context, v1::CounterOfferResponse* response) {
        return stub_->CounterOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CreatorServiceCancelOfferResponse> CreatorClient::CancelOffer(
    v1::CreatorServiceCancelOfferRequest request) const {
  EnsureRequestId(request.mutable_request_id());
  return caller_.Call<v1::CreatorServiceCancelOfferResponse>(
      [&](grpc::ClientContext* context, v1::CreatorServiceCancelOfferResponse* response) {
        return stub_->CancelOffer(context, request, response);
      },
      request.request_id());
}

absl::StatusOr<v1::CreatorServiceGetOfferResponse> CreatorClient::GetOffer(
    const v1::CreatorServiceGetOfferRequest& request) const {
  return caller_.Call<v1::CreatorServiceGetOfferResponse>(
      [&](grpc::ClientContext* context, v1::CreatorServiceGetOfferResponse* response) {
        return stub_->GetOffer(context, request, response);
      });
}

absl::StatusOr<v1::ListCreatorOffersResponse> CreatorClient::ListCreatorOffers(
    const v1::ListCreatorOffersRequest& request) const {
  return caller_.Call<v1::ListCreatorOffersResponse>(
      [&](grpc::ClientContext* context, v1::ListCreatorOffersResponse* response) {
        return stub_->ListCreatorOffers(context, request, response);
      });
}

absl::StatusOr<v1::ListCreatorHistoryResponse> CreatorClient::ListCreatorHistory(
    const v1::ListCreatorHistoryRequest& request) const {
  return caller_.Call<v1::ListCreatorHistoryResponse>(
      [&](grpc::ClientContext* context, v1::ListCreatorHistoryResponse* response) {
        return stub_->ListCreatorHistory(context, request, response);
      });
}

absl::Status CreatorClient::ForEachCreator(
    const v1::ListCreatorsRequest& request,
    const std::function<absl::Status(const v1::Creator&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListCreatorsRequest& page) { return ListCreators(page); },
      [&](const v1::ListCreatorsResponse& page) {
        for (const v1::Creator& item : page.creators()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status CreatorClient::ForEachOpenBrief(
    const v1::ListOpenBriefsRequest& request,
    const std::function<absl::Status(const v1::Brief&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListOpenBriefsRequest& page) { return ListOpenBriefs(page); },
      [&](const v1::ListOpenBriefsResponse& page) {
        for (const v1::Brief& item : page.briefs()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status CreatorClient::ForEachCreatorOffer(
    const v1::ListCreatorOffersRequest& request,
    const std::function<absl::Status(const v1::Offer&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListCreatorOffersRequest& page) { return ListCreatorOffers(page); },
      [&](const v1::ListCreatorOffersResponse& page) {
        for (const v1::Offer& item : page.offers()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::Status CreatorClient::ForEachCreatorHistoryEvent(
    const v1::ListCreatorHistoryRequest& request,
    const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const {
  return ForEachPage(
      request,
      [this](const v1::ListCreatorHistoryRequest& page) { return ListCreatorHistory(page); },
      [&](const v1::ListCreatorHistoryResponse& page) {
        for (const v1::HistoryEvent& item : page.events()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::StatusOr<v1::ListSuitableBriefsResponse> CreatorClient::ListSuitableBriefs(
    const v1::ListSuitableBriefsRequest& request) const {
  return caller_.Call<v1::ListSuitableBriefsResponse>(
      [&](grpc::ClientContext* context, v1::ListSuitableBriefsResponse* response) {
        return stub_->ListSuitableBriefs(context, request, response);
      });
}

}  // namespace matchmaker::client
