// MergeOutputFiles: every file of `merge --out DIR`, rendered in memory.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

#include "common/parallel.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {

absl::StatusOr<std::vector<OutputFile>> MergeOutputFiles(
    const MergeResult& result, const ReportOptions& options) {
  internal::IndexMergeResult(result);
  // The writers only read `result`; each file is rendered on its own, in
  // parallel, into its own slot, so the output does not depend on threads.
  using Writer = std::function<absl::StatusOr<std::string>()>;
  const std::vector<std::pair<const char*, Writer>> writers = {
      {"clusters.json", [&] { return ClustersJson(result); }},
      {"gaps.json", [&] { return GapsJson(result); }},
      {"levels.json", [&] { return LevelsJson(result); }},
      {"framework.md", [&] { return FrameworkMarkdown(result); }},
      {"framework.yaml", [&] { return FrameworkYaml(result); }},
      {"gaps.md", [&] { return GapsMarkdown(result); }},
      {"overlap.csv", [&] { return OverlapCsv(result); }},
      {"clusters.csv", [&] { return ClustersCsv(result); }},
      {"gaps.csv", [&] { return GapsCsv(result); }},
      {"report.xlsx", [&] { return ReportXlsx(result, options); }},
      {"report.html", [&] { return ReportHtml(result, options); }},
  };
  std::vector<absl::StatusOr<std::string>> contents(writers.size());
  ParallelForBlocks(writers.size(), 1, options.threads,
                    [&](size_t, size_t begin, size_t) {
                      contents[begin] = writers[begin].second();
                    });
  std::vector<OutputFile> files;
  for (size_t i = 0; i < writers.size(); ++i) {
    if (!contents[i].ok()) return contents[i].status();
    files.push_back({writers[i].first, *std::move(contents[i])});
  }
  return files;
}

}  // namespace laddermerge
