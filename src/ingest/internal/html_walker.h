// Reading HTML with libxml2's HTML parser into a DocumentOutline: whole pages
// (ReadHtml) and the raw HTML blocks embedded in Markdown (tables, lists).
//
//   LM_RETURN_IF_ERROR(WalkHtml(html, /*line_offset=*/0, options, &outline));
//
// What is read: h1-h6 headings; <ul>/<ol> items (nested lists too; a short
// item holding a sublist, or one ending in ':', labels that sublist instead
// of being a statement); <p> paragraphs and loose text; <dl> (<dt> labels its
// <dd>s); <table>s cell by cell (table_layout.h). A paragraph that starts
// with <strong> or <b> directly before a list names that list's section:
// `<p><strong>Ownership</strong></p><ul><li>...`.
//
// What is ignored, by a general rule rather than per site: <head>, <script>,
// <style>, <nav>, <aside>, forms and controls, media (<img>, <picture>,
// <svg>, ...), <pre> code, comments; <header> and <footer> outside <article>
// and <main>; elements with an onclick handler, `hidden`, aria-hidden="true"
// or a navigation role; elements whose id or class contains the word toc,
// nav, navbar, navigation, sidebar, menu or breadcrumb(s); lists whose items
// are all links (site menus, tables of contents). So a static page's site
// navigation disappears and its data starts at the page's own first heading.
#ifndef LADDERMERGE_INGEST_INTERNAL_HTML_WALKER_H_
#define LADDERMERGE_INGEST_INTERNAL_HTML_WALKER_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

#include "ingest/ingest.h"
#include "ingest/internal/outline.h"

namespace laddermerge::internal {

// Parses `html` (a page or a fragment) and reports its content to `outline`.
// Line numbers are libxml2's plus `line_offset`, the number of text lines
// before the fragment. Returns InvalidArgument "file:line: ..." when elements
// nest deeper than options.max_nesting (or libxml2's own limit of 256) and
// when libxml2 cannot build a document at all. The walk is recursive but
// bounded by that depth check. Thread-safe for distinct outlines.
absl::Status WalkHtml(absl::string_view html, int line_offset,
                      const IngestOptions& options, DocumentOutline* outline);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_HTML_WALKER_H_
