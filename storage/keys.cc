#include "storage/keys.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace matchmaker::storage {
namespace {

constexpr uint64_t kSignBit = uint64_t{1} << 63;

absl::string_view SubjectKindName(SubjectKind kind) {
  switch (kind) {
    case SubjectKind::kCreator:
      return "creator";
    case SubjectKind::kBrand:
      return "brand";
    case SubjectKind::kBrief:
      return "brief";
    case SubjectKind::kOffer:
      return "offer";
  }
  return "unknown";
}

}  // namespace

absl::Status ValidateKeyPart(absl::string_view what, absl::string_view id) {
  if (id.empty()) return absl::InvalidArgumentError(absl::StrCat(what, " is empty"));
  if (id.find(kKeySeparator) != absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(what, " contains a NUL byte"));
  }
  return absl::OkStatus();
}

std::string CompositeKey(absl::string_view parent, absl::string_view child) {
  std::string key;
  key.reserve(parent.size() + 1 + child.size());
  key.append(parent.data(), parent.size());
  key.push_back(kKeySeparator);
  key.append(child.data(), child.size());
  return key;
}

std::string CompositePrefix(absl::string_view parent) {
  std::string key(parent);
  key.push_back(kKeySeparator);
  return key;
}

std::string PrefixUpperBound(absl::string_view prefix) {
  std::string bound(prefix);
  // Drop trailing 0xff bytes (nothing is greater at that position), then increment.
  while (!bound.empty() && static_cast<unsigned char>(bound.back()) == 0xff) bound.pop_back();
  if (!bound.empty())
    bound.back() = static_cast<char>(static_cast<unsigned char>(bound.back()) + 1);
  return bound;
}

std::string EmbeddingKey(EmbeddingOwner owner, absl::string_view id) {
  return absl::StrCat(owner == EmbeddingOwner::kCreator ? "creator/" : "brief/", id);
}

std::string EncodeBigEndian64(uint64_t value) {
  std::string bytes(8, '\0');
  for (int i = 7; i >= 0; --i) {
    bytes[i] = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  return bytes;
}

std::optional<uint64_t> DecodeBigEndian64(absl::string_view bytes) {
  if (bytes.size() != 8) return std::nullopt;
  uint64_t value = 0;
  for (char c : bytes) value = (value << 8) | static_cast<unsigned char>(c);
  return value;
}

std::string HistoryKey(int64_t sequence) {
  return EncodeBigEndian64(static_cast<uint64_t>(sequence));
}

std::optional<int64_t> DecodeHistoryKey(absl::string_view key) {
  std::optional<uint64_t> value = DecodeBigEndian64(key);
  if (!value.has_value() || *value > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
  return static_cast<int64_t>(*value);
}

std::string HistorySubjectPrefix(SubjectKind kind, absl::string_view id) {
  return CompositePrefix(absl::StrCat(SubjectKindName(kind), "/", id));
}

std::string HistorySubjectKey(SubjectKind kind, absl::string_view id, int64_t sequence) {
  return absl::StrCat(HistorySubjectPrefix(kind, id), HistoryKey(sequence));
}

std::optional<int64_t> DecodeHistorySubjectSequence(absl::string_view key) {
  if (key.size() < 9 || key[key.size() - 9] != kKeySeparator) return std::nullopt;
  return DecodeHistoryKey(key.substr(key.size() - 8));
}

std::string ExpiryKey(int64_t expire_micros, absl::string_view offer_id) {
  return absl::StrCat(EncodeBigEndian64(static_cast<uint64_t>(expire_micros) ^ kSignBit), offer_id);
}

std::optional<ExpiryEntry> DecodeExpiryKey(absl::string_view key) {
  if (key.size() <= 8) return std::nullopt;
  std::optional<uint64_t> biased = DecodeBigEndian64(key.substr(0, 8));
  if (!biased.has_value()) return std::nullopt;
  return ExpiryEntry{static_cast<int64_t>(*biased ^ kSignBit), key.substr(8)};
}

std::string DescribeKey(absl::string_view cf_name, absl::string_view key) {
  return absl::StrCat(cf_name, "/", absl::CHexEscape(key));
}

}  // namespace matchmaker::storage
