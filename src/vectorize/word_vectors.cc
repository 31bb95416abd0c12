#include "vectorize/word_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace laddermerge {
namespace {

constexpr absl::string_view kMagic = "LMWV0001";

// WordNet's detachment rules (morphy), all parts of speech together: suffix
// to remove and ending to add back.
constexpr std::pair<absl::string_view, absl::string_view> kSuffixRules[] = {
    {"ies", "y"},   {"ses", "s"},   {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
    {"shes", "sh"}, {"men", "man"}, {"es", "e"},  {"es", ""},   {"s", ""},
    {"ed", "e"},    {"ed", ""},     {"ing", "e"}, {"ing", ""},  {"er", ""},
    {"est", ""},    {"er", "e"},    {"est", "e"}};

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

bool GetLine(absl::string_view& in, absl::string_view* line) {
  const size_t end = in.find('\n');
  if (end == absl::string_view::npos) return false;
  *line = in.substr(0, end);
  in.remove_prefix(end + 1);
  return true;
}

absl::Status Truncated(absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("word vectors: truncated or malformed ", what));
}

}  // namespace

WordVectors::WordVectors(
    std::vector<std::string> words, DenseMatrix vectors,
    std::vector<std::pair<std::string, std::string>> exceptions)
    : words_(std::move(words)), vectors_(std::move(vectors)) {
  ids_.reserve(words_.size());
  for (uint32_t i = 0; i < words_.size(); ++i) ids_.emplace(words_[i], i);
  for (auto& [inflected, base] : exceptions) {
    exceptions_.emplace(std::move(inflected), std::move(base));
  }
}

int64_t WordVectors::Exact(absl::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

int64_t WordVectors::Find(absl::string_view word) const {
  if (int64_t id = Exact(word); id >= 0) return id;
  if (auto it = exceptions_.find(word); it != exceptions_.end()) {
    if (int64_t id = Exact(it->second); id >= 0) return id;
  }
  std::string base;
  for (const auto& [suffix, ending] : kSuffixRules) {
    if (word.size() <= suffix.size() + 1 ||
        word.substr(word.size() - suffix.size()) != suffix) {
      continue;
    }
    base.assign(word.data(), word.size() - suffix.size());
    base.append(ending.data(), ending.size());
    if (int64_t id = Exact(base); id >= 0) return id;
  }
  // Doubled final consonant before -ing/-ed/-er: "planning" -> "plan".
  for (absl::string_view suffix : {"ing", "ed", "er", "est"}) {
    const size_t stem = word.size() - suffix.size();
    if (word.size() > suffix.size() + 2 && word.substr(stem) == suffix &&
        word[stem - 1] == word[stem - 2]) {
      if (int64_t id = Exact(word.substr(0, stem - 1)); id >= 0) return id;
    }
  }
  return -1;
}

absl::Status WordVectors::AttachConcepts(absl::string_view text) {
  std::vector<uint64_t> begin = {0};
  std::vector<Concept> concepts;
  uint32_t max_id = 0;
  size_t line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipEmpty())) {
    auto bad = [&](absl::string_view what) {
      return absl::InvalidArgumentError(
          absl::StrCat("word concepts: line ", line_number + 1, ": ", what));
    };
    std::pair<absl::string_view, absl::string_view> fields =
        absl::StrSplit(line, absl::MaxSplits('\t', 1));
    if (line_number >= words_.size() || fields.first != words_[line_number]) {
      return bad("does not match the word vectors' vocabulary");
    }
    for (absl::string_view item :
         absl::StrSplit(fields.second, ' ', absl::SkipEmpty())) {
      std::pair<absl::string_view, absl::string_view> kv =
          absl::StrSplit(item, absl::MaxSplits(':', 1));
      Concept c;
      if (!absl::SimpleAtoi(kv.first, &c.id) ||
          !absl::SimpleAtof(kv.second, &c.weight)) {
        return bad("malformed feature");
      }
      max_id = std::max(max_id, c.id);
      concepts.push_back(c);
    }
    begin.push_back(concepts.size());
    ++line_number;
  }
  if (line_number != words_.size()) {
    return absl::InvalidArgumentError(
        "word concepts: fewer lines than words in the word vectors");
  }
  concept_begin_ = std::move(begin);
  concepts_ = std::move(concepts);
  num_concepts_ = max_id + 1;
  return absl::OkStatus();
}

std::vector<uint32_t> WordVectors::FindAll(absl::string_view word) const {
  std::vector<uint32_t> ids;
  auto add = [&ids, this](absl::string_view candidate) {
    const int64_t id = Exact(candidate);
    if (id >= 0 && std::find(ids.begin(), ids.end(), id) == ids.end()) {
      ids.push_back(static_cast<uint32_t>(id));
    }
  };
  add(word);
  if (auto it = exceptions_.find(word); it != exceptions_.end()) {
    add(it->second);
  }
  std::string base;
  for (const auto& [suffix, ending] : kSuffixRules) {
    if (word.size() > suffix.size() + 1 &&
        word.substr(word.size() - suffix.size()) == suffix) {
      base.assign(word.data(), word.size() - suffix.size());
      base.append(ending.data(), ending.size());
      add(base);
    }
  }
  for (absl::string_view suffix : {"ing", "ed", "er", "est"}) {
    const size_t stem = word.size() - suffix.size();
    if (word.size() > suffix.size() + 2 && word.substr(stem) == suffix &&
        word[stem - 1] == word[stem - 2]) {
      add(word.substr(0, stem - 1));
    }
  }
  return ids;
}

std::string WordVectors::Serialize() const {
  std::string out(kMagic);
  PutU32(out, static_cast<uint32_t>(words_.size()));
  PutU32(out, dims());
  std::vector<std::pair<std::string, std::string>> exceptions(
      exceptions_.begin(), exceptions_.end());
  std::sort(exceptions.begin(), exceptions.end());
  PutU32(out, static_cast<uint32_t>(exceptions.size()));
  for (const std::string& w : words_) absl::StrAppend(&out, w, "\n");
  for (const auto& [inflected, base] : exceptions) {
    absl::StrAppend(&out, inflected, " ", base, "\n");
  }
  for (uint32_t i = 0; i < words_.size(); ++i) {
    float max_abs = 0;
    for (uint32_t c = 0; c < dims(); ++c) {
      max_abs = std::max(max_abs, std::fabs(vector(i)[c]));
    }
    const float scale = max_abs > 0 ? max_abs / 127.0f : 1.0f;
    uint32_t bits;
    std::memcpy(&bits, &scale, 4);
    PutU32(out, bits);
    for (uint32_t c = 0; c < dims(); ++c) {
      out.push_back(static_cast<char>(
          static_cast<int8_t>(std::lround(vector(i)[c] / scale))));
    }
  }
  return out;
}

absl::StatusOr<WordVectors> ParseWordVectors(absl::string_view in) {
  if (in.substr(0, kMagic.size()) != kMagic) {
    return absl::InvalidArgumentError("word vectors: not a word vector file");
  }
  in.remove_prefix(kMagic.size());
  uint32_t num_words = 0, dims = 0, num_exceptions = 0;
  if (!GetU32(in, &num_words) || !GetU32(in, &dims) ||
      !GetU32(in, &num_exceptions)) {
    return Truncated("header");
  }
  std::vector<std::string> words(num_words);
  absl::string_view line;
  for (std::string& w : words) {
    if (!GetLine(in, &line)) return Truncated("word list");
    w = std::string(line);
  }
  std::vector<std::pair<std::string, std::string>> exceptions;
  for (uint32_t i = 0; i < num_exceptions; ++i) {
    if (!GetLine(in, &line)) return Truncated("exception list");
    std::pair<std::string, std::string> e =
        absl::StrSplit(line, absl::MaxSplits(' ', 1));
    exceptions.push_back(std::move(e));
  }
  if (in.size() != size_t{num_words} * (4 + dims)) return Truncated("vectors");
  DenseMatrix vectors;
  vectors.rows = num_words;
  vectors.cols = dims;
  vectors.data.resize(size_t{num_words} * dims);
  for (uint32_t i = 0; i < num_words; ++i) {
    uint32_t bits = 0;
    GetU32(in, &bits);
    float scale;
    std::memcpy(&scale, &bits, 4);
    for (uint32_t c = 0; c < dims; ++c) {
      vectors.row(i)[c] = scale * static_cast<int8_t>(in[c]);
    }
    in.remove_prefix(dims);
  }
  return WordVectors(std::move(words), std::move(vectors),
                     std::move(exceptions));
}

}  // namespace laddermerge
