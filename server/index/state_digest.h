#ifndef MATCHMAKER_SERVER_INDEX_STATE_DIGEST_H_
#define MATCHMAKER_SERVER_INDEX_STATE_DIGEST_H_

// A readable, id-keyed description of everything the matcher ranks over, so two matching
// states built along different paths (the live index fed commit by commit, and one rebuilt from
// the database) can be compared. Interned ids and rows differ between two states, so every
// entry is keyed and valued by text ("creator c1 learned.active" → "2").
//
// Left out on purpose, because they legitimately depend on the order things happened in rather
// than on what the database holds: the niche / category multipliers learned from declines and
// the "good outcome" count of completions (both read the brief, brand or creator as they were
// at the event; a rebuild can only see them as they are now), and the learned state of deleted
// creators (the live index forgets it, a rebuild replays their events by key).

#include <map>
#include <string>
#include <vector>

#include "server/matcher/matching_state.h"

namespace matchmaker::index {

// Key → value; keys sort by entity ("brand …", "brief …", "creator …", "pair …").
using StateDigest = std::map<std::string, std::string>;

StateDigest DigestMatchingState(const matcher::MatchingState& state);

// One line per key whose values differ or that only one side has, naming `left_name` and
// `right_name` ("creator c1 learned.active: index 2, database 3"). At most `max_lines` lines;
// a final line says how many more differences there were.
std::vector<std::string> DiffDigests(const StateDigest& left, const StateDigest& right,
                                     const std::string& left_name, const std::string& right_name,
                                     size_t max_lines);

}  // namespace matchmaker::index

#endif  // MATCHMAKER_SERVER_INDEX_STATE_DIGEST_H_
