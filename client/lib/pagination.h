#ifndef MATCHMAKER_CLIENT_LIB_PAGINATION_H_
#define MATCHMAKER_CLIENT_LIB_PAGINATION_H_

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace matchmaker::client {

// Follows next_page_token: calls `list(request)` (returning absl::StatusOr<Response>) page
// after page and hands each page to `on_page(const Response&)` (returning absl::Status) until
// the last page, the first error, or `on_page` returning an error (which is returned).
template <typename Request, typename ListFn, typename PageFn>
absl::Status ForEachPage(Request request, ListFn&& list, PageFn&& on_page) {
  while (true) {
    auto page = list(request);
    if (!page.ok()) return page.status();
    if (absl::Status status = on_page(*page); !status.ok()) return status;
    const std::string& next = page->next_page_token();
    if (next.empty()) return absl::OkStatus();
    // A server handing back the token it was given would loop forever.
    if (next == request.page_token()) {
      return absl::InternalError("server returned the same page token twice");
    }
    request.set_page_token(next);
  }
}

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_PAGINATION_H_
