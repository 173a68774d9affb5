#ifndef MATCHMAKER_CLIENT_TOOLS_KEY_COMMANDS_H_
#define MATCHMAKER_CLIENT_TOOLS_KEY_COMMANDS_H_

#include <vector>

#include "client/tools/command.h"

namespace matchmaker::tools {

// matchmaker-admin's API key commands: `key create PRINCIPAL [--description TEXT]` (prints
// the secret once), `key list [--principal P] [--include-revoked]`, `key revoke KEY_ID`.
std::vector<Command> KeyCommands();

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_KEY_COMMANDS_H_
