// Opens report.html in headless Chromium and checks the page the browser
// built: its script ran, the sections and counts are there, filters from the
// URL apply, and hostile ladder text shows as text without running. Saves a
// screenshot under the build folder. Skips when Chromium is not installed
// (scripts/setup.sh --with-browser installs it).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include <sys/wait.h>
#include <unistd.h>

#include "merge_fixture.h"
#include "report/report.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using absl::StrContains;

std::string ShellQuote(const std::string& s) {
  return absl::StrCat("'", absl::StrReplaceAll(s, {{"'", "'\\''"}}), "'");
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

// $LADDERMERGE_CHROMIUM, else chromium or chromium-browser on $PATH; "" if
// none is found.
std::string FindChromium() {
  if (const char* env = std::getenv("LADDERMERGE_CHROMIUM")) return env;
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  for (const absl::string_view dir : absl::StrSplit(path, ':')) {
    for (const char* name : {"chromium", "chromium-browser"}) {
      const fs::path candidate = fs::path(std::string(dir)) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return "";
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

class ReportBrowserTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    chromium_ = new std::string(FindChromium());
    // One directory per process: CTest runs each test in its own process,
    // possibly in parallel.
    dir_ = new fs::path(fs::path(testing::TempDir()) /
                        absl::StrCat("report_browser_", getpid()));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    std::ofstream(*dir_ / "report.html", std::ios::binary)
        << ReportHtml(testing_util::SampleMergeResult(), ReportOptions());
  }
  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(*dir_, ignored);
    delete chromium_;
    delete dir_;
    delete default_dom_;
    default_dom_ = nullptr;
  }

  void SetUp() override {
    if (chromium_->empty()) {
      GTEST_SKIP() << "chromium not found: install it with "
                      "scripts/setup.sh --with-browser (or set "
                      "LADDERMERGE_CHROMIUM) to run the browser test";
    }
  }

  // Runs headless Chromium on report.html + `fragment` with `mode` (e.g.
  // "--dump-dom"); returns its stdout. A fresh profile per run, no network
  // services, and a hard time limit so that a stuck browser fails the test
  // instead of hanging it.
  std::string RunChromium(const std::string& fragment,
                          const std::vector<std::string>& mode) {
    static int run = 0;
    const fs::path profile = *dir_ / absl::StrCat("profile-", ++run);
    const fs::path out = *dir_ / absl::StrCat("stdout-", run);
    std::string command = absl::StrCat(
        "timeout 60 ", ShellQuote(*chromium_),
        " --headless --no-sandbox --disable-gpu --disable-background-networking"
        " --disable-component-update --disable-sync --no-first-run"
        " --disable-dev-shm-usage --hide-scrollbars --user-data-dir=",
        ShellQuote(profile.string()));
    for (const std::string& arg : mode) {
      absl::StrAppend(&command, " ", ShellQuote(arg));
    }
    const std::string url =
        absl::StrCat("file://", (*dir_ / "report.html").string(), fragment);
    absl::StrAppend(&command, " ", ShellQuote(url), " </dev/null >",
                    ShellQuote(out.string()), " 2>/dev/null");
    const int status = std::system(command.c_str());
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << "chromium failed (exit " << WEXITSTATUS(status)
        << ", 124 = timed out): " << command;
    fs::remove_all(profile);
    return ReadFile(out);
  }

  // The page as rendered without a fragment, dumped once for all tests.
  const std::string& DefaultDom() {
    if (default_dom_ == nullptr) {
      default_dom_ = new std::string(RunChromium("", {"--dump-dom"}));
    }
    return *default_dom_;
  }

  static std::string* chromium_;
  static fs::path* dir_;
  static std::string* default_dom_;
};

std::string* ReportBrowserTest::chromium_ = nullptr;
fs::path* ReportBrowserTest::dir_ = nullptr;
std::string* ReportBrowserTest::default_dom_ = nullptr;

TEST_F(ReportBrowserTest, RendersEverySectionAndTheClusterBrowser) {
  const std::string& dom = DefaultDom();
  ASSERT_TRUE(StrContains(dom, "data-rendered=\"true\"")) << dom.substr(0, 500);
  for (const char* id : {"summary", "overlap", "coverage", "gaps", "levels",
                         "clusters", "decisions", "warnings"}) {
    EXPECT_TRUE(StrContains(dom, absl::StrCat("id=\"", id, "\""))) << id;
  }
  EXPECT_EQ(Count(dom, "<article class=\"cluster-card\""), 7u);
  EXPECT_TRUE(StrContains(dom, "data-shown=\"7\""));
  EXPECT_EQ(Count(dom, "class=\"heat-cell\""), 9u);
  EXPECT_EQ(Count(dom, "class=\"member ladder-"), 14u);
  EXPECT_TRUE(StrContains(dom, "<mark>on-call</mark>"));
  EXPECT_TRUE(StrContains(dom, "Showing 7 of 7 clusters"));
  // The gap lists became tabs, the first one selected and shown.
  EXPECT_EQ(Count(dom, "aria-selected=\"true\" tabindex=\"0\""), 1u);
  EXPECT_TRUE(StrContains(dom,
                          "id=\"gaps-tab-0\" aria-controls=\"gaps-panel-0\" "
                          "aria-selected=\"true\""));
  EXPECT_TRUE(StrContains(dom, "aria-labelledby=\"gaps-tab-0\">"));
  EXPECT_TRUE(StrContains(dom, "aria-labelledby=\"gaps-tab-1\" hidden=\"\">"));
}

TEST_F(ReportBrowserTest, ShowsHostileTextAsTextWithoutRunningIt) {
  const std::string& dom = DefaultDom();
  ASSERT_TRUE(StrContains(dom, "data-rendered=\"true\""));
  EXPECT_FALSE(StrContains(dom, "data-pwned")) << "injected script ran";
  EXPECT_FALSE(StrContains(dom, "<img"));
  EXPECT_EQ(Count(dom, "<script"), 2u);
  // In the gap list (server-rendered) and in the cluster card (rendered by
  // script): canonical wording and member.
  EXPECT_EQ(
      Count(dom,
            "handling --&gt; &lt;/script&gt;&lt;img src=x "
            "onerror=\"document.documentElement.dataset.pwned='img'\"&gt;"),
      3u);
}

TEST_F(ReportBrowserTest, AppliesFiltersFromTheAddress) {
  const std::string single =
      RunChromium("#clusters:scope=single", {"--dump-dom"});
  EXPECT_EQ(Count(single, "<article class=\"cluster-card\""), 2u);
  EXPECT_TRUE(
      StrContains(single, "Showing 2 of 2 matching clusters (7 in all)"));
  // contoso's shared clusters that mention mentoring: only c2.
  const std::string combined =
      RunChromium("#clusters:q=MENTOR&ladder=1&scope=shared", {"--dump-dom"});
  EXPECT_EQ(Count(combined, "<article class=\"cluster-card\""), 1u);
  EXPECT_TRUE(StrContains(combined, "id=\"cluster-c2\""));
  EXPECT_TRUE(
      StrContains(combined, "Showing 1 of 1 matching clusters (7 in all)"));
}

TEST_F(ReportBrowserTest, SavesScreenshots) {
  const fs::path build = LADDERMERGE_BINARY_DIR;
  const fs::path png = build / "report.png";
  fs::remove(png);
  RunChromium("", {"--screenshot=" + png.string(), "--window-size=1400,2000"});
  const std::string content = ReadFile(png);
  // A blank page compresses to about 10 kB; the report is far larger.
  ASSERT_GT(content.size(), 50000u) << png;
  EXPECT_EQ(content.substr(0, 8), "\x89PNG\r\n\x1A\n") << png;
  fs::copy_file(*dir_ / "report.html", build / "report_sample.html",
                fs::copy_options::overwrite_existing);
}

}  // namespace
}  // namespace laddermerge
