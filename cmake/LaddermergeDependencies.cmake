# Finds every third-party dependency and exposes each one as an imported target.
# All of them are Debian 12 packages installed by scripts/setup.sh.

find_package(absl REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)

# cmark-gfm ships a pkg-config file but no CMake package.
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
find_library(CMARK_GFM_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions REQUIRED)
if(NOT TARGET CmarkGfm::cmark_gfm)
  add_library(CmarkGfm::cmark_gfm INTERFACE IMPORTED)
  target_link_libraries(CmarkGfm::cmark_gfm INTERFACE
                        PkgConfig::CMARK_GFM ${CMARK_GFM_EXTENSIONS_LIBRARY})
endif()

# libstemmer (Snowball) has neither a CMake package nor a pkg-config file.
find_path(SNOWBALL_INCLUDE_DIR NAMES libstemmer.h REQUIRED)
find_library(SNOWBALL_LIBRARY NAMES stemmer REQUIRED)
if(NOT TARGET Snowball::stemmer)
  add_library(Snowball::stemmer UNKNOWN IMPORTED)
  set_target_properties(Snowball::stemmer PROPERTIES
    IMPORTED_LOCATION "${SNOWBALL_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SNOWBALL_INCLUDE_DIR}")
endif()

# libxlsxwriter: the report.xlsx workbook. Only src/report/xlsx_writer.cc
# includes it.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

if(LADDERMERGE_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(LADDERMERGE_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
