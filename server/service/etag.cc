#include "server/service/etag.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "server/service/stable_hash.h"

namespace matchmaker::service {

std::string ComputeEtag(const google::protobuf::Message& record) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    record.SerializeToCodedStream(&coded);
  }
  return absl::StrFormat("%016x", StableHash64(bytes));
}

absl::Status CheckEtag(absl::string_view what, absl::string_view expected,
                       absl::string_view current) {
  if (expected.empty() || expected == current) return absl::OkStatus();
  return absl::AbortedError(absl::StrCat(what, " was changed since it was read (etag \"", expected,
                                         "\" is not current \"", current,
                                         "\"): re-read and retry"));
}

}  // namespace matchmaker::service
