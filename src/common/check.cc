#include "common/check.h"

#include <cstdio>
#include <cstdlib>

namespace laddermerge::internal {

CheckFailure::CheckFailure(const char* file, int line, const char* condition) {
  stream_ << file << ":" << line << ": check failed: " << condition << ": ";
}

CheckFailure::~CheckFailure() {
  std::fprintf(stderr, "laddermerge: internal error: %s\n",
               stream_.str().c_str());
  std::fflush(stderr);
  std::abort();
}

}  // namespace laddermerge::internal
