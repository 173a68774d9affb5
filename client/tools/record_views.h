#ifndef MATCHMAKER_CLIENT_TOOLS_RECORD_VIEWS_H_
#define MATCHMAKER_CLIENT_TOOLS_RECORD_VIEWS_H_

#include <string>
#include <vector>

#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"

namespace matchmaker::tools {

// Human-readable renderings of records: aligned tables for lists, "key: value" lists for one
// record (the main fields; --json shows all of them).

std::string BrandsTable(const std::vector<v1::Brand>& brands);
std::string BriefsTable(const std::vector<v1::Brief>& briefs);
std::string CreatorsTable(const std::vector<v1::Creator>& creators);
// ID STATE CREATOR BRIEF FEE REASON UPDATED
std::string OffersTable(const std::vector<v1::Offer>& offers);
std::string HistoryTable(const std::vector<v1::HistoryEvent>& events);

std::string BrandDetails(const v1::Brand& brand);
std::string BriefDetails(const v1::Brief& brief);
std::string CreatorDetails(const v1::Creator& creator);
std::string OfferDetails(const v1::Offer& offer);
std::string RecordDetails(const v1::Record& record);
std::string StatsDetails(const v1::GetStatsResponse& stats);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_RECORD_VIEWS_H_
