#include "tokenize/tokenize.h"

#include <memory>
#include <mutex>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "common/parallel.h"
#include "common/status_macros.h"
#include "tokenize/internal/lexicon.h"
#include "tokenize/internal/stemmer.h"
#include "tokenize/internal/word_breaker.h"

namespace laddermerge {
namespace {

using internal::Stemmer;
using internal::TokenLexicon;
using internal::WordBreaker;

constexpr size_t kBlockSize = 1024;

// Per-thread tools and scratch buffers, reused across blocks so that the
// expensive ICU and Snowball objects are created once per thread.
struct Worker {
  std::unique_ptr<WordBreaker> breaker;
  std::unique_ptr<Stemmer> stemmer;  // Null when stemming is off.
  std::vector<absl::string_view> words;
  std::vector<std::string> stems;
  std::string scratch;
  std::vector<size_t> code_points;
};

// Hands out Workers to blocks. Which worker a block gets does not change its
// output, so the result stays independent of scheduling.
class WorkerPool {
 public:
  explicit WorkerPool(std::string language) : language_(std::move(language)) {}

  absl::StatusOr<std::unique_ptr<Worker>> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<Worker> worker = std::move(free_.back());
        free_.pop_back();
        return worker;
      }
    }
    auto worker = std::make_unique<Worker>();
    LM_ASSIGN_OR_RETURN(worker->breaker, WordBreaker::Create());
    if (!language_.empty()) {
      LM_ASSIGN_OR_RETURN(worker->stemmer, Stemmer::Create(language_));
    }
    return worker;
  }

  void Release(std::unique_ptr<Worker> worker) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(worker));
  }

 private:
  std::string language_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Worker>> free_;
};

// Snowball algorithms only change Latin-script words; skipping the rest
// saves time and leaves Japanese or Chinese words untouched.
bool HasLatinLetter(absl::string_view word) {
  for (char c : word) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 0xC3 && b <= 0xC9)) return true;
  }
  return false;
}

absl::string_view StripPossessive(absl::string_view word) {
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s") {
    return word.substr(0, word.size() - 2);
  }
  if (word.size() > 1 && word.back() == '\'')
    return word.substr(0, word.size() - 1);
  return word;
}

// Appends the character n-grams of " word " (code points), the way
// scikit-learn's "char_wb" analyzer does: a padded word shorter than n
// yields itself once.
void AddCharNgrams(absl::string_view word, const TokenizeOptions& options,
                   Worker& worker, TokenLists& out) {
  std::string& padded = worker.scratch;
  padded.assign(" ").append(word.data(), word.size()).push_back(' ');
  std::vector<size_t>& starts = worker.code_points;
  starts.clear();
  for (size_t i = 0; i < padded.size(); ++i) {
    if ((static_cast<unsigned char>(padded[i]) & 0xC0) != 0x80) {
      starts.push_back(i);
    }
  }
  const size_t length = starts.size();
  starts.push_back(padded.size());
  const absl::string_view view(padded);
  for (int n = options.min_char_ngram; n <= options.max_char_ngram; ++n) {
    const size_t un = static_cast<size_t>(n);
    if (length <= un) {
      out.Add(view);
      continue;
    }
    for (size_t i = 0; i + un <= length; ++i) {
      out.Add(view.substr(starts[i], starts[i + un] - starts[i]));
    }
  }
}

void AddWordNgrams(const std::vector<std::string>& stems, size_t count,
                   int max_n, Worker& worker, TokenLists& out) {
  for (size_t n = 2; n <= static_cast<size_t>(max_n); ++n) {
    for (size_t i = 0; i + n <= count; ++i) {
      std::string& gram = worker.scratch;
      gram = stems[i];
      for (size_t k = 1; k < n; ++k) gram.append(" ").append(stems[i + k]);
      out.Add(gram);
    }
  }
}

absl::Status TokenizeOne(absl::string_view text, const TokenLexicon& lexicon,
                         const TokenizeOptions& options, Worker& worker,
                         TokenCorpus& out) {
  LM_RETURN_IF_ERROR(worker.breaker->Split(text, &worker.words));
  size_t count = 0;
  for (absl::string_view raw : worker.words) {
    absl::string_view word = StripPossessive(raw);
    absl::string_view stem;
    if (const std::string* technical = lexicon.TechnicalForm(word)) {
      word = *technical;
      stem = *technical;
    } else if (lexicon.IsStopWord(word) || lexicon.IsStopWord(raw)) {
      continue;
    } else if (worker.stemmer != nullptr && HasLatinLetter(word)) {
      stem = worker.stemmer->Stem(word);
    } else {
      stem = word;
    }
    out.words.Add(word);
    out.terms.Add(stem);
    if (count == worker.stems.size()) worker.stems.emplace_back();
    worker.stems[count++].assign(stem.data(), stem.size());
    if (options.max_char_ngram > 0) {
      AddCharNgrams(word, options, worker, out.char_ngrams);
    }
  }
  AddWordNgrams(worker.stems, count, options.max_word_ngram, worker, out.terms);
  out.words.EndList();
  out.terms.EndList();
  out.char_ngrams.EndList();
  return absl::OkStatus();
}

absl::Status CheckOptions(const TokenizeOptions& options) {
  if (options.max_word_ngram < 1) {
    return absl::InvalidArgumentError("max_word_ngram must be at least 1");
  }
  const bool chars_off =
      options.min_char_ngram == 0 && options.max_char_ngram == 0;
  if (!chars_off && (options.min_char_ngram < 1 ||
                     options.max_char_ngram < options.min_char_ngram)) {
    return absl::InvalidArgumentError(
        absl::StrCat("bad character n-gram range ", options.min_char_ngram,
                     "..", options.max_char_ngram));
  }
  if (!options.stem_language.empty()) {
    return Stemmer::Create(options.stem_language).status();
  }
  return absl::OkStatus();
}

}  // namespace

std::vector<std::string> TokenLists::Get(size_t list) const {
  std::vector<std::string> tokens;
  for (size_t t = ListBegin(list); t < ListEnd(list); ++t) {
    tokens.emplace_back(token(t));
  }
  return tokens;
}

void TokenLists::Append(const TokenLists& other) {
  const uint64_t text_base = text_.size();
  const uint64_t token_base = num_tokens();
  text_.append(other.text_);
  for (uint64_t end : other.token_end_) token_end_.push_back(text_base + end);
  for (size_t i = 1; i < other.list_begin_.size(); ++i) {
    list_begin_.push_back(token_base + other.list_begin_[i]);
  }
}

absl::StatusOr<TokenCorpus> TokenizeTexts(
    absl::Span<const absl::string_view> texts, const TokenizeOptions& options) {
  LM_RETURN_IF_ERROR(CheckOptions(options));
  const TokenLexicon lexicon(options.english_stop_words,
                             options.ladder_stop_words,
                             options.extra_stop_words);
  WorkerPool pool(options.stem_language);
  const size_t num_blocks = NumBlocks(texts.size(), kBlockSize);
  std::vector<TokenCorpus> blocks(num_blocks);
  std::vector<absl::Status> statuses(num_blocks);
  ParallelForBlocks(
      texts.size(), kBlockSize, ResolveThreadCount(options.threads),
      [&](size_t block, size_t begin, size_t end) {
        absl::StatusOr<std::unique_ptr<Worker>> worker = pool.Acquire();
        if (!worker.ok()) {
          statuses[block] = worker.status();
          return;
        }
        for (size_t i = begin; i < end && statuses[block].ok(); ++i) {
          absl::Status s =
              TokenizeOne(texts[i], lexicon, options, **worker, blocks[block]);
          if (!s.ok()) {
            statuses[block] = absl::Status(
                s.code(), absl::StrCat("text ", i + 1, ": ", s.message()));
          }
        }
        pool.Release(*std::move(worker));
      });
  TokenCorpus result;
  for (size_t b = 0; b < num_blocks; ++b) {
    LM_RETURN_IF_ERROR(statuses[b]);
    result.words.Append(blocks[b].words);
    result.terms.Append(blocks[b].terms);
    result.char_ngrams.Append(blocks[b].char_ngrams);
  }
  return result;
}

absl::StatusOr<TokenCorpus> Tokenize(const Corpus& corpus,
                                     const TokenizeOptions& options) {
  std::vector<absl::string_view> texts;
  texts.reserve(CountStatements(corpus));
  for (const Ladder& ladder : corpus.ladders) {
    for (const Statement& statement : ladder.statements) {
      texts.push_back(statement.text);
    }
  }
  return TokenizeTexts(texts, options);
}

absl::StatusOr<int> CountWords(absl::string_view text) {
  thread_local std::unique_ptr<internal::WordBreaker> breaker;
  thread_local std::vector<absl::string_view> words;
  if (breaker == nullptr) {
    LM_ASSIGN_OR_RETURN(breaker, internal::WordBreaker::Create());
  }
  LM_RETURN_IF_ERROR(breaker->Split(text, &words));
  return static_cast<int>(words.size());
}

bool IsStopWord(absl::string_view word, const TokenizeOptions& options) {
  const TokenLexicon lexicon(options.english_stop_words,
                             options.ladder_stop_words,
                             options.extra_stop_words);
  return lexicon.IsStopWord(word);
}

}  // namespace laddermerge
