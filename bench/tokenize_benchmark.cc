#include <string>
#include <vector>

#include "benchmark/benchmark.h"

#include "statements.h"
#include "tokenize/tokenize.h"

namespace laddermerge {
namespace {

void RunTokenize(benchmark::State& state, TokenizeOptions options) {
  const std::vector<std::string> storage =
      bench::SyntheticStatements(static_cast<size_t>(state.range(0)));
  std::vector<absl::string_view> texts(storage.begin(), storage.end());
  int64_t bytes = 0;
  for (const std::string& s : storage) bytes += static_cast<int64_t>(s.size());
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    absl::StatusOr<TokenCorpus> tokens = TokenizeTexts(texts, options);
    benchmark::DoNotOptimize(tokens);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_Tokenize_Defaults(benchmark::State& state) {
  RunTokenize(state, TokenizeOptions());
}
BENCHMARK(BM_Tokenize_Defaults)
    ->ArgsProduct({{1000, 100000}, {1, 2}})
    ->Unit(benchmark::kMillisecond);

void BM_Tokenize_WordsOnly(benchmark::State& state) {
  TokenizeOptions options;
  options.min_char_ngram = options.max_char_ngram = 0;
  RunTokenize(state, options);
}
BENCHMARK(BM_Tokenize_WordsOnly)
    ->ArgsProduct({{1000, 100000}, {1, 2}})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace laddermerge
