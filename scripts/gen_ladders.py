#!/usr/bin/env python3
"""Generates synthetic career ladders of any size for scale runs.

The vocabulary and phrasing come from whatever text lies under --corpus
(.md, .markdown, .txt, .yaml, .yml, .csv, .tsv, .json files, read at run
time): one word bigram model per competency (a Markdown heading, or a file
when it has none). Statements are random walks through a model. A share of
them (--shared) are edited copies of statements from a pool common to all
ladders, as when two companies describe the same expectation in different
words; those pairs are what `laddermerge match` should find.

Output, one directory per ladder, one file per level:
  OUT/<ladder>/<track>/<level>.txt   statements separated by blank lines
  OUT/<ladder>/<track>/<level>.md    with --format md: competency headings
                                     and bullets
Words are lowercase ASCII letters, at least two per word, so that ICU word
breaking and scikit-learn's default token pattern split them the same way.
The same arguments give the same files (fixed seed, sorted inputs).

  scripts/gen_ladders.py --corpus corpora --statements 100000 --ladders 4 \
      --out /tmp/ladders-100k
"""

import argparse
import collections
import os
import random
import re
import shutil
import sys

TEXT_EXTENSIONS = (".md", ".markdown", ".txt", ".yaml", ".yml", ".csv",
                   ".tsv", ".json")
COMPANIES = ["northwind", "contoso", "fabrikam", "initech", "globex",
             "umbrella", "hooli", "tyrell", "wonka", "acme", "cyberdyne",
             "soylent", "vandelay", "oceanic", "stark", "wayne"]
TRACKS = [("ic", ["L1", "L2", "L3", "L4", "L5", "L6"]),
          ("em", ["M1", "M2", "M3", "M4"])]
WORD = re.compile(r"[a-z]+")
SENTENCE_END = re.compile(r"[.!?;:\n|]")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
END = None  # Marks the end of a sentence in the bigram model.
MIN_WORDS, MAX_WORDS = 4, 22


VOWEL = re.compile(r"[aeiouy]")


def words_of(text):
    return [w for w in WORD.findall(text.lower())
            if len(w) >= 2 and VOWEL.search(w)]


def looks_like_prose(words):
    """Drops hex strings, identifiers and other non-prose runs."""
    return (len(words) >= MIN_WORDS and
            sum(len(w) for w in words) >= 3.5 * len(words))


def read_corpus(root):
    """Returns {competency: [sentence as word list]} from the files."""
    sentences = collections.defaultdict(list)
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if (name.lower().endswith(TEXT_EXTENSIONS) and
                    not name.upper().startswith(("LICENSE", "COPYING"))):
                paths.append(os.path.join(dirpath, name))
    for path in sorted(paths):
        competency = os.path.splitext(os.path.basename(path))[0].lower()
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                heading = HEADING.match(line)
                if heading and words_of(heading.group(1)):
                    competency = " ".join(words_of(heading.group(1))[:4])
                    continue
                for part in SENTENCE_END.split(line):
                    ws = words_of(part)
                    if looks_like_prose(ws):
                        sentences[competency].append(ws)
    return sentences


class BigramModel:
    """Random walks over the word bigrams of some sentences."""

    def __init__(self, sentences):
        self.starts = [s[0] for s in sentences]
        self.next = collections.defaultdict(list)
        for s in sentences:
            for a, b in zip(s, s[1:] + [END]):
                self.next[a].append(b)
        self.vocabulary = sorted(self.next)

    def walk(self, rng):
        for _ in range(20):
            words = [rng.choice(self.starts)]
            while len(words) < MAX_WORDS:
                w = rng.choice(self.next[words[-1]])
                if w is END:
                    break
                words.append(w)
            if len(words) >= MIN_WORDS:
                return words
        return words


def build_models(sentences, min_words=150):
    """One model per competency with enough text; the rest pooled."""
    models, pooled = [], []
    for competency in sorted(sentences):
        group = sentences[competency]
        if sum(len(s) for s in group) >= min_words:
            models.append((competency, BigramModel(group)))
        else:
            pooled.extend(group)
    if pooled:
        models.append(("general", BigramModel(pooled)))
    return models


def edit(words, model, rng):
    """A paraphrase-like copy: words dropped, replaced or inserted."""
    out = []
    for w in words:
        r = rng.random()
        if r < 0.12:
            continue
        if r < 0.22:
            w = rng.choice(model.vocabulary)
        out.append(w)
        if rng.random() < 0.06:
            out.append(rng.choice(model.vocabulary))
    return out if len(out) >= 2 else words


def sentence(words):
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def ladder_names(count):
    names = []
    for i in range(count):
        base = COMPANIES[i % len(COMPANIES)]
        names.append(base if i < len(COMPANIES) else
                     "%s%d" % (base, i // len(COMPANIES) + 1))
    return names


def generate(models, args):
    """Yields (ladder, track, level, competency, text) in file order."""
    rng = random.Random(args.seed)
    pool = []
    for _ in range(max(1, args.statements // 8)):
        name, model = rng.choice(models)
        pool.append((name, model, model.walk(rng)))
    levels = [(t, lv) for t, lvs in TRACKS for lv in lvs]
    for li, ladder in enumerate(ladder_names(args.ladders)):
        count = args.statements // args.ladders + (
            1 if li < args.statements % args.ladders else 0)
        for i in range(count):
            track, level = levels[i * len(levels) // max(1, count)]
            if rng.random() < args.shared:
                name, model, words = rng.choice(pool)
                words = edit(words, model, rng)
            else:
                name, model = rng.choice(models)
                words = model.walk(rng)
            yield ladder, track, level, name, sentence(words)


def write(statements, out, fmt):
    files = collections.defaultdict(list)
    for ladder, track, level, competency, text in statements:
        files[(ladder, track, level)].append((competency, text))
    for (ladder, track, level), items in files.items():
        directory = os.path.join(out, ladder, track)
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, level + "." + fmt)
        with open(path, "w", encoding="utf-8") as f:
            if fmt == "txt":
                f.write("\n\n".join(text for _, text in items) + "\n")
                continue
            f.write("# %s\n" % level)
            by_competency = collections.defaultdict(list)
            for competency, text in items:
                by_competency[competency].append(text)
            for competency in sorted(by_competency):
                f.write("\n## %s\n\n" % competency.capitalize())
                f.writelines("- %s\n" % t for t in by_competency[competency])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="corpora",
                        help="directory of text to learn phrasing from")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--ladders", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shared", type=float, default=0.3,
                        help="share of statements edited from a common pool")
    parser.add_argument("--format", choices=["txt", "md"], default="txt")
    args = parser.parse_args()
    if args.statements < 0 or args.ladders < 1:
        parser.error("--statements must be >= 0 and --ladders >= 1")
    models = build_models(read_corpus(args.corpus))
    if not models:
        sys.exit("gen_ladders.py: no text found under %s" % args.corpus)
    os.makedirs(args.out, exist_ok=True)
    for ladder in ladder_names(args.ladders):
        # Only the ladders this run writes are replaced.
        shutil.rmtree(os.path.join(args.out, ladder), ignore_errors=True)
    write(generate(models, args), args.out, args.format)


if __name__ == "__main__":
    main()
