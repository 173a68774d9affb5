#ifndef MATCHMAKER_TESTS_AUTH_REGISTRY_FIXTURE_H_
#define MATCHMAKER_TESTS_AUTH_REGISTRY_FIXTURE_H_

// A real store in a temp dir with the KeyRegistry loaded from it; Reopen() closes both and
// loads them again, as a server restart would.

#include <memory>
#include <utility>

#include "gtest/gtest.h"
#include "server/auth/key_registry.h"
#include "storage/store.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::auth {

class RegistryFixture : public ::testing::Test {
 protected:
  void SetUp() override { Open(); }

  void Open() {
    storage::StoreOptions options;
    options.path = dir_.Sub("db");
    auto store = storage::Store::Open(options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    auto registry = KeyRegistry::Load(*store_);
    ASSERT_TRUE(registry.ok()) << registry.status();
    registry_ = *std::move(registry);
  }
  void Reopen() {
    registry_.reset();
    store_.reset();
    Open();
  }

  testing::TempDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<KeyRegistry> registry_;
};

}  // namespace matchmaker::auth

#endif  // MATCHMAKER_TESTS_AUTH_REGISTRY_FIXTURE_H_
