laddermerge_benchmark(NAME tokenize
  SRCS ${CMAKE_CURRENT_SOURCE_DIR}/tokenize_benchmark.cc
  DEPS laddermerge::tokenize
  SMOKE_FILTER "BM_Tokenize_Defaults/1000/1")
target_include_directories(laddermerge_tokenize_benchmark PRIVATE
  "${CMAKE_CURRENT_SOURCE_DIR}")
