#ifndef MATCHMAKER_SERVER_MATCHER_TAXONOMY_H_
#define MATCHMAKER_SERVER_MATCHER_TAXONOMY_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/matcher/interner.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

// How two nodes of a hierarchy ("food/desserts" vs "food/healthy-recipes") relate.
enum class TaxonomyRelation : uint8_t {
  kExact = 0,
  kParentChild = 1,  // one is the direct parent of the other
  kAncestor = 2,     // one is an ancestor two or more levels up
  kSibling = 3,      // same parent
  kCousin = 4,       // share a non-root ancestor further up
  kUnrelated = 5,
};
inline constexpr int kNumTaxonomyRelations = 6;
const char* TaxonomyRelationName(TaxonomyRelation relation);

// A '/'-separated hierarchy of niches or brand categories with parent links. Interning a path
// interns all its prefixes, so "food/desserts" makes "food" its parent. The relation of two nodes
// is computed in O(1) from fixed-size ancestor chains, with no allocation, because the ranking
// path asks it for every (creator niche, brief niche) pair.
class Taxonomy {
 public:
  static constexpr int kMaxDepth = 6;  // deeper paths are truncated

  // Interns `path` (lower-case, '/'-separated; empty segments ignored). Empty path → kNoId.
  InternId Intern(absl::string_view path);
  InternId Find(absl::string_view path) const;
  const std::string& Path(InternId id) const { return names_.Text(id); }
  InternId Parent(InternId id) const { return nodes_[id].parent; }
  int Depth(InternId id) const { return nodes_[id].depth; }
  size_t size() const { return nodes_.size(); }

  TaxonomyRelation Relation(InternId a, InternId b) const;
  // True when `node` is `ancestor` or lies below it ("gambling/casino" is within "gambling").
  bool IsWithin(InternId node, InternId ancestor) const;

 private:
  struct Node {
    InternId parent = kNoId;
    uint8_t depth = 0;                        // 1 for a root segment
    std::array<InternId, kMaxDepth> chain{};  // chain[i] = ancestor at depth i+1
  };
  Interner names_;
  std::vector<Node> nodes_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_TAXONOMY_H_
