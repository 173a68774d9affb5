#ifndef MATCHMAKER_SERVER_MATCHER_LIST_POOL_H_
#define MATCHMAKER_SERVER_MATCHER_LIST_POOL_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"

namespace matchmaker::matcher {

// Where one row's variable-length list lives inside a ListPool.
struct ListRef {
  uint32_t offset = 0;
  uint32_t count = 0;
};

// All rows' lists of one kind (niches, accounts, sponsorships, …) in one contiguous vector, so a
// scan over 100k creators touches a few large arrays instead of 100k small heap blocks. Replacing
// a row's list appends the new items and leaves the old ones as garbage; Compact() reclaims it
// once garbage outweighs live items. Not thread-safe.
template <typename T>
class ListPool {
 public:
  ListRef Store(absl::Span<const T> items) {
    ListRef ref{static_cast<uint32_t>(items_.size()), static_cast<uint32_t>(items.size())};
    items_.insert(items_.end(), items.begin(), items.end());
    return ref;
  }
  // Marks a list as no longer referenced.
  void Release(ListRef ref) { garbage_ += ref.count; }
  absl::Span<const T> Get(ListRef ref) const {
    return absl::Span<const T>(items_.data() + ref.offset, ref.count);
  }
  bool ShouldCompact() const { return garbage_ > 4096 && garbage_ * 2 > items_.size(); }
  // Rewrites the pool with only the lists `refs` points to (every live reference must be in
  // `refs`), updating them in place.
  void Compact(std::vector<ListRef>* refs) {
    std::vector<T> fresh;
    fresh.reserve(items_.size() - garbage_);
    for (ListRef& ref : *refs) {
      const uint32_t offset = static_cast<uint32_t>(fresh.size());
      fresh.insert(fresh.end(), items_.begin() + ref.offset,
                   items_.begin() + ref.offset + ref.count);
      ref.offset = offset;
    }
    items_.swap(fresh);
    garbage_ = 0;
  }
  size_t size() const { return items_.size(); }

 private:
  std::vector<T> items_;
  size_t garbage_ = 0;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_LIST_POOL_H_
