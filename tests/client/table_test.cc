#include "client/tools/table.h"

#include "client/tools/display_format.h"
#include "gtest/gtest.h"

namespace matchmaker::tools {
namespace {

TEST(TableTest, ColumnsAreAlignedAndLastColumnUnpadded) {
  Table table({"ID", "STATE", "REASON"});
  table.AddRow({"of-1", "declined", "compensation-too-low"});
  table.AddRow({"of-22", "accepted", ""});
  EXPECT_EQ(table.Render(),
            "ID     STATE     REASON\n"
            "of-1   declined  compensation-too-low\n"
            "of-22  accepted\n");
}

TEST(TableTest, WidthCountsUtf8CharactersNotBytes) {
  Table table({"NAME", "X"});
  table.AddRow({"Müller", "1"});
  table.AddRow({"Muller", "2"});
  EXPECT_EQ(table.Render(), "NAME    X\nMüller  1\nMuller  2\n");
}

TEST(TableTest, LongCellsAreCutAndNewlinesFlattened) {
  Table table({"A", "B"});
  table.AddRow({"abcdefghij", "line1\nline2"});
  EXPECT_EQ(table.Render(5), "A      B\nabcd…  line…\n");
}

TEST(TableTest, MissingCellsAreEmpty) {
  Table table({"A", "B", "C"});
  table.AddRow({"1"});
  EXPECT_EQ(table.Render(), "A  B  C\n1\n");
}

TEST(KeyValueListTest, KeysArePadded) {
  KeyValueList list;
  list.Add("id", "acme");
  list.Add("category", "food");
  EXPECT_EQ(list.Render(), "id:        acme\ncategory:  food\n");
}

TEST(DisplayFormatTest, MoneyCountsAndTimes) {
  EXPECT_EQ(FormatCents(123456789), "1,234,567.89");
  EXPECT_EQ(FormatCents(5), "0.05");
  EXPECT_EQ(FormatCents(-100000), "-1,000.00");
  EXPECT_EQ(FormatCount(950), "950");
  EXPECT_EQ(FormatCount(45300), "45.3k");
  EXPECT_EQ(FormatCount(1234567), "1.2M");
  google::protobuf::Timestamp t;
  EXPECT_EQ(FormatTime(t), "-");
  t.set_seconds(1796083200);
  EXPECT_EQ(FormatTime(t), "2026-12-01 00:00");
  EXPECT_EQ(FormatPercent(0.0351), "3.51%");
}

}  // namespace
}  // namespace matchmaker::tools
