// Match: for every statement, the statements of the other ladders that are
// most similar to it — exact all-pairs top-k search over the vectors of the
// vectorize stage, never materializing the N x N score matrix.
//
//   StatementVectors vectors = ...;            // from Vectorize
//   std::vector<uint32_t> ladder_of = ...;     // ladder index of every row
//   MatchOptions options;
//   options.top_k = 10;
//   options.method = MatchMethod::kSparse;
//   LM_ASSIGN_OR_RETURN(TopMatches top,
//                       FindTopMatches(vectors, ladder_of, options));
//   for (const Neighbor& n : top.of(row)) Use(row, n.statement, n.score);
//
// Scores. The score of rows a and b is the one StatementVectors defines:
// dot(sparse a, sparse b) for kSparse, dot(dense a, dense b) for kDense, and
// their sum for kBlended. Sparse dot products are summed in increasing term
// order, so kSparse scores are reproducible bit for bit by any program that
// does the same. Dense and blended scores come from a blocked matrix product;
// they agree with a plain dot product to float rounding (about 1e-6).
//
// Which pairs are kept. For each row a, the candidates are the rows b with
// b != a, group[b] != group[a] (when groups are given), score > 0 and
// score >= min_score. Of those, the top_k best are kept, best first: higher
// score first, then lower row index. The selection is exact: it is what
// sorting every candidate would give. Output is byte-identical for every
// thread count and block size of a method.
//
// Speed. kSparse builds an inverted index (internal rows ordered so that each
// group is one range) and runs Gustavson's row-by-row product over column
// tiles whose accumulator strip stays in L1 cache; tiles of the row's own
// group are skipped whole, and each strip is scanned against the row's
// current k-th best score. With `prune`, it instead visits a row's terms in
// decreasing order of their largest possible contribution, stops admitting
// candidates once the rest cannot reach the k-th best score, and rescores
// the survivors exactly. kDense multiplies row blocks by column blocks with
// a GEMM kernel and selects per tile with a threshold. kBlended adds the
// sparse scores into each dense tile.
#ifndef LADDERMERGE_MATCH_MATCH_H_
#define LADDERMERGE_MATCH_MATCH_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "vectorize/vectorize.h"

namespace laddermerge {

// The similarity a search ranks by (see "Scores" above).
enum class MatchMethod {
  kSparse,   // TF-IDF part only: inverted index with exact pruning.
  kDense,    // Dense part only: blocked GEMM.
  kBlended,  // Sparse + dense: blocked GEMM plus sparse scores per tile.
};

// "sparse", "dense" or "blended" -> the method; InvalidArgument otherwise.
absl::StatusOr<MatchMethod> ParseMatchMethod(absl::string_view name);

// The option value of `method`: "sparse", "dense" or "blended".
absl::string_view MatchMethodName(MatchMethod method);

struct MatchOptions {
  // Best matches kept per statement; at least 1.
  int top_k = 10;
  // Pairs scoring below this are never kept (pairs scoring 0 never are).
  float min_score = 0.0f;
  // The similarity to rank by.
  MatchMethod method = MatchMethod::kSparse;
  // kSparse only: walk the inverted lists with exact pruning bounds instead
  // of the exhaustive tiled product. Same result; faster when a few rare
  // terms decide each row's top-k, slower when most candidates share
  // frequent terms (as on ladder statements, hence off by default). Ignored
  // when the sparse matrix has a negative value (the bounds need
  // non-negative weights).
  bool prune = false;
  // Worker threads; 0 means all hardware threads.
  int threads = 0;
  // Rows per unit of work (and per GEMM row block); 0 picks the method's
  // default. The result does not depend on it.
  int block_size = 0;
};

// One kept match of a row: the other row and the pair's score.
struct Neighbor {
  uint32_t statement = 0;  // Row index of the match.
  float score = 0.0f;

  friend bool operator==(const Neighbor&, const Neighbor&) = default;
};

// Per-row top-k lists in compressed form: row r's matches are
// neighbors[row_ptr[r] .. row_ptr[r + 1]), best first. Memory O(N * k).
struct TopMatches {
  std::vector<uint64_t> row_ptr = {0};  // rows() + 1 entries.
  std::vector<Neighbor> neighbors;

  uint32_t rows() const { return static_cast<uint32_t>(row_ptr.size() - 1); }
  // Row `row`'s matches, best first; valid until this object changes.
  absl::Span<const Neighbor> of(uint32_t row) const {
    return absl::MakeConstSpan(neighbors.data() + row_ptr[row],
                               neighbors.data() + row_ptr[row + 1]);
  }
};

// One all-pairs top-k algorithm. Implementations are immutable after
// construction, so one object may serve several threads at once.
class Matcher {
 public:
  virtual ~Matcher() = default;

  // The top-k lists of every row of `vectors` (see the file comment for
  // which pairs are kept). `groups` is empty (no mask) or holds one group id
  // per row, typically the ladder index; rows of the same group never match.
  // Errors: InvalidArgument when `groups` has the wrong length or a matrix
  // is malformed (row_ptr, column ids) or the parts disagree on the number of
  // rows; FailedPrecondition when the method needs a part (sparse or dense)
  // that has no columns while there are rows.
  virtual absl::StatusOr<TopMatches> FindMatches(
      const StatementVectors& vectors,
      absl::Span<const uint32_t> groups) const = 0;
};

// The Matcher for `options.method`, configured by `options`.
// InvalidArgument when an option is out of range (top_k < 1, threads < 0,
// block_size < 0, min_score not finite).
absl::StatusOr<std::unique_ptr<Matcher>> CreateMatcher(
    const MatchOptions& options);

// CreateMatcher(options) then FindMatches(vectors, groups), with the errors
// of both. Costs: kSparse O(sum over rows of the postings visited), at worst
// O(sum over terms of df^2); kDense and kBlended O(N^2 d) flops plus the
// sparse cost. Memory O(N k) for the result, O(N + terms) per thread.
absl::StatusOr<TopMatches> FindTopMatches(const StatementVectors& vectors,
                                          absl::Span<const uint32_t> groups,
                                          const MatchOptions& options);

// The method that uses every part `vectors` has: kBlended with both, else
// the one part there is (kSparse when neither has columns).
MatchMethod MethodUsingAllParts(const StatementVectors& vectors);

// ---------------------------------------------------------------------------
// Repeated searches over the same statements.

// Pair scores and top-k searches for stages that ask many questions about
// the same statements (cluster, consolidate). Immutable once created;
// thread-safe for concurrent const use.
class PairScorer {
 public:
  virtual ~PairScorer() = default;

  // Number of statements (rows).
  virtual uint32_t rows() const = 0;

  // The score of rows a and b (see "Scores" above). O(1) for a table,
  // O(non-zeros + dense columns) otherwise.
  virtual double Score(uint32_t a, uint32_t b) const = 0;

  // FindTopMatches over the rows listed in `subset` (global row indices, in
  // any order; every row when empty), with `groups` empty or parallel to the
  // subset. The result's rows and neighbours are positions in the subset
  // (global rows when it is empty). Same selection rules and errors as
  // FindTopMatches.
  virtual absl::StatusOr<TopMatches> FindMatches(
      absl::Span<const uint32_t> subset, absl::Span<const uint32_t> groups,
      int top_k, float min_score) const = 0;
};

struct PairScorerOptions {
  // The similarity scored; unset means MethodUsingAllParts(vectors).
  std::optional<MatchMethod> method;
  // Up to this many rows, every pair's score is computed once into a table
  // (rows^2 floats: 64 MB at 4096) and each search is a scan of it; above,
  // each search runs the matcher on the vectors.
  uint32_t max_table_rows = 4096;
  int threads = 0;  // Worker threads; 0 means all hardware threads.
};

// A scorer over `vectors`, which it borrows (they must outlive it). When
// neither part has columns (no statement has a term) every score is 0.
// Errors: InvalidArgument for malformed vectors or options;
// FailedPrecondition when the method needs a part without columns while the
// other has some. Cost: the
// table, O(rows^2 d) once; otherwise nothing up front.
absl::StatusOr<std::unique_ptr<PairScorer>> CreatePairScorer(
    const StatementVectors& vectors, const PairScorerOptions& options);

}  // namespace laddermerge

#endif  // LADDERMERGE_MATCH_MATCH_H_
