#ifndef MATCHMAKER_SERVER_SERVICE_STABLE_HASH_H_
#define MATCHMAKER_SERVER_SERVICE_STABLE_HASH_H_

// A hash that is the same in every process and on every run (FNV-1a, 64 bit), for values that
// are stored or must be reproducible: derived embeddings, etags.

#include <cstdint>

#include "absl/strings/string_view.h"

namespace matchmaker::service {

inline uint64_t StableHash64(absl::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t hash = seed;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  // Final avalanche (splitmix64) so nearby inputs spread over buckets and sign bits.
  hash ^= hash >> 30;
  hash *= 0xbf58476d1ce4e5b9ULL;
  hash ^= hash >> 27;
  hash *= 0x94d049bb133111ebULL;
  hash ^= hash >> 31;
  return hash;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_STABLE_HASH_H_
