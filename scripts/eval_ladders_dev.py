#!/usr/bin/env python3
"""Cross-ladder top-1 precision on tests/gold/real_ladders_dev.yaml: for each
query statement, is the most similar statement of another ladder (among all
statements of the three ladders, see ladder_dev_pool.py) a true counterpart?
Prints laddermerge's figure and, when scikit-learn is importable, that of a
TF-IDF baseline (word unigrams, fitted on the same statements)."""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ladder_dev_pool import read_pool  # noqa: E402


def parse_gold(path):
    """The items of the gold file: [(query ref, [counterpart refs])]."""
    items, current = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if line.strip().startswith("- query:"):
                current = (line.split("query:", 1)[1].strip(), [])
                items.append(current)
            elif line.strip().startswith("- ") and current is not None:
                current[1].append(line.strip()[2:].strip())
    return items


def key(entry):
    ladder, rel, number, item, _ = entry
    return f"{ladder} {os.path.basename(rel)}:{number}.{item}"


def laddermerge_scores(binary, texts, pairs, extra):
    with tempfile.TemporaryDirectory() as tmp:
        fit = os.path.join(tmp, "fit.txt")
        with open(fit, "w", encoding="utf-8") as f:
            f.write("\n".join(texts) + "\n")
        path = os.path.join(tmp, "pairs.tsv")
        with open(path, "w", encoding="utf-8") as f:
            for a, b in pairs:
                f.write(f"{texts[a]}\t{texts[b]}\n")
        out = subprocess.run([binary, "score-pairs", path, "--fit-on", fit] +
                             extra, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"eval_ladders_dev: laddermerge failed: {out.stderr}")
    return [float(v) for v in out.stdout.split()]


def sklearn_scores(texts, pairs):
    from sklearn.feature_extraction.text import TfidfVectorizer
    m = TfidfVectorizer().fit_transform(texts)
    return [float(m[a].multiply(m[b]).sum()) for a, b in pairs]


def top1_precision(pool, gold, index, pairs, scores, show_misses=False):
    best = {}
    for (a, b), s in zip(pairs, scores):
        if a not in best or s > best[a][0]:
            best[a] = (s, b)
    hits = 0
    for query, counterparts in gold:
        q = index[query]
        texts = {pool[index[c]][4] for c in counterparts}
        hit = pool[best[q][1]][4] in texts
        hits += hit
        if show_misses and not hit:
            print(f"MISS {query}: {pool[q][4]}\n  got  {best[q][0]:.3f} "
                  f"{key(pool[best[q][1]])}: {pool[best[q][1]][4]}")
            for c in counterparts[:2]:
                print(f"  want {key(pool[index[c]])}: {pool[index[c]][4]}")
    return hits / len(gold)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", default="build/bin/laddermerge")
    parser.add_argument("--ladders", default="../shared/real-ladders")
    parser.add_argument("--gold", default="tests/gold/real_ladders_dev.yaml")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--show-misses", action="store_true",
                        help="print each query whose top match is wrong")
    parser.add_argument("laddermerge_args", nargs="*")
    args = parser.parse_args()
    pool = read_pool(args.ladders)
    index = {key(e): i for i, e in enumerate(pool)}
    gold = parse_gold(args.gold)
    for query, counterparts in gold:
        for ref in [query] + counterparts:
            if ref not in index:
                sys.exit(f"eval_ladders_dev: {args.gold}: unknown reference {ref}")
    texts = [e[4] for e in pool]
    queries = sorted({index[q] for q, _ in gold})
    pairs = [(q, j) for q in queries for j in range(len(pool))
             if pool[j][0] != pool[q][0]]
    ours = top1_precision(pool, gold, index, pairs,
                          laddermerge_scores(args.binary, texts, pairs,
                                             args.laddermerge_args),
                          args.show_misses)
    print(f"queries: {len(gold)}, statements: {len(pool)}")
    print(f"laddermerge top-1 precision: {ours:.3f}")
    if not args.no_baseline:
        try:
            base = top1_precision(pool, gold, index, pairs,
                                  sklearn_scores(texts, pairs))
            print(f"scikit-learn TF-IDF top-1 precision: {base:.3f}")
        except ImportError:
            print("scikit-learn TF-IDF: not installed")


if __name__ == "__main__":
    main()
