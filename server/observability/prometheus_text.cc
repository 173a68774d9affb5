#include "server/observability/prometheus_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"

namespace matchmaker::observability {
namespace {

absl::string_view TypeName(MetricType type) {
  switch (type) {
    case MetricType::kCounter:
      return "counter";
    case MetricType::kGauge:
      return "gauge";
    case MetricType::kHistogram:
      return "histogram";
    case MetricType::kSummary:
      return "summary";
  }
  return "untyped";
}

// `{a="x",b="y"}` with `extra` (le / quantile) appended last; empty when there are no labels.
void AppendLabels(const Labels& labels, absl::string_view extra_name, absl::string_view extra_value,
                  std::string* out) {
  if (labels.empty() && extra_name.empty()) return;
  out->push_back('{');
  bool first = true;
  for (const auto& [name, value] : labels) {
    if (!first) out->push_back(',');
    first = false;
    absl::StrAppend(out, name, "=\"", EscapeLabelValue(value), "\"");
  }
  if (!extra_name.empty()) {
    if (!first) out->push_back(',');
    absl::StrAppend(out, extra_name, "=\"", extra_value, "\"");
  }
  out->push_back('}');
}

void AppendLine(absl::string_view name, absl::string_view suffix, const Labels& labels,
                absl::string_view extra_name, absl::string_view extra_value, double value,
                std::string* out) {
  absl::StrAppend(out, name, suffix);
  AppendLabels(labels, extra_name, extra_value, out);
  absl::StrAppend(out, " ", FormatPrometheusValue(value), "\n");
}

void AppendSample(const FamilySnapshot& family, const SampleSnapshot& sample, std::string* out) {
  switch (family.type) {
    case MetricType::kCounter:
    case MetricType::kGauge:
      AppendLine(family.name, "", sample.labels, "", "", sample.value, out);
      return;
    case MetricType::kHistogram: {
      const HistogramValue& h = sample.histogram;
      for (size_t i = 0; i < h.bounds.size() && i < h.cumulative_counts.size(); ++i) {
        AppendLine(family.name, "_bucket", sample.labels, "le", FormatPrometheusValue(h.bounds[i]),
                   static_cast<double>(h.cumulative_counts[i]), out);
      }
      AppendLine(family.name, "_bucket", sample.labels, "le", "+Inf", static_cast<double>(h.count),
                 out);
      AppendLine(family.name, "_sum", sample.labels, "", "", h.sum, out);
      AppendLine(family.name, "_count", sample.labels, "", "", static_cast<double>(h.count), out);
      return;
    }
    case MetricType::kSummary: {
      const SummaryValue& s = sample.summary;
      for (const auto& [quantile, value] : s.quantiles) {
        AppendLine(family.name, "", sample.labels, "quantile", FormatPrometheusValue(quantile),
                   value, out);
      }
      AppendLine(family.name, "_sum", sample.labels, "", "", s.sum, out);
      AppendLine(family.name, "_count", sample.labels, "", "", static_cast<double>(s.count), out);
      return;
    }
  }
}

}  // namespace

std::string FormatPrometheusValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  // Exact for every integer a double holds exactly (counters up to 2^53).
  if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
    return absl::StrCat(static_cast<int64_t>(value));
  }
  char buffer[32];
  for (int precision = 6; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

std::string EscapeLabelValue(absl::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string EscapeHelp(absl::string_view help) {
  std::string out;
  out.reserve(help.size());
  for (char c : help) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string RenderPrometheusText(const std::vector<FamilySnapshot>& families) {
  std::string out;
  for (const FamilySnapshot& family : families) {
    absl::StrAppend(&out, "# HELP ", family.name, " ", EscapeHelp(family.help), "\n");
    absl::StrAppend(&out, "# TYPE ", family.name, " ", TypeName(family.type), "\n");
    for (const SampleSnapshot& sample : family.samples) AppendSample(family, sample, &out);
  }
  return out;
}

}  // namespace matchmaker::observability
