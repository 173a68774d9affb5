#ifndef MATCHMAKER_SERVER_SERVICE_PAGE_COLLECTOR_H_
#define MATCHMAKER_SERVER_SERVICE_PAGE_COLLECTOR_H_

// Collects one page of a filtered scan. The next-page token is set only when a further
// matching item exists, so the last page has an empty token.

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/service/page_token.h"

namespace matchmaker::service {

template <typename T>
class PageCollector {
 public:
  explicit PageCollector(int page_size) : page_size_(page_size) {}

  // Feeds one matching item found under `key` (the scan's resume point). Returns false once
  // the page is full and one more item proved there is a next page: stop scanning then.
  bool Add(T item, absl::string_view key) {
    if (static_cast<int>(items_.size()) >= page_size_) {
      next_page_token_ = EncodePageToken(last_key_);
      return false;
    }
    items_.push_back(std::move(item));
    last_key_ = std::string(key);
    return true;
  }

  std::vector<T>& items() { return items_; }
  const std::string& next_page_token() const { return next_page_token_; }

 private:
  const int page_size_;
  std::vector<T> items_;
  std::string last_key_;
  std::string next_page_token_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_PAGE_COLLECTOR_H_
