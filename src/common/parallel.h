// Deterministic data parallelism: split [0, n) into fixed blocks and run them
// on a few threads. Results that callers write per block and combine in block
// order are identical for every thread count.
//
//   std::vector<Result> per_block(NumBlocks(n, kBlock));
//   ParallelForBlocks(n, kBlock, threads, [&](size_t block, size_t begin,
//                                              size_t end) {
//     per_block[block] = Work(begin, end);
//   });
#ifndef LADDERMERGE_COMMON_PARALLEL_H_
#define LADDERMERGE_COMMON_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace laddermerge {

// Number of blocks of `block_size` items needed to cover `n` items.
inline size_t NumBlocks(size_t n, size_t block_size) {
  return block_size == 0 ? 0 : (n + block_size - 1) / block_size;
}

// The thread count to use for a `--threads` value: `requested` when > 0,
// otherwise the number of hardware threads (at least 1).
int ResolveThreadCount(int requested);

// Calls fn(block, begin, end) once for each block of [0, n), using up to
// `num_threads` threads (the calling thread included). Blocks are handed out
// dynamically, so the order of calls is unspecified; `fn` must only write
// state owned by its block. Returns after every call has returned.
void ParallelForBlocks(
    size_t n, size_t block_size, int num_threads,
    const std::function<void(size_t block, size_t begin, size_t end)>& fn);

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_PARALLEL_H_
