#include <string>

#include "gtest/gtest.h"

#include "nlohmann/json.hpp"
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

// ParseJson writes its text directly; it must be what nlohmann's dump(2) of
// the whole document gives, as it was when ParseJson built that document.
nlohmann::ordered_json Document(const Corpus& corpus) {
  nlohmann::ordered_json ladders = nlohmann::ordered_json::array();
  for (const Ladder& ladder : corpus.ladders) {
    nlohmann::ordered_json statements = nlohmann::ordered_json::array();
    for (const Statement& s : ladder.statements) {
      statements.push_back({{"id", s.id},
                            {"ladder", s.ladder},
                            {"track", s.track},
                            {"level", s.level},
                            {"section", s.section},
                            {"text", s.text},
                            {"file", s.file},
                            {"line", s.line}});
    }
    ladders.push_back({{"name", ladder.name},
                       {"files", ladder.files},
                       {"statements", std::move(statements)}});
  }
  return {{"ladders", std::move(ladders)}};
}

std::string Dump(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

TEST(ParseJsonTest, SameBytesAsDumpingTheWholeDocument) {
  Corpus corpus;
  EXPECT_EQ(ParseJson(corpus), Dump(Document(corpus)));
  Ladder empty;
  empty.name = "empty";
  corpus.ladders.push_back(empty);
  Ladder acme;
  acme.name = "<acme> & \"co\"";
  acme.files = {"a/L1.md", "b\\c\n.md"};
  acme.statements.push_back({"acme:1", "acme", "ic", "L1", "A > B",
                             "Tabs\tand \x01 controls, caf\xC3\xA9", "a/L1.md",
                             1});
  acme.statements.push_back({"acme:2", "acme", "", "", "",
                             "Invalid \xFF\xC3 UTF-8 \xE2\x80\xA8", "b\\c\n.md",
                             123456});
  corpus.ladders.push_back(acme);
  corpus.ladders.push_back(empty);
  EXPECT_EQ(ParseJson(corpus), Dump(Document(corpus)));
}

}  // namespace
}  // namespace laddermerge
