#ifndef MATCHMAKER_CLIENT_LIB_REQUEST_IDS_H_
#define MATCHMAKER_CLIENT_LIB_REQUEST_IDS_H_

#include <string>

namespace matchmaker::client {

// A random request_id (32 hex chars). Thread-safe.
std::string NewRequestId();

// Fills `request_id` with NewRequestId() when the caller left it empty. A mutation carrying a
// request_id is applied at most once by the server, which makes retrying it safe.
void EnsureRequestId(std::string* request_id);

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_REQUEST_IDS_H_
