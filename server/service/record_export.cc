#include "server/service/record_export.h"

#include <algorithm>
#include <utility>

#include "server/service/derived_fields.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {

RecordExportCursor::RecordExportCursor(const OperationContext& ctx,
                                       const google::protobuf::RepeatedField<int>& kinds)
    : ctx_(ctx) {
  for (v1::RecordKind kind : {v1::RECORD_KIND_BRAND, v1::RECORD_KIND_BRIEF, v1::RECORD_KIND_CREATOR,
                              v1::RECORD_KIND_OFFER}) {
    if (kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
      kinds_.push_back(kind);
    }
  }
}

absl::StatusOr<std::vector<v1::Record>> RecordExportCursor::Next(int max_records) {
  std::vector<v1::Record> records;
  const storage::Store& store = ctx_.store();
  while (kind_index_ < kinds_.size() && static_cast<int>(records.size()) < max_records) {
    auto keep_going = [&] { return static_cast<int>(records.size()) < max_records; };
    const size_t before = records.size();
    switch (kinds_[kind_index_]) {
      case v1::RECORD_KIND_BRAND:
        MM_RETURN_IF_ERROR(store.ScanBrands(after_id_, [&](const v1::Brand& brand) {
          *records.emplace_back().mutable_brand() = brand;
          after_id_ = brand.id();
          return keep_going();
        }));
        break;
      case v1::RECORD_KIND_BRIEF:
        MM_RETURN_IF_ERROR(store.ScanBriefs(after_id_, [&](const v1::Brief& brief) {
          *records.emplace_back().mutable_brief() = brief;
          after_id_ = brief.id();
          return keep_going();
        }));
        break;
      case v1::RECORD_KIND_CREATOR:
        MM_RETURN_IF_ERROR(store.ScanCreators(after_id_, [&](const v1::Creator& creator) {
          v1::Creator& out = *records.emplace_back().mutable_creator();
          out = creator;
          FillDerivedFields(ctx_.config().tier_thresholds, out);
          after_id_ = creator.id();
          return keep_going();
        }));
        break;
      case v1::RECORD_KIND_OFFER:
        MM_RETURN_IF_ERROR(store.ScanOffers(after_id_, [&](const v1::Offer& offer) {
          *records.emplace_back().mutable_offer() = offer;
          after_id_ = offer.id();
          return keep_going();
        }));
        break;
      default:
        break;
    }
    // A scan that stopped short of the limit reached the end of its kind.
    if (static_cast<int>(records.size()) < max_records || records.size() == before) {
      ++kind_index_;
      after_id_.clear();
    }
  }
  return records;
}

}  // namespace matchmaker::service
