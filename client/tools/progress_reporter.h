#ifndef MATCHMAKER_CLIENT_TOOLS_PROGRESS_REPORTER_H_
#define MATCHMAKER_CLIENT_TOOLS_PROGRESS_REPORTER_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "absl/time/time.h"

namespace matchmaker::tools {

// "[#########...........]  4521/10400  43%": `width` characters between the brackets.
std::string RenderProgressBar(int64_t done, int64_t total, int width = 30);

// Progress of a long operation on stderr. On a terminal: one bar redrawn in place (at most
// ten times a second). Otherwise (a log file, CI): a plain line at every 10% so logs stay
// readable.
class ProgressReporter {
 public:
  ProgressReporter(std::ostream& out, bool is_terminal, int64_t total, std::string label);

  void Update(int64_t done);
  // Draws the final state and ends the line.
  void Finish(int64_t done);

 private:
  std::ostream& out_;
  const bool is_terminal_;
  const int64_t total_;
  const std::string label_;
  absl::Time last_draw_ = absl::InfinitePast();
  int64_t last_decile_ = -1;
};

// Whether stderr is a terminal.
bool StderrIsTerminal();

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_PROGRESS_REPORTER_H_
