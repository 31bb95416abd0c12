#include "cli/similarity_commands.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"

#include "cli/resources.h"
#include "common/status_macros.h"
#include "nlohmann/json.hpp"
#include "normalize/normalize.h"

namespace laddermerge {
namespace {

absl::Status ApplyWeights(absl::string_view spec, VectorizeOptions* options) {
  for (absl::string_view item : absl::StrSplit(spec, ',', absl::SkipEmpty())) {
    std::pair<absl::string_view, absl::string_view> kv =
        absl::StrSplit(item, absl::MaxSplits('=', 1));
    double weight = 0;
    if (!absl::SimpleAtod(kv.second, &weight) || weight < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("--weights: bad weight in \"", item, "\""));
    }
    if (kv.first == "word") {
      options->word_weight = weight;
    } else if (kv.first == "char") {
      options->char_weight = weight;
    } else if (kv.first == "concept") {
      options->concept_weight = weight;
    } else if (kv.first == "polarity") {
      options->polarity_weight = weight;
    } else if (kv.first == "lsa") {
      options->lsa_weight = weight;
    } else if (kv.first == "synset") {
      options->synset_weight = weight;
    } else if (kv.first == "wordnet") {
      options->wordnet_weight = weight;
    } else if (kv.first == "glove") {
      options->glove_weight = weight;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("--weights: unknown part \"", kv.first, "\""));
    }
  }
  return absl::OkStatus();
}

absl::Status ApplyCharNgrams(absl::string_view spec, TokenizeOptions* options) {
  if (spec == "0") {
    options->min_char_ngram = options->max_char_ngram = 0;
    return absl::OkStatus();
  }
  std::pair<absl::string_view, absl::string_view> range =
      absl::StrSplit(spec, absl::MaxSplits('-', 1));
  if (!absl::SimpleAtoi(range.first, &options->min_char_ngram) ||
      !absl::SimpleAtoi(range.second, &options->max_char_ngram)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--char-ngrams: expected MIN-MAX, got \"", spec, "\""));
  }
  return absl::OkStatus();
}

// Scores and explains texts[a] vs texts[b] with a model fitted on `texts`.
struct Scored {
  SimilarityResources resources;
  TokenCorpus tokens;
  std::unique_ptr<SimilarityModel> model;
};

absl::StatusOr<Scored> FitOnTexts(const std::vector<std::string>& texts,
                                  const GlobalArgs& global,
                                  const SimilarityFlags& flags) {
  TokenizeOptions tokenize;
  VectorizeOptions vectorize;
  Scored scored;
  LM_RETURN_IF_ERROR(PrepareSimilarity(global, flags, &tokenize, &vectorize,
                                       &scored.resources));
  std::vector<absl::string_view> views(texts.begin(), texts.end());
  LM_ASSIGN_OR_RETURN(scored.tokens, TokenizeTexts(views, tokenize));
  LM_ASSIGN_OR_RETURN(scored.model,
                      SimilarityModel::Fit(scored.tokens, vectorize));
  return scored;
}

void PrintText(const SimilarityArgs& args, const PairExplanation& why) {
  std::cout << absl::StrFormat("score: %.4f\n", why.score);
  for (size_t i = 0; i < why.parts.size(); ++i) {
    std::cout << absl::StrFormat("  %-8s %.4f\n", why.parts[i],
                                 why.part_scores[i]);
  }
  if (why.top.empty()) {
    std::cout << "nothing in common\n";
    return;
  }
  std::cout << "because of:\n";
  for (const auto& c : why.top) {
    std::cout << absl::StrFormat("  %.4f  %-8s %s\n", c.score, c.part, c.what);
  }
  (void)args;
}

void PrintJson(const PairExplanation& why) {
  nlohmann::ordered_json out;
  out["score"] = why.score;
  nlohmann::ordered_json parts = nlohmann::ordered_json::object();
  for (size_t i = 0; i < why.parts.size(); ++i) {
    parts[why.parts[i]] = why.part_scores[i];
  }
  out["parts"] = parts;
  nlohmann::ordered_json top = nlohmann::ordered_json::array();
  for (const auto& c : why.top) {
    top.push_back({{"part", c.part}, {"what", c.what}, {"score", c.score}});
  }
  out["because"] = top;
  std::cout << out.dump(2, ' ', false,
                        nlohmann::ordered_json::error_handler_t::replace)
            << "\n";
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(path, ":1: cannot open file"));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    size_t len = 0;
    uint32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000;
    } else {
      return false;
    }
    if (i + len > n) return false;
    uint32_t cp = c & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// The first two tab-separated fields of every line of `content`.
absl::StatusOr<std::vector<std::string>> ParsePairs(
    const std::string& file, const std::string& content) {
  std::vector<std::string> texts;
  std::vector<absl::string_view> lines = absl::StrSplit(content, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  for (size_t i = 0; i < lines.size(); ++i) {
    absl::string_view line = lines[i];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!IsValidUtf8(line)) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ":", i + 1, ": invalid UTF-8"));
    }
    std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 2) {
      return absl::InvalidArgumentError(absl::StrCat(
          file, ":", i + 1, ": expected two tab-separated sentences"));
    }
    texts.push_back(NormalizeText(fields[0]));
    texts.push_back(NormalizeText(fields[1]));
  }
  if (texts.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(file, ":1: no pairs"));
  }
  return texts;
}

// The non-empty lines of `content`, normalized, one statement each.
absl::StatusOr<std::vector<std::string>> ParseLines(
    const std::string& file, const std::string& content) {
  std::vector<std::string> texts;
  size_t number = 0;
  for (absl::string_view line : absl::StrSplit(content, '\n')) {
    ++number;
    if (!IsValidUtf8(line)) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ":", number, ": invalid UTF-8"));
    }
    std::string text = NormalizeText(line);
    if (!text.empty()) texts.push_back(std::move(text));
  }
  if (texts.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(file, ":1: no statements"));
  }
  return texts;
}

}  // namespace

absl::Status PrepareSimilarity(const GlobalArgs& global,
                               const SimilarityFlags& flags,
                               TokenizeOptions* tokenize,
                               VectorizeOptions* vectorize,
                               SimilarityResources* resources) {
  LM_RETURN_IF_ERROR(ApplySimilarityFlags(flags, tokenize, vectorize));
  tokenize->threads = global.threads;
  vectorize->threads = global.threads;
  std::string warnings[2];
  LM_RETURN_IF_ERROR(
      AttachWordVectors(vectorize, &resources->word_vectors, &warnings[0]));
  LM_RETURN_IF_ERROR(AttachWordEmbeddings(
      vectorize, ResourceDirs(), &resources->embeddings, &warnings[1]));
  for (const std::string& warning : warnings) {
    if (!warning.empty() && !global.quiet) {
      std::cerr << "laddermerge: warning: " << warning << "\n";
    }
  }
  return absl::OkStatus();
}

absl::Status ApplySimilarityFlags(const SimilarityFlags& flags,
                                  TokenizeOptions* tokenize,
                                  VectorizeOptions* vectorize) {
  tokenize->stem_language =
      flags.stem_language == "none" ? "" : flags.stem_language;
  if (flags.stop_words) tokenize->english_stop_words = true;
  if (flags.no_stop_words) tokenize->english_stop_words = false;
  if (flags.no_ladder_stop_words) tokenize->ladder_stop_words = false;
  for (const std::string& word : flags.extra_stop_words) {
    tokenize->extra_stop_words.push_back(absl::AsciiStrToLower(word));
  }
  if (!flags.char_ngrams.empty()) {
    LM_RETURN_IF_ERROR(ApplyCharNgrams(flags.char_ngrams, tokenize));
  }
  if (flags.word_ngrams > 0) tokenize->max_word_ngram = flags.word_ngrams;
  vectorize->lexicon_tokenize = *tokenize;
  if (flags.lsa_dims > 0)
    vectorize->lsa_dims = static_cast<uint32_t>(flags.lsa_dims);
  if (flags.lsa_power >= 0) vectorize->lsa_singular_power = flags.lsa_power;
  return ApplyWeights(flags.weights, vectorize);
}

absl::Status RunSimilarity(const GlobalArgs& global,
                           const SimilarityArgs& args) {
  const std::vector<std::string> texts = {NormalizeText(args.text_a),
                                          NormalizeText(args.text_b)};
  LM_ASSIGN_OR_RETURN(Scored scored, FitOnTexts(texts, global, args.flags));
  const PairExplanation why = scored.model->Explain(
      scored.tokens, 0, 1, static_cast<size_t>(args.limit));
  if (args.format == "json") {
    PrintJson(why);
  } else {
    PrintText(args, why);
  }
  std::cout.flush();
  return absl::OkStatus();
}

absl::Status RunScorePairs(const GlobalArgs& global,
                           const ScorePairsArgs& args) {
  LM_ASSIGN_OR_RETURN(std::string content, ReadWholeFile(args.file));
  LM_ASSIGN_OR_RETURN(std::vector<std::string> texts,
                      ParsePairs(args.file, content));
  std::vector<std::string> fit_texts;
  if (!args.fit_on.empty()) {
    LM_ASSIGN_OR_RETURN(std::string fit_content, ReadWholeFile(args.fit_on));
    LM_ASSIGN_OR_RETURN(fit_texts, ParseLines(args.fit_on, fit_content));
  }
  LM_ASSIGN_OR_RETURN(
      Scored scored,
      FitOnTexts(fit_texts.empty() ? texts : fit_texts, global, args.flags));
  StatementVectors vectors;
  if (fit_texts.empty()) {
    vectors = scored.model->Transform(scored.tokens);
  } else {
    std::vector<absl::string_view> views(texts.begin(), texts.end());
    TokenizeOptions tokenize;
    VectorizeOptions unused;
    LM_RETURN_IF_ERROR(ApplySimilarityFlags(args.flags, &tokenize, &unused));
    tokenize.threads = global.threads;
    LM_ASSIGN_OR_RETURN(TokenCorpus pair_tokens,
                        TokenizeTexts(views, tokenize));
    vectors = scored.model->Transform(pair_tokens);
  }
  std::string out;
  for (uint32_t i = 0; i + 1 < vectors.sparse.rows; i += 2) {
    absl::StrAppendFormat(&out, "%.6f\n", Score(vectors, i, i + 1));
  }
  return WriteStdout(out);
}

}  // namespace laddermerge
