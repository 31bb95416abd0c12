// The Markdown reader: cmark-gfm (with the GFM table, strikethrough,
// autolink and task-list extensions) builds the syntax tree; this file walks
// its blocks into a DocumentOutline (outline.h has the heading and carrier
// rules, table_layout.h the table rules, html_walker.h the rules for raw HTML
// blocks). YAML front matter is read by front_matter.h; when it holds the
// ladder itself, the YAML reader reads it and the Markdown body, which is
// then the page around the data, is not read.
//
// Before parsing, the front matter and static-site template markup (Liquid,
// kramdown attribute lists) are blanked out with spaces, so cmark's line
// numbers are the file's.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "common/status_macros.h"
#include "ingest/internal/front_matter.h"
#include "ingest/internal/html_walker.h"
#include "ingest/internal/level_names.h"
#include "ingest/internal/markdown_inline.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/outline.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/structure_names.h"
#include "ingest/internal/structure_vocabulary.h"
#include "ingest/internal/table_layout.h"

namespace laddermerge::internal {
namespace {

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;

const IngestOptions& OptionsOf(const ReaderContext& context) {
  static const IngestOptions kDefaults;
  return context.options != nullptr ? *context.options : kDefaults;
}

NodePtr ParseMarkdown(absl::string_view text) {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  std::unique_ptr<cmark_parser, ParserFree> parser(
      cmark_parser_new(CMARK_OPT_FOOTNOTES));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

absl::string_view TypeName(cmark_node* node) {
  return cmark_node_get_type_string(node);
}

int StartLine(cmark_node* node) { return cmark_node_get_start_line(node); }

bool IsTable(cmark_node* node) {
  return node != nullptr && TypeName(node) == "table";
}

// When a table interrupts a paragraph, cmark-gfm 0.29's table extension
// leaves the paragraph without a position (line 0) and gives the table the
// paragraph's start line (github/cmark-gfm#222). (Its header row gets that
// line too, which does not matter: header cells are never statements.)
int ParagraphLine(cmark_node* paragraph) {
  cmark_node* next = cmark_node_next(paragraph);
  if (StartLine(paragraph) == 0 && IsTable(next)) return StartLine(next);
  return StartLine(paragraph);
}

// cmark-gfm 0.29's table extension appends each cell by walking the row's
// list of cells, so a row of n cells costs n^2: a line of 20,000 '|' took
// 9 s, four times as many 74 s. Ladder tables have a few dozen columns.
constexpr int kMaxTableCells = 256;

// A line that could be a table row wider than kMaxTableCells (a row of n
// cells has up to n + 1 '|') is an error, found before cmark-gfm sees it.
absl::Status CheckTableWidth(absl::string_view text,
                             const DocumentOutline& outline) {
  int line = 1;
  int pipes = 0;
  for (const char c : text) {
    if (c == '\n') {
      ++line;
      pipes = 0;
    } else if (c == '|' && ++pipes > kMaxTableCells + 1) {
      return outline.Error(line, absl::StrCat("table row with more than ",
                                              kMaxTableCells, " cells"));
    }
  }
  return absl::OkStatus();
}

// Lists and block quotes nested deeper than `max_nesting` are an error; the
// walk below recurses only through them, so this bounds its depth.
absl::Status CheckNesting(cmark_node* document, int max_nesting,
                          const DocumentOutline& outline) {
  std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(document));
  int depth = 0;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LIST && type != CMARK_NODE_BLOCK_QUOTE) continue;
    depth += event == CMARK_EVENT_ENTER ? 1 : -1;
    if (depth > max_nesting) {
      return outline.Error(
          StartLine(node),
          absl::StrCat("nesting deeper than ", max_nesting, " levels"));
    }
  }
  return absl::OkStatus();
}

// The tag name an HTML block opens with, in lower case: "table" for
// "<table class=x>"; "" for comments and closing tags.
std::string OpeningTag(absl::string_view html) {
  html = TrimSpace(html);
  size_t i = 1;
  while (i < html.size() && absl::ascii_isalnum(html[i])) ++i;
  if (html.empty() || html[0] != '<' || i == 1) return "";
  return absl::AsciiStrToLower(html.substr(1, i - 1));
}

// Open minus closed elements named `tag` in `html`.
int Unclosed(absl::string_view html, absl::string_view tag) {
  const std::string lower = absl::AsciiStrToLower(html);
  int open = 0;
  for (size_t at = lower.find('<'); at != std::string::npos;
       at = lower.find('<', at + 1)) {
    const bool closing = at + 1 < lower.size() && lower[at + 1] == '/';
    const size_t name = at + (closing ? 2 : 1);
    if (absl::string_view(lower).substr(name, tag.size()) != tag) continue;
    const char after =
        name + tag.size() < lower.size() ? lower[name + tag.size()] : '>';
    if (absl::ascii_isalnum(after)) continue;
    open += closing ? -1 : 1;
  }
  return open;
}

// The strong node that is all of a list item ("- **Agility**"), when it
// reads as a label: such an item heads the items after it.
cmark_node* SoleStrong(cmark_node* item) {
  cmark_node* paragraph = cmark_node_first_child(item);
  if (paragraph == nullptr || cmark_node_next(paragraph) != nullptr ||
      cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
    return nullptr;
  }
  cmark_node* strong = LeadingStrong(paragraph);
  if (strong == nullptr || cmark_node_next(strong) != nullptr) return nullptr;
  return IsLabelLike(RenderInlines(strong), 6) ? strong : nullptr;
}

class MarkdownWalker {
 public:
  MarkdownWalker(absl::string_view text, const IngestOptions& options,
                 DocumentOutline* outline);

  absl::Status Blocks(cmark_node* parent);

 private:
  absl::Status Block(cmark_node** node);
  void Paragraph(cmark_node* node);
  absl::Status List(cmark_node* list, const std::string& label);
  bool DefinitionList(absl::string_view text, int line, int end_line);
  bool MetadataLines(absl::string_view text);
  absl::Status Item(cmark_node* item, const std::string& label);
  void Table(cmark_node* table);
  absl::Status Html(cmark_node** node);
  absl::string_view Lines(int first, int last) const;

  absl::string_view text_;
  std::vector<size_t> line_starts_;  // Offset of each line; one extra at end.
  const IngestOptions& options_;
  DocumentOutline* const outline_;
};

MarkdownWalker::MarkdownWalker(absl::string_view text,
                               const IngestOptions& options,
                               DocumentOutline* outline)
    : text_(text), options_(options), outline_(outline) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  line_starts_.push_back(text.size());
}

absl::string_view MarkdownWalker::Lines(int first, int last) const {
  const auto at = [&](int line) {
    const size_t i = static_cast<size_t>(std::max(line, 1)) - 1;
    return line_starts_[std::min(i, line_starts_.size() - 1)];
  };
  const size_t begin = at(first);
  return text_.substr(begin, at(last + 1) - begin);
}

absl::Status MarkdownWalker::Blocks(cmark_node* parent) {
  for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
       node = cmark_node_next(node)) {
    LM_RETURN_IF_ERROR(Block(&node));
  }
  return absl::OkStatus();
}

// Handles `*node` and any siblings it consumes; leaves `*node` on the last
// node consumed.
absl::Status MarkdownWalker::Block(cmark_node** node) {
  cmark_node* n = *node;
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_HEADING:
      outline_->AddHeading(cmark_node_get_heading_level(n), RenderInlines(n));
      return absl::OkStatus();
    case CMARK_NODE_PARAGRAPH: {
      cmark_node* next = cmark_node_next(n);
      cmark_node* strong = LeadingStrong(n);
      if (!outline_->skipping() && MetadataLines(RenderInlines(n))) {
        return absl::OkStatus();
      }
      // "**Engineer II**" alone on a line names a level as a heading would
      // (word processors export headings as bold text); the deepest rank
      // keeps the real headings above it open.
      if (strong != nullptr && cmark_node_next(strong) == nullptr) {
        const std::string text = RenderInlines(strong);
        if (NamedLevel(text).has_value()) {
          outline_->AddHeading(6, text);
          return absl::OkStatus();
        }
      }
      if (strong != nullptr && next != nullptr &&
          cmark_node_get_type(next) == CMARK_NODE_LIST) {
        *node = next;
        return List(next, CleanSectionName(RenderInlines(strong)));
      }
      // A short plain line right before a list ("Technical") labels it, as
      // a bold one does.
      if (next != nullptr && cmark_node_get_type(next) == CMARK_NODE_LIST) {
        const std::string text = RenderInlines(n);
        if (IsPlainLabel(text)) {
          *node = next;
          return List(next, CleanSectionName(text));
        }
      }
      Paragraph(n);
      return absl::OkStatus();
    }
    case CMARK_NODE_LIST:
      return List(n, "");
    case CMARK_NODE_BLOCK_QUOTE:
      return Blocks(n);
    case CMARK_NODE_HTML_BLOCK:
      return Html(node);
    default:
      if (IsTable(n)) Table(n);
      return absl::OkStatus();  // Code, thematic breaks, footnotes.
  }
}

void MarkdownWalker::Paragraph(cmark_node* node) {
  if (outline_->skipping() || IsLinkOnly(node)) return;
  const std::string text = RenderInlines(node);
  if (DefinitionList(text, ParagraphLine(node),
                     cmark_node_get_end_line(node))) {
    return;
  }
  outline_->Add(MakeCandidate(TrimSpace(text), ParagraphLine(node),
                              StatementKind::kParagraph, Carrier::kParagraph));
}

// "**Level**: Senior Engineer" (and "Track: IC") on lines of their own, as
// role pages write their metadata: the level and track of what follows,
// until a heading or another such line says otherwise. True when `text` is
// only "Key: value" lines and one of them names a level or track.
bool MarkdownWalker::MetadataLines(absl::string_view text) {
  const Vocabulary& vocabulary = DefaultVocabulary();
  std::string level, track;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = TrimSpace(line);
    if (line.empty()) continue;
    const size_t colon = line.find(": ");
    if (colon == absl::string_view::npos || colon == 0 || colon > 24) {
      return false;
    }
    const absl::string_view key = line.substr(0, colon);
    const absl::string_view value = TrimSpace(line.substr(colon + 2));
    if (value.empty() || CountWords(value) > 8) return false;
    switch (vocabulary.Classify(key)) {
      case KeyRole::kLevelField:
        level = LevelFromValue(value, key);
        break;
      case KeyRole::kTrackField:
        track = CleanName(value);
        break;
      default:
        break;
    }
  }
  if (level.empty() && track.empty()) return false;
  outline_->SetDefaults(level, track);
  return true;
}

// A kramdown / PHP Markdown Extra definition list, which CommonMark reads as
// one paragraph: a term line, then definitions starting with ": ". Each
// definition is an item labelled by the term ("Technical" / ": Writes
// tested code"); lines without the marker continue the definition above.
bool MarkdownWalker::DefinitionList(absl::string_view text, int line,
                                    int end_line) {
  const std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  // Rendered lines are source lines only when no inline HTML (<br>, <li>)
  // broke a line.
  if (line + static_cast<int>(lines.size()) - 1 != end_line) return false;
  const auto is_definition = [](absl::string_view l) {
    return absl::StartsWith(absl::StripLeadingAsciiWhitespace(l), ": ");
  };
  if (lines.size() < 2 || is_definition(lines[0]) || !is_definition(lines[1]) ||
      !IsLabelLike(lines[0], 6)) {
    return false;
  }
  const std::string term = CleanSectionName(lines[0]);
  std::vector<Candidate> items;
  for (size_t i = 1; i < lines.size(); ++i) {
    absl::string_view l = absl::StripLeadingAsciiWhitespace(lines[i]);
    if (is_definition(l)) {
      l.remove_prefix(2);
      items.push_back(
          LevelItem(TrimSpace(l), line + static_cast<int>(i), term));
    } else {
      absl::StrAppend(&items.back().text, "\n", TrimSpace(l));
    }
  }
  for (Candidate& item : items) outline_->Add(std::move(item));
  return true;
}

absl::Status MarkdownWalker::List(cmark_node* list, const std::string& label) {
  bool all_links = true;
  for (cmark_node* item = cmark_node_first_child(list); item != nullptr;
       item = cmark_node_next(item)) {
    all_links = all_links && IsLinkOnly(item);
  }
  if (all_links) return absl::OkStatus();  // A table of contents or a menu.
  std::string running = label;
  for (cmark_node* item = cmark_node_first_child(list); item != nullptr;
       item = cmark_node_next(item)) {
    if (cmark_node* strong = SoleStrong(item)) {
      running = JoinSection(label, RenderInlines(strong));
    } else {
      LM_RETURN_IF_ERROR(Item(item, running));
    }
  }
  return absl::OkStatus();
}

// An item's own text is its paragraphs; a short one (or one ending in ':')
// that holds a sublist labels the sublist instead of being a statement,
// unless it is a full sentence introducing the details (IntroducesDetails).
absl::Status MarkdownWalker::Item(cmark_node* item, const std::string& label) {
  std::string text;
  int line = StartLine(item);
  bool has_sublist = false;
  for (cmark_node* c = cmark_node_first_child(item); c != nullptr;
       c = cmark_node_next(c)) {
    has_sublist = has_sublist || cmark_node_get_type(c) == CMARK_NODE_LIST;
    if (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH || IsLinkOnly(c)) {
      continue;
    }
    if (text.empty()) line = ParagraphLine(c);
    absl::StrAppend(&text, text.empty() ? "" : "\n", RenderInlines(c));
  }
  const absl::string_view own = TrimSpace(text);
  std::string sublabel = label;
  const bool labels = has_sublist && (own.empty() || LabelsSublist(own));
  // "- Senior Engineer" over a sublist: the level of the items under it.
  std::optional<LevelName> level;
  if (labels && !own.empty()) level = NamedLevel(own);
  if (labels && !level.has_value()) sublabel = JoinSection(label, own);
  if (!own.empty() && !has_sublist && MetadataLines(own)) {
    return absl::OkStatus();  // "- **Level**: Senior Engineer".
  }
  if (!own.empty() && (!labels || IntroducesDetails(own))) {
    outline_->Add(LevelItem(own, line, label));
  }
  for (cmark_node* c = cmark_node_first_child(item); c != nullptr;
       c = cmark_node_next(c)) {
    const cmark_node_type type = cmark_node_get_type(c);
    if (type == CMARK_NODE_LIST) {
      if (level.has_value()) outline_->PushListLevel(*level);
      const absl::Status status = List(c, sublabel);
      if (level.has_value()) outline_->PopListLevel();
      LM_RETURN_IF_ERROR(status);
    } else if (type != CMARK_NODE_PARAGRAPH) {
      LM_RETURN_IF_ERROR(Block(&c));
    }
  }
  return absl::OkStatus();
}

void MarkdownWalker::Table(cmark_node* table) {
  TableGrid grid;
  for (cmark_node* row = cmark_node_first_child(table); row != nullptr;
       row = cmark_node_next(row)) {
    TableRow out;
    out.is_header = TypeName(row) == "table_header";
    for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr;
         cell = cmark_node_next(cell)) {
      TableCell c;
      if (!IsLinkOnly(cell)) {
        c.entries = SplitCellText(RenderInlines(cell), StartLine(row));
      }
      out.cells.push_back(std::move(c));
    }
    grid.rows.push_back(std::move(out));
  }
  AddTable(grid, outline_);
}

// A raw HTML block. cmark ends one at a blank line, so a <table> or list
// with blank lines inside spans several blocks (and paragraphs or code
// blocks between them): those siblings are joined until the element is
// closed, then the whole source slice goes to libxml2. Other elements (a
// <div> around Markdown, say) are not joined: CommonMark reads the Markdown
// between their blocks.
absl::Status MarkdownWalker::Html(cmark_node** node) {
  cmark_node* first = *node;
  cmark_node* last = first;
  const std::string tag = OpeningTag(cmark_node_get_literal(first));
  if (tag == "table" || tag == "ul" || tag == "ol" || tag == "dl") {
    int open = Unclosed(cmark_node_get_literal(first), tag);
    while (open > 0 && cmark_node_next(last) != nullptr) {
      const int from = cmark_node_get_end_line(last) + 1;
      last = cmark_node_next(last);
      open += Unclosed(Lines(from, cmark_node_get_end_line(last)), tag);
    }
  }
  *node = last;
  if (outline_->skipping()) return absl::OkStatus();
  const int begin = StartLine(first);
  return WalkHtml(Lines(begin, cmark_node_get_end_line(last)), begin - 1,
                  options_, outline_);
}

// `text` with its first `lines` lines emptied (their '\n' kept).
std::string BlankLeadingLines(absl::string_view text, int lines) {
  std::string out(text);
  for (size_t i = 0; i < out.size() && lines > 0; ++i) {
    if (out[i] == '\n') {
      --lines;
    } else {
      out[i] = ' ';
    }
  }
  return out;
}

// Level and track defaults from front matter: `level`, `track`, or a `title`
// that names a level or track.
void ApplyMetadata(const FrontMatter& fm, ReaderContext* context) {
  std::optional<LevelName> title =
      ParseLevelName(fm.title, PhraseContext::kTitle);
  if (!fm.level.empty()) {
    std::optional<LevelName> level =
        ParseLevelName(fm.level, PhraseContext::kHeading);
    context->level =
        level.has_value() && !level->level.empty() ? level->level : fm.level;
  } else if (title.has_value() && !title->level.empty()) {
    context->level = title->level;
  }
  if (!fm.track.empty()) {
    context->track = NormalizeTrackName(fm.track);
  } else if (title.has_value() && !title->track.empty()) {
    context->track = title->track;
  }
}

}  // namespace

absl::StatusOr<ReadResult> ReadMarkdown(const SourceFile& source,
                                        const ReaderContext& context) {
  const IngestOptions& options = OptionsOf(context);
  LM_ASSIGN_OR_RETURN(FrontMatter fm,
                      ReadFrontMatter(source, options.max_nesting));
  ReaderContext local = context;
  ApplyMetadata(fm, &local);
  if (fm.holds_content) {
    const SourceFile yaml{source.path, fm.yaml, fm.yaml_line};
    LM_ASSIGN_OR_RETURN(ReadResult result, ReadYaml(yaml, local));
    if (!result.statements.empty()) {
      if (result.company.empty()) result.company = fm.company;
      return result;
    }
  }
  const std::string body = BlankTemplateMarkup(
      fm.present ? BlankLeadingLines(source.text, fm.body_line - 1)
                 : source.text);
  DocumentOutline outline(source, local);
  LM_RETURN_IF_ERROR(CheckTableWidth(body, outline));
  NodePtr document = ParseMarkdown(body);
  LM_RETURN_IF_ERROR(
      CheckNesting(document.get(), options.max_nesting, outline));
  MarkdownWalker walker(body, options, &outline);
  LM_RETURN_IF_ERROR(walker.Blocks(document.get()));
  ReadResult result = std::move(outline).Finish();
  result.company = fm.company;
  return result;
}

}  // namespace laddermerge::internal
