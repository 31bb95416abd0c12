#!/usr/bin/env python3
"""Spearman x100 between laddermerge's similarity and human scores on the STS
Benchmark and SICK files in ../shared/sts (see scripts/eval_sts.sh).

Each data set is scored by one `laddermerge score-pairs` run, which fits its
model on all sentences of that set (as the scikit-learn baselines do). When
scikit-learn is importable, TF-IDF baselines (word unigrams; char_wb 3-5,
sublinear tf) are computed in the same run for comparison.
"""
import argparse
import os
import subprocess
import sys
import tempfile

SETS = {
    # name: (file, sentence columns, score column)
    "sts-train": ("sts-train.csv", (5, 6), 4),
    "sts-dev": ("sts-dev.csv", (5, 6), 4),
    "sts-test": ("sts-test.csv", (5, 6), 4),
    "sick-train": ("SICK_train.txt", (1, 2), 3),
    "sick-trial": ("SICK_trial.txt", (1, 2), 3),
    "sick-test": ("SICK_test_annotated.txt", (1, 2), 3),
}


def read_pairs(path, columns, score_column):
    pairs, gold = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) <= max(columns[1], score_column):
                continue
            try:
                score = float(fields[score_column])
            except ValueError:
                continue  # A header line.
            pairs.append((fields[columns[0]], fields[columns[1]]))
            gold.append(score)
    return pairs, gold


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2.0 + 1
        i = j + 1
    return result


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx > 0 and vy > 0 else 0.0


def laddermerge_scores(binary, pairs, extra_args):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8",
                                     delete=False) as f:
        for a, b in pairs:
            f.write(a.replace("\t", " ") + "\t" + b.replace("\t", " ") + "\n")
        path = f.name
    try:
        out = subprocess.run([binary, "score-pairs", path] + extra_args,
                             check=True, capture_output=True, text=True)
    finally:
        os.unlink(path)
    sys.stderr.write(out.stderr)
    return [float(v) for v in out.stdout.split()]


def sklearn_scores(pairs, analyzer):
    from sklearn.feature_extraction.text import TfidfVectorizer
    import numpy as np
    texts = [t for pair in pairs for t in pair]
    if analyzer == "word":
        vectorizer = TfidfVectorizer()
    else:
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                                     sublinear_tf=True)
    m = vectorizer.fit_transform(texts)
    a, b = m[0::2], m[1::2]
    return np.asarray(a.multiply(b).sum(axis=1)).ravel().tolist()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", default="build/bin/laddermerge")
    parser.add_argument("--data", default="../shared/sts")
    parser.add_argument("--sets", default="sts-dev,sts-test,sick-train,sick-test")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("laddermerge_args", nargs="*",
                        help="extra score-pairs options, after --")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
        have_sklearn = not args.no_baseline
    except ImportError:
        have_sklearn = False
    header = f"{'set':<11} {'pairs':>6} {'laddermerge':>11}"
    if have_sklearn:
        header += f" {'tfidf-word':>10} {'tfidf-char':>10}"
    print(header)
    for name in args.sets.split(","):
        file, columns, score_column = SETS[name]
        pairs, gold = read_pairs(os.path.join(args.data, file), columns,
                                 score_column)
        ours = laddermerge_scores(args.binary, pairs, args.laddermerge_args)
        if len(ours) != len(gold):
            sys.exit(f"eval_sts: {name}: {len(ours)} scores for {len(gold)} pairs")
        row = f"{name:<11} {len(gold):>6} {100 * spearman(ours, gold):>11.1f}"
        if have_sklearn:
            for analyzer in ("word", "char"):
                row += f" {100 * spearman(sklearn_scores(pairs, analyzer), gold):>10.1f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
