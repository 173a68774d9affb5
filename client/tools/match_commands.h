#ifndef MATCHMAKER_CLIENT_TOOLS_MATCH_COMMANDS_H_
#define MATCHMAKER_CLIENT_TOOLS_MATCH_COMMANDS_H_

// The matching commands of the three tools (docs/matching.md, "RPCs and commands").

#include <vector>

#include "client/tools/command.h"

namespace matchmaker::tools {

// matchmaker-brand: match find | explain | similar | plan.
std::vector<Command> BrandMatchCommands();
// matchmaker-creator: brief suitable.
std::vector<Command> CreatorMatchCommands();
// matchmaker-admin: allocate.
std::vector<Command> AdminMatchCommands();

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_MATCH_COMMANDS_H_
