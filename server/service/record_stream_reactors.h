#ifndef MATCHMAKER_SERVER_SERVICE_RECORD_STREAM_REACTORS_H_
#define MATCHMAKER_SERVER_SERVICE_RECORD_STREAM_REACTORS_H_

// The per-call reactors of AdminService's streams. Each deletes itself in OnDone. Reactions
// only move messages and post work: validation, RocksDB and commits run on the executor,
// which then starts the next read or write, so at most one operation is outstanding and a
// slow peer slows the stream instead of filling memory.

#include <vector>

#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/call_environment.h"
#include "server/service/executor.h"
#include "server/service/grpc_reaction_order.h"
#include "server/service/operation_context.h"
#include "server/service/record_export.h"
#include "server/service/record_import.h"
#include "server/service/stream_call_recorder.h"

namespace matchmaker::service {

// ImportRecords: reads up to kImportBatchSize records, then has the executor validate and
// commit them (RecordImporter) before reading on; at the end of the stream, answers the
// totals.
class ImportRecordsReactor final : public grpc::ServerReadReactor<v1::ImportRecordsRequest> {
 public:
  // `env` must outlive the call.
  ImportRecordsReactor(const CallEnvironment& env, grpc::CallbackServerContext* context,
                       v1::ImportRecordsResponse* response);

  void OnReadDone(bool ok) override;
  void OnDone() override {
    InGrpcReaction(this);
    delete this;
  }

 private:
  // Hands `pending_` to the executor; then reads on, or finishes when `end_of_stream`.
  void CommitPending(bool end_of_stream);
  // The gRPC operations, each after BeforeGrpcOperation (grpc_reaction_order.h).
  void ReadNext();
  void End(const absl::Status& status);

  Executor& executor_;
  grpc::CallbackServerContext* const context_;
  StreamCallRecorder recorder_;  // metrics and the access log line
  v1::ImportRecordsResponse* const response_;
  RecordImporter importer_;
  v1::ImportRecordsRequest request_;
  std::vector<v1::Record> pending_;
};

// ExportRecords: the executor fetches a chunk (RecordExportCursor); records are written one
// at a time, the next in OnWriteDone (flow control); an exhausted chunk fetches the next.
class ExportRecordsReactor final : public grpc::ServerWriteReactor<v1::ExportRecordsResponse> {
 public:
  // `env` must outlive the call.
  ExportRecordsReactor(const CallEnvironment& env, grpc::CallbackServerContext* context,
                       const v1::ExportRecordsRequest* request);

  void OnWriteDone(bool ok) override;
  void OnDone() override {
    InGrpcReaction(this);
    delete this;
  }

 private:
  void FetchChunk();
  // The gRPC operations, each after BeforeGrpcOperation (grpc_reaction_order.h).
  void WriteNext();
  void End(const absl::Status& status);

  Executor& executor_;
  const OperationContext& ctx_;
  grpc::CallbackServerContext* const context_;
  StreamCallRecorder recorder_;  // metrics and the access log line
  const v1::ExportRecordsRequest* const request_;
  RecordExportCursor cursor_;
  bool validated_ = false;
  std::vector<v1::Record> chunk_;
  size_t next_ = 0;
  v1::ExportRecordsResponse response_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RECORD_STREAM_REACTORS_H_
