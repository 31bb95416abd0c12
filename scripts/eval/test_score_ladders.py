#!/usr/bin/python3
"""Self-test of score_ladders.py on a toy example whose metrics were computed by hand.

    /usr/bin/python3 scripts/eval/test_score_ladders.py

Needs python3-yaml only (scikit-learn is not used; the numpy test is skipped
without numpy). Runs under CTest as a plain command.

The toy corpus: ladders A, B, C.
  gold groups  g1 = {A1, B1, C1}, g2 = {A2, B2, A4} (A2 and A4 truly repeat);
               A3 and C2 are singletons.
  predicted    P1 = {A1, B1}, P2 = {C1, A2, B2, A4}, P3 = {A3, C2}.
"""

import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_ladders as sl  # noqa: E402


def statement(sid, level, text):
    return {"id": sid, "ladder": sid[0], "track": "ic", "level": level, "section": "",
            "text": text, "file": "x", "line": 1}


STATEMENTS = [
    statement("A1", "A-L2", "Writes tests."),
    statement("A2", "A-L2", "Reviews code."),
    statement("A3", "A-L3", "Leads incidents."),
    statement("A4", "A-L3", "Reviews code carefully."),
    statement("B1", "B-1", "Adds automated tests."),
    statement("B2", "B-1", "Gives code reviews."),
    statement("C1", "C-1", "Tests every change."),
    statement("C2", "C-1", "Hires engineers."),
]

GOLD = {
    "ladders": {
        "A": {"ic": [{"level": "A-L1"}, {"level": "A-L2", "aliases": ["A2"]}, {"level": "A-L3"}]},
        "B": {"ic": [{"level": "B-1"}, {"level": "B-2"}]},
        "C": {"ic": [{"level": "C-1"}]},
    },
    "equivalences": [
        {"id": "g1", "members": [{"ladder": "A", "text": "Writes tests."},
                                 {"ladder": "B", "text": "Adds automated tests."},
                                 {"ladder": "C", "text": "Tests every change."}]},
        {"id": "g2", "members": [{"ladder": "A", "text": "Reviews code."},
                                 {"ladder": "B", "text": "Gives  code reviews."},  # whitespace differs
                                 {"ladder": "A", "text": "Reviews code carefully."}]},
    ],
    "relations": [{"type": "narrower", "narrower": {"ladder": "B", "text": "Adds automated tests."},
                   "broader": {"ladder": "C", "text": "Hires engineers."}}],
    "near_misses": [{"a": {"ladder": "B", "text": "Gives code reviews."},
                     "b": {"ladder": "A", "text": "Leads incidents."}}],
    "gaps": {"C": {"missing_groups": ["g2"]}, "A": {"missing_groups": []}, "B": {"missing_groups": []}},
    "levels": [
        {"ladder_a": "A", "ladder_b": "B", "track_a": "ic", "track_b": "ic",
         "pairs": {"A-L1": [], "A-L2": ["B-1"], "A-L3": ["B-2"]}},
        {"ladder_a": "B", "ladder_b": "A", "track_a": "ic", "track_b": "ic",
         "pairs": {"B-1": ["A-L2"], "B-2": ["A-L3"]}},
    ],
}

CLUSTERS = {"clusters": [{"id": "P1", "members": ["A1", "B1"]},
                         {"id": "P2", "members": ["C1", "A2", "B2", "A4"]},
                         {"id": "P3", "members": ["A3", "C2"]}]}

MATCH = {"matches": [
    {"a": "A1", "b": "B1", "score": 0.9}, {"a": "A1", "b": "C2", "score": 0.5},
    {"a": "B1", "b": "C2", "score": 0.8}, {"a": "B1", "b": "C1", "score": 0.7},
    # Out of order on purpose: the scorer sorts by score.
    {"a": "C1", "b": "A1", "score": 0.4}, {"a": "C1", "b": "A2", "score": 0.6},
    {"a": "C1", "b": "B1", "score": 0.55},
    # Same-ladder pair: ignored.
    {"a": "A2", "b": "A4", "score": 0.95}, {"a": "A2", "b": "B2", "score": 0.9},
    {"a": "B2", "b": "A3", "score": 0.7}, {"a": "B2", "b": "A4", "score": 0.6},
    {"a": "B2", "b": "A2", "score": 0.5},
]}


class ScoreLaddersTest(unittest.TestCase):
    def setUp(self):
        self.gold = sl.Gold(GOLD, STATEMENTS)
        self.ids = [s["id"] for s in STATEMENTS]

    def test_gold_texts_map_to_ids_after_normalization(self):
        self.assertEqual(self.gold.group_of, {"A1": "g1", "B1": "g1", "C1": "g1",
                                              "A2": "g2", "B2": "g2", "A4": "g2"})
        self.assertEqual(self.gold.counterparts("A4"), {"B2"})
        self.assertEqual(self.gold.counterparts("A3"), set())

    def test_curly_quotes_and_case_are_normalized(self):
        self.assertEqual(sl.norm_text("The Team\u2019s  \u201cdone\u201d"), "the team's \"done\"")

    def test_missing_gold_text_fails_loudly(self):
        bad = dict(GOLD, equivalences=[{"id": "g", "members": [{"ladder": "A", "text": "Nowhere."},
                                                               {"ladder": "B", "text": "Adds automated tests."}]}])
        with self.assertRaises(sl.ScoreError):
            sl.Gold(bad, STATEMENTS)
        self.assertEqual(len(sl.Gold(bad, STATEMENTS, allow_missing=True).missing), 1)

    def test_ambiguous_text_is_resolved_by_level(self):
        dup = STATEMENTS + [statement("A9", "A-L3", "Writes tests.")]
        gold = dict(GOLD, equivalences=[{"id": "g", "members": [
            {"ladder": "A", "level": "A-L3", "text": "Writes tests."},
            {"ladder": "B", "text": "Adds automated tests."}]}], relations=[], near_misses=[])
        self.assertEqual(sl.Gold(gold, dup).group_of, {"A9": "g", "B1": "g"})
        gold["equivalences"][0]["members"][0].pop("level")
        with self.assertRaises(sl.ScoreError):
            sl.Gold(gold, dup)

    def test_pairwise_all_and_cross_ladder(self):
        pred, problems = sl.labels_from_clusters(CLUSTERS, self.ids)
        self.assertEqual(problems, [])
        m = sl.cluster_metrics(pred, self.gold)
        # All pairs: predicted 8, gold 6, true 4 (A1B1, A2B2, A2A4, B2A4).
        self.assertAlmostEqual(m["all_p"], 4 / 8)
        self.assertAlmostEqual(m["all_r"], 4 / 6)
        self.assertAlmostEqual(m["all_f1"], 4 / 7)
        # Cross-ladder pairs: predicted 7, gold 5, true 3 (A2A4 is within A).
        self.assertAlmostEqual(m["cross_p"], 3 / 7)
        self.assertAlmostEqual(m["cross_r"], 3 / 5)
        self.assertAlmostEqual(m["cross_f1"], 0.5)
        self.assertEqual(m["clusters"], 3)

    def test_bcubed(self):
        pred, _ = sl.labels_from_clusters(CLUSTERS, self.ids)
        m = sl.cluster_metrics(pred, self.gold)
        # Precision per item: A1 1, B1 1, C1 1/4, A2 B2 A4 3/4, A3 C2 1/2 -> 5.5/8.
        self.assertAlmostEqual(m["b3_p"], 5.5 / 8)
        # Recall per item: A1 B1 2/3, C1 1/3, A2 B2 A4 1, A3 C2 1 -> (20/3)/8.
        self.assertAlmostEqual(m["b3_r"], 20 / 24)
        p, r = 5.5 / 8, 20 / 24
        self.assertAlmostEqual(m["b3_f1"], 2 * p * r / (p + r))

    def test_unclustered_statements_become_singletons(self):
        partial = {"clusters": [{"id": "P1", "members": ["A1", "B1"]}]}
        pred, problems = sl.labels_from_clusters(partial, self.ids)
        self.assertEqual(len(problems), 1)
        self.assertEqual(len(set(pred.values())), 7)

    def test_ranking_metrics(self):
        ranked = sl.rankings_from_match(MATCH, self.gold.ladder_of)
        self.assertEqual(ranked["C1"], ["A2", "B1", "A1"])
        self.assertEqual(ranked["A2"], ["B2"])
        m = sl.ranking_metrics(ranked, self.gold, ks=(1, 3))
        # Queries: A1 B1 C1 A2 B2 A4. Top-1 right for A1 and A2.
        self.assertEqual(m["n"], 6)
        self.assertAlmostEqual(m["top1"], 2 / 6)
        # B1's top-1 C2 is its broader statement: lenient counts it.
        self.assertAlmostEqual(m["lenient_top1"], 3 / 6)
        # First true counterpart at ranks 1, 2, 2, 1, 2, none.
        self.assertAlmostEqual(m["mrr"], 3.5 / 6)
        self.assertAlmostEqual(m["hit@1"], 2 / 6)
        self.assertAlmostEqual(m["hit@3"], 5 / 6)
        # recall@3: A1 1/2, B1 1/2, C1 2/2, A2 1/1, B2 2/2, A4 0.
        self.assertAlmostEqual(m["recall@3"], 4 / 6)
        self.assertAlmostEqual(m["near_miss_top1"], 1.0)
        self.assertAlmostEqual(m["coverage"], 5 / 6)

    def test_levels_with_reverse_direction_derived_by_inversion(self):
        levels = {"alignments": [{"ladder_a": "A", "ladder_b": "B", "track_a": "x", "track_b": "y", "pairs": [
            {"level_a": "A-L1", "level_b": "B-1", "score": 0.2},
            {"level_a": "A-L2", "level_b": "B-1", "score": 0.8},
            {"level_a": "A-L3", "level_b": None, "score": 0.1}]}]}
        m = sl.level_metrics(levels, self.gold)
        # A->B: L1 wrong (gold none), L2 right, L3 wrong. B->A by inversion:
        # B-1 -> {L1, L2} wrong, B-2 -> none wrong.
        self.assertEqual(m["n"], 5)
        self.assertAlmostEqual(m["accuracy"], 1 / 5)
        self.assertEqual(m["none_n"], 1)
        self.assertAlmostEqual(m["none_accuracy"], 0.0)
        self.assertEqual(m["derived_by_inversion"], 1)

    def test_levels_accept_aliases_and_none(self):
        levels = {"alignments": [
            {"ladder_a": "A", "ladder_b": "B", "track_a": "ic", "track_b": "ic", "pairs": [
                {"level_a": "A-L1", "level_b": "", "score": 0.0},
                {"level_a": "a2", "level_b": "B-1", "score": 0.8},
                {"level_a": "A-L3", "level_b": "B-2", "score": 0.7}]},
            {"ladder_a": "B", "ladder_b": "A", "track_a": "ic", "track_b": "ic", "pairs": [
                {"level_a": "B-1", "level_b": "A2", "score": 0.8},
                {"level_a": "B-2", "level_b": "A-L3", "score": 0.7}]}]}
        m = sl.level_metrics(levels, self.gold)
        self.assertAlmostEqual(m["accuracy"], 1.0)
        self.assertEqual(m["errors"], [])

    def test_gap_metrics(self):
        gaps = {"gaps": [{"ladder": "C", "missing": [{"cluster": "P2"}]},
                         {"ladder": "A", "missing": [{"cluster": "P1"}]}]}
        m = sl.gap_metrics(gaps, CLUSTERS, self.gold)
        # C: predicted {g2} (C1 is C's own), gold {g2}. A: predicted {g1}, gold {}.
        self.assertAlmostEqual(m["p"], 1 / 2)
        self.assertAlmostEqual(m["r"], 1.0)

    def test_report_marks_missing_outputs_not_available(self):
        text = sl.report([{"name": "laddermerge"}], self.gold)
        self.assertIn("match not available yet", text)
        self.assertIn("clusters not available yet", text)
        self.assertIn("levels not available yet", text)

    def test_main_scores_files_end_to_end(self):
        with tempfile.TemporaryDirectory() as d:
            paths = {}
            for name, obj in (("parse", {"ladders": [{"name": "all", "statements": STATEMENTS}]}),
                              ("match", MATCH), ("clusters", CLUSTERS)):
                paths[name] = os.path.join(d, name + ".json")
                with open(paths[name], "w") as f:
                    json.dump(obj, f)
            paths["gold"] = os.path.join(d, "gold.yaml")
            with open(paths["gold"], "w") as f:
                json.dump(GOLD, f)  # JSON is YAML.
            out = os.path.join(d, "out.json")
            rc = sl.main(["--gold", paths["gold"], "--parse", paths["parse"], "--match", paths["match"],
                          "--clusters", paths["clusters"], "--no-baselines", "--json-out", out])
            self.assertEqual(rc, 0)
            with open(out) as f:
                result = json.load(f)[0]
            self.assertAlmostEqual(result["clusters"]["cross_f1"], 0.5)
            self.assertAlmostEqual(result["match"]["top1"], 2 / 6)

    def test_gold_without_levels_scores_the_rest(self):
        gold = {k: v for k, v in GOLD.items() if k not in ("ladders", "levels")}
        g = sl.Gold(gold, STATEMENTS)
        self.assertEqual(sl.level_metrics({"alignments": []}, g), {"n": 0})
        pred, _ = sl.labels_from_clusters(CLUSTERS, self.ids)
        self.assertAlmostEqual(sl.cluster_metrics(pred, g)["cross_f1"], 0.5)


try:
    import numpy as np
except ImportError:  # pragma: no cover
    np = None


@unittest.skipIf(np is None, "numpy not installed")
class NaiveLevelsTest(unittest.TestCase):
    def test_argmax_of_mean_best_match(self):
        gold = sl.Gold(GOLD, STATEMENTS)
        # Indices: A1 A2 A3 A4 B1 B2 C1 C2. A-L2 = {A1, A2}, A-L3 = {A3, A4}, B-1 = {B1, B2}.
        sim = np.eye(8)
        sim[0, 4] = sim[4, 0] = 0.6
        sim[3, 5] = sim[5, 3] = 0.3
        levels = sl.naive_levels_json(STATEMENTS, sim, gold)
        ab = next(a for a in levels["alignments"] if (a["ladder_a"], a["ladder_b"]) == ("A", "B"))
        # A-L2 vs B-1: rows max (0.6, 0) mean 0.3; cols max (0.6, 0) mean 0.3 -> 0.3.
        self.assertEqual([(p["level_a"], p["level_b"]) for p in ab["pairs"]],
                         [("A-L2", "B-1"), ("A-L3", "B-1")])
        self.assertAlmostEqual(ab["pairs"][0]["score"], 0.3)
        self.assertAlmostEqual(ab["pairs"][1]["score"], 0.15)


if __name__ == "__main__":
    unittest.main()
