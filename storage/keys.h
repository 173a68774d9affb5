#ifndef MATCHMAKER_STORAGE_KEYS_H_
#define MATCHMAKER_STORAGE_KEYS_H_

// Key encoding for every column family (layouts: docs/storage.md). Keys are built so that
// RocksDB's bytewise order is the order we scan in: composite keys join their parts with a NUL
// byte, which sorts before every id character, and numbers are fixed-width big-endian.

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace matchmaker::storage {

// Joins the parts of a composite key. Ids never contain it (see ValidateKeyPart).
inline constexpr char kKeySeparator = '\0';

// Version of the database layout as a whole (column families, keys), kept in meta under
// kMetaFormatVersion. A release refuses to open a database of another version.
inline constexpr int kDatabaseFormatVersion = 1;

// Meta keys (column family "meta"); values are decimal ASCII.
inline constexpr absl::string_view kMetaFormatVersion = "format_version";
inline constexpr absl::string_view kMetaEmbeddingDim = "embedding_dim";
inline constexpr absl::string_view kMetaHistorySequence = "history_sequence";

// Rejects ids that would make composite keys ambiguous: empty, or containing NUL. `what`
// names the offending field in the message (e.g. "creator.id").
[[nodiscard]] absl::Status ValidateKeyPart(absl::string_view what, absl::string_view id);

// `parent` NUL `child`: e.g. briefs_by_brand is brand_id NUL brief_id.
[[nodiscard]] std::string CompositeKey(absl::string_view parent, absl::string_view child);
// `parent` NUL: every CompositeKey(parent, *) starts with it.
[[nodiscard]] std::string CompositePrefix(absl::string_view parent);
// The smallest key greater than every key that starts with `prefix` (empty: no bound), for
// ReadOptions::iterate_upper_bound.
[[nodiscard]] std::string PrefixUpperBound(absl::string_view prefix);

// Embeddings live under "<owner>/<id>" with owner "creator" or "brief".
enum class EmbeddingOwner { kCreator, kBrief };
[[nodiscard]] std::string EmbeddingKey(EmbeddingOwner owner, absl::string_view id);

// Fixed-width big-endian int64, so bytewise order is numeric order for non-negative values.
[[nodiscard]] std::string EncodeBigEndian64(uint64_t value);
[[nodiscard]] std::optional<uint64_t> DecodeBigEndian64(absl::string_view bytes);

// History: the sequence number, big-endian.
[[nodiscard]] std::string HistoryKey(int64_t sequence);
[[nodiscard]] std::optional<int64_t> DecodeHistoryKey(absl::string_view key);

// history_by_subject: "<kind>/<id>" NUL <sequence, big-endian>.
enum class SubjectKind { kCreator, kBrand, kBrief, kOffer };
[[nodiscard]] std::string HistorySubjectPrefix(SubjectKind kind, absl::string_view id);
[[nodiscard]] std::string HistorySubjectKey(SubjectKind kind, absl::string_view id,
                                            int64_t sequence);
// The sequence at the end of a history_by_subject key.
[[nodiscard]] std::optional<int64_t> DecodeHistorySubjectSequence(absl::string_view key);

// live_offers_by_expiry: <expire micros, sign bit flipped, big-endian> <offer id>, so keys sort
// by expiry (negative times too) and then by id.
[[nodiscard]] std::string ExpiryKey(int64_t expire_micros, absl::string_view offer_id);
struct ExpiryEntry {
  int64_t expire_micros;
  absl::string_view offer_id;
};
[[nodiscard]] std::optional<ExpiryEntry> DecodeExpiryKey(absl::string_view key);

// A key made printable for error messages ("briefs_by_brand/acme\\x00bf-1").
[[nodiscard]] std::string DescribeKey(absl::string_view cf_name, absl::string_view key);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_KEYS_H_
