#ifndef MATCHMAKER_SERVER_MATCHER_INTERNER_H_
#define MATCHMAKER_SERVER_MATCHER_INTERNER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

// Maps strings (brand ids, countries, languages, tags, …) to dense small integers so the ranking
// path compares integers. Ids are never reused or removed: the vocabulary only grows, which keeps
// every id stored in the compact tables valid. Not thread-safe; MatchingState owns the locking.
class Interner {
 public:
  // Returns the id of `text`, adding it when new.
  InternId Intern(absl::string_view text);
  // Returns the id of `text`, or kNoId when it was never interned.
  InternId Find(absl::string_view text) const;
  const std::string& Text(InternId id) const { return texts_[id]; }
  size_t size() const { return texts_.size(); }

 private:
  absl::flat_hash_map<std::string, InternId> ids_;
  std::vector<std::string> texts_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_INTERNER_H_
