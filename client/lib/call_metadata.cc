#include "client/lib/call_metadata.h"

#include "absl/strings/str_cat.h"
#include "client/lib/request_ids.h"

namespace matchmaker::client {

void AddCallMetadata(absl::string_view api_key, absl::string_view request_id,
                     grpc::ClientContext* context) {
  if (!api_key.empty())
    context->AddMetadata(kAuthorizationHeader, absl::StrCat("Bearer ", api_key));
  context->AddMetadata(kRequestIdHeader,
                       request_id.empty() ? NewRequestId() : std::string(request_id));
}

}  // namespace matchmaker::client
