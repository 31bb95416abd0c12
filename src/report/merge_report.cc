// MergeOutputFiles: every file of `merge --out DIR`, rendered in memory.
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

#include "common/status_macros.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {

absl::StatusOr<std::vector<OutputFile>> MergeOutputFiles(
    const MergeResult& result, const ReportOptions& options) {
  internal::IndexMergeResult(result);
  LM_ASSIGN_OR_RETURN(std::string xlsx, ReportXlsx(result, options));
  std::vector<OutputFile> files;
  files.push_back({"clusters.json", ClustersJson(result)});
  files.push_back({"gaps.json", GapsJson(result)});
  files.push_back({"levels.json", LevelsJson(result)});
  files.push_back({"framework.md", FrameworkMarkdown(result)});
  files.push_back({"framework.yaml", FrameworkYaml(result)});
  files.push_back({"gaps.md", GapsMarkdown(result)});
  files.push_back({"overlap.csv", OverlapCsv(result)});
  files.push_back({"clusters.csv", ClustersCsv(result)});
  files.push_back({"gaps.csv", GapsCsv(result)});
  files.push_back({"report.xlsx", std::move(xlsx)});
  files.push_back({"report.html", ReportHtml(result, options)});
  return files;
}

}  // namespace laddermerge
