// Hand-built MergeResults for the report tests: a builder that derives the
// parts a real merge computes (cluster ids and ladders, area membership,
// overlap, framework with provenance) from a few declared facts, and a
// sample result with hostile text (HTML, CSV and YAML metacharacters,
// formula prefixes, invalid UTF-8).
//
//   MergeResultBuilder b({"acme", "globex"});
//   const uint32_t s1 = b.AddStatement(0, "ic", "L3", "Delivery", "Ships");
//   const uint32_t s2 = b.AddStatement(1, "ic", "Senior", "Execution",
//   "Ships"); const int delivery = b.AddArea("Delivery", {"ship"});
//   b.AddCluster(delivery, {s1, s2}, {"ship"});
//   MergeResult result = b.Build();
#ifndef LADDERMERGE_TESTS_REPORT_MERGE_FIXTURE_H_
#define LADDERMERGE_TESTS_REPORT_MERGE_FIXTURE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "consolidate/consolidate.h"

namespace laddermerge::testing_util {

class MergeResultBuilder {
 public:
  explicit MergeResultBuilder(std::vector<std::string> ladders);

  // Adds a statement of ladder `ladder`; returns its index. Its file is
  // "<ladder>/<track>.md" and its line the next free line there.
  uint32_t AddStatement(uint32_t ladder, const std::string& track,
                        const std::string& level, const std::string& section,
                        const std::string& text);

  // Adds an area; returns its index.
  int AddArea(const std::string& name, std::vector<std::string> top_terms);

  // Adds a cluster of `members`, the first one canonical; returns its index.
  // Every member gets `evidence`; non-canonical members get score 0.8.
  int AddCluster(int area, const std::vector<uint32_t>& members,
                 std::vector<std::string> evidence = {});

  // Sets member `member` (index into the cluster's members) to `link`.
  void SetLink(int cluster, size_t member, LinkType link, float score);

  void AddGap(uint32_t ladder, int cluster, float confidence,
              int64_t closest_statement, float closest_score);

  void AddAlignment(LevelAlignment alignment);
  void AddShift(LevelShift shift);
  void AddDecision(AppliedDecision decision);
  void AddWarning(const std::string& warning);

  // Clusters get ids c1, c2, ... in order; statements left out of every
  // cluster become singleton clusters (area -1). Overlap, area coverage,
  // area membership and the framework are derived. Gaps of each ladder are
  // sorted by area, then most widely shared first.
  MergeResult Build() const;

 private:
  MergeResult result_;
  std::vector<int> next_line_;
};

// Three ladders (northwind, contoso, fabrikam), 14 statements in 7 clusters
// (c1, c2 shared by all three; c3, c4, c5 by two; c6, c7 single), 4 areas,
// 3 gaps (one per ladder, one without a closest statement), 2 level
// alignments with a span and an unmatched level, a level shift, 2 decisions
// and 2 warnings. Contains kHostileText, kCsvText and kInvalidUtf8Text.
MergeResult SampleMergeResult();

// A statement that must reach every reader as text, never as markup.
inline constexpr char kHostileText[] =
    "<script>document.documentElement.dataset.pwned='script'</script> "
    "Reviews threat models & \"secrets\" handling --> </script>"
    "<img src=x onerror=\"document.documentElement.dataset.pwned='img'\">";

// A statement with CSV and YAML metacharacters and a formula prefix.
inline constexpr char kCsvText[] =
    "=HYPERLINK(\"x\") Writes \"design docs\", with trade-offs,\n"
    "risks: and # caf\u00E9 \u2615 na\u00EFve";

// A statement with invalid UTF-8 (a truncated sequence and a stray byte).
inline constexpr char kInvalidUtf8Text[] = "Protects data \xC3( at rest \xFF";

// A MergeResult with `ladders` ladders of `per_ladder` statements each, in
// clusters of one statement per ladder, for size checks.
MergeResult LargeMergeResult(int ladders, int per_ladder);

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_REPORT_MERGE_FIXTURE_H_
