// The exhaustive kSparse kernel (see sparse_tiles.cc): column-tiled
// Gustavson accumulation with per-tile threshold selection.
#ifndef LADDERMERGE_MATCH_INTERNAL_SPARSE_TILES_H_
#define LADDERMERGE_MATCH_INTERNAL_SPARSE_TILES_H_

#include <cstdint>
#include <vector>

#include "common/matrix.h"
#include "match/internal/block_results.h"
#include "match/internal/group_layout.h"
#include "match/internal/inverted_index.h"
#include "match/internal/top_k.h"
#include "match/match.h"

namespace laddermerge::internal {

class SparseTiles {
 public:
  static constexpr uint32_t kTileColumns = 4096;

  // Per-thread state; the strip is all zero between blocks.
  struct Scratch {
    struct Cursor {
      float weight;
      const Posting* next;  // First posting not yet added.
      const Posting* end;
    };
    std::vector<float> strip = std::vector<float>(kTileColumns, 0.0f);
    std::vector<Cursor> cursors;  // The terms of the block's rows.
    std::vector<uint32_t> first;  // Per block row: its first cursor; + end.
    std::vector<TopK> tops;       // Per block row.
  };

  // Borrows all arguments, which must outlive this object.
  SparseTiles(const SparseMatrix& m, const GroupLayout& layout,
              const InvertedIndex& index, const MatchOptions& options);

  Scratch NewScratch() const { return Scratch(); }

  // Appends the lists of original rows [begin, end) to `out`. Thread-safe
  // with a Scratch per thread.
  void MatchBlock(uint32_t begin, uint32_t end, Scratch& s,
                  BlockResults& out) const;

 private:
  struct Tile {
    uint32_t begin;
    uint32_t end;
  };
  void StartCursors(uint32_t begin, uint32_t end, Scratch& s) const;
  static void Accumulate(Scratch::Cursor* first, Scratch::Cursor* last,
                         Tile tile, float* strip);
  void Select(uint32_t self, Tile tile, float* strip, TopK& top) const;

  const SparseMatrix& m_;
  const GroupLayout& layout_;
  const InvertedIndex& index_;
  const int k_;
  const float floor_;  // Smallest score kept: max(min_score, denorm_min).
  std::vector<Tile> tiles_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_SPARSE_TILES_H_
