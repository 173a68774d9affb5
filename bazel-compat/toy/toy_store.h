// Self-test of the Bazel machinery: gRPC service backed by RocksDB.
#pragma once

#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>
#include <rocksdb/db.h>

#include "absl/status/statusor.h"
#include "toy/v1/toy.grpc.pb.h"

namespace toy {

class ToyStore final : public toy::v1::ToyStore::Service {
 public:
  static absl::StatusOr<std::unique_ptr<ToyStore>> Open(const std::string& path);

  absl::StatusOr<toy::v1::Note> Lookup(const std::string& key) const;

  grpc::Status Put(grpc::ServerContext* ctx, const toy::v1::PutRequest* req,
                   toy::v1::PutResponse* resp) override;
  grpc::Status Get(grpc::ServerContext* ctx, const toy::v1::GetRequest* req,
                   toy::v1::GetResponse* resp) override;

 private:
  explicit ToyStore(std::unique_ptr<rocksdb::DB> db) : db_(std::move(db)) {}
  std::unique_ptr<rocksdb::DB> db_;
};

}  // namespace toy
