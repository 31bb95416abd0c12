// Reads the entries of a zip archive held in memory, through its central
// directory, for checking the content of report.xlsx. Handles the stored
// and deflate methods, which is all libxlsxwriter writes; no zip64.
#ifndef LADDERMERGE_TESTS_REPORT_ZIP_READER_H_
#define LADDERMERGE_TESTS_REPORT_ZIP_READER_H_

#include <map>
#include <string>

namespace laddermerge::testing_util {

// Entry name -> uncompressed content. Empty when `zip` is not a well-formed
// archive or an entry fails to inflate.
std::map<std::string, std::string> ReadZip(const std::string& zip);

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_REPORT_ZIP_READER_H_
