#ifndef MATCHMAKER_STORAGE_COLUMN_FAMILIES_H_
#define MATCHMAKER_STORAGE_COLUMN_FAMILIES_H_

// The column families of the database, one per kind of data, so each can be scanned alone and
// tuned alone (bloom filters where we do point lookups). Their key layouts: docs/storage.md.
// Names are part of the on-disk format: never rename one.

#include <array>
#include <cstddef>
#include <optional>

#include "absl/strings/string_view.h"

namespace matchmaker::storage {

enum class Cf : int {
  kDefault = 0,  // Required by RocksDB; unused.
  kMeta,         // Format version, embedding dimension, history sequence.
  kCreators,     // Records by id.
  kBrands,
  kBriefs,
  kOffers,
  kEmbeddings,        // Creator and brief embeddings, apart from their records.
  kHiddenBriefs,      // Briefs a creator hid (primary data, not derived).
  kRequests,          // Responses of idempotent requests.
  kHistory,           // Events by sequence.
  kHistoryBySubject,  // Derived indexes from here on.
  kBriefsByBrand,
  kOffersByBrief,
  kOffersByCreator,
  kOffersByBrand,
  kLiveOffersByExpiry,
  // Appended later (names and order are on-disk format): Store::Open creates missing ones.
  kApiKeys,  // API keys by key id: principal, times, salt and hash (never the secret).
};

inline constexpr std::size_t kNumCfs = static_cast<std::size_t>(Cf::kApiKeys) + 1;

// The RocksDB name of `cf`.
[[nodiscard]] absl::string_view CfName(Cf cf);

// The Cf named `name`, if it is one of ours.
[[nodiscard]] std::optional<Cf> CfByName(absl::string_view name);

// Whether `cf` is read by point lookups of whole keys (bloom filters pay off) rather than only
// by prefix scans.
[[nodiscard]] bool CfHasPointLookups(Cf cf);

// Every Cf, in enum order.
[[nodiscard]] const std::array<Cf, kNumCfs>& AllCfs();

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_COLUMN_FAMILIES_H_
