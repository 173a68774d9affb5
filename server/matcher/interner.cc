#include "server/matcher/interner.h"

namespace matchmaker::matcher {

InternId Interner::Intern(absl::string_view text) {
  auto it = ids_.find(text);
  if (it != ids_.end()) return it->second;
  const InternId id = static_cast<InternId>(texts_.size());
  texts_.emplace_back(text);
  ids_.emplace(std::string(text), id);
  return id;
}

InternId Interner::Find(absl::string_view text) const {
  auto it = ids_.find(text);
  return it == ids_.end() ? kNoId : it->second;
}

}  // namespace matchmaker::matcher
