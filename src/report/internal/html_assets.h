// The stylesheet and script of report.html, embedded at build time from
// src/report/assets/ (laddermerge_embed_text in this folder's
// CMakeLists.txt). Editing the asset files rebuilds the library.
#ifndef LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_
#define LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_

#include <string_view>

namespace laddermerge::internal {

std::string_view ReportCss();  // assets/report.css
std::string_view ReportJs();   // assets/report.js

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_
