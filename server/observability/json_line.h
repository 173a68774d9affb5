#ifndef MATCHMAKER_SERVER_OBSERVABILITY_JSON_LINE_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_JSON_LINE_H_

// Builds one JSON object on one line, fields in the order added: structured logs that `jq`
// and log shippers read without a schema. Strings are escaped per RFC 8259 (control characters
// as \u00XX), so a line never contains a raw newline whatever the values hold.

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace matchmaker::observability {

class JsonLine {
 public:
  JsonLine& Add(absl::string_view key, absl::string_view value);
  JsonLine& Add(absl::string_view key, const char* value) {
    return Add(key, absl::string_view(value));
  }
  JsonLine& Add(absl::string_view key, int64_t value);
  // Finite values with 3 decimals (milliseconds to the microsecond); null otherwise.
  JsonLine& AddFixed3(absl::string_view key, double value);

  // The object with a trailing newline.
  std::string Finish() const { return body_ + "}\n"; }

 private:
  void Key(absl::string_view key);
  std::string body_ = "{";
};

// `value` as a JSON string literal, quotes included.
std::string JsonQuote(absl::string_view value);

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_JSON_LINE_H_
