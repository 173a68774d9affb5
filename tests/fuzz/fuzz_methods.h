#ifndef MATCHMAKER_TESTS_FUZZ_FUZZ_METHODS_H_
#define MATCHMAKER_TESTS_FUZZ_FUZZ_METHODS_H_

// The RPC methods the request fuzzers choose from, and the layout of their inputs:
//   byte 0       which method (index into FuzzedMethods(), modulo its size)
//   byte 1       (handler fuzzer only) which credentials the call carries
//   the rest     the serialized request (for a client stream: see SplitStream)
// The list comes from the three services' descriptors, sorted by full name, so it follows the
// protos without a hand-kept table; the corpus generator writes the same layout.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"

namespace matchmaker::fuzz {

// Every method of AdminService, BrandService and CreatorService, sorted by full name.
const std::vector<const google::protobuf::MethodDescriptor*>& FuzzedMethods();

// The method byte 0 of an input selects.
const google::protobuf::MethodDescriptor& SelectMethod(uint8_t selector);

// The selector byte that names `method` (its index in FuzzedMethods()).
uint8_t MethodSelector(const google::protobuf::MethodDescriptor& method);

// "/matchmaker.v1.BrandService/CreateBrand": the gRPC path of `method`.
std::string GrpcPath(const google::protobuf::MethodDescriptor& method);

// Client-stream inputs are messages each prefixed by a 2-byte little-endian length (a length
// past the end takes the rest): simple enough for the mutator to keep several messages apart.
std::vector<absl::string_view> SplitStream(absl::string_view payload);
std::string JoinStream(const std::vector<std::string>& messages);

}  // namespace matchmaker::fuzz

#endif  // MATCHMAKER_TESTS_FUZZ_FUZZ_METHODS_H_
