// Small, pure helpers over libxml2 HTML nodes for the HTML walker: tag
// tests, the ignore rule for navigation and non-content elements, and
// rendering an element's text. Recursive helpers are bounded by the depth
// check WalkHtml runs before using them.
#ifndef LADDERMERGE_INGEST_INTERNAL_HTML_NODES_H_
#define LADDERMERGE_INGEST_INTERNAL_HTML_NODES_H_

#include <string>

#include "absl/strings/string_view.h"
#include <libxml/tree.h>

namespace laddermerge::internal {

// The element's tag name in lower case (libxml2's HTML parser lowercases),
// or "" for a node that is not an element.
absl::string_view TagName(const xmlNode* node);

// The value of attribute `name` of an element, or "" when it has none.
std::string Attribute(const xmlNode* node, const char* name);

// True when `node` is an element named `name`.
bool IsTag(const xmlNode* node, absl::string_view name);

// 1-6 for h1-h6, 0 otherwise.
int HeadingRank(const xmlNode* node);

// True for <ul> and <ol>.
bool IsListTag(const xmlNode* node);

// True for text and for phrasing elements (a, span, strong, em, br, ...):
// content that runs on within a paragraph.
bool IsInlineNode(const xmlNode* node);

// True for elements that never hold ladder content: see html_walker.h.
bool IsIgnored(const xmlNode* node);

// The next sibling that is an element and not blank text, or nullptr.
const xmlNode* NextElement(const xmlNode* node);

// The first child that is not blank text or a comment, or nullptr.
const xmlNode* FirstContentChild(const xmlNode* node);

// The text of `node`'s subtree as read: text nodes in order, <br> and block
// boundaries (p, div, li, tr, headings) as '\n', ignored elements dropped.
// With `skip_lists`, nested <ul>, <ol> and <table> are left out.
std::string RenderText(const xmlNode* node, bool skip_lists);

// True when every non-blank text in `node` sits inside an <a> element and
// there is at least one: a menu entry or a table-of-contents link.
bool IsLinkOnly(const xmlNode* node);

// The 1-based source line of `node`: where its start tag ends, or for a text
// node where the text ends. Exact beyond line 65535 for documents parsed by
// WalkHtml.
int NodeLine(const xmlNode* node);

// The line of the first non-blank character of text in `node` (itself a
// text node, or an element whose ignored children do not count), or
// NodeLine(node) when it holds no text.
int TextStartLine(const xmlNode* node);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_HTML_NODES_H_
