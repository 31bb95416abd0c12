#include "ingest/internal/markdown_inline.h"

#include <initializer_list>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"

#include "ingest/internal/markup_text.h"

namespace laddermerge::internal {
namespace {

struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// True for an inline HTML tag such as "<br>", "</p>" or "<li class=x>" that
// separates blocks.
bool IsBreakingTag(absl::string_view html) {
  if (html.size() < 3 || html[0] != '<') return false;
  size_t i = html[1] == '/' ? 2 : 1;
  size_t start = i;
  while (i < html.size() && absl::ascii_isalnum(html[i])) ++i;
  const std::string name = absl::AsciiStrToLower(html.substr(start, i - start));
  for (absl::string_view tag :
       {"br", "p",  "li", "div",        "ul", "ol", "tr", "td", "th", "table",
        "hr", "dt", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}) {
    if (name == tag) return true;
  }
  return false;
}

absl::string_view Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal == nullptr ? absl::string_view() : literal;
}

bool IsLinkOrImage(cmark_node* node) {
  const cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE;
}

}  // namespace

std::string RenderInlines(cmark_node* node) {
  std::string out;
  std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(node));
  int in_image = 0;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_IMAGE) {
      in_image += event == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (event != CMARK_EVENT_ENTER || in_image > 0) continue;
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
      const absl::string_view literal = Literal(n);
      out.append(literal.data(), literal.size());
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      out.push_back('\n');
    } else if (type == CMARK_NODE_HTML_INLINE && IsBreakingTag(Literal(n))) {
      out.push_back('\n');
    }
  }
  return out;
}

bool IsLinkOnly(cmark_node* node) {
  std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(node));
  int in_link = 0;
  int linked = 0;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter.get());
    if (IsLinkOrImage(n)) {
      in_link += event == CMARK_EVENT_ENTER ? 1 : -1;
      if (event == CMARK_EVENT_ENTER) ++linked;
      continue;
    }
    const cmark_node_type type = cmark_node_get_type(n);
    if (in_link == 0 && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) &&
        !IsBlankOrPunctuation(Literal(n))) {
      return false;
    }
  }
  return linked > 0;
}

cmark_node* LeadingStrong(cmark_node* node) {
  cmark_node* first = cmark_node_first_child(node);
  return first != nullptr && cmark_node_get_type(first) == CMARK_NODE_STRONG
             ? first
             : nullptr;
}

}  // namespace laddermerge::internal
