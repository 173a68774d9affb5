#ifndef MATCHMAKER_CLIENT_TOOLS_COMMAND_HELPERS_H_
#define MATCHMAKER_CLIENT_TOOLS_COMMAND_HELPERS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/tools/cli_args.h"
#include "client/tools/command.h"
#include "client/tools/json_io.h"
#include "client/tools/value_parsers.h"
#include "google/protobuf/field_mask.pb.h"

namespace matchmaker::tools {

// Pieces the three tools share to keep each command a few lines.

// Flags of every list: --page-size, --page-token, --all (follow every page).
std::vector<FlagSpec> PagingFlags();
// Flags of every create/update: --json-file, --request-id; updates add --etag, --update-mask.
std::vector<FlagSpec> CreateFlags();
std::vector<FlagSpec> UpdateFlags();
// Flags of every offer transition: --etag, --request-id.
std::vector<FlagSpec> TransitionFlags();
std::vector<FlagSpec> Concat(std::vector<std::vector<FlagSpec>> lists);

// Applies --page-size / --page-token to a list request.
template <typename Request>
absl::Status ApplyPaging(const ParsedArgs& args, Request* request) {
  if (args.Has("page-size")) {
    absl::StatusOr<int64_t> size = ParseInt("page-size", args.Get("page-size"));
    if (!size.ok()) return size.status();
    request->set_page_size(static_cast<int32_t>(*size));
  }
  request->set_page_token(args.Get("page-token"));
  return absl::OkStatus();
}

// A record for create/update: the --json-file's content (if any), then the field flags on
// top. `apply(args, record, paths)` is one of the Apply*Flags.
template <typename Record, typename Apply>
absl::Status LoadRecord(const ParsedArgs& args, Apply apply, Record* record,
                        std::vector<std::string>* paths) {
  if (args.Has("json-file")) {
    if (absl::Status status = ReadJsonFile(args.Get("json-file"), record); !status.ok()) {
      return status;
    }
  }
  return apply(args, record, paths);
}

// The update mask of an update command: --update-mask when given; the fields set by flags
// when only flags were used; empty (every writable field) for a whole --json-file.
google::protobuf::FieldMask UpdateMaskFor(const ParsedArgs& args,
                                          const std::vector<std::string>& flag_paths);

// Prints a list page (or all pages with --all): JSON of the page response (one item per
// line with --all), or the table `render(items)`; says on stderr how to get the next page.
template <typename Request, typename Response, typename Item, typename ListFn, typename ItemsFn,
          typename RenderFn>
int PrintList(const Invocation& run, Request request, ListFn list, ItemsFn items_of,
              RenderFn render) {
  if (absl::Status status = ApplyPaging(run.args(), &request); !status.ok()) {
    return run.UsageError(status);
  }
  const bool all = run.args().GetBool("all");
  std::vector<Item> items;
  while (true) {
    absl::StatusOr<Response> page = list(request);
    if (!page.ok()) return run.RpcError(page.status());
    if (run.json() && !all) return run.PrintJson(*page);
    for (const Item& item : items_of(*page)) {
      if (run.json()) {
        run.out() << ToJson(item, true) << "\n";
      } else {
        items.push_back(item);
      }
    }
    if (page->next_page_token().empty()) break;
    if (!all) {
      run.out() << render(items);
      run.err() << "more: --page-token " << page->next_page_token() << "  (or --all)\n";
      return kExitOk;
    }
    request.set_page_token(page->next_page_token());
  }
  if (!run.json()) run.out() << render(items);
  return kExitOk;
}

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_COMMAND_HELPERS_H_
