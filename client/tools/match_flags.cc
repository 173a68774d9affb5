#include "client/tools/match_flags.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/tools/enum_names.h"
#include "client/tools/value_parsers.h"

namespace matchmaker::tools {

std::vector<FlagSpec> ScoringFlags() {
  return {{"fusion", "METHOD",
           "how the two sides' fits combine: " + Choices<v1::FusionMethod>() +
               " (default harmonic-mean)"},
          {"weight", "FACTOR=W", "override a brand-side factor weight, e.g. niche=3", true}};
}

absl::Status ApplyScoringFlags(const ParsedArgs& args, v1::MatchScoring* scoring) {
  if (args.Has("fusion")) {
    absl::StatusOr<v1::FusionMethod> fusion = ParseEnum<v1::FusionMethod>(args.Get("fusion"));
    if (!fusion.ok()) return fusion.status();
    scoring->set_fusion(*fusion);
  }
  for (const std::string& entry : args.GetAll("weight")) {
    const size_t eq = entry.find('=');
    if (eq == std::string::npos || eq == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("--weight: expected FACTOR=WEIGHT, got \"", entry, "\""));
    }
    absl::StatusOr<double> weight = ParseDouble("weight", entry.substr(eq + 1));
    if (!weight.ok()) return weight.status();
    (*scoring->mutable_brand_weights())[absl::AsciiStrToLower(entry.substr(0, eq))] = *weight;
  }
  return absl::OkStatus();
}

}  // namespace matchmaker::tools
