# Match stage benchmarks. The CTest smoke run keeps to N = 1000 and the
# GEMM on one thread, so that CI stays fast.
laddermerge_benchmark(NAME match
  SRCS "${CMAKE_CURRENT_LIST_DIR}/match_benchmark.cc"
  DEPS laddermerge::match
  SMOKE_FILTER "n:1000/|BM_Gemm/threads:1")
target_link_libraries(laddermerge_match_benchmark PRIVATE laddermerge::common)
