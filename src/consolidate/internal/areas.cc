#include "consolidate/internal/areas.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"

#include "cluster/cluster.h"

namespace laddermerge::internal {
namespace {

// A heading longer than this reads like a sentence (a lead-in label).
constexpr int kMaxNameWords = 6;
constexpr char kGeneralArea[] = "General";

bool ReadsLikeName(absl::string_view part) {
  part = absl::StripAsciiWhitespace(part);
  if (part.empty()) return false;
  const char last = part.back();
  if (last == '.' || last == ':' || last == '!' || last == '?') return false;
  const int words =
      static_cast<int>(std::count(part.begin(), part.end(), ' ') + 1);
  return words <= kMaxNameWords;
}

// Headings compared across ladders: ASCII case folded.
std::string Fold(absl::string_view name) { return absl::AsciiStrToLower(name); }

// One competency name, shared by every ladder that uses it.
struct Heading {
  std::string name;  // As first written.
  int statements = 0;
};

class AreaBuilder {
 public:
  AreaBuilder(const TokenCorpus& content, const ConsolidateOptions& options,
              MergeResult* result)
      : content_(content), options_(options), result_(result) {}

  void Run() {
    IndexHeadings();
    const Clustering groups = GroupHeadings();
    AssignClusters(groups);
    NameAreas(groups);
    OrderAreas();
  }

 private:
  void IndexHeadings() {
    absl::flat_hash_map<std::string, int> index;
    heading_of_.assign(result_->statements.size(), -1);
    for (size_t s = 0; s < result_->statements.size(); ++s) {
      const std::string name = CompetencyName(result_->statements[s].section);
      if (name.empty()) continue;
      auto [it, inserted] =
          index.emplace(Fold(name), static_cast<int>(headings_.size()));
      if (inserted) headings_.push_back({name, 0});
      ++headings_[it->second].statements;
      heading_of_[s] = it->second;
    }
  }

  // Headings that clusters link often enough share a group.
  Clustering GroupHeadings() {
    std::map<std::pair<uint32_t, uint32_t>, double> links;
    for (const Cluster& c : result_->clusters) {
      if (c.ladders.size() < 2) continue;
      std::set<int> hs;
      for (const ClusterMember& m : c.members) {
        if (heading_of_[m.statement] >= 0) hs.insert(heading_of_[m.statement]);
      }
      for (auto a = hs.begin(); a != hs.end(); ++a) {
        for (auto b = std::next(a); b != hs.end(); ++b) {
          links[{uint32_t(*a), uint32_t(*b)}] += 1;
        }
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> pairs;
    for (const auto& [pair, count] : links) pairs.push_back(pair);
    return ClusterItems(
        headings_.size(), pairs,
        [&](uint32_t a, uint32_t b) {
          if (a > b) std::swap(a, b);
          const auto it = links.find({a, b});
          if (it == links.end()) return 0.0;
          return it->second /
                 std::min(headings_[a].statements, headings_[b].statements);
        },
        Linkage::kAverage, options_.area_affinity);
  }

  // Each cluster to the area of the group most of its headed members belong
  // to; a group becomes an area when a cluster first chooses it.
  void AssignClusters(const Clustering& groups) {
    std::vector<int> area_of_group(groups.clusters.size(), -1);
    for (Cluster& c : result_->clusters) {
      std::map<uint32_t, int> votes;
      for (const ClusterMember& m : c.members) {
        const int h = heading_of_[m.statement];
        if (h >= 0) ++votes[groups.cluster_of[h]];
      }
      int group = -1, best = 0;
      for (const auto& [g, n] : votes) {
        if (n > best) group = static_cast<int>(g), best = n;
      }
      c.area = group < 0 ? GeneralArea() : AreaOfGroup(group, &area_of_group);
    }
  }

  int AreaOfGroup(int group, std::vector<int>* area_of_group) {
    if ((*area_of_group)[group] < 0) {
      (*area_of_group)[group] = static_cast<int>(result_->areas.size());
      result_->areas.emplace_back();
      area_group_.push_back(group);
    }
    return (*area_of_group)[group];
  }

  int GeneralArea() {
    if (general_ < 0) {
      general_ = static_cast<int>(result_->areas.size());
      result_->areas.emplace_back();
      result_->areas.back().name = kGeneralArea;
      area_group_.push_back(-1);
    }
    return general_;
  }

  void NameAreas(const Clustering& groups) {
    for (size_t a = 0; a < result_->areas.size(); ++a) {
      Area& area = result_->areas[a];
      if (area_group_[a] >= 0) {
        std::vector<uint32_t> hs = groups.clusters[area_group_[a]];
        std::stable_sort(hs.begin(), hs.end(), [&](uint32_t x, uint32_t y) {
          return headings_[x].statements > headings_[y].statements;
        });
        for (const uint32_t h : hs) {
          area.source_sections.push_back(headings_[h].name);
        }
        area.name = area.source_sections.front();
      }
    }
    for (size_t c = 0; c < result_->clusters.size(); ++c) {
      result_->areas[result_->clusters[c].area].clusters.push_back(
          static_cast<int>(c));
    }
    for (Area& area : result_->areas) area.top_terms = TopTerms(area);
  }

  // Words frequent in the area and rare elsewhere.
  std::vector<std::string> TopTerms(const Area& area) const {
    std::map<std::string, int> in_area;
    for (const int c : area.clusters) {
      for (const ClusterMember& m : result_->clusters[c].members) {
        for (const std::string& w : content_.words.Get(m.statement)) {
          ++in_area[w];
        }
      }
    }
    const double n = static_cast<double>(result_->statements.size());
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [word, count] : in_area) {
      if (count < 2) continue;
      const double idf = std::log(1.0 + n / DocumentFrequency(word));
      ranked.push_back({-count * idf, word});
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& [score, word] : ranked) {
      if (static_cast<int>(out.size()) == options_.area_terms) break;
      out.push_back(word);
    }
    return out;
  }

  double DocumentFrequency(const std::string& word) const {
    if (df_.empty()) {
      for (size_t s = 0; s < content_.num_statements(); ++s) {
        std::vector<std::string> words = content_.words.Get(s);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        for (const std::string& w : words) ++df_[w];
      }
    }
    const auto it = df_.find(word);
    return it == df_.end() ? 1.0 : it->second;
  }

  // Largest areas first (by statements), then by name; General last.
  void OrderAreas() {
    const size_t n = result_->areas.size();
    std::vector<int> size(n, 0);
    for (size_t a = 0; a < n; ++a) {
      for (const int c : result_->areas[a].clusters) {
        size[a] += static_cast<int>(result_->clusters[c].members.size());
      }
    }
    std::vector<int> order(n);
    for (size_t a = 0; a < n; ++a) order[a] = static_cast<int>(a);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
      if ((x == general_) != (y == general_)) return y == general_;
      if (size[x] != size[y]) return size[x] > size[y];
      return result_->areas[x].name < result_->areas[y].name;
    });
    std::vector<int> new_index(n);
    std::vector<Area> areas;
    for (size_t i = 0; i < n; ++i) {
      new_index[order[i]] = static_cast<int>(i);
      areas.push_back(std::move(result_->areas[order[i]]));
    }
    result_->areas = std::move(areas);
    for (Cluster& c : result_->clusters) c.area = new_index[c.area];
  }

  const TokenCorpus& content_;
  const ConsolidateOptions& options_;
  MergeResult* result_;
  std::vector<Heading> headings_;
  std::vector<int> heading_of_;  // Per statement, -1 without a heading.
  std::vector<int> area_group_;  // Per area: its heading group, -1: General.
  int general_ = -1;
  mutable std::map<std::string, int> df_;
};

}  // namespace

std::string CompetencyName(absl::string_view section) {
  const std::vector<absl::string_view> parts =
      absl::StrSplit(section, " > ", absl::SkipWhitespace());
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (ReadsLikeName(*it)) {
      return std::string(absl::StripAsciiWhitespace(*it));
    }
  }
  return parts.empty() ? "" : std::string(absl::StripAsciiWhitespace(parts[0]));
}

void BuildAreas(const TokenCorpus& content, const ConsolidateOptions& options,
                MergeResult* result) {
  result->areas.clear();
  AreaBuilder(content, options, result).Run();
}

}  // namespace laddermerge::internal
