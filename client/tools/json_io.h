#ifndef MATCHMAKER_CLIENT_TOOLS_JSON_IO_H_
#define MATCHMAKER_CLIENT_TOOLS_JSON_IO_H_

#include <functional>
#include <istream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "matchmaker/v1/admin_service.pb.h"

namespace matchmaker::tools {

// Protobuf JSON of `message`: indented for people, or on one line for JSON Lines.
std::string ToJson(const google::protobuf::Message& message, bool one_line = false);

// Parses protobuf JSON (lowerCamelCase or original field names) into `message`.
absl::Status FromJson(const std::string& json, google::protobuf::Message* message);

// Reads the whole file at `path` ("-" for stdin).
absl::StatusOr<std::string> ReadFileOrStdin(const std::string& path);

// Parses the protobuf JSON in the file at `path` ("-" for stdin) into `message`.
absl::Status ReadJsonFile(const std::string& path, google::protobuf::Message* message);

// One JSON Lines record: {"creator": {...}} and the like.
std::string RecordToJsonLine(const v1::Record& record);
absl::StatusOr<v1::Record> RecordFromJsonLine(const std::string& line);

// Calls `on_record` for every record of a JSON Lines stream, skipping blank lines. Fails with
// INVALID_ARGUMENT naming the line number of the first unparseable line.
absl::Status ReadJsonLines(std::istream& in,
                           const std::function<absl::Status(v1::Record)>& on_record);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_JSON_IO_H_
