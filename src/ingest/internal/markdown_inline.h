// Rendering cmark-gfm inline content to the plain text of a statement.
//
//   std::string text = RenderInlines(paragraph);  // "Adopts: actively ..."
//
// Emphasis, strong, strikethrough, links and code spans keep their text;
// images, footnote references and inline HTML are dropped, except that HTML
// tags that separate blocks (<br>, <p>, </p>, <li>, <div>, ...) become '\n',
// as do soft and hard line breaks. So a GFM table cell packing bullets as
// `<p>- a</p><p>- b</p>` renders as "\n- a\n\n- b\n", ready for
// SplitCellText. The walks use cmark_iter, so they are iterative whatever
// the nesting of the inlines.
#ifndef LADDERMERGE_INGEST_INTERNAL_MARKDOWN_INLINE_H_
#define LADDERMERGE_INGEST_INTERNAL_MARKDOWN_INLINE_H_

#include <string>

#include <cmark-gfm.h>

namespace laddermerge::internal {

// The text of the inlines below `node` (a paragraph, heading, table cell or
// any inline container). O(size of the subtree).
std::string RenderInlines(cmark_node* node);

// True when all the text below `node` sits inside links or images and there
// is some: "[Vision](#vision)", "[**Developer**](Developer.md)".
bool IsLinkOnly(cmark_node* node);

// The first inline child of `node` when it is a strong node, else nullptr:
// the label of `**Impact**` paragraphs.
cmark_node* LeadingStrong(cmark_node* node);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_MARKDOWN_INLINE_H_
