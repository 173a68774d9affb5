#include "client/tools/command.h"

#include <cstdlib>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/lib/error_format.h"
#include "client/tools/credentials.h"
#include "client/tools/json_io.h"
#include "client/tools/value_parsers.h"

namespace matchmaker::tools {
namespace {

const std::vector<FlagSpec>& GlobalFlags() {
  static const auto* kFlags = new std::vector<FlagSpec>{
      {"server", "HOST:PORT", "server address (default: $MATCHMAKER_SERVER or 127.0.0.1:50051)"},
      {"json", "", "print protobuf JSON instead of tables"},
      {"timeout", "SECONDS", "deadline of each call (default 10)"},
      {"api-key", "KEY",
       "API key (default: $MATCHMAKER_API_KEY, the file in $MATCHMAKER_API_KEY_FILE, else "
       "./var/matchmaker/admin.key when readable)"},
      {"api-key-file", "PATH", "read the API key from this file"},
      {"tls-ca-file", "PATH", "use TLS, trusting this PEM CA (default: system roots)"},
      {"tls-cert-file", "PATH", "PEM client certificate, for servers that require mTLS"},
      {"tls-key-file", "PATH", "PEM private key of --tls-cert-file"},
      {"tls-server-name", "NAME", "expected name in the server's certificate (TLS)"},
      {"help", "", "show help"},
  };
  return *kFlags;
}

bool TakesValue(const std::string& token) {
  for (const char* flag : {"--server", "--timeout", "--api-key", "--api-key-file", "--tls-ca-file",
                           "--tls-cert-file", "--tls-key-file", "--tls-server-name"}) {
    if (token == flag) return true;
  }
  return false;
}

bool IsGlobalFlag(const std::string& token) {
  for (const FlagSpec& spec : GlobalFlags()) {
    if (token == "--" + spec.name || absl::StartsWith(token, "--" + spec.name + "=")) return true;
  }
  return token == "-h";
}

bool StartsWithWords(const std::vector<std::string>& tokens, size_t at,
                     const std::vector<std::string>& words) {
  if (tokens.size() - at < words.size()) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (tokens[at + i] != words[i]) return false;
  }
  return true;
}

std::string CommandList(const std::string& tool_name, const std::vector<Command>& commands,
                        const std::vector<std::string>& prefix) {
  std::vector<std::pair<std::string, std::string>> lines;
  size_t width = 0;
  for (const Command& command : commands) {
    if (!StartsWithWords(command.words, 0, prefix)) continue;
    std::string left = absl::StrJoin(command.words, " ");
    if (!command.positional_usage.empty()) absl::StrAppend(&left, " ", command.positional_usage);
    width = std::max(width, left.size());
    lines.emplace_back(left, command.summary);
  }
  std::string text;
  for (const auto& [left, summary] : lines) {
    absl::StrAppend(&text, "  ", left, std::string(width - left.size() + 3, ' '), summary, "\n");
  }
  return text;
}

std::string ToolUsage(const std::string& tool_name, const std::string& description,
                      const std::vector<Command>& commands,
                      const std::vector<std::string>& prefix) {
  return absl::StrCat("usage: ", tool_name, " [global flags] <command> [args] [flags]\n\n",
                      description, "\n\ncommands:\n", CommandList(tool_name, commands, prefix),
                      "\nglobal flags:\n", FormatFlagHelp(GlobalFlags()), "\nRun '", tool_name,
                      " <command> --help' for the flags of a command.\n");
}

}  // namespace

int Invocation::UsageError(const std::string& message) const {
  err_ << "error: " << message << "\n\n" << CommandUsage(tool_name_, command_);
  return kExitUsage;
}

int Invocation::RpcError(const absl::Status& status) const {
  err_ << client::FormatError(status) << "\n";
  return kExitRpcError;
}

int Invocation::PrintJson(const google::protobuf::Message& message) const {
  out_ << ToJson(message) << "\n";
  return kExitOk;
}

std::string CommandUsage(const std::string& tool_name, const Command& command) {
  std::string usage = absl::StrCat("usage: ", tool_name, " ", absl::StrJoin(command.words, " "));
  if (!command.positional_usage.empty()) absl::StrAppend(&usage, " ", command.positional_usage);
  absl::StrAppend(&usage, " [flags]\n\n", command.summary, "\n");
  if (!command.flags.empty()) absl::StrAppend(&usage, "\nflags:\n", FormatFlagHelp(command.flags));
  absl::StrAppend(&usage, "\nglobal flags:\n", FormatFlagHelp(GlobalFlags()));
  if (!command.details.empty()) absl::StrAppend(&usage, "\n", command.details, "\n");
  return usage;
}

int RunTool(const std::string& tool_name, const std::string& description,
            const std::vector<Command>& commands, const std::vector<std::string>& args,
            std::ostream& out, std::ostream& err) {
  // Global flags may come before the command words: set them aside.
  std::vector<std::string> leading;
  size_t at = 0;
  while (at < args.size() && IsGlobalFlag(args[at])) {
    leading.push_back(args[at]);
    if (TakesValue(args[at]) && at + 1 < args.size()) leading.push_back(args[++at]);
    ++at;
  }
  const bool wants_help = std::find(args.begin(), args.end(), "--help") != args.end() ||
                          std::find(args.begin(), args.end(), "-h") != args.end();

  const Command* chosen = nullptr;
  for (const Command& command : commands) {
    if (StartsWithWords(args, at, command.words) &&
        (chosen == nullptr || command.words.size() > chosen->words.size())) {
      chosen = &command;
    }
  }
  if (chosen == nullptr) {
    std::vector<std::string> prefix;
    for (size_t i = at; i < args.size() && !absl::StartsWith(args[i], "-"); ++i) {
      prefix.push_back(args[i]);
    }
    const bool known_group = !prefix.empty() && !CommandList(tool_name, commands, prefix).empty();
    if (wants_help) {
      out << ToolUsage(tool_name, description, commands,
                       known_group ? prefix : std::vector<std::string>{});
      return kExitOk;
    }
    if (prefix.empty()) {
      err << ToolUsage(tool_name, description, commands, {});
    } else if (known_group) {
      err << "error: incomplete command \"" << absl::StrJoin(prefix, " ") << "\"\n\n"
          << ToolUsage(tool_name, description, commands, prefix);
    } else {
      err << "error: unknown command \"" << absl::StrJoin(prefix, " ") << "\"\n\n"
          << ToolUsage(tool_name, description, commands, {});
    }
    return kExitUsage;
  }

  std::vector<std::string> rest = leading;
  rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(at + chosen->words.size()),
              args.end());
  std::vector<FlagSpec> specs = chosen->flags;
  specs.insert(specs.end(), GlobalFlags().begin(), GlobalFlags().end());
  for (std::string& token : rest) {
    if (token == "-h") token = "--help";
  }
  absl::StatusOr<ParsedArgs> parsed = ParseArgs(rest, specs);
  if (parsed.ok() && parsed->GetBool("help")) {
    out << CommandUsage(tool_name, *chosen);
    return kExitOk;
  }
  auto usage_error = [&](const std::string& message) {
    err << "error: " << message << "\n\n" << CommandUsage(tool_name, *chosen);
    return kExitUsage;
  };
  if (!parsed.ok()) return usage_error(std::string(parsed.status().message()));
  const size_t positionals = parsed->positionals().size();
  if (positionals < chosen->min_positionals) {
    return usage_error(absl::StrCat("missing argument(s): ", chosen->positional_usage));
  }
  if (positionals > chosen->max_positionals) {
    return usage_error(absl::StrCat("unexpected argument \"",
                                    parsed->positionals()[chosen->max_positionals], "\""));
  }

  client::ClientOptions options;
  const char* env_server = std::getenv("MATCHMAKER_SERVER");
  if (env_server != nullptr && *env_server != '\0') options.target = env_server;
  if (parsed->Has("server")) options.target = parsed->Get("server");
  if (parsed->Has("timeout")) {
    absl::StatusOr<double> seconds = ParseDouble("timeout", parsed->Get("timeout"));
    if (!seconds.ok() || *seconds <= 0) return usage_error("--timeout needs a positive number");
    options.call_timeout = absl::Seconds(*seconds);
  }
  absl::StatusOr<std::string> api_key = ResolveApiKey(*parsed);
  if (!api_key.ok()) return usage_error(std::string(api_key.status().message()));
  options.api_key = *std::move(api_key);
  if (parsed->Has("tls-ca-file")) options.tls_ca_file = parsed->Get("tls-ca-file");
  if (parsed->Has("tls-cert-file")) options.tls_cert_file = parsed->Get("tls-cert-file");
  if (parsed->Has("tls-key-file")) options.tls_key_file = parsed->Get("tls-key-file");
  if (parsed->Has("tls-server-name")) options.tls_server_name = parsed->Get("tls-server-name");
  if (absl::Status tls = client::CheckTlsOptions(options); !tls.ok()) {
    return usage_error(std::string(tls.message()));
  }
  const bool json = parsed->GetBool("json");
  Invocation invocation(*chosen, *std::move(parsed), options, json, tool_name, out, err);
  return chosen->run(invocation);
}

}  // namespace matchmaker::tools
