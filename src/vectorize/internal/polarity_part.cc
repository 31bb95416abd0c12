#include "vectorize/internal/polarity_part.h"

#include "absl/strings/match.h"

namespace laddermerge::internal {
namespace {

class PolarityPart : public PartVectorizer {
 public:
  absl::string_view name() const override { return "polarity"; }
  bool is_dense() const override { return true; }
  absl::Status Fit(const TokenCorpus&) override { return absl::OkStatus(); }

  void Transform(const TokenCorpus& tokens, SparseMatrix*,
                 DenseMatrix* dense) const override {
    dense->rows = static_cast<uint32_t>(tokens.num_statements());
    dense->cols = 1;
    dense->data.assign(dense->rows, 1.0f);
    for (uint32_t s = 0; s < dense->rows; ++s) {
      if (Negated(tokens, s)) dense->data[s] = -1.0f;
    }
  }

  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t,
               std::vector<PairExplanation::Contribution>* out) const override {
    if (Negated(tokens, a) != Negated(tokens, b)) {
      out->push_back({"polarity", "one statement is negated", -1.0});
    }
  }

 private:
  static bool Negated(const TokenCorpus& tokens, size_t s) {
    for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s);
         ++t) {
      if (IsNegation(tokens.words.token(t))) return true;
    }
    return false;
  }
};

}  // namespace

bool IsNegation(absl::string_view word) {
  for (absl::string_view negation :
       {"no", "not", "never", "nobody", "nothing", "none", "neither", "nor",
        "cannot", "nowhere"}) {
    if (word == negation) return true;
  }
  return absl::EndsWith(word, "n't");
}

std::unique_ptr<PartVectorizer> NewPolarityPart() {
  return std::make_unique<PolarityPart>();
}

}  // namespace laddermerge::internal
