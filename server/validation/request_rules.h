#ifndef MATCHMAKER_SERVER_VALIDATION_REQUEST_RULES_H_
#define MATCHMAKER_SERVER_VALIDATION_REQUEST_RULES_H_

// Pieces shared by the request validators of all three services: paging, offer transitions,
// updates with a mask, and the summary line of the resulting Status.

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/field_mask.pb.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/field_violations.h"
#include "server/validation/update_mask.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// INVALID_ARGUMENT summarised as "invalid <RequestName>", or OK when nothing was found.
template <typename Request>
absl::Status ToRequestStatus(const Request& request, const FieldViolations& violations) {
  return violations.ToStatus(absl::StrCat("invalid ", request.GetDescriptor()->name()));
}

// page_size and page_token of any list request (fields named so in every service).
template <typename Request>
void ValidatePaging(const Request& request, FieldViolations* violations) {
  CheckPageSize(request.page_size(), "page_size", violations);
  CheckPageToken(request.page_token(), "page_token", violations);
}

// offer_id required; optional etag and request_id well formed. Every offer transition.
template <typename Request>
void ValidateOfferTransition(const Request& request, FieldViolations* violations) {
  CheckId(request.offer_id(), "offer_id", violations);
  CheckEtag(request.etag(), "etag", violations);
  CheckRequestId(request.request_id(), "request_id", violations);
}

// The free-text note of a withdraw / reject / cancel / decline, shown to the other party.
void CheckNote(absl::string_view note, FieldViolations* violations);

// Every top-level field of `resource` a client may write: what an empty mask means.
std::vector<std::string> WritableFields(const google::protobuf::Descriptor& resource);

// An Update<Record>Request: the record is required and names itself by id; the mask paths
// must be writable; the record fields named by the mask (all writable ones when the mask is
// empty) must pass `validate(record, ctx, path, violations)`, the record's create rules.
template <typename Record, typename Validate>
void ValidateUpdate(bool has_record, const Record& record, const google::protobuf::FieldMask& mask,
                    absl::string_view record_path, const ValidationContext& ctx, Validate validate,
                    FieldViolations* violations) {
  if (!has_record) {
    violations->Add(record_path, "is required");
    return;
  }
  CheckId(record.id(), FieldPath(record_path, "id"), violations);
  const google::protobuf::Descriptor& resource = *Record::descriptor();
  const std::vector<std::string> paths = mask.paths().empty()
                                             ? WritableFields(resource)
                                             : ValidateUpdateMask(mask, resource, violations);
  FieldViolations record_violations;
  validate(record, ctx, record_path, &record_violations);
  CopyMaskedViolations(record_violations, record_path, paths, violations);
}

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_REQUEST_RULES_H_
