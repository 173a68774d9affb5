#include "server/service/record_stream_reactors.h"

#include <utility>

#include "server/service/call_admission.h"
#include "server/service/grpc_status.h"
#include "server/service/rpc_method_name.h"
#include "server/service/stream_authentication.h"
#include "server/validation/admin_service_validator.h"

namespace matchmaker::service {
namespace {

constexpr int kExportChunkSize = 256;

absl::Status ShuttingDown() { return absl::UnavailableError("server is shutting down"); }

}  // namespace

ImportRecordsReactor::ImportRecordsReactor(const CallEnvironment& env,
                                           grpc::CallbackServerContext* context,
                                           v1::ImportRecordsResponse* response)
    : executor_(env.executor),
      context_(context),
      recorder_(env.observer, RpcMethodName(v1::ImportRecordsRequest::descriptor()), *context),
      response_(response),
      importer_(env.ctx) {
  absl::StatusOr<auth::Principal> caller = AuthenticateAdminStream(
      env.authenticator, *context, RpcMethodName(v1::ImportRecordsRequest::descriptor()));
  if (!caller.ok()) {
    End(caller.status());
    return;
  }
  recorder_.set_principal(caller->ToString());
  pending_.reserve(kImportBatchSize);
  ReadNext();
}

void ImportRecordsReactor::OnReadDone(bool ok) {
  InGrpcReaction(this);
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
  ReadNext();
}

void ImportRecordsReactor::ReadNext() {
  BeforeGrpcOperation(this);
  StartRead(&request_);
}

void ImportRecordsReactor::End(const absl::Status& status) {
  BeforeGrpcOperation(this);
  Finish(recorder_.Done(status));
}

void ImportRecordsReactor::CommitPending(bool end_of_stream) {
  std::vector<v1::Record> batch = std::move(pending_);
  pending_.clear();
  const bool posted = executor_.Post([this, batch = std::move(batch), end_of_stream] {
    recorder_.MarkStarted();
    if (absl::Status admitted = CallAdmission(*context_); !admitted.ok()) {
      End(admitted);
      return;
    }
    if (absl::Status added = importer_.Add(batch); !added.ok()) {
      End(added);
      return;
    }
    if (end_of_stream) {
      *response_ = importer_.Finish();
      End(absl::OkStatus());
    } else {
      ReadNext();
    }
  });
  if (!posted) End(ShuttingDown());
}

ExportRecordsReactor::ExportRecordsReactor(const CallEnvironment& env,
                                           grpc::CallbackServerContext* context,
                                           const v1::ExportRecordsRequest* request)
    : executor_(env.executor),
      ctx_(env.ctx),
      context_(context),
      recorder_(env.observer, RpcMethodName(v1::ExportRecordsRequest::descriptor()), *context),
      request_(request),
      cursor_(env.ctx, request->kinds()) {
  absl::StatusOr<auth::Principal> caller = AuthenticateAdminStream(
      env.authenticator, *context, RpcMethodName(v1::ExportRecordsRequest::descriptor()));
  if (!caller.ok()) {
    End(caller.status());
    return;
  }
  recorder_.set_principal(caller->ToString());
  FetchChunk();
}

void ExportRecordsReactor::FetchChunk() {
  const bool posted = executor_.Post([this] {
    recorder_.MarkStarted();
    absl::Status status = CallAdmission(*context_);
    if (status.ok() && !validated_) {
      status = validation::Validate(*request_, ctx_.validation());
      validated_ = true;
    }
    if (!status.ok()) {
      End(status);
      return;
    }
    absl::StatusOr<std::vector<v1::Record>> chunk = cursor_.Next(kExportChunkSize);
    if (!chunk.ok()) {
      End(chunk.status());
      return;
    }
    if (chunk->empty()) {
      End(absl::OkStatus());
      return;
    }
    chunk_ = *std::move(chunk);
    next_ = 0;
    WriteNext();
  });
  if (!posted) End(ShuttingDown());
}

void ExportRecordsReactor::WriteNext() {
  response_.Clear();
  *response_.mutable_record() = std::move(chunk_[next_++]);
  BeforeGrpcOperation(this);
  StartWrite(&response_);
}

void ExportRecordsReactor::End(const absl::Status& status) {
  BeforeGrpcOperation(this);
  Finish(recorder_.Done(status));
}

void ExportRecordsReactor::OnWriteDone(bool ok) {
  InGrpcReaction(this);
  if (!ok) {  // the client went away
    End(absl::CancelledError("export stream broken"));
    return;
  }
  if (next_ < chunk_.size()) {
    WriteNext();
  } else {
    FetchChunk();
  }
}

}  // namespace matchmaker::service
