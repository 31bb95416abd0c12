#include "normalize/internal/mojibake.h"

#include <string>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

struct MojibakeCase {
  const char* name;
  std::string text;
  std::string repaired;
  int count;
};

class MojibakeTest : public testing::TestWithParam<MojibakeCase> {};

TEST_P(MojibakeTest, RepairsOnlyRealMojibake) {
  std::string text = GetParam().text;
  EXPECT_EQ(RepairMojibake(&text), GetParam().count);
  EXPECT_EQ(text, GetParam().repaired);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MojibakeTest,
    testing::Values(
        // ’ “ ” – — é ü © and no-break space, each mangled once.
        MojibakeCase{"RightQuote",
                     "the company\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s",
                     "the company\xE2\x80\x99s", 1},
        MojibakeCase{"DoubleQuotes",
                     "\xC3\xA2\xE2\x82\xAC\xC5\x93"
                     "done\xC3\xA2\xE2\x82\xAC\xC2\x9D",
                     "\xE2\x80\x9C"
                     "done\xE2\x80\x9D",
                     2},
        MojibakeCase{"Dashes",
                     "a \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C b "
                     "\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D c",
                     "a \xE2\x80\x93 b \xE2\x80\x94 c", 2},
        MojibakeCase{"Accents",
                     "caf\xC3\x83\xC2\xA9 \xC3\x83\xC2\xBC"
                     "ber",
                     "caf\xC3\xA9 \xC3\xBC"
                     "ber",
                     2},
        MojibakeCase{"CopyrightAndNoBreakSpace",
                     "\xC3\x82\xC2\xA9 2024\xC3\x82\xC2\xA0team",
                     "\xC2\xA9 2024\xC2\xA0team", 2},
        MojibakeCase{"AccentNextToQuote",
                     "caf\xC3\x83\xC2\xA9\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s",
                     "caf\xC3\xA9\xE2\x80\x99s", 2},
        MojibakeCase{"MangledTwice",
                     "it\xC3\x83\xC2\xA2\xC3\xA2\xE2\x80\x9A\xC2\xAC\xC3\xA2"
                     "\xE2\x80\x9E\xC2\xA2s",
                     "it\xE2\x80\x99s", 4},
        MojibakeCase{"Cyrillic",
                     "\xC3\x90\xC5\xB8\xC3\x91\xE2\x82\xAC\xC3\x90\xC2\xB8",
                     "\xD0\x9F\xD1\x80\xD0\xB8", 3},
        // Genuine text that must not change.
        MojibakeCase{"GenuineCircumflexA",
                     "\xC3\x82 is a letter, \xC3\x82\xC3\x82",
                     "\xC3\x82 is a letter, \xC3\x82\xC3\x82", 0},
        MojibakeCase{
            "GenuineAccents",
            "na\xC3\xAFve caf\xC3\xA9, d\xC3\xA9j\xC3\xA0 vu, \xC3\x85l",
            "na\xC3\xAFve caf\xC3\xA9, d\xC3\xA9j\xC3\xA0 vu, \xC3\x85l", 0},
        MojibakeCase{"GermanQuotes", "\xE2\x80\x9EMa\xC3\x9F\xE2\x80\x9C",
                     "\xE2\x80\x9EMa\xC3\x9F\xE2\x80\x9C", 0},
        MojibakeCase{"CapitalAccentBeforeEllipsis",
                     "R\xC3\x89SUM\xC3\x89\xE2\x80\xA6",
                     "R\xC3\x89SUM\xC3\x89\xE2\x80\xA6", 0},
        MojibakeCase{"CurrencyAndPunctuation",
                     "\xE2\x82\xAC"
                     "100, \xC2\xA3"
                     "5 \xE2\x80\x94 ok\xE2\x80\x99",
                     "\xE2\x82\xAC"
                     "100, \xC2\xA3"
                     "5 \xE2\x80\x94 ok\xE2\x80\x99",
                     0},
        MojibakeCase{"JapaneseAndEmoji",
                     "\xE8\xA8\xAD\xE8\xA8\x88 \xF0\x9F\x9A\x80",
                     "\xE8\xA8\xAD\xE8\xA8\x88 \xF0\x9F\x9A\x80", 0}),
    [](const testing::TestParamInfo<MojibakeCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
