#ifndef MATCHMAKER_SERVER_SERVICE_RECORD_EXPORT_H_
#define MATCHMAKER_SERVER_SERVICE_RECORD_EXPORT_H_

// Walks every record of the requested kinds in chunks, for the streaming ExportRecords.
// Kinds come in dependency order, brands, briefs, creators, then offers, so an export can be
// imported back as it is (a brief needs its brand first). Each chunk is a fresh scan resumed
// after the last id, so records written during a long export may or may not appear.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class RecordExportCursor {
 public:
  // Empty `kinds` means all four.
  RecordExportCursor(const OperationContext& ctx,
                     const google::protobuf::RepeatedField<int>& kinds);

  // Up to `max_records` further records; an empty result means the walk is over.
  [[nodiscard]] absl::StatusOr<std::vector<v1::Record>> Next(int max_records);

 private:
  const OperationContext& ctx_;
  std::vector<v1::RecordKind> kinds_;
  size_t kind_index_ = 0;
  std::string after_id_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RECORD_EXPORT_H_
