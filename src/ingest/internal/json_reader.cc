// The JSON reader: the only file that calls nlohmann-json. Its SAX parser
// (iterative, so deep nesting cannot overflow the stack) feeds a TreeBuilder;
// the structure walker reads the tree.
//
// nlohmann's SAX events carry no positions, so the parser reads the text
// through TrackingIterator, which records how far the lexer has read. When
// an event fires, the lexer has just consumed the event's token (plus, after
// a number or literal, one character of lookahead), so the last
// non-separator character read belongs to that token and gives its line.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/internal/line_index.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/structure_walker.h"
#include "ingest/internal/tree.h"
#include "nlohmann/json.hpp"

namespace laddermerge::internal {
namespace {

using Json = nlohmann::json;

// An input iterator over the text that remembers the furthest position read
// through any of its copies.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* base, size_t offset, size_t* furthest)
      : base_(base), offset_(offset), furthest_(furthest) {}

  reference operator*() const {
    *furthest_ = std::max(*furthest_, offset_ + 1);
    return base_[offset_];
  }
  TrackingIterator& operator++() {
    ++offset_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator before = *this;
    ++offset_;
    return before;
  }
  bool operator==(const TrackingIterator& o) const {
    return offset_ == o.offset_;
  }
  bool operator!=(const TrackingIterator& o) const { return !(*this == o); }

 private:
  const char* base_;
  size_t offset_;
  size_t* furthest_;
};

class TreeSax : public nlohmann::json_sax<Json> {
 public:
  TreeSax(const SourceFile& source, int max_nesting)
      : source_(source),
        lines_(source.text, source.first_line),
        builder_(source.path, max_nesting) {}

  size_t* furthest() { return &furthest_; }
  absl::Status status() const { return status_; }
  TreeBuilder& builder() { return builder_; }

  bool null() override { return Scalar(NodeType::kNull, ""); }
  bool boolean(bool b) override {
    return Scalar(NodeType::kOther, b ? "true" : "false");
  }
  bool number_integer(number_integer_t n) override {
    return Scalar(NodeType::kOther, std::to_string(n));
  }
  bool number_unsigned(number_unsigned_t n) override {
    return Scalar(NodeType::kOther, std::to_string(n));
  }
  bool number_float(number_float_t, const string_t& text) override {
    return Scalar(NodeType::kOther, text);
  }
  bool string(string_t& s) override { return Scalar(NodeType::kString, s); }
  bool binary(binary_t&) override { return Scalar(NodeType::kOther, ""); }
  bool key(string_t& k) override { return Scalar(NodeType::kString, k); }
  bool start_object(std::size_t) override {
    return Keep(builder_.StartMap(TokenLine()));
  }
  bool end_object() override { return Keep(builder_.End()); }
  bool start_array(std::size_t) override {
    return Keep(builder_.StartList(TokenLine()));
  }
  bool end_array() override { return Keep(builder_.End()); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override;

 private:
  // The line of the last token read: skip the lookahead and separators.
  int TokenLine() const {
    size_t i = furthest_ == 0 ? 0 : furthest_ - 1;
    while (i > 0 && absl::StrContains(" \t\n,:]}", source_.text[i])) --i;
    return lines_.LineOf(i);
  }
  bool Scalar(NodeType type, std::string value) {
    return Keep(
        builder_.AddScalar(type, std::move(value), TokenLine()).status());
  }
  bool Keep(absl::Status s) {
    if (status_.ok()) status_ = std::move(s);
    return status_.ok();
  }

  const SourceFile& source_;
  LineIndex lines_;
  TreeBuilder builder_;
  size_t furthest_ = 0;
  absl::Status status_;
};

// nlohmann's message is "[json.exception.parse_error.101] parse error at line
// 2, column 3: syntax error ..."; keep what follows the position.
bool TreeSax::parse_error(std::size_t position, const std::string&,
                          const nlohmann::detail::exception& e) {
  std::string message = e.what();
  if (const size_t column = message.find(", column ");
      column != std::string::npos) {
    const size_t colon = message.find(": ", column);
    if (colon != std::string::npos) message = message.substr(colon + 2);
  }
  const int line = lines_.LineOf(position == 0 ? 0 : position - 1);
  Keep(absl::InvalidArgumentError(
      absl::StrCat(source_.path, ":", line, ": ", message)));
  return false;
}

absl::StatusOr<Tree> ParseJsonTree(const SourceFile& source, int max_nesting) {
  TreeSax sax(source, max_nesting);
  const char* base = source.text.data();
  try {
    Json::sax_parse(TrackingIterator(base, 0, sax.furthest()),
                    TrackingIterator(base, source.text.size(), sax.furthest()),
                    &sax, nlohmann::detail::input_format_t::json,
                    /*strict=*/true, /*ignore_comments=*/true);
  } catch (const std::exception& e) {
    if (!sax.status().ok()) return sax.status();
    return absl::InternalError(
        absl::StrCat(source.path, ":1: JSON parser failed: ", e.what()));
  }
  LM_RETURN_IF_ERROR(sax.status());
  return sax.builder().Finish();
}

}  // namespace

absl::StatusOr<ReadResult> ReadJson(const SourceFile& source,
                                    const ReaderContext& context) {
  const WalkOptions options = WalkOptionsFrom(context);
  LM_ASSIGN_OR_RETURN(Tree tree, ParseJsonTree(source, options.max_nesting));
  return WalkTree(tree, source, context, options);
}

}  // namespace laddermerge::internal
