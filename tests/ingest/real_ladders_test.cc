// Reads the real ladders of ../shared/real-ladders that are Markdown or HTML
// and checks the statement counts against the estimates of its MANIFEST.md
// (within 15%), and the level, track and section of statements checked by
// hand against the sources. Skips when ../shared is absent.
//
// Counts are meant after normalize, which splits prose paragraphs into
// sentences; until it does, each paragraph counts as the number of
// sentences ICU's sentence break iterator finds in it.
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "ingest/ingest.h"
#include "testing/shared_data.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

int CountSentences(const std::string& text) {
  std::string flat = text;
  for (char& c : flat) {
    if (c == '\n') c = ' ';
  }
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> utf16(flat.size() + 1);
  int32_t length = 0;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &length,
                flat.data(), static_cast<int32_t>(flat.size()), &status);
  UBreakIterator* it =
      ubrk_open(UBRK_SENTENCE, "en", utf16.data(), length, &status);
  if (U_FAILURE(status)) return 1;
  int sentences = 0;
  for (int32_t end = ubrk_next(it); end != UBRK_DONE; end = ubrk_next(it)) {
    ++sentences;
  }
  ubrk_close(it);
  return sentences;
}

int CountAfterSplitting(const RawLadder& ladder) {
  int count = 0;
  for (const RawStatement& s : ladder.statements) {
    count += s.kind == StatementKind::kParagraph ? CountSentences(s.text) : 1;
  }
  return count;
}

class RealLaddersTest : public testing::Test {
 protected:
  void SetUp() override {
    const std::string shared = testing_util::SharedDir();
    if (shared.empty()) GTEST_SKIP() << "../shared is absent";
    root_ = fs::path(shared) / "real-ladders";
    if (!fs::is_directory(root_)) GTEST_SKIP() << "no real-ladders";
  }

  // All statements of the given inputs, as one list, with the tracks of the
  // first input.
  RawLadder Read(const std::vector<std::string>& paths) {
    std::vector<InputSpec> inputs;
    for (const std::string& p : paths) {
      inputs.push_back({"", (root_ / p).string(), false});
    }
    absl::StatusOr<RawCorpus> corpus = Ingest(inputs, IngestOptions());
    EXPECT_TRUE(corpus.ok()) << corpus.status();
    RawLadder all;
    if (!corpus.ok()) return all;
    all.tracks = corpus->ladders[0].tracks;
    for (RawLadder& ladder : corpus->ladders) {
      for (RawStatement& s : ladder.statements) {
        all.statements.push_back(std::move(s));
      }
    }
    return all;
  }

  void ExpectCountNear(const RawLadder& ladder, int estimate) {
    const int count = CountAfterSplitting(ladder);
    RecordProperty("statements", count);
    RecordProperty("raw_statements",
                   static_cast<int>(ladder.statements.size()));
    EXPECT_GE(count, estimate * 85 / 100) << "estimate " << estimate;
    EXPECT_LE(count, estimate * 115 / 100) << "estimate " << estimate;
  }

  // The statement read from `file` at `line` whose text starts with `start`.
  const RawStatement* Find(const RawLadder& ladder, const std::string& file,
                           int line, const std::string& start) {
    for (const RawStatement& s : ladder.statements) {
      if (s.line == line && s.file.size() >= file.size() &&
          s.file.compare(s.file.size() - file.size(), file.size(), file) == 0 &&
          s.text.compare(0, start.size(), start) == 0) {
        return &s;
      }
    }
    return nullptr;
  }

  void ExpectStatement(const RawLadder& ladder, const std::string& file,
                       int line, const std::string& start,
                       const std::string& level, const std::string& track,
                       const std::string& section) {
    const RawStatement* s = Find(ladder, file, line, start);
    ASSERT_NE(s, nullptr) << file << ":" << line << " " << start;
    EXPECT_EQ(s->level, level) << file << ":" << line;
    EXPECT_EQ(s->track, track) << file << ":" << line;
    EXPECT_EQ(s->section, section) << file << ":" << line;
  }

  static std::vector<std::string> LevelsOf(const RawLadder& ladder,
                                           const std::string& track) {
    for (const Track& t : ladder.tracks) {
      if (t.name == track) return t.levels;
    }
    return {};
  }

  fs::path root_;
};

using Levels = std::vector<std::string>;

TEST_F(RealLaddersTest, JorgefMarkdownWithBoldKeyedBullets) {
  const RawLadder ladder = Read({"jorgef__engineeringladders"});
  ExpectCountNear(ladder, 146);
  ExpectStatement(ladder, "Developer.md", 23, "Adopts: actively learns", "D1",
                  "ic", "");
  ExpectStatement(ladder, "TechLead.md", 67, "Company: makes an impact", "TL7",
                  "tech lead", "");
  ExpectStatement(ladder, "EngineeringManager.md", 51, "Manages: manages",
                  "EM7", "management", "");
  ExpectStatement(ladder, "TechLead-EngineeringManager.md", 15, "One on Ones",
                  "", "management", "");
}

TEST_F(RealLaddersTest, ArtsyHtmlMatricesInMarkdown) {
  const RawLadder ladder = Read({"artsy__README"});
  ExpectCountNear(ladder, 210);
  ExpectStatement(ladder, "ladder.md", 129, "Can trace production behaviors",
                  "Engineer 2", "ic",
                  "Knowledge Leadership > Technical understanding");
  ExpectStatement(ladder, "ladder.md", 645, "Ensures engineers understand",
                  "M2", "management", "People & Business Leadership");
  ExpectStatement(ladder, "ladder.md", 800, "Develops innovative ideas", "M6",
                  "management", "Discretion");
  EXPECT_EQ(LevelsOf(ladder, "ic"),
            (Levels{"Engineer 1", "Engineer 2", "Senior Engineer 1",
                    "Senior Engineer 2", "Staff Engineer"}));
  EXPECT_EQ(LevelsOf(ladder, "management"),
            (Levels{"M2", "M3", "M4", "M5", "M6"}));
}

TEST_F(RealLaddersTest, DropboxStaticHtmlPages) {
  const RawLadder ladder = Read({"dropbox__dbx-career-framework"});
  ExpectCountNear(ladder, 769);
  ExpectStatement(ladder, "ic3_software_engineer.html", 231,
                  "When I encounter barriers", "IC3", "ic",
                  "Core Responsibilities > Results > Ownership");
  ExpectStatement(ladder, "ic3_software_engineer.html", 203,
                  "I own and deliver projects", "IC3", "ic", "Scope");
  ExpectStatement(ladder, "m6_engineering_director.html", 248,
                  "I drive transformation", "M6", "management",
                  "Direction > Agility");
  EXPECT_EQ(LevelsOf(ladder, "ic"),
            (Levels{"IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC7"}));
  EXPECT_EQ(LevelsOf(ladder, "management"),
            (Levels{"M3", "M4", "M5", "M6", "M7"}));
}

TEST_F(RealLaddersTest, KolbisPipeTablesWithBulletCells) {
  const RawLadder ladder = Read({"kolbis__Career-Paths"});
  ExpectCountNear(ladder, 219);
  ExpectStatement(ladder, "readme.md", 32, "You are able to handle bugs", "L1",
                  "ic", "Responsibility & Growth > Execution");
  ExpectStatement(ladder, "readme.md", 135, "Drives execution", "L4",
                  "management", "Responsibility & Growth > Execution");
  ExpectStatement(ladder, "readme.md", 259, "You lead your team.", "L6",
                  "management", "Example skills and behaviors");
}

// The manifest's ~233 counts the CSV's paragraphs; the Markdown grades hold
// 205 paragraphs (126 shared with the CSV, 79 in the Engineering Manager
// sub-sections of MG3-MG6), about 256 sentences.
TEST_F(RealLaddersTest, MercariMarkdownGrades) {
  const std::string en = "mercari__mercari-engineering-ladder/en/";
  const RawLadder ladder = Read({en + "MG1.md", en + "MG2.md", en + "MG3.md",
                                 en + "MG4.md", en + "MG5.md", en + "MG6.md"});
  ExpectCountNear(ladder, 256);
  ExpectStatement(ladder, "MG1.md", 14, "Explains that there are always", "MG1",
                  "", "Commending Bold Challenges");
  ExpectStatement(ladder, "MG3.md", 22, "Identifies issues within their team",
                  "MG3", "management", "Commending Bold Challenges");
}

}  // namespace
}  // namespace laddermerge
