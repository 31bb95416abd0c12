#include "cli/resources.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace laddermerge {

std::vector<std::string> ResourceDirs() {
  namespace fs = std::filesystem;
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("LADDERMERGE_DATA_DIR")) {
    dirs.emplace_back(env);
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    dirs.push_back((exe.parent_path() / ".." / "share" / "laddermerge")
                       .lexically_normal());
  }
  return dirs;
}

namespace {

// The bytes of `path`, or nullopt when it cannot be opened.
std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  std::string bytes(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in) return std::nullopt;
  return bytes;
}

}  // namespace

absl::StatusOr<std::unique_ptr<WordVectors>> LoadWordVectors(
    bool with_concepts) {
  const std::vector<std::string> dirs = ResourceDirs();
  for (const std::string& dir : dirs) {
    const std::string path = dir + "/word_vectors.bin";
    const std::optional<std::string> bytes = ReadFile(path);
    if (!bytes.has_value()) continue;
    absl::StatusOr<WordVectors> vectors = ParseWordVectors(*bytes);
    if (!vectors.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": ", vectors.status().message()));
    }
    auto result = std::make_unique<WordVectors>(*std::move(vectors));
    if (!with_concepts) return result;
    const std::string concepts_path = dir + "/word_concepts.txt";
    std::ifstream concepts_in(concepts_path, std::ios::binary);
    if (!concepts_in) {
      return absl::NotFoundError(absl::StrCat(concepts_path, " not found"));
    }
    std::stringstream concepts;
    concepts << concepts_in.rdbuf();
    if (absl::Status s = result->AttachConcepts(concepts.str()); !s.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(concepts_path, ": ", s.message()));
    }
    return result;
  }
  return absl::NotFoundError(absl::StrCat(
      "word_vectors.bin not found in ", absl::StrJoin(dirs, ", "),
      " (build the laddermerge_resources target or set LADDERMERGE_DATA_DIR)"));
}

absl::Status AttachWordVectors(VectorizeOptions* options,
                               std::unique_ptr<WordVectors>* holder,
                               std::string* warning) {
  warning->clear();
  if (options->wordnet_weight <= 0 && options->synset_weight <= 0) {
    return absl::OkStatus();
  }
  absl::StatusOr<std::unique_ptr<WordVectors>> loaded =
      LoadWordVectors(/*with_concepts=*/options->synset_weight > 0);
  if (loaded.ok()) {
    *holder = *std::move(loaded);
    options->word_vectors = holder->get();
    return absl::OkStatus();
  }
  if (loaded.status().code() != absl::StatusCode::kNotFound) {
    return loaded.status();
  }
  *warning = absl::StrCat(loaded.status().message(),
                          "; similarity runs without the wordnet and synset "
                          "parts");
  options->skip_parts_without_resources = true;
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<WordEmbeddings>> LoadWordEmbeddings(
    const std::vector<std::string>& dirs) {
  for (const std::string& dir : dirs) {
    const std::string path = dir + "/glove_vectors.bin";
    const std::optional<std::string> bytes = ReadFile(path);
    if (!bytes.has_value()) continue;
    absl::StatusOr<WordEmbeddings> glove = ParseWordEmbeddings(*bytes);
    if (!glove.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": ", glove.status().message()));
    }
    return std::make_unique<WordEmbeddings>(*std::move(glove));
  }
  return absl::NotFoundError(
      absl::StrCat("glove_vectors.bin not found in ", absl::StrJoin(dirs, ", "),
                   " (run scripts/setup.sh to fetch the GloVe vectors, then "
                   "build)"));
}

absl::Status AttachWordEmbeddings(VectorizeOptions* options,
                                  const std::vector<std::string>& dirs,
                                  std::unique_ptr<WordEmbeddings>* holder,
                                  std::string* warning) {
  warning->clear();
  if (options->glove_weight <= 0) return absl::OkStatus();
  absl::StatusOr<std::unique_ptr<WordEmbeddings>> loaded =
      LoadWordEmbeddings(dirs);
  if (loaded.ok()) {
    *holder = *std::move(loaded);
    options->embeddings = holder->get();
    return absl::OkStatus();
  }
  if (loaded.status().code() != absl::StatusCode::kNotFound) {
    return loaded.status();
  }
  *warning = absl::StrCat(loaded.status().message(),
                          "; similarity runs without the glove part");
  options->skip_parts_without_resources = true;
  return absl::OkStatus();
}

}  // namespace laddermerge
