#ifndef MATCHMAKER_CLIENT_TOOLS_TABLE_H_
#define MATCHMAKER_CLIENT_TOOLS_TABLE_H_

#include <string>
#include <vector>

namespace matchmaker::tools {

// A text table: a header row, then rows, columns left-aligned and separated by two spaces;
// the last column is not padded. Widths count UTF-8 characters, not bytes.
class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}

  // Missing cells are empty; extra cells are dropped.
  void AddRow(std::vector<std::string> cells);
  size_t row_count() const { return rows_.size(); }

  // Lines end with '\n'. Cells are cut to `max_cell_width` characters with a trailing "…".
  std::string Render(size_t max_cell_width = 48) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

// "key: value" lines with the keys padded to one width, for a single record.
class KeyValueList {
 public:
  void Add(std::string key, std::string value);
  std::string Render() const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// Number of UTF-8 characters in `text`.
size_t DisplayWidth(const std::string& text);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_TABLE_H_
