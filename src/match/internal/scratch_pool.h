// Reusable per-worker scratch (accumulators, tiles) for ParallelForBlocks
// callbacks, which get a block but no thread id. A block borrows one scratch
// object, returns it clean, and the next block (on any thread) reuses it, so
// at most one object per thread is ever built.
//
//   ScratchPool<Accumulator> pool([&] { return Accumulator(n); });
//   ParallelForBlocks(..., [&](size_t, size_t begin, size_t end) {
//     ScratchPool<Accumulator>::Lease acc = pool.Borrow();
//     Work(*acc, begin, end);   // must leave *acc in its clean state
//   });
#ifndef LADDERMERGE_MATCH_INTERNAL_SCRATCH_POOL_H_
#define LADDERMERGE_MATCH_INTERNAL_SCRATCH_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace laddermerge::internal {

template <typename T>
class ScratchPool {
 public:
  explicit ScratchPool(std::function<T()> make) : make_(std::move(make)) {}

  // Hands back the borrowed object on destruction. Move-only: it owns the
  // object until then.
  class Lease {
   public:
    Lease(ScratchPool* pool, std::unique_ptr<T> item)
        : pool_(pool), item_(std::move(item)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (item_ != nullptr) pool_->Return(std::move(item_));
    }
    T& operator*() { return *item_; }
    T* operator->() { return item_.get(); }

   private:
    ScratchPool* pool_;
    std::unique_ptr<T> item_;
  };

  // Thread-safe. Builds a new object only when none is free.
  Lease Borrow() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<T> item = std::move(free_.back());
        free_.pop_back();
        return Lease(this, std::move(item));
      }
    }
    return Lease(this, std::make_unique<T>(make_()));
  }

 private:
  void Return(std::unique_ptr<T> item) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(item));
  }

  std::function<T()> make_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<T>> free_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_SCRATCH_POOL_H_
