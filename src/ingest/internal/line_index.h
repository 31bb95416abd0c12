// Maps byte offsets of a text to file lines, for readers whose parser reports
// offsets (JSON) or whose tokenizer works on the raw text.
//
//   LineIndex lines(source.text, source.first_line);
//   int line = lines.LineOf(offset);
#ifndef LADDERMERGE_INGEST_INTERNAL_LINE_INDEX_H_
#define LADDERMERGE_INGEST_INTERNAL_LINE_INDEX_H_

#include <algorithm>
#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// Line starts of a text. `text` is only read in the constructor. O(n) to
// build, O(log lines) per query; thread-compatible.
class LineIndex {
 public:
  LineIndex(absl::string_view text, int first_line) : first_line_(first_line) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }

  // File line of byte `offset` (offsets past the end give the last line).
  int LineOf(size_t offset) const {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return first_line_ + static_cast<int>(it - starts_.begin()) - 1;
  }

  // Byte offset where 0-based text line `index` starts.
  size_t StartOf(int index) const { return starts_[index]; }
  int num_lines() const { return static_cast<int>(starts_.size()); }
  int first_line() const { return first_line_; }

 private:
  int first_line_;
  std::vector<size_t> starts_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_LINE_INDEX_H_
