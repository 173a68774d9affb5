#include "client/tools/match_commands.h"

#include <string>

#include "client/lib/admin_client.h"
#include "client/lib/brand_client.h"
#include "client/lib/creator_client.h"
#include "client/tools/command_helpers.h"
#include "client/tools/match_flags.h"
#include "client/tools/match_views.h"
#include "client/tools/value_parsers.h"

namespace matchmaker::tools {
namespace {

using client::AdminClient;
using client::BrandClient;
using client::CreatorClient;

template <typename T>
std::vector<T> ToVector(const google::protobuf::RepeatedPtrField<T>& items) {
  return {items.begin(), items.end()};
}

int FindCreators(const Invocation& run) {
  v1::FindCreatorsRequest request;
  request.set_brief_id(run.arg(0));
  if (absl::Status s = ApplyScoringFlags(run.args(), request.mutable_scoring()); !s.ok()) {
    return run.UsageError(s);
  }
  BrandClient client(run.client_options());
  return PrintList<v1::FindCreatorsRequest, v1::FindCreatorsResponse, v1::Match>(
      run, request, [&](const auto& r) { return client.FindCreators(r); },
      [](const auto& page) { return ToVector(page.matches()); }, CreatorMatchesTable);
}

int ExplainMatch(const Invocation& run) {
  v1::ExplainMatchRequest request;
  request.set_brief_id(run.arg(0));
  request.set_creator_id(run.arg(1));
  if (absl::Status s = ApplyScoringFlags(run.args(), request.mutable_scoring()); !s.ok()) {
    return run.UsageError(s);
  }
  auto response = BrandClient(run.client_options()).ExplainMatch(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << ExplainDetails(*response);
  return kExitOk;
}

int FindSimilar(const Invocation& run) {
  v1::FindSimilarCreatorsRequest request;
  request.set_creator_id(run.arg(0));
  BrandClient client(run.client_options());
  return PrintList<v1::FindSimilarCreatorsRequest, v1::FindSimilarCreatorsResponse,
                   v1::SimilarCreator>(
      run, request, [&](const auto& r) { return client.FindSimilarCreators(r); },
      [](const auto& page) { return ToVector(page.creators()); }, SimilarCreatorsTable);
}

int PlanCampaign(const Invocation& run) {
  v1::PlanCampaignRequest request;
  request.set_brief_id(run.arg(0));
  if (absl::Status s = ApplyScoringFlags(run.args(), request.mutable_scoring()); !s.ok()) {
    return run.UsageError(s);
  }
  if (run.args().Has("budget")) {
    auto cents = ParseMoneyCents("budget", run.args().Get("budget"));
    if (!cents.ok()) return run.UsageError(cents.status());
    request.set_budget_cents(*cents);
  }
  if (run.args().Has("creators")) {
    auto n = ParseInt("creators", run.args().Get("creators"));
    if (!n.ok()) return run.UsageError(n.status());
    request.set_creators_wanted(static_cast<int32_t>(*n));
  }
  if (run.args().Has("max-reach")) {
    auto n = ParseInt("max-reach", run.args().Get("max-reach"));
    if (!n.ok()) return run.UsageError(n.status());
    request.set_max_total_reach(*n);
  }
  auto response = BrandClient(run.client_options()).PlanCampaign(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << PlanDetails(*response);
  return kExitOk;
}

int SuitableBriefs(const Invocation& run) {
  v1::ListSuitableBriefsRequest request;
  request.set_creator_id(run.arg(0));
  if (absl::Status s = ApplyScoringFlags(run.args(), request.mutable_scoring()); !s.ok()) {
    return run.UsageError(s);
  }
  CreatorClient client(run.client_options());
  return PrintList<v1::ListSuitableBriefsRequest, v1::ListSuitableBriefsResponse, v1::Match>(
      run, request, [&](const auto& r) { return client.ListSuitableBriefs(r); },
      [](const auto& page) { return ToVector(page.matches()); }, BriefMatchesTable);
}

int Allocate(const Invocation& run) {
  v1::AllocateMarketRequest request;
  if (absl::Status s = ApplyScoringFlags(run.args(), request.mutable_scoring()); !s.ok()) {
    return run.UsageError(s);
  }
  if (run.args().Has("min-mutual")) {
    auto min = ParseFraction("min-mutual", run.args().Get("min-mutual"));
    if (!min.ok()) return run.UsageError(min.status());
    request.set_min_mutual_score(*min);
  }
  auto response = AdminClient(run.client_options()).AllocateMarket(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << AllocationDetails(*response);
  return kExitOk;
}

}  // namespace

std::vector<Command> BrandMatchCommands() {
  return {
      {{"match", "find"},
       "<brief-id>",
       "Creators for a brief, ranked by mutual fit, with both sides' scores.",
       Concat({ScoringFlags(), PagingFlags()}),
       1,
       1,
       FindCreators,
       "example:\n  matchmaker-brand match find brief-0001 --fusion product --page-size 20"},
      {{"match", "explain"},
       "<brief-id> <creator-id>",
       "Why a creator fits a brief (or not): every factor and every excluding rule.",
       ScoringFlags(),
       2,
       2,
       ExplainMatch},
      {{"match", "similar"},
       "<creator-id>",
       "Creators like this one (aesthetic, niches, audience size).",
       PagingFlags(),
       1,
       1,
       FindSimilar},
      {{"match", "plan"},
       "<brief-id>",
       "The creator set with the best expected outcome within the brief's limits.",
       Concat({{{"budget", "MONEY", "total budget (default: the brief's)"},
                {"creators", "N", "creators wanted (default: the brief's)"},
                {"max-reach", "N", "cap on total reach (default: the brief's)"}},
               ScoringFlags()}),
       1,
       1,
       PlanCampaign},
  };
}

std::vector<Command> CreatorMatchCommands() {
  return {
      {{"brief", "suitable"},
       "<creator-id>",
       "Open briefs ranked by mutual fit for this creator.",
       Concat({ScoringFlags(), PagingFlags()}),
       1,
       1,
       SuitableBriefs},
  };
}

std::vector<Command> AdminMatchCommands() {
  return {
      {{"allocate"},
       "",
       "A stable assignment of every open brief's slots to creators (sends nothing).",
       Concat({{{"min-mutual", "FRACTION", "pairs below this mutual score are not acceptable"}},
               ScoringFlags()}),
       0,
       0,
       Allocate},
  };
}

}  // namespace matchmaker::tools
