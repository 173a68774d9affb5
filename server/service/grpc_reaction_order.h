#ifndef MATCHMAKER_SERVER_SERVICE_GRPC_REACTION_ORDER_H_
#define MATCHMAKER_SERVER_SERVICE_GRPC_REACTION_ORDER_H_

// gRPC runs a reactor's reactions (OnReadDone, OnWriteDone, OnDone) on its own threads, once
// the operation the reactor started (StartRead, StartWrite, Finish), often from one of our
// executor's threads, has completed: whatever that thread wrote before starting it is
// visible to the reaction. gRPC creates that order inside libgrpc, which Debian does not
// build with ThreadSanitizer, so a TSan build cannot see it and reports the reactor's own
// fields as races (docs/SANITIZERS.md). These two calls state the order for TSan; in every
// other build they compile to nothing.

#if defined(__SANITIZE_THREAD__)
#define MM_GRPC_REACTION_ORDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MM_GRPC_REACTION_ORDER_TSAN 1
#endif
#endif

#ifdef MM_GRPC_REACTION_ORDER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace matchmaker::service {

// Call right before a reactor starts a gRPC operation.
inline void BeforeGrpcOperation([[maybe_unused]] const void* reactor) {
#ifdef MM_GRPC_REACTION_ORDER_TSAN
  __tsan_release(const_cast<void*>(reactor));
#endif
}

// Call first thing in a reaction.
inline void InGrpcReaction([[maybe_unused]] const void* reactor) {
#ifdef MM_GRPC_REACTION_ORDER_TSAN
  __tsan_acquire(const_cast<void*>(reactor));
#endif
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_GRPC_REACTION_ORDER_H_
