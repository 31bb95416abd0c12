laddermerge_benchmark(NAME vectorize
  SRCS ${CMAKE_CURRENT_SOURCE_DIR}/vectorize_benchmark.cc
  DEPS laddermerge::vectorize laddermerge::tokenize
  SMOKE_FILTER "/1000/1$")
target_include_directories(laddermerge_vectorize_benchmark PRIVATE
  "${CMAKE_CURRENT_SOURCE_DIR}")
