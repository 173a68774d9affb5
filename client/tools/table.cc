#include "client/tools/table.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace matchmaker::tools {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// `text` cut to `width` characters, the last one replaced by "…" when anything was cut.
std::string Truncate(const std::string& text, size_t width) {
  if (DisplayWidth(text) <= width || width == 0) return text;
  std::string cut;
  size_t characters = 0;
  for (char c : text) {
    if (!IsContinuationByte(c) && ++characters > width - 1) break;
    cut.push_back(c);
  }
  return cut + "…";
}

// Newlines and tabs would break the grid.
std::string SingleLine(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return text;
}

}  // namespace

size_t DisplayWidth(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsContinuationByte(c); }));
}

void Table::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

std::string Table::Render(size_t max_cell_width) const {
  std::vector<std::vector<std::string>> lines;
  lines.push_back(headers_);
  for (const auto& row : rows_) {
    std::vector<std::string> cells;
    for (const std::string& cell : row) cells.push_back(Truncate(SingleLine(cell), max_cell_width));
    lines.push_back(std::move(cells));
  }
  std::vector<size_t> widths(headers_.size(), 0);
  for (const auto& line : lines) {
    for (size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(line[i]));
  }
  std::string out;
  for (const auto& line : lines) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      absl::StrAppend(&text, line[i]);
      if (i + 1 < line.size()) {
        text.append(widths[i] - DisplayWidth(line[i]) + 2, ' ');
      }
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    absl::StrAppend(&out, text, "\n");
  }
  return out;
}

void KeyValueList::Add(std::string key, std::string value) {
  items_.emplace_back(std::move(key), std::move(value));
}

std::string KeyValueList::Render() const {
  size_t width = 0;
  for (const auto& [key, value] : items_) width = std::max(width, DisplayWidth(key));
  std::string out;
  for (const auto& [key, value] : items_) {
    absl::StrAppend(&out, key, ":", std::string(width - DisplayWidth(key) + 2, ' '), value, "\n");
  }
  return out;
}

}  // namespace matchmaker::tools
