#include "server/index/state_digest.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"

namespace matchmaker::index {
namespace {

using matcher::InternId;
using matcher::kNoId;

// Text of an interned id in `interner`-like vocabularies; "-" for absent.
template <typename Vocabulary>
std::string Name(const Vocabulary& vocabulary, InternId id) {
  if (id == kNoId || id >= vocabulary.size()) return "-";
  return std::string(vocabulary.Text(id));
}

std::string TaxonomyName(const matcher::Taxonomy& taxonomy, InternId id) {
  if (id == kNoId || id >= taxonomy.size()) return "-";
  return taxonomy.Path(id);
}

std::string Names(const matcher::Interner& vocabulary, absl::Span<const InternId> ids) {
  return absl::StrJoin(ids, ",",
                       [&](std::string* out, InternId id) { out->append(Name(vocabulary, id)); });
}

std::string Weighted(absl::Span<const matcher::WeightedId> items,
                     const std::function<std::string(InternId)>& name) {
  return absl::StrJoin(items, ",", [&](std::string* out, const matcher::WeightedId& w) {
    absl::StrAppend(out, name(w.id), ":", w.weight);
  });
}

// Embeddings are compared by an FNV-1a hash of their bits: the same record converted twice
// gives the same floats, and a 64-float line would make differences unreadable.
std::string EmbeddingHash(const float* data, int dim) {
  uint64_t hash = 1469598103934665603ull;
  for (int i = 0; i < dim; ++i) {
    uint32_t bits;
    std::memcpy(&bits, &data[i], sizeof bits);
    hash = (hash ^ bits) * 1099511628211ull;
  }
  return absl::StrCat(absl::Hex(hash));
}

// The history book's per-key vectors grow to the largest key seen, so a state may hold an
// all-zero entry where another holds none: both mean "nothing learned" and digest alike.
bool IsBlank(const matcher::LearnedState& l) {
  bool conflicts = false;
  for (InternId b : l.conflict_brands) conflicts |= b != kNoId;
  return l.active == 0 && l.pending == 0 && l.accepts == 0 && l.declines == 0 && l.expiries == 0 &&
         l.reservation_cents == 0 && l.busy_until == 0 && !conflicts;
}

bool IsBlank(const matcher::BrandRecordStats& s) {
  return s.offers_sent == 0 && s.answered == 0 && s.accepted == 0 && s.completed == 0 &&
         s.withdrawn == 0 && s.cancelled == 0;
}

class Digester {
 public:
  explicit Digester(const matcher::MatchingState& state) : s_(state) {}

  StateDigest Run() && {
    for (const matcher::BrandRecord& brand : s_.brands()) Brand(brand);
    const matcher::BriefTable& briefs = s_.briefs();
    for (matcher::BriefRow row = 0; row < briefs.records.size(); ++row) {
      if (briefs.records[row].live) Brief(row);
    }
    const matcher::CreatorTable& creators = s_.creators();
    for (matcher::CreatorRow row = 0; row < creators.rows(); ++row) {
      if (creators.live(row)) Creator(row);
    }
    return std::move(out_);
  }

 private:
  template <typename... Parts>
  void Put(const std::string& entity, absl::string_view field, const Parts&... value) {
    out_[absl::StrCat(entity, " ", field)] = absl::StrCat(value...);
  }

  std::string BrandName(InternId id) const { return Name(s_.brand_keys(), id); }
  std::string Term(InternId id) const { return Name(s_.terms(), id); }
  std::string Niche(InternId id) const { return TaxonomyName(s_.niches(), id); }
  std::string Category(InternId id) const { return TaxonomyName(s_.categories(), id); }

  void Brand(const matcher::BrandRecord& brand) {
    if (!brand.known && brand.briefs.empty()) return;
    const std::string e = absl::StrCat("brand ", brand.id);
    Put(e, "known", brand.known);
    Put(e, "category", Category(brand.category));
    Put(e, "name", BrandName(brand.name_key));
    Put(e, "competitors", Names(s_.brand_keys(), brand.competitors));
    std::vector<std::string> brief_ids;
    for (matcher::BriefRow row : brand.briefs) brief_ids.push_back(s_.briefs().records[row].id);
    std::sort(brief_ids.begin(), brief_ids.end());
    Put(e, "briefs", absl::StrJoin(brief_ids, ","));
    const InternId key = s_.brand_keys().Find(brand.id);
    const matcher::BrandRecordStats* st = s_.history().brand_or_null(key);
    if (st != nullptr && !IsBlank(*st)) {
      Put(e, "stats", "sent=", st->offers_sent, " answered=", st->answered,
          " accepted=", st->accepted, " completed=", st->completed, " withdrawn=", st->withdrawn,
          " cancelled=", st->cancelled);
    }
  }

  void Brief(matcher::BriefRow row) {
    const matcher::BriefRecord& b = s_.briefs().records[row];
    const std::string e = absl::StrCat("brief ", b.id);
    Put(e, "brand", BrandName(b.brand));
    Put(e, "open", b.open);
    Put(e, "slots", "creators_wanted=", b.creators_wanted, " max_total_reach=", b.max_total_reach);
    Put(e, "objective", static_cast<int>(b.objective));
    Put(e, "niches", Weighted(b.niches, [&](InternId id) { return Niche(id); }));
    Put(e, "tags", Names(s_.terms(), b.tags));
    Put(e, "platforms", absl::StrJoin(b.platforms, ",", [](std::string* out, auto p) {
          absl::StrAppend(out, static_cast<int>(p));
        }));
    Put(e, "followers", b.has_follower_range, " ", b.min_followers, "-", b.max_followers);
    Put(e, "engagement", b.min_engagement_rate, " posts ", b.min_posts_per_week, "-",
        b.max_posts_per_week);
    Put(e, "locations",
        absl::StrJoin(b.locations, ",", [&](std::string* out, const matcher::LocationIds& l) {
          absl::StrAppend(out, Term(l.country), "/", Term(l.region), "/", Term(l.city));
        }));
    Put(e, "audience", Names(s_.terms(), b.target_countries), " ages=", b.target_age_mask,
        " female=", b.has_gender_target, " ", b.min_female_fraction, "-", b.max_female_fraction,
        " langs=", Names(s_.terms(), b.target_languages));
    Put(e, "languages", Names(s_.terms(), b.languages));
    Put(e, "exclusivity", b.exclusivity_days, " conflicts=", b.exclude_conflicts);
    Put(e, "budget", b.budget_total_cents, " per_creator=", b.per_creator_budget_cents);
    Put(e, "compensation",
        absl::StrJoin(b.compensation, ",",
                      [](std::string* out, const matcher::CompensationOffer& c) {
                        absl::StrAppend(out, static_cast<int>(c.kind), ":", c.value_cents, ":",
                                        c.commission_rate);
                      }),
        " kinds=", b.offered_kinds);
    Put(e, "deliverables",
        absl::StrJoin(b.deliverables, ",",
                      [](std::string* out, const matcher::DeliverableRequest& d) {
                        absl::StrAppend(out, static_cast<int>(d.platform), ":",
                                        static_cast<int>(d.kind), "x", d.count);
                      }));
    Put(e, "terms", "long_term=", b.long_term, " ugc=", b.accepts_ugc, " start=", b.start_time,
        " end=", b.end_time);
    Put(e, "credentials", Names(s_.terms(), b.required_credentials));
    Put(e, "brand_weights",
        b.brand_weights.has_value() ? absl::StrJoin(*b.brand_weights, ",") : "default");
    Put(e, "embedding", EmbeddingHash(s_.briefs().embedding_of(row), s_.briefs().dim));
  }

  void Creator(matcher::CreatorRow row) {
    const matcher::CreatorTable& c = s_.creators();
    const std::string& id = s_.CreatorId(row);
    const std::string e = absl::StrCat("creator ", id);
    Put(e, "flags", c.flags[row]);
    Put(e, "audience", c.total_followers[row], " tier=", static_cast<int>(c.tier[row]));
    Put(e, "accounts",
        absl::StrJoin(c.account_pool.Get(c.accounts[row]), ",",
                      [](std::string* out, const matcher::AccountRecord& a) {
                        absl::StrAppend(out, static_cast<int>(a.platform), ":", a.followers, ":",
                                        a.engagement_rate, ":", a.norm_ratio, ":", a.posts_per_week,
                                        ":", a.reply_rate);
                      }));
    Put(e, "ages", absl::StrJoin(c.audience_age[row], ","), " female=", c.audience_female[row]);
    auto term = [&](InternId id) { return Term(id); };
    Put(e, "audience_countries", Weighted(c.audience_pool.Get(c.audience_countries[row]), term));
    Put(e, "audience_languages", Weighted(c.audience_pool.Get(c.audience_languages[row]), term));
    Put(e, "niches",
        Weighted(c.niche_pool.Get(c.niches[row]), [&](InternId id) { return Niche(id); }));
    Put(e, "tags", Names(s_.terms(), c.id_pool.Get(c.tags[row])));
    Put(e, "languages", Names(s_.terms(), c.id_pool.Get(c.languages[row])));
    Put(e, "blocked_categories",
        absl::StrJoin(c.id_pool.Get(c.blocked_categories[row]), ",",
                      [&](std::string* out, InternId id) { out->append(Category(id)); }));
    Put(e, "blocked_brands", Names(s_.brand_keys(), c.id_pool.Get(c.blocked_brands[row])));
    Put(e, "embedding", EmbeddingHash(c.embedding_of(row), c.dim));
    Put(e, "place", Term(c.country[row]), "/", Term(c.region[row]), "/", Term(c.city[row]));
    Put(e, "credentials",
        absl::StrJoin(c.credential_pool.Get(c.credentials[row]), ",",
                      [&](std::string* out, const matcher::CredentialRecord& r) {
                        absl::StrAppend(out, Term(r.field), r.verified ? "+" : "");
                      }));
    Put(e, "sponsorships",
        absl::StrJoin(c.sponsorship_pool.Get(c.sponsorships[row]), ",",
                      [&](std::string* out, const matcher::SponsorshipRecord& r) {
                        absl::StrAppend(out, BrandName(r.brand), "/", BrandName(r.brand_name), "/",
                                        Category(r.category), "@", r.day, ":",
                                        static_cast<int>(r.platform));
                      }));
    Put(e, "mentions",
        absl::StrJoin(c.mention_pool.Get(c.mentions[row]), ",",
                      [&](std::string* out, const matcher::MentionRecord& r) {
                        absl::StrAppend(out, BrandName(r.brand), "/", BrandName(r.brand_name), "@",
                                        r.day);
                      }));
    Put(e, "rates",
        absl::StrJoin(c.rate_pool.Get(c.rate_card[row]), ",",
                      [](std::string* out, const matcher::RateRecord& r) {
                        absl::StrAppend(out, static_cast<int>(r.platform), ":",
                                        static_cast<int>(r.deliverable), ":", r.price_cents);
                      }));
    Put(e, "terms", "compensation=", c.accepted_compensation[row],
        " min_fee=", c.min_fee_cents[row], " unavailable_until=", c.unavailable_until[row]);
    Put(e, "capacity", c.max_concurrent[row]);
    Learned(e, c.key[row]);
  }

  // What history taught about one live creator: loads, counts, and its pairs with briefs and
  // brands.
  void Learned(const std::string& e, InternId creator_key) {
    const matcher::HistoryBook& h = s_.history();
    const matcher::LearnedState* l = h.learned_or_null(creator_key);
    if (l != nullptr && !IsBlank(*l)) {
      Put(e, "learned.active", l->active);
      Put(e, "learned.pending", l->pending);
      Put(e, "learned.counts", "accepts=", l->accepts, " declines=", l->declines,
          " expiries=", l->expiries);
      Put(e, "learned.reservation_cents", l->reservation_cents);
      Put(e, "learned.busy_until", l->busy_until);
      std::vector<std::string> conflicts;
      for (InternId b : l->conflict_brands) {
        if (b != kNoId) conflicts.push_back(BrandName(b));
      }
      std::sort(conflicts.begin(), conflicts.end());
      Put(e, "learned.conflict_brands", absl::StrJoin(conflicts, ","));
    }
    const std::string& creator_id = e.substr(std::strlen("creator "));
    for (InternId brief_key : h.briefs_of_creator(creator_key)) {
      const matcher::BriefRow row = s_.RowOfBriefKey(brief_key);
      const matcher::PairRecord* p = h.pair_or_null(creator_key, brief_key);
      // Pairs with deleted briefs are unreachable by ranking; their key has no id left to show.
      if (row == matcher::kNoRow || p == nullptr) continue;
      Put(absl::StrCat("pair ", creator_id, "/", s_.briefs().records[row].id), "state",
          "open_offers=", p->open_offers, " accepted=", p->accepted, " hidden=", p->hidden,
          " last_decline=", p->last_decline, " reason=", static_cast<int>(p->last_reason));
    }
    for (InternId brand_key : h.brands_of_creator(creator_key)) {
      const matcher::CreatorBrandRecord* r = h.creator_brand_or_null(creator_key, brand_key);
      if (r == nullptr) continue;
      Put(absl::StrCat("pair ", creator_id, "/brand ", BrandName(brand_key)), "state",
          "offers=", r->offers, " accepts=", r->accepts, " declines=", r->declines,
          " completions=", r->completions, " cancellations=", r->cancellations);
    }
  }

  const matcher::MatchingState& s_;
  StateDigest out_;
};

}  // namespace

StateDigest DigestMatchingState(const matcher::MatchingState& state) {
  return Digester(state).Run();
}

std::vector<std::string> DiffDigests(const StateDigest& left, const StateDigest& right,
                                     const std::string& left_name, const std::string& right_name,
                                     size_t max_lines) {
  std::vector<std::string> lines;
  size_t total = 0;
  auto add = [&](std::string line) {
    if (++total <= max_lines) lines.push_back(std::move(line));
  };
  auto l = left.begin();
  auto r = right.begin();
  while (l != left.end() || r != right.end()) {
    if (r == right.end() || (l != left.end() && l->first < r->first)) {
      add(absl::StrCat(l->first, ": ", left_name, " ", l->second, ", ", right_name, " has none"));
      ++l;
    } else if (l == left.end() || r->first < l->first) {
      add(absl::StrCat(r->first, ": ", left_name, " has none, ", right_name, " ", r->second));
      ++r;
    } else {
      if (l->second != r->second) {
        add(absl::StrCat(l->first, ": ", left_name, " ", l->second, ", ", right_name, " ",
                         r->second));
      }
      ++l;
      ++r;
    }
  }
  if (total > max_lines) {
    lines.push_back(absl::StrCat("… and ", total - max_lines, " more differences"));
  }
  return lines;
}

}  // namespace matchmaker::index
