// The structured-format readers on the real ladders in ../shared (skipped
// when absent): statement counts within 15% of real-ladders/MANIFEST.md, and
// tracks, levels, sections and lines of statements checked by hand. No
// ladder text is kept here: a statement's line is checked against the file.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"
#include "testing/shared_data.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

std::string Ladders() {
  const std::string shared = testing_util::SharedDir();
  return shared.empty() ? "" : (fs::path(shared) / "real-ladders").string();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string FileLine(const std::string& path, int line) {
  std::istringstream in(ReadFile(path));
  std::string text;
  for (int i = 0; i < line && std::getline(in, text); ++i) {
  }
  return text;
}

absl::StatusOr<RawCorpus> IngestPath(const std::string& path,
                                     bool examples = false) {
  IngestOptions options;
  options.include_examples = examples;
  return Ingest({InputSpec{"", path, false}}, options);
}

void ExpectNear(size_t actual, double manifest) {
  EXPECT_GE(static_cast<double>(actual), manifest * 0.85);
  EXPECT_LE(static_cast<double>(actual), manifest * 1.15);
}

// The statement on `line` of its file has this track, level and section,
// and its text really starts on that line.
void ExpectStatementAt(const RawLadder& ladder, int line,
                       const std::string& track, const std::string& level,
                       const std::string& section) {
  for (const RawStatement& s : ladder.statements) {
    if (s.line != line) continue;
    EXPECT_EQ(s.track, track);
    EXPECT_EQ(s.level, level);
    EXPECT_EQ(s.section, section);
    const std::string head = s.text.substr(0, s.text.find_first_of("\n,"));
    EXPECT_NE(FileLine(s.file, line).find(head.substr(0, 24)),
              std::string::npos)
        << s.file << ":" << line;
    return;
  }
  ADD_FAILURE() << "no statement on line " << line;
}

class RealStructuredLaddersTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = Ladders();
    if (root_.empty()) GTEST_SKIP() << "../shared is absent";
  }
  std::string Path(const std::string& relative) const {
    return (fs::path(root_) / relative).string();
  }
  std::string root_;
};

TEST_F(RealStructuredLaddersTest, FinancialTimesCurrentYaml) {
  absl::StatusOr<RawCorpus> r = IngestPath(
      Path("Financial-Times__engineering-progression/data/job-families/"
           "engineering.yml"));
  ASSERT_TRUE(r.ok()) << r.status();
  const RawLadder& ladder = r->ladders[0];
  ExpectNear(ladder.statements.size(), 92);
  // Levels before the IC / people-manager fork belong to the IC track.
  ExpectStatementAt(ladder, 149, "ic", "Junior Engineer", "Technical");
  ExpectStatementAt(ladder, 151, "ic", "Junior Engineer", "Technical");
  ExpectStatementAt(ladder, 544, "management",
                    "Principal Engineer (People Manager)", "Technical");
  ASSERT_EQ(ladder.tracks.size(), 2u);
  EXPECT_EQ(ladder.tracks[0].name, "ic");
  EXPECT_EQ(ladder.tracks[0].levels.size(), 5u);
  EXPECT_EQ(ladder.tracks[1].name, "management");
  EXPECT_EQ(ladder.tracks[1].levels.size(), 3u);
}

TEST_F(RealStructuredLaddersTest,
       FinancialTimesLegacyYamlWithAndWithoutExamples) {
  const std::string path = Path(
      "Financial-Times__engineering-progression/data/job-families/"
      "engineering-v1.yml");
  absl::StatusOr<RawCorpus> r = IngestPath(path);
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectNear(r->ladders[0].statements.size(), 101);
  ExpectStatementAt(r->ladders[0], 38, "ic", "Junior Engineer", "Technical");
  absl::StatusOr<RawCorpus> with = IngestPath(path, /*examples=*/true);
  ASSERT_TRUE(with.ok()) << with.status();
  ExpectNear(with->ladders[0].statements.size(), 101 + 257);
}

TEST_F(RealStructuredLaddersTest, MyUnidaysCompetenciesSkipRolesAndSchemas) {
  absl::StatusOr<RawCorpus> r =
      IngestPath(Path("MyUNiDAYS__competency-framework"));
  ASSERT_TRUE(r.ok()) << r.status();
  const RawLadder& ladder = r->ladders[0];
  ExpectNear(ladder.statements.size(), 472);
  EXPECT_EQ(ladder.files.size(), 5u);  // The competency files only.
  for (const RawStatement& s : ladder.statements) {
    if (s.file.find("engineering.json") == std::string::npos) continue;
    if (s.line == 18) {
      EXPECT_EQ(s.level, "n00b");
      EXPECT_EQ(s.section, "IT");
    }
  }
}

TEST_F(RealStructuredLaddersTest, MediumJavaScriptModule) {
  const std::string path = Path("Medium__snowflake/constants.js");
  absl::StatusOr<RawCorpus> r = IngestPath(path);
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectNear(r->ladders[0].statements.size(), 80 + 240);
  ExpectStatementAt(r->ladders[0], 98, "", "Milestone 1", "Mobile");
  absl::StatusOr<RawCorpus> with = IngestPath(path, /*examples=*/true);
  ASSERT_TRUE(with.ok()) << with.status();
  ExpectNear(with->ladders[0].statements.size(), 80 + 240 + 240);
}

TEST_F(RealStructuredLaddersTest, MercariCsvInBothLanguages) {
  for (const char* language : {"en", "jp"}) {
    absl::StatusOr<RawCorpus> r =
        IngestPath(Path(std::string("mercari__mercari-engineering-ladder/") +
                        language + "/engineering_ladder.csv"));
    ASSERT_TRUE(r.ok()) << r.status();
    ExpectNear(r->ladders[0].statements.size(), 233);
    ExpectStatementAt(r->ladders[0], 2, "", "MG1",
                      "Commending Bold Challenges");
  }
}

// Monzo keeps its framework in Markdown front matter, which the Markdown
// reader hands to ReadYaml starting at file line 2.
TEST_F(RealStructuredLaddersTest, MonzoFrontMatterThroughReadYaml) {
  const std::vector<std::pair<std::string, int>> files = {
      {"engineering/backend.md", 135}, {"engineering/data.md", 141},
      {"engineering/mobile.md", 127},  {"engineering/qualityanalyst.md", 55},
      {"engineering/web.md", 165},     {"generic.md", 72}};
  for (const auto& [file, manifest] : files) {
    const std::string path =
        Path("monzo__progression-framework/frameworks/" + file);
    const std::string text = ReadFile(path);
    const size_t start = text.find('\n') + 1;
    const size_t end = text.find("\n---\n", start) + 1;
    internal::ReaderContext context;
    absl::StatusOr<internal::ReadResult> r = internal::ReadYaml(
        internal::SourceFile{path, text.substr(start, end - start), 2},
        context);
    ASSERT_TRUE(r.ok()) << r.status();
    ExpectNear(r->statements.size(), manifest);
    if (file == "engineering/backend.md") {
      RawLadder ladder;
      ladder.statements = r->statements;
      ExpectStatementAt(ladder, 15, "", "Level 1", "Communication");
    }
  }
}

}  // namespace
}  // namespace laddermerge
