# Script mode (cmake -P), used by laddermerge_embed_text() in
# LaddermergeHelpers.cmake: writes OUT, a C++ source defining
#   std::string_view laddermerge::internal::SYMBOL()
# that returns the bytes of the text file IN.
#   -DHTML_SAFE=ON  also refuses text that would end or confuse the <style> or
#                   <script> element it is pasted into.
# Fails if IN contains the raw-string delimiter or is too long for one string
# literal (GCC's -Woverlength-strings, on with -Wpedantic, stops at 65535).
file(READ "${IN}" content)
string(FIND "${content}" ")lmdata\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "EmbedText: ${IN} contains the raw-string delimiter")
endif()
if(HTML_SAFE)
  foreach(forbidden "<script" "</script" "</style" "<!--")
    string(FIND "${content}" "${forbidden}" found)
    if(NOT found EQUAL -1)
      message(FATAL_ERROR "EmbedText: ${IN} contains ${forbidden}, which would break the page")
    endif()
  endforeach()
endif()
string(LENGTH "${content}" length)
if(length GREATER 65000)
  message(FATAL_ERROR "EmbedText: ${IN} is ${length} bytes; split it")
endif()
file(WRITE "${OUT}.tmp"
  "// Generated from ${IN} by cmake/EmbedText.cmake. Do not edit.\n"
  "#include <string_view>\n\n"
  "namespace laddermerge::internal {\n\n"
  "std::string_view ${SYMBOL}() {\n"
  "  static constexpr char kData[] = R\"lmdata(${content})lmdata\";\n"
  "  return std::string_view(kData, sizeof(kData) - 1);\n"
  "}\n\n"
  "}  // namespace laddermerge::internal\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
