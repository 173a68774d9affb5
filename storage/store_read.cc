// Store's read path: every call takes one snapshot (ReadSnapshot) and makes all of its lookups
// through it, so a scan never mixes two versions of the database.

#include <algorithm>

#include "rocksdb/iterator.h"
#include "rocksdb/slice.h"
#include "storage/store_impl.h"

namespace matchmaker::storage {
namespace {

std::optional<SubjectKind> ToSubjectKind(HistorySubject subject) {
  switch (subject) {
    case HistorySubject::kCreator:
      return SubjectKind::kCreator;
    case HistorySubject::kBrand:
      return SubjectKind::kBrand;
    case HistorySubject::kBrief:
      return SubjectKind::kBrief;
    case HistorySubject::kOffer:
      return SubjectKind::kOffer;
    case HistorySubject::kAll:
      break;
  }
  return std::nullopt;
}

}  // namespace

absl::Status Store::Impl::ScanPrefix(Cf which, const rocksdb::ReadOptions& read_options,
                                     absl::string_view prefix, absl::string_view after_suffix,
                                     const KeyVisitor& visit) const {
  rocksdb::ReadOptions options = read_options;
  const std::string upper = PrefixUpperBound(prefix);
  const rocksdb::Slice upper_slice(upper);
  if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, cf(which)));

  const std::string start = absl::StrCat(prefix, after_suffix);
  it->Seek(start);
  // "Strictly after": skip the starting key itself when it exists.
  if (!after_suffix.empty() && it->Valid() && it->key() == rocksdb::Slice(start)) it->Next();
  for (; it->Valid(); it->Next()) {
    absl::StatusOr<bool> more = visit(absl::string_view(it->key().data(), it->key().size()),
                                      absl::string_view(it->value().data(), it->value().size()));
    if (!more.ok()) return more.status();
    if (!*more) return absl::OkStatus();
  }
  return FromRocksDb(it->status(), absl::StrCat("scan ", CfName(which)));
}

absl::StatusOr<std::optional<std::string>> Store::Impl::GetRaw(
    Cf which, const rocksdb::ReadOptions& read_options, absl::string_view key) const {
  std::string value;
  rocksdb::Status s =
      db_->Get(read_options, cf(which), rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return FromRocksDb(s, absl::StrCat("get ", DescribeKey(CfName(which), key)));
  return std::optional<std::string>(std::move(value));
}

absl::Status Store::Impl::ScanExpiredOffers(int64_t now_micros,
                                            const Visitor<v1::Offer>& visit) const {
  ReadSnapshot snapshot(db());
  return ScanPrefix(Cf::kLiveOffersByExpiry, snapshot.options(), "", "",
                    [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                      const std::optional<ExpiryEntry> entry = DecodeExpiryKey(key);
                      if (!entry.has_value()) {
                        return absl::DataLossError(absl::StrCat(
                            "malformed key ", DescribeKey(CfName(Cf::kLiveOffersByExpiry), key)));
                      }
                      if (entry->expire_micros > now_micros)
                        return false;  // Sorted: the rest is later.
                      absl::StatusOr<std::optional<v1::Offer>> offer =
                          ReadRecord<v1::Offer>(snapshot.options(), entry->offer_id, false);
                      if (!offer.ok()) return offer.status();
                      if (!offer->has_value()) {
                        return absl::DataLossError(absl::StrCat(
                            "index entry ", DescribeKey(CfName(Cf::kLiveOffersByExpiry), key),
                            " names a missing offer"));
                      }
                      return visit(**offer);
                    });
}

absl::StatusOr<bool> Store::Impl::IsBriefHidden(absl::string_view creator_id,
                                                absl::string_view brief_id) const {
  if (creator_id.empty() || brief_id.empty()) return false;
  absl::StatusOr<std::optional<std::string>> value =
      GetRaw(Cf::kHiddenBriefs, rocksdb::ReadOptions(), CompositeKey(creator_id, brief_id));
  if (!value.ok()) return value.status();
  return value->has_value();
}

absl::Status Store::Impl::ScanHiddenBriefIds(absl::string_view creator_id,
                                             const Visitor<std::string>& visit) const {
  if (creator_id.empty()) return absl::OkStatus();
  ReadSnapshot snapshot(db());
  const std::string prefix = CompositePrefix(creator_id);
  return ScanPrefix(Cf::kHiddenBriefs, snapshot.options(), prefix, "",
                    [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                      return visit(std::string(key.substr(prefix.size())));
                    });
}

absl::Status Store::Impl::ScanHistory(HistorySubject subject, absl::string_view subject_id,
                                      int64_t after_sequence,
                                      const Visitor<v1::HistoryEvent>& visit) const {
  ReadSnapshot snapshot(db());
  const std::string after = HistoryKey(std::max<int64_t>(after_sequence, 0));
  auto decode_and_visit = [&](absl::string_view key,
                              absl::string_view value) -> absl::StatusOr<bool> {
    v1::HistoryEvent event;
    absl::Status s = DecodeProtoValue(value, DescribeKey(CfName(Cf::kHistory), key), &event);
    if (!s.ok()) return s;
    return visit(event);
  };

  const std::optional<SubjectKind> kind = ToSubjectKind(subject);
  if (!kind.has_value()) {
    return ScanPrefix(Cf::kHistory, snapshot.options(), "", after, decode_and_visit);
  }
  if (subject_id.empty()) return absl::OkStatus();  // Empty subjects are never indexed.
  return ScanPrefix(Cf::kHistoryBySubject, snapshot.options(),
                    HistorySubjectPrefix(*kind, subject_id), after,
                    [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                      const std::optional<int64_t> sequence = DecodeHistorySubjectSequence(key);
                      const std::string index_key = DescribeKey(CfName(Cf::kHistoryBySubject), key);
                      if (!sequence.has_value()) {
                        return absl::DataLossError(absl::StrCat("malformed key ", index_key));
                      }
                      const std::string event_key = HistoryKey(*sequence);
                      absl::StatusOr<std::optional<std::string>> value =
                          GetRaw(Cf::kHistory, snapshot.options(), event_key);
                      if (!value.ok()) return value.status();
                      if (!value->has_value()) {
                        return absl::DataLossError(absl::StrCat("index entry ", index_key,
                                                                " names a missing history event"));
                      }
                      return decode_and_visit(event_key, **value);
                    });
}

absl::StatusOr<std::optional<std::string>> Store::Impl::LookupRequest(
    absl::string_view request_key) const {
  if (request_key.empty()) return std::optional<std::string>();
  absl::StatusOr<std::optional<std::string>> value =
      GetRaw(Cf::kRequests, rocksdb::ReadOptions(), request_key);
  if (!value.ok() || !value->has_value()) return value;
  absl::StatusOr<std::string> response =
      DecodeBytesValue(**value, DescribeKey(CfName(Cf::kRequests), request_key));
  if (!response.ok()) return response.status();
  return std::optional<std::string>(*std::move(response));
}

}  // namespace matchmaker::storage
