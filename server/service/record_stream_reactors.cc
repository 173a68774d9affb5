#include "server/service/record_stream_reactors.h"

#include <utility>

#include "server/service/call_admission.h"
#include "server/service/grpc_status.h"
#include "server/service/server_log.h"
#include "server/validation/admin_service_validator.h"

namespace matchmaker::service {
namespace {

constexpr int kExportChunkSize = 256;

const grpc::Status& ShuttingDown() {
  static const grpc::Status* status =
      new grpc::Status(grpc::StatusCode::UNAVAILABLE, "server is shutting down");
  return *status;
}

}  // namespace

ImportRecordsReactor::ImportRecordsReactor(Executor& executor, const OperationContext& ctx,
                                           grpc::CallbackServerContext* context,
                                           v1::ImportRecordsResponse* response)
    : executor_(executor), context_(context), response_(response), importer_(ctx) {
  pending_.reserve(kImportBatchSize);
  StartRead(&request_);
}

void ImportRecordsReactor::OnReadDone(bool ok) {
  if (!ok) {  // the client half-closed (or the call broke: checked on the executor)
    CommitPending(/*end_of_stream=*/true);
    return;
  }
  pending_.push_back(std::move(*request_.mutable_record()));
  request_.Clear();
  if (static_cast<int>(pending_.size()) >= kImportBatchSize) {
    CommitPending(/*end_of_stream=*/false);
    return;
  }
  StartRead(&request_);
}

void ImportRecordsReactor::CommitPending(bool end_of_stream) {
  std::vector<v1::Record> batch = std::move(pending_);
  pending_.clear();
  const bool posted = executor_.Post([this, batch = std::move(batch), end_of_stream] {
    if (absl::Status admitted = CallAdmission(*context_); !admitted.ok()) {
      Finish(ToGrpcStatus(admitted));
      return;
    }
    if (absl::Status added = importer_.Add(batch); !added.ok()) {
      LogIfServerError("ImportRecords", added);
      Finish(ToGrpcStatus(added));
      return;
    }
    if (end_of_stream) {
      *response_ = importer_.Finish();
      Finish(grpc::Status::OK);
    } else {
      StartRead(&request_);
    }
  });
  if (!posted) Finish(ShuttingDown());
}

ExportRecordsReactor::ExportRecordsReactor(Executor& executor, const OperationContext& ctx,
                                           grpc::CallbackServerContext* context,
                                           const v1::ExportRecordsRequest* request)
    : executor_(executor),
      ctx_(ctx),
      context_(context),
      request_(request),
      cursor_(ctx, request->kinds()) {
  FetchChunk();
}

void ExportRecordsReactor::FetchChunk() {
  const bool posted = executor_.Post([this] {
    absl::Status status = CallAdmission(*context_);
    if (status.ok() && !validated_) {
      status = validation::Validate(*request_, ctx_.validation());
      validated_ = true;
    }
    if (!status.ok()) {
      Finish(ToGrpcStatus(status));
      return;
    }
    absl::StatusOr<std::vector<v1::Record>> chunk = cursor_.Next(kExportChunkSize);
    if (!chunk.ok()) {
      LogIfServerError("ExportRecords", chunk.status());
      Finish(ToGrpcStatus(chunk.status()));
      return;
    }
    if (chunk->empty()) {
      Finish(grpc::Status::OK);
      return;
    }
    chunk_ = *std::move(chunk);
    next_ = 0;
    WriteNext();
  });
  if (!posted) Finish(ShuttingDown());
}

void ExportRecordsReactor::WriteNext() {
  response_.Clear();
  *response_.mutable_record() = std::move(chunk_[next_++]);
  StartWrite(&response_);
}

void ExportRecordsReactor::OnWriteDone(bool ok) {
  if (!ok) {  // the client went away
    Finish(grpc::Status(grpc::StatusCode::CANCELLED, "export stream broken"));
    return;
  }
  if (next_ < chunk_.size()) {
    WriteNext();
  } else {
    FetchChunk();
  }
}

}  // namespace matchmaker::service
