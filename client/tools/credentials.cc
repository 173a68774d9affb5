#include "client/tools/credentials.h"

#include <cstdlib>
#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace matchmaker::tools {
namespace {

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}

}  // namespace

absl::StatusOr<std::string> ReadKeyFile(const std::string& path, const std::string& source) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) {
    return absl::FailedPreconditionError(absl::StrCat(source, ": cannot read ", path));
  }
  const std::string key(absl::StripAsciiWhitespace(line));
  if (key.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(source, ": ", path, " holds no key"));
  }
  return key;
}

absl::StatusOr<std::string> ResolveApiKey(const ParsedArgs& args) {
  if (args.Has("api-key")) return std::string(absl::StripAsciiWhitespace(args.Get("api-key")));
  if (args.Has("api-key-file")) return ReadKeyFile(args.Get("api-key-file"), "--api-key-file");
  if (const char* key = Env("MATCHMAKER_API_KEY")) {
    return std::string(absl::StripAsciiWhitespace(key));
  }
  if (const char* path = Env("MATCHMAKER_API_KEY_FILE")) {
    return ReadKeyFile(path, "$MATCHMAKER_API_KEY_FILE");
  }
  // The default is a convenience, not a requirement: absent or unreadable means no key.
  absl::StatusOr<std::string> fallback = ReadKeyFile(kDefaultAdminKeyFile, "default key file");
  return fallback.ok() ? *fallback : std::string();
}

}  // namespace matchmaker::tools
