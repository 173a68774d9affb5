#include "server/matcher/ranking.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/matcher/explanation.h"
#include "server/matcher/top_k.h"

namespace matchmaker::matcher {
namespace {

absl::Status CheckPaging(const RankRequest& request) {
  if (request.offset < 0 || request.limit < 0) {
    return absl::InvalidArgumentError("offset and limit must not be negative");
  }
  return absl::OkStatus();
}

// Rows of creators that have any history with the brief or its brand: only these need hashing
// during the scan.
std::vector<uint8_t> CreatorsWithHistory(const MatchingState& state, const BriefRecord& brief) {
  std::vector<uint8_t> marks(state.creators().rows(), 0);
  auto mark = [&](absl::Span<const InternId> keys) {
    for (InternId key : keys) {
      const CreatorRow row = state.RowOfCreatorKey(key);
      if (row != kNoRow) marks[row] = 1;
    }
  };
  mark(state.history().creators_of_brief(brief.key));
  mark(state.history().creators_of_brand(brief.brand));
  return marks;
}

// Pages through ranked entries (the k best kept) and builds the returned results.
template <typename MakeResult>
void FillPage(std::vector<TopK::Entry> best, const RankRequest& request, MakeResult make,
              RankedMatches* out) {
  for (size_t i = static_cast<size_t>(request.offset); i < best.size(); ++i) {
    out->results.push_back(make(best[i].row));
  }
}

}  // namespace

absl::StatusOr<RankedMatches> FindCreators(const MatchingState& state, absl::string_view brief_id,
                                           const RankRequest& request) {
  if (absl::Status s = CheckPaging(request); !s.ok()) return s;
  const BriefRow brief_row = state.FindBrief(brief_id);
  if (brief_row == kNoRow) return absl::NotFoundError(absl::StrCat("brief ", brief_id));
  ScoringOptions scoring = request.scoring;
  scoring.collect_all_violations = false;
  PairScorer scorer(state, scoring);
  scorer.SetBrief(brief_row);
  const std::vector<uint8_t> marks = CreatorsWithHistory(state, scorer.brief());

  const CreatorTable& creators = state.creators();
  TopK top(static_cast<size_t>(request.offset) + static_cast<size_t>(request.limit));
  RankedMatches out;
  PairEvaluation eval;
  const PairHistory no_history;
  for (CreatorRow row = 0; row < creators.rows(); ++row) {
    if (!creators.live(row)) continue;
    ++out.considered;
    const PairHistory h = marks[row] ? scorer.LookupHistory(row) : no_history;
    const PairScorer::Outcome outcome = scorer.EvaluateAbove(row, h, top.threshold(), &eval);
    if (outcome == PairScorer::Outcome::kExcluded) continue;
    ++out.total_eligible;
    if (outcome == PairScorer::Outcome::kScored) {
      ++out.scored;
      top.Offer(eval.mutual, row);
    }
  }
  FillPage(
      top.TakeSorted(), request,
      [&](uint32_t row) {
        scorer.Evaluate(row, marks[row] ? scorer.LookupHistory(row) : no_history, &eval);
        return BuildMatchResult(state, scorer, row, eval, scoring.fusion, request.with_factors);
      },
      &out);
  return out;
}

absl::StatusOr<RankedMatches> ListSuitableBriefs(const MatchingState& state,
                                                 absl::string_view creator_id,
                                                 const RankRequest& request) {
  if (absl::Status s = CheckPaging(request); !s.ok()) return s;
  const CreatorRow creator = state.FindCreator(creator_id);
  if (creator == kNoRow) return absl::NotFoundError(absl::StrCat("creator ", creator_id));
  ScoringOptions scoring = request.scoring;
  scoring.collect_all_violations = false;
  PairScorer scorer(state, scoring);

  // Briefs and brands this creator has history with.
  const BriefTable& briefs = state.briefs();
  std::vector<uint8_t> brief_marks(briefs.records.size(), 0);
  std::vector<uint8_t> brand_marks(state.brands().size(), 0);
  const InternId key = state.creators().key[creator];
  for (InternId brief_key : state.history().briefs_of_creator(key)) {
    const BriefRow row = state.RowOfBriefKey(brief_key);
    if (row != kNoRow) brief_marks[row] = 1;
  }
  for (InternId brand : state.history().brands_of_creator(key)) {
    if (brand < brand_marks.size()) brand_marks[brand] = 1;
  }
  auto history_of = [&](BriefRow row) {
    const BriefRecord& brief = briefs.records[row];
    return brief_marks[row] || (brief.brand < brand_marks.size() && brand_marks[brief.brand])
               ? scorer.LookupHistory(creator)
               : PairHistory();
  };

  TopK top(static_cast<size_t>(request.offset) + static_cast<size_t>(request.limit));
  RankedMatches out;
  PairEvaluation eval;
  for (BriefRow row = 0; row < briefs.records.size(); ++row) {
    const BriefRecord& brief = briefs.records[row];
    if (!brief.live || !brief.open) continue;
    ++out.considered;
    scorer.SetBrief(row);
    if (!scorer.Evaluate(creator, history_of(row), &eval)) continue;
    ++out.total_eligible;
    ++out.scored;
    top.Offer(eval.mutual, row);
  }
  FillPage(
      top.TakeSorted(), request,
      [&](uint32_t row) {
        scorer.SetBrief(row);
        scorer.Evaluate(creator, history_of(row), &eval);
        return BuildMatchResult(state, scorer, creator, eval, scoring.fusion, request.with_factors);
      },
      &out);
  return out;
}

absl::StatusOr<MatchExplanation> ExplainMatch(const MatchingState& state,
                                              absl::string_view brief_id,
                                              absl::string_view creator_id,
                                              const ScoringOptions& scoring) {
  const BriefRow brief_row = state.FindBrief(brief_id);
  if (brief_row == kNoRow) return absl::NotFoundError(absl::StrCat("brief ", brief_id));
  const CreatorRow creator = state.FindCreator(creator_id);
  if (creator == kNoRow) return absl::NotFoundError(absl::StrCat("creator ", creator_id));
  ScoringOptions all = scoring;
  all.collect_all_violations = true;
  PairScorer scorer(state, all);
  scorer.SetBrief(brief_row);
  PairEvaluation eval;
  MatchExplanation out;
  out.eligible = scorer.Evaluate(creator, scorer.LookupHistory(creator), &eval);
  out.match = BuildMatchResult(state, scorer, creator, eval, scoring.fusion, true);
  out.violations = DescribeViolations(state, scorer, creator, eval);
  return out;
}

}  // namespace matchmaker::matcher
