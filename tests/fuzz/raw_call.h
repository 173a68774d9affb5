#ifndef MATCHMAKER_TESTS_FUZZ_RAW_CALL_H_
#define MATCHMAKER_TESTS_FUZZ_RAW_CALL_H_

// One RPC with raw bytes as its request messages, through grpc::GenericStub, so the server's
// own parsing sees exactly what the fuzzer produced. Works for unary and streaming methods
// alike (they are the same on the wire): every message is written, the write side is closed,
// and every response is read.

#include <chrono>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/status.h"

namespace matchmaker::fuzz {

struct RawCallResult {
  grpc::Status status;
  int responses = 0;
};

// `authorization` is sent as the "authorization" metadata value unless empty.
RawCallResult RawCall(grpc::GenericStub& stub, const std::string& path,
                      const std::vector<absl::string_view>& requests,
                      const std::string& authorization, std::chrono::milliseconds timeout);

}  // namespace matchmaker::fuzz

#endif  // MATCHMAKER_TESTS_FUZZ_RAW_CALL_H_
