#include "server/service/record_import.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/service/derived_fields.h"
#include "server/service/embedding_derivation.h"
#include "server/service/history_event.h"
#include "server/service/id_generator.h"
#include "server/service/record_lookup.h"
#include "server/service/status_macros.h"
#include "server/validation/brand_service_validator.h"
#include "server/validation/creator_service_validator.h"

namespace matchmaker::service {
namespace {

// Output-only fields of an exported record are recomputed, never imported.
void ClearOutputOnly(v1::Creator& creator) {
  creator.clear_etag();
  creator.clear_create_time();
  creator.clear_update_time();
  creator.clear_total_followers();
  creator.clear_tier();
  for (v1::PlatformAccount& account : *creator.mutable_accounts()) account.clear_engagement_rate();
}
template <typename Record>
void ClearTimesAndEtag(Record& record) {
  record.clear_etag();
  record.clear_create_time();
  record.clear_update_time();
}

}  // namespace

void RecordImporter::Reject(int64_t index, const std::string& id, const std::string& reason) {
  if (totals_.rejections_size() >= kMaxListedRejections) return;
  v1::ImportRejection* rejection = totals_.add_rejections();
  rejection->set_index(index);
  rejection->set_id(id);
  rejection->set_reason(reason);
}

absl::Status RecordImporter::Add(const std::vector<v1::Record>& records) {
  // Held from the existence checks to the commit, so "created" and "replaced" are exact.
  absl::MutexLock lock(&ctx_.mutation_mutex());
  for (const v1::Record& record : records) {
    const int64_t index = totals_.received();
    totals_.set_received(index + 1);
    Stage(index, record);
    if (staged_ >= kImportBatchSize) MM_RETURN_IF_ERROR(Commit());
  }
  return Commit();
}

void RecordImporter::Stage(int64_t index, const v1::Record& record) {
  const storage::Store& store = ctx_.store();
  const absl::Time now = ctx_.Now();
  // Whether `id` is staged in this batch or stored.
  auto exists_now = [&](const auto& stored, const absl::flat_hash_set<std::string>& staged,
                        const std::string& id) -> absl::StatusOr<bool> {
    if (staged.contains(id)) return true;
    MM_ASSIGN_OR_RETURN(auto found, Optional(stored));
    return found.has_value();
  };
  switch (record.record_case()) {
    case v1::Record::kCreator: {
      v1::CreateCreatorRequest as_create;
      *as_create.mutable_creator() = record.creator();
      v1::Creator& creator = *as_create.mutable_creator();
      ClearOutputOnly(creator);
      if (absl::Status valid = validation::Validate(as_create, ctx_.validation()); !valid.ok()) {
        return Reject(index, creator.id(), std::string(valid.message()));
      }
      if (creator.id().empty()) creator.set_id(NewRecordId(kCreatorIdPrefix));
      absl::StatusOr<v1::Creator> stored = store.GetCreator(creator.id());
      absl::StatusOr<bool> exists = exists_now(stored, staged_creators_, creator.id());
      if (!exists.ok()) return Reject(index, creator.id(), std::string(exists.status().message()));
      if (stored.ok()) *creator.mutable_create_time() = stored->create_time();
      EnsureEmbedding(creator.niches(), ctx_.config().embedding_dim, *creator.mutable_aesthetic());
      FillDerivedFields(ctx_.config().tier_thresholds, creator);
      StampWrite(now, /*is_new=*/!stored.ok(), creator);
      v1::HistoryEvent event =
          NewEvent(*exists ? v1::EVENT_TYPE_CREATOR_UPDATED : v1::EVENT_TYPE_CREATOR_CREATED,
                   kAdminActor, now);
      event.set_creator_id(creator.id());
      event.set_note("import");
      *event.mutable_creator() = creator;
      *exists ? totals_.set_replaced(totals_.replaced() + 1)
              : totals_.set_created(totals_.created() + 1);
      staged_creators_.insert(creator.id());
      batch_.Put(std::move(creator));
      batch_.AppendHistory(std::move(event));
      break;
    }
    case v1::Record::kBrand: {
      v1::CreateBrandRequest as_create;
      *as_create.mutable_brand() = record.brand();
      v1::Brand& brand = *as_create.mutable_brand();
      ClearTimesAndEtag(brand);
      if (absl::Status valid = validation::Validate(as_create, ctx_.validation()); !valid.ok()) {
        return Reject(index, brand.id(), std::string(valid.message()));
      }
      if (brand.id().empty()) brand.set_id(NewRecordId(kBrandIdPrefix));
      absl::StatusOr<v1::Brand> stored = store.GetBrand(brand.id());
      absl::StatusOr<bool> exists = exists_now(stored, staged_brands_, brand.id());
      if (!exists.ok()) return Reject(index, brand.id(), std::string(exists.status().message()));
      if (stored.ok()) *brand.mutable_create_time() = stored->create_time();
      StampWrite(now, /*is_new=*/!stored.ok(), brand);
      v1::HistoryEvent event = NewEvent(
          *exists ? v1::EVENT_TYPE_BRAND_UPDATED : v1::EVENT_TYPE_BRAND_CREATED, kAdminActor, now);
      event.set_brand_id(brand.id());
      event.set_note("import");
      *event.mutable_brand() = brand;
      *exists ? totals_.set_replaced(totals_.replaced() + 1)
              : totals_.set_created(totals_.created() + 1);
      staged_brands_.insert(brand.id());
      batch_.Put(std::move(brand));
      batch_.AppendHistory(std::move(event));
      break;
    }
    case v1::Record::kBrief: {
      v1::CreateBriefRequest as_create;
      *as_create.mutable_brief() = record.brief();
      v1::Brief& brief = *as_create.mutable_brief();
      ClearTimesAndEtag(brief);
      if (absl::Status valid = validation::Validate(as_create, ctx_.validation()); !valid.ok()) {
        return Reject(index, brief.id(), std::string(valid.message()));
      }
      absl::StatusOr<bool> brand_exists =
          exists_now(store.GetBrand(brief.brand_id()), staged_brands_, brief.brand_id());
      if (!brand_exists.ok() || !*brand_exists) {
        return Reject(index, brief.id(),
                      absl::StrCat("brief.brand_id: brand \"", brief.brand_id(), "\" not found"));
      }
      if (brief.id().empty()) brief.set_id(NewRecordId(kBriefIdPrefix));
      absl::StatusOr<v1::Brief> stored = store.GetBrief(brief.id());
      absl::StatusOr<bool> exists = exists_now(stored, staged_briefs_, brief.id());
      if (!exists.ok()) return Reject(index, brief.id(), std::string(exists.status().message()));
      if (stored.ok()) *brief.mutable_create_time() = stored->create_time();
      if (brief.status() == v1::BRIEF_STATUS_UNSPECIFIED) brief.set_status(v1::BRIEF_STATUS_DRAFT);
      EnsureEmbedding(brief.niches(), ctx_.config().embedding_dim, *brief.mutable_aesthetic());
      StampWrite(now, /*is_new=*/!stored.ok(), brief);
      v1::HistoryEvent event = NewEvent(
          *exists ? v1::EVENT_TYPE_BRIEF_UPDATED : v1::EVENT_TYPE_BRIEF_CREATED, kAdminActor, now);
      event.set_brand_id(brief.brand_id());
      event.set_brief_id(brief.id());
      event.set_note("import");
      *event.mutable_brief() = brief;
      *exists ? totals_.set_replaced(totals_.replaced() + 1)
              : totals_.set_created(totals_.created() + 1);
      staged_briefs_.insert(brief.id());
      batch_.Put(std::move(brief));
      batch_.AppendHistory(std::move(event));
      break;
    }
    case v1::Record::kOffer:
      return Reject(index, record.offer().id(),
                    "offers cannot be imported: they carry state-machine history");
    case v1::Record::RECORD_NOT_SET:
      return Reject(index, "", "record: empty (set creator, brand or brief)");
  }
  ++staged_;
}

absl::Status RecordImporter::Commit() {
  if (batch_.empty()) return absl::OkStatus();
  MM_RETURN_IF_ERROR(ctx_.Commit(std::move(batch_)).status());
  batch_ = storage::WriteSet();
  staged_ = 0;
  staged_creators_.clear();
  staged_brands_.clear();
  staged_briefs_.clear();
  return absl::OkStatus();
}

v1::ImportRecordsResponse RecordImporter::Finish() const { return totals_; }

}  // namespace matchmaker::service
