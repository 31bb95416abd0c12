#include "normalize/normalize.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

using ::testing::ElementsAre;

RawStatement Raw(std::string text, std::string file, int line,
                 StatementKind kind = StatementKind::kItem) {
  RawStatement s;
  s.text = std::move(text);
  s.file = std::move(file);
  s.line = line;
  s.track = "ic";
  s.level = "L1";
  s.kind = kind;
  return s;
}

RawCorpus OneLadder(std::vector<RawStatement> statements) {
  RawCorpus raw;
  RawLadder ladder;
  ladder.name = "acme";
  ladder.files = {"a.md"};
  ladder.statements = std::move(statements);
  raw.ladders.push_back(std::move(ladder));
  return raw;
}

// "line|text" of each statement of the only ladder.
std::vector<std::string> Lines(const Corpus& corpus) {
  std::vector<std::string> out;
  for (const Statement& s : corpus.ladders[0].statements) {
    out.push_back(absl::StrCat(s.line, "|", s.text));
  }
  return out;
}

TEST(NormalizeTextTest, CollapsesWhitespaceAndTrims) {
  EXPECT_EQ(NormalizeText("  Writes\n  clear\t docs  "), "Writes clear docs");
}

TEST(NormalizeTextTest, ComposesToNfcAndDropsInvisibleCharacters) {
  EXPECT_EQ(NormalizeText("Cafe\xCC\x81\xC2\xA0team\xE2\x80\x8B."),
            "Caf\xC3\xA9 team.");
}

TEST(NormalizeTest, AssignsIdsInReadingOrderAndDropsEmptyStatements) {
  absl::StatusOr<Corpus> corpus = Normalize(
      OneLadder({Raw("Writes tests", "a.md", 3), Raw(" - ", "a.md", 4),
                 Raw("Reviews code", "a.md", 5)}),
      NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  const auto& statements = corpus->ladders[0].statements;
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].id, "acme:1");
  EXPECT_EQ(statements[1].id, "acme:2");
  EXPECT_EQ(statements[1].line, 5);
  EXPECT_EQ(statements[1].track, "ic");
  EXPECT_EQ(statements[1].level, "L1");
}

TEST(NormalizeTest, ParagraphsBecomeSentencesWithTheirOwnLines) {
  absl::StatusOr<Corpus> corpus = Normalize(
      OneLadder(
          {Raw("Plans the work, e.g. sprints.\nShips it. Then\nreflects.",
               "a.md", 10, StatementKind::kParagraph),
           Raw("Items stay whole. Even with two sentences.", "a.md", 20)}),
      NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_THAT(Lines(*corpus),
              ElementsAre("10|Plans the work, e.g. sprints.", "11|Ships it.",
                          "11|Then reflects.",
                          "20|Items stay whole. Even with two sentences."));
}

TEST(NormalizeTest, RemovesMarkupAndListMarkers) {
  absl::StatusOr<Corpus> corpus =
      Normalize(OneLadder({Raw("- **Owns** the [runbook](x.md)", "a.md", 1),
                           Raw("12) Reviews &amp; merges", "a.md", 2),
                           Raw("\xE2\x80\xA2 Pairs often", "a.md", 3)}),
                NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_THAT(
      Lines(*corpus),
      ElementsAre("1|Owns the runbook", "2|Reviews & merges", "3|Pairs often"));
}

TEST(NormalizeTest, CountsLettersInAnyScript) {
  absl::StatusOr<Corpus> corpus = Normalize(
      OneLadder({Raw("\xE8\xA8\xAD\xE8\xA8\x88", "a.md", 1),  // 2 letters.
                 Raw("\xE8\xA8\xAD\xE8\xA8\x88\xE3\x81\x99\xE3\x82\x8B", "a.md",
                     2),  // 4 letters.
                 Raw("N/A", "a.md", 3)}),
      NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_THAT(
      Lines(*corpus),
      ElementsAre("2|\xE8\xA8\xAD\xE8\xA8\x88\xE3\x81\x99\xE3\x82\x8B"));
}

TEST(NormalizeTest, RepairsMojibakeWithOneWarningPerFile) {
  const std::string quote = "\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2";  // ’ mangled
  RawCorpus raw = OneLadder(
      {Raw(absl::StrCat("The team", quote, "s goals"), "a.csv", 2),
       Raw(absl::StrCat("Its owner", quote, "s call"), "b.csv", 3),
       Raw(absl::StrCat("Our", quote, "s, their", quote, "s"), "a.csv", 4)});
  raw.warnings.push_back("x.md:1: earlier warning");
  absl::StatusOr<Corpus> corpus = Normalize(raw, NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_EQ(corpus->ladders[0].statements[0].text,
            "The team\xE2\x80\x99s goals");
  EXPECT_THAT(corpus->warnings,
              ElementsAre("x.md:1: earlier warning",
                          "a.csv:1: repaired 3 mojibake sequences",
                          "b.csv:1: repaired 1 mojibake sequence"));
  NormalizeOptions off;
  off.repair_mojibake = false;
  absl::StatusOr<Corpus> kept = Normalize(raw, off);
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ(kept->ladders[0].statements[0].text,
            absl::StrCat("The team", quote, "s goals"));
  EXPECT_EQ(kept->warnings.size(), 1u);
}

TEST(NormalizeTest, LadderWithNothingLeftIsAnError) {
  absl::StatusOr<Corpus> corpus =
      Normalize(OneLadder({Raw("--", "a.md", 1)}), NormalizeOptions());
  EXPECT_EQ(corpus.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(corpus.status().message(),
            "a.md:1: no statements left after normalization");
}

}  // namespace
}  // namespace laddermerge
