#ifndef MATCHMAKER_CLIENT_TOOLS_CREDENTIALS_H_
#define MATCHMAKER_CLIENT_TOOLS_CREDENTIALS_H_

// Which API key a command-line tool sends, first found wins:
//   --api-key KEY, --api-key-file PATH, $MATCHMAKER_API_KEY, $MATCHMAKER_API_KEY_FILE,
//   else ./var/matchmaker/admin.key when readable: the bootstrap admin key that
//   `scripts/run.sh` (default --data_dir) makes the server write, so a newcomer's first
//   command works with no flags. No key at all: calls go out anonymous and the server says
//   UNAUTHENTICATED, with a hint.

#include <string>

#include "absl/status/statusor.h"
#include "client/tools/cli_args.h"

namespace matchmaker::tools {

inline constexpr char kDefaultAdminKeyFile[] = "./var/matchmaker/admin.key";

// The key ("" when none is configured); FAILED_PRECONDITION when a named file cannot be
// read or is empty.
[[nodiscard]] absl::StatusOr<std::string> ResolveApiKey(const ParsedArgs& args);

// The first line of `path`, trimmed; FAILED_PRECONDITION naming `source` if unreadable/empty.
[[nodiscard]] absl::StatusOr<std::string> ReadKeyFile(const std::string& path,
                                                      const std::string& source);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_CREDENTIALS_H_
