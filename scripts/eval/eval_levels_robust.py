#!/usr/bin/python3
"""Level alignment under changed ladders: levels removed, levels renamed, pairs.

    eval_levels_robust.py --bin build/bin/laddermerge --gold tests/gold/corpora_gold.yaml \
        [--show-errors] [--keep DIR] name=INPUT... [-- laddermerge options]

The corpus has one fixed set of level correspondences. Held-out ladders
differ from it in the ways level alignment must survive: one company has no
junior level, a management track starts a level higher, the top level is
missing, two ladders are compared alone rather than with a third, and level
titles say nothing ("Band 3"). This script makes those ladders from the
labelled ones and scores `laddermerge levels` on each, against the gold
correspondence restricted to the levels that remain:

  * each ladder is parsed (`laddermerge parse`) and written back as a YAML
    ladder (tracks -> levels -> competencies -> expectations), so every
    variant goes through the same reader;
  * variants: all ladders as they are; every ordered pair alone; every
    ladder and track with its lowest level dropped, and with its highest
    level dropped; every ladder with its levels renamed "Band 1".."Band n"
    in order (per track);
  * truth: the gold mapping without the dropped level (a level whose only
    counterparts were dropped now has none).

A level is right when it maps to none and gold says none, or when every
level it maps to is a gold counterpart (as score_ladders.py counts). Prints
one line per variant and the total; exits 0, or 1 when --min-accuracy is
given and the total falls below it.
"""

import argparse
import collections
import copy
import itertools
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_ladders  # noqa: E402  (same directory)

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("eval_levels_robust.py: python3-yaml is required (apt-get install python3-yaml)")


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("eval_levels_robust.py: %s failed: %s" % (" ".join(cmd), proc.stderr.strip()))
    return proc.stdout


def parse_ladder(binary, name, path):
    """{track: [(level, [(section, text), ...]), ...]} in the parser's order."""
    data = json.loads(run([binary, "parse", "--quiet", "%s=%s" % (name, path)]))
    tracks = collections.OrderedDict()
    for ladder in data["ladders"]:
        for st in ladder["statements"]:
            levels = tracks.setdefault(st.get("track") or "ic", collections.OrderedDict())
            levels.setdefault(st.get("level") or "", []).append((st.get("section") or "General", st["text"]))
    return tracks


def write_yaml(path, name, tracks):
    doc = {"company": name, "tracks": []}
    for track, levels in tracks.items():
        out_levels = []
        for level, statements in levels.items():
            sections = collections.OrderedDict()
            for section, text in statements:
                sections.setdefault(section, []).append(text)
            out_levels.append({"name": level, "competencies": [
                {"name": s, "expectations": texts} for s, texts in sections.items()]})
        doc["tracks"].append({"name": track, "levels": out_levels})
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)


def gold_level_order(gold, ladder, track):
    return [entry["level"] for entry in (gold["ladders"][ladder].get(track) or [])]


def canonical(gold, ladder, level):
    """The gold's canonical level name for a parsed level name, or None."""
    index = score_ladders.LevelIndex(gold)
    hit = index.lookup(ladder, level)
    return hit[1] if hit else None


def variant_gold(gold, ladders, dropped, renamed):
    """The gold restricted to the ladders present, without dropped levels, renamed.

    dropped: {(ladder, canonical level)}; renamed: {(ladder, canonical): new}.
    """
    out = copy.deepcopy(gold)
    out["ladders"] = {}
    for ladder in ladders:
        out["ladders"][ladder] = {}
        for track, entries in gold["ladders"][ladder].items():
            kept = []
            for entry in entries:
                if (ladder, entry["level"]) in dropped:
                    continue
                new = renamed.get((ladder, entry["level"]))
                kept.append({"level": new} if new else dict(entry))
            out["ladders"][ladder][track] = kept

    def name(ladder, level):
        return renamed.get((ladder, level), level)

    out["levels"] = []
    for al in gold.get("levels") or []:
        a, b = al["ladder_a"], al["ladder_b"]
        if a not in ladders or b not in ladders:
            continue
        pairs = {}
        for la, lbs in (al.get("pairs") or {}).items():
            if (a, la) in dropped:
                continue
            pairs[name(a, la)] = [name(b, lb) for lb in lbs or [] if (b, lb) not in dropped]
        out["levels"].append(dict(al, pairs=pairs))
    return out


def score_variant(binary, gold, files, ladders, dropped, renamed, workdir, extra):
    """Writes the variant's ladders, runs `levels` and `parse`, scores the alignment."""
    paths = []
    for ladder in ladders:
        tracks = copy.deepcopy(files[ladder])
        for track in list(tracks):
            levels = collections.OrderedDict()
            for level, statements in tracks[track].items():
                canon = canonical(gold, ladder, level)
                if (ladder, canon) in dropped:
                    continue
                levels[renamed.get((ladder, canon), level)] = statements
            tracks[track] = levels
        path = os.path.join(workdir, "%s.yaml" % ladder)
        write_yaml(path, ladder, tracks)
        paths.append("%s=%s" % (ladder, path))
    vgold = variant_gold(gold, ladders, dropped, renamed)
    parse = json.loads(run([binary, "parse", "--quiet"] + paths))
    levels = json.loads(run([binary] + extra + ["levels", "--quiet"] + paths))
    g = score_ladders.Gold(vgold, score_ladders.statements_from_parse(parse), allow_missing=True)
    return score_ladders.level_metrics(levels, g)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/bin/laddermerge")
    ap.add_argument("--gold", default="tests/gold/corpora_gold.yaml")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--keep", help="keep the variant ladders in this directory")
    ap.add_argument("--min-accuracy", type=float,
                    help="exit 1 when the total share of levels right is below this (a regression guard)")
    ap.add_argument("inputs", nargs="+", help="name=PATH, one per gold ladder")
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    args = ap.parse_args(argv)

    gold = score_ladders.load_yaml(args.gold)
    files = {}
    for item in args.inputs:
        name, _, path = item.partition("=")
        files[name] = parse_ladder(args.bin, name, path)
    names = list(files)

    variants = [("all ladders", names, frozenset(), {})]
    for a, b in itertools.permutations(names, 2):
        if a < b:
            variants.append(("pair %s+%s" % (a, b), [a, b], frozenset(), {}))
    for ladder in names:
        for track in gold["ladders"][ladder]:
            order = gold_level_order(gold, ladder, track)
            variants.append(("%s %s without %s" % (ladder, track, order[0]), names,
                             frozenset({(ladder, order[0])}), {}))
            variants.append(("%s %s without %s" % (ladder, track, order[-1]), names,
                             frozenset({(ladder, order[-1])}), {}))
    for ladder in names:
        renamed = {}
        for track in gold["ladders"][ladder]:
            for i, level in enumerate(gold_level_order(gold, ladder, track)):
                renamed[(ladder, level)] = "%s Band %d" % ("M" if track == "management" else "IC", i + 1)
        variants.append(("%s levels renamed Band n" % ladder, names, frozenset(), renamed))

    total = correct = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (label, ladders, dropped, renamed) in enumerate(variants):
            workdir = os.path.join(args.keep or tmp, "v%02d" % i)
            os.makedirs(workdir, exist_ok=True)
            m = score_variant(args.bin, gold, files, ladders, dropped, renamed, workdir, extra)
            right = round(m["accuracy"] * m["n"])
            total += m["n"]
            correct += right
            print("%-45s %3d / %3d%s" % (label, right, m["n"], "" if right == m["n"] else "  <--"))
            if args.show_errors:
                for e in m["errors"]:
                    print("    " + e)
    print("%-45s %3d / %3d  (%.1f%%)" % ("total", correct, total, 100.0 * correct / total))
    if args.min_accuracy is not None and correct < args.min_accuracy * total:
        print("eval_levels_robust.py: %.3f of levels right, below --min-accuracy %.3f"
              % (correct / total, args.min_accuracy), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
