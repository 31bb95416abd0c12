// The stylesheet and script of report.html, embedded at build time from
// src/report/assets/ (see cmake/EmbedText.cmake and this folder's
// CMakeLists.txt). Editing the asset files rebuilds the library.
#ifndef LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_
#define LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_

namespace laddermerge::internal {

extern const char kReportCss[];  // assets/report.css
extern const char kReportJs[];   // assets/report.js

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_HTML_ASSETS_H_
