#include "report/internal/tables.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "report/internal/escape.h"

namespace laddermerge::internal {
namespace {

Column Text(std::string header, double width = 14) {
  return {std::move(header), ColumnKind::kText, width};
}
Column LongText(std::string header, double width = 60) {
  return {std::move(header), ColumnKind::kLongText, width};
}
Column Integer(std::string header, double width = 10) {
  return {std::move(header), ColumnKind::kInteger, width};
}
Column Score(std::string header, double width = 11) {
  return {std::move(header), ColumnKind::kScore, width};
}
Column Fraction(std::string header, double width = 12) {
  return {std::move(header), ColumnKind::kFraction, width};
}

Cell Number(double value) { return Cell(value); }
Cell Count(size_t value) { return Cell(static_cast<double>(value)); }

std::vector<Cell> StatementCells(const Statement& s) {
  return {s.id, s.ladder, s.track, s.level, s.section, s.text};
}

}  // namespace

Table ClustersTable(const MergeResult& result) {
  Table table;
  table.columns = {Text("Cluster", 8),
                   Text("Area", 20),
                   LongText("Canonical wording"),
                   Integer("Ladders"),
                   Text("Shared by", 24),
                   Score("Cohesion"),
                   Text("Statement", 14),
                   Text("Ladder"),
                   Text("Track", 10),
                   Text("Level"),
                   Text("Section", 20),
                   LongText("Text"),
                   Text("Link", 10),
                   Score("Similarity"),
                   Text("Matched terms", 24),
                   Text("File", 30),
                   Integer("Line", 7)};
  for (const Cluster& cluster : result.clusters) {
    for (const ClusterMember& member : cluster.members) {
      const Statement& s = result.statements[member.statement];
      std::vector<Cell> row = {cluster.id,
                               AreaName(result, cluster.area),
                               cluster.canonical_text,
                               Count(cluster.ladders.size()),
                               JoinLadders(result, cluster.ladders, ", "),
                               Number(cluster.cohesion)};
      for (Cell& cell : StatementCells(s)) row.push_back(std::move(cell));
      row.insert(row.end(), {LinkTypeName(member.link), Number(member.score),
                             absl::StrJoin(member.evidence, ", "), s.file,
                             Number(s.line)});
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

Table GapsTable(const MergeResult& result) {
  Table table;
  table.columns = {Text("Ladder"),
                   Text("Area", 20),
                   Text("Cluster", 8),
                   LongText("Missing expectation"),
                   Text("Held by", 24),
                   Integer("Held by (count)", 9),
                   Score("Confidence"),
                   Text("Reading", 18),
                   Text("Closest statement", 14),
                   LongText("Closest wording in this ladder", 50),
                   Score("Closest similarity")};
  for (const LadderGaps& gaps : result.gaps) {
    for (const Gap& gap : gaps.missing) {
      const Cluster& cluster = result.clusters[gap.cluster];
      std::vector<Cell> row = {
          result.ladders[gaps.ladder],
          AreaName(result, cluster.area),
          cluster.id,
          cluster.canonical_text,
          JoinLadders(result, cluster.ladders, ", ", gaps.ladder),
          Count(cluster.ladders.size() - 1),
          Number(gap.confidence),
          GapConfidenceLabel(gap.confidence)};
      if (gap.closest_statement >= 0) {
        const Statement& s = result.statements[gap.closest_statement];
        row.insert(row.end(), {s.id, s.text, Number(gap.closest_score)});
      } else {
        row.insert(row.end(), {Cell(), Cell(), Cell()});
      }
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

Table OverlapTable(const MergeResult& result) {
  Table table;
  table.columns = {Text("View"), Text("Row", 20)};
  for (const std::string& ladder : result.ladders) {
    table.columns.push_back(Fraction(ladder));
  }
  const auto add_rows = [&](const char* view, const auto& names,
                            const std::vector<std::vector<float>>& values) {
    for (size_t i = 0; i < values.size() && i < names.size(); ++i) {
      std::vector<Cell> row = {view, names[i]};
      for (size_t j = 0; j < result.ladders.size(); ++j) {
        row.push_back(j < values[i].size() ? Number(values[i][j]) : Cell());
      }
      table.rows.push_back(std::move(row));
    }
  };
  std::vector<std::string> area_names;
  for (const Area& area : result.areas) area_names.push_back(area.name);
  add_rows("Overlap", result.ladders, result.overlap.shared);
  add_rows("Area coverage", area_names, result.overlap.area_coverage);
  return table;
}

Table OverlapMatrixTable(const MergeResult& result) {
  Table table;
  table.title =
      "Share of the row ladder's statements that have a counterpart in the "
      "column ladder";
  table.columns = {Text("Ladder", 18)};
  for (const std::string& ladder : result.ladders) {
    table.columns.push_back(Fraction(ladder));
  }
  for (size_t i = 0; i < result.overlap.shared.size(); ++i) {
    std::vector<Cell> row = {result.ladders[i]};
    for (size_t j = 0; j < result.ladders.size(); ++j) {
      const std::vector<float>& values = result.overlap.shared[i];
      row.push_back(j < values.size() ? Number(values[j]) : Cell());
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table AreaCoverageTable(const MergeResult& result) {
  Table table;
  table.title =
      "Per area: share of the clusters shared by 2+ ladders in which each "
      "ladder has a statement";
  table.columns = {Text("Area", 28), Integer("Shared clusters", 10)};
  for (const std::string& ladder : result.ladders) {
    table.columns.push_back(Fraction(ladder));
  }
  for (size_t a = 0; a < result.areas.size(); ++a) {
    size_t shared = 0;
    for (const int c : result.areas[a].clusters) {
      if (result.clusters[c].ladders.size() > 1) ++shared;
    }
    std::vector<Cell> row = {result.areas[a].name, Count(shared)};
    const std::vector<float>* values = a < result.overlap.area_coverage.size()
                                           ? &result.overlap.area_coverage[a]
                                           : nullptr;
    for (size_t j = 0; j < result.ladders.size(); ++j) {
      const bool known = values != nullptr && j < values->size();
      row.push_back(known ? Number((*values)[j]) : Cell());
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table OverviewTable(const MergeResult& result, const MergeIndex& index) {
  Table table;
  table.columns = {Text("Item", 44), Integer("Value", 12)};
  size_t applied = 0;
  for (const AppliedDecision& d : result.decisions) applied += d.applied;
  const std::pair<const char*, size_t> items[] = {
      {"Ladders", result.ladders.size()},
      {"Statements", result.statements.size()},
      {"Statements shared with another ladder", index.shared_statements},
      {"Statements only one ladder has", index.unique_statements},
      {"Clusters (groups of equivalent statements)", result.clusters.size()},
      {"Clusters shared by 2+ ladders", index.shared_clusters},
      {"Gaps (expectations a ladder lacks)", index.gaps},
      {"Expectations in the proposed framework", index.framework_entries},
      {"... of which only one ladder has", index.framework_single},
      {"Decisions applied", applied},
      {"Decisions not applied", result.decisions.size() - applied},
      {"Warnings", result.warnings.size()}};
  for (const auto& [item, value] : items) {
    table.rows.push_back({item, Count(value)});
  }
  return table;
}

Table LaddersTable(const MergeResult& result, const MergeIndex& index) {
  Table table;
  table.columns = {Text("Ladder", 18),
                   Integer("Statements"),
                   Integer("Shared with another ladder", 14),
                   Integer("Only in this ladder", 12),
                   Fraction("Share shared"),
                   Integer("Gaps")};
  for (size_t i = 0; i < result.ladders.size(); ++i) {
    const LadderStats& stats = index.ladders[i];
    const double share =
        stats.statements == 0
            ? 0
            : static_cast<double>(stats.shared) / stats.statements;
    table.rows.push_back({result.ladders[i], Count(stats.statements),
                          Count(stats.shared), Count(stats.unique),
                          Number(share), Count(stats.gaps)});
  }
  return table;
}

Table LevelsTable(const MergeResult& result) {
  Table table;
  table.columns = {
      Text("Ladder A"),       Text("Track A", 10), Text("Level A", 18),
      Text("Ladder B"),       Text("Track B", 10), Text("Level B", 18),
      Text("Also spans", 18), Score("Similarity"), Score("Confidence")};
  for (const LevelAlignment& a : result.levels) {
    for (const LevelPair& pair : a.pairs) {
      table.rows.push_back(
          {result.ladders[a.ladder_a], a.track_a, pair.level_a,
           result.ladders[a.ladder_b], a.track_b,
           pair.level_b.empty() ? "(no counterpart)" : pair.level_b,
           absl::StrJoin(pair.also_b, ", "), Number(pair.score),
           Number(pair.confidence)});
    }
  }
  return table;
}

Table LevelShiftsTable(const MergeResult& result) {
  Table table;
  table.columns = {LongText("Expectation", 50), Text("Cluster", 8),
                   Text("Expected earlier by"), Text("Earlier level", 16),
                   Text("Expected later by"),   Text("Later level", 16),
                   Integer("Levels apart")};
  for (const LevelShift& shift : result.level_shifts) {
    const Cluster& cluster = result.clusters[shift.cluster];
    table.rows.push_back({cluster.canonical_text, cluster.id,
                          result.ladders[shift.earlier_ladder],
                          shift.earlier_level,
                          result.ladders[shift.later_ladder], shift.later_level,
                          Number(shift.levels_apart)});
  }
  return table;
}

Table FrameworkTable(const MergeResult& result) {
  Table table;
  table.columns = {Text("Track", 10),       Text("Level", 18),
                   Text("Area", 22),        LongText("Expectation"),
                   LongText("Sources", 36), Text("Only in"),
                   Text("Cluster", 8)};
  for (const FrameworkTrack& track : result.framework.tracks) {
    for (const FrameworkLevel& level : track.levels) {
      for (const FrameworkLevel::AreaEntries& area : level.areas) {
        for (const FrameworkEntry& entry : area.entries) {
          const Cluster& cluster = result.clusters[entry.cluster];
          const std::string only_in =
              entry.single_ladder && !cluster.ladders.empty()
                  ? result.ladders[cluster.ladders.front()]
                  : "";
          table.rows.push_back(
              {track.name, level.name, AreaName(result, area.area), entry.text,
               absl::StrJoin(entry.provenance, ", "), only_in, cluster.id});
        }
      }
    }
  }
  return table;
}

Table DecisionsTable(const MergeResult& result) {
  Table table;
  table.columns = {Text("Decision", 11),           Text("Statements", 24),
                   LongText("Pinned wording", 36), Text("Applied", 8),
                   LongText("Note", 40),           Text("Source", 20)};
  for (const AppliedDecision& d : result.decisions) {
    table.rows.push_back({DecisionKindName(d.kind),
                          absl::StrJoin(d.statement_ids, ", "), d.text,
                          d.applied ? "yes" : "no", d.note, d.source});
  }
  return table;
}

Table WarningsTable(const MergeResult& result) {
  Table table;
  table.columns = {LongText("Warning", 100)};
  for (const std::string& warning : result.warnings) {
    table.rows.push_back({warning});
  }
  return table;
}

Table StatementsTable(const Corpus& corpus) {
  Table table;
  table.columns = {Text("Id"),          Text("Ladder"),
                   Text("Track", 10),   Text("Level", 18),
                   Text("Section", 24), LongText("Statement"),
                   Text("File", 30),    Integer("Line")};
  for (const Ladder& ladder : corpus.ladders) {
    for (const Statement& s : ladder.statements) {
      table.rows.push_back({s.id, s.ladder, s.track, s.level, s.section, s.text,
                            s.file, Number(s.line)});
    }
  }
  return table;
}

Table MatchesTable(const Corpus& corpus, const TopMatches& matches) {
  Table table;
  table.columns = {Text("Statement"),       Text("Ladder"),
                   Text("Level", 18),       LongText("Text", 50),
                   Text("Match"),           Text("Match ladder"),
                   Text("Match level", 18), LongText("Match text", 50),
                   Score("Similarity")};
  const std::vector<StatementRef> refs = FlattenStatements(corpus);
  auto statement = [&](uint32_t row) -> const Statement& {
    return corpus.ladders[refs[row].ladder].statements[refs[row].statement];
  };
  for (uint32_t row = 0; row < matches.rows() && row < refs.size(); ++row) {
    const Statement& a = statement(row);
    for (const Neighbor& n : matches.of(row)) {
      const Statement& b = statement(n.statement);
      table.rows.push_back({a.id, a.ladder, a.level, a.text, b.id, b.ladder,
                            b.level, b.text, Number(n.score)});
    }
  }
  return table;
}

std::string TableMarkdown(const Table& table) {
  auto cell = [](const Cell& c, ColumnKind kind) -> std::string {
    if (const auto* text = std::get_if<std::string>(&c)) {
      return MarkdownInline(OneLine(*text));
    }
    if (const auto* number = std::get_if<double>(&c)) {
      return FormatDecimal(*number, kind == ColumnKind::kInteger ? 0 : 2);
    }
    return "";
  };
  std::string out = "|";
  std::string rule = "|";
  for (const Column& c : table.columns) {
    absl::StrAppend(&out, " ", MarkdownInline(c.header), " |");
    const bool number =
        c.kind != ColumnKind::kText && c.kind != ColumnKind::kLongText;
    absl::StrAppend(&rule, number ? " ---: |" : " --- |");
  }
  absl::StrAppend(&out, "\n", rule, "\n");
  for (const std::vector<Cell>& row : table.rows) {
    out += "|";
    for (size_t i = 0; i < table.columns.size(); ++i) {
      absl::StrAppend(&out, " ",
                      i < row.size() ? cell(row[i], table.columns[i].kind) : "",
                      " |");
    }
    out += "\n";
  }
  return out;
}

}  // namespace laddermerge::internal
