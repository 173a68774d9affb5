#include "client/tools/progress_reporter.h"

#include <unistd.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"

namespace matchmaker::tools {

std::string RenderProgressBar(int64_t done, int64_t total, int width) {
  const double fraction =
      total > 0 ? std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0)
                : 0.0;
  const int filled = static_cast<int>(fraction * width);
  return absl::StrFormat("[%s%s]  %d/%d  %3d%%", std::string(filled, '#'),
                         std::string(width - filled, '.'), done, total,
                         static_cast<int>(fraction * 100));
}

ProgressReporter::ProgressReporter(std::ostream& out, bool is_terminal, int64_t total,
                                   std::string label)
    : out_(out), is_terminal_(is_terminal), total_(total), label_(std::move(label)) {}

void ProgressReporter::Update(int64_t done) {
  if (is_terminal_) {
    const absl::Time now = absl::Now();
    if (now - last_draw_ < absl::Milliseconds(100)) return;
    last_draw_ = now;
    out_ << "\r" << label_ << " " << RenderProgressBar(done, total_) << std::flush;
    return;
  }
  const int64_t decile = total_ > 0 ? done * 10 / total_ : 0;
  if (decile == last_decile_) return;
  last_decile_ = decile;
  out_ << label_ << ": " << done << "/" << total_ << " (" << decile * 10 << "%)\n" << std::flush;
}

void ProgressReporter::Finish(int64_t done) {
  if (is_terminal_) {
    out_ << "\r" << label_ << " " << RenderProgressBar(done, total_) << "\n" << std::flush;
    return;
  }
  if (total_ > 0 && done * 10 / total_ == last_decile_) return;  // already printed
  out_ << label_ << ": " << done << "/" << total_ << " done\n" << std::flush;
}

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace matchmaker::tools
