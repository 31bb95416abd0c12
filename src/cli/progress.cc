#include "cli/progress.h"

#include <algorithm>
#include <iostream>

#include "absl/strings/str_format.h"
#include <unistd.h>

namespace laddermerge {
namespace {

constexpr int kBarWidth = 20;

}  // namespace

Progress::Progress(const GlobalArgs& global, int stages)
    : draw_(!global.quiet && isatty(STDERR_FILENO) == 1),
      verbose_(global.verbose),
      stages_(std::max(stages, 1)),
      started_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  EndStage();
  if (draw_ && current_ > 0) std::cerr << "\r\033[K" << std::flush;
}

void Progress::EndStage() {
  if (!verbose_ || name_.empty()) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_)
          .count();
  if (draw_) std::cerr << "\r\033[K";
  std::cerr << absl::StrFormat("laddermerge: time: %-24s %.3f s\n", name_,
                               seconds);
}

void Progress::Stage(absl::string_view name) {
  EndStage();
  ++current_;
  name_ = std::string(name);
  started_ = std::chrono::steady_clock::now();
  if (!draw_) return;
  const int filled = kBarWidth * std::min(current_ - 1, stages_) / stages_;
  std::cerr << absl::StrFormat("\r\033[K[%s%s] %d/%d %s",
                               std::string(filled, '#'),
                               std::string(kBarWidth - filled, '.'), current_,
                               stages_, name)
            << std::flush;
}

}  // namespace laddermerge
