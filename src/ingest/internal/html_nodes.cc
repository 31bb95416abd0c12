#include "ingest/internal/html_nodes.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/markup_text.h"

namespace laddermerge::internal {
namespace {

bool OneOf(absl::string_view s, std::initializer_list<absl::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool HasAttribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool IsIgnoredTag(absl::string_view tag) {
  return OneOf(
      tag, {"head",    "script", "style",  "noscript", "template", "nav",
            "aside",   "form",   "button", "select",   "option",   "textarea",
            "input",   "svg",    "canvas", "iframe",   "object",   "embed",
            "picture", "img",    "video",  "audio",    "map",      "pre",
            "meta",    "link",   "title",  "dialog",   "menu"});
}

bool InsideContent(const xmlNode* node) {
  for (const xmlNode* p = node->parent; p != nullptr; p = p->parent) {
    if (IsTag(p, "article") || IsTag(p, "main")) return true;
  }
  return false;
}

// id or class words that mark navigation: "toc", "nav-left", "sidebar".
bool HasNavigationName(const xmlNode* node) {
  for (const char* attribute : {"id", "class"}) {
    const std::string value = absl::AsciiStrToLower(Attribute(node, attribute));
    if (absl::StrContains(value, "table-of-contents") ||
        absl::StrContains(value, "tableofcontents")) {
      return true;
    }
    for (absl::string_view word :
         absl::StrSplit(value, absl::ByAnyChar(" \t\n-_"), absl::SkipEmpty())) {
      if (OneOf(word, {"toc", "nav", "navbar", "navigation", "sidebar", "menu",
                       "breadcrumb", "breadcrumbs"})) {
        return true;
      }
    }
  }
  return false;
}

bool IsBlockBoundary(const xmlNode* node) {
  return HeadingRank(node) > 0 ||
         OneOf(TagName(node), {"p", "div", "li", "tr", "dt", "dd", "blockquote",
                               "section", "article", "ul", "ol", "table"});
}

bool IsBlankText(const xmlNode* node) {
  return node->type == XML_TEXT_NODE &&
         TrimSpace(reinterpret_cast<const char*>(node->content)).empty();
}

void AppendText(const xmlNode* node, bool skip_lists, std::string* out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      out->append(reinterpret_cast<const char*>(c->content));
    } else if (c->type != XML_ELEMENT_NODE || IsIgnored(c)) {
      continue;
    } else if (IsTag(c, "br")) {
      out->push_back('\n');
    } else if (skip_lists && (IsListTag(c) || IsTag(c, "table"))) {
      continue;
    } else if (IsBlockBoundary(c)) {
      out->push_back('\n');
      AppendText(c, skip_lists, out);
      out->push_back('\n');
    } else {
      AppendText(c, skip_lists, out);
    }
  }
}

// Counts text in `node` outside links (`*loose`) and inside (`*linked`).
void CountLinkText(const xmlNode* node, bool in_link, int* loose, int* linked) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE &&
        !IsBlankOrPunctuation(reinterpret_cast<const char*>(c->content))) {
      ++*(in_link ? linked : loose);
    } else if (c->type == XML_ELEMENT_NODE && !IsIgnored(c)) {
      CountLinkText(c, in_link || IsTag(c, "a"), loose, linked);
    }
  }
}

}  // namespace

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

absl::string_view TagName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE ||
      node->name == nullptr) {
    return "";
  }
  return reinterpret_cast<const char*>(node->name);
}

bool IsTag(const xmlNode* node, absl::string_view name) {
  return TagName(node) == name;
}

int HeadingRank(const xmlNode* node) {
  const absl::string_view tag = TagName(node);
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
    return tag[1] - '0';
  }
  return 0;
}

bool IsListTag(const xmlNode* node) {
  return IsTag(node, "ul") || IsTag(node, "ol");
}

bool IsInlineNode(const xmlNode* node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    return true;
  }
  return OneOf(
      TagName(node),
      {"a",      "abbr", "b",   "bdi",  "bdo",  "br",    "cite", "code",
       "data",   "del",  "dfn", "em",   "font", "i",     "ins",  "kbd",
       "label",  "mark", "q",   "s",    "samp", "small", "span", "strike",
       "strong", "sub",  "sup", "time", "tt",   "u",     "var",  "wbr"});
}

bool IsIgnored(const xmlNode* node) {
  const absl::string_view tag = TagName(node);
  if (tag.empty() || OneOf(tag, {"html", "body", "main"})) return false;
  if (IsIgnoredTag(tag)) return true;
  if ((tag == "header" || tag == "footer") && !InsideContent(node)) return true;
  if (HasAttribute(node, "onclick") || HasAttribute(node, "hidden"))
    return true;
  if (Attribute(node, "aria-hidden") == "true") return true;
  if (OneOf(absl::AsciiStrToLower(Attribute(node, "role")),
            {"navigation", "banner", "contentinfo", "search", "menu",
             "menubar"})) {
    return true;
  }
  return HasNavigationName(node);
}

const xmlNode* NextElement(const xmlNode* node) {
  for (const xmlNode* n = node->next; n != nullptr; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) return n;
    if (n->type == XML_TEXT_NODE && !IsBlankText(n)) return nullptr;
  }
  return nullptr;
}

const xmlNode* FirstContentChild(const xmlNode* node) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_COMMENT_NODE || IsBlankText(c)) continue;
    return c;
  }
  return nullptr;
}

std::string RenderText(const xmlNode* node, bool skip_lists) {
  std::string out;
  AppendText(node, skip_lists, &out);
  return out;
}

bool IsLinkOnly(const xmlNode* node) {
  int loose = 0;
  int linked = 0;
  CountLinkText(node, IsTag(node, "a"), &loose, &linked);
  return loose == 0 && linked > 0;
}

int NodeLine(const xmlNode* node) {
  if (node->psvi != nullptr) {  // Set by WalkHtml's SAX hooks.
    return static_cast<int>(reinterpret_cast<intptr_t>(node->psvi));
  }
  return static_cast<int>(xmlGetLineNo(node));
}

int TextStartLine(const xmlNode* node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    const absl::string_view text = reinterpret_cast<const char*>(node->content);
    const size_t first = text.find_first_not_of(" \t\r\n");
    const absl::string_view before = text.substr(0, first);
    const auto newlines = [](absl::string_view s) {
      return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
    };
    // libxml2 gives a text node the line where it ends, except for some
    // text it recovers from broken markup (a bogus "<!U..." declaration),
    // which carries its first line: never go above the document.
    return std::max(1, NodeLine(node) - newlines(text) + newlines(before));
  }
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && IsIgnored(c)) continue;
    if (c->type == XML_TEXT_NODE && IsBlankText(c)) continue;
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE ||
        !TrimSpace(RenderText(c, false)).empty()) {
      return TextStartLine(c);
    }
  }
  return NodeLine(node);
}

}  // namespace laddermerge::internal
