// LM_CHECK: aborts the program when an invariant of ours is broken.
//
//   LM_CHECK(row < num_rows()) << "row " << row << " out of range";
//
// A failed check is a bug in laddermerge, never a property of the input: input
// problems are reported with absl::Status. The message goes to stderr, then
// the process aborts. This is the only place library code writes to stderr.
#ifndef LADDERMERGE_COMMON_CHECK_H_
#define LADDERMERGE_COMMON_CHECK_H_

#include <sstream>

namespace laddermerge::internal {

// Collects the streamed message and aborts in its destructor. Copy and move
// are deleted: the object lives only as the temporary in LM_CHECK.
class CheckFailure {
 public:
  CheckFailure(const char* file, int line, const char* condition);
  CheckFailure(const CheckFailure&) = delete;
  CheckFailure& operator=(const CheckFailure&) = delete;
  [[noreturn]] ~CheckFailure();

  std::ostream& stream() { return stream_; }

 private:
  std::ostringstream stream_;
};

}  // namespace laddermerge::internal

#define LM_CHECK(condition) \
  while (!(condition))      \
  ::laddermerge::internal::CheckFailure(__FILE__, __LINE__, #condition).stream()

#endif  // LADDERMERGE_COMMON_CHECK_H_
