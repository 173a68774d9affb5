#ifndef MATCHMAKER_SERVER_SERVICE_HISTORY_EVENT_H_
#define MATCHMAKER_SERVER_SERVICE_HISTORY_EVENT_H_

// Builders for the one HistoryEvent every mutation appends, and the actor names it carries.

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "matchmaker/v1/history.pb.h"
#include "server/service/time_conversion.h"

namespace matchmaker::service {

inline constexpr absl::string_view kAdminActor = "admin";
inline constexpr absl::string_view kSystemActor = "system";

inline std::string BrandActor(absl::string_view brand_id) {
  return absl::StrCat("brand/", brand_id);
}
inline std::string CreatorActor(absl::string_view creator_id) {
  return absl::StrCat("creator/", creator_id);
}

inline v1::HistoryEvent NewEvent(v1::EventType type, absl::string_view actor, absl::Time now) {
  v1::HistoryEvent event;
  event.set_type(type);
  event.set_actor(std::string(actor));
  *event.mutable_event_time() = ToTimestamp(now);
  return event;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_HISTORY_EVENT_H_
