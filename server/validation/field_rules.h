#ifndef MATCHMAKER_SERVER_VALIDATION_FIELD_RULES_H_
#define MATCHMAKER_SERVER_VALIDATION_FIELD_RULES_H_

// Rules for single scalar fields, shared by every record and request validator so the same
// kind of field is always judged (and worded) the same way. Each check adds at most one
// violation at `path` and returns whether the value passed.

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/timestamp.pb.h"
#include "server/validation/field_violations.h"

namespace matchmaker::validation {

// Ids: kMinIdLength..kMaxIdLength chars of [a-z0-9_-]. An empty optional id passes.
bool CheckId(absl::string_view value, absl::string_view path, FieldViolations* violations);
bool CheckOptionalId(absl::string_view value, absl::string_view path, FieldViolations* violations);

// Free text of at most `max_chars` Unicode characters (proto3 strings are valid UTF-8).
bool CheckText(absl::string_view value, std::size_t max_chars, absl::string_view path,
               FieldViolations* violations);
// As CheckText, and not empty (nor only whitespace).
bool CheckRequiredText(absl::string_view value, std::size_t max_chars, absl::string_view path,
                       FieldViolations* violations);

// Optional idempotency key: empty, or 1..kMaxRequestIdLength chars of printable ASCII.
bool CheckRequestId(absl::string_view value, absl::string_view path, FieldViolations* violations);
// Optional etag: empty, or at most kMaxEtagLength chars of printable ASCII.
bool CheckEtag(absl::string_view value, absl::string_view path, FieldViolations* violations);

// Required hierarchical path ("food/desserts"): lower-case [a-z0-9-] segments separated by
// '/', at most kMaxNichePathLength chars and kMaxNicheDepth levels. Niches and categories.
bool CheckNichePath(absl::string_view value, absl::string_view path, FieldViolations* violations);
// Required aesthetic tag: 1..kMaxTagLength chars, no upper-case letters, no control chars.
bool CheckTag(absl::string_view value, absl::string_view path, FieldViolations* violations);
// Required ISO 3166-1 alpha-2 code: exactly two upper-case ASCII letters.
bool CheckCountryCode(absl::string_view value, absl::string_view path, FieldViolations* violations);
// Required BCP-47 tag: a 2-3 letter language, then '-'-separated 1-8 char alphanumeric subtags.
bool CheckLanguageCode(absl::string_view value, absl::string_view path,
                       FieldViolations* violations);

// A set Timestamp: seconds within years 0001..9999 and nanos in [0, 999999999].
bool CheckTimestamp(const google::protobuf::Timestamp& value, absl::string_view path,
                    FieldViolations* violations);

// A finite number in [0, 1].
bool CheckFraction(double value, absl::string_view path, FieldViolations* violations);
// A finite number in [0, max].
bool CheckNonNegative(double value, double max, absl::string_view path,
                      FieldViolations* violations);
// An integer in [0, max].
bool CheckNonNegative(std::int64_t value, std::int64_t max, absl::string_view path,
                      FieldViolations* violations);

// An enum value the schema knows. With `required`, the zero (*_UNSPECIFIED) value fails too.
bool CheckEnum(const google::protobuf::EnumDescriptor* type, int value, bool required,
               absl::string_view path, FieldViolations* violations);

// A repeated field with at most `max` entries.
bool CheckListSize(int size, std::size_t max, absl::string_view path, FieldViolations* violations);

// Paging: page_size in [0, kMaxPageSize] (0 = server default), page_token at most
// kMaxPageTokenLength chars.
bool CheckPageSize(int value, absl::string_view path, FieldViolations* violations);
bool CheckPageToken(absl::string_view value, absl::string_view path, FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_FIELD_RULES_H_
