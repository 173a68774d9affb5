#ifndef MATCHMAKER_SERVER_VALIDATION_LIMITS_H_
#define MATCHMAKER_SERVER_VALIDATION_LIMITS_H_

// Every documented input limit of the API. docs/limits.md gives the reason for each; keep the
// two in step. Limits bound storage and matching cost per record and keep sums of counts and
// money far from int64 overflow.

#include <cstddef>
#include <cstdint>

namespace matchmaker::validation {

// Ids: 1-64 chars of [a-z0-9_-] (they are RocksDB key components and appear in URLs/CLIs).
inline constexpr std::size_t kMinIdLength = 1;
inline constexpr std::size_t kMaxIdLength = 64;

// request_id: 1-128 chars of printable ASCII (0x20-0x7E); part of the idempotency key.
inline constexpr std::size_t kMaxRequestIdLength = 128;
// Etags are opaque server strings; anything longer is not one of ours.
inline constexpr std::size_t kMaxEtagLength = 128;

// Free text.
inline constexpr std::size_t kMaxNameLength = 200;  // display names, titles, handles, places
inline constexpr std::size_t kMaxDescriptionLength = 4000;  // descriptions, bio, notes, messages
inline constexpr std::size_t kMaxUrlLength = 2048;          // brand website

// Hierarchical niche / category paths: lower-case [a-z0-9-] segments separated by '/'.
inline constexpr std::size_t kMaxNichePathLength = 128;
inline constexpr std::size_t kMaxNicheDepth = 6;
// Aesthetic tags.
inline constexpr std::size_t kMaxTagLength = 64;
// BCP-47 language tags ("en", "pt-BR", "zh-Hant-TW").
inline constexpr std::size_t kMaxLanguageCodeLength = 35;

// List lengths.
inline constexpr std::size_t kMaxNiches = 64;
inline constexpr std::size_t kMaxTags = 64;
inline constexpr std::size_t kMaxAccounts = 32;
inline constexpr std::size_t kMaxLanguages = 32;
inline constexpr std::size_t kMaxCredentials = 32;
inline constexpr std::size_t kMaxSponsorships = 256;
inline constexpr std::size_t kMaxBrandMentions = 256;
inline constexpr std::size_t kMaxRateCardEntries = 256;
inline constexpr std::size_t kMaxCompensations = 16;
inline constexpr std::size_t kMaxDeliverables = 64;
inline constexpr std::size_t kMaxAudienceShares = 64;  // per list: countries, languages
inline constexpr std::size_t kMaxBlockedCategories = 64;
inline constexpr std::size_t kMaxBlockedBrands = 256;
inline constexpr std::size_t kMaxCompetitors = 64;
inline constexpr std::size_t kMaxBrandValues = 64;
inline constexpr std::size_t kMaxLocations = 64;  // brief.creator_locations
inline constexpr std::size_t kMaxRequiredCredentials = 32;
inline constexpr std::size_t kMaxFilterValues = 32;  // repeated enum filters in list requests

// Numbers.
// Followers, reach, outcome counts and averages: above any real audience, yet a sum over
// every account or creator of a campaign stays far below 2^63.
inline constexpr std::int64_t kMaxCount = 1'000'000'000'000;  // 1e12
// Money in cents: 1e15 cents = 10 trillion units of currency.
inline constexpr std::int64_t kMaxCents = 1'000'000'000'000'000;  // 1e15
inline constexpr double kMaxPostsPerWeek = 1000.0;
inline constexpr std::int32_t kMaxDeliverableCount = 1000;
inline constexpr std::int32_t kMaxConcurrentPartnerships = 1000;
inline constexpr std::int32_t kMaxCreatorsWanted = 10000;
inline constexpr std::int32_t kMaxCompetitorExclusivityDays = 3650;
// Audience fractions of one list may sum to 1 plus this, because clients round percentages.
inline constexpr double kFractionSumTolerance = 0.01;

// Embeddings: the deployment's --embedding_dim must lie in this range.
inline constexpr int kMinEmbeddingDim = 1;
inline constexpr int kMaxEmbeddingDim = 4096;

// Paging.
inline constexpr int kMaxPageSize = 1000;
inline constexpr std::size_t kMaxPageTokenLength = 1024;

// Checkpoints: an absolute directory path (PATH_MAX on Linux).
inline constexpr std::size_t kMaxCheckpointPathLength = 4096;

// Timestamps: google.protobuf.Timestamp's documented range, 0001-01-01 to 9999-12-31.
inline constexpr std::int64_t kMinTimestampSeconds = -62'135'596'800;
inline constexpr std::int64_t kMaxTimestampSeconds = 253'402'300'799;

// At most this many violations travel in a BadRequest: it is sent in a gRPC trailer, and
// peers reject trailers above their metadata limit (8 KiB by default).
inline constexpr std::size_t kMaxFieldViolations = 50;

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_LIMITS_H_
