#include "server/service/index_loader.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/service/server_log.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {
namespace {

bool ConcernsOffersOrHiding(v1::EventType type) {
  switch (type) {
    case v1::EVENT_TYPE_OFFER_SENT:
    case v1::EVENT_TYPE_OFFER_APPLIED:
    case v1::EVENT_TYPE_OFFER_TRANSITIONED:
    case v1::EVENT_TYPE_BRIEF_HIDDEN:
    case v1::EVENT_TYPE_BRIEF_UNHIDDEN:
      return true;
    default:
      return false;
  }
}

// Records the index rejects are logged and skipped: one bad record must not stop the server.
void LogSkipped(absl::string_view what, absl::string_view id, const absl::Status& status) {
  LogError(absl::StrCat("matching index skipped ", what, " ", id, ": ", status.ToString()));
}

}  // namespace

matcher::MatcherConfig MatcherConfigFor(const ServiceConfig& config) {
  matcher::MatcherConfig matcher_config;
  matcher_config.embedding_dim = config.embedding_dim;
  const auto& minimums = config.tier_thresholds.minimums();
  matcher_config.tiers.micro = minimums[0];
  matcher_config.tiers.macro = minimums[1];
  matcher_config.tiers.mega = minimums[2];
  return matcher_config;
}

absl::StatusOr<std::unique_ptr<index::MatchingIndex>> LoadMatchingIndex(
    const storage::Store& store, const ServiceConfig& config) {
  auto index = std::make_unique<index::MatchingIndex>(MatcherConfigFor(config));
  MM_RETURN_IF_ERROR(store.ScanBrands("", [&](const v1::Brand& brand) {
    if (absl::Status s = index->UpsertBrand(brand); !s.ok()) LogSkipped("brand", brand.id(), s);
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanCreators("", [&](const v1::Creator& creator) {
    if (absl::Status s = index->UpsertCreator(creator); !s.ok()) {
      LogSkipped("creator", creator.id(), s);
    }
    return true;
  }));
  MM_RETURN_IF_ERROR(store.ScanBriefs("", [&](const v1::Brief& brief) {
    if (absl::Status s = index->UpsertBrief(brief); !s.ok()) LogSkipped("brief", brief.id(), s);
    return true;
  }));
  MM_RETURN_IF_ERROR(
      store.ScanHistory(storage::HistorySubject::kAll, "", 0, [&](const v1::HistoryEvent& event) {
        if (!ConcernsOffersOrHiding(event.type())) return true;
        if (absl::Status s = index->ApplyHistoryEvent(event); !s.ok()) {
          LogSkipped("history event", absl::StrCat(event.id()), s);
        }
        return true;
      }));
  return index;
}

}  // namespace matchmaker::service
