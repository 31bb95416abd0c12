#include "ingest/internal/html_walker.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "common/status_macros.h"
#include "ingest/internal/html_nodes.h"
#include "ingest/internal/level_names.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/table_layout.h"

namespace laddermerge::internal {
namespace {

// libxml2's HTML parser stops at this depth unless told otherwise.
constexpr int kLibxmlMaxDepth = 256;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(htmlParserCtxt* context) const {
    htmlFreeParserCtxt(context);
  }
};

void InitLibxmlOnce() {
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
}

// libxml2 2.9's HTML parser keeps line numbers in 16 bits. These SAX hooks
// record the full line of each element and text node in its otherwise
// unused `psvi` field, where NodeLine() reads it.
void SetLine(xmlParserCtxt* context, xmlNode* node) {
  if (node != nullptr && context->input != nullptr) {
    node->psvi =
        reinterpret_cast<void*>(static_cast<intptr_t>(context->input->line));
  }
}

void StartElementWithLine(void* context, const xmlChar* name,
                          const xmlChar** attributes) {
  xmlSAX2StartElement(context, name, attributes);
  auto* ctxt = static_cast<xmlParserCtxt*>(context);
  SetLine(ctxt, ctxt->node);
}

void CharactersWithLine(void* context, const xmlChar* text, int length) {
  xmlSAX2Characters(context, text, length);
  auto* ctxt = static_cast<xmlParserCtxt*>(context);
  if (ctxt->node != nullptr) SetLine(ctxt, ctxt->node->last);
}

// True when nothing but blank text and comments follows `node`.
bool NothingAfter(const xmlNode* node) {
  for (const xmlNode* n = node->next; n != nullptr; n = n->next) {
    if (n->type == XML_COMMENT_NODE) continue;
    if (n->type != XML_TEXT_NODE ||
        !TrimSpace(reinterpret_cast<const char*>(n->content)).empty()) {
      return false;
    }
  }
  return true;
}

// The <strong> or <b> that is all of `item`'s content (possibly wrapped in
// one <p>), when it reads as a label: such an item heads the items after it.
const xmlNode* SoleStrong(const xmlNode* item) {
  const xmlNode* content = FirstContentChild(item);
  if (IsTag(content, "p") && NothingAfter(content)) {
    content = FirstContentChild(content);
  }
  if ((!IsTag(content, "strong") && !IsTag(content, "b")) ||
      !NothingAfter(content)) {
    return nullptr;
  }
  return IsLabelLike(RenderText(content, false), 6) ? content : nullptr;
}

// True when `text` is a short line that names a level and nothing else
// ("Engineer II", "Level 3 - Practitioner").
bool NamesLevel(absl::string_view text) {
  return IsLabelLike(text, 8) && NamedLevel(text).has_value();
}

class HtmlWalker {
 public:
  HtmlWalker(int line_offset, DocumentOutline* outline)
      : line_offset_(line_offset), outline_(outline) {}

  void Blocks(const xmlNode* parent);

 private:
  void Block(const xmlNode* node, std::string* label);
  void FlushRun();
  void Paragraph(const std::string& text, int line);
  void List(const xmlNode* list, const std::string& label);
  void Item(const xmlNode* item, const std::string& label);
  void DefinitionList(const xmlNode* list);
  // A cell spanning rows below its own: how many more rows it covers, and
  // what it shows there.
  struct SpannedCell {
    int rows_left = 0;
    TableCell copy;
  };
  void Table(const xmlNode* table);
  TableRow Row(const xmlNode* row, bool in_head,
               std::vector<SpannedCell>* spans);
  std::vector<CellEntry> CellEntries(const xmlNode* cell);
  void ListEntries(const xmlNode* list, std::vector<CellEntry>* entries);
  int Line(const xmlNode* node) const {
    return TextStartLine(node) + line_offset_;
  }

  const int line_offset_;
  DocumentOutline* const outline_;
  std::string run_;  // Loose inline content of the current container.
  int run_line_ = 0;
  // Bytes of cell copies that rowspan/colspan may still make.
  size_t span_budget_ = size_t{64} << 20;
};

void HtmlWalker::Blocks(const xmlNode* parent) {
  std::string label;
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && IsIgnored(c)) continue;
    if (IsInlineNode(c)) {
      if (TrimSpace(run_).empty()) run_line_ = Line(c);
      if (c->type == XML_ELEMENT_NODE) {
        run_ += IsTag(c, "br") ? "\n" : RenderText(c, false);
      } else {
        run_ += reinterpret_cast<const char*>(c->content);
      }
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    FlushRun();
    Block(c, &label);
  }
  FlushRun();
}

void HtmlWalker::FlushRun() {
  if (!TrimSpace(run_).empty()) Paragraph(run_, run_line_);
  run_.clear();
}

void HtmlWalker::Block(const xmlNode* node, std::string* label) {
  std::string list_label = std::move(*label);
  label->clear();
  if (const int rank = HeadingRank(node); rank > 0) {
    outline_->AddHeading(rank, RenderText(node, false));
  } else if (IsTag(node, "summary")) {
    // The title of a collapsible <details> section (GitHub READMEs):
    // a heading below the real ones.
    outline_->AddHeading(6, RenderText(node, false));
  } else if (IsListTag(node)) {
    List(node, list_label);
  } else if (IsTag(node, "li")) {
    Item(node, list_label);  // An item without its list, as fragments have.
  } else if (IsTag(node, "p")) {
    const xmlNode* first = FirstContentChild(node);
    const std::string text = RenderText(node, false);
    if (NamesLevel(text)) {
      // A paragraph that is only a level's name is that level's heading:
      // word processors export headings as styled paragraphs (Google Docs
      // as <p class="c3">, its bold in a style sheet). The deepest rank
      // keeps the real headings above it open.
      outline_->AddHeading(6, text);
    } else if ((IsTag(first, "strong") || IsTag(first, "b")) &&
               IsListTag(NextElement(node))) {
      *label = CleanSectionName(RenderText(first, false));
    } else if (IsListTag(NextElement(node)) && IsPlainLabel(text)) {
      *label = CleanSectionName(text);  // "<p>Technical</p><ul>".
    } else if (!IsLinkOnly(node)) {
      Paragraph(RenderText(node, false), Line(node));
    }
  } else if (IsTag(node, "table")) {
    Table(node);
  } else if (IsTag(node, "dl")) {
    DefinitionList(node);
  } else if (!IsTag(node, "hr")) {
    Blocks(node);
  }
}

void HtmlWalker::Paragraph(const std::string& text, int line) {
  outline_->Add(MakeCandidate(TrimSpace(text), line, StatementKind::kParagraph,
                              Carrier::kParagraph));
}

void HtmlWalker::List(const xmlNode* list, const std::string& label) {
  bool any = false;
  bool all_links = true;
  for (const xmlNode* c = list->children; c != nullptr; c = c->next) {
    if (!IsTag(c, "li")) continue;
    any = true;
    all_links = all_links && IsLinkOnly(c);
  }
  if (any && all_links) return;  // A menu or a table of contents.
  std::string running = label;
  for (const xmlNode* c = list->children; c != nullptr; c = c->next) {
    if (IsTag(c, "li")) {
      if (const xmlNode* strong = SoleStrong(c)) {
        running = JoinSection(label, RenderText(strong, false));
      } else {
        Item(c, running);
      }
    } else if (IsListTag(c)) {
      List(c, running);  // A list nested without its <li>, as pages do.
    }
  }
}

void HtmlWalker::Item(const xmlNode* item, const std::string& label) {
  const std::string text = RenderText(item, true);
  std::vector<const xmlNode*> sublists;
  for (const xmlNode* c = item->children; c != nullptr; c = c->next) {
    if (IsListTag(c)) sublists.push_back(c);
  }
  std::string sublabel = label;
  const bool labels =
      !sublists.empty() && (TrimSpace(text).empty() || LabelsSublist(text));
  // "<li>Senior Engineer<ul>...": the level of the items under it.
  std::optional<LevelName> level;
  if (labels && !TrimSpace(text).empty()) level = NamedLevel(text);
  if (labels && !level.has_value()) sublabel = JoinSection(label, text);
  if (!IsLinkOnly(item) && !TrimSpace(text).empty() &&
      (!labels || IntroducesDetails(text))) {
    outline_->Add(LevelItem(TrimSpace(text), Line(item), label));
  }
  if (level.has_value()) outline_->PushListLevel(*level);
  for (const xmlNode* sublist : sublists) List(sublist, sublabel);
  if (level.has_value()) outline_->PopListLevel();
}

void HtmlWalker::DefinitionList(const xmlNode* list) {
  std::string term;
  for (const xmlNode* c = list->children; c != nullptr; c = c->next) {
    const std::string text = RenderText(c, false);
    if (IsTag(c, "dt")) {
      term = CleanSectionName(text);
    } else if (IsTag(c, "dd")) {
      outline_->Add(MakeCandidate(TrimSpace(text), Line(c),
                                  StatementKind::kItem, Carrier::kList, term));
    }
  }
}

void HtmlWalker::Table(const xmlNode* table) {
  TableGrid grid;
  std::vector<SpannedCell> spans;
  for (const xmlNode* c = table->children; c != nullptr; c = c->next) {
    if (IsTag(c, "tr")) grid.rows.push_back(Row(c, false, &spans));
    if (!IsTag(c, "thead") && !IsTag(c, "tbody") && !IsTag(c, "tfoot")) {
      continue;
    }
    for (const xmlNode* r = c->children; r != nullptr; r = r->next) {
      if (IsTag(r, "tr")) {
        grid.rows.push_back(Row(r, IsTag(c, "thead"), &spans));
      }
    }
  }
  AddTable(grid, outline_);
}

namespace {

// rowspan/colspan as a count in [1, kMaxSpan] (browsers cap them too), and
// the widest row spans may make.
constexpr int kMaxSpan = 64;
constexpr size_t kMaxSpannedColumns = 1024;
int SpanOf(const xmlNode* cell, const char* attribute) {
  int span = 1;
  if (!absl::SimpleAtoi(Attribute(cell, attribute), &span)) return 1;
  return std::clamp(span, 1, kMaxSpan);
}

// Bytes a cell takes in the grid: its text and a fixed cost per cell.
size_t CellBytes(const TableCell& cell) {
  size_t bytes = 64;
  for (const CellEntry& e : cell.entries) bytes += e.text.size();
  return bytes;
}

}  // namespace

// One row of cells, laid out on the table's grid: cells that earlier rows
// span down into (`spans`, by column) take their columns first, and a cell
// with colspan fills that many columns. A spanned cell holds in every grid
// position it covers: an area label labels each row, a statement spanning
// two levels is expected at both (as cumulative ladders repeat it). The
// copies a document may make are bounded (span_budget_); beyond that, spans
// are ignored.
TableRow HtmlWalker::Row(const xmlNode* row, bool in_head,
                         std::vector<SpannedCell>* spans) {
  TableRow out;
  bool all_th = true;
  const auto fill_spanned = [&] {
    while (out.cells.size() < spans->size() &&
           (*spans)[out.cells.size()].rows_left > 0) {
      SpannedCell& above = (*spans)[out.cells.size()];
      --above.rows_left;
      out.cells.push_back(above.copy);
    }
  };
  for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
    if (!IsTag(c, "td") && !IsTag(c, "th")) continue;
    all_th = all_th && IsTag(c, "th");
    fill_spanned();
    TableCell cell{CellEntries(c)};
    int rows = SpanOf(c, "rowspan");
    int columns = SpanOf(c, "colspan");
    const size_t cost = size_t(rows) * size_t(columns) * CellBytes(cell);
    if (cost > span_budget_) {
      rows = columns = 1;
    } else {
      span_budget_ -= cost;
    }
    const TableCell copy = rows > 1 || columns > 1 ? cell : TableCell{};
    for (int k = 0; k < columns; ++k) {
      const size_t column = out.cells.size();
      if (k > 0 && column >= kMaxSpannedColumns) break;
      if (spans->size() <= column) spans->resize(column + 1);
      (*spans)[column] = rows > 1 ? SpannedCell{rows - 1, copy} : SpannedCell{};
      out.cells.push_back(k == 0 ? std::move(cell) : copy);
    }
  }
  fill_spanned();
  out.is_header = in_head || (all_th && !out.cells.empty());
  return out;
}

// A cell's list items are entries of their own; the text around them is
// split at <p>, <br> and line-start bullets.
std::vector<CellEntry> HtmlWalker::CellEntries(const xmlNode* cell) {
  std::vector<CellEntry> entries;
  std::string text;
  int line = NodeLine(cell) + line_offset_;
  const auto flush = [&] {
    for (CellEntry& e : SplitCellText(text, line)) {
      entries.push_back(std::move(e));
    }
    text.clear();
  };
  for (const xmlNode* c = cell->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && IsIgnored(c)) continue;
    if (IsListTag(c)) {
      flush();
      ListEntries(c, &entries);
      continue;
    }
    if (TrimSpace(text).empty()) line = Line(c);
    if (c->type == XML_ELEMENT_NODE) {
      text += IsTag(c, "br") ? "\n"
                             : absl::StrCat("\n", RenderText(c, false), "\n");
    } else if (c->type == XML_TEXT_NODE) {
      text += reinterpret_cast<const char*>(c->content);
    }
  }
  flush();
  return entries;
}

void HtmlWalker::ListEntries(const xmlNode* list,
                             std::vector<CellEntry>* entries) {
  for (const xmlNode* c = list->children; c != nullptr; c = c->next) {
    if (IsListTag(c)) ListEntries(c, entries);
    if (!IsTag(c, "li")) continue;
    const std::string text = RenderText(c, true);
    if (!TrimSpace(text).empty() && !IsLinkOnly(c)) {
      entries->push_back(CellEntry{std::string(StripListMarker(text)), Line(c),
                                   StatementKind::kItem});
    }
    for (const xmlNode* s = c->children; s != nullptr; s = s->next) {
      if (IsListTag(s)) ListEntries(s, entries);
    }
  }
}

// Iterative depth check, so that the recursive walk above stays bounded.
absl::Status CheckDepth(const xmlNode* root, int max_depth, int line_offset,
                        const DocumentOutline& outline) {
  int depth = 0;
  const xmlNode* node = root;
  while (node != nullptr) {
    if (node->type == XML_ELEMENT_NODE && depth > max_depth) {
      return outline.Error(
          NodeLine(node) + line_offset,
          absl::StrCat("nesting deeper than ", max_depth, " levels"));
    }
    if (node->children != nullptr) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      node = node->parent;
      --depth;
    }
    if (node != nullptr) node = node->next;
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status WalkHtml(absl::string_view html, int line_offset,
                      const IngestOptions& options, DocumentOutline* outline) {
  InitLibxmlOnce();
  std::unique_ptr<htmlParserCtxt, ContextFree> context(htmlNewParserCtxt());
  if (context == nullptr || context->sax == nullptr) {
    return absl::ResourceExhaustedError("libxml2: no parser context");
  }
  context->sax->startElement = &StartElementWithLine;
  context->sax->characters = &CharactersWithLine;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlCtxtReadMemory(context.get(), html.data(),
                         static_cast<int>(html.size()), nullptr, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  const xmlError* error = xmlCtxtGetLastError(context.get());
  if (error != nullptr && error->message != nullptr &&
      absl::StrContains(error->message, "Excessive depth")) {
    return outline->Error(
        error->line + line_offset,
        absl::StrCat("nesting deeper than ",
                     std::min(options.max_nesting, kLibxmlMaxDepth),
                     " levels"));
  }
  if (doc == nullptr) {
    if (TrimSpace(html).empty()) return absl::OkStatus();
    return outline->Error(line_offset + 1, "cannot parse HTML");
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return absl::OkStatus();
  LM_RETURN_IF_ERROR(
      CheckDepth(root, options.max_nesting, line_offset, *outline));
  HtmlWalker walker(line_offset, outline);
  walker.Blocks(root->parent);  // The document node, parent of <html>.
  return absl::OkStatus();
}

}  // namespace laddermerge::internal
