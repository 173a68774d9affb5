#ifndef MATCHMAKER_CLIENT_TOOLS_COMMAND_H_
#define MATCHMAKER_CLIENT_TOOLS_COMMAND_H_

#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "client/lib/client_options.h"
#include "client/tools/cli_args.h"
#include "google/protobuf/message.h"

namespace matchmaker::tools {

// Exit codes of every tool.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRpcError = 1;
inline constexpr int kExitUsage = 2;

struct Command;

// One run of one command: its arguments, the global settings and where output goes.
class Invocation {
 public:
  Invocation(const Command& command, ParsedArgs args, client::ClientOptions options, bool json,
             std::string tool_name, std::ostream& out, std::ostream& err)
      : command_(command),
        args_(std::move(args)),
        options_(std::move(options)),
        json_(json),
        tool_name_(std::move(tool_name)),
        out_(out),
        err_(err) {}

  const ParsedArgs& args() const { return args_; }
  const std::string& arg(size_t i) const { return args_.positionals().at(i); }
  const client::ClientOptions& client_options() const { return options_; }
  // --json: print protobuf JSON of responses instead of tables.
  bool json() const { return json_; }
  std::ostream& out() const { return out_; }
  std::ostream& err() const { return err_; }

  // Prints "error: <message>" and the command's usage on stderr; returns kExitUsage.
  int UsageError(const std::string& message) const;
  int UsageError(const absl::Status& status) const {
    return UsageError(std::string(status.message()));
  }
  // Prints the formatted error (code, message, field violations) on stderr; kExitRpcError.
  int RpcError(const absl::Status& status) const;
  // Prints `message` as JSON; for --json output of whole responses.
  int PrintJson(const google::protobuf::Message& message) const;

 private:
  const Command& command_;
  const ParsedArgs args_;
  const client::ClientOptions options_;
  const bool json_;
  const std::string tool_name_;
  std::ostream& out_;
  std::ostream& err_;
};

// A subcommand such as "brief create".
struct Command {
  std::vector<std::string> words;
  // Shown after the words in usage, e.g. "<brand-id>".
  std::string positional_usage;
  std::string summary;
  std::vector<FlagSpec> flags;
  size_t min_positionals = 0;
  size_t max_positionals = 0;
  std::function<int(const Invocation&)> run;
  // Extra help text after the flags (examples).
  std::string details = "";
};

// "usage: <tool> <words> <positionals> [flags]" with the summary and every flag.
std::string CommandUsage(const std::string& tool_name, const Command& command);

// Runs the command named by `args` (argv without the program name). Global flags, accepted
// before or after the command words: --server HOST:PORT (default: $MATCHMAKER_SERVER, else
// 127.0.0.1:50051), --json, --timeout SECONDS, --help. Returns the exit code.
int RunTool(const std::string& tool_name, const std::string& description,
            const std::vector<Command>& commands, const std::vector<std::string>& args,
            std::ostream& out = std::cout, std::ostream& err = std::cerr);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_COMMAND_H_
