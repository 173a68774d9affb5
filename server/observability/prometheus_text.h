#ifndef MATCHMAKER_SERVER_OBSERVABILITY_PROMETHEUS_TEXT_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_PROMETHEUS_TEXT_H_

// Renders metric families in the Prometheus text exposition format, version 0.0.4
// (https://prometheus.io/docs/instrumenting/exposition_formats/): per family a "# HELP" and a
// "# TYPE" line, then one line per sample; histograms as cumulative `_bucket{le="…"}` lines
// ending with le="+Inf", then `_sum` and `_count`; summaries as `{quantile="…"}`, `_sum`,
// `_count`.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "server/observability/metric_snapshot.h"

namespace matchmaker::observability {

std::string RenderPrometheusText(const std::vector<FamilySnapshot>& families);

// A sample value as the format writes it: integers exactly ("42"), "+Inf", "-Inf", "NaN",
// otherwise the shortest decimal that reads back as the same double.
std::string FormatPrometheusValue(double value);

// Label values escape backslash, double quote and newline; HELP text backslash and newline.
std::string EscapeLabelValue(absl::string_view value);
std::string EscapeHelp(absl::string_view help);

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_PROMETHEUS_TEXT_H_
