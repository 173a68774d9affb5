#ifndef MATCHMAKER_CLIENT_TOOLS_RECORD_FLAGS_H_
#define MATCHMAKER_CLIENT_TOOLS_RECORD_FLAGS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "client/tools/cli_args.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/offer.pb.h"

namespace matchmaker::tools {

// Flags for the common fields of each record, so a newcomer can create and update records
// from the shell without writing JSON. Apply*Flags sets the fields of the flags present
// (on top of whatever a --json-file gave) and appends the update-mask path of each field it
// set to `paths`. Fails with INVALID_ARGUMENT on a malformed value.

std::vector<FlagSpec> BrandFieldFlags();
absl::Status ApplyBrandFlags(const ParsedArgs& args, v1::Brand* brand,
                             std::vector<std::string>* paths);

std::vector<FlagSpec> BriefFieldFlags();
absl::Status ApplyBriefFlags(const ParsedArgs& args, v1::Brief* brief,
                             std::vector<std::string>* paths);

std::vector<FlagSpec> CreatorFieldFlags();
absl::Status ApplyCreatorFlags(const ParsedArgs& args, v1::Creator* creator,
                               std::vector<std::string>* paths);

// Offer terms: --fee --compensation --deliverable --due --long-term --message --terms-file.
std::vector<FlagSpec> TermsFlags();
absl::Status ApplyTermsFlags(const ParsedArgs& args, v1::OfferTerms* terms);

// Outcome of completed work: --reach --engagements --clicks --conversions --note.
std::vector<FlagSpec> OutcomeFlags();
absl::Status ApplyOutcomeFlags(const ParsedArgs& args, v1::OfferOutcome* outcome);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_RECORD_FLAGS_H_
