#include "client/tools/key_commands.h"

#include <string>

#include "client/lib/admin_client.h"
#include "client/tools/display_format.h"
#include "client/tools/table.h"

namespace matchmaker::tools {
namespace {

using client::AdminClient;

std::string RevokeTime(const v1::ApiKey& key) {
  return key.has_revoke_time() ? FormatTime(key.revoke_time()) : "-";
}

int KeyCreate(const Invocation& run) {
  v1::CreateApiKeyRequest request;
  request.set_principal(run.arg(0));
  if (run.args().Has("description")) request.set_description(run.args().Get("description"));
  auto response = AdminClient(run.client_options()).CreateApiKey(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  KeyValueList details;
  details.Add("key_id", response->api_key().key_id());
  details.Add("principal", response->api_key().principal());
  details.Add("created", FormatTime(response->api_key().create_time()));
  details.Add("secret", response->secret());
  run.out() << details.Render();
  // On stderr so `... | tail -1` style scripting of the table keeps working.
  run.err() << "The secret is shown only now; the server keeps a salted hash. Callers send it "
               "as `authorization: Bearer <secret>` (tools: --api-key-file).\n";
  return kExitOk;
}

int KeyList(const Invocation& run) {
  v1::ListApiKeysRequest request;
  if (run.args().Has("principal")) request.set_principal(run.args().Get("principal"));
  request.set_include_revoked(run.args().GetBool("include-revoked"));
  AdminClient admin(run.client_options());
  if (run.json()) {
    // One JSON object per key (JSON Lines), like the other list commands' --json.
    absl::Status status = admin.ForEachApiKey(request, [&](const v1::ApiKey& key) {
      run.PrintJson(key);
      return absl::OkStatus();
    });
    return status.ok() ? kExitOk : run.RpcError(status);
  }
  Table table({"KEY_ID", "PRINCIPAL", "CREATED", "REVOKED", "DESCRIPTION"});
  absl::Status status = admin.ForEachApiKey(request, [&](const v1::ApiKey& key) {
    table.AddRow({key.key_id(), key.principal(), FormatTime(key.create_time()), RevokeTime(key),
                  key.description()});
    return absl::OkStatus();
  });
  if (!status.ok()) return run.RpcError(status);
  run.out() << table.Render();
  return kExitOk;
}

int KeyRevoke(const Invocation& run) {
  v1::RevokeApiKeyRequest request;
  request.set_key_id(run.arg(0));
  auto response = AdminClient(run.client_options()).RevokeApiKey(request);
  if (!response.ok()) return run.RpcError(response.status());
  if (run.json()) return run.PrintJson(*response);
  run.out() << "revoked " << response->api_key().key_id() << " (" << response->api_key().principal()
            << ") at " << FormatTime(response->api_key().revoke_time()) << "\n";
  return kExitOk;
}

}  // namespace

std::vector<Command> KeyCommands() {
  return {
      {{"key", "create"},
       "<principal>",
       "Create an API key for admin, brand/<id> or creator/<id>; prints its secret once.",
       {{"description", "TEXT", "what the key is for"}},
       1,
       1,
       KeyCreate,
       "example:\n  matchmaker-admin key create brand/acme --description \"acme's CRM\""},
      {{"key", "list"},
       "",
       "API keys with their principals and times (never secrets).",
       {{"principal", "PRINCIPAL", "only this principal's keys"},
        {"include-revoked", "", "also list revoked keys"}},
       0,
       0,
       KeyList},
      {{"key", "revoke"},
       "<key-id>",
       "Revoke a key: calls with it fail with UNAUTHENTICATED from now on.",
       {},
       1,
       1,
       KeyRevoke},
  };
}

}  // namespace matchmaker::tools
