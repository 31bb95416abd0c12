#include "common/text_util.h"

#include <string>

#include "gtest/gtest.h"

namespace laddermerge {
namespace {

// StripListMarker is tested with the ingest helpers that use it
// (tests/ingest/markup_text_test.cc).

TEST(EscapeControlCharactersTest, KeepsTextOnOneLine) {
  EXPECT_EQ(EscapeControlCharacters("plain caf\xC3\xA9 \\ path"),
            "plain caf\xC3\xA9 \\ path");
  EXPECT_EQ(EscapeControlCharacters("a\nb\rc\td"), "a\\nb\\rc\\td");
  EXPECT_EQ(EscapeControlCharacters(std::string("\x1b[31m\x7f\0", 7)),
            "\\x1b[31m\\x7f\\x00");
}

}  // namespace
}  // namespace laddermerge
