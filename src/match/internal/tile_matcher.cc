// kDense and kBlended: the score matrix is computed one tile (a block of rows
// times a block of columns) at a time with the GEMM kernel, never whole. Each
// row keeps a TopK; a tile is scanned against the row's current threshold,
// so after the first tiles almost every score costs one comparison and the
// selection stays far below the 2 * depth flops of computing it.
//
// Blocks follow the group layout: rows are in internal order, where every
// group is one range, and blocks are cut at group boundaries, so a tile whose
// rows and columns are all in one group (same ladder) is skipped whole.
//
// kBlended adds the sparse scores of a tile from cursors into the inverted
// lists: each query term's cursor moves forward through its postings as the
// column blocks advance, so a row block walks each list once. Sparse scores
// are summed in increasing term order into a zeroed tile, then added to the
// dense tile: the sparse part is bit-identical to kSparse's score.
#include <algorithm>
#include <cfloat>
#include <memory>
#include <utility>
#include <vector>

#include "common/parallel.h"
#include "common/status_macros.h"
#include "match/internal/block_results.h"
#include "match/internal/gemm.h"
#include "match/internal/group_layout.h"
#include "match/internal/inverted_index.h"
#include "match/internal/matchers.h"
#include "match/internal/scratch_pool.h"
#include "match/internal/top_k.h"

namespace laddermerge::internal {
namespace {

constexpr uint32_t kDefaultBlockRows = 256;
constexpr uint32_t kBlockColumns = 1024;

struct Range {
  uint32_t begin;
  uint32_t end;
};

// Cuts [0, rows) into blocks of at most `size` rows that never straddle a
// group boundary, except that groups smaller than `size` share blocks.
std::vector<Range> CutBlocks(uint32_t rows, uint32_t size,
                             const GroupLayout& layout) {
  std::vector<Range> blocks;
  uint32_t begin = 0;
  while (begin < rows) {
    const uint32_t group_end = layout.own_range(begin).second;
    uint32_t end = std::min(rows, begin + size);
    if (group_end > begin && group_end < end && group_end - begin >= size / 2) {
      end = group_end;  // Keep a large group's blocks to itself.
    }
    blocks.push_back(Range{begin, end});
    begin = end;
  }
  return blocks;
}

// One cursor per nonzero of the rows of a row block (kBlended).
struct SparseCursor {
  uint32_t local_row;
  float weight;
  const Posting* next;
  const Posting* end;
};

struct TileScratch {
  TileScratch(uint32_t block_rows, uint32_t block_cols, int k, bool sparse)
      : tile(size_t{block_rows} * block_cols),
        sparse_tile(sparse ? tile.size() : 0, 0.0f),
        tops(block_rows, TopK(k)) {}

  std::vector<float> tile;
  std::vector<float> sparse_tile;  // All zero between tiles.
  std::vector<TopK> tops;          // One per row of the row block.
  std::vector<SparseCursor> cursors;
};

class TileSearch {
 public:
  TileSearch(const StatementVectors& v, absl::Span<const uint32_t> groups,
             const MatchOptions& options, bool with_sparse);

  TileScratch NewScratch() const {
    return TileScratch(block_rows_, kBlockColumns, k_, with_sparse_);
  }
  const std::vector<Range>& row_blocks() const { return row_blocks_; }
  const GroupLayout& layout() const { return layout_; }

  // Appends the lists of the internal rows of `rows` to `out`.
  void MatchRowBlock(Range rows, TileScratch& s, BlockResults& out) const;

 private:
  const float* dense_row(uint32_t internal) const {
    return dense_ + size_t{internal} * depth_;
  }
  bool SameGroupTile(Range rows, Range cols) const;
  void StartCursors(Range rows, TileScratch& s) const;
  void AddSparse(Range rows, Range cols, TileScratch& s) const;
  void SelectTile(Range rows, Range cols, TileScratch& s) const;
  void ScanRow(uint32_t self, uint32_t tile_begin, Range cols,
               const float* tile_row, TopK& top) const;

  const StatementVectors& v_;
  const GroupLayout layout_;
  const bool with_sparse_;
  const int k_;
  const float floor_;  // Smallest score kept: max(min_score, denorm_min).
  const uint32_t block_rows_;
  const int64_t depth_;
  std::vector<float> permuted_;  // Dense rows in internal order, if needed.
  const float* dense_ = nullptr;
  InvertedIndex index_;
  std::vector<Range> row_blocks_;
  std::vector<Range> col_blocks_;
};

TileSearch::TileSearch(const StatementVectors& v,
                       absl::Span<const uint32_t> groups,
                       const MatchOptions& options, bool with_sparse)
    : v_(v),
      layout_(GroupLayout::Build(v.dense.rows, groups)),
      with_sparse_(with_sparse),
      k_(options.top_k),
      floor_(std::max(options.min_score, FLT_TRUE_MIN)),
      block_rows_(options.block_size > 0 ? options.block_size
                                         : kDefaultBlockRows),
      depth_(v.dense.cols) {
  dense_ = v.dense.data.data();
  if (!layout_.identity()) {
    permuted_.resize(v.dense.data.size());
    for (uint32_t i = 0; i < v.dense.rows; ++i) {
      std::copy_n(v.dense.row(layout_.original(i)), depth_,
                  permuted_.data() + i * depth_);
    }
    dense_ = permuted_.data();
  }
  if (with_sparse_) index_ = BuildInvertedIndex(v.sparse, layout_);
  row_blocks_ = CutBlocks(v.dense.rows, block_rows_, layout_);
  col_blocks_ = CutBlocks(v.dense.rows, kBlockColumns, layout_);
}

bool TileSearch::SameGroupTile(Range rows, Range cols) const {
  const std::pair<uint32_t, uint32_t> own = layout_.own_range(rows.begin);
  return own.first != own.second && rows.end <= own.second &&
         cols.begin >= own.first && cols.end <= own.second;
}

void TileSearch::MatchRowBlock(Range rows, TileScratch& s,
                               BlockResults& out) const {
  if (with_sparse_) StartCursors(rows, s);
  for (const Range cols : col_blocks_) {
    if (SameGroupTile(rows, cols)) continue;
    MultiplyTransposed(dense_row(rows.begin), rows.end - rows.begin,
                       dense_row(cols.begin), cols.end - cols.begin, depth_,
                       s.tile.data());
    if (with_sparse_) AddSparse(rows, cols, s);
    SelectTile(rows, cols, s);
  }
  for (uint32_t r = 0; r < rows.end - rows.begin; ++r) {
    const size_t before = out.neighbors.size();
    s.tops[r].AppendBestFirst(out.neighbors);
    out.counts.push_back(static_cast<uint32_t>(out.neighbors.size() - before));
  }
}

void TileSearch::StartCursors(Range rows, TileScratch& s) const {
  s.cursors.clear();
  const SparseMatrix& m = v_.sparse;
  for (uint32_t i = rows.begin; i < rows.end; ++i) {
    const uint32_t row = layout_.original(i);
    for (uint64_t p = m.row_ptr[row]; p < m.row_ptr[row + 1]; ++p) {
      if (m.value[p] == 0.0f) continue;
      const uint32_t t = m.col[p];
      s.cursors.push_back(SparseCursor{i - rows.begin, m.value[p],
                                       index_.begin(t), index_.end(t)});
    }
  }
}

void TileSearch::AddSparse(Range rows, Range cols, TileScratch& s) const {
  const uint32_t width = cols.end - cols.begin;
  float* sparse = s.sparse_tile.data();
  for (SparseCursor& c : s.cursors) {
    while (c.next < c.end && c.next->row < cols.begin) ++c.next;
    float* row = sparse + size_t{c.local_row} * width;
    for (; c.next < c.end && c.next->row < cols.end; ++c.next) {
      row[c.next->row - cols.begin] += c.weight * c.next->value;
    }
  }
  const size_t n = size_t{width} * (rows.end - rows.begin);
  for (size_t j = 0; j < n; ++j) {
    s.tile[j] += sparse[j];
    sparse[j] = 0.0f;
  }
}

void TileSearch::SelectTile(Range rows, Range cols, TileScratch& s) const {
  const uint32_t width = cols.end - cols.begin;
  for (uint32_t i = rows.begin; i < rows.end; ++i) {
    const uint32_t local = i - rows.begin;
    const float* scores = s.tile.data() + size_t{local} * width;
    const std::pair<uint32_t, uint32_t> own = layout_.own_range(i);
    TopK& top = s.tops[local];
    if (own.first >= cols.end || own.second <= cols.begin) {
      ScanRow(i, cols.begin, cols, scores, top);
      continue;
    }
    ScanRow(i, cols.begin, Range{cols.begin, std::max(cols.begin, own.first)},
            scores, top);
    ScanRow(i, cols.begin, Range{std::min(cols.end, own.second), cols.end},
            scores, top);
  }
}

// Offers the scores of the internal columns `cols` to `top`, 16 at a time:
// a chunk with no score at the threshold costs one vector comparison.
// tile_row[j] is the score of column tile_begin + j.
void TileSearch::ScanRow(uint32_t self, uint32_t tile_begin, Range cols,
                         const float* tile_row, TopK& top) const {
  constexpr uint32_t kChunk = 16;
  float bar = std::max(floor_, top.threshold());
  auto offer = [&](uint32_t c) {
    const float score = tile_row[c - tile_begin];
    if (score < bar || c == self) return;
    top.Push(layout_.original(c), score);
    bar = std::max(floor_, top.threshold());
  };
  uint32_t c = cols.begin;
  for (; c + kChunk <= cols.end; c += kChunk) {
    const float* chunk = tile_row + (c - tile_begin);
    int any = 0;
    for (uint32_t j = 0; j < kChunk; ++j) any |= chunk[j] >= bar;
    if (!any) continue;
    for (uint32_t j = c; j < c + kChunk; ++j) offer(j);
  }
  for (; c < cols.end; ++c) offer(c);
}

class TileMatcher : public Matcher {
 public:
  TileMatcher(const MatchOptions& options, bool with_sparse)
      : options_(options), with_sparse_(with_sparse) {}

  absl::StatusOr<TopMatches> FindMatches(
      const StatementVectors& vectors,
      absl::Span<const uint32_t> groups) const override;

 private:
  absl::Status Validate(const StatementVectors& vectors,
                        absl::Span<const uint32_t> groups) const;

  const MatchOptions options_;
  const bool with_sparse_;
};

absl::Status TileMatcher::Validate(const StatementVectors& v,
                                   absl::Span<const uint32_t> groups) const {
  LM_RETURN_IF_ERROR(ValidateDense(v.dense));
  LM_RETURN_IF_ERROR(ValidateGroups(v.dense.rows, groups));
  if (v.dense.rows > 0 && v.dense.cols == 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("match: method ", with_sparse_ ? "blended" : "dense",
                     " needs dense vectors, and they have no columns"));
  }
  if (!with_sparse_) return absl::OkStatus();
  LM_RETURN_IF_ERROR(ValidateSparse(v.sparse));
  if (v.sparse.rows != v.dense.rows) {
    return absl::InvalidArgumentError(
        absl::StrCat("match: ", v.sparse.rows, " sparse rows but ",
                     v.dense.rows, " dense rows"));
  }
  return absl::OkStatus();
}

absl::StatusOr<TopMatches> TileMatcher::FindMatches(
    const StatementVectors& v, absl::Span<const uint32_t> groups) const {
  LM_RETURN_IF_ERROR(Validate(v, groups));
  const TileSearch search(v, groups, options_, with_sparse_);
  const std::vector<Range>& blocks = search.row_blocks();
  std::vector<BlockResults> results(blocks.size());
  ScratchPool<TileScratch> pool([&] { return search.NewScratch(); });
  ParallelForBlocks(blocks.size(), 1, ResolveThreadCount(options_.threads),
                    [&](size_t b, size_t, size_t) {
                      ScratchPool<TileScratch>::Lease s = pool.Borrow();
                      search.MatchRowBlock(blocks[b], *s, results[b]);
                    });
  return ToOriginalOrder(AssembleBlocks(results), search.layout());
}

}  // namespace

std::unique_ptr<Matcher> NewDenseMatcher(const MatchOptions& options) {
  return std::make_unique<TileMatcher>(options, /*with_sparse=*/false);
}

std::unique_ptr<Matcher> NewBlendedMatcher(const MatchOptions& options) {
  return std::make_unique<TileMatcher>(options, /*with_sparse=*/true);
}

}  // namespace laddermerge::internal
