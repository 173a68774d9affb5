#include "tests/fuzz/raw_call.h"

#include <memory>

#include "grpcpp/client_context.h"
#include "grpcpp/completion_queue.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/support/slice.h"

namespace matchmaker::fuzz {
namespace {

// Operations are issued one at a time, so the next event is always the one just started.
bool Await(grpc::CompletionQueue& queue) {
  void* tag = nullptr;
  bool ok = false;
  return queue.Next(&tag, &ok) && ok;
}

void* Tag() { return reinterpret_cast<void*>(1); }

}  // namespace

RawCallResult RawCall(grpc::GenericStub& stub, const std::string& path,
                      const std::vector<absl::string_view>& requests,
                      const std::string& authorization, std::chrono::milliseconds timeout) {
  RawCallResult result;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + timeout);
  if (!authorization.empty()) context.AddMetadata("authorization", authorization);
  grpc::CompletionQueue queue;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call =
      stub.PrepareCall(&context, path, &queue);
  call->StartCall(Tag());
  if (Await(queue)) {
    for (absl::string_view request : requests) {
      grpc::Slice slice(request.data(), request.size());
      grpc::ByteBuffer buffer(&slice, 1);
      call->Write(buffer, Tag());
      if (!Await(queue)) break;
    }
    call->WritesDone(Tag());
    Await(queue);
    grpc::ByteBuffer response;
    for (;;) {
      call->Read(&response, Tag());
      if (!Await(queue)) break;
      ++result.responses;
    }
  }
  call->Finish(&result.status, Tag());
  Await(queue);
  queue.Shutdown();
  void* tag = nullptr;
  bool ok = false;
  while (queue.Next(&tag, &ok)) {
  }
  return result;
}

}  // namespace matchmaker::fuzz
