#include "client/tools/json_io.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/util/json_util.h"

namespace matchmaker::tools {

std::string ToJson(const google::protobuf::Message& message, bool one_line) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = !one_line;
  std::string json;
  // Printing a valid message cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!one_line && !json.empty() && json.back() == '\n') json.pop_back();
  return json;
}

absl::Status FromJson(const std::string& json, google::protobuf::Message* message) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  auto status = google::protobuf::util::JsonStringToMessage(json, message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a valid ", message->GetDescriptor()->name(),
                     " in protobuf JSON: ", status.message().as_string()));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadFileOrStdin(const std::string& path) {
  std::ostringstream content;
  if (path == "-") {
    content << std::cin.rdbuf();
    return content.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  content << file.rdbuf();
  return content.str();
}

absl::Status ReadJsonFile(const std::string& path, google::protobuf::Message* message) {
  absl::StatusOr<std::string> content = ReadFileOrStdin(path);
  if (!content.ok()) return content.status();
  absl::Status status = FromJson(*content, message);
  if (!status.ok()) return absl::InvalidArgumentError(absl::StrCat(path, ": ", status.message()));
  return absl::OkStatus();
}

std::string RecordToJsonLine(const v1::Record& record) { return ToJson(record, true); }

absl::StatusOr<v1::Record> RecordFromJsonLine(const std::string& line) {
  v1::Record record;
  if (absl::Status status = FromJson(line, &record); !status.ok()) return status;
  if (record.record_case() == v1::Record::RECORD_NOT_SET) {
    return absl::InvalidArgumentError(
        "a record needs one of \"creator\", \"brand\", \"brief\" or \"offer\"");
  }
  return record;
}

absl::Status ReadJsonLines(std::istream& in,
                           const std::function<absl::Status(v1::Record)>& on_record) {
  std::string line;
  for (int64_t number = 1; std::getline(in, line); ++number) {
    absl::string_view text = absl::StripAsciiWhitespace(line);
    if (text.empty()) continue;
    absl::StatusOr<v1::Record> record = RecordFromJsonLine(std::string(text));
    if (!record.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("line ", number, ": ", record.status().message()));
    }
    if (absl::Status status = on_record(*std::move(record)); !status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace matchmaker::tools
