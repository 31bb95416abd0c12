#include "ingest/internal/decode.h"

#include <string>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

TEST(DecodeTest, StripsBomAndNormalizesLineEnds) {
  absl::StatusOr<DecodedText> d =
      DecodeBytes("f.md", "\xEF\xBB\xBFone\r\ntwo\rthree\n");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->text, "one\ntwo\nthree\n");
}

TEST(DecodeTest, NulByteIsBinaryWithLine) {
  absl::StatusOr<DecodedText> d =
      DecodeBytes("f.md", std::string("a\nb\0c", 5));
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), "f.md:2: binary content (NUL byte)");
}

struct BadUtf8Case {
  const char* name;
  std::string bytes;
};

class InvalidUtf8Test : public testing::TestWithParam<BadUtf8Case> {};

TEST_P(InvalidUtf8Test, IsRejectedWithLine) {
  const std::string bytes = "ok\n" + GetParam().bytes + "\n";
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(d.status().message().find("f.txt:2: "), absl::string_view::npos)
      << d.status();
}

INSTANTIATE_TEST_SUITE_P(
    AllPositionClasses, InvalidUtf8Test,
    testing::Values(BadUtf8Case{"LoneContinuation", "\x80"},
                    BadUtf8Case{"TruncatedTwoByte", "\xC3"},
                    BadUtf8Case{"TruncatedThreeByte", "\xE2\x80"},
                    BadUtf8Case{"OverlongSlash", "\xC0\xAF"},
                    BadUtf8Case{"OverlongThreeByte", "\xE0\x80\xAF"},
                    BadUtf8Case{"Surrogate", "\xED\xA0\x80"},
                    BadUtf8Case{"AboveMaxCodePoint", "\xF4\x90\x80\x80"},
                    BadUtf8Case{"InvalidLeadByte", "\xFF"}),
    [](const testing::TestParamInfo<BadUtf8Case>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
