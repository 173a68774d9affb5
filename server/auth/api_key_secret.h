#ifndef MATCHMAKER_SERVER_AUTH_API_KEY_SECRET_H_
#define MATCHMAKER_SERVER_AUTH_API_KEY_SECRET_H_

// API key secrets: "mmk_<key id>_<64 hex digits>", e.g.
// "mmk_k_3f9a0c2b1d4e5f60_9c1f…". The key id ("k_" + 16 hex digits) is public and is embedded
// in the secret so the server finds the stored key in O(1) and verifies one hash; the 256
// random bits after it are the credential. Only SHA-256(salt || secret) is stored.

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace matchmaker::auth {

inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kHashBytes = 32;  // SHA-256

struct NewSecret {
  std::string key_id;  // "k_" + 16 lowercase hex digits
  std::string secret;  // "mmk_" + key_id + "_" + 64 lowercase hex digits
};

// A fresh key id and secret from OpenSSL's CSPRNG (RAND_bytes). Aborts if the CSPRNG fails:
// a predictable key would be worse than no server.
NewSecret GenerateSecret();

// `count` random bytes from OpenSSL's CSPRNG (aborts on failure, as above).
std::string RandomBytes(std::size_t count);

// The key id embedded in `secret`, or nullopt when `secret` does not have the exact shape
// GenerateSecret makes (so malformed input never reaches the store).
std::optional<std::string> KeyIdOfSecret(absl::string_view secret);

// SHA-256(salt || secret), 32 raw bytes.
//
// Why a fast hash and not bcrypt/scrypt/argon2: those slow hashes exist to make guessing
// low-entropy *passwords* from a stolen hash expensive. Our secrets are 256 uniformly random
// bits, so a stolen hash cannot be brute-forced at any hash speed, while a slow hash would
// cost every single RPC milliseconds of CPU. The salt keeps equal secrets (there are none in
// practice) from having equal hashes and rules out precomputed tables.
std::string HashSecret(absl::string_view salt, absl::string_view secret);

// Whether HashSecret(salt, secret) equals `expected_hash`, compared in constant time
// (CRYPTO_memcmp) so timing reveals nothing about how many leading bytes matched.
bool VerifySecret(absl::string_view salt, absl::string_view secret,
                  absl::string_view expected_hash);

}  // namespace matchmaker::auth

#endif  // MATCHMAKER_SERVER_AUTH_API_KEY_SECRET_H_
