#include "vectorize/tfidf.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/parallel.h"

namespace laddermerge {
namespace {

constexpr size_t kBlockSize = 2048;

using DfMap = absl::flat_hash_map<absl::string_view, uint64_t>;

// Document frequencies of the lists in [begin, end).
DfMap CountBlock(const TokenLists& lists, size_t begin, size_t end) {
  DfMap df;
  absl::flat_hash_map<absl::string_view, size_t> last_seen;
  for (size_t d = begin; d < end; ++d) {
    for (size_t t = lists.ListBegin(d); t < lists.ListEnd(d); ++t) {
      auto [it, inserted] = last_seen.try_emplace(lists.token(t), d);
      if (inserted || it->second != d) {
        it->second = d;
        ++df[lists.token(t)];
      }
    }
  }
  return df;
}

// Sorts (id, weight) entries of one row by id and merges duplicates into
// tf weights; returns the row's squared norm before normalization.
void AppendRow(std::vector<uint32_t>& ids, const std::vector<float>& idf,
               bool sublinear, SparseMatrix& out) {
  std::sort(ids.begin(), ids.end());
  const size_t row_start = out.col.size();
  double norm2 = 0;
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    const double count = static_cast<double>(j - i);
    const double tf = sublinear ? 1.0 + std::log(count) : count;
    const double w = tf * idf[ids[i]];
    out.col.push_back(ids[i]);
    out.value.push_back(static_cast<float>(w));
    norm2 += w * w;
    i = j;
  }
  if (norm2 > 0) {
    const double inv = 1.0 / std::sqrt(norm2);
    for (size_t k = row_start; k < out.col.size(); ++k) {
      out.value[k] = static_cast<float>(out.value[k] * inv);
    }
  }
  out.row_ptr.push_back(out.col.size());
  ++out.rows;
}

}  // namespace

TfidfModel TfidfModel::Fit(const TokenLists& lists, const TfidfOptions& options,
                           const DocumentFrequencies* background) {
  const size_t n = lists.num_lists();
  std::vector<DfMap> blocks(NumBlocks(n, kBlockSize));
  ParallelForBlocks(n, kBlockSize, ResolveThreadCount(options.threads),
                    [&](size_t block, size_t begin, size_t end) {
                      blocks[block] = CountBlock(lists, begin, end);
                    });
  DfMap df = blocks.empty() ? DfMap() : std::move(blocks[0]);
  for (size_t b = 1; b < blocks.size(); ++b) {
    for (const auto& [term, count] : blocks[b]) df[term] += count;
  }
  TfidfModel model;
  model.options_ = options;
  for (const auto& [term, count] : df) {
    if (count >= static_cast<uint64_t>(std::max(1, options.min_df))) {
      model.terms_.emplace_back(term);
    }
  }
  std::sort(model.terms_.begin(), model.terms_.end());
  const double smooth = options.smooth_idf ? 1.0 : 0.0;
  const uint64_t bg_n = background == nullptr ? 0 : background->num_documents;
  const double total = static_cast<double>(n + bg_n) + smooth;
  model.idf_.reserve(model.terms_.size());
  model.ids_.reserve(model.terms_.size());
  for (uint32_t id = 0; id < model.terms_.size(); ++id) {
    const std::string& term = model.terms_[id];
    uint64_t count = df[term];
    if (background != nullptr) {
      auto it = background->df.find(term);
      if (it != background->df.end()) count += it->second;
    }
    model.idf_.push_back(static_cast<float>(
        std::log(total / (static_cast<double>(count) + smooth)) + 1.0));
    model.ids_.emplace(term, id);
  }
  return model;
}

SparseMatrix TfidfModel::Transform(const TokenLists& lists) const {
  const size_t n = lists.num_lists();
  std::vector<SparseMatrix> blocks(NumBlocks(n, kBlockSize));
  ParallelForBlocks(n, kBlockSize, ResolveThreadCount(options_.threads),
                    [&](size_t block, size_t begin, size_t end) {
                      SparseMatrix& out = blocks[block];
                      std::vector<uint32_t> ids;
                      for (size_t d = begin; d < end; ++d) {
                        ids.clear();
                        for (size_t t = lists.ListBegin(d);
                             t < lists.ListEnd(d); ++t) {
                          auto it = ids_.find(lists.token(t));
                          if (it != ids_.end()) ids.push_back(it->second);
                        }
                        AppendRow(ids, idf_, options_.sublinear_tf, out);
                      }
                    });
  SparseMatrix result;
  result.cols = num_terms();
  for (const SparseMatrix& block : blocks) {
    const uint64_t base = result.col.size();
    result.col.insert(result.col.end(), block.col.begin(), block.col.end());
    result.value.insert(result.value.end(), block.value.begin(),
                        block.value.end());
    for (uint32_t r = 1; r <= block.rows; ++r) {
      result.row_ptr.push_back(base + block.row_ptr[r]);
    }
    result.rows += block.rows;
  }
  return result;
}

int64_t TfidfModel::TermId(absl::string_view term) const {
  auto it = ids_.find(term);
  return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

}  // namespace laddermerge
