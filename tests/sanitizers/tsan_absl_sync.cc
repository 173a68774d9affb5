// ThreadSanitizer builds only (-DMM_SANITIZE=thread links this object into every target).
//
// Debian's abseil is not built with TSan, so absl::Mutex, absl::CondVar and
// absl::Notification synchronise through atomics and futexes TSan cannot see: every access to
// data they protect would be reported as a race (ours and gRPC's, whose grpc_core::Mutex wraps
// absl::Mutex). An abseil built with TSan annotates these calls itself; this file adds the same
// happens-before edges from outside. It defines the out-of-line members our code and gRPC call
// (the executable's definitions take precedence over the shared library's), forwards each to
// abseil's own implementation found with dlsym(RTLD_NEXT), and tells TSan what the call did:
// __tsan_release before the mutex is given up (or a notification sent), __tsan_acquire after
// it is obtained (or the notification seen). It adds no synchronisation of its own, so it
// cannot hide a race that the real locking does not prevent. docs/SANITIZERS.md.

#include <dlfcn.h>
#include <sanitizer/tsan_interface.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/base/options.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"

namespace {

#define MM_STRINGIFY_INNER(x) #x
#define MM_STRINGIFY(x) MM_STRINGIFY_INNER(x)

// Itanium mangling of absl::<inline namespace>::<class>::<rest>, e.g. rest "4LockEv".
std::string Mangled(const char* prefix, const char* cls, const char* rest) {
  const char* ns = MM_STRINGIFY(ABSL_OPTION_INLINE_NAMESPACE_NAME);
  return std::string(prefix) + "4absl" + std::to_string(std::strlen(ns)) + ns + cls + rest;
}

template <typename Fn>
Fn Real(const char* prefix, const char* cls, const char* rest) {
  const std::string name = Mangled(prefix, cls, rest);
  void* symbol = dlsym(RTLD_NEXT, name.c_str());
  if (symbol == nullptr) {
    std::fprintf(stderr, "tsan_absl_sync: %s not found in abseil\n", name.c_str());
    std::abort();
  }
  return reinterpret_cast<Fn>(symbol);
}

#define MM_REAL(type, prefix, cls, rest)                  \
  static const auto real = Real<type>(prefix, cls, rest); \
  (void)0

}  // namespace

namespace absl {
ABSL_NAMESPACE_BEGIN

void Mutex::Lock() {
  MM_REAL(void (*)(Mutex*), "_ZN", "5Mutex", "4LockEv");
  real(this);
  __tsan_acquire(this);
}

void Mutex::ReaderLock() {
  MM_REAL(void (*)(Mutex*), "_ZN", "5Mutex", "10ReaderLockEv");
  real(this);
  __tsan_acquire(this);
}

bool Mutex::TryLock() {
  MM_REAL(bool (*)(Mutex*), "_ZN", "5Mutex", "7TryLockEv");
  const bool locked = real(this);
  if (locked) __tsan_acquire(this);
  return locked;
}

bool Mutex::ReaderTryLock() {
  MM_REAL(bool (*)(Mutex*), "_ZN", "5Mutex", "13ReaderTryLockEv");
  const bool locked = real(this);
  if (locked) __tsan_acquire(this);
  return locked;
}

void Mutex::Unlock() {
  MM_REAL(void (*)(Mutex*), "_ZN", "5Mutex", "6UnlockEv");
  __tsan_release(this);
  real(this);
}

void Mutex::ReaderUnlock() {
  MM_REAL(void (*)(Mutex*), "_ZN", "5Mutex", "12ReaderUnlockEv");
  __tsan_release(this);
  real(this);
}

void Mutex::LockWhen(const Condition& cond) {
  MM_REAL(void (*)(Mutex*, const Condition&), "_ZN", "5Mutex", "8LockWhenERKNS0_9ConditionE");
  real(this, cond);
  __tsan_acquire(this);
}

void Mutex::ReaderLockWhen(const Condition& cond) {
  MM_REAL(void (*)(Mutex*, const Condition&), "_ZN", "5Mutex",
          "14ReaderLockWhenERKNS0_9ConditionE");
  real(this, cond);
  __tsan_acquire(this);
}

bool Mutex::LockWhenWithTimeout(const Condition& cond, absl::Duration timeout) {
  MM_REAL(bool (*)(Mutex*, const Condition&, absl::Duration), "_ZN", "5Mutex",
          "19LockWhenWithTimeoutERKNS0_9ConditionENS0_8DurationE");
  const bool result = real(this, cond, timeout);
  __tsan_acquire(this);  // held on return either way
  return result;
}

bool Mutex::LockWhenWithDeadline(const Condition& cond, absl::Time deadline) {
  MM_REAL(bool (*)(Mutex*, const Condition&, absl::Time), "_ZN", "5Mutex",
          "20LockWhenWithDeadlineERKNS0_9ConditionENS0_4TimeE");
  const bool result = real(this, cond, deadline);
  __tsan_acquire(this);
  return result;
}

// Await releases the mutex while it waits and holds it again on return.
void Mutex::Await(const Condition& cond) {
  MM_REAL(void (*)(Mutex*, const Condition&), "_ZN", "5Mutex", "5AwaitERKNS0_9ConditionE");
  __tsan_release(this);
  real(this, cond);
  __tsan_acquire(this);
}

bool Mutex::AwaitWithTimeout(const Condition& cond, absl::Duration timeout) {
  MM_REAL(bool (*)(Mutex*, const Condition&, absl::Duration), "_ZN", "5Mutex",
          "16AwaitWithTimeoutERKNS0_9ConditionENS0_8DurationE");
  __tsan_release(this);
  const bool result = real(this, cond, timeout);
  __tsan_acquire(this);
  return result;
}

bool Mutex::AwaitWithDeadline(const Condition& cond, absl::Time deadline) {
  MM_REAL(bool (*)(Mutex*, const Condition&, absl::Time), "_ZN", "5Mutex",
          "17AwaitWithDeadlineERKNS0_9ConditionENS0_4TimeE");
  __tsan_release(this);
  const bool result = real(this, cond, deadline);
  __tsan_acquire(this);
  return result;
}

void CondVar::Wait(Mutex* mu) {
  MM_REAL(void (*)(CondVar*, Mutex*), "_ZN", "7CondVar", "4WaitEPNS0_5MutexE");
  __tsan_release(mu);
  real(this, mu);
  __tsan_acquire(mu);
}

bool CondVar::WaitWithTimeout(Mutex* mu, absl::Duration timeout) {
  MM_REAL(bool (*)(CondVar*, Mutex*, absl::Duration), "_ZN", "7CondVar",
          "15WaitWithTimeoutEPNS0_5MutexENS0_8DurationE");
  __tsan_release(mu);
  const bool result = real(this, mu, timeout);
  __tsan_acquire(mu);
  return result;
}

bool CondVar::WaitWithDeadline(Mutex* mu, absl::Time deadline) {
  MM_REAL(bool (*)(CondVar*, Mutex*, absl::Time), "_ZN", "7CondVar",
          "16WaitWithDeadlineEPNS0_5MutexENS0_4TimeE");
  __tsan_release(mu);
  const bool result = real(this, mu, deadline);
  __tsan_acquire(mu);
  return result;
}

void Notification::Notify() {
  MM_REAL(void (*)(Notification*), "_ZN", "12Notification", "6NotifyEv");
  __tsan_release(this);
  real(this);
}

void Notification::WaitForNotification() const {
  MM_REAL(void (*)(const Notification*), "_ZNK", "12Notification", "19WaitForNotificationEv");
  real(this);
  __tsan_acquire(const_cast<Notification*>(this));
}

bool Notification::WaitForNotificationWithTimeout(absl::Duration timeout) const {
  MM_REAL(bool (*)(const Notification*, absl::Duration), "_ZNK", "12Notification",
          "30WaitForNotificationWithTimeoutENS0_8DurationE");
  const bool notified = real(this, timeout);
  if (notified) __tsan_acquire(const_cast<Notification*>(this));
  return notified;
}

bool Notification::WaitForNotificationWithDeadline(absl::Time deadline) const {
  MM_REAL(bool (*)(const Notification*, absl::Time), "_ZNK", "12Notification",
          "31WaitForNotificationWithDeadlineENS0_4TimeE");
  const bool notified = real(this, deadline);
  if (notified) __tsan_acquire(const_cast<Notification*>(this));
  return notified;
}

ABSL_NAMESPACE_END
}  // namespace absl
