#include "server/observability/prometheus_text.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "server/observability/metrics_registry.h"

namespace matchmaker::observability {
namespace {

TEST(PrometheusTextTest, ExactOutput) {
  MetricsRegistry registry;
  CounterFamily& requests =
      registry.AddCounter("rpc_requests_total", "Finished calls.", {"method", "code"});
  requests.WithLabels({"svc/Get", "OK"}).Increment(3);
  requests.WithLabels({"svc/Get", "NOT_FOUND"}).Increment();
  registry.AddGauge("in_flight", "Calls now.").WithLabels({}).Set(2);
  HistogramFamily& latency =
      registry.AddHistogram("latency_seconds", "Call latency.", {"method"}, {0.001, 0.5, 10});
  latency.WithLabels({"svc/Get"}).Observe(0.0002);
  latency.WithLabels({"svc/Get"}).Observe(0.25);
  latency.WithLabels({"svc/Get"}).Observe(20);

  EXPECT_EQ(RenderPrometheusText(registry.Snapshot()),
            "# HELP in_flight Calls now.\n"
            "# TYPE in_flight gauge\n"
            "in_flight 2\n"
            "# HELP latency_seconds Call latency.\n"
            "# TYPE latency_seconds histogram\n"
            "latency_seconds_bucket{method=\"svc/Get\",le=\"0.001\"} 1\n"
            "latency_seconds_bucket{method=\"svc/Get\",le=\"0.5\"} 2\n"
            "latency_seconds_bucket{method=\"svc/Get\",le=\"10\"} 2\n"
            "latency_seconds_bucket{method=\"svc/Get\",le=\"+Inf\"} 3\n"
            "latency_seconds_sum{method=\"svc/Get\"} 20.2502\n"
            "latency_seconds_count{method=\"svc/Get\"} 3\n"
            "# HELP rpc_requests_total Finished calls.\n"
            "# TYPE rpc_requests_total counter\n"
            "rpc_requests_total{method=\"svc/Get\",code=\"NOT_FOUND\"} 1\n"
            "rpc_requests_total{method=\"svc/Get\",code=\"OK\"} 3\n");
}

TEST(PrometheusTextTest, SummaryAndEscaping) {
  FamilySnapshot family;
  family.name = "db_get_micros";
  family.help = "Back\\slash and\nnewline.";
  family.type = MetricType::kSummary;
  SampleSnapshot sample;
  sample.labels = {{"cf", "a\"b\\c\nd"}};
  sample.summary.quantiles = {{0.5, 12.5}, {0.99, 100}};
  sample.summary.count = 4;
  sample.summary.sum = 150;
  family.samples.push_back(sample);
  EXPECT_EQ(RenderPrometheusText({family}),
            "# HELP db_get_micros Back\\\\slash and\\nnewline.\n"
            "# TYPE db_get_micros summary\n"
            "db_get_micros{cf=\"a\\\"b\\\\c\\nd\",quantile=\"0.5\"} 12.5\n"
            "db_get_micros{cf=\"a\\\"b\\\\c\\nd\",quantile=\"0.99\"} 100\n"
            "db_get_micros_sum{cf=\"a\\\"b\\\\c\\nd\"} 150\n"
            "db_get_micros_count{cf=\"a\\\"b\\\\c\\nd\"} 4\n");
}

TEST(PrometheusTextTest, ValueFormatting) {
  EXPECT_EQ(FormatPrometheusValue(0), "0");
  EXPECT_EQ(FormatPrometheusValue(9007199254740991.0), "9007199254740991");
  EXPECT_EQ(FormatPrometheusValue(-7), "-7");
  EXPECT_EQ(FormatPrometheusValue(0.1), "0.1");
  EXPECT_EQ(FormatPrometheusValue(0.0005), "0.0005");
  EXPECT_EQ(FormatPrometheusValue(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(FormatPrometheusValue(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(FormatPrometheusValue(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(FormatPrometheusValue(std::numeric_limits<double>::quiet_NaN()), "NaN");
  EXPECT_EQ(std::strtod(FormatPrometheusValue(1e300).c_str(), nullptr), 1e300);
}

// --- A reader of the 0.0.4 text format, independent of the renderer: every line must be a
// HELP, TYPE or sample line; samples must belong to the family last TYPEd; values read back. ---

struct ParsedSample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

// Parses `{a="x",b="y"}` starting at text[*pos] == '{'; false on a syntax error.
bool ParseLabels(absl::string_view text, size_t* pos, std::map<std::string, std::string>* out) {
  static const std::regex kLabelName("[a-zA-Z_][a-zA-Z0-9_]*");
  ++*pos;
  while (*pos < text.size() && text[*pos] != '}') {
    const size_t eq = text.find("=\"", *pos);
    if (eq == absl::string_view::npos) return false;
    const std::string name(text.substr(*pos, eq - *pos));
    if (!std::regex_match(name, kLabelName)) return false;
    std::string value;
    size_t i = eq + 2;
    for (; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] == '\\') {
        if (++i >= text.size()) return false;
        if (text[i] == 'n') {
          value.push_back('\n');
        } else if (text[i] == '\\' || text[i] == '"') {
          value.push_back(text[i]);
        } else {
          return false;
        }
      } else if (text[i] == '\n') {
        return false;
      } else {
        value.push_back(text[i]);
      }
    }
    if (i >= text.size()) return false;
    (*out)[name] = value;
    *pos = i + 1;
    if (*pos < text.size() && text[*pos] == ',') ++*pos;
  }
  if (*pos >= text.size()) return false;
  ++*pos;
  return true;
}

// The samples of `text`; `errors` gets one entry per line that breaks the format.
std::vector<ParsedSample> ParseExposition(const std::string& text,
                                          std::vector<std::string>* errors) {
  static const std::regex kName("[a-zA-Z_:][a-zA-Z0-9_:]*");
  static const std::regex kType(
      "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
  std::vector<ParsedSample> samples;
  std::string family;
  std::string type;
  if (!text.empty() && text.back() != '\n') errors->push_back("no final newline");
  for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipEmpty())) {
    const std::string line_string(line);
    std::smatch match;
    if (absl::StartsWith(line, "# HELP ")) continue;
    if (std::regex_match(line_string, match, kType)) {
      family = match[1];
      type = match[2];
      continue;
    }
    const size_t name_end = line.find_first_of("{ ");
    ParsedSample sample;
    sample.name = std::string(line.substr(0, name_end));
    size_t pos = name_end;
    bool ok = std::regex_match(sample.name, kName);
    if (ok && pos < line.size() && line[pos] == '{') ok = ParseLabels(line, &pos, &sample.labels);
    ok = ok && pos < line.size() && line[pos] == ' ';
    if (ok) {
      const std::string value(line.substr(pos + 1));
      char* end = nullptr;
      sample.value = std::strtod(value.c_str(), &end);
      ok = !value.empty() && *end == '\0';
    }
    // The sample belongs to the family declared just before it.
    std::vector<std::string> allowed = {family};
    if (type == "histogram") allowed = {family + "_bucket", family + "_sum", family + "_count"};
    if (type == "summary") allowed = {family, family + "_sum", family + "_count"};
    ok = ok && std::find(allowed.begin(), allowed.end(), sample.name) != allowed.end();
    if (!ok) {
      errors->push_back(line_string);
      continue;
    }
    samples.push_back(sample);
  }
  return samples;
}

TEST(PrometheusTextTest, ParsesBackToTheRegisteredValues) {
  MetricsRegistry registry;
  CounterFamily& counters = registry.AddCounter("c_total", "C.", {"k"});
  counters.WithLabels({"plain"}).Increment(5);
  counters.WithLabels({"we\"ird\\ \nvalue"}).Increment(9);
  registry.AddGauge("g", "G with \\ and \n.").WithLabels({}).Set(-0.125);
  HistogramFamily& histogram =
      registry.AddHistogram("h_seconds", "H.", {"op"}, LatencySecondsBuckets());
  for (double v : {0.0001, 0.003, 0.003, 0.7, 30.0}) histogram.WithLabels({"x"}).Observe(v);

  std::vector<std::string> errors;
  const std::vector<ParsedSample> samples =
      ParseExposition(RenderPrometheusText(registry.Snapshot()), &errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  std::map<std::string, double> by_key;
  for (const ParsedSample& sample : samples) {
    std::string key = sample.name;
    for (const auto& [name, value] : sample.labels) key += "|" + name + "=" + value;
    by_key[key] = sample.value;
  }
  EXPECT_EQ(by_key["c_total|k=plain"], 5);
  EXPECT_EQ(by_key["c_total|k=we\"ird\\ \nvalue"], 9);
  EXPECT_EQ(by_key["g"], -0.125);
  EXPECT_EQ(by_key["h_seconds_bucket|le=0.0005|op=x"], 1);
  EXPECT_EQ(by_key["h_seconds_bucket|le=0.005|op=x"], 3);
  EXPECT_EQ(by_key["h_seconds_bucket|le=1|op=x"], 4);
  EXPECT_EQ(by_key["h_seconds_bucket|le=10|op=x"], 4);
  EXPECT_EQ(by_key["h_seconds_bucket|le=+Inf|op=x"], 5);
  EXPECT_EQ(by_key["h_seconds_count|op=x"], 5);
  EXPECT_NEAR(by_key["h_seconds_sum|op=x"], 30.7061, 1e-9);

  // Buckets are cumulative: never decreasing in le order, ending at _count.
  double previous = 0;
  int buckets = 0;
  for (const ParsedSample& sample : samples) {
    if (sample.name != "h_seconds_bucket") continue;
    EXPECT_GE(sample.value, previous);
    previous = sample.value;
    ++buckets;
  }
  EXPECT_EQ(buckets, static_cast<int>(LatencySecondsBuckets().size()) + 1);
  EXPECT_EQ(previous, 5);
}

TEST(PrometheusTextTest, ReaderRejectsMalformedLines) {
  // The reader itself must be able to fail, or the check above proves nothing.
  for (const std::string bad : {"a{k=\"unterminated} 1\n", "b 1\n", "a one\n", "a 1"}) {
    std::vector<std::string> errors;
    ParseExposition("# TYPE a counter\n" + bad, &errors);
    EXPECT_EQ(errors.size(), 1u) << bad;
  }
}

}  // namespace
}  // namespace matchmaker::observability
