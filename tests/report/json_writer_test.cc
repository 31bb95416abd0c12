#include <string>

#include "gtest/gtest.h"

#include "report/report.h"

namespace laddermerge {
namespace {

TEST(ParseJsonTest, WritesStatementFieldsInSpecOrder) {
  Corpus corpus;
  Ladder ladder;
  ladder.name = "acme";
  ladder.files = {"acme.md"};
  ladder.statements.push_back({"acme:1", "acme", "ic", "L3", "Delivery",
                               "Ships \"small\" changes", "acme.md", 4});
  corpus.ladders.push_back(ladder);
  const std::string json = ParseJson(corpus);
  const size_t id = json.find("\"id\": \"acme:1\"");
  const size_t text = json.find("\"text\": \"Ships \\\"small\\\" changes\"");
  const size_t line = json.find("\"line\": 4");
  ASSERT_NE(id, std::string::npos) << json;
  ASSERT_NE(text, std::string::npos) << json;
  ASSERT_NE(line, std::string::npos) << json;
  EXPECT_LT(id, text);
  EXPECT_LT(text, line);
  EXPECT_EQ(json.back(), '\n');
}

}  // namespace
}  // namespace laddermerge
