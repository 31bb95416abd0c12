// kSparse, exhaustive: Gustavson's row-by-row product, tiled over the
// columns so that the accumulator of one query row is a strip of
// kTileColumns floats that stays in L1 cache.
//
// A block of query rows walks the column tiles in order. For each tile and
// query, every query term's cursor adds the postings that fall in the tile
// to the strip, in increasing term order (the documented summation order);
// the strip is then scanned against the query's top-k threshold and zeroed.
// Tiles are cut at group boundaries, so a tile of the query's own ladder is
// skipped with no work. No pruning: every posting of every query term is
// visited once per query, O(sum over terms of df^2) in all, but each visit is
// one L1 read-modify-write.
#include "match/internal/sparse_tiles.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include "match/internal/top_k.h"

namespace laddermerge::internal {
namespace {

constexpr uint32_t kChunk = 32;

// Bit i set when strip[i] >= bar, for i < 32.
uint32_t MaskAtLeast(const float* strip, float bar) {
#if defined(__SSE2__)
  const __m128 limit = _mm_set1_ps(bar);
  __m128 any = _mm_cmpge_ps(_mm_loadu_ps(strip), limit);
  for (int i = 4; i < 32; i += 4) {
    any = _mm_or_ps(any, _mm_cmpge_ps(_mm_loadu_ps(strip + i), limit));
  }
  if (_mm_movemask_ps(any) == 0) return 0;
#endif
  uint32_t mask = 0;
  for (int i = 0; i < 32; ++i)
    mask |= static_cast<uint32_t>(strip[i] >= bar) << i;
  return mask;
}

}  // namespace

SparseTiles::SparseTiles(const SparseMatrix& m, const GroupLayout& layout,
                         const InvertedIndex& index,
                         const MatchOptions& options)
    : m_(m),
      layout_(layout),
      index_(index),
      k_(options.top_k),
      floor_(std::max(options.min_score, FLT_TRUE_MIN)) {
  uint32_t begin = 0;
  while (begin < m.rows) {
    const uint32_t group_end = layout.own_range(begin).second;
    uint32_t end = std::min(m.rows, begin + kTileColumns);
    if (group_end > begin && group_end < end) end = group_end;
    tiles_.push_back({begin, end});
    begin = end;
  }
}

void SparseTiles::MatchBlock(uint32_t begin, uint32_t end, Scratch& s,
                             BlockResults& out) const {
  StartCursors(begin, end, s);
  s.tops.assign(end - begin, TopK(k_));
  for (const Tile tile : tiles_) {
    for (uint32_t row = begin; row < end; ++row) {
      const uint32_t self = layout_.internal(row);
      const std::pair<uint32_t, uint32_t> own = layout_.own_range(self);
      if (tile.begin >= own.first && tile.end <= own.second) continue;
      Scratch::Cursor* cursors = s.cursors.data();
      Accumulate(cursors + s.first[row - begin],
                 cursors + s.first[row - begin + 1], tile, s.strip.data());
      Select(self, tile, s.strip.data(), s.tops[row - begin]);
    }
  }
  for (TopK& top : s.tops) {
    const size_t before = out.neighbors.size();
    top.AppendBestFirst(out.neighbors);
    out.counts.push_back(static_cast<uint32_t>(out.neighbors.size() - before));
  }
}

void SparseTiles::StartCursors(uint32_t begin, uint32_t end, Scratch& s) const {
  s.cursors.clear();
  s.first.clear();
  for (uint32_t row = begin; row < end; ++row) {
    s.first.push_back(static_cast<uint32_t>(s.cursors.size()));
    for (uint64_t p = m_.row_ptr[row]; p < m_.row_ptr[row + 1]; ++p) {
      if (m_.value[p] == 0.0f) continue;
      const uint32_t t = m_.col[p];
      s.cursors.push_back(
          Scratch::Cursor{m_.value[p], index_.begin(t), index_.end(t)});
    }
  }
  s.first.push_back(static_cast<uint32_t>(s.cursors.size()));
}

void SparseTiles::Accumulate(Scratch::Cursor* first, Scratch::Cursor* last,
                             Tile tile, float* strip) {
  auto by_row = [](const Posting& p, uint32_t row) { return p.row < row; };
  for (Scratch::Cursor* c = first; c < last; ++c) {
    const Posting* p = c->next;
    if (p->row < tile.begin) {  // Tiles of the own group were skipped.
      p = std::lower_bound(p, c->end, tile.begin, by_row);
    }
    const float w = c->weight;
    for (; p->row < tile.end; ++p) strip[p->row - tile.begin] += w * p->value;
    c->next = p;
  }
}

// Offers the strip's scores to `top` and zeroes the strip. A chunk of 32
// scores below the bar costs eight vector comparisons; in other chunks only
// the scores at the bar are looked at.
void SparseTiles::Select(uint32_t self, Tile tile, float* strip,
                         TopK& top) const {
  const uint32_t width = tile.end - tile.begin;
  const std::pair<uint32_t, uint32_t> own = layout_.own_range(self);
  float bar = std::max(floor_, top.threshold());
  // The strip has room for whole chunks; past `width` it holds zeros, which
  // are below the bar.
  for (uint32_t j = 0; j < width; j += kChunk) {
    for (uint32_t mask = MaskAtLeast(strip + j, bar); mask != 0;
         mask &= mask - 1) {
      const uint32_t i = j + static_cast<uint32_t>(std::countr_zero(mask));
      const uint32_t c = tile.begin + i;
      if (strip[i] < bar || c == self || (c >= own.first && c < own.second)) {
        continue;
      }
      top.Push(layout_.original(c), strip[i]);
      bar = std::max(floor_, top.threshold());
    }
  }
  std::fill(strip, strip + width, 0.0f);
}

}  // namespace laddermerge::internal
