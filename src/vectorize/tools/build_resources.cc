// laddermerge_build_resources: builds the run-time lexical resources from
// Debian's WordNet 3.0 database files (package wordnet-base), at build time.
//
//   laddermerge_build_resources --wordnet /usr/share/wordnet
//       --out build/share/laddermerge/word_vectors.bin
//
// Word vectors: every single-word WordNet lemma is described by weighted
// contexts, its senses' synsets (earlier, more frequent senses weigh more),
// their hypernyms two levels up, related synsets (derivations, similar-to,
// pertainyms, attributes, see-also, verb groups) and the content words of
// its senses' glosses and examples. The word-by-context matrix is weighted
// by positive pointwise mutual information (context distribution smoothed
// with exponent 0.75) and reduced by randomized truncated SVD; a word's
// vector is its row of U * S^0.5, L2-normalized. Deterministic: same files,
// same output bytes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

#include "tokenize/tokenize.h"
#include "vectorize/randomized_svd.h"
#include "vectorize/word_vectors.h"

namespace laddermerge {
namespace {

constexpr const char* kFiles[] = {"noun", "verb", "adj", "adv"};
constexpr double kHypernymWeight = 0.6;
constexpr double kRelatedWeight = 0.5;
constexpr double kGlossWeight = 0.3;
constexpr size_t kMaxConcepts = 24;

struct Synset {
  std::vector<uint32_t> hypernyms;
  std::vector<uint32_t> related;
  std::string gloss;
};

struct WordNet {
  std::vector<Synset> synsets;
  // Single-word lemma -> its synsets, most frequent sense first, per
  // part of speech in the order of kFiles.
  std::map<std::string, std::vector<uint32_t>> senses;
  std::vector<std::pair<std::string, std::string>> exceptions;
};

int FileOf(char pos) {
  switch (pos) {
    case 'n':
      return 0;
    case 'v':
      return 1;
    case 'a':
    case 's':
      return 2;
    default:
      return 3;
  }
}

uint64_t Key(int file, uint64_t offset) { return offset * 4 + file; }

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ') lines->push_back(std::move(line));
  }
  return true;
}

// First pass over a data file line: the synset's key.
uint64_t LineKey(const std::string& line, int file) {
  uint64_t offset = 0;
  (void)absl::SimpleAtoi(line.substr(0, line.find(' ')), &offset);
  return Key(file, offset);
}

void ParsePointers(const std::vector<absl::string_view>& f, size_t i,
                   const absl::flat_hash_map<uint64_t, uint32_t>& ids,
                   Synset& synset) {
  int pointers = 0;
  (void)absl::SimpleAtoi(f[i++], &pointers);
  for (int p = 0; p < pointers && i + 3 < f.size(); ++p, i += 4) {
    uint64_t offset = 0;
    (void)absl::SimpleAtoi(f[i + 1], &offset);
    auto it = ids.find(Key(FileOf(f[i + 2][0]), offset));
    if (it == ids.end()) continue;
    const absl::string_view symbol = f[i];
    if (symbol == "@" || symbol == "@i") {
      synset.hypernyms.push_back(it->second);
    } else if (symbol == "+" || symbol == "&" || symbol == "\\" ||
               symbol == "=" || symbol == "^" || symbol == "$") {
      synset.related.push_back(it->second);
    }
  }
}

void ParseDataLine(const std::string& line,
                   const absl::flat_hash_map<uint64_t, uint32_t>& ids,
                   Synset& synset) {
  const size_t bar = line.find(" | ");
  if (bar != std::string::npos) synset.gloss = line.substr(bar + 3);
  std::vector<absl::string_view> f = absl::StrSplit(
      absl::string_view(line).substr(0, bar), ' ', absl::SkipEmpty());
  if (f.size() < 4) return;
  int words = 0;
  (void)absl::SimpleHexAtoi(f[3], &words);
  const size_t i = 4 + 2 * static_cast<size_t>(words);
  if (i < f.size()) ParsePointers(f, i, ids, synset);
}

bool ReadSynsets(const std::string& dir, WordNet& wn,
                 absl::flat_hash_map<uint64_t, uint32_t>& ids) {
  std::vector<std::vector<std::string>> files(4);
  for (int file = 0; file < 4; ++file) {
    if (!ReadLines(dir + "/data." + kFiles[file], &files[file])) return false;
    for (const std::string& line : files[file]) {
      ids.emplace(LineKey(line, file), static_cast<uint32_t>(ids.size()));
    }
  }
  wn.synsets.resize(ids.size());
  for (int file = 0; file < 4; ++file) {
    for (const std::string& line : files[file]) {
      ParseDataLine(line, ids, wn.synsets[ids.at(LineKey(line, file))]);
    }
  }
  return true;
}

// index.<pos>: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
// offsets..., offsets in decreasing order of sense frequency.
bool ReadSenses(const std::string& dir, WordNet& wn,
                const absl::flat_hash_map<uint64_t, uint32_t>& ids) {
  for (int file = 0; file < 4; ++file) {
    std::vector<std::string> lines;
    if (!ReadLines(dir + "/index." + kFiles[file], &lines)) return false;
    for (const std::string& line : lines) {
      std::vector<absl::string_view> f =
          absl::StrSplit(line, ' ', absl::SkipEmpty());
      int synsets = 0, pointers = 0;
      if (f.size() < 6 || f[0].find('_') != absl::string_view::npos ||
          !absl::SimpleAtoi(f[2], &synsets) ||
          !absl::SimpleAtoi(f[3], &pointers)) {
        continue;
      }
      std::vector<uint32_t>& senses = wn.senses[std::string(f[0])];
      for (size_t i = 6 + pointers; i < f.size() && synsets-- > 0; ++i) {
        uint64_t offset = 0;
        (void)absl::SimpleAtoi(f[i], &offset);
        auto it = ids.find(Key(file, offset));
        if (it != ids.end()) senses.push_back(it->second);
      }
    }
  }
  return true;
}

bool ReadExceptions(const std::string& dir, WordNet& wn) {
  for (const char* name : {"noun", "verb", "adj", "adv"}) {
    std::vector<std::string> lines;
    if (!ReadLines(dir + "/" + name + ".exc", &lines)) return false;
    for (const std::string& line : lines) {
      std::vector<std::string> f = absl::StrSplit(line, ' ', absl::SkipEmpty());
      if (f.size() >= 2 && f[0].find('_') == std::string::npos &&
          f[1].find('_') == std::string::npos) {
        wn.exceptions.emplace_back(f[0], f[1]);
      }
    }
  }
  std::sort(wn.exceptions.begin(), wn.exceptions.end());
  wn.exceptions.erase(std::unique(wn.exceptions.begin(), wn.exceptions.end(),
                                  [](const auto& a, const auto& b) {
                                    return a.first == b.first;
                                  }),
                      wn.exceptions.end());
  return true;
}

// Content words of each synset's gloss, as context ids after the synsets;
// `words` receives the word of each such id (id - number of synsets).
std::vector<std::vector<uint32_t>> GlossContexts(
    const WordNet& wn, std::vector<std::string>* words) {
  std::vector<absl::string_view> glosses;
  for (const Synset& s : wn.synsets) glosses.push_back(s.gloss);
  TokenizeOptions options;
  options.stem_language = "";
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts(glosses, options);
  std::vector<std::vector<uint32_t>> contexts(wn.synsets.size());
  if (!tokens.ok()) return contexts;
  std::map<std::string, uint32_t> vocabulary;
  for (size_t t = 0; t < tokens->words.num_tokens(); ++t) {
    vocabulary.emplace(std::string(tokens->words.token(t)), 0);
  }
  uint32_t next = static_cast<uint32_t>(wn.synsets.size());
  for (auto& [word, id] : vocabulary) {
    id = next++;
    words->push_back(word);
  }
  for (size_t s = 0; s < wn.synsets.size(); ++s) {
    for (size_t t = tokens->words.ListBegin(s); t < tokens->words.ListEnd(s);
         ++t) {
      contexts[s].push_back(vocabulary.at(std::string(tokens->words.token(t))));
    }
  }
  return contexts;
}

using Row = std::map<uint32_t, double>;

// `gloss` may be null: synset contexts only (the concept features).
void AddSynset(const WordNet& wn,
               const std::vector<std::vector<uint32_t>>* gloss, uint32_t s,
               double weight, Row& row) {
  row[s] += weight;
  for (uint32_t h : wn.synsets[s].hypernyms) {
    row[h] += weight * kHypernymWeight;
    for (uint32_t h2 : wn.synsets[h].hypernyms) {
      row[h2] += weight * kHypernymWeight * kHypernymWeight;
    }
  }
  for (uint32_t r : wn.synsets[s].related) row[r] += weight * kRelatedWeight;
  if (gloss == nullptr) return;
  for (uint32_t g : (*gloss)[s]) row[g] += weight * kGlossWeight;
}

// Word-by-context counts weighted by PPMI with smoothed context
// probabilities, as CSR rows (one per lemma, in lemma order).
SparseMatrix PpmiMatrix(const std::vector<Row>& rows, uint32_t num_contexts) {
  std::vector<double> word_sum(rows.size()), context_sum(num_contexts);
  double total = 0;
  for (size_t w = 0; w < rows.size(); ++w) {
    for (const auto& [c, v] : rows[w]) {
      word_sum[w] += v;
      context_sum[c] += v;
      total += v;
    }
  }
  double smoothed_total = 0;
  for (double& s : context_sum) smoothed_total += (s = std::pow(s, 0.75));
  SparseMatrix m;
  m.rows = static_cast<uint32_t>(rows.size());
  m.cols = num_contexts;
  for (size_t w = 0; w < rows.size(); ++w) {
    for (const auto& [c, v] : rows[w]) {
      const double pmi =
          std::log((v / total) /
                   ((word_sum[w] / total) * (context_sum[c] / smoothed_total)));
      if (pmi <= 0) continue;
      m.col.push_back(c);
      m.value.push_back(static_cast<float>(pmi));
    }
    m.row_ptr.push_back(m.col.size());
  }
  return m;
}

DenseMatrix WordMatrix(const TruncatedSvd& svd) {
  DenseMatrix v = svd.u;
  for (uint32_t r = 0; r < v.rows; ++r) {
    double norm2 = 0;
    for (uint32_t c = 0; c < v.cols; ++c) {
      v.row(r)[c] *= static_cast<float>(std::sqrt(svd.singular_values[c]));
      norm2 += double{v.row(r)[c]} * v.row(r)[c];
    }
    const float inv = norm2 > 0 ? static_cast<float>(1 / std::sqrt(norm2)) : 0;
    for (uint32_t c = 0; c < v.cols; ++c) v.row(r)[c] *= inv;
  }
  return v;
}

// word_concepts.txt: per lemma, its strongest synset features (own senses,
// hypernyms, related synsets), L2-normalized, as "word<TAB>id:w id:w ...".
std::string ConceptLines(const WordNet& wn) {
  std::string out;
  for (const auto& [lemma, senses] : wn.senses) {
    Row row;
    for (size_t k = 0; k < senses.size(); ++k) {
      AddSynset(wn, nullptr, senses[k], 1.0 / (1.0 + static_cast<double>(k)),
                row);
    }
    std::vector<std::pair<double, uint32_t>> features;
    double norm2 = 0;
    for (const auto& [c, v] : row) {
      features.emplace_back(-v, c);
      norm2 += v * v;
    }
    std::sort(features.begin(), features.end());
    if (features.size() > kMaxConcepts) features.resize(kMaxConcepts);
    std::sort(features.begin(), features.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    out += lemma;
    out += '\t';
    for (size_t i = 0; i < features.size(); ++i) {
      char buffer[48];
      std::snprintf(buffer, sizeof(buffer), "%s%u:%.4f", i == 0 ? "" : " ",
                    features[i].second, -features[i].first / std::sqrt(norm2));
      out += buffer;
    }
    out += '\n';
  }
  return out;
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path + ".tmp", std::ios::binary);
  out << bytes;
  out.close();
  if (!out || std::rename((path + ".tmp").c_str(), path.c_str()) != 0) {
    std::cerr << "laddermerge_build_resources: cannot write " << path << "\n";
    return false;
  }
  return true;
}

struct Weights {
  double mention = 0.5;  // Word -> synsets whose gloss mentions it.
  double cooccur = 0.1;  // Word -> words near it in one gloss.
  int window = 5;        // Co-occurrence window, in content words.
};

// Distributional contexts from the glosses: a word mentioned in a synset's
// gloss gets that synset as a context ("guitar" in the gloss of guitarist)
// and its gloss neighbours as contexts.
void AddMentions(const WordNet& wn,
                 const std::vector<std::vector<uint32_t>>& gloss,
                 const std::vector<std::string>& gloss_words,
                 const WordVectors& lookup, const Weights& weights,
                 std::vector<Row>& rows) {
  const uint32_t base = static_cast<uint32_t>(wn.synsets.size());
  for (uint32_t s = 0; s < gloss.size(); ++s) {
    const std::vector<uint32_t>& g = gloss[s];
    for (size_t i = 0; i < g.size(); ++i) {
      const std::vector<uint32_t> lemmas =
          lookup.FindAll(gloss_words[g[i] - base]);
      if (lemmas.empty()) continue;
      const double share = 1.0 / static_cast<double>(lemmas.size());
      for (uint32_t l : lemmas) {
        rows[l][s] += weights.mention * share;
        const size_t lo = i > size_t(weights.window) ? i - weights.window : 0;
        const size_t hi = std::min(g.size(), i + weights.window + 1);
        for (size_t j = lo; j < hi; ++j) {
          if (j != i) rows[l][g[j]] += weights.cooccur * share;
        }
      }
    }
  }
}

int Run(const std::string& dir, const std::string& out_path, uint32_t dims,
        const Weights& weights) {
  WordNet wn;
  absl::flat_hash_map<uint64_t, uint32_t> ids;
  if (!ReadSynsets(dir, wn, ids) || !ReadSenses(dir, wn, ids) ||
      !ReadExceptions(dir, wn)) {
    std::cerr << "laddermerge_build_resources: cannot read WordNet in " << dir
              << " (install wordnet-base)\n";
    return 1;
  }
  std::vector<std::string> gloss_words;
  const std::vector<std::vector<uint32_t>> gloss =
      GlossContexts(wn, &gloss_words);
  uint32_t num_contexts = static_cast<uint32_t>(wn.synsets.size());
  for (const auto& g : gloss) {
    for (uint32_t c : g) num_contexts = std::max(num_contexts, c + 1);
  }
  std::vector<std::string> words;
  std::vector<Row> rows;
  for (const auto& [lemma, senses] : wn.senses) {
    words.push_back(lemma);
    Row& row = rows.emplace_back();
    for (size_t k = 0; k < senses.size(); ++k) {
      AddSynset(wn, &gloss, senses[k], 1.0 / (1.0 + static_cast<double>(k)),
                row);
    }
  }
  const WordVectors lookup(words, DenseMatrix(), wn.exceptions);
  AddMentions(wn, gloss, gloss_words, lookup, weights, rows);
  RandomizedSvdOptions svd_options;
  svd_options.rank = dims;
  const TruncatedSvd svd =
      RandomizedSvd(PpmiMatrix(rows, num_contexts), svd_options);
  const std::string concepts_path =
      out_path.substr(0, out_path.find_last_of('/') + 1) + "word_concepts.txt";
  if (!WriteFile(concepts_path, ConceptLines(wn))) return 1;
  const WordVectors vectors(std::move(words), WordMatrix(svd),
                            std::move(wn.exceptions));
  if (!WriteFile(out_path, vectors.Serialize())) return 1;
  std::cerr << "laddermerge_build_resources: " << vectors.num_words()
            << " words x " << vectors.dims() << " dims -> " << out_path << "\n";
  return 0;
}

}  // namespace
}  // namespace laddermerge

int main(int argc, char** argv) {
  std::string dir = "/usr/share/wordnet", out;
  uint32_t dims = 256;
  laddermerge::Weights weights;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--wordnet") dir = argv[i + 1];
    if (flag == "--out") out = argv[i + 1];
    if (flag == "--dims") dims = static_cast<uint32_t>(std::stoul(argv[i + 1]));
    if (flag == "--mention") weights.mention = std::stod(argv[i + 1]);
    if (flag == "--cooccur") weights.cooccur = std::stod(argv[i + 1]);
    if (flag == "--window") weights.window = std::stoi(argv[i + 1]);
  }
  if (out.empty()) {
    std::cerr
        << "usage: laddermerge_build_resources [--wordnet DIR] [--dims N] "
           "--out FILE\n";
    return 2;
  }
  return laddermerge::Run(dir, out, dims, weights);
}
