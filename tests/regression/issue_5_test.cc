// Issue 5: decoding errors pointed at the wrong place: the byte offset of
// invalid UTF-8 did not count a UTF-8 byte order mark, and the line of
// invalid UTF-8 or a NUL byte did not count lone CR line ends.
#include <string>

#include "gtest/gtest.h"

#include "ingest/internal/decode.h"

namespace laddermerge::internal {
namespace {

TEST(Issue5Test, OffsetCountsTheByteOrderMark) {
  EXPECT_EQ(DecodeBytes("f.txt", "\xEF\xBB\xBF\xC0\x80 caf\xC3\xA9\n").status(),
            absl::InvalidArgumentError("f.txt:1: invalid UTF-8 at byte 3"));
}

TEST(Issue5Test, LineCountsLoneCarriageReturns) {
  EXPECT_EQ(DecodeBytes("f.txt", "caf\xC3\xA9\rx\r\xFF\r").status(),
            absl::InvalidArgumentError("f.txt:3: invalid UTF-8 at byte 8"));
  EXPECT_EQ(DecodeBytes("f.md", std::string("a\rb\r\nc\0", 7)).status(),
            absl::InvalidArgumentError("f.md:3: binary content (NUL byte)"));
}

}  // namespace
}  // namespace laddermerge::internal
