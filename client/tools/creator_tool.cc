// matchmaker-creator: the creator side from the shell. Portfolio, open briefs, applications,
// offers and history.

#include <string>
#include <utility>
#include <vector>

#include "client/lib/creator_client.h"
#include "client/tools/command.h"
#include "client/tools/command_helpers.h"
#include "client/tools/enum_names.h"
#include "client/tools/match_commands.h"
#include "client/tools/record_flags.h"
#include "client/tools/record_views.h"

namespace matchmaker::tools {
namespace {

using client::CreatorClient;

template <typename T>
std::vector<T> ToVector(const google::protobuf::RepeatedPtrField<T>& items) {
  return {items.begin(), items.end()};
}

template <typename Response>
int PrintOffer(const Invocation& run, const absl::StatusOr<Response>& response) {
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << OfferDetails(response->offer());
  return kExitOk;
}

template <typename Response>
int PrintCreator(const Invocation& run, const absl::StatusOr<Response>& response) {
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << CreatorDetails(response->creator());
  return kExitOk;
}

// ---- portfolio ----

int CreateCreator(const Invocation& run) {
  v1::CreateCreatorRequest request;
  if (absl::Status s =
          LoadRecord(run.args(), ApplyCreatorFlags, request.mutable_creator(), nullptr);
      !s.ok()) {
    return run.UsageError(s);
  }
  // A portfolio made from flags alone is open for business unless told otherwise.
  if (!run.args().Has("json-file") && !run.args().Has("accepting-offers")) {
    request.mutable_creator()->mutable_availability()->set_accepting_offers(true);
  }
  request.set_request_id(run.args().Get("request-id"));
  return PrintCreator(run, CreatorClient(run.client_options()).CreateCreator(request));
}

int GetCreator(const Invocation& run) {
  v1::GetCreatorRequest request;
  request.set_creator_id(run.arg(0));
  return PrintCreator(run, CreatorClient(run.client_options()).GetCreator(request));
}

int UpdateCreator(const Invocation& run) {
  v1::UpdateCreatorRequest request;
  std::vector<std::string> paths;
  if (absl::Status s = LoadRecord(run.args(), ApplyCreatorFlags, request.mutable_creator(), &paths);
      !s.ok()) {
    return run.UsageError(s);
  }
  request.mutable_creator()->set_id(run.arg(0));
  if (run.args().Has("etag")) request.mutable_creator()->set_etag(run.args().Get("etag"));
  *request.mutable_update_mask() = UpdateMaskFor(run.args(), paths);
  request.set_request_id(run.args().Get("request-id"));
  return PrintCreator(run, CreatorClient(run.client_options()).UpdateCreator(request));
}

int ListCreators(const Invocation& run) {
  v1::ListCreatorsRequest request;
  const ParsedArgs& args = run.args();
  request.set_niche(args.Get("niche"));
  request.set_country_code(args.Get("country"));
  if (args.Has("platform")) {
    auto platform = ParseEnum<v1::Platform>(args.Get("platform"));
    if (!platform.ok()) return run.UsageError(platform.status());
    request.set_platform(*platform);
  }
  if (args.Has("tier")) {
    auto tier = ParseEnum<v1::Tier>(args.Get("tier"));
    if (!tier.ok()) return run.UsageError(tier.status());
    request.set_tier(*tier);
  }
  for (const char* flag : {"min-followers", "max-followers"}) {
    if (!args.Has(flag)) continue;
    auto n = ParseInt(flag, args.Get(flag));
    if (!n.ok()) return run.UsageError(n.status());
    std::string(flag) == "min-followers" ? request.set_min_followers(*n)
                                         : request.set_max_followers(*n);
  }
  CreatorClient client(run.client_options());
  return PrintList<v1::ListCreatorsRequest, v1::ListCreatorsResponse, v1::Creator>(
      run, request, [&](const auto& r) { return client.ListCreators(r); },
      [](const auto& page) { return ToVector(page.creators()); }, CreatorsTable);
}

int DeleteCreator(const Invocation& run) {
  v1::DeleteCreatorRequest request;
  request.set_creator_id(run.arg(0));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  auto response = CreatorClient(run.client_options()).DeleteCreator(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << "deleted creator " << run.arg(0) << "\n";
  return kExitOk;
}

// ---- briefs ----

int ListOpenBriefs(const Invocation& run) {
  v1::ListOpenBriefsRequest request;
  request.set_creator_id(run.arg(0));
  request.set_niche(run.args().Get("niche"));
  if (run.args().Has("platform")) {
    auto platform = ParseEnum<v1::Platform>(run.args().Get("platform"));
    if (!platform.ok()) return run.UsageError(platform.status());
    request.set_platform(*platform);
  }
  CreatorClient client(run.client_options());
  return PrintList<v1::ListOpenBriefsRequest, v1::ListOpenBriefsResponse, v1::Brief>(
      run, request, [&](const auto& r) { return client.ListOpenBriefs(r); },
      [](const auto& page) { return ToVector(page.briefs()); }, BriefsTable);
}

template <typename Request, typename Method>
int HideOrUnhide(const Invocation& run, Method method, const char* done) {
  Request request;
  request.set_creator_id(run.arg(0));
  request.set_brief_id(run.arg(1));
  request.set_request_id(run.args().Get("request-id"));
  CreatorClient client(run.client_options());
  auto response = (client.*method)(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << done << " brief " << run.arg(1) << " for " << run.arg(0) << "\n";
  return kExitOk;
}

int Apply(const Invocation& run) {
  v1::ApplyToBriefRequest request;
  request.set_creator_id(run.arg(0));
  request.set_brief_id(run.arg(1));
  if (absl::Status s = ApplyTermsFlags(run.args(), request.mutable_terms()); !s.ok()) {
    return run.UsageError(s);
  }
  if (run.args().Has("expire")) {
    auto expire = ParseTimestamp("expire", run.args().Get("expire"));
    if (!expire.ok()) return run.UsageError(expire.status());
    *request.mutable_expire_time() = *expire;
  }
  request.set_request_id(run.args().Get("request-id"));
  return PrintOffer(run, CreatorClient(run.client_options()).ApplyToBrief(request));
}

// ---- offers ----

template <typename Request, typename Method>
int Transition(const Invocation& run, Method method) {
  Request request;
  request.set_offer_id(run.arg(0));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  if constexpr (std::is_same_v<Request, v1::WithdrawApplicationRequest> ||
                std::is_same_v<Request, v1::CreatorServiceCancelOfferRequest>) {
    request.set_note(run.args().Get("note"));
  }
  CreatorClient client(run.client_options());
  return PrintOffer(run, (client.*method)(request));
}

int DeclineOffer(const Invocation& run) {
  v1::DeclineOfferRequest request;
  request.set_offer_id(run.arg(0));
  if (!run.args().Has("reason")) {
    return run.UsageError("--reason is required: " + Choices<v1::DeclineReason>());
  }
  auto reason = ParseEnum<v1::DeclineReason>(run.args().Get("reason"));
  if (!reason.ok()) return run.UsageError(reason.status());
  request.set_reason(*reason);
  request.set_note(run.args().Get("note"));
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  return PrintOffer(run, CreatorClient(run.client_options()).DeclineOffer(request));
}

int CounterOffer(const Invocation& run) {
  v1::CounterOfferRequest request;
  request.set_offer_id(run.arg(0));
  if (absl::Status s = ApplyTermsFlags(run.args(), request.mutable_terms()); !s.ok()) {
    return run.UsageError(s);
  }
  request.set_etag(run.args().Get("etag"));
  request.set_request_id(run.args().Get("request-id"));
  return PrintOffer(run, CreatorClient(run.client_options()).CounterOffer(request));
}

int GetOffer(const Invocation& run) {
  v1::CreatorServiceGetOfferRequest request;
  request.set_offer_id(run.arg(0));
  return PrintOffer(run, CreatorClient(run.client_options()).GetOffer(request));
}

int ListOffers(const Invocation& run) {
  v1::ListCreatorOffersRequest request;
  request.set_creator_id(run.arg(0));
  for (const std::string& text : run.args().GetAll("state")) {
    auto state = ParseEnum<v1::OfferState>(text);
    if (!state.ok()) return run.UsageError(state.status());
    request.add_states(*state);
  }
  CreatorClient client(run.client_options());
  return PrintList<v1::ListCreatorOffersRequest, v1::ListCreatorOffersResponse, v1::Offer>(
      run, request, [&](const auto& r) { return client.ListCreatorOffers(r); },
      [](const auto& page) { return ToVector(page.offers()); }, OffersTable);
}

int History(const Invocation& run) {
  v1::ListCreatorHistoryRequest request;
  request.set_creator_id(run.arg(0));
  if (run.args().Has("since")) {
    auto since = ParseTimestamp("since", run.args().Get("since"));
    if (!since.ok()) return run.UsageError(since.status());
    *request.mutable_start_time() = *since;
  }
  CreatorClient client(run.client_options());
  return PrintList<v1::ListCreatorHistoryRequest, v1::ListCreatorHistoryResponse, v1::HistoryEvent>(
      run, request, [&](const auto& r) { return client.ListCreatorHistory(r); },
      [](const auto& page) { return ToVector(page.events()); }, HistoryTable);
}

std::vector<Command> CreatorCommands() {
  const std::vector<FlagSpec> note = {{"note", "TEXT", "why, for the brand"}};
  const std::vector<FlagSpec> request_id = {
      {"request-id", "ID", "idempotency key (default: random)"}};
  const std::vector<FlagSpec> expire = {
      {"expire", "DATE", "when the application lapses (default: in 14 days)"}};
  return {
      {{"creator", "create"},
       "",
       "Create a creator portfolio.",
       Concat({CreatorFieldFlags(), CreateFlags()}),
       0,
       0,
       CreateCreator,
       "example:\n  matchmaker-creator creator create --id jo --name \"Jo Baker\" "
       "--account instagram:@jo.bakes:12000:800:40 --niche food/desserts --country US "
       "--city Austin --language en --accepts flat-fee,free-product --min-fee 150"},
      {{"creator", "get"}, "<creator-id>", "Show a creator.", {}, 1, 1, GetCreator},
      {{"creator", "update"},
       "<creator-id>",
       "Update a creator (only the fields given).",
       Concat({CreatorFieldFlags(), UpdateFlags()}),
       1,
       1,
       UpdateCreator},
      {{"creator", "list"},
       "",
       "List creators.",
       Concat({{{"niche", "PATH", "niche or below it"},
                {"platform", "PLATFORM", "has an account there"},
                {"country", "CC", "located in this country"},
                {"min-followers", "N", "total followers at least"},
                {"max-followers", "N", "total followers at most"},
                {"tier", "TIER", "nano | micro | macro | mega"}},
               PagingFlags()}),
       0,
       0,
       ListCreators},
      {{"creator", "delete"},
       "<creator-id>",
       "Delete a creator without live offers.",
       TransitionFlags(),
       1,
       1,
       DeleteCreator},
      {{"brief", "list-open"},
       "<creator-id>",
       "Open briefs this creator has not hidden.",
       Concat({{{"niche", "PATH", "only briefs in this niche or below"},
                {"platform", "PLATFORM", "only briefs accepting this platform"}},
               PagingFlags()}),
       1,
       1,
       ListOpenBriefs},
      {{"brief", "hide"},
       "<creator-id> <brief-id>",
       "Not interested: hide a brief.",
       request_id,
       2,
       2,
       [](const Invocation& run) {
         return HideOrUnhide<v1::HideBriefRequest>(run, &CreatorClient::HideBrief, "hid");
       }},
      {{"brief", "unhide"},
       "<creator-id> <brief-id>",
       "Show a hidden brief again.",
       request_id,
       2,
       2,
       [](const Invocation& run) {
         return HideOrUnhide<v1::UnhideBriefRequest>(run, &CreatorClient::UnhideBrief, "unhid");
       }},
      {{"apply"},
       "<creator-id> <brief-id>",
       "Apply to an open brief with proposed terms.",
       Concat({TermsFlags(), expire, request_id}),
       2,
       2,
       Apply},
      {{"withdraw-application"},
       "<offer-id>",
       "Withdraw an application.",
       Concat({note, TransitionFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::WithdrawApplicationRequest>(run,
                                                           &CreatorClient::WithdrawApplication);
       }},
      {{"offer", "accept"},
       "<offer-id>",
       "Accept a proposed offer.",
       TransitionFlags(),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::AcceptOfferRequest>(run, &CreatorClient::AcceptOffer);
       }},
      {{"offer", "decline"},
       "<offer-id>",
       "Decline an offer, with a reason.",
       Concat({{{"reason", "REASON", Choices<v1::DeclineReason>() + " (required)"},
                {"note", "TEXT", "free text for the brand"}},
               TransitionFlags()}),
       1,
       1,
       DeclineOffer,
       "example:\n  matchmaker-creator offer decline of-123 --reason compensation-too-low "
       "--note \"My rate for a post is 600\""},
      {{"offer", "counter"},
       "<offer-id>",
       "Propose other terms.",
       Concat({TermsFlags(), TransitionFlags()}),
       1,
       1,
       CounterOffer},
      {{"offer", "cancel"},
       "<offer-id>",
       "Cancel an accepted offer.",
       Concat({note, TransitionFlags()}),
       1,
       1,
       [](const Invocation& run) {
         return Transition<v1::CreatorServiceCancelOfferRequest>(run, &CreatorClient::CancelOffer);
       }},
      {{"offer", "get"}, "<offer-id>", "Show an offer.", {}, 1, 1, GetOffer},
      {{"offer", "list"},
       "<creator-id>",
       "This creator's offers and applications.",
       Concat(
           {{{"state", "STATE", "only these: " + Choices<v1::OfferState>(), true}}, PagingFlags()}),
       1,
       1,
       ListOffers},
      {{"history"},
       "<creator-id>",
       "What happened to this creator and its offers.",
       Concat({{{"since", "DATE", "only events at or after this time"}}, PagingFlags()}),
       1,
       1,
       History},
  };
}

}  // namespace
}  // namespace matchmaker::tools

int main(int argc, char** argv) {
  std::vector<matchmaker::tools::Command> commands = matchmaker::tools::CreatorCommands();
  for (auto& command : matchmaker::tools::CreatorMatchCommands()) {
    commands.push_back(std::move(command));
  }
  return matchmaker::tools::RunTool(
      "matchmaker-creator",
      "The creator side of Matchmaker: your portfolio, open briefs, offers and history.", commands,
      std::vector<std::string>(argv + 1, argv + argc));
}
