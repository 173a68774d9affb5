#ifndef MATCHMAKER_SERVER_VALIDATION_FIELD_PATH_H_
#define MATCHMAKER_SERVER_VALIDATION_FIELD_PATH_H_

// Builds violation paths the way clients read them: proto field names joined by '.', with
// "[i]" after repeated fields, e.g. "creator.accounts[2].audience.top_countries[0].fraction".

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace matchmaker::validation {

// `prefix`.`name`, or just `name` at the top level (empty prefix).
inline std::string FieldPath(absl::string_view prefix, absl::string_view name) {
  return prefix.empty() ? std::string(name) : absl::StrCat(prefix, ".", name);
}

// `path`[`index`].
inline std::string IndexPath(absl::string_view path, int index) {
  return absl::StrCat(path, "[", index, "]");
}

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_FIELD_PATH_H_
