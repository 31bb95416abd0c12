// All-pairs top-k benchmarks: sparse (TF-IDF) and dense (embedding) paths at
// N = 1k, 10k, 100k, plus a plain GEMM of the same kernel for the "% of
// peak" figure of the dense path. Each family runs on 1 and on 2 threads.
//
//   build/bin/laddermerge_match_benchmark --benchmark_filter=Dense
//
// Sparse inputs imitate TF-IDF rows of ladder statements, built from a fixed
// seed: 6-16 terms per statement drawn from a Zipf vocabulary, half of them
// from one of 60 competency-specific distributions, 30% of the statements
// edited copies of a shared pool (cross-ladder paraphrases), sublinear tf,
// smoothed idf, L2-normalized; 4 ladders of equal size, other-ladders mask
// on. Dense inputs are normal random rows, L2-normalized, d = 256, no mask.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "benchmark/benchmark.h"

#include "common/parallel.h"
#include "match/internal/gemm.h"
#include "match/match.h"

namespace laddermerge {
namespace {

constexpr uint32_t kTerms = 6000;
constexpr uint32_t kTopics = 60;
constexpr uint32_t kLadders = 4;
constexpr uint32_t kDepth = 256;
constexpr int kTopK = 10;

// Term ids of one statement, before weighting.
std::vector<uint32_t> DrawStatement(std::mt19937& rng,
                                    std::discrete_distribution<uint32_t>& zipf,
                                    uint32_t topic) {
  std::uniform_int_distribution<int> length(6, 16);
  std::vector<uint32_t> terms;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    const uint32_t rank = zipf(rng);
    // Topic words: the topic's own permutation of the vocabulary.
    terms.push_back(rng() % 2 ? rank
                              : (rank * 7919u + topic * 104729u) % kTerms);
  }
  return terms;
}

std::vector<std::vector<uint32_t>> DrawStatements(uint32_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<double> weights(kTerms);
  for (uint32_t r = 0; r < kTerms; ++r) weights[r] = 1.0 / (r + 10.0);
  std::discrete_distribution<uint32_t> zipf(weights.begin(), weights.end());
  std::vector<std::vector<uint32_t>> pool;
  for (uint32_t i = 0; i < std::max(1u, n / 8); ++i) {
    pool.push_back(DrawStatement(rng, zipf, rng() % kTopics));
  }
  std::vector<std::vector<uint32_t>> docs;
  for (uint32_t i = 0; i < n; ++i) {
    if (rng() % 10 < 3) {
      std::vector<uint32_t> copy = pool[rng() % pool.size()];
      for (uint32_t& t : copy) {
        if (rng() % 5 == 0) t = zipf(rng);  // An edit.
      }
      docs.push_back(copy);
    } else {
      docs.push_back(DrawStatement(rng, zipf, rng() % kTopics));
    }
  }
  return docs;
}

SparseMatrix TfidfRows(const std::vector<std::vector<uint32_t>>& docs) {
  std::vector<uint32_t> df(kTerms, 0);
  std::vector<std::map<uint32_t, int>> counts(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (uint32_t t : docs[d]) ++counts[d][t];
    for (const auto& [t, c] : counts[d]) ++df[t];
  }
  SparseMatrix m;
  m.rows = static_cast<uint32_t>(docs.size());
  m.cols = kTerms;
  for (const std::map<uint32_t, int>& row : counts) {
    const size_t begin = m.value.size();
    double norm2 = 0;
    for (const auto& [t, c] : row) {
      const double w =
          (1 + std::log(c)) * (std::log((1.0 + m.rows) / (1.0 + df[t])) + 1);
      m.col.push_back(t);
      m.value.push_back(static_cast<float>(w));
      norm2 += w * w;
    }
    for (size_t p = begin; p < m.value.size(); ++p) {
      m.value[p] = static_cast<float>(m.value[p] / std::sqrt(norm2));
    }
    m.row_ptr.push_back(m.col.size());
  }
  return m;
}

DenseMatrix RandomRows(uint32_t n, uint32_t depth, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal;
  DenseMatrix m{n, depth, std::vector<float>(size_t{n} * depth)};
  for (uint32_t r = 0; r < n; ++r) {
    float* row = m.row(r);
    double norm2 = 0;
    for (uint32_t c = 0; c < depth; ++c) {
      row[c] = normal(rng);
      norm2 += double{row[c]} * row[c];
    }
    for (uint32_t c = 0; c < depth; ++c) row[c] /= std::sqrt(norm2);
  }
  return m;
}

std::vector<uint32_t> Ladders(uint32_t n) {
  std::vector<uint32_t> groups(n);
  for (uint32_t i = 0; i < n; ++i) groups[i] = i * kLadders / n;
  return groups;
}

void RunTopK(benchmark::State& state, const StatementVectors& v,
             const std::vector<uint32_t>& groups, MatchOptions options,
             int threads) {
  options.top_k = kTopK;
  options.threads = threads;
  for (auto _ : state) {
    absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
    if (!top.ok()) state.SkipWithError("FindTopMatches failed");
    benchmark::DoNotOptimize(top);
  }
  const double n = static_cast<double>(state.range(0));
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(n * (n - 1)));
  state.SetComplexityN(state.range(0));
}

void BM_TopKCosine_Sparse(benchmark::State& state, int threads) {
  const uint32_t n = static_cast<uint32_t>(state.range(0));
  const StatementVectors v{TfidfRows(DrawStatements(n, 1)), {}};
  MatchOptions options;
  options.method = MatchMethod::kSparse;
  RunTopK(state, v, Ladders(n), options, threads);
}

void BM_TopKCosine_SparsePruned(benchmark::State& state, int threads) {
  const uint32_t n = static_cast<uint32_t>(state.range(0));
  const StatementVectors v{TfidfRows(DrawStatements(n, 1)), {}};
  MatchOptions options;
  options.method = MatchMethod::kSparse;
  options.prune = true;
  RunTopK(state, v, Ladders(n), options, threads);
}

// Dense all-pairs without a mask: every pair's 2 * d flops are computed.
void BM_TopKCosine_Dense(benchmark::State& state, int threads) {
  const uint32_t n = static_cast<uint32_t>(state.range(0));
  const StatementVectors v{{}, RandomRows(n, kDepth, 2)};
  MatchOptions options;
  options.method = MatchMethod::kDense;
  RunTopK(state, v, {}, options, threads);
  state.counters["GFLOP/s"] = benchmark::Counter(
      2.0 * n * n * kDepth * 1e-9 * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

void BM_TopKCosine_Blended(benchmark::State& state, int threads) {
  const uint32_t n = static_cast<uint32_t>(state.range(0));
  const StatementVectors v{TfidfRows(DrawStatements(n, 1)),
                           RandomRows(n, kDepth, 2)};
  MatchOptions options;
  options.method = MatchMethod::kBlended;
  RunTopK(state, v, Ladders(n), options, threads);
}

// The GEMM kernel alone on large blocks (4096 x 256 times its transpose per
// thread): the peak that BM_TopKCosine_Dense is measured against.
void BM_Gemm(benchmark::State& state) {
  constexpr uint32_t kRows = 4096;
  const int threads = static_cast<int>(state.range(0));
  const DenseMatrix a = RandomRows(kRows * threads, kDepth, 3);
  const DenseMatrix b = RandomRows(kRows, kDepth, 4);
  std::vector<float> out(size_t{kRows} * kRows * threads);
  for (auto _ : state) {
    ParallelForBlocks(threads, 1, threads, [&](size_t t, size_t, size_t) {
      internal::MultiplyTransposed(a.row(t * kRows), kRows, b.row(0), kRows,
                                   kDepth, out.data() + t * kRows * kRows);
    });
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["GFLOP/s"] =
      benchmark::Counter(2.0 * kRows * kRows * kDepth * threads * 1e-9 *
                             static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
  state.SetLabel(internal::GemmInstructionSet());
}

void Sizes(benchmark::internal::Benchmark* b, std::vector<int64_t> sizes) {
  for (int64_t n : sizes) b->Arg(n);
  b->ArgName("n")
      ->Complexity(benchmark::oNSquared)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

#define LM_TOPK_BENCHMARK(name, ...)                                         \
  BENCHMARK_CAPTURE(name, threads1, 1)                                       \
      ->Apply(                                                               \
          [](benchmark::internal::Benchmark* b) { Sizes(b, __VA_ARGS__); }); \
  BENCHMARK_CAPTURE(name, threads2, 2)                                       \
      ->Apply(                                                               \
          [](benchmark::internal::Benchmark* b) { Sizes(b, __VA_ARGS__); })

LM_TOPK_BENCHMARK(BM_TopKCosine_Sparse, {1000, 10000, 100000});
LM_TOPK_BENCHMARK(BM_TopKCosine_SparsePruned, {1000, 10000, 100000});
LM_TOPK_BENCHMARK(BM_TopKCosine_Dense, {1000, 10000, 20000, 100000});
LM_TOPK_BENCHMARK(BM_TopKCosine_Blended, {1000, 10000});
BENCHMARK(BM_Gemm)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace laddermerge
