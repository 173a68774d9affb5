#include "client/tools/command_helpers.h"

#include "absl/strings/str_split.h"

namespace matchmaker::tools {

std::vector<FlagSpec> PagingFlags() {
  return {{"page-size", "N", "items per page (default 50, max 1000)"},
          {"page-token", "TOKEN", "continue from a previous page"},
          {"all", "", "follow every page"}};
}

std::vector<FlagSpec> CreateFlags() {
  return {{"json-file", "FILE", "the record as protobuf JSON ('-' = stdin); flags override it"},
          {"request-id", "ID", "idempotency key (default: random)"}};
}

std::vector<FlagSpec> UpdateFlags() {
  std::vector<FlagSpec> flags = CreateFlags();
  flags.push_back({"etag", "ETAG", "only update if the record still has this etag"});
  flags.push_back({"update-mask", "PATHS",
                   "fields to update, e.g. title,budget (default: the fields given by flags)"});
  return flags;
}

std::vector<FlagSpec> TransitionFlags() {
  return {{"etag", "ETAG", "only if the offer still has this etag"},
          {"request-id", "ID", "idempotency key (default: random)"}};
}

std::vector<FlagSpec> Concat(std::vector<std::vector<FlagSpec>> lists) {
  std::vector<FlagSpec> all;
  for (auto& list : lists) all.insert(all.end(), list.begin(), list.end());
  return all;
}

google::protobuf::FieldMask UpdateMaskFor(const ParsedArgs& args,
                                          const std::vector<std::string>& flag_paths) {
  google::protobuf::FieldMask mask;
  if (args.Has("update-mask")) {
    for (const std::string& path : args.GetAll("update-mask")) mask.add_paths(path);
  } else if (!args.Has("json-file")) {
    for (const std::string& path : flag_paths) {
      if (path != "id") mask.add_paths(path);  // the id names the record, it is not updated
    }
  }
  return mask;
}

}  // namespace matchmaker::tools
