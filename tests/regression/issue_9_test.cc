// Issue 9: any ladder name was accepted, so `../../x=ladder.md`, a name with
// ':' (which makes statement ids "name:n" ambiguous) or a front matter
// `company` with '/' became the prefix of every id and a name that output
// paths could be built from.
#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

TEST(Issue9Test, GivenNamesWithPathCharactersAreRejected) {
  for (const char* name : {"../../x", "a/b", "a\\b", "acme:1", "..", "a\tb"}) {
    const absl::StatusOr<InputSpec> spec =
        ParseInputArgument(std::string(name) + "=ladder.md");
    EXPECT_EQ(spec.status().code(), absl::StatusCode::kInvalidArgument) << name;
    EXPECT_TRUE(
        absl::StartsWith(spec.status().message(), "ladder.md:1: ladder name '"))
        << spec.status();
  }
  EXPECT_EQ(
      Ingest({InputSpec{"../x", "ladder.md", true}}, IngestOptions()).status(),
      absl::InvalidArgumentError(
          "ladder.md:1: ladder name '../x' may not be empty, '.' or '..', nor "
          "contain '/', '\\', ':' or control characters"));
}

TEST(Issue9Test, DerivedNamesLosePathCharacters) {
  const fs::path dir = fs::path(testing::TempDir()) / "issue_9";
  fs::create_directories(dir);
  std::ofstream(dir / "fm.md")
      << "---\ncompany: \"R&D/<Ops>: 'x'\"\n---\n- Writes tests\n";
  absl::StatusOr<RawCorpus> r =
      Ingest({InputSpec{"", (dir / "fm.md").string(), false}}, IngestOptions());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ladders[0].name, "R&D-<Ops>- 'x'");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace laddermerge
