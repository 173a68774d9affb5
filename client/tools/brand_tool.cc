// matchmaker-brand: the brand side from the shell. Brands, briefs, offers and history.

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "client/lib/brand_client.h"
#include "client/tools/command.h"
#include "client/tools/command_helpers.h"
#include "client/tools/enum_names.h"
#include "client/tools/match_commands.h"
#include "client/tools/record_flags.h"
#include "client/tools/record_views.h"

namespace matchmaker::tools {
namespace {

using client::BrandClient;

template <typename T>
std::vector<T> ToVector(const google::protobuf::RepeatedPtrField<T>& items) {
  return {items.begin(), items.end()};
}

// Prints one offer after a transition: JSON, or its details.
template <typename Response>
int PrintOffer(const Invocation& run, const absl::StatusOr<Response>& response) {
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << OfferDetails(response->offer());
  return kExitOk;
}

// ---- brands ----

int CreateBrand(const Invocation& run) {
  v1::CreateBrandRequest request;
  if (absl::Status s = LoadRecord(run.args(), ApplyBrandFlags, request.mutable_brand(), nullptr);
      !s.ok()) {
    return run.UsageError(s);
  }
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).CreateBrand(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BrandDetails(response->brand());
  return kExitOk;
}

int GetBrand(const Invocation& run) {
  v1::GetBrandRequest request;
  request.set_brand_id(run.arg(0));
  auto response = BrandClient(run.client_options()).GetBrand(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BrandDetails(response->brand());
  return kExitOk;
}

int UpdateBrand(const Invocation& run) {
  v1::UpdateBrandRequest request;
  std::vector<std::string> paths;
  if (absl::Status s = LoadRecord(run.args(), ApplyBrandFlags, request.mutable_brand(), &paths);
      !s.ok()) {
    return run.UsageError(s);
  }
  request.mutable_brand()->set_id(run.arg(0));
  if (run.args().Has("etag")) request.mutable_brand()->set_etag(run.args().Get("etag"));
  *request.mutable_update_mask() = UpdateMaskFor(run.args(), paths);
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).UpdateBrand(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BrandDetails(response->brand());
  return kExitOk;
}

int ListBrands(const Invocation& run) {
  v1::ListBrandsRequest request;
  request.set_category(run.args().Get("category"));
  BrandClient client(run.client_options());
  return PrintList<v1::ListBrandsRequest, v1::ListBrandsResponse, v1::Brand>(
      run, request, [&](const auto& r) { return client.ListBrands(r); },
      [](const auto& page) { return ToVector(page.brands()); }, BrandsTable);
}

int DeleteBrand(const Invocation& run) {
  v1::DeleteBrandRequest request;
  request.set_brand_id(run.arg(0));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).DeleteBrand(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << "deleted brand " << run.arg(0) << "\n";
  return kExitOk;
}

// ---- briefs ----

int CreateBrief(const Invocation& run) {
  v1::CreateBriefRequest request;
  if (absl::Status s = LoadRecord(run.args(), ApplyBriefFlags, request.mutable_brief(), nullptr);
      !s.ok()) {
    return run.UsageError(s);
  }
  if (request.brief().brand_id().empty()) return run.UsageError("--brand-id is required");
  // A brief made from flags alone is meant to be used now: open it unless told otherwise.
  if (request.brief().status() == v1::BRIEF_STATUS_UNSPECIFIED && !run.args().Has("json-file")) {
    request.mutable_brief()->set_status(v1::BRIEF_STATUS_OPEN);
  }
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).CreateBrief(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BriefDetails(response->brief());
  return kExitOk;
}

int GetBrief(const Invocation& run) {
  v1::GetBriefRequest request;
  request.set_brief_id(run.arg(0));
  auto response = BrandClient(run.client_options()).GetBrief(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BriefDetails(response->brief());
  return kExitOk;
}

int UpdateBrief(const Invocation& run) {
  v1::UpdateBriefRequest request;
  std::vector<std::string> paths;
  if (absl::Status s = LoadRecord(run.args(), ApplyBriefFlags, request.mutable_brief(), &paths);
      !s.ok()) {
    return run.UsageError(s);
  }
  request.mutable_brief()->set_id(run.arg(0));
  if (run.args().Has("etag")) request.mutable_brief()->set_etag(run.args().Get("etag"));
  *request.mutable_update_mask() = UpdateMaskFor(run.args(), paths);
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).UpdateBrief(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << BriefDetails(response->brief());
  return kExitOk;
}

int ListBriefs(const Invocation& run) {
  v1::ListBriefsRequest request;
  request.set_brand_id(run.args().Get("brand-id"));
  for (const std::string& text : run.args().GetAll("status")) {
    absl::StatusOr<v1::BriefStatus> status = ParseEnum<v1::BriefStatus>(text);
    if (!status.ok()) return run.UsageError(status.status());
    request.add_statuses(*status);
  }
  BrandClient client(run.client_options());
  return PrintList<v1::ListBriefsRequest, v1::ListBriefsResponse, v1::Brief>(
      run, request, [&](const auto& r) { return client.ListBriefs(r); },
      [](const auto& page) { return ToVector(page.briefs()); }, BriefsTable);
}

int DeleteBrief(const Invocation& run) {
  v1::DeleteBriefRequest request;
  request.set_brief_id(run.arg(0));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  auto response = BrandClient(run.client_options()).DeleteBrief(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << "deleted brief " << run.arg(0) << "\n";
  return kExitOk;
}

// ---- offers ----

int SendOffer(const Invocation& run) {
  v1::SendOfferRequest request;
  request.set_brief_id(run.args().Get("brief-id"));
  request.set_creator_id(run.args().Get("creator-id"));
  if (request.brief_id().empty() || request.creator_id().empty()) {
    return run.UsageError("--brief-id and --creator-id are required");
  }
  if (absl::Status s = ApplyTermsFlags(run.args(), request.mutable_terms()); !s.ok()) {
    return run.UsageError(s);
  }
  if (run.args().Has("expire")) {
    auto expire = ParseTimestamp("expire", run.args().Get("expire"));
    if (!expire.ok()) return run.UsageError(expire.status());
    *request.mutable_expire_time() = *expire;
  }
  request.set_request_id(run.args().Get("request-id"));
  return PrintOffer(run, BrandClient(run.client_options()).SendOffer(request));
}

// The transitions that take an offer id, an optional note, an etag and a request id.
template <typename Request, typename Method>
int Transition(const Invocation& run, Method method) {
  Request request;
  request.set_offer_id(run.arg(0));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  if constexpr (std::is_same_v<Request, v1::WithdrawOfferRequest> ||
                std::is_same_v<Request, v1::RejectApplicationRequest> ||
                std::is_same_v<Request, v1::CancelOfferRequest>) {
    request.set_note(run.args().Get("note"));
  }
  BrandClient client(run.client_options());
  return PrintOffer(run, (client.*method)(request));
}

int CompleteOffer(const Invocation& run) {
  v1::CompleteOfferRequest request;
  request.set_offer_id(run.arg(0));
  if (absl::Status s = ApplyOutcomeFlags(run.args(), request.mutable_outcome()); !s.ok()) {
    return run.UsageError(s);
  }
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  return PrintOffer(run, BrandClient(run.client_options()).CompleteOffer(request));
}

int GetOffer(const Invocation& run) {
  v1::GetOfferRequest request;
  request.set_offer_id(run.arg(0));
  return PrintOffer(run, BrandClient(run.client_options()).GetOffer(request));
}

int ListOffers(const Invocation& run) {
  v1::ListOffersRequest request;
  request.set_brief_id(run.args().Get("brief-id"));
  request.set_brand_id(run.args().Get("brand-id"));
  if (request.brief_id().empty() == request.brand_id().empty()) {
    return run.UsageError("give exactly one of --brief-id and --brand-id");
  }
  for (const std::string& text : run.args().GetAll("state")) {
    absl::StatusOr<v1::OfferState> state = ParseEnum<v1::OfferState>(text);
    if (!state.ok()) return run.UsageError(state.status());
    request.add_states(*state);
  }
  BrandClient client(run.client_options());
  return PrintList<v1::ListOffersRequest, v1::ListOffersResponse, v1::Offer>(
      run, request, [&](const auto& r) { return client.ListOffers(r); },
      [](const auto& page) { return ToVector(page.offers()); }, OffersTable);
}

// ---- history ----

template <typename Request, typename Response, typename Method>
int History(const Invocation& run, Method method,
            void (Request::*set_subject)(const std::string&)) {
  Request request;
  (request.*set_subject)(run.arg(0));
  if (run.args().Has("since")) {
    auto since = ParseTimestamp("since", run.args().Get("since"));
    if (!since.ok()) return run.UsageError(since.status());
    *request.mutable_start_time() = *since;
  }
  BrandClient client(run.client_options());
  return PrintList<Request, Response, v1::HistoryEvent>(
      run, request, [&](const Request& r) { return (client.*method)(r); },
      [](const Response& page) { return ToVector(page.events()); }, HistoryTable);
}

std::vector<Command> BrandCommands() {
  const std::vector<FlagSpec> note = {{"note", "TEXT", "why, for the other side"}};
  const std::vector<FlagSpec> since = {{"since", "DATE", "only events at or after this time"}};
  std::vector<Command> commands = {
      {{"brand", "create"},
       "",
       "Create a brand.",
       Concat({BrandFieldFlags(), CreateFlags()}),
       0,
       0,
       CreateBrand,
       "example:\n  matchmaker-brand brand create --id acme --name \"Acme Snacks\" "
       "--category food/snacks --country US --value sustainability"},
      {{"brand", "get"}, "<brand-id>", "Show a brand.", {}, 1, 1, GetBrand},
      {{"brand", "update"},
       "<brand-id>",
       "Update a brand (only the fields given).",
       Concat({BrandFieldFlags(), UpdateFlags()}),
       1,
       1,
       UpdateBrand},
      {{"brand", "list"},
       "",
       "List brands.",
       Concat({{{"category", "PATH", "only this category and below"}}, PagingFlags()}),
       0,
       0,
       ListBrands},
      {{"brand", "delete"},
       "<brand-id>",
       "Delete a brand without briefs.",
       TransitionFlags(),
       1,
       1,
       DeleteBrand},
      {{"brief", "create"},
       "",
       "Create a brief (OPEN unless --status says otherwise).",
       Concat({BriefFieldFlags(), CreateFlags()}),
       0,
       0,
       CreateBrief,
       "example:\n  matchmaker-brand brief create --brand-id acme --id spring-snacks "
       "--title \"Spring snack box\" --niche food/healthy-recipes --platform instagram "
       "--tier micro --budget 5000 --compensation flat-fee:400 "
       "--deliverable instagram:post --creators-wanted 5"},
      {{"brief", "get"}, "<brief-id>", "Show a brief.", {}, 1, 1, GetBrief},
      {{"brief", "update"},
       "<brief-id>",
       "Update a brief (only the fields given).",
       Concat({BriefFieldFlags(), UpdateFlags()}),
       1,
       1,
       UpdateBrief},
      {{"brief", "list"},
       "",
       "List briefs.",
       Concat({{{"brand-id", "BRAND", "only this brand's briefs"},
                {"status", "STATUS", "only these: draft | open | paused | closed", true}},
               PagingFlags()}),
       0,
       0,
       ListBriefs},
      {{"brief", "delete"},
       "<brief-id>",
       "Delete a brief without live offers.",
       TransitionFlags(),
       1,
       1,
       DeleteBrief},
      {{"offer", "send"},
       "",
       "Send an offer for an open brief to a creator.",
       Concat({{{"brief-id", "BRIEF", "the brief (required)"},
                {"creator-id", "CREATOR", "the creator (required)"},
                {"expire", "DATE", "when the offer lapses (default: in 14 days)"},
                {"request-id", "ID", "idempotency key (default: random)"}},
               TermsFlags()}),
       0,
       0,
       SendOffer,
       "example:\n  matchmaker-brand offer send --brief-id spring-snacks --creator-id jo "
       "--fee 350 --deliverable instagram:post --message \"Love your recipes!\""},
      {{"offer", "withdraw"},
       "<offer-id>",
       "Withdraw a proposed or countered offer.",
       Concat({note, TransitionFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::WithdrawOfferRequest>(run, &BrandClient::WithdrawOffer);
       }},
      {{"offer", "accept-counter"},
       "<offer-id>",
       "Accept the creator's counter terms.",
       TransitionFlags(),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::AcceptCounterOfferRequest>(run, &BrandClient::AcceptCounterOffer);
       }},
      {{"offer", "accept-application"},
       "<offer-id>",
       "Accept a creator's application.",
       TransitionFlags(),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::AcceptApplicationRequest>(run, &BrandClient::AcceptApplication);
       }},
      {{"offer", "reject-application"},
       "<offer-id>",
       "Reject a creator's application.",
       Concat({note, TransitionFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::RejectApplicationRequest>(run, &BrandClient::RejectApplication);
       }},
      {{"offer", "complete"},
       "<offer-id>",
       "Mark accepted work completed, with its outcome.",
       Concat({OutcomeFlags(), TransitionFlags()}),
       1,
       1,
       CompleteOffer},
      {{"offer", "cancel"},
       "<offer-id>",
       "Cancel an accepted offer.",
       Concat({note, TransitionFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::CancelOfferRequest>(run, &BrandClient::CancelOffer);
       }},
      {{"offer", "get"}, "<offer-id>", "Show an offer.", {}, 1, 1, GetOffer},
      {{"offer", "list"},
       "",
       "List the offers of a brief or of a brand.",
       Concat({{{"brief-id", "BRIEF", "offers of this brief"},
                {"brand-id", "BRAND", "offers of all this brand's briefs"},
                {"state", "STATE", "only these: " + Choices<v1::OfferState>(), true}},
               PagingFlags()}),
       0,
       0,
       ListOffers},
      {{"history", "brand"},
       "<brand-id>",
       "What happened to a brand, its briefs and offers.",
       Concat({since, PagingFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return History<v1::ListBrandHistoryRequest, v1::ListBrandHistoryResponse>(
             run, &BrandClient::ListBrandHistory, &v1::ListBrandHistoryRequest::set_brand_id);
       }},
      {{"history", "brief"},
       "<brief-id>",
       "What happened to a brief and its offers.",
       Concat({since, PagingFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return History<v1::ListBriefHistoryRequest, v1::ListBriefHistoryResponse>(
             run, &BrandClient::ListBriefHistory, &v1::ListBriefHistoryRequest::set_brief_id);
       }},
  };
  return commands;
}

}  // namespace
}  // namespace matchmaker::tools

int main(int argc, char** argv) {
  std::vector<matchmaker::tools::Command> commands = matchmaker::tools::BrandCommands();
  for (auto& command : matchmaker::tools::BrandMatchCommands()) {
    commands.push_back(std::move(command));
  }
  return matchmaker::tools::RunTool(
      "matchmaker-brand",
      "The brand side of Matchmaker: brands, briefs, offers to creators and their history.",
      commands, std::vector<std::string>(argv + 1, argv + argc));
}
