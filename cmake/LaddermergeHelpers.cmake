# Helpers that keep each folder's CMakeLists.txt to a few lines.
#
#   laddermerge_library(NAME ingest SRCS a.cc b.cc DEPS laddermerge::common
#                       PRIVATE_DEPS yaml-cpp)
#   laddermerge_test(NAME ingest SRCS x_test.cc DEPS laddermerge::ingest)
#   laddermerge_benchmark(NAME match SRCS match_benchmark.cc DEPS laddermerge::match)
#   laddermerge_fuzzer(NAME yaml DEPS laddermerge::ingest SEEDS corpora/contoso)

set(LADDERMERGE_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/..")

# Warnings, sanitizers and the SIMD level for one of our targets.
function(laddermerge_target_options target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(LADDERMERGE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(LADDERMERGE_SANITIZE)
    target_compile_options(${target} PRIVATE
      -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  # The fuzz build instruments all our code for libFuzzer's coverage
  # feedback; only the harnesses link libFuzzer itself.
  if(LADDERMERGE_FUZZ)
    target_compile_options(${target} PRIVATE
      -fsanitize=fuzzer-no-link,address,undefined
      -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# The instruction set of numeric kernels (see LADDERMERGE_SIMD in the top file).
function(laddermerge_simd_options target)
  if(LADDERMERGE_SIMD STREQUAL "avx2")
    target_compile_options(${target} PRIVATE -march=x86-64-v3)
  elseif(LADDERMERGE_SIMD STREQUAL "avx512")
    target_compile_options(${target} PRIVATE -march=x86-64-v4)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    target_compile_options(${target} PRIVATE -march=x86-64-v2)
  endif()
endfunction()

function(laddermerge_library)
  cmake_parse_arguments(LM "" "NAME" "SRCS;DEPS;PRIVATE_DEPS" ${ARGN})
  set(target laddermerge_${LM_NAME})
  add_library(${target} STATIC ${LM_SRCS})
  add_library(laddermerge::${LM_NAME} ALIAS ${target})
  target_include_directories(${target} PUBLIC "${LADDERMERGE_SOURCE_DIR}/src")
  target_link_libraries(${target} PUBLIC ${LM_DEPS} PRIVATE ${LM_PRIVATE_DEPS})
  laddermerge_target_options(${target})
endfunction()

# One test executable per stage, discovered test by test, labelled "unit"
# unless LABELS says otherwise.
function(laddermerge_test)
  cmake_parse_arguments(LM "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  if(NOT LM_LABELS)
    set(LM_LABELS unit)
  endif()
  set(target laddermerge_${LM_NAME}_test)
  add_executable(${target} ${LM_SRCS})
  target_link_libraries(${target} PRIVATE ${LM_DEPS} GTest::gmock GTest::gtest_main)
  target_include_directories(${target} PRIVATE "${LADDERMERGE_SOURCE_DIR}/tests")
  target_compile_definitions(${target} PRIVATE
    LADDERMERGE_SOURCE_DIR="${LADDERMERGE_SOURCE_DIR}")
  laddermerge_target_options(${target})
  gtest_discover_tests(${target}
    DISCOVERY_MODE PRE_TEST
    WORKING_DIRECTORY "${LADDERMERGE_SOURCE_DIR}"
    PROPERTIES LABELS "${LM_LABELS}")
endfunction()

# A Google Benchmark binary, also registered as a quick CTest smoke test.
function(laddermerge_benchmark)
  cmake_parse_arguments(LM "" "NAME" "SRCS;DEPS;SMOKE_FILTER" ${ARGN})
  set(target laddermerge_${LM_NAME}_benchmark)
  add_executable(${target} ${LM_SRCS})
  target_link_libraries(${target} PRIVATE ${LM_DEPS} benchmark::benchmark_main)
  target_compile_definitions(${target} PRIVATE
    LADDERMERGE_SOURCE_DIR="${LADDERMERGE_SOURCE_DIR}")
  laddermerge_target_options(${target})
  set(filter_arg "")
  if(LM_SMOKE_FILTER)
    set(filter_arg "--benchmark_filter=${LM_SMOKE_FILTER}")
  endif()
  add_test(NAME ${target}_smoke
           COMMAND ${target} --benchmark_min_time=0.01 ${filter_arg}
           WORKING_DIRECTORY "${LADDERMERGE_SOURCE_DIR}")
  set_tests_properties(${target}_smoke PROPERTIES LABELS bench)
endfunction()

# Embeds small text data files (stop words, lexicons) into a target. For each
# FILE a generated source defines
#   std::string_view laddermerge::internal::<SYMBOL>();
# returning the file's bytes; declare it in a stage-internal header. The file
# is re-embedded whenever it changes. HTML_SAFE additionally refuses text that
# would break the <style>/<script> element it is pasted into.
#   laddermerge_embed_text(laddermerge_tokenize
#     SYMBOL EnglishStopWords FILE data/stop_words_en.txt)
function(laddermerge_embed_text target)
  cmake_parse_arguments(LM "HTML_SAFE" "SYMBOL;FILE" "" ${ARGN})
  set(html_safe OFF)
  if(LM_HTML_SAFE)
    set(html_safe ON)
  endif()
  get_filename_component(in "${LM_FILE}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${LM_SYMBOL}.cc")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${in} -DOUT=${out} -DSYMBOL=${LM_SYMBOL}
            -DHTML_SAFE=${html_safe} -P "${LADDERMERGE_SOURCE_DIR}/cmake/EmbedText.cmake"
    DEPENDS "${in}" "${LADDERMERGE_SOURCE_DIR}/cmake/EmbedText.cmake"
    COMMENT "Embedding ${LM_FILE}" VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()

# A libFuzzer harness, fuzz/<NAME>_fuzzer.cc. With LADDERMERGE_FUZZ (clang)
# it builds laddermerge_<NAME>_fuzzer, linked with libFuzzer and part of the
# target laddermerge_fuzzers (scripts/fuzz.sh runs them). In other builds
# with tests it builds laddermerge_<NAME>_fuzzer_replay instead, which runs
# the harness once on every file of fuzz/regressions/<NAME>/ and of SEEDS
# (paths relative to the source tree), registered as a CTest test, so the
# minimized crashers stay fixed under gcc and the sanitizers too.
function(laddermerge_fuzzer)
  cmake_parse_arguments(LM "" "NAME" "DEPS;SEEDS" ${ARGN})
  set(source "${CMAKE_CURRENT_SOURCE_DIR}/${LM_NAME}_fuzzer.cc")
  if(LADDERMERGE_FUZZ)
    set(target laddermerge_${LM_NAME}_fuzzer)
    add_executable(${target} "${source}")
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    add_dependencies(laddermerge_fuzzers ${target})
  elseif(LADDERMERGE_BUILD_TESTS)
    set(target laddermerge_${LM_NAME}_fuzzer_replay)
    add_executable(${target} "${source}"
                   "${CMAKE_CURRENT_SOURCE_DIR}/replay_main.cc")
    set(inputs ${LM_SEEDS})
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/regressions/${LM_NAME}")
      list(APPEND inputs "fuzz/regressions/${LM_NAME}")
    endif()
    add_test(NAME ${target} COMMAND ${target} ${inputs}
             WORKING_DIRECTORY "${LADDERMERGE_SOURCE_DIR}")
    set_tests_properties(${target} PROPERTIES LABELS unit)
  else()
    return()
  endif()
  target_link_libraries(${target} PRIVATE laddermerge_fuzz_util ${LM_DEPS})
  laddermerge_target_options(${target})
endfunction()
