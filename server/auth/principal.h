#ifndef MATCHMAKER_SERVER_AUTH_PRINCIPAL_H_
#define MATCHMAKER_SERVER_AUTH_PRINCIPAL_H_

// Who is calling: the identity an API key stands for. Written "admin", "brand/<id>" or
// "creator/<id>"; a call without credentials is anonymous.

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace matchmaker::auth {

struct Principal {
  enum class Kind { kAnonymous, kAdmin, kBrand, kCreator };
  Kind kind = Kind::kAnonymous;
  // The brand or creator id for kBrand / kCreator; empty otherwise.
  std::string id;

  static Principal Anonymous() { return {}; }
  static Principal Admin() { return {Kind::kAdmin, ""}; }
  static Principal Brand(std::string brand_id) { return {Kind::kBrand, std::move(brand_id)}; }
  static Principal Creator(std::string creator_id) {
    return {Kind::kCreator, std::move(creator_id)};
  }

  bool is_admin() const { return kind == Kind::kAdmin; }
  bool is_brand(absl::string_view brand_id) const { return kind == Kind::kBrand && id == brand_id; }
  bool is_creator(absl::string_view creator_id) const {
    return kind == Kind::kCreator && id == creator_id;
  }

  // "admin", "brand/acme", "creator/jo" or "anonymous".
  std::string ToString() const;

  friend bool operator==(const Principal& a, const Principal& b) {
    return a.kind == b.kind && a.id == b.id;
  }
};

// Parses "admin", "brand/<id>" or "creator/<id>" (ids as validated for records, see
// validation::CheckId). INVALID_ARGUMENT otherwise; "anonymous" is not a principal one can name.
[[nodiscard]] absl::StatusOr<Principal> ParsePrincipal(absl::string_view text);

}  // namespace matchmaker::auth

#endif  // MATCHMAKER_SERVER_AUTH_PRINCIPAL_H_
