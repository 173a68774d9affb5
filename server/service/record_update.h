#ifndef MATCHMAKER_SERVER_SERVICE_RECORD_UPDATE_H_
#define MATCHMAKER_SERVER_SERVICE_RECORD_UPDATE_H_

// Update-mask merging for UpdateCreator / UpdateBrand / UpdateBrief and the changed-field list
// their history events carry.

#include <string>
#include <vector>

#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/message.h"

namespace matchmaker::service {

// Writes `patch` into `merged` (which starts as the stored record). An empty mask means every
// writable top-level field; otherwise each path replaces that field (lists and messages as a
// whole). Fields the API does not let clients write (ids, output-only, immutable) keep the
// stored value either way. The mask must already be validated.
void MergeUpdate(const google::protobuf::Message& patch, const google::protobuf::FieldMask& mask,
                 google::protobuf::Message& merged);

// Whether `mask` (empty = everything) covers the field at `path` ("aesthetic.embedding").
bool MaskCovers(const google::protobuf::FieldMask& mask, const std::string& path);

// Names of the writable top-level fields whose values differ between `before` and `after`
// (same message type), in field-number order.
std::vector<std::string> ChangedFields(const google::protobuf::Message& before,
                                       const google::protobuf::Message& after);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RECORD_UPDATE_H_
