#include "toy/toy_store.h"

#include <chrono>

#include "absl/strings/str_cat.h"

namespace toy {

absl::StatusOr<std::unique_ptr<ToyStore>> ToyStore::Open(const std::string& path) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(options, path, &raw);
  if (!s.ok()) return absl::InternalError(absl::StrCat("rocksdb open: ", s.ToString()));
  return std::unique_ptr<ToyStore>(new ToyStore(std::unique_ptr<rocksdb::DB>(raw)));
}

absl::StatusOr<toy::v1::Note> ToyStore::Lookup(const std::string& key) const {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), key, &value);
  if (s.IsNotFound()) return absl::NotFoundError(absl::StrCat("no key ", key));
  if (!s.ok()) return absl::InternalError(s.ToString());
  toy::v1::Note note;
  if (!note.ParseFromString(value)) return absl::DataLossError("corrupt value");
  return note;
}

grpc::Status ToyStore::Put(grpc::ServerContext*, const toy::v1::PutRequest* req,
                           toy::v1::PutResponse* resp) {
  rocksdb::Status s =
      db_->Put(rocksdb::WriteOptions(), req->key(), req->value().SerializeAsString());
  if (!s.ok()) return grpc::Status(grpc::StatusCode::INTERNAL, s.ToString());
  auto now = std::chrono::system_clock::now().time_since_epoch();
  resp->mutable_stored_at()->set_seconds(
      std::chrono::duration_cast<std::chrono::seconds>(now).count());
  return grpc::Status::OK;
}

grpc::Status ToyStore::Get(grpc::ServerContext*, const toy::v1::GetRequest* req,
                           toy::v1::GetResponse* resp) {
  absl::StatusOr<toy::v1::Note> note = Lookup(req->key());
  if (!note.ok()) {
    return grpc::Status(absl::IsNotFound(note.status()) ? grpc::StatusCode::NOT_FOUND
                                                        : grpc::StatusCode::INTERNAL,
                        std::string(note.status().message()));
  }
  *resp->mutable_value() = *std::move(note);
  return grpc::Status::OK;
}

}  // namespace toy
