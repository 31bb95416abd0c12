#!/usr/bin/python3
"""Times `laddermerge match` against a scikit-learn pipeline on the same files.

Both sides run end to end from the generated ladder files to a top-k list:
  scikit-learn: read files -> TfidfVectorizer -> chunked X[rows] @ X.T
                (through dense blocks) -> mask own ladder and self -> top-k
  laddermerge:  laddermerge match DIR... with the word TF-IDF settings
                below (WORD_TFIDF: ICU tokenizing, TF-IDF, exact top-k, JSON)
in separate processes, alternating, so that each one's wall time and peak
RSS (getrusage of the child) are its own. Then the two top-k lists are
compared statement by statement: identical sets, or sets that differ only in
pairs tied (within 1e-4, laddermerge rounds scores to 4 decimals) with the
k-th score.

Comparable TF-IDF settings (what makes the two sides compute the same
scores):
  tokens      ICU word breaking + case folding vs. scikit-learn's default
              token pattern \\b\\w\\w+\\b on lowercased text: the same on the
              generator's output (ASCII words of two or more letters); the
              few plurals laddermerge canonicalizes (tokenize/data/
              technical_tokens.txt, e.g. okrs -> okr) are mapped the same way
              in scikit-learn's preprocessor
  stop words  laddermerge's English and ladder lists (tokenize/data/;
              --stop-words) are passed to scikit-learn as stop_words
  stemming    off in laddermerge (--stem none); scikit-learn has none
  tf          sublinear (1 + ln tf) on both sides (laddermerge's default)
  idf         smoothed, ln((1 + n) / (1 + df)) + 1, on both sides
  norm        L2 on both sides; min_df 1; word unigrams only
              (--char-ngrams 0, and every other part of laddermerge's
              default blend weighted 0)

  bench/compare_sklearn.py --statements 100000 --runs 3
  bench/compare_sklearn.py --scale 1000000      # laddermerge only
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "tokenize", "data")


def read_ladders(root):
    """(ids, texts, ladder index) in laddermerge's order: ladders sorted by
    directory name (as passed), files in sorted path order, statements
    separated by blank lines (plain text)."""
    ids, texts, ladders = [], [], []
    for li, ladder in enumerate(sorted(os.listdir(root))):
        paths = []
        for dirpath, _, filenames in os.walk(os.path.join(root, ladder)):
            paths.extend(os.path.join(dirpath, f) for f in filenames)
        n = 0
        for path in sorted(paths):
            with open(path, encoding="utf-8") as f:
                for para in f.read().split("\n\n"):
                    text = " ".join(para.split())
                    if text:
                        n += 1
                        ids.append("%s:%d" % (ladder, n))
                        texts.append(text)
                        ladders.append(li)
    return ids, texts, ladders


def word_list(name):
    words = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.append(line.split()[0])
    return words


def plural_map():
    """Alphabetic technical tokens laddermerge rewrites (okrs -> okr)."""
    mapping = {}
    with open(os.path.join(DATA, "technical_tokens.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split("#", 1)[0].split()
            if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha():
                mapping[parts[0]] = parts[1]
    return mapping


def sklearn_worker(root, out, top_k, chunk):
    """The scikit-learn pipeline; writes "a<TAB>b<TAB>score" lines."""
    import warnings

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    # "you're" in the stop list tokenizes to "you" + "re": harmless here,
    # the generated text has no apostrophes.
    warnings.filterwarnings("ignore", message="Your stop_words may be")

    ids, texts, ladders = read_ladders(root)
    mapping = plural_map()
    plural = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, mapping)))

    def preprocess(text):
        return plural.sub(lambda m: mapping[m.group(0)], text.lower())

    stop = sorted(set(word_list("stop_words_en.txt") +
                      word_list("stop_words_ladder.txt")))
    vectorizer = TfidfVectorizer(preprocessor=preprocess, stop_words=stop,
                                 sublinear_tf=True, smooth_idf=True,
                                 norm="l2", dtype=np.float32)
    x = vectorizer.fit_transform(texts).tocsr()
    xt = x.T.tocsr()
    ladders = np.asarray(ladders)
    n = x.shape[0]
    with open(out, "w") as f:
        for begin in range(0, n, chunk):
            end = min(n, begin + chunk)
            block = (x[begin:end] @ xt).toarray()
            rows = np.arange(begin, end)
            block[ladders[rows][:, None] == ladders[None, :]] = 0
            k = min(top_k, n - 1)
            part = np.argpartition(-block, k - 1, axis=1)[:, :k]
            for i, r in enumerate(rows):
                cand = [c for c in part[i] if block[i, c] > 0]
                cand.sort(key=lambda c: (-block[i, c], c))
                for c in cand:
                    f.write("%s\t%s\t%.6f\n" % (ids[r], ids[c], block[i, c]))


def run_measured(argv, stdout_path):
    """Runs argv; returns (wall seconds, peak RSS in MiB)."""
    with open(stdout_path, "w") as out:
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
    if status != 0:
        sys.exit("compare_sklearn.py: %s failed (%d)" % (argv[0], status))
    return wall, usage.ru_maxrss / 1024.0


# laddermerge's similarity reduced to what TfidfVectorizer computes: word
# TF-IDF alone (no character n-grams, concepts or word vectors), English and
# ladder stop words removed, no stemming, searched by the sparse matcher.
WORD_TFIDF = ["--method", "sparse", "--stem", "none", "--stop-words",
              "--char-ngrams", "0",
              "--weights", "word=1,char=0,concept=0,synset=0,wordnet=0,"
                           "glove=0,polarity=0"]


def laddermerge_argv(args, root):
    ladders = [os.path.join(root, d) for d in sorted(os.listdir(root))]
    return [args.laddermerge, "match", *ladders, *WORD_TFIDF,
            "--top-k", str(args.top_k), "--threads", str(args.threads)]


def load_laddermerge(path):
    with open(path) as f:
        matches = json.load(f)["matches"]
    lists = {}
    for m in matches:
        lists.setdefault(m["a"], []).append((m["b"], m["score"]))
    return lists


def load_sklearn(path):
    lists = {}
    with open(path) as f:
        for line in f:
            a, b, score = line.rstrip("\n").split("\t")
            lists.setdefault(a, []).append((b, float(score)))
    return lists


def agreement(ours, theirs, top_k, ids, tolerance=1e-4):
    """(identical sets, identical up to ties, differing, example)."""
    same = ties = differ = 0
    example = None
    for a in ids:
        x, y = ours.get(a, []), theirs.get(a, [])
        sx, sy = {b for b, _ in x}, {b for b, _ in y}
        if sx == sy:
            same += 1
            continue
        cut = min([s for _, s in y] or [0.0]) if len(y) == top_k else 0.0
        scores = dict(y + x)
        if all(abs(scores[b] - cut) <= tolerance for b in sx ^ sy):
            ties += 1
        else:
            differ += 1
            example = example or (a, sorted(x), sorted(y))
    return same, ties, differ, example


def generate(args, root, statements):
    if os.path.isdir(root) and not args.regenerate:
        return
    corpus = args.corpus
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts",
                                                 "gen_ladders.py"),
                    "--corpus", corpus, "--out", root,
                    "--statements", str(statements),
                    "--ladders", str(args.ladders), "--seed", "1"],
                   check=True)


def compare(args):
    root = os.path.join(args.workdir, "ladders-%d" % args.statements)
    generate(args, root, args.statements)
    ours_out = os.path.join(args.workdir, "laddermerge.json")
    theirs_out = os.path.join(args.workdir, "sklearn.tsv")
    sk_argv = [sys.executable, os.path.abspath(__file__), "--sklearn-worker",
               root, "--top-k", str(args.top_k), "--chunk", str(args.chunk),
               "--out", theirs_out]
    ours, theirs = [], []
    for run in range(args.runs):
        order = [("sklearn", sk_argv), ("laddermerge",
                                        laddermerge_argv(args, root))]
        if run % 2:
            order.reverse()
        for name, argv in order:
            wall, rss = run_measured(argv, ours_out if name == "laddermerge"
                                     else os.devnull)
            (ours if name == "laddermerge" else theirs).append((wall, rss))
            print("run %d  %-11s %8.2f s  peak RSS %7.0f MiB" %
                  (run + 1, name, wall, rss), flush=True)
    t_ours = statistics.median(w for w, _ in ours)
    t_theirs = statistics.median(w for w, _ in theirs)
    print("median: scikit-learn %.2f s (peak %.0f MiB), laddermerge %.2f s "
          "(peak %.0f MiB), ratio %.1fx" %
          (t_theirs, max(r for _, r in theirs), t_ours,
           max(r for _, r in ours), t_theirs / t_ours))
    ids, _, _ = read_ladders(root)
    same, ties, differ, example = agreement(
        load_laddermerge(ours_out), load_sklearn(theirs_out), args.top_k, ids)
    print("top-%d agreement over %d statements: %d identical, %d identical "
          "up to ties, %d different" % (args.top_k, len(ids), same, ties,
                                        differ))
    if example:
        print("first difference:", example)
    return 1 if differ else 0


def scale(args):
    root = os.path.join(args.workdir, "ladders-%d" % args.scale)
    generate(args, root, args.scale)
    out = os.path.join(args.workdir, "laddermerge-%d.json" % args.scale)
    wall, rss = run_measured(laddermerge_argv(args, root), out)
    print("laddermerge match, %d statements, top-%d, %d threads: %.1f s, "
          "peak RSS %.0f MiB, output %.0f MiB" %
          (args.scale, args.top_k, args.threads, wall, rss,
           os.path.getsize(out) / 2**20))
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--statements", type=int, default=100000)
    p.add_argument("--ladders", type=int, default=4)
    p.add_argument("--top-k", type=int, default=10)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--chunk", type=int, default=2000,
                   help="rows per scikit-learn product block")
    p.add_argument("--corpus", default=os.path.join(ROOT, "corpora"))
    p.add_argument("--workdir", default="/tmp/laddermerge-compare")
    p.add_argument("--laddermerge",
                   default=os.path.join(ROOT, "build", "bin", "laddermerge"))
    p.add_argument("--regenerate", action="store_true",
                   help="write the ladder files even if they exist")
    p.add_argument("--scale", type=int, default=0,
                   help="run laddermerge alone on this many statements")
    p.add_argument("--sklearn-worker", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.sklearn_worker:
        sklearn_worker(args.sklearn_worker, args.out, args.top_k, args.chunk)
        return 0
    os.makedirs(args.workdir, exist_ok=True)
    return scale(args) if args.scale else compare(args)


if __name__ == "__main__":
    sys.exit(main())
