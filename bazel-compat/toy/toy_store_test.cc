#include "toy/toy_store.h"

#include <stdlib.h>

#include <grpcpp/grpcpp.h>

#include "gtest/gtest.h"

namespace toy {
namespace {

std::string TempDir() {
  // Bazel gives every test a private TEST_TMPDIR.
  const char* base = getenv("TEST_TMPDIR");
  std::string tmpl = std::string(base ? base : "/tmp") + "/toydb.XXXXXX";
  return mkdtemp(tmpl.data()) ? tmpl : "";
}

TEST(ToyStoreTest, PutThenGetOverInProcessGrpc) {
  std::string dir = TempDir();
  ASSERT_FALSE(dir.empty());
  absl::StatusOr<std::unique_ptr<ToyStore>> store = ToyStore::Open(dir + "/db");
  ASSERT_TRUE(store.ok()) << store.status();

  grpc::ServerBuilder builder;
  builder.RegisterService(store->get());
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  ASSERT_NE(server, nullptr);
  auto stub = toy::v1::ToyStore::NewStub(server->InProcessChannel(grpc::ChannelArguments()));

  toy::v1::PutRequest put;
  put.set_key("k");
  put.mutable_value()->set_text("hello");
  put.mutable_mask()->add_paths("value");
  toy::v1::PutResponse put_resp;
  grpc::ClientContext put_ctx;
  ASSERT_TRUE(stub->Put(&put_ctx, put, &put_resp).ok());
  EXPECT_GT(put_resp.stored_at().seconds(), 0);

  toy::v1::GetRequest get;
  get.set_key("k");
  toy::v1::GetResponse get_resp;
  grpc::ClientContext get_ctx;
  ASSERT_TRUE(stub->Get(&get_ctx, get, &get_resp).ok());
  EXPECT_EQ(get_resp.value().text(), "hello");

  get.set_key("missing");
  grpc::ClientContext miss_ctx;
  EXPECT_EQ(stub->Get(&miss_ctx, get, &get_resp).error_code(), grpc::StatusCode::NOT_FOUND);

  server->Shutdown();
  EXPECT_EQ((*store)->Lookup("k")->text(), "hello");
}

}  // namespace
}  // namespace toy
