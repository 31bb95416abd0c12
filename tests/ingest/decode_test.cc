#include "ingest/internal/decode.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

TEST(DecodeTest, StripsBomAndNormalizesLineEnds) {
  absl::StatusOr<DecodedText> d =
      DecodeBytes("f.md", "\xEF\xBB\xBFone\r\ntwo\rthree\n");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->text, "one\ntwo\nthree\n");
  EXPECT_TRUE(d->warnings.empty());
}

TEST(DecodeTest, NulByteIsBinaryWithLine) {
  absl::StatusOr<DecodedText> d =
      DecodeBytes("f.md", std::string("a\nb\0c", 5));
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), "f.md:2: binary content (NUL byte)");
}

TEST(DecodeTest, OfficeDocumentsAndPdfsSayWhatToExport) {
  absl::StatusOr<DecodedText> xlsx =
      DecodeBytes("ladder.xlsx", std::string("PK\x03\x04\x14\0\x06\0", 8));
  EXPECT_EQ(xlsx.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(xlsx.status().message(),
            "ladder.xlsx:1: an Excel, Word or OpenDocument file (a ZIP "
            "archive); save spreadsheets as CSV and documents as HTML, "
            "Markdown or text");
  absl::StatusOr<DecodedText> xls =
      DecodeBytes("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1", 6));
  EXPECT_TRUE(absl::StartsWith(xls.status().message(),
                               "old.xls:1: an old-style Excel or Word file"));
  absl::StatusOr<DecodedText> pdf = DecodeBytes("l.pdf", "%PDF-1.7\n%\xE2\xE3");
  EXPECT_EQ(pdf.status().message(),
            "l.pdf:1: a PDF; export it as HTML or text");
}

TEST(DecodeTest, MostlyControlCharactersIsBinary) {
  std::string bytes = "ok\n";
  for (int i = 0; i < 100; ++i) bytes += "\x01\x02\x1B\x7F text";
  absl::StatusOr<DecodedText> d = DecodeBytes("f.bin", bytes);
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(),
            "f.bin:1: binary content (control characters)");
}

TEST(DecodeTest, AFewControlCharactersAreText) {
  absl::StatusOr<DecodedText> d =
      DecodeBytes("f.txt", "Writes \x1B tests\fand reviews code\n");
  ASSERT_TRUE(d.ok()) << d.status();
}

TEST(DecodeTest, Utf16LittleEndianWithBom) {
  // "Tē\r\nst" in UTF-16LE, with a character outside the BMP (U+1F600).
  const std::string bytes(
      "\xFF\xFE"
      "T\0\x13\x01\r\0\n\0s\0t\0\x3D\xD8\x00\xDE",
      18);
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->text, "T\xC4\x93\nst\xF0\x9F\x98\x80");
}

TEST(DecodeTest, Utf16BigEndianWithBom) {
  const std::string bytes("\xFE\xFF\0A\0\n\0B", 8);
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->text, "A\nB");
}

TEST(DecodeTest, Utf16UnpairedSurrogateIsRejectedWithLine) {
  const std::string bytes("\xFF\xFEo\0k\0\n\0\x3D\xD8x\0", 12);
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), "f.txt:2: invalid UTF-16LE");
}

TEST(DecodeTest, Utf16OddByteCountIsRejected) {
  const std::string bytes("\xFF\xFEo\0k", 5);
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), "f.txt:1: invalid UTF-16LE");
}

TEST(DecodeTest, ConsistentWindows1252IsReadWithAWarning) {
  // "The team\x92s café – “done”" saved in Windows-1252.
  absl::StatusOr<DecodedText> d = DecodeBytes("f.csv",
                                              "The team\x92s caf\xE9 \x96 \x93"
                                              "done\x94\r\n");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->text,
            "The team\xE2\x80\x99s caf\xC3\xA9 \xE2\x80\x93 "
            "\xE2\x80\x9C"
            "done\xE2\x80\x9D\n");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_EQ(d->warnings[0], "f.csv:1: not UTF-8; read as Windows-1252");
}

struct BadUtf8Case {
  const char* name;
  std::string bytes;
};

class InvalidUtf8Test : public testing::TestWithParam<BadUtf8Case> {};

// The file also holds valid UTF-8 ("é"), so it is not consistently
// Windows-1252 and cannot be repaired.
TEST_P(InvalidUtf8Test, MixedWithValidUtf8IsRejectedWithLine) {
  const std::string bytes =
      absl::StrCat("caf\xC3\xA9\n", GetParam().bytes, "\n");
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), "f.txt:2: invalid UTF-8 at byte 6")
      << d.status();
}

// Bytes Windows-1252 leaves undefined cannot be read as it either.
TEST_P(InvalidUtf8Test, WithAnUndefinedWindows1252ByteIsRejected) {
  const std::string bytes = absl::StrCat("ok\n\x81", GetParam().bytes, "\n");
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", bytes);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(d.status().message().find("f.txt:2: invalid UTF-8"),
            absl::string_view::npos)
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
                    BadUtf8Case{"InvalidLeadByte", "\xFF"},
                    BadUtf8Case{"TruncatedFourByte", "\xF0\x9F\x98"},
                    BadUtf8Case{"OverlongNul", "\xC0\x80"},
                    BadUtf8Case{"OverlongTwoByteMax", "\xC1\xBF"},
                    BadUtf8Case{"OverlongThreeByteMax", "\xE0\x9F\xBF"},
                    BadUtf8Case{"OverlongFourByte", "\xF0\x8F\xBF\xBF"},
                    BadUtf8Case{"FiveByteForm", "\xF8\x88\x80\x80\x80"},
                    BadUtf8Case{"SixByteForm", "\xFC\x84\x80\x80\x80\x80"},
                    BadUtf8Case{"LowSurrogate", "\xED\xBF\xBF"},
                    BadUtf8Case{"LeadByteF5", "\xF5\x80\x80\x80"},
                    BadUtf8Case{"ContinuationMissing", "\xC3 x"}),
    [](const testing::TestParamInfo<BadUtf8Case>& param) {
      return param.param.name;
    });

struct PositionCase {
  const char* name;
  std::string bytes;
  const char* message;
};

class InvalidUtf8PositionTest : public testing::TestWithParam<PositionCase> {};

// Wherever the bad sequence sits, the error names its line and its byte
// offset in the file (tests/regression/issue_5_test.cc: after a byte order
// mark, after lone CR line ends).
TEST_P(InvalidUtf8PositionTest, NamesTheLineAndFileOffset) {
  absl::StatusOr<DecodedText> d = DecodeBytes("f.txt", GetParam().bytes);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Positions, InvalidUtf8PositionTest,
    testing::Values(
        PositionCase{"FirstByte", "\xC0\x80 caf\xC3\xA9\n",
                     "f.txt:1: invalid UTF-8 at byte 0"},
        PositionCase{"MidLine", "caf\xC3\xA9 \xE2\x80 x\n",
                     "f.txt:1: invalid UTF-8 at byte 6"},
        PositionCase{"EndOfLine", "caf\xC3\xA9\nab\xC3\nx\n",
                     "f.txt:2: invalid UTF-8 at byte 8"},
        PositionCase{"EndOfFile", "caf\xC3\xA9\nab\xF0\x9F\x98",
                     "f.txt:2: invalid UTF-8 at byte 8"},
        PositionCase{"AfterCrLfLines", "caf\xC3\xA9\r\nx\r\n\xFF\r\n",
                     "f.txt:3: invalid UTF-8 at byte 10"},
        PositionCase{"InsideAMultiByteRun",
                     "\xE2\x80\x99\xE2\x80\x99\xE2\x99\xE2\x80\x99\n",
                     "f.txt:1: invalid UTF-8 at byte 6"}),
    [](const testing::TestParamInfo<PositionCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
