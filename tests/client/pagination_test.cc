#include "client/lib/pagination.h"

#include <map>

#include "gtest/gtest.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::client {
namespace {

// Three pages of creators keyed by the token that asks for them.
absl::StatusOr<v1::ListCreatorsResponse> FakeList(const v1::ListCreatorsRequest& request) {
  static const std::map<std::string, std::pair<std::vector<std::string>, std::string>> pages = {
      {"", {{"a", "b"}, "t1"}}, {"t1", {{"c"}, "t2"}}, {"t2", {{"d"}, ""}}};
  auto it = pages.find(request.page_token());
  if (it == pages.end()) return absl::InvalidArgumentError("bad token");
  v1::ListCreatorsResponse response;
  for (const std::string& id : it->second.first) response.add_creators()->set_id(id);
  response.set_next_page_token(it->second.second);
  return response;
}

TEST(PaginationTest, FollowsNextPageTokenToTheLastPage) {
  std::vector<std::string> ids;
  ASSERT_OK(
      ForEachPage(v1::ListCreatorsRequest(), FakeList, [&](const v1::ListCreatorsResponse& page) {
        for (const auto& c : page.creators()) ids.push_back(c.id());
        return absl::OkStatus();
      }));
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(PaginationTest, StopsAtTheCallbacksError) {
  int pages = 0;
  absl::Status status =
      ForEachPage(v1::ListCreatorsRequest(), FakeList, [&](const v1::ListCreatorsResponse&) {
        return ++pages == 2 ? absl::CancelledError("enough") : absl::OkStatus();
      });
  EXPECT_STATUS_CODE(status, absl::StatusCode::kCancelled);
  EXPECT_EQ(pages, 2);
}

TEST(PaginationTest, ReturnsTheServersError) {
  v1::ListCreatorsRequest request;
  request.set_page_token("unknown");
  EXPECT_STATUS_CODE(ForEachPage(request, FakeList, [](const auto&) { return absl::OkStatus(); }),
                     absl::StatusCode::kInvalidArgument);
}

TEST(PaginationTest, ARepeatedTokenDoesNotLoopForever) {
  auto stuck = [](const v1::ListCreatorsRequest&) -> absl::StatusOr<v1::ListCreatorsResponse> {
    v1::ListCreatorsResponse response;
    response.set_next_page_token("same");
    return response;
  };
  EXPECT_STATUS_CODE(
      ForEachPage(v1::ListCreatorsRequest(), stuck, [](const auto&) { return absl::OkStatus(); }),
      absl::StatusCode::kInternal);
}

}  // namespace
}  // namespace matchmaker::client
