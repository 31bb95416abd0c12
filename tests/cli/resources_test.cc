#include "cli/resources.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

// A fresh directory under the test's temporary directory.
std::string NewDir(const std::string& name) {
  const std::string dir = absl::StrCat(testing::TempDir(), "/", name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string TinyGloveFile() {
  DenseMatrix m;
  m.rows = 2;
  m.cols = 2;
  m.data = {1, 0, 0, 1};
  return WordEmbeddings({"coach", "deploy"}, {0, 1}, 2, m).Serialize();
}

TEST(AttachWordEmbeddingsTest, LoadsTheFirstDirectoryThatHasTheFile) {
  const std::string empty = NewDir("glove_empty");
  const std::string full = NewDir("glove_full");
  std::ofstream(full + "/glove_vectors.bin", std::ios::binary)
      << TinyGloveFile();
  VectorizeOptions options;
  options.glove_weight = 0.2;
  std::unique_ptr<WordEmbeddings> holder;
  std::string warning;
  ASSERT_TRUE(
      AttachWordEmbeddings(&options, {empty, full}, &holder, &warning).ok());
  EXPECT_EQ(warning, "");
  ASSERT_NE(holder, nullptr);
  EXPECT_EQ(options.embeddings, holder.get());
  EXPECT_EQ(holder->Find("deploy"), 1);
  EXPECT_FALSE(options.skip_parts_without_resources);
}

TEST(AttachWordEmbeddingsTest, MissingFileSkipsThePartWithAWarning) {
  const std::string empty = NewDir("glove_missing");
  VectorizeOptions options;
  options.glove_weight = 0.2;
  std::unique_ptr<WordEmbeddings> holder;
  std::string warning;
  ASSERT_TRUE(AttachWordEmbeddings(&options, {empty}, &holder, &warning).ok());
  EXPECT_THAT(warning, testing::HasSubstr("glove_vectors.bin not found in"));
  EXPECT_THAT(warning, testing::HasSubstr(empty));
  EXPECT_THAT(warning, testing::EndsWith("without the glove part"));
  EXPECT_TRUE(options.skip_parts_without_resources);
  EXPECT_EQ(options.embeddings, nullptr);
}

TEST(AttachWordEmbeddingsTest, UnusedPartLoadsNothing) {
  const std::string empty = NewDir("glove_unused");
  VectorizeOptions options;
  options.glove_weight = 0;
  std::unique_ptr<WordEmbeddings> holder;
  std::string warning;
  ASSERT_TRUE(AttachWordEmbeddings(&options, {empty}, &holder, &warning).ok());
  EXPECT_EQ(warning, "");
  EXPECT_EQ(holder, nullptr);
  EXPECT_FALSE(options.skip_parts_without_resources);
}

TEST(AttachWordEmbeddingsTest, DamagedFileIsAnErrorNamingIt) {
  const std::string dir = NewDir("glove_damaged");
  const std::string bytes = TinyGloveFile();
  std::ofstream(dir + "/glove_vectors.bin", std::ios::binary)
      << bytes.substr(0, bytes.size() - 3);
  VectorizeOptions options;
  options.glove_weight = 0.2;
  std::unique_ptr<WordEmbeddings> holder;
  std::string warning;
  const absl::Status status =
      AttachWordEmbeddings(&options, {dir}, &holder, &warning);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StartsWith(status.message(), dir + "/glove_vectors.bin: "))
      << status;
}

}  // namespace
}  // namespace laddermerge
