#include "server/service/api_key_operations.h"

#include <string>
#include <vector>

#include "server/auth/principal.h"
#include "server/service/page_token.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {

absl::StatusOr<v1::CreateApiKeyResponse> ApiKeyOperations::Create(
    const v1::CreateApiKeyRequest& request) {
  MM_ASSIGN_OR_RETURN(auth::Principal principal, auth::ParsePrincipal(request.principal()));
  MM_ASSIGN_OR_RETURN(auth::CreatedKey created,
                      keys_.Create(principal, request.description(), ctx_.Now()));
  v1::CreateApiKeyResponse response;
  *response.mutable_api_key() = std::move(created.api_key);
  response.set_secret(std::move(created.secret));
  return response;
}

absl::StatusOr<v1::ListApiKeysResponse> ApiKeyOperations::List(
    const v1::ListApiKeysRequest& request) const {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  bool more = false;
  std::vector<v1::ApiKey> keys = keys_.List(
      after,
      [&](const v1::ApiKey& key) {
        if (!request.include_revoked() && key.has_revoke_time()) return false;
        return request.principal().empty() || key.principal() == request.principal();
      },
      static_cast<std::size_t>(EffectivePageSize(request.page_size())), &more);
  v1::ListApiKeysResponse response;
  if (more && !keys.empty()) response.set_next_page_token(EncodePageToken(keys.back().key_id()));
  for (v1::ApiKey& key : keys) *response.add_api_keys() = std::move(key);
  return response;
}

absl::StatusOr<v1::RevokeApiKeyResponse> ApiKeyOperations::Revoke(
    const v1::RevokeApiKeyRequest& request) {
  MM_ASSIGN_OR_RETURN(v1::ApiKey key, keys_.Revoke(request.key_id(), ctx_.Now()));
  v1::RevokeApiKeyResponse response;
  *response.mutable_api_key() = std::move(key);
  return response;
}

}  // namespace matchmaker::service
