// matchmaker-admin: the operators' tool. Inspect any record, history, statistics,
// checkpoints, bulk import/export of JSON Lines and the demo market.

#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "client/demo/demo_market.h"
#include "client/lib/admin_client.h"
#include "client/tools/command.h"
#include "client/tools/command_helpers.h"
#include "client/tools/enum_names.h"
#include "client/tools/json_io.h"
#include "client/tools/key_commands.h"
#include "client/tools/match_commands.h"
#include "client/tools/progress_reporter.h"
#include "client/tools/record_views.h"
#include "client/tools/table.h"

namespace matchmaker::tools {
namespace {

using client::AdminClient;

int GetRecord(const Invocation& run) {
  v1::GetRecordRequest request;
  auto kind = ParseEnum<v1::RecordKind>(run.arg(0));
  if (!kind.ok()) return run.UsageError(kind.status());
  request.set_kind(*kind);
  request.set_id(run.arg(1));
  auto response = AdminClient(run.client_options()).GetRecord(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << RecordDetails(response->record());
  return kExitOk;
}

int History(const Invocation& run) {
  v1::ListHistoryRequest request;
  const ParsedArgs& args = run.args();
  request.set_creator_id(args.Get("creator-id"));
  request.set_brand_id(args.Get("brand-id"));
  request.set_brief_id(args.Get("brief-id"));
  request.set_offer_id(args.Get("offer-id"));
  for (const std::string& text : args.GetAll("type")) {
    auto type = ParseEnum<v1::EventType>(text);
    if (!type.ok()) return run.UsageError(type.status());
    request.add_types(*type);
  }
  if (args.Has("since")) {
    auto since = ParseTimestamp("since", args.Get("since"));
    if (!since.ok()) return run.UsageError(since.status());
    *request.mutable_start_time() = *since;
  }
  AdminClient client(run.client_options());
  return PrintList<v1::ListHistoryRequest, v1::ListHistoryResponse, v1::HistoryEvent>(
      run, request, [&](const auto& r) { return client.ListHistory(r); },
      [](const auto& page) {
        return std::vector<v1::HistoryEvent>(page.events().begin(), page.events().end());
      },
      HistoryTable);
}

int Stats(const Invocation& run) {
  auto response = AdminClient(run.client_options()).GetStats(v1::GetStatsRequest());
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << StatsDetails(*response);
  return kExitOk;
}

// The Prometheus text as the server renders it (pipe into grep, or save for promtool).
int Metrics(const Invocation& run) {
  auto response = AdminClient(run.client_options()).GetMetrics(v1::GetMetricsRequest());
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << response->text();
  return kExitOk;
}

int Checkpoint(const Invocation& run) {
  if (run.arg(0).empty() || run.arg(0)[0] != '/') {
    return run.UsageError("the checkpoint directory must be an absolute path on the server");
  }
  v1::CreateCheckpointRequest request;
  request.set_directory(run.arg(0));
  auto response = AdminClient(run.client_options()).CreateCheckpoint(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << "checkpoint " << response->directory() << " (history up to "
            << response->history_sequence() << ")\n";
  return kExitOk;
}

// Exit 0 when consistent; 1 (and one line per difference) when not.
int Check(const Invocation& run) {
  auto response = AdminClient(run.client_options()).CheckConsistency(v1::CheckConsistencyRequest());
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) {
    const int printed = run.PrintJson(*response);
    return printed != kExitOk ? printed : response->consistent() ? kExitOk : 1;
  }
  run.out() << (response->consistent() ? "consistent" : "INCONSISTENT") << " at history "
            << response->history_sequence() << ": checked " << response->creators_checked()
            << " creators, " << response->briefs_checked() << " briefs, "
            << response->offers_checked() << " offers\n";
  for (const std::string& difference : response->differences()) {
    run.out() << "  " << difference << "\n";
  }
  return response->consistent() ? kExitOk : 1;
}

// Streams `records` to the server with progress on stderr and prints the result. Exit code 1
// when the call fails or any record was rejected.
int ImportAndReport(const Invocation& run, const std::vector<v1::Record>& records) {
  ProgressReporter progress(run.err(), StderrIsTerminal(), static_cast<int64_t>(records.size()),
                            "import");
  size_t next = 0;
  auto response = AdminClient(run.client_options())
                      .ImportRecords(
                          [&](v1::Record* record) {
                            if (next >= records.size()) return false;
                            *record = records[next++];
                            return true;
                          },
                          [&](int64_t sent) { progress.Update(sent); });
  progress.Finish(static_cast<int64_t>(next));
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) {
    run.PrintJson(*response);
  } else {
    run.out() << "received " << response->received() << ", created " << response->created()
              << ", replaced " << response->replaced() << ", rejected "
              << response->rejections_size() << "\n";
    if (response->rejections_size() > 0) {
      Table table({"INDEX", "ID", "REASON"});
      for (const auto& rejection : response->rejections()) {
        table.AddRow({absl::StrCat(rejection.index()), rejection.id(), rejection.reason()});
      }
      run.out() << table.Render(120);
    }
  }
  return response->rejections_size() == 0 ? kExitOk : kExitRpcError;
}

int Import(const Invocation& run) {
  std::vector<v1::Record> records;
  absl::Status read;
  auto collect = [&](v1::Record record) {
    records.push_back(std::move(record));
    return absl::OkStatus();
  };
  if (run.arg(0) == "-") {
    read = ReadJsonLines(std::cin, collect);
  } else {
    std::ifstream file(run.arg(0));
    if (!file) {
      run.err() << "error: cannot open " << run.arg(0) << "\n";
      return kExitRpcError;
    }
    read = ReadJsonLines(file, collect);
  }
  if (!read.ok()) {
    run.err() << "error: " << run.arg(0) << ": " << read.message() << "\n";
    return kExitRpcError;
  }
  return ImportAndReport(run, records);
}

int Export(const Invocation& run) {
  v1::ExportRecordsRequest request;
  for (const std::string& text : run.args().GetAll("kinds")) {
    auto kind = ParseEnum<v1::RecordKind>(text);
    if (!kind.ok()) return run.UsageError(kind.status());
    request.add_kinds(*kind);
  }
  int64_t exported = 0;
  absl::Status status =
      AdminClient(run.client_options()).ExportRecords(request, [&](const v1::Record& record) {
        run.out() << RecordToJsonLine(record) << "\n";
        ++exported;
        return absl::OkStatus();
      });
  run.out().flush();
  if (!status.ok()) return run.RpcError(status);
  run.err() << "exported " << exported << " records\n";
  return kExitOk;
}

std::vector<FlagSpec> DemoFlags() {
  return {{"creators", "N", "number of creators (default 10000)"},
          {"brands", "M", "number of brands (default 100)"},
          {"briefs", "K", "number of briefs (default 300)"},
          {"seed", "S", "random seed (default 1); same seed, same market"},
          {"embedding-dim", "D", "embedding dimension, = the server's (default 64)"},
          {"reference-date", "DATE", "the market's 'now' (default 2026-12-01)"}};
}

absl::StatusOr<demo::DemoOptions> DemoOptionsFrom(const ParsedArgs& args) {
  demo::DemoOptions options;
  struct IntFlag {
    const char* name;
    int* field;
  };
  for (const IntFlag& flag :
       {IntFlag{"creators", &options.creators}, IntFlag{"brands", &options.brands},
        IntFlag{"briefs", &options.briefs}, IntFlag{"embedding-dim", &options.embedding_dim}}) {
    if (!args.Has(flag.name)) continue;
    auto value = ParseInt(flag.name, args.Get(flag.name));
    if (!value.ok()) return value.status();
    if (*value < 0 || *value > 10'000'000) {
      return absl::InvalidArgumentError(absl::StrCat("--", flag.name, " out of range"));
    }
    *flag.field = static_cast<int>(*value);
  }
  if (options.embedding_dim < 1) return absl::InvalidArgumentError("--embedding-dim must be >= 1");
  if (args.Has("seed")) {
    auto seed = ParseInt("seed", args.Get("seed"));
    if (!seed.ok()) return seed.status();
    options.seed = static_cast<uint64_t>(*seed);
  }
  if (args.Has("reference-date")) {
    auto date = ParseTimestamp("reference-date", args.Get("reference-date"));
    if (!date.ok()) return date.status();
    options.reference_unix_seconds = date->seconds();
  }
  return options;
}

int DemoGenerate(const Invocation& run) {
  auto options = DemoOptionsFrom(run.args());
  if (!options.ok()) return run.UsageError(options.status());
  const demo::DemoMarket market = demo::GenerateDemoMarket(*options);
  demo::ForEachRecord(
      market, [&](const v1::Record& record) { run.out() << RecordToJsonLine(record) << "\n"; });
  run.out().flush();
  run.err() << "generated " << market.brands.size() << " brands, " << market.creators.size()
            << " creators, " << market.briefs.size() << " briefs\n";
  return kExitOk;
}

int DemoLoad(const Invocation& run) {
  auto options = DemoOptionsFrom(run.args());
  if (!options.ok()) return run.UsageError(options.status());
  const demo::DemoMarket market = demo::GenerateDemoMarket(*options);
  std::vector<v1::Record> records;
  demo::ForEachRecord(market, [&](const v1::Record& record) { records.push_back(record); });
  return ImportAndReport(run, records);
}

std::vector<Command> AdminCommands() {
  return {
      {{"get"},
       "<kind> <id>",
       "Show any record; kind: " + Choices<v1::RecordKind>() + ".",
       {},
       2,
       2,
       GetRecord,
       "example:\n  matchmaker-admin get creator creator-00042"},
      {{"history"},
       "",
       "The whole history, optionally about one subject.",
       Concat({{{"creator-id", "CREATOR", "only events about this creator"},
                {"brand-id", "BRAND", "only events about this brand"},
                {"brief-id", "BRIEF", "only events about this brief"},
                {"offer-id", "OFFER", "only events about this offer"},
                {"type", "TYPE", "only these: " + Choices<v1::EventType>(), true},
                {"since", "DATE", "only events at or after this time"}},
               PagingFlags()}),
       0,
       0,
       History},
      {{"stats"}, "", "Counts, offers by state, acceptance rate by tier.", {}, 0, 0, Stats},
      {{"metrics"},
       "",
       "Per-RPC counts, latencies and codes, matcher stage counts and RocksDB statistics "
       "(Prometheus text format).",
       {},
       0,
       0,
       Metrics,
       "example:\n  matchmaker-admin metrics | grep '^matchmaker_rpc_requests_total'"},
      {{"checkpoint"},
       "<dir>",
       "Write a consistent copy of the database to a new directory.",
       {},
       1,
       1,
       Checkpoint},
      {{"check"},
       "",
       "Compare the in-memory matching index with the database and check offer invariants "
       "(exit 1 if anything differs).",
       {},
       0,
       0,
       Check},
      {{"import"},
       "<file.jsonl|->",
       "Create or replace brands, creators and briefs from JSON Lines (exit 1 if any is "
       "rejected).",
       {},
       1,
       1,
       Import,
       "Each line is a Record in protobuf JSON, e.g. {\"brand\": {\"id\": \"acme\", ...}}."},
      {{"export"},
       "",
       "Every record as JSON Lines on stdout.",
       {{"kinds", "KIND", "only these: " + Choices<v1::RecordKind>(), true}},
       0,
       0,
       Export,
       "example:\n  matchmaker-admin export --kinds creator,brand > market.jsonl"},
      {{"demo", "generate"},
       "",
       "Print a deterministic demo market as JSON Lines.",
       DemoFlags(),
       0,
       0,
       DemoGenerate,
       "example:\n  matchmaker-admin demo generate --creators 2000 --seed 7 > demo.jsonl"},
      {{"demo", "load"},
       "",
       "Generate the demo market and import it directly.",
       DemoFlags(),
       0,
       0,
       DemoLoad},
  };
}

}  // namespace
}  // namespace matchmaker::tools

int main(int argc, char** argv) {
  std::vector<matchmaker::tools::Command> commands = matchmaker::tools::AdminCommands();
  for (auto& command : matchmaker::tools::AdminMatchCommands()) {
    commands.push_back(std::move(command));
  }
  for (auto& command : matchmaker::tools::KeyCommands()) commands.push_back(std::move(command));
  std::ios::sync_with_stdio(false);
  return matchmaker::tools::RunTool(
      "matchmaker-admin",
      "The operators' tool: any record, history, statistics, checkpoints, import/export and "
      "the demo market.",
      commands, std::vector<std::string>(argv + 1, argv + argc));
}
