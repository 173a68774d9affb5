#include "server/auth/api_key_secret.h"

#include <cstdio>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "openssl/crypto.h"
#include "openssl/evp.h"
#include "openssl/rand.h"

namespace matchmaker::auth {
namespace {

constexpr absl::string_view kSecretPrefix = "mmk_";
constexpr absl::string_view kKeyIdPrefix = "k_";
constexpr std::size_t kKeyIdRandomBytes = 8;    // 16 hex digits
constexpr std::size_t kSecretRandomBytes = 32;  // 64 hex digits

bool IsLowerHex(absl::string_view text) {
  for (char c : text) {
    if (!absl::ascii_isdigit(c) && !(c >= 'a' && c <= 'f')) return false;
  }
  return true;
}

}  // namespace

std::string RandomBytes(std::size_t count) {
  std::string bytes(count, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1) {
    std::fprintf(stderr, "fatal: OpenSSL RAND_bytes failed\n");
    std::abort();
  }
  return bytes;
}

NewSecret GenerateSecret() {
  NewSecret result;
  result.key_id =
      absl::StrCat(kKeyIdPrefix, absl::BytesToHexString(RandomBytes(kKeyIdRandomBytes)));
  result.secret = absl::StrCat(kSecretPrefix, result.key_id, "_",
                               absl::BytesToHexString(RandomBytes(kSecretRandomBytes)));
  return result;
}

std::optional<std::string> KeyIdOfSecret(absl::string_view secret) {
  constexpr std::size_t kKeyIdSize = 2 + 2 * kKeyIdRandomBytes;
  constexpr std::size_t kSize = 4 + kKeyIdSize + 1 + 2 * kSecretRandomBytes;
  if (secret.size() != kSize || !absl::StartsWith(secret, kSecretPrefix)) return std::nullopt;
  const absl::string_view key_id = secret.substr(kSecretPrefix.size(), kKeyIdSize);
  const absl::string_view random = secret.substr(kSecretPrefix.size() + kKeyIdSize + 1);
  if (!absl::StartsWith(key_id, kKeyIdPrefix) || !IsLowerHex(key_id.substr(2)) ||
      secret[kSecretPrefix.size() + kKeyIdSize] != '_' || !IsLowerHex(random)) {
    return std::nullopt;
  }
  return std::string(key_id);
}

std::string HashSecret(absl::string_view salt, absl::string_view secret) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  const bool ok = md != nullptr && EVP_DigestInit_ex(md, EVP_sha256(), nullptr) == 1 &&
                  EVP_DigestUpdate(md, salt.data(), salt.size()) == 1 &&
                  EVP_DigestUpdate(md, secret.data(), secret.size()) == 1 &&
                  EVP_DigestFinal_ex(md, digest, &size) == 1;
  EVP_MD_CTX_free(md);
  if (!ok || size != kHashBytes) {
    std::fprintf(stderr, "fatal: OpenSSL SHA-256 failed\n");
    std::abort();
  }
  return std::string(reinterpret_cast<const char*>(digest), size);
}

bool VerifySecret(absl::string_view salt, absl::string_view secret,
                  absl::string_view expected_hash) {
  const std::string actual = HashSecret(salt, secret);
  return expected_hash.size() == actual.size() &&
         CRYPTO_memcmp(actual.data(), expected_hash.data(), actual.size()) == 0;
}

}  // namespace matchmaker::auth
