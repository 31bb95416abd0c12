#include "common/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace laddermerge {

int ResolveThreadCount(int requested) {
  if (requested > 0) return requested;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

void ParallelForBlocks(size_t n, size_t block_size, int num_threads,
                       const std::function<void(size_t, size_t, size_t)>& fn) {
  const size_t blocks = NumBlocks(n, block_size);
  if (blocks == 0) return;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t b = next.fetch_add(1); b < blocks; b = next.fetch_add(1)) {
      const size_t begin = b * block_size;
      fn(b, begin, std::min(n, begin + block_size));
    }
  };
  const size_t extra =
      std::min<size_t>(blocks, static_cast<size_t>(std::max(1, num_threads))) -
      1;
  std::vector<std::thread> threads;
  threads.reserve(extra);
  for (size_t t = 0; t < extra; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

}  // namespace laddermerge
