#include "vectorize/word_embeddings.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "common/check.h"

namespace laddermerge {
namespace {

constexpr absl::string_view kMagic = "LMGE0001";
constexpr double kEulerGamma = 0.5772156649;

// Contraction endings GloVe's tokenizer splits off, and the word each stands
// for ("" when it adds nothing, as the possessive).
constexpr std::pair<absl::string_view, absl::string_view> kContractions[] = {
    {"n't", "not"}, {"'re", "are"},  {"'ve", "have"}, {"'ll", "will"},
    {"'m", "am"},   {"'d", "would"}, {"'s", ""}};

// Stems whose "n't" form is irregular: can't, won't, shan't.
constexpr std::pair<absl::string_view, absl::string_view>
    kIrregularNegations[] = {{"ca", "can"}, {"wo", "will"}, {"sha", "shall"}};

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

bool GetU32(absl::string_view& in, uint32_t* v) {
  if (in.size() < 4) return false;
  *v = 0;
  for (int i = 0; i < 4; ++i) {
    *v |= uint32_t{static_cast<unsigned char>(in[i])} << (8 * i);
  }
  in.remove_prefix(4);
  return true;
}

absl::Status Malformed(absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("word embeddings: truncated or malformed ", what));
}

}  // namespace

WordEmbeddings::WordEmbeddings(std::vector<std::string> words,
                               std::vector<uint32_t> ranks,
                               uint32_t source_size, const DenseMatrix& vectors)
    : words_(std::move(words)),
      ranks_(std::move(ranks)),
      source_size_(source_size),
      dims_(vectors.cols) {
  LM_CHECK(ranks_.size() == words_.size() && vectors.rows == words_.size())
      << "one rank and one vector per word";
  scales_.resize(words_.size());
  values_.resize(words_.size() * size_t{dims_});
  for (uint32_t i = 0; i < words_.size(); ++i) {
    const float* row = vectors.row(i);
    float max_abs = 0;
    for (uint32_t c = 0; c < dims_; ++c) {
      max_abs = std::max(max_abs, std::fabs(row[c]));
    }
    scales_[i] = max_abs > 0 ? max_abs / 127.0f : 1.0f;
    for (uint32_t c = 0; c < dims_; ++c) {
      values_[size_t{i} * dims_ + c] =
          static_cast<int8_t>(std::lround(row[c] / scales_[i]));
    }
  }
  BuildIndex();
}

WordEmbeddings::WordEmbeddings(const WordEmbeddings& other)
    : words_(other.words_),
      ranks_(other.ranks_),
      source_size_(other.source_size_),
      dims_(other.dims_),
      scales_(other.scales_),
      values_(other.values_) {
  BuildIndex();
}

WordEmbeddings& WordEmbeddings::operator=(const WordEmbeddings& other) {
  if (this != &other) *this = WordEmbeddings(other);
  return *this;
}

void WordEmbeddings::BuildIndex() {
  harmonic_ = std::log(std::max<double>(source_size_, 1)) + kEulerGamma;
  ids_.clear();
  ids_.reserve(words_.size());
  for (uint32_t i = 0; i < words_.size(); ++i) ids_.emplace(words_[i], i);
}

double WordEmbeddings::Probability(uint32_t id) const {
  return 1.0 / ((static_cast<double>(ranks_[id]) + 1.0) * harmonic_);
}

int64_t WordEmbeddings::Find(absl::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

void WordEmbeddings::AddParts(absl::string_view word,
                              std::vector<uint32_t>* ids) const {
  for (absl::string_view part :
       absl::StrSplit(word, absl::ByAnyChar("-/"), absl::SkipEmpty())) {
    if (int64_t id = Find(part); id >= 0) {
      ids->push_back(static_cast<uint32_t>(id));
    }
  }
}

std::vector<uint32_t> WordEmbeddings::Lookup(absl::string_view word) const {
  if (int64_t id = Find(word); id >= 0) return {static_cast<uint32_t>(id)};
  std::vector<uint32_t> ids;
  for (const auto& [ending, meaning] : kContractions) {
    if (word.size() <= ending.size() ||
        word.substr(word.size() - ending.size()) != ending) {
      continue;
    }
    absl::string_view head = word.substr(0, word.size() - ending.size());
    if (ending == "n't") {
      for (const auto& [stem, full] : kIrregularNegations) {
        if (head == stem) head = full;
      }
    }
    AddParts(head, &ids);
    if (int64_t id = Find(meaning); id >= 0) {
      ids.push_back(static_cast<uint32_t>(id));
    }
    return ids;
  }
  AddParts(word, &ids);
  return ids;
}

void WordEmbeddings::AddTo(uint32_t id, double weight, double* sum) const {
  const int8_t* v = values_.data() + size_t{id} * dims_;
  const double scaled = weight * scales_[id];
  for (uint32_t c = 0; c < dims_; ++c) sum[c] += scaled * v[c];
}

double WordEmbeddings::Cosine(uint32_t a, uint32_t b) const {
  const int8_t* va = values_.data() + size_t{a} * dims_;
  const int8_t* vb = values_.data() + size_t{b} * dims_;
  int64_t dot = 0, na = 0, nb = 0;
  for (uint32_t c = 0; c < dims_; ++c) {
    dot += int64_t{va[c]} * vb[c];
    na += int64_t{va[c]} * va[c];
    nb += int64_t{vb[c]} * vb[c];
  }
  if (na == 0 || nb == 0) return 0;
  return static_cast<double>(dot) /
         std::sqrt(static_cast<double>(na) * static_cast<double>(nb));
}

std::string WordEmbeddings::Serialize() const {
  std::string out(kMagic);
  PutU32(out, static_cast<uint32_t>(words_.size()));
  PutU32(out, dims_);
  PutU32(out, source_size_);
  for (const std::string& w : words_) absl::StrAppend(&out, w, "\n");
  for (uint32_t r : ranks_) PutU32(out, r);
  for (uint32_t i = 0; i < words_.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &scales_[i], 4);
    PutU32(out, bits);
    out.append(
        reinterpret_cast<const char*>(values_.data()) + size_t{i} * dims_,
        dims_);
  }
  return out;
}

absl::StatusOr<WordEmbeddings> ParseWordEmbeddings(absl::string_view in) {
  if (in.substr(0, kMagic.size()) != kMagic) {
    return absl::InvalidArgumentError(
        "word embeddings: not a word embedding file");
  }
  in.remove_prefix(kMagic.size());
  WordEmbeddings e;
  uint32_t num_words = 0;
  if (!GetU32(in, &num_words) || !GetU32(in, &e.dims_) ||
      !GetU32(in, &e.source_size_)) {
    return Malformed("header");
  }
  // Bounds the allocations below by the input's size.
  if (num_words > in.size() / 6) return Malformed("header");
  e.words_.resize(num_words);
  for (std::string& w : e.words_) {
    const size_t end = in.find('\n');
    if (end == absl::string_view::npos) return Malformed("word list");
    w.assign(in.data(), end);
    in.remove_prefix(end + 1);
  }
  e.ranks_.resize(num_words);
  for (uint32_t& r : e.ranks_) {
    if (!GetU32(in, &r)) return Malformed("ranks");
  }
  if (in.size() != size_t{num_words} * (4 + size_t{e.dims_})) {
    return Malformed("vectors");
  }
  e.scales_.resize(num_words);
  e.values_.resize(size_t{num_words} * e.dims_);
  for (uint32_t i = 0; i < num_words; ++i) {
    uint32_t bits = 0;
    GetU32(in, &bits);
    std::memcpy(&e.scales_[i], &bits, 4);
    std::memcpy(e.values_.data() + size_t{i} * e.dims_, in.data(), e.dims_);
    in.remove_prefix(e.dims_);
  }
  e.BuildIndex();
  if (e.ids_.size() != num_words) return Malformed("word list (repeats)");
  return e;
}

}  // namespace laddermerge
