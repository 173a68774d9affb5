#ifndef MATCHMAKER_CLIENT_TOOLS_MATCH_FLAGS_H_
#define MATCHMAKER_CLIENT_TOOLS_MATCH_FLAGS_H_

// Flags of the matching commands: --fusion and --weight NAME=W → matchmaker.v1.MatchScoring.

#include <vector>

#include "absl/status/status.h"
#include "client/tools/cli_args.h"
#include "matchmaker/v1/match.pb.h"

namespace matchmaker::tools {

// --fusion (harmonic-mean, product, min, uninorm) and --weight (repeated, e.g. niche=3).
std::vector<FlagSpec> ScoringFlags();

// INVALID_ARGUMENT naming the flag for an unknown fusion or a malformed weight.
absl::Status ApplyScoringFlags(const ParsedArgs& args, v1::MatchScoring* scoring);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_MATCH_FLAGS_H_
