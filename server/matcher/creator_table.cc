#include "server/matcher/creator_table.h"

namespace matchmaker::matcher {
namespace {

// A pool shared by several columns is compacted by concatenating the columns' refs.
template <typename T>
void CompactShared(ListPool<T>* pool, std::initializer_list<std::vector<ListRef>*> columns) {
  if (!pool->ShouldCompact()) return;
  std::vector<ListRef> all;
  for (auto* column : columns) all.insert(all.end(), column->begin(), column->end());
  pool->Compact(&all);
  size_t i = 0;
  for (auto* column : columns) {
    for (ListRef& ref : *column) ref = all[i++];
  }
}

}  // namespace

void CreatorTable::CompactPools() {
  CompactShared(&account_pool, {&accounts});
  CompactShared(&audience_pool, {&audience_countries, &audience_languages});
  CompactShared(&niche_pool, {&niches});
  CompactShared(&id_pool, {&tags, &languages, &blocked_categories, &blocked_brands});
  CompactShared(&credential_pool, {&credentials});
  CompactShared(&sponsorship_pool, {&sponsorships});
  CompactShared(&mention_pool, {&mentions});
  CompactShared(&rate_pool, {&rate_card});
}

}  // namespace matchmaker::matcher
