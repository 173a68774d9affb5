#include "client/tools/progress_reporter.h"

#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace matchmaker::tools {
namespace {

using ::testing::HasSubstr;

TEST(ProgressReporterTest, BarShowsFilledShareCountAndPercent) {
  EXPECT_EQ(RenderProgressBar(5, 10, 10), "[#####.....]  5/10   50%");
  EXPECT_EQ(RenderProgressBar(0, 0, 4), "[....]  0/0    0%");
  EXPECT_EQ(RenderProgressBar(12, 10, 4), "[####]  12/10  100%");
}

TEST(ProgressReporterTest, WithoutTerminalPrintsALineEveryTenPercent) {
  std::ostringstream out;
  ProgressReporter progress(out, /*is_terminal=*/false, 100, "import");
  for (int i = 1; i <= 100; ++i) progress.Update(i);
  progress.Finish(100);
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 11);  // 0%..100%, no bar, no \r
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_THAT(text, HasSubstr("import: 50/100 (50%)\n"));
}

TEST(ProgressReporterTest, OnTerminalRedrawsOneLine) {
  std::ostringstream out;
  ProgressReporter progress(out, /*is_terminal=*/true, 10, "import");
  progress.Update(1);
  progress.Finish(10);
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1);
  EXPECT_THAT(text, HasSubstr("\rimport ["));
  EXPECT_THAT(text, HasSubstr("10/10  100%"));
}

}  // namespace
}  // namespace matchmaker::tools
