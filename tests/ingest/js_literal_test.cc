// ReadJavaScript: data literals of a JavaScript module, read without running
// it, and the code around them ignored.
#include "ingest/internal/js_literal.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/reader_test_util.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

absl::StatusOr<ReadResult> Js(const std::string& text,
                              const IngestOptions* options = nullptr) {
  return ReadText(ReadJavaScript, "f.js", text, 1, options);
}

constexpr char kModule[] = R"(// @flow
import * as d3 from 'd3'

export type Skill = 'BACKEND' | 'PEOPLE'
export const levels = [0, 1, 2]
export const pointsFor = (level: number): number => level * 2

export const skills: Skills = {
  "BACKEND": {
    displayName: 'Backend',
    description: "Builds services",   // not a statement: it names the area
    milestones: [{
      summary: 'Writes simple endpoints',
      signals: [
        'Adds a field to an API',
        "Reads the service's logs",
      ],
      examples: [`Added paging to /items`],
    }, {
      summary: 'Designs an API \
for one team',
      signals: [],
      examples: [],
    }],
  },
}

export const titles = [
  {label: 'Engineer I', minPoints: 0, maxPoints: 10},
  /* the top */ {label: 'Staff Engineer', minPoints: 11},
]

export const scale = d3.scaleOrdinal().range(['#123456'])
export const computed = { [key]: 'Ignored because it is code' }
)";

TEST(JsLiteralTest, ReadsDataLiteralsAndSkipsCode) {
  absl::StatusOr<ReadResult> r = Js(kModule);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("13||Milestone 1|Backend|Writes simple endpoints",
                  "15||Milestone 1|Backend|Adds a field to an API",
                  "16||Milestone 1|Backend|Reads the service's logs",
                  "20||Milestone 2|Backend|Designs an API for one team"));
}

TEST(JsLiteralTest, ExamplesWhenAskedFor) {
  IngestOptions options;
  options.include_examples = true;
  absl::StatusOr<ReadResult> r = Js(kModule, &options);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Describe(*r)[3], "18||Milestone 1|Backend|Added paging to /items");
}

TEST(JsLiteralTest, ExtractsEveryDataDeclarationByName) {
  absl::StatusOr<Tree> tree =
      ExtractJavaScriptData(SourceFile{"f.js", kModule, 1}, /*max_nesting=*/64);
  ASSERT_TRUE(tree.ok()) << tree.status();
  std::vector<std::string> names;
  for (const auto& [name, index] : tree->nodes[tree->root].entries) {
    names.push_back(name);
  }
  EXPECT_THAT(names, ElementsAre("levels", "skills", "titles"));
}

TEST(JsLiteralTest, CommonJsAndDefaultExports) {
  absl::StatusOr<ReadResult> r = Js(R"(module.exports = {
  criteria: ['Ships things',],
}
export default { behaviours: ["Shares context", "Caf\u00e9 \u{1F680} talks"] }
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||||Ships things", "4||||Shares context",
                          "4||||Caf\xC3\xA9 \xF0\x9F\x9A\x80 talks"));
}

TEST(JsLiteralTest, ModuleWithoutDataWarns) {
  absl::StatusOr<ReadResult> r = Js("export function f() { return 1 }\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
  EXPECT_THAT(r->warnings,
              ElementsAre("f.js:1: no object or array literal declarations "
                          "found (JavaScript is read, never run)"));
}

struct BadJsCase {
  const char* name;
  std::string text;
  std::string message;
};

class BadJsTest : public testing::TestWithParam<BadJsCase> {};

TEST_P(BadJsTest, IsInvalidArgumentWithFileAndLine) {
  absl::StatusOr<ReadResult> r = Js(GetParam().text);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(r.status().message()), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadJsTest,
    testing::Values(
        BadJsCase{"UnterminatedString", "const a = {\n  b: 'oops,\n}\n",
                  "f.js:2: unterminated string"},
        BadJsCase{"UnterminatedComment", "const a = [1, /* no end\n",
                  "f.js:1: unterminated comment"},
        BadJsCase{"MissingComma", "const a = {\n  b: 1\n  c: 2\n}\n",
                  "f.js:3: expected ',' or '}' in an object"},
        BadJsCase{"UnterminatedObject", "export const a = {\n  b: 1,\n",
                  "f.js:3: unexpected end of file in an object"},
        BadJsCase{"DeepNesting",
                  absl::StrCat("const a = ", std::string(100000, '[')),
                  "f.js:1: nesting deeper than 256 levels"}),
    [](const testing::TestParamInfo<BadJsCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
