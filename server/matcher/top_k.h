#ifndef MATCHMAKER_SERVER_MATCHER_TOP_K_H_
#define MATCHMAKER_SERVER_MATCHER_TOP_K_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace matchmaker::matcher {

// Keeps the k best (score, row) pairs seen, in a min-heap reserved once, so a scan over N
// candidates costs O(N log k) and allocates nothing per candidate. Ties go to the lower row.
class TopK {
 public:
  struct Entry {
    double score;
    uint32_t row;
  };
  explicit TopK(size_t k) : k_(k) { heap_.reserve(k + 1); }

  void Offer(double score, uint32_t row) {
    if (k_ == 0) return;
    if (heap_.size() < k_) {
      heap_.push_back({score, row});
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else if (Better({score, row}, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), Better);
      heap_.back() = {score, row};
      std::push_heap(heap_.begin(), heap_.end(), Better);
    }
  }
  // The score an entry must beat to get in (-1 while there is room).
  double threshold() const { return heap_.size() < k_ ? -1.0 : heap_.front().score; }
  // Best first; empties the collector.
  std::vector<Entry> TakeSorted() {
    std::sort(heap_.begin(), heap_.end(), Better);
    return std::move(heap_);
  }

 private:
  // "a ranks before b". As the heap comparator it keeps the worst entry at the front.
  static bool Better(const Entry& a, const Entry& b) {
    return a.score != b.score ? a.score > b.score : a.row < b.row;
  }
  size_t k_;
  std::vector<Entry> heap_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_TOP_K_H_
