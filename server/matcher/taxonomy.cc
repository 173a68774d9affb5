#include "server/matcher/taxonomy.h"

#include <algorithm>
#include <cstdlib>

namespace matchmaker::matcher {

const char* TaxonomyRelationName(TaxonomyRelation relation) {
  switch (relation) {
    case TaxonomyRelation::kExact:
      return "exact";
    case TaxonomyRelation::kParentChild:
      return "parent/child";
    case TaxonomyRelation::kAncestor:
      return "ancestor";
    case TaxonomyRelation::kSibling:
      return "sibling";
    case TaxonomyRelation::kCousin:
      return "cousin";
    case TaxonomyRelation::kUnrelated:
      break;
  }
  return "unrelated";
}

InternId Taxonomy::Intern(absl::string_view path) {
  InternId parent = kNoId;
  std::string prefix;
  int depth = 0;
  size_t start = 0;
  while (start <= path.size() && depth < kMaxDepth) {
    size_t end = path.find('/', start);
    if (end == absl::string_view::npos) end = path.size();
    absl::string_view segment = path.substr(start, end - start);
    start = end + 1;
    if (segment.empty()) {
      if (end == path.size()) break;
      continue;
    }
    if (!prefix.empty()) prefix.push_back('/');
    prefix.append(segment.data(), segment.size());
    const size_t before = names_.size();
    const InternId id = names_.Intern(prefix);
    if (names_.size() != before) {
      Node node;
      node.parent = parent;
      node.depth = static_cast<uint8_t>(depth + 1);
      if (parent != kNoId) node.chain = nodes_[parent].chain;
      node.chain[depth] = id;
      nodes_.push_back(node);
    }
    parent = id;
    ++depth;
    if (end == path.size()) break;
  }
  return parent;
}

InternId Taxonomy::Find(absl::string_view path) const {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return names_.Find(path);
}

TaxonomyRelation Taxonomy::Relation(InternId a, InternId b) const {
  if (a == b) return TaxonomyRelation::kExact;
  if (a == kNoId || b == kNoId) return TaxonomyRelation::kUnrelated;
  const Node& na = nodes_[a];
  const Node& nb = nodes_[b];
  const int min_depth = std::min(na.depth, nb.depth);
  int common = 0;
  while (common < min_depth && na.chain[common] == nb.chain[common]) ++common;
  if (common == 0) return TaxonomyRelation::kUnrelated;
  if (common == min_depth) {  // one lies on the other's chain
    return std::abs(na.depth - nb.depth) == 1 ? TaxonomyRelation::kParentChild
                                              : TaxonomyRelation::kAncestor;
  }
  if (common == na.depth - 1 && common == nb.depth - 1) return TaxonomyRelation::kSibling;
  return TaxonomyRelation::kCousin;
}

bool Taxonomy::IsWithin(InternId node, InternId ancestor) const {
  if (node == kNoId || ancestor == kNoId) return false;
  const Node& n = nodes_[node];
  const int depth = nodes_[ancestor].depth;
  return depth <= n.depth && n.chain[depth - 1] == ancestor;
}

}  // namespace matchmaker::matcher
