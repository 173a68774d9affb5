#ifndef MATCHMAKER_TESTS_E2E_CRASH_WORKLOAD_H_
#define MATCHMAKER_TESTS_E2E_CRASH_WORKLOAD_H_

// The write load of the crash test (crash_kill_test.cc): writers that each own a disjoint
// slice of the market (one brand, its briefs, some creators and the offers between them), send
// one mutation at a time, each with a fresh request_id, and remember every acknowledged result.
// Owning disjoint slices keeps the expected database exact: after a crash, every record must be
// what its writer last had acknowledged, except the one record its single unacknowledged call
// touched.

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "matchmaker/v1/admin_service.grpc.pb.h"
#include "matchmaker/v1/brand_service.grpc.pb.h"
#include "matchmaker/v1/creator_service.grpc.pb.h"

namespace matchmaker::testing {

// Stubs of one server, every call sent as admin when the server wrote an admin key.
struct Stubs {
  Stubs(const std::string& address, std::string bearer_secret);
  // Sets a deadline and the authorization metadata.
  void Prepare(grpc::ClientContext& context) const;

  std::string bearer;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::BrandService::Stub> brands;
  std::unique_ptr<v1::CreatorService::Stub> creators;
  std::unique_ptr<v1::AdminService::Stub> admin;
};

// "offer/of-…", "creator/c1", …: the key every map of records here uses.
std::string RecordKey(const v1::Record& record);
// The record's etag, and for offers its state: what must match after a crash.
std::string RecordVersion(const v1::Record& record);

// One mutation as sent, so the very same request (same request_id) can be sent again.
struct Write {
  std::string description;
  std::function<grpc::Status(const Stubs&, v1::Record*)> send;
};

class Writer {
 public:
  Writer(int number, uint64_t seed);

  // Sends mutations until `killed` is set and a call fails, or a call fails in a way that
  // leaves its outcome unknown (the server died under it): that call becomes in_flight.
  // With `stop`, also returns once `stop` is set and the current call is answered.
  void Run(const Stubs& stubs, const std::atomic<bool>& killed,
           const std::atomic<bool>* stop = nullptr);

  // Records as last acknowledged, by RecordKey.
  std::map<std::string, v1::Record>& acknowledged() { return acknowledged_; }
  // Every version (RecordVersion) each record was ever acknowledged at, by RecordKey.
  std::map<std::string, std::set<std::string>>& acknowledged_versions() {
    return acknowledged_versions_;
  }
  // Keys of the records written by calls acknowledged since the log was last cleared, one
  // entry per call.
  std::vector<std::string>& round_log() { return round_log_; }
  // The one call whose outcome is unknown, if any.
  std::optional<Write>& in_flight() { return in_flight_; }
  int64_t acknowledged_count() const { return acknowledged_count_; }
  int64_t rejected_count() const { return rejected_count_; }
  // Rejections no correct server gives this load (anything but a business-rule refusal).
  const std::vector<std::string>& unexpected() const { return unexpected_; }

 private:
  Write Next();
  std::string NewRequestId();
  template <typename T>
  const T* Pick(const std::vector<const T*>& items);

  const int number_;
  std::mt19937_64 rng_;
  int64_t next_request_ = 0;
  int briefs_made_ = 0;
  int creators_made_ = 0;
  std::map<std::string, v1::Record> acknowledged_;
  std::map<std::string, std::set<std::string>> acknowledged_versions_;
  std::vector<std::string> round_log_;
  std::optional<Write> in_flight_;
  int64_t acknowledged_count_ = 0;
  int64_t rejected_count_ = 0;
  std::vector<std::string> unexpected_;
};

}  // namespace matchmaker::testing

#endif  // MATCHMAKER_TESTS_E2E_CRASH_WORKLOAD_H_
