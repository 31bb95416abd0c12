#include "vectorize/tfidf.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

constexpr double kTolerance = 1e-5;

TokenLists MakeLists(const std::vector<std::vector<std::string>>& docs) {
  TokenLists lists;
  for (const auto& doc : docs) {
    for (const std::string& token : doc) lists.Add(token);
    lists.EndList();
  }
  return lists;
}

// Value of column `term` in `row`, 0 when absent.
double At(const SparseMatrix& m, const TfidfModel& model, uint32_t row,
          const std::string& term) {
  const int64_t id = model.TermId(term);
  for (uint64_t p = m.row_ptr[row]; p < m.row_ptr[row + 1]; ++p) {
    if (m.col[p] == id) return m.value[p];
  }
  return 0;
}

TEST(TfidfTest, SublinearTfSmoothedIdfL2NormMatchHandComputedValues) {
  // df: a=1, b=2, c=1 over n=2; idf(a) = ln(3/2) + 1, idf(b) = 1.
  // Row 0: a has tf 1 + ln 2.
  const TokenLists lists = MakeLists({{"a", "a", "b"}, {"b", "c"}});
  const TfidfModel model = TfidfModel::Fit(lists, TfidfOptions());
  ASSERT_EQ(model.num_terms(), 3u);
  EXPECT_EQ(model.term(0), "a");
  EXPECT_EQ(model.term(2), "c");
  EXPECT_NEAR(model.idf(0), 1.4054651, kTolerance);
  EXPECT_NEAR(model.idf(1), 1.0, kTolerance);
  const SparseMatrix m = model.Transform(lists);
  ASSERT_EQ(m.rows, 2u);
  EXPECT_EQ(m.cols, 3u);
  EXPECT_NEAR(At(m, model, 0, "a"), 0.9219070, kTolerance);
  EXPECT_NEAR(At(m, model, 0, "b"), 0.3874113, kTolerance);
  EXPECT_NEAR(At(m, model, 1, "b"), 0.5797387, kTolerance);
  EXPECT_NEAR(At(m, model, 1, "c"), 0.8148025, kTolerance);
}

TEST(TfidfTest, RawTfAndUnsmoothedIdf) {
  TfidfOptions options;
  options.sublinear_tf = false;
  options.smooth_idf = false;
  const TokenLists lists = MakeLists({{"a", "a", "b"}, {"b", "c"}});
  const TfidfModel model = TfidfModel::Fit(lists, options);
  EXPECT_NEAR(model.idf(0), 1.6931472, kTolerance);  // ln(2/1) + 1
  const SparseMatrix m = model.Transform(lists);
  EXPECT_NEAR(At(m, model, 0, "a"), 0.9590559, kTolerance);
  EXPECT_NEAR(At(m, model, 0, "b"), 0.2832169, kTolerance);
}

TEST(TfidfTest, BackgroundFrequenciesAddToNAndDf) {
  DocumentFrequencies background;
  background.num_documents = 8;
  background.df["b"] = 8;
  const TokenLists lists = MakeLists({{"a", "a", "b"}, {"b", "c"}});
  const TfidfModel model = TfidfModel::Fit(lists, TfidfOptions(), &background);
  EXPECT_NEAR(model.idf(0), 2.7047481, kTolerance);  // ln(11/2) + 1
  EXPECT_NEAR(model.idf(1), 1.0, kTolerance);        // ln(11/11) + 1
}

TEST(TfidfTest, UnknownTermsAndEmptyRowsGiveZeroRows) {
  const TfidfModel model =
      TfidfModel::Fit(MakeLists({{"a"}, {"b"}}), TfidfOptions());
  const SparseMatrix m = model.Transform(MakeLists({{"zzz"}, {}, {"b"}}));
  ASSERT_EQ(m.rows, 3u);
  EXPECT_EQ(m.row_ptr[1], 0u);
  EXPECT_EQ(m.row_ptr[2], 0u);
  EXPECT_EQ(m.nnz(), 1u);
  EXPECT_NEAR(m.value[0], 1.0, kTolerance);
}

TEST(TfidfTest, MinDfDropsRareTerms) {
  TfidfOptions options;
  options.min_df = 2;
  const TfidfModel model =
      TfidfModel::Fit(MakeLists({{"a", "b"}, {"b"}}), options);
  EXPECT_EQ(model.num_terms(), 1u);
  EXPECT_EQ(model.TermId("a"), -1);
  EXPECT_EQ(model.TermId("b"), 0);
}

TEST(TfidfTest, SameMatrixForAnyThreadCount) {
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 9000; ++i) {
    docs.push_back({absl::StrCat("t", i % 97), absl::StrCat("u", i % 13),
                    absl::StrCat("t", i % 31)});
  }
  const TokenLists lists = MakeLists(docs);
  TfidfOptions options;
  options.threads = 1;
  const SparseMatrix one = TfidfModel::Fit(lists, options).Transform(lists);
  options.threads = 3;
  const SparseMatrix three = TfidfModel::Fit(lists, options).Transform(lists);
  EXPECT_EQ(one.row_ptr, three.row_ptr);
  EXPECT_EQ(one.col, three.col);
  EXPECT_EQ(one.value, three.value);
}

}  // namespace
}  // namespace laddermerge
