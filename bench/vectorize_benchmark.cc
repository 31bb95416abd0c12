#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"

#include "statements.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"

namespace laddermerge {
namespace {

TokenCorpus Tokens(size_t n) {
  const std::vector<std::string> storage = bench::SyntheticStatements(n);
  std::vector<absl::string_view> texts(storage.begin(), storage.end());
  return *TokenizeTexts(texts, TokenizeOptions());
}

// TF-IDF fit + transform (word and char parts) on N statements.
void BM_TfidfFitTransform(benchmark::State& state) {
  const TokenCorpus tokens = Tokens(static_cast<size_t>(state.range(0)));
  VectorizeOptions options;
  options.wordnet_weight = options.synset_weight = 0;
  options.concept_weight = options.polarity_weight = 0;
  options.glove_weight = 0;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    absl::StatusOr<StatementVectors> v = Vectorize(tokens, options);
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_TfidfFitTransform)
    ->ArgsProduct({{1000, 100000}, {1, 2}})
    ->Unit(benchmark::kMillisecond);

// The dense "wordnet" part with synthetic 256-dimensional word vectors for
// the benchmark vocabulary.
void BM_DenseVectorize(benchmark::State& state) {
  const TokenCorpus tokens = Tokens(static_cast<size_t>(state.range(0)));
  std::vector<std::string> words;
  for (size_t t = 0; t < tokens.words.num_tokens(); ++t) {
    words.emplace_back(tokens.words.token(t));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  DenseMatrix m;
  m.rows = static_cast<uint32_t>(words.size());
  m.cols = 256;
  m.data.resize(size_t{m.rows} * m.cols);
  for (size_t i = 0; i < m.data.size(); ++i) {
    m.data[i] = static_cast<float>((i * 2654435761u) % 1000) / 1000.0f - 0.5f;
  }
  const WordVectors vectors(words, m, {});
  VectorizeOptions options;
  options.word_weight = options.char_weight = options.synset_weight = 0;
  options.concept_weight = options.polarity_weight = 0;
  options.glove_weight = 0;
  options.wordnet_weight = 1;
  options.word_vectors = &vectors;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    absl::StatusOr<StatementVectors> v = Vectorize(tokens, options);
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DenseVectorize)
    ->ArgsProduct({{1000, 100000}, {1, 2}})
    ->Unit(benchmark::kMillisecond);

// The dense "glove" part with synthetic 100-dimensional embeddings of a
// 150,000-word vocabulary (the size of the converted GloVe file) holding
// the benchmark's words: the text direction over the whole vocabulary, the
// principal component and the statement rows.
void BM_GloveVectorize(benchmark::State& state) {
  const TokenCorpus tokens = Tokens(static_cast<size_t>(state.range(0)));
  std::vector<std::string> words;
  for (size_t t = 0; t < tokens.words.num_tokens(); ++t) {
    words.emplace_back(tokens.words.token(t));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (size_t i = 0; words.size() < 150000; ++i) {
    words.push_back("filler" + std::to_string(i));
  }
  std::vector<uint32_t> ranks(words.size());
  for (uint32_t i = 0; i < ranks.size(); ++i) ranks[i] = i;
  DenseMatrix m;
  m.rows = static_cast<uint32_t>(words.size());
  m.cols = 100;
  m.data.resize(size_t{m.rows} * m.cols);
  for (size_t i = 0; i < m.data.size(); ++i) {
    m.data[i] = static_cast<float>((i * 2654435761u) % 1000) / 1000.0f - 0.5f;
  }
  const WordEmbeddings embeddings(words, ranks, m.rows, m);
  VectorizeOptions options;
  options.word_weight = options.char_weight = options.synset_weight = 0;
  options.concept_weight = options.polarity_weight = 0;
  options.wordnet_weight = 0;
  options.glove_weight = 1;
  options.embeddings = &embeddings;
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    absl::StatusOr<StatementVectors> v = Vectorize(tokens, options);
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_GloveVectorize)
    ->ArgsProduct({{1000, 100000}, {1, 2}})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace laddermerge
