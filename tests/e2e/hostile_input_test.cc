// Hostile inputs through the built binary: each must end with exit code 1
// and exactly one line on stderr, "laddermerge: error: FILE:LINE: what",
// with nothing on stdout, and never with a crash, a hang or unbounded memory.
// The readers' own tests check the exact messages; this checks what a user
// or a script sees.
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "run_binary.h"
#include "testing/scratch_dir.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using testing_util::RunLaddermerge;
using testing_util::RunOptions;
using testing_util::RunResult;

// Peak memory allowed for refusing a file without reading it: the binary
// itself is about 15 MB resident.
constexpr int64_t kRefusalRssKb = 100 * 1024;

// The test's scratch directory, fresh for each test.
fs::path ScratchDir() { return testing_util::FreshTestDir("hostile"); }

std::string WriteFile(const fs::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// Checks the error contract and returns the line number the error names.
int ExpectOneLineError(const RunResult& r, const std::string& file,
                       const std::string& what) {
  EXPECT_EQ(r.signal, 0) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out.substr(0, 200);
  const std::string prefix = absl::StrCat("laddermerge: error: ", file, ":");
  EXPECT_TRUE(absl::StartsWith(r.err, prefix)) << r.err;
  EXPECT_TRUE(absl::EndsWith(r.err, "\n")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, what)) << r.err;
  const size_t colon = r.err.find(':', prefix.size());
  int line = 0;
  if (absl::StartsWith(r.err, prefix) && colon != std::string::npos &&
      absl::SimpleAtoi(r.err.substr(prefix.size(), colon - prefix.size()),
                       &line)) {
    EXPECT_GE(line, 1) << r.err;
  } else {
    ADD_FAILURE() << "no line number: " << r.err;
  }
  return line;
}

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// 10 anchored lists of 10 aliases each: 10^10 nodes if expanded.
std::string YamlAliasBomb(const std::string& scalar) {
  std::string text =
      absl::StrCat("a0: &a0 [", Repeat(scalar + ", ", 9), scalar, "]\n");
  for (int i = 1; i <= 10; ++i) {
    absl::StrAppend(&text, "a", i, ": &a", i, " [",
                    Repeat(absl::StrCat("*a", i - 1, ", "), 9), "*a", i - 1,
                    "]\n");
  }
  return text + "criteria: *a10\n";
}

struct HostileFile {
  const char* name;
  const char* file_name;
  std::function<std::string()> content;
  const char* error;  // Part of the message after "FILE:LINE: ".
  int line;           // The line the error must name; 0: any.
};

class HostileFileTest : public testing::TestWithParam<HostileFile> {};

TEST_P(HostileFileTest, IsOneErrorLineWithFileAndLine) {
  const fs::path dir = ScratchDir();
  const std::string path =
      WriteFile(dir / GetParam().file_name, GetParam().content());
  const RunResult r = RunLaddermerge({"parse", path});
  const int line = ExpectOneLineError(r, path, GetParam().error);
  if (GetParam().line > 0) {
    EXPECT_EQ(line, GetParam().line) << r.err;
  }
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, HostileFileTest,
    testing::Values(
        HostileFile{"YamlAliasBomb", "bomb.yaml",
                    [] { return YamlAliasBomb("lol lol lol"); },
                    "too many nodes (alias expansion?)", 0},
        HostileFile{"FrontMatterAliasBomb", "bomb.md",
                    [] {
                      return absl::StrCat("---\n", YamlAliasBomb("lol lol lol"),
                                          "---\n- Writes tests\n");
                    },
                    "too many nodes (alias expansion?)", 0},
        HostileFile{"YamlMergeKeyBomb", "merge.yaml",
                    [] {
                      std::string text = "base: &b {";
                      for (int i = 0; i < 20000; ++i) {
                        absl::StrAppend(&text, "k", i, ": v, ");
                      }
                      text += "last: v}\n";
                      for (int i = 0; i < 20000; ++i) {
                        absl::StrAppend(&text, "m", i, ": {<<: *b}\n");
                      }
                      return text;
                    },
                    "too many merged keys (merge key expansion?)", 0},
        HostileFile{"YamlCommaOutsideFlow", "comma.yaml",
                    [] { return "- Writes tests\n---\n,\n"; }, "unexpected ','",
                    3},
        HostileFile{"DeepYamlFlowLists", "deep.yaml",
                    [] { return std::string(100000, '['); }, "nesting", 1},
        HostileFile{"DeepYamlBlockMaps", "deep.yml",
                    [] {
                      std::string text;
                      for (int i = 0; i < 400; ++i) {
                        absl::StrAppend(&text, std::string(2 * i, ' '), "k", i,
                                        ":\n");
                      }
                      return text;
                    },
                    "nesting deeper than 256 levels", 257},
        HostileFile{"DeepJsonArrays", "deep.json",
                    [] { return std::string(100000, '['); },
                    "nesting deeper than 256 levels", 1},
        HostileFile{"DeepJsonObjects", "deep.json",
                    [] { return Repeat("{\"a\":\n", 1000); },
                    "nesting deeper than 256 levels", 257},
        HostileFile{"DeepMarkdownLists", "deep.md",
                    [] {
                      std::string text;
                      for (int i = 0; i < 3000; ++i) {
                        absl::StrAppend(&text, std::string(2 * i, ' '),
                                        "- Writes tests\n");
                      }
                      return text;
                    },
                    "nesting deeper than 256 levels", 257},
        HostileFile{"DeepMarkdownQuotes", "deep.md",
                    [] { return std::string(100000, '>') + " Writes tests\n"; },
                    "nesting deeper than 256 levels", 1},
        HostileFile{"DeepHtml", "deep.html",
                    [] { return Repeat("<div>\n", 100000) + "<li>Writes"; },
                    "nesting", 0},
        HostileFile{"DeepJavaScript", "deep.js",
                    [] { return "export const x = " + Repeat("[", 100000); },
                    "nesting deeper than 256 levels", 1},
        HostileFile{"NulByte", "nul.txt",
                    [] { return std::string("Writes tests\nRe\0views\n", 21); },
                    "binary content (NUL byte)", 2},
        HostileFile{"ControlCharacters", "binary.md",
                    [] { return Repeat("\x01\x02\x03\x04 text", 1000); },
                    "binary content (control characters)", 1},
        HostileFile{"InvalidUtf8", "bad.md",
                    [] { return "- caf\xC3\xA9\n- Writes \xE2\x80 tests\n"; },
                    "invalid UTF-8 at byte 17", 2},
        HostileFile{"OverlongSlash", "bad.txt",
                    [] { return "caf\xC3\xA9\n\xC0\xAF etc/passwd\n"; },
                    "invalid UTF-8 at byte 6", 2},
        HostileFile{
            "Utf16UnpairedSurrogate", "bad.txt",
            [] { return std::string("\xFF\xFEo\0k\0\n\0\x3D\xD8x\0", 12); },
            "invalid UTF-16LE", 2},
        HostileFile{"EmptyFile", "empty.md", [] { return std::string(); },
                    "empty file", 1},
        HostileFile{"OnlyWhitespace", "blank.txt",
                    [] { return std::string(" \n\t\n \n"); }, "no statements",
                    1},
        HostileFile{"UnterminatedCsvQuote", "bad.csv",
                    [] { return "Level,L1\nDelivery,\"Ships\n"; },
                    "unterminated quoted field", 2},
        HostileFile{"MalformedJson", "bad.json",
                    [] { return "{\"criteria\": [\n\"Ships\",\n}\n"; }, "", 3},
        HostileFile{"UnterminatedFrontMatter", "fm.md",
                    [] { return "---\ntitle: x\n- Ships\n"; },
                    "unterminated front matter", 1},
        HostileFile{"UnterminatedJavaScriptString", "bad.js",
                    [] { return "export const x = {a: 'Ships\n"; }, "", 1}),
    [](const testing::TestParamInfo<HostileFile>& param) {
      return std::string(param.param.name);
    });

// A sparse file: `size` bytes on the command line, none on disk.
std::string SparseFile(const fs::path& path, int64_t size) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(ftruncate(fd, size), 0);
  close(fd);
  return path.string();
}

TEST(HostileFileSystemTest, FilesOverTheSizeLimitAreRefusedUnread) {
  const fs::path dir = ScratchDir();
  for (const int64_t size :
       {int64_t{200} * 1000 * 1000, int64_t{1000} * 1000 * 1000}) {
    const std::string path = SparseFile(dir / "huge.md", size);
    const RunResult r = RunLaddermerge({"parse", path});
    ExpectOneLineError(
        r, path,
        absl::StrCat("file is ", size, " bytes, over the limit of 50000000"));
    if (!testing_util::UnderSanitizer()) {
      EXPECT_LT(r.max_rss_kb, kRefusalRssKb) << size;
    }
  }
  fs::remove_all(dir);
}

TEST(HostileFileSystemTest, HugeFileInsideADirectoryIsNamed) {
  const fs::path dir = ScratchDir();
  fs::create_directories(dir / "acme" / "ic");
  WriteFile(dir / "acme" / "ic" / "L1.md", "- Writes tests\n");
  const std::string huge =
      SparseFile(dir / "acme" / "ic" / "L2.md", int64_t{1} << 30);
  const RunResult r = RunLaddermerge({"parse", (dir / "acme").string()});
  ExpectOneLineError(r, huge, "over the limit");
  if (!testing_util::UnderSanitizer()) {
    EXPECT_LT(r.max_rss_kb, kRefusalRssKb);
  }
  fs::remove_all(dir);
}

TEST(HostileFileSystemTest, SymlinkLoopGivenAsInput) {
  const fs::path dir = ScratchDir();
  fs::create_symlink("b.md", dir / "a.md");
  fs::create_symlink("a.md", dir / "b.md");
  const std::string path = (dir / "a.md").string();
  ExpectOneLineError(RunLaddermerge({"parse", path}), path,
                     "Too many levels of symbolic links");
  fs::remove_all(dir);
}

TEST(HostileFileSystemTest, SymlinkLoopInsideADirectoryIsNamed) {
  const fs::path dir = ScratchDir();
  fs::create_directories(dir / "acme");
  WriteFile(dir / "acme" / "L1.md", "- Writes tests\n");
  fs::create_symlink(".", dir / "acme" / "again");  // Not followed.
  fs::create_symlink("L2.md", dir / "acme" / "L2.md");
  ExpectOneLineError(RunLaddermerge({"parse", (dir / "acme").string()}),
                     (dir / "acme" / "L2.md").string(),
                     "Too many levels of symbolic links");
  fs::remove_all(dir);
}

TEST(HostileFileSystemTest, FifoIsRefusedNotWaitedOn) {
  const fs::path dir = ScratchDir();
  const std::string path = (dir / "L1.md").string();
  ASSERT_EQ(mkfifo(path.c_str(), 0644), 0);
  ExpectOneLineError(RunLaddermerge({"parse", path}), path,
                     "not a regular file");
  fs::remove_all(dir);
}

// As root, permissions do not stop reads, so the binary runs as "nobody".
RunOptions AsUnprivilegedUser() {
  RunOptions options;
  if (geteuid() == 0) {
    options.uid = 65534;
    options.gid = 65534;
  }
  return options;
}

TEST(HostileFileSystemTest, UnreadableFileAndDirectory) {
  const fs::path dir = ScratchDir();
  fs::permissions(dir, fs::perms::all);  // Reachable by "nobody".
  fs::create_directories(dir / "acme" / "locked");
  WriteFile(dir / "acme" / "L1.md", "- Writes tests\n");
  const std::string file = WriteFile(dir / "secret.md", "- Writes tests\n");
  fs::permissions(file, fs::perms::none);
  fs::permissions(dir / "acme" / "locked", fs::perms::none);
  const RunResult r = RunLaddermerge({"parse", file}, AsUnprivilegedUser());
  if (r.exit_code == 125) GTEST_SKIP() << "cannot switch to user nobody";
  ExpectOneLineError(r, file, "cannot open: Permission denied");
  ExpectOneLineError(
      RunLaddermerge({"parse", (dir / "acme").string()}, AsUnprivilegedUser()),
      (dir / "acme" / "locked").string(),
      "cannot list directory: Permission denied");
  fs::permissions(dir / "acme" / "locked", fs::perms::owner_all);
  fs::remove_all(dir);
}

// Output on a full disk and file names with line breaks: see
// tests/regression/issue_6_test.cc and issue_7_test.cc.

TEST(HostileNameTest, PathLikeGivenNamesAreRejected) {
  const std::string path = "tests/testdata/simple/plain.txt";
  for (const char* name : {"../../etc", "a/b", "a\\b", "acme:1", ".", ".."}) {
    ExpectOneLineError(RunLaddermerge({"parse", absl::StrCat(name, "=", path)}),
                       path, absl::StrCat("ladder name '", name, "'"));
  }
}

TEST(HostileNameTest, ShellAndHtmlCharactersAreKeptAndEscaped) {
  const std::string name = "<svg onload> & $(rm -rf ~); `id` 'x' \"q\"";
  const RunResult r = RunLaddermerge(
      {"parse", absl::StrCat(name, "=tests/testdata/simple/plain.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      absl::StrContains(r.out,
                        "\"name\": \"<svg onload> & $(rm -rf ~); `id` 'x' "
                        "\\\"q\\\"\""))
      << r.out;
}

TEST(HostileNameTest, DerivedNamesLoseSeparators) {
  const fs::path dir = ScratchDir();
  const std::string path =
      WriteFile(dir / "fm.md",
                "---\ncompany: \"../../Acme: Inc\"\n---\n- Writes tests\n");
  const RunResult r = RunLaddermerge({"parse", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"name\": \"..-..-Acme- Inc\""))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"id\": \"..-..-Acme- Inc:1\""))
      << r.out;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace laddermerge
