#include "consolidate/internal/monotone_alignment.h"

#include <algorithm>
#include <limits>

#include "common/check.h"

namespace laddermerge::internal {
namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();

// A chain ending in a cell is in one of 2 * max_span - 1 states: "fresh"
// (first cell of its row and of its column), "row run" of length r >= 2 (the
// last r cells share the row), or "column run" of length c >= 2.
class StateSpace {
 public:
  explicit StateSpace(int max_span) : span_(max_span) {}
  int size() const { return 2 * span_ - 1; }
  int Fresh() const { return 0; }
  int RowRun(int r) const { return r - 1; }                 // r in [2, span]
  int ColumnRun(int c) const { return span_ - 1 + c - 1; }  // c in [2, span]
  int RowCount(int s) const { return s < span_ ? s + 1 : 1; }
  int ColumnCount(int s) const { return s < span_ ? 1 : s - span_ + 2; }
  int span() const { return span_; }

 private:
  int span_;
};

struct Link {
  int cell = -1;   // Predecessor cell (row * cols + col), -1: chain start.
  int state = -1;  // Predecessor state.
};

class Solver {
 public:
  Solver(absl::Span<const double> gains, int rows, int cols, int max_span)
      : gains_(gains),
        rows_(rows),
        cols_(cols),
        states_(max_span),
        value_(size_t(rows) * cols * states_.size(), kNone),
        link_(value_.size()),
        prefix_(size_t(rows) * cols, kNone),
        prefix_at_(size_t(rows) * cols, -1) {}

  std::vector<AlignmentCell> Solve() {
    for (int i = 0; i < rows_; ++i) {
      for (int j = 0; j < cols_; ++j) {
        FillCell(i, j);
        UpdatePrefix(i, j);
      }
    }
    return Backtrack();
  }

 private:
  int Cell(int i, int j) const { return i * cols_ + j; }
  size_t Slot(int cell, int state) const {
    return size_t(cell) * states_.size() + state;
  }

  void Offer(int cell, int state, double value, Link from) {
    if (value > value_[Slot(cell, state)]) {
      value_[Slot(cell, state)] = value;
      link_[Slot(cell, state)] = from;
    }
  }

  void FillCell(int i, int j) {
    const int cell = Cell(i, j);
    const double gain = gains_[cell];
    // Fresh: start a chain here, or jump from any cell up and to the left.
    Link start;
    double before = 0.0;
    if (i > 0 && j > 0 && prefix_[Cell(i - 1, j - 1)] > 0.0) {
      before = prefix_[Cell(i - 1, j - 1)];
      start = BestStateLink(prefix_at_[Cell(i - 1, j - 1)]);
    }
    Offer(cell, states_.Fresh(), gain + before, start);
    if (j > 0) ExtendRow(Cell(i, j - 1), cell, gain);
    if (i > 0) ExtendColumn(Cell(i - 1, j), cell, gain);
  }

  // From cell `prev` (same row, previous column) into `cell`.
  void ExtendRow(int prev, int cell, double gain) {
    for (int s = 0; s < states_.size(); ++s) {
      const double v = value_[Slot(prev, s)];
      const int r = states_.RowCount(s);
      if (v == kNone || r + 1 > states_.span()) continue;
      Offer(cell, states_.RowRun(r + 1), v + gain, {prev, s});
    }
  }

  // From cell `prev` (same column, previous row) into `cell`.
  void ExtendColumn(int prev, int cell, double gain) {
    for (int s = 0; s < states_.size(); ++s) {
      const double v = value_[Slot(prev, s)];
      const int c = states_.ColumnCount(s);
      if (v == kNone || c + 1 > states_.span()) continue;
      Offer(cell, states_.ColumnRun(c + 1), v + gain, {prev, s});
    }
  }

  // The best state of `cell` as a link.
  Link BestStateLink(int cell) const {
    Link best{cell, 0};
    for (int s = 1; s < states_.size(); ++s) {
      if (value_[Slot(cell, s)] > value_[Slot(cell, best.state)])
        best.state = s;
    }
    return best;
  }

  double BestValue(int cell) const {
    const Link l = BestStateLink(cell);
    return value_[Slot(cell, l.state)];
  }

  // prefix_[i, j]: best chain value ending anywhere in rows <= i, cols <= j.
  void UpdatePrefix(int i, int j) {
    const int cell = Cell(i, j);
    prefix_[cell] = BestValue(cell);
    prefix_at_[cell] = cell;
    for (int other :
         {i > 0 ? Cell(i - 1, j) : -1, j > 0 ? Cell(i, j - 1) : -1}) {
      if (other >= 0 && prefix_[other] > prefix_[cell]) {
        prefix_[cell] = prefix_[other];
        prefix_at_[cell] = prefix_at_[other];
      }
    }
  }

  std::vector<AlignmentCell> Backtrack() const {
    std::vector<AlignmentCell> chain;
    if (rows_ == 0 || cols_ == 0) return chain;
    const int last = Cell(rows_ - 1, cols_ - 1);
    if (!(prefix_[last] > 0.0)) return chain;
    for (Link at = BestStateLink(prefix_at_[last]); at.cell >= 0;
         at = link_[Slot(at.cell, at.state)]) {
      chain.push_back({at.cell / cols_, at.cell % cols_});
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
  }

  absl::Span<const double> gains_;
  int rows_;
  int cols_;
  StateSpace states_;
  std::vector<double> value_;  // Best chain value per (cell, state).
  std::vector<Link> link_;     // Its predecessor.
  std::vector<double> prefix_;
  std::vector<int> prefix_at_;  // Cell where prefix_'s value ends.
};

}  // namespace

std::vector<AlignmentCell> BestMonotoneAlignment(absl::Span<const double> gains,
                                                 int rows, int cols,
                                                 int max_span) {
  LM_CHECK(rows >= 0 && cols >= 0 && max_span >= 1) << rows << "x" << cols;
  LM_CHECK(gains.size() == size_t(rows) * size_t(cols)) << gains.size();
  return Solver(gains, rows, cols, max_span).Solve();
}

}  // namespace laddermerge::internal
