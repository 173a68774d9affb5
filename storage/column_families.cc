#include "storage/column_families.h"

namespace matchmaker::storage {
namespace {

constexpr std::array<absl::string_view, kNumCfs> kNames = {
    "default",                // kDefault (RocksDB's own name for it)
    "meta",                   // kMeta
    "creators",               // kCreators
    "brands",                 // kBrands
    "briefs",                 // kBriefs
    "offers",                 // kOffers
    "embeddings",             // kEmbeddings
    "hidden_briefs",          // kHiddenBriefs
    "requests",               // kRequests
    "history",                // kHistory
    "history_by_subject",     // kHistoryBySubject
    "briefs_by_brand",        // kBriefsByBrand
    "offers_by_brief",        // kOffersByBrief
    "offers_by_creator",      // kOffersByCreator
    "offers_by_brand",        // kOffersByBrand
    "live_offers_by_expiry",  // kLiveOffersByExpiry
    "api_keys",               // kApiKeys
};

std::array<Cf, kNumCfs> MakeAll() {
  std::array<Cf, kNumCfs> all{};
  for (std::size_t i = 0; i < kNumCfs; ++i) all[i] = static_cast<Cf>(i);
  return all;
}

}  // namespace

absl::string_view CfName(Cf cf) { return kNames[static_cast<std::size_t>(cf)]; }

std::optional<Cf> CfByName(absl::string_view name) {
  for (std::size_t i = 0; i < kNumCfs; ++i) {
    if (kNames[i] == name) return static_cast<Cf>(i);
  }
  return std::nullopt;
}

bool CfHasPointLookups(Cf cf) {
  switch (cf) {
    case Cf::kMeta:
    case Cf::kCreators:
    case Cf::kBrands:
    case Cf::kBriefs:
    case Cf::kOffers:
    case Cf::kEmbeddings:
    case Cf::kHiddenBriefs:
    case Cf::kRequests:
    case Cf::kHistory:
    case Cf::kApiKeys:
      return true;
    default:
      return false;
  }
}

const std::array<Cf, kNumCfs>& AllCfs() {
  static const std::array<Cf, kNumCfs> all = MakeAll();
  return all;
}

}  // namespace matchmaker::storage
