# Script mode (cmake -P): writes OUT, a C++ source defining
# laddermerge::internal::SYMBOL() that returns the bytes of the text file IN.
file(READ "${IN}" content)
string(FIND "${content}" ")lmdata\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter")
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
