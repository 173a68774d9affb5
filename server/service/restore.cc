#include "server/service/restore.h"

#include <filesystem>
#include <memory>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/service/status_macros.h"
#include "storage/store.h"

namespace matchmaker::service {
namespace {

namespace fs = std::filesystem;

absl::Status FileError(absl::string_view what, const fs::path& path, const std::error_code& error) {
  return absl::InternalError(
      absl::StrCat("restore: cannot ", what, " ", path.string(), ": ", error.message()));
}

bool IsEmptyOrMissing(const fs::path& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) return true;
  return fs::is_directory(dir, error) && fs::is_empty(dir, error);
}

// Hard-links SST files (immutable), copies the rest.
absl::Status CopyCheckpoint(const fs::path& from, const fs::path& to, RestoreResult& result) {
  std::error_code error;
  fs::create_directories(to, error);
  if (error) return FileError("create", to, error);
  for (const fs::directory_entry& entry : fs::directory_iterator(from, error)) {
    if (!entry.is_regular_file()) {
      return absl::InvalidArgumentError(
          absl::StrCat("restore: ", entry.path().string(),
                       " is not a regular file; a checkpoint holds only files"));
    }
    const fs::path target = to / entry.path().filename();
    if (entry.path().extension() == ".sst") {
      fs::create_hard_link(entry.path(), target, error);
      if (!error) {
        ++result.files_linked;
        continue;
      }
      error.clear();  // another file system: copy instead
    }
    fs::copy_file(entry.path(), target, fs::copy_options::none, error);
    if (error) return FileError("copy", entry.path(), error);
    ++result.files_copied;
  }
  if (error) return FileError("list", from, error);
  return absl::OkStatus();
}

// Opens the copy (this is what checks the embedding dimension and replays the checkpoint's
// WAL) and counts what it holds, decoding every record.
absl::Status Verify(const fs::path& dir, int embedding_dim, RestoreResult& result) {
  storage::StoreOptions options;
  options.path = dir.string();
  options.embedding_dim = embedding_dim;
  MM_ASSIGN_OR_RETURN(std::unique_ptr<storage::Store> store, storage::Store::Open(options));
  result.history_sequence = store->history_sequence();
  auto count = [](int64_t& n) {
    return [&n](const auto&) {
      ++n;
      return true;
    };
  };
  MM_RETURN_IF_ERROR(store->ScanCreators("", count(result.creators)));
  MM_RETURN_IF_ERROR(store->ScanBrands("", count(result.brands)));
  MM_RETURN_IF_ERROR(store->ScanBriefs("", count(result.briefs)));
  MM_RETURN_IF_ERROR(store->ScanOffers("", count(result.offers)));
  return absl::OkStatus();
}

}  // namespace

std::string DescribeRestore(const RestoreResult& r) {
  return absl::StrCat("history_sequence=", r.history_sequence, " creators=", r.creators,
                      " brands=", r.brands, " briefs=", r.briefs, " offers=", r.offers,
                      " files_linked=", r.files_linked, " files_copied=", r.files_copied);
}

absl::StatusOr<RestoreResult> RestoreCheckpoint(const std::string& checkpoint_dir,
                                                const std::string& data_dir, int embedding_dim) {
  const fs::path from(checkpoint_dir);
  const fs::path to(data_dir);
  std::error_code error;
  if (!fs::is_directory(from, error) || !fs::exists(from / "CURRENT", error)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "restore: ", checkpoint_dir, " is not a checkpoint (no directory with a CURRENT file)"));
  }
  if (fs::exists(to / "CURRENT", error)) {
    return absl::FailedPreconditionError(
        absl::StrCat("restore: ", data_dir,
                     " already holds a database; restore only into a new or empty "
                     "directory"));
  }
  if (!IsEmptyOrMissing(to)) {
    return absl::FailedPreconditionError(
        absl::StrCat("restore: ", data_dir,
                     " is not empty; restore only into a new or empty "
                     "directory"));
  }
  // Leftovers of an interrupted restore are ours to discard.
  const fs::path staging = to.string() + ".restoring";
  fs::remove_all(staging, error);
  if (error) return FileError("remove", staging, error);

  RestoreResult result;
  absl::Status copied = CopyCheckpoint(from, staging, result);
  if (copied.ok()) copied = Verify(staging, embedding_dim, result);
  if (!copied.ok()) {
    fs::remove_all(staging, error);
    return copied;
  }
  if (fs::exists(to, error)) {
    fs::remove(to, error);  // empty, checked above
    if (error) return FileError("replace", to, error);
  }
  fs::rename(staging, to, error);
  if (error) return FileError("rename into", to, error);
  return result;
}

}  // namespace matchmaker::service
