// kSparse: validates the input, builds the group layout and the inverted
// index once, and runs one of the two sparse kernels over blocks of query
// rows on the worker threads:
//   SparseTiles (default): exhaustive, column-tiled Gustavson product;
//   SparseWalk (MatchOptions::prune, non-negative weights only): pruned walk
//     with exact rescoring.
// Both produce the same bits (see match.h), so the choice is only speed. On
// ladder-like TF-IDF rows (4 ladders, 10^5 statements) the tiled kernel was
// the faster one, with or without stop words (bench/match_benchmark.cc).
#include <memory>
#include <vector>

#include "common/parallel.h"
#include "common/status_macros.h"
#include "match/internal/block_results.h"
#include "match/internal/group_layout.h"
#include "match/internal/inverted_index.h"
#include "match/internal/matchers.h"
#include "match/internal/scratch_pool.h"
#include "match/internal/sparse_tiles.h"
#include "match/internal/sparse_walk.h"

namespace laddermerge::internal {
namespace {

constexpr size_t kDefaultBlockRows = 128;

// Runs kernel.MatchBlock over blocks of `block` rows on `threads` threads,
// one Scratch per thread, and assembles the lists in row order.
template <typename Kernel>
TopMatches RunBlocks(const Kernel& kernel, uint32_t rows, size_t block,
                     int threads) {
  using Scratch = typename Kernel::Scratch;
  std::vector<BlockResults> results(NumBlocks(rows, block));
  ScratchPool<Scratch> pool([&] { return kernel.NewScratch(); });
  ParallelForBlocks(
      rows, block, threads, [&](size_t b, size_t begin, size_t end) {
        typename ScratchPool<Scratch>::Lease s = pool.Borrow();
        kernel.MatchBlock(static_cast<uint32_t>(begin),
                          static_cast<uint32_t>(end), *s, results[b]);
      });
  return AssembleBlocks(results);
}

class SparseMatcher : public Matcher {
 public:
  explicit SparseMatcher(const MatchOptions& options) : options_(options) {}

  absl::StatusOr<TopMatches> FindMatches(
      const StatementVectors& vectors,
      absl::Span<const uint32_t> groups) const override;

 private:
  const MatchOptions options_;
};

absl::StatusOr<TopMatches> SparseMatcher::FindMatches(
    const StatementVectors& vectors, absl::Span<const uint32_t> groups) const {
  const SparseMatrix& m = vectors.sparse;
  LM_RETURN_IF_ERROR(ValidateSparse(m));
  LM_RETURN_IF_ERROR(ValidateGroups(m.rows, groups));
  if (m.rows > 0 && m.cols == 0) {
    return absl::FailedPreconditionError(
        "match: method sparse needs sparse vectors, and they have no terms");
  }
  const GroupLayout layout = GroupLayout::Build(m.rows, groups);
  const InvertedIndex index = BuildInvertedIndex(m, layout);
  const size_t block = options_.block_size > 0
                           ? static_cast<size_t>(options_.block_size)
                           : kDefaultBlockRows;
  const int threads = ResolveThreadCount(options_.threads);
  if (options_.prune && index.non_negative) {
    return RunBlocks(SparseWalk(m, layout, index, options_), m.rows, block,
                     threads);
  }
  return RunBlocks(SparseTiles(m, layout, index, options_), m.rows, block,
                   threads);
}

}  // namespace

std::unique_ptr<Matcher> NewSparseMatcher(const MatchOptions& options) {
  return std::make_unique<SparseMatcher>(options);
}

}  // namespace laddermerge::internal
