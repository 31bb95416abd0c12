#!/usr/bin/python3
"""Checks that a gold label file agrees with the ladder files it describes.

    scripts/eval/check_gold.py                       # tests/gold/corpora_gold.yaml vs corpora/
    scripts/eval/check_gold.py --gold G.yaml --corpora DIR

The parser is built in parallel with the gold, so this check reads the raw
ladder files itself, with just enough format knowledge to see each
statement's text as `laddermerge parse` should emit it:

  * Markdown: one candidate per line, bullet markers and `**`/`_` emphasis
    removed, links reduced to their text;
  * YAML/JSON: every string value, whitespace collapsed (so folded and literal
    block scalars count as one line of text);
  * CSV/TSV: every cell, split on line breaks and bullets, `""` un-doubled;
  * every file: classic mojibake (UTF-8 decoded as Windows-1252) repaired.

It then checks that
  * every gold text (equivalence members, relations, near misses) occurs
    exactly once in the corpus, in the ladder the gold names (the ladder of a
    file is its top-level folder below a corpus directory);
  * every group has a unique id and members from at least two ladders, and no
    statement is in two groups;
  * relations and near misses never join two members of one group;
  * `gaps` agree with the groups (a gap group has no member in that ladder;
    `missing_groups` is exactly the set of groups without one);
  * `levels` name only declared levels, cover every level of ladder_a, are
    monotone, and agree in both directions.
Prints statistics and exits 0, or lists every problem and exits 1.
"""

import argparse
import collections
import csv
import io
import itertools
import json
import os
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover - Debian's python3-yaml is required.
    sys.exit("check_gold.py: python3-yaml is required (apt-get install python3-yaml)")

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP_STEMS = ("readme", "license", "licence", "copying", "changelog", "contributing")
CP1252_RUN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]{2,}")


def repair_mojibake(text):
    """Undoes UTF-8 bytes that were decoded as Windows-1252 ("teamâ€™s")."""
    def fix(m):
        run = m.group(0)
        try:
            return run.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
    return CP1252_RUN.sub(fix, text)


def collapse(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def markdown_lines(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("__", "")
        out.append(collapse(line))
    return out


def yaml_strings(node, out):
    if isinstance(node, dict):
        for value in node.values():
            yaml_strings(value, out)
    elif isinstance(node, list):
        for value in node:
            yaml_strings(value, out)
    elif isinstance(node, str):
        out.append(collapse(node))


def csv_cells(text, delimiter):
    out = []
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        for cell in row:
            for line in cell.splitlines():
                for part in line.split(" ; "):
                    out.append(collapse(re.sub(r"^\s*[-*\u2022]\s+", "", part)))
    return out


def file_units(path):
    """The candidate statement texts of one ladder file."""
    with open(path, encoding="utf-8-sig") as f:
        text = repair_mojibake(f.read())
    ext = os.path.splitext(path)[1].lower()
    if ext in (".yaml", ".yml", ".json"):
        out = []
        for doc in yaml.safe_load_all(text):
            yaml_strings(doc, out)
        return out
    if ext in (".csv", ".tsv"):
        return csv_cells(text, "\t" if ext == ".tsv" else ",")
    return markdown_lines(text)


def corpus_units(corpus_dirs):
    """[(ladder, file, unit text)] for every ladder file below the corpus dirs."""
    units = []
    for root in corpus_dirs:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.lower().startswith(SKIP_STEMS) or name.startswith("."):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                ladder = rel.split(os.sep)[0] if os.sep in rel else os.path.splitext(rel)[0]
                for unit in file_units(path):
                    if unit:
                        units.append((ladder, os.path.relpath(path, REPO), unit))
    return units


def gold_texts(gold):
    """[(where, ladder, level, text)] for every text the gold names."""
    out = []
    for group in gold.get("equivalences") or []:
        for m in group.get("members") or []:
            out.append(("group %s" % group.get("id"), m.get("ladder"), m.get("level"), m.get("text")))
    for i, rel in enumerate(gold.get("relations") or []):
        for key in ("narrower", "broader"):
            m = rel.get(key) or {}
            out.append(("relation %d" % (i + 1), m.get("ladder"), m.get("level"), m.get("text")))
    for i, nm in enumerate(gold.get("near_misses") or []):
        for key in ("a", "b"):
            m = nm.get(key) or {}
            out.append(("near miss %d" % (i + 1), m.get("ladder"), m.get("level"), m.get("text")))
    return out


def check_texts(gold, units, problems):
    for where, ladder, _, text in gold_texts(gold):
        if not isinstance(text, str) or not text.strip():
            problems.append("%s: member without text" % where)
            continue
        want = collapse(text)
        hits = [(lad, f) for lad, f, u in units for _ in range(u.count(want))]
        if len(hits) != 1:
            files = sorted({f for _, f in hits})
            problems.append("%s: %r occurs %d times in the corpus%s" % (
                where, want, len(hits), (" (" + ", ".join(files) + ")") if files else ""))
            continue
        if hits[0][0] != ladder:
            problems.append("%s: %r is in ladder %s (%s), not %s" % (
                where, want, hits[0][0], hits[0][1], ladder))


def level_index(gold):
    """{ladder: {level or alias: (track, canonical level)}}."""
    index = collections.defaultdict(dict)
    for ladder, tracks in (gold.get("ladders") or {}).items():
        for track, levels in (tracks or {}).items():
            for entry in levels or []:
                for name in [entry["level"]] + list(entry.get("aliases") or []):
                    index[ladder][name] = (track, entry["level"])
    return index


def check_groups(gold, problems):
    index = level_index(gold)
    seen_ids, seen_texts = set(), {}
    for group in gold.get("equivalences") or []:
        gid = group.get("id")
        if gid in seen_ids:
            problems.append("group %s: duplicate id" % gid)
        seen_ids.add(gid)
        members = group.get("members") or []
        if len({m.get("ladder") for m in members}) < 2:
            problems.append("group %s: members from fewer than two ladders" % gid)
        for m in members:
            if m.get("text") in seen_texts:
                problems.append("group %s: %r is also in group %s" % (gid, m.get("text"), seen_texts[m.get("text")]))
            seen_texts[m.get("text")] = gid
            if m.get("level") and m.get("level") not in index.get(m.get("ladder"), {}):
                problems.append("group %s: level %r is not declared for ladder %s" % (gid, m.get("level"), m.get("ladder")))
    for i, rel in enumerate(gold.get("relations") or []):
        a, b = (rel.get("narrower") or {}).get("text"), (rel.get("broader") or {}).get("text")
        if a in seen_texts and seen_texts.get(a) == seen_texts.get(b):
            problems.append("relation %d: both ends are in group %s" % (i + 1, seen_texts[a]))
    for i, nm in enumerate(gold.get("near_misses") or []):
        a, b = (nm.get("a") or {}).get("text"), (nm.get("b") or {}).get("text")
        if a in seen_texts and seen_texts.get(a) == seen_texts.get(b):
            problems.append("near miss %d: both ends are in group %s" % (i + 1, seen_texts[a]))
    return seen_ids


def check_gaps(gold, group_ids, problems):
    ladders_of = {g["id"]: {m["ladder"] for m in g.get("members") or []}
                  for g in gold.get("equivalences") or []}
    for ladder, entry in (gold.get("gaps") or {}).items():
        for comp in entry.get("competencies") or []:
            for gid in comp.get("groups") or []:
                if gid not in group_ids:
                    problems.append("gaps %s: unknown group %s" % (ladder, gid))
                elif ladder in ladders_of[gid]:
                    problems.append("gaps %s: group %s has a %s member" % (ladder, gid, ladder))
        if "missing_groups" in entry:
            want = {gid for gid, lads in ladders_of.items() if ladder not in lads}
            have = set(entry.get("missing_groups") or [])
            for gid in sorted(want - have):
                problems.append("gaps %s: missing_groups lacks %s" % (ladder, gid))
            for gid in sorted(have - want):
                problems.append("gaps %s: missing_groups lists %s, which it is not missing" % (ladder, gid))


def check_levels(gold, problems):
    declared = {(lad, tr): [e["level"] for e in levels or []]
                for lad, tracks in (gold.get("ladders") or {}).items()
                for tr, levels in (tracks or {}).items()}
    table = {}
    for al in gold.get("levels") or []:
        key = (al["ladder_a"], al["ladder_b"], al["track_a"], al["track_b"])
        name = "levels %s/%s -> %s/%s" % (key[0], key[2], key[1], key[3])
        la, lb = declared.get((key[0], key[2])), declared.get((key[1], key[3]))
        if la is None or lb is None:
            problems.append("%s: undeclared ladder or track" % name)
            continue
        pairs = al.get("pairs") or {}
        if sorted(pairs) != sorted(la):
            problems.append("%s: pairs must list every level of %s exactly once" % (name, key[0]))
        last = -1
        for level in la:
            targets = pairs.get(level) or []
            for t in targets:
                if t not in lb:
                    problems.append("%s: %s maps to undeclared level %s" % (name, level, t))
            idx = [lb.index(t) for t in targets if t in lb]
            if idx and min(idx) < last:
                problems.append("%s: not monotone at %s" % (name, level))
            if idx:
                last = max(idx)
        table[key] = {level: set(pairs.get(level) or []) for level in la}
    for (a, b, ta, tb), pairs in table.items():
        back = table.get((b, a, tb, ta))
        if back is None:
            problems.append("levels %s/%s -> %s/%s: the reverse direction is missing" % (a, ta, b, tb))
            continue
        for la, targets in pairs.items():
            for lb in targets:
                if la not in back.get(lb, set()):
                    problems.append("levels %s:%s -> %s:%s is not mirrored in the reverse direction" % (a, la, b, lb))


def stats(gold):
    groups = gold.get("equivalences") or []
    per_ladder = collections.Counter(m["ladder"] for g in groups for m in g["members"])
    cross = collections.Counter()
    for g in groups:
        for x, y in itertools.combinations(g["members"], 2):
            if x["ladder"] != y["ladder"]:
                cross[tuple(sorted((x["ladder"], y["ladder"])))] += 1
    sizes = collections.Counter(len({m["ladder"] for m in g["members"]}) for g in groups)
    lines = ["groups: %d (%s)" % (len(groups), ", ".join("%d spanning %d ladders" % (n, k) for k, n in sorted(sizes.items()))),
             "grouped statements per ladder: " + ", ".join("%s %d" % kv for kv in sorted(per_ladder.items())),
             "cross-ladder pairs: %d (%s)" % (sum(cross.values()), ", ".join("%s-%s %d" % (a, b, n) for (a, b), n in sorted(cross.items()))),
             "relations: %d, near misses: %d, level alignments: %d" % (
                 len(gold.get("relations") or []), len(gold.get("near_misses") or []), len(gold.get("levels") or []))]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(REPO, "tests/gold/corpora_gold.yaml"))
    ap.add_argument("--corpora", action="append",
                    help="corpus directory whose sub-folders are ladders (repeatable; default corpora/)")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    units = corpus_units(args.corpora or [os.path.join(REPO, "corpora")])
    problems = []
    check_texts(gold, units, problems)
    group_ids = check_groups(gold, problems)
    check_gaps(gold, group_ids, problems)
    check_levels(gold, problems)
    if problems:
        for p in problems:
            print("check_gold: " + p, file=sys.stderr)
        print("check_gold: %d problem(s) in %s" % (len(problems), args.gold), file=sys.stderr)
        return 1
    print("check_gold: OK, %s agrees with the corpus" % os.path.relpath(args.gold))
    print(stats(gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
