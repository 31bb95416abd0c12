#include "vectorize/tools/glove_import.h"

#include <algorithm>
#include <cstddef>
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

#include "nlohmann/json.hpp"

namespace laddermerge {
namespace {

using Json = nlohmann::json;

// Streams the JSON document and keeps, for the kept words of "vectors",
// their values; everything else is skipped as it goes by.
class WinkHandler : public nlohmann::json_sax<Json> {
 public:
  struct Word {
    std::string text;
    std::vector<float> values;
  };

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t v) override {
    return Number(static_cast<double>(v));
  }
  bool number_unsigned(number_unsigned_t v) override {
    return Number(static_cast<double>(v));
  }
  bool number_float(number_float_t v, const string_t&) override {
    return Number(v);
  }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return Open(); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override {
    if (depth_ == 2 && in_vectors_) current_.values.clear();
    return Open();
  }
  bool end_array() override {
    if (depth_ == 3 && in_vectors_) {
      max_rank_ = std::max(max_rank_, last_value_);
    }
    if (depth_ == 3 && in_vectors_ && keep_current_) {
      words_.push_back(std::move(current_));
      current_ = Word();
    }
    return Close();
  }
  bool key(string_t& k) override {
    if (depth_ == 1) {
      top_key_ = k;
      in_vectors_ = false;
    } else if (depth_ == 2 && in_vectors_) {
      keep_current_ = IsKeptGloveWord(k);
      if (keep_current_) current_.text = k;
    }
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    error_ = absl::StrCat("at byte ", position, ": ", e.what());
    return false;
  }

  int64_t dimensions() const { return dimensions_; }
  // The largest rank (last value) of any vector, kept or not.
  double max_rank() const { return max_rank_; }
  std::vector<Word>& words() { return words_; }
  const std::string& error() const { return error_; }

 private:
  bool Open() {
    ++depth_;
    if (depth_ == 2 && top_key_ == "vectors") in_vectors_ = true;
    return true;
  }
  bool Close() {
    if (depth_ == 2) in_vectors_ = false;
    --depth_;
    return true;
  }
  bool Number(double v) {
    if (depth_ == 1 && top_key_ == "dimensions") {
      dimensions_ = static_cast<int64_t>(v);
    } else if (depth_ == 3 && in_vectors_) {
      last_value_ = v;
      if (keep_current_) current_.values.push_back(static_cast<float>(v));
    }
    return true;
  }

  int depth_ = 0;
  std::string top_key_;
  bool in_vectors_ = false;
  bool keep_current_ = false;
  Word current_;
  int64_t dimensions_ = -1;
  double last_value_ = 0;
  double max_rank_ = 0;
  std::vector<Word> words_;
  std::string error_;
};

absl::Status Bad(absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("glove json: ", what));
}

}  // namespace

bool IsKeptGloveWord(absl::string_view word) {
  if (word.empty() || word.front() == '-' || word.back() == '-') return false;
  char previous = ' ';
  for (char c : word) {
    const bool letter = c >= 'a' && c <= 'z';
    if (!letter && (c != '-' || previous == '-')) return false;
    previous = c;
  }
  return true;
}

absl::StatusOr<WordEmbeddings> ImportWinkEmbeddings(
    absl::string_view json, const GloveImportOptions& options) {
  WinkHandler handler;
  bool ok = false;
  try {
    ok = Json::sax_parse(json.begin(), json.end(), &handler);
  } catch (const std::exception& e) {
    return Bad(e.what());
  }
  if (!ok) return Bad(handler.error());
  const int64_t dims = handler.dimensions();
  if (dims <= 0) return Bad("no \"dimensions\"");
  // Each vector is the word's values, then its L2 norm and its rank.
  std::vector<std::pair<uint32_t, WinkHandler::Word*>> kept;
  const auto source_size = static_cast<uint32_t>(handler.max_rank()) + 1;
  for (WinkHandler::Word& w : handler.words()) {
    if (static_cast<int64_t>(w.values.size()) != dims + 2) {
      return Bad(absl::StrCat("vector of \"", w.text, "\" has ",
                              w.values.size(), " values, not ", dims + 2));
    }
    const auto rank = static_cast<uint32_t>(w.values.back());
    if (rank < options.max_rank) kept.emplace_back(rank, &w);
  }
  if (kept.empty()) return Bad("no words kept");
  std::sort(kept.begin(), kept.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> words;
  std::vector<uint32_t> ranks;
  DenseMatrix vectors;
  vectors.rows = static_cast<uint32_t>(kept.size());
  vectors.cols = static_cast<uint32_t>(dims);
  vectors.data.reserve(kept.size() * static_cast<size_t>(dims));
  for (const auto& [rank, w] : kept) {
    words.push_back(std::move(w->text));
    ranks.push_back(rank);
    vectors.data.insert(vectors.data.end(), w->values.begin(),
                        w->values.begin() + dims);
  }
  return WordEmbeddings(std::move(words), std::move(ranks), source_size,
                        vectors);
}

}  // namespace laddermerge
