#include "server/validation/field_rules.h"

#include <cmath>
#include <cstddef>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "server/validation/field_path.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

// Echoes a bad value back, escaped and shortened, so messages stay readable and small.
std::string Quote(absl::string_view value) {
  constexpr std::size_t kMaxEcho = 32;
  if (value.size() <= kMaxEcho) return absl::StrCat("\"", absl::CHexEscape(value), "\"");
  return absl::StrCat("\"", absl::CHexEscape(value.substr(0, kMaxEcho)), "...\"");
}

// Code points in valid UTF-8: every byte that is not a continuation byte starts one.
std::size_t Utf8Length(absl::string_view value) {
  std::size_t count = 0;
  for (char c : value) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool IsIdChar(char c) {
  return absl::ascii_islower(c) || absl::ascii_isdigit(c) || c == '_' || c == '-';
}

bool IsPrintableAscii(char c) { return c >= 0x20 && c <= 0x7E; }

bool TooLong(std::size_t length, std::size_t max, absl::string_view path,
             FieldViolations* violations) {
  if (length <= max) return false;
  violations->Add(path, absl::StrCat("must be at most ", max, " characters (got ", length, ")"));
  return true;
}

bool CheckPrintableAscii(absl::string_view value, absl::string_view path,
                         FieldViolations* violations) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!IsPrintableAscii(value[i])) {
      violations->Add(path, absl::StrCat("must be printable ASCII (byte 0x",
                                         absl::Hex(static_cast<unsigned char>(value[i])),
                                         " at position ", i, ")"));
      return false;
    }
  }
  return true;
}

}  // namespace

bool CheckId(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  if (value.empty()) {
    violations->Add(path, "is required");
    return false;
  }
  if (TooLong(value.size(), kMaxIdLength, path, violations)) return false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!IsIdChar(value[i])) {
      violations->Add(path, absl::StrCat("must contain only a-z, 0-9, '_' and '-' (got ",
                                         Quote(value), ", bad character at position ", i, ")"));
      return false;
    }
  }
  return true;
}

bool CheckOptionalId(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  return value.empty() || CheckId(value, path, violations);
}

bool CheckText(absl::string_view value, std::size_t max_chars, absl::string_view path,
               FieldViolations* violations) {
  return !TooLong(Utf8Length(value), max_chars, path, violations);
}

bool CheckRequiredText(absl::string_view value, std::size_t max_chars, absl::string_view path,
                       FieldViolations* violations) {
  if (absl::StripAsciiWhitespace(value).empty()) {
    violations->Add(path, "is required");
    return false;
  }
  return CheckText(value, max_chars, path, violations);
}

bool CheckRequestId(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  if (value.empty()) return true;
  if (TooLong(value.size(), kMaxRequestIdLength, path, violations)) return false;
  return CheckPrintableAscii(value, path, violations);
}

bool CheckEtag(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  if (value.empty()) return true;
  if (TooLong(value.size(), kMaxEtagLength, path, violations)) return false;
  return CheckPrintableAscii(value, path, violations);
}

bool CheckNichePath(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  if (value.empty()) {
    violations->Add(path, "is required");
    return false;
  }
  if (TooLong(value.size(), kMaxNichePathLength, path, violations)) return false;
  std::size_t levels = 0;
  for (absl::string_view segment : absl::StrSplit(value, '/')) {
    ++levels;
    bool ok = !segment.empty();
    for (char c : segment) {
      ok = ok && (absl::ascii_islower(c) || absl::ascii_isdigit(c) || c == '-');
    }
    if (!ok) {
      violations->Add(path, absl::StrCat("must be lower-case segments of [a-z0-9-] separated by "
                                         "'/', e.g. \"food/desserts\" (got ",
                                         Quote(value), ")"));
      return false;
    }
  }
  if (levels > kMaxNicheDepth) {
    violations->Add(
        path, absl::StrCat("must have at most ", kMaxNicheDepth, " levels (got ", levels, ")"));
    return false;
  }
  return true;
}

bool CheckTag(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  if (value.empty()) {
    violations->Add(path, "must not be empty");
    return false;
  }
  if (TooLong(Utf8Length(value), kMaxTagLength, path, violations)) return false;
  for (char c : value) {
    if (absl::ascii_isupper(c) || absl::ascii_iscntrl(c)) {
      violations->Add(path, absl::StrCat("must be lower case without control characters (got ",
                                         Quote(value), ")"));
      return false;
    }
  }
  return true;
}

bool CheckCountryCode(absl::string_view value, absl::string_view path,
                      FieldViolations* violations) {
  if (value.empty()) {
    violations->Add(path, "is required");
    return false;
  }
  if (value.size() != 2 || !absl::ascii_isupper(value[0]) || !absl::ascii_isupper(value[1])) {
    violations->Add(path, absl::StrCat("must be an ISO 3166-1 alpha-2 code of two upper-case "
                                       "letters, e.g. \"US\" (got ",
                                       Quote(value), ")"));
    return false;
  }
  return true;
}

bool CheckLanguageCode(absl::string_view value, absl::string_view path,
                       FieldViolations* violations) {
  if (value.empty()) {
    violations->Add(path, "is required");
    return false;
  }
  bool ok = value.size() <= kMaxLanguageCodeLength;
  bool first = true;
  for (absl::string_view subtag : absl::StrSplit(value, '-')) {
    if (!ok) break;
    if (first) {
      ok = subtag.size() >= 2 && subtag.size() <= 3;
      for (char c : subtag) ok = ok && absl::ascii_isalpha(c);
      first = false;
    } else {
      ok = !subtag.empty() && subtag.size() <= 8;
      for (char c : subtag) ok = ok && absl::ascii_isalnum(c);
    }
  }
  if (!ok) {
    violations->Add(path, absl::StrCat("must be a BCP-47 language tag, e.g. \"en\" or \"pt-BR\" "
                                       "(got ",
                                       Quote(value), ")"));
  }
  return ok;
}

bool CheckTimestamp(const google::protobuf::Timestamp& value, absl::string_view path,
                    FieldViolations* violations) {
  bool ok = true;
  if (value.seconds() < kMinTimestampSeconds || value.seconds() > kMaxTimestampSeconds) {
    violations->Add(
        FieldPath(path, "seconds"),
        absl::StrCat("must lie within years 0001..9999, i.e. in [", kMinTimestampSeconds, ", ",
                     kMaxTimestampSeconds, "] (got ", value.seconds(), ")"));
    ok = false;
  }
  if (value.nanos() < 0 || value.nanos() > 999'999'999) {
    violations->Add(FieldPath(path, "nanos"),
                    absl::StrCat("must be in [0, 999999999] (got ", value.nanos(), ")"));
    ok = false;
  }
  return ok;
}

bool CheckFraction(double value, absl::string_view path, FieldViolations* violations) {
  if (!std::isfinite(value)) {
    violations->Add(path, absl::StrCat("must be a finite number (got ", value, ")"));
    return false;
  }
  if (value < 0.0 || value > 1.0) {
    violations->Add(path, absl::StrCat("must be in [0, 1] (got ", value, ")"));
    return false;
  }
  return true;
}

bool CheckNonNegative(double value, double max, absl::string_view path,
                      FieldViolations* violations) {
  if (!std::isfinite(value)) {
    violations->Add(path, absl::StrCat("must be a finite number (got ", value, ")"));
    return false;
  }
  if (value < 0.0) {
    violations->Add(path, absl::StrCat("must be >= 0 (got ", value, ")"));
    return false;
  }
  if (value > max) {
    violations->Add(path, absl::StrCat("must be <= ", max, " (got ", value, ")"));
    return false;
  }
  return true;
}

bool CheckNonNegative(std::int64_t value, std::int64_t max, absl::string_view path,
                      FieldViolations* violations) {
  if (value < 0) {
    violations->Add(path, absl::StrCat("must be >= 0 (got ", value, ")"));
    return false;
  }
  if (value > max) {
    violations->Add(path, absl::StrCat("must be <= ", max, " (got ", value, ")"));
    return false;
  }
  return true;
}

bool CheckEnum(const google::protobuf::EnumDescriptor* type, int value, bool required,
               absl::string_view path, FieldViolations* violations) {
  const google::protobuf::EnumValueDescriptor* known = type->FindValueByNumber(value);
  if (known == nullptr) {
    violations->Add(path,
                    absl::StrCat("must be a known ", type->name(), " value (got ", value, ")"));
    return false;
  }
  if (required && value == 0) {
    violations->Add(path, absl::StrCat("is required (", known->name(), " is not allowed)"));
    return false;
  }
  return true;
}

bool CheckListSize(int size, std::size_t max, absl::string_view path, FieldViolations* violations) {
  if (static_cast<std::size_t>(size) <= max) return true;
  violations->Add(path, absl::StrCat("must have at most ", max, " entries (got ", size, ")"));
  return false;
}

bool CheckPageSize(int value, absl::string_view path, FieldViolations* violations) {
  if (value >= 0 && value <= kMaxPageSize) return true;
  violations->Add(path, absl::StrCat("must be in [0, ", kMaxPageSize, "] (got ", value,
                                     "); 0 means the default of 50"));
  return false;
}

bool CheckPageToken(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  return !TooLong(value.size(), kMaxPageTokenLength, path, violations);
}

}  // namespace matchmaker::validation
