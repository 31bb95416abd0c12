#include "ingest/ingest.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

#include "testing/scratch_dir.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

class IngestTest : public testing::Test {
 protected:
  void SetUp() override { dir_ = testing_util::FreshTestDir("ingest"); }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    return testing_util::WriteTestFile(dir_, name, content);
  }

  absl::StatusOr<RawCorpus> IngestPaths(const std::vector<std::string>& args) {
    std::vector<InputSpec> inputs;
    for (const std::string& a : args) {
      absl::StatusOr<InputSpec> spec = ParseInputArgument(a);
      if (!spec.ok()) return spec.status();
      inputs.push_back(*spec);
    }
    return Ingest(inputs, IngestOptions());
  }

  fs::path dir_;
};

TEST_F(IngestTest, ParseInputArgumentSplitsNameFromPath) {
  absl::StatusOr<InputSpec> spec = ParseInputArgument("acme=some/dir");
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_EQ(spec->name, "acme");
  EXPECT_EQ(spec->path, "some/dir");
  EXPECT_TRUE(spec->name_given);
}

TEST_F(IngestTest, ParseInputArgumentPrefersAnExistingPathWithEquals) {
  const std::string path = Write("a=b.txt", "Writes tests\n");
  absl::StatusOr<InputSpec> spec = ParseInputArgument(path);
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_FALSE(spec->name_given);
  EXPECT_EQ(spec->path, path);
}

TEST_F(IngestTest, ParseInputArgumentRejectsEmptyNameOrPath) {
  EXPECT_EQ(ParseInputArgument("=x").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseInputArgument("x=").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(IngestTest, MissingPathIsNotFoundWithFileAndLine) {
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "nope.md").string()});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("nope.md:1: "), absl::string_view::npos)
      << r.status();
}

TEST_F(IngestTest, EmptyFileIsInvalidArgument) {
  absl::StatusOr<RawCorpus> r = IngestPaths({Write("empty.txt", "")});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("empty.txt:1: empty file"),
            absl::string_view::npos)
      << r.status();
}

TEST_F(IngestTest, FileOverTheSizeLimitIsRejected) {
  std::vector<InputSpec> inputs = {
      {"", Write("big.txt", std::string(2000, 'a')), false}};
  IngestOptions options;
  options.max_file_bytes = 1000;
  absl::StatusOr<RawCorpus> r = Ingest(inputs, options);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("over the limit"),
            absl::string_view::npos)
      << r.status();
}

TEST_F(IngestTest, PlainTextGivesOneStatementPerLineWithLineNumbers) {
  absl::StatusOr<RawCorpus> r =
      IngestPaths({Write("acme.txt", "Writes tests\n\nReviews code\n")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->ladders.size(), 1u);
  EXPECT_EQ(r->ladders[0].name, "acme");
  ASSERT_EQ(r->ladders[0].statements.size(), 2u);
  EXPECT_EQ(r->ladders[0].statements[1].text, "Reviews code");
  EXPECT_EQ(r->ladders[0].statements[1].line, 3);
}

TEST_F(IngestTest, ClashingDerivedNamesGetSuffixAndWarning) {
  const std::string a = Write("x/acme.txt", "Writes tests\n");
  const std::string b = Write("y/acme.txt", "Reviews code\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({a, b});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ladders[0].name, "acme");
  EXPECT_EQ(r->ladders[1].name, "acme-2");
  ASSERT_EQ(r->warnings.size(), 1u);
}

TEST_F(IngestTest, ClashingGivenNamesAreAnError) {
  const std::string a = Write("a.txt", "Writes tests\n");
  const std::string b = Write("b.txt", "Reviews code\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({"n=" + a, "n=" + b});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(IngestTest, DirectorySkipsLicenceAndImagesInSortedOrder) {
  Write("acme/b.txt", "Second file\n");
  Write("acme/a.txt", "First file\n");
  Write("acme/LICENSE.txt", "MIT licence text\n");
  Write("acme/logo.png", "\x89PNG");
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "acme").string()});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ladders[0].name, "acme");
  ASSERT_EQ(r->ladders[0].statements.size(), 2u);
  EXPECT_EQ(r->ladders[0].statements[0].text, "First file");
  EXPECT_EQ(r->skipped_files.size(), 2u);
}

TEST_F(IngestTest, DirectoryWithTenThousandFilesIsOneLadder) {
  for (int i = 0; i < 10000; ++i) {
    Write(absl::StrFormat("acme/d%02d/f%05d.txt", i % 50, i),
          absl::StrCat("Writes tests for component ", i, "\n"));
  }
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "acme").string()});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->ladders[0].files.size(), 10000u);
  ASSERT_EQ(r->ladders[0].statements.size(), 10000u);
  EXPECT_EQ(r->ladders[0].statements[0].text, "Writes tests for component 0");
  EXPECT_EQ(r->ladders[0].statements[9999].text,
            "Writes tests for component 9999");
}

TEST_F(IngestTest, ReadmeBesideLadderFilesIsSkippedAsDocumentation) {
  Write("acme/README.md", "# About\n\n- How to read this ladder\n");
  Write("acme/ic/L3.md", "## Delivery\n\n- Ships features\n");
  Write("acme/ic/L10.md", "- Sets direction\n");
  Write("acme/ic/L2.md", "- Learns the codebase\n");
  Write("acme/management/m2.md", "- Runs one-on-ones\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "acme").string()});
  ASSERT_TRUE(r.ok()) << r.status();
  const RawLadder& ladder = r->ladders[0];
  ASSERT_EQ(ladder.statements.size(), 4u);
  EXPECT_EQ(ladder.statements[0].level, "L10");
  EXPECT_EQ(ladder.statements[0].track, "ic");
  EXPECT_EQ(ladder.statements[2].section, "Delivery");
  EXPECT_EQ(ladder.statements[3].level, "M2");
  EXPECT_EQ(ladder.statements[3].track, "management");
  ASSERT_EQ(r->skipped_files.size(), 1u);
  EXPECT_NE(r->skipped_files[0].find("README.md"), std::string::npos);
  ASSERT_EQ(ladder.tracks.size(), 2u);
  EXPECT_EQ(ladder.tracks[0].levels,
            (std::vector<std::string>{"L2", "L3", "L10"}));
}

TEST_F(IngestTest, ReadmeThatIsTheOnlyLadderFileIsRead) {
  Write("acme/engineers/readme.md", "# L1\n\n- Learns the codebase\n");
  Write("acme/LICENSE", "MIT\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "acme").string()});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->ladders[0].statements.size(), 1u);
  EXPECT_EQ(r->ladders[0].statements[0].level, "L1");
  EXPECT_EQ(r->ladders[0].statements[0].track, "ic");
}

TEST_F(IngestTest, TextFileHoldingMarkdownIsReadAsMarkdown) {
  absl::StatusOr<RawCorpus> r = IngestPaths(
      {Write("ladder.txt", "# Ladder\n\n## Senior\n\n- **Owns** services\n")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->ladders[0].statements.size(), 1u);
  EXPECT_EQ(r->ladders[0].statements[0].text, "Owns services");
  EXPECT_EQ(r->ladders[0].statements[0].level, "Senior");
  EXPECT_EQ(r->ladders[0].statements[0].line, 5);
}

TEST_F(IngestTest, FrontMatterCompanyNamesAFileLadder) {
  absl::StatusOr<RawCorpus> r = IngestPaths(
      {Write("x.md", "---\ncompany: Northwind\n---\n- Ships work\n")});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ladders[0].name, "Northwind");
}

TEST_F(IngestTest, MarkdownErrorsCarryFileAndLine) {
  const std::string path = Write("bad.md", "---\ntitle: x\n- Ships\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({path});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), path + ":1: unterminated front matter");
}

TEST_F(IngestTest, HtmlPageInADirectory) {
  Write("acme/m3_engineering_manager.html",
        "<nav><ul><li><a href=\"a.html\">Home</a></li></ul></nav>\n"
        "<h1>M3 Engineering Manager</h1>\n<ul><li>Hires well</li></ul>\n");
  absl::StatusOr<RawCorpus> r = IngestPaths({(dir_ / "acme").string()});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->ladders[0].statements.size(), 1u);
  EXPECT_EQ(r->ladders[0].statements[0].level, "M3");
  EXPECT_EQ(r->ladders[0].statements[0].track, "management");
  EXPECT_EQ(r->ladders[0].statements[0].line, 3);
}

}  // namespace
}  // namespace laddermerge
