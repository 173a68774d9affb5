#ifndef MATCHMAKER_CLIENT_TOOLS_CLI_ARGS_H_
#define MATCHMAKER_CLIENT_TOOLS_CLI_ARGS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace matchmaker::tools {

// One flag a command accepts, written "--name VALUE" or "--name=VALUE".
struct FlagSpec {
  std::string name;  // without the leading "--"
  // Placeholder shown in help ("ID"); empty for a switch ("--json", "--long-term=false").
  std::string value_name;
  std::string help;
  bool repeated = false;
};

// Positional arguments and flag values of one command line.
class ParsedArgs {
 public:
  const std::vector<std::string>& positionals() const { return positionals_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  // The flag's value ("true"/"false" for a switch), or `fallback` when it was not given.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  // Every value of a repeated flag, in order; a value "a,b" counts as "a" and "b".
  std::vector<std::string> GetAll(const std::string& name) const;
  // A switch: false when absent, true when given bare, else its "true"/"false" value.
  bool GetBool(const std::string& name) const;

  void Add(const std::string& name, const std::string& value) { values_[name].push_back(value); }
  void AddPositional(const std::string& value) { positionals_.push_back(value); }

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::vector<std::string>> values_;
};

// Parses `args` (the words after the command) against `specs`. Everything that is not a flag
// is positional ("-" included, meaning stdin); "--" makes the rest positional. Fails with
// INVALID_ARGUMENT, naming the flag, on an unknown flag, a flag without its value, a switch
// with a value other than true/false, or a non-repeated flag given twice.
absl::StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args,
                                     const std::vector<FlagSpec>& specs);

// "  --name VALUE   help" lines, aligned.
std::string FormatFlagHelp(const std::vector<FlagSpec>& specs);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_CLI_ARGS_H_
