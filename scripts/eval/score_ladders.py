#!/usr/bin/python3
"""Scores laddermerge's outputs against gold labels, next to simple baselines.

    score_ladders.py --gold tests/gold/corpora_gold.yaml --parse parse.json \
        [--match match.json] [--clusters clusters.json] [--levels levels.json] \
        [--gaps gaps.json] [--emit-baselines DIR] [--json-out FILE]

Inputs are laddermerge's JSON as SPEC.md fixes it: `parse` (statements),
`match` ({"matches": [{"a", "b", "score"}]}, best first per `a`), `merge`'s
`clusters.json` and `gaps.json`, and `levels`. Any of match/clusters/levels
may be missing: that system's row then says "not available yet".

Gold texts are mapped to statement ids by normalized exact text (Unicode NFKC,
curly quotes and dashes straightened, whitespace collapsed, case folded),
restricted to the member's ladder and, if still ambiguous, its level. A gold
text that is not found is an error (exit 1) unless --allow-missing.

Metrics (all computed here from the inputs):
  matching   for each statement with a gold counterpart in another ladder:
             top-1 (the best match from another ladder is a counterpart),
             lenient top-1 (a broader/narrower relation also counts),
             hit@k, recall@k (share of its counterparts in the top k, out of
             min(k, #counterparts)), MRR, and how often a gold near miss is
             the top-1 match.
  clusters   pairwise precision/recall/F1 over cross-ladder pairs and over all
             pairs; B-cubed precision/recall/F1 over all statements.
  levels     share of gold level mappings (every level of every ordered
             ladder pair and track pair) that the alignment gets right,
             "none" included; a level mapped to several levels is right if
             every predicted level is among the gold ones.
  gaps       precision/recall of the gold groups a ladder lacks, read
             through the clusters the ladder is said to miss.

Baselines, computed in the same run when scikit-learn is installed
(--no-baselines to skip): TfidfVectorizer (word; char_wb 3-5) + cosine
top-k; TF-IDF + AgglomerativeClustering (average linkage, cosine distance) at
the distance threshold with the best cross-ladder pairwise F1 (a sweep, so
tuned on the gold: an upper bound for that baseline); and a naive level
alignment, the argmax of the mean best-match similarity. --emit-baselines DIR
writes each baseline's outputs in SPEC.md's JSON shapes, so they can be
scored again with this script like laddermerge's.
"""

import argparse
import collections
import itertools
import json
import math
import os
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("score_ladders.py: python3-yaml is required (apt-get install python3-yaml)")

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u00a0": " "})
NONE_LEVELS = {"", "none", "null", "-", "n/a"}


class ScoreError(Exception):
    """A problem with the inputs that makes scoring meaningless."""


def norm_text(text):
    """The key gold texts and statement texts are matched on."""
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def norm_level(level):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(level or ""))).strip().casefold()


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


# ----------------------------------------------------------------- statements

def statements_from_parse(parse):
    """Flat list of statement dicts from `parse` output, in output order."""
    out = []
    for ladder in parse.get("ladders", []):
        for st in ladder.get("statements", []):
            st = dict(st)
            st.setdefault("ladder", ladder.get("name", ""))
            out.append(st)
    if not out:
        raise ScoreError("the parse output holds no statements")
    ids = [st["id"] for st in out]
    if len(set(ids)) != len(ids):
        raise ScoreError("the parse output repeats statement ids")
    return out


class LevelIndex:
    """Gold level names and aliases -> (track, canonical level), per ladder."""

    def __init__(self, gold):
        self.ladders = {}
        self.order = {}
        for ladder, tracks in (gold.get("ladders") or {}).items():
            names = {}
            for track, levels in (tracks or {}).items():
                self.order[(ladder, track)] = []
                for entry in levels or []:
                    canon = entry["level"]
                    self.order[(ladder, track)].append(canon)
                    for name in [canon] + list(entry.get("aliases") or []):
                        names[norm_level(name)] = (track, canon)
            self.ladders[ladder] = names

    def lookup(self, ladder, level):
        """(track, canonical level) or None."""
        return self.ladders.get(ladder, {}).get(norm_level(level))


class Gold:
    """Gold labels mapped onto one run's statement ids."""

    def __init__(self, gold, statements, allow_missing=False):
        self.raw = gold
        self.levels = LevelIndex(gold)
        self.statements = statements
        self.ladder_of = {st["id"]: st["ladder"] for st in statements}
        self.missing = []
        by_text = collections.defaultdict(list)
        for st in statements:
            by_text[norm_text(st.get("text"))].append(st)
        gold_ladders = set()
        for group in gold.get("equivalences") or []:
            gold_ladders |= {m.get("ladder") for m in group.get("members") or []} - {None}
        run_ladders = set(self.ladder_of.values())
        if gold_ladders and not gold_ladders & run_ladders:
            raise ScoreError("no gold ladder (%s) is among the parsed ladders (%s); name the inputs "
                             "NAME=PATH as in the gold" % (", ".join(sorted(gold_ladders)),
                                                           ", ".join(sorted(run_ladders))))
        self.group_of = {}
        self.group_members = collections.defaultdict(list)
        for group in gold.get("equivalences") or []:
            for m in group.get("members") or []:
                sid = self._find(by_text, m, "group " + str(group["id"]))
                if sid is None:
                    continue
                if sid in self.group_of and self.group_of[sid] != group["id"]:
                    raise ScoreError("statement %s is in gold groups %s and %s" % (sid, self.group_of[sid], group["id"]))
                self.group_of[sid] = group["id"]
                self.group_members[group["id"]].append(sid)
        self.related = set()
        for rel in gold.get("relations") or []:
            a = self._find(by_text, rel["narrower"], "relation")
            b = self._find(by_text, rel["broader"], "relation")
            if a and b:
                self.related |= {(a, b), (b, a)}
        self.near_misses = []
        for nm in gold.get("near_misses") or []:
            a = self._find(by_text, nm["a"], "near miss")
            b = self._find(by_text, nm["b"], "near miss")
            if a and b:
                self.near_misses.append((a, b))
        if self.missing and not allow_missing:
            raise ScoreError("%d gold text(s) not found in the parse output, e.g.\n  %s" % (
                len(self.missing), "\n  ".join(self.missing[:10])))

    def _find(self, by_text, member, where):
        cands = by_text.get(norm_text(member.get("text")), [])
        if member.get("ladder"):
            cands = [st for st in cands if st["ladder"] == member["ladder"]]
        if len(cands) > 1 and member.get("level"):
            want = self.levels.lookup(member["ladder"], member["level"])
            narrowed = [st for st in cands if self.levels.lookup(st["ladder"], st.get("level")) == want]
            cands = narrowed or cands
        if len(cands) == 1:
            return cands[0]["id"]
        if not cands:
            self.missing.append("%s: %s: %r" % (where, member.get("ladder"), member.get("text")))
            return None
        raise ScoreError("%s: %r matches %d statements (%s)" % (
            where, member.get("text"), len(cands), ", ".join(st["id"] for st in cands)))

    def label(self, sid):
        """Gold cluster label: the group id, or the statement itself."""
        return self.group_of.get(sid, "=" + sid)

    def counterparts(self, sid):
        """Gold counterparts of `sid` in other ladders."""
        gid = self.group_of.get(sid)
        if gid is None:
            return set()
        return {o for o in self.group_members[gid] if self.ladder_of[o] != self.ladder_of[sid]}


# ----------------------------------------------------------------- matching

def rankings_from_match(match, ladder_of):
    """{a: [b, ...]} best first; pairs within one ladder are ignored."""
    ranked = collections.defaultdict(list)
    for i, m in enumerate(match.get("matches", [])):
        a, b = m["a"], m["b"]
        if a in ladder_of and b in ladder_of and ladder_of[a] != ladder_of[b]:
            ranked[a].append((-float(m.get("score", 0.0)), i, b))
    return {a: [b for _, _, b in sorted(v)] for a, v in ranked.items()}


def ranking_metrics(ranked, gold, ks=(1, 3, 5)):
    queries = [st["id"] for st in gold.statements if gold.counterparts(st["id"])]
    n = len(queries)
    if n == 0:
        return {"n": 0}
    top1 = lenient = rr = 0.0
    hit = {k: 0.0 for k in ks}
    rec = {k: 0.0 for k in ks}
    for q in queries:
        truth = gold.counterparts(q)
        lst = ranked.get(q, [])
        if lst and lst[0] in truth:
            top1 += 1
        if lst and (lst[0] in truth or (q, lst[0]) in gold.related):
            lenient += 1
        rank = next((i + 1 for i, b in enumerate(lst) if b in truth), None)
        if rank:
            rr += 1.0 / rank
        for k in ks:
            found = len(truth & set(lst[:k]))
            hit[k] += 1 if found else 0
            rec[k] += found / min(k, len(truth))
    near = 0
    for a, b in gold.near_misses:
        if (ranked.get(a) or [None])[0] == b or (ranked.get(b) or [None])[0] == a:
            near += 1
    out = {"n": n, "top1": top1 / n, "lenient_top1": lenient / n, "mrr": rr / n,
           "near_miss_top1": near / len(gold.near_misses) if gold.near_misses else None,
           "coverage": sum(1 for q in queries if ranked.get(q)) / n}
    for k in ks:
        out["hit@%d" % k] = hit[k] / n
        out["recall@%d" % k] = rec[k] / n
    return out


# ----------------------------------------------------------------- clusters

def labels_from_clusters(clusters, statement_ids):
    """{statement id: predicted cluster id}; unlisted statements are singletons."""
    label, problems = {}, []
    for c in clusters.get("clusters", []):
        for sid in c.get("members", []):
            if sid in label:
                problems.append("statement %s is in clusters %s and %s" % (sid, label[sid], c.get("id")))
            label[sid] = c.get("id")
    unknown = [sid for sid in label if sid not in statement_ids]
    if unknown:
        problems.append("%d clustered id(s) are not parsed statements, e.g. %s" % (len(unknown), unknown[0]))
    missing = [sid for sid in statement_ids if sid not in label]
    if missing:
        problems.append("%d statement(s) are in no cluster (scored as singletons)" % len(missing))
        for sid in missing:
            label[sid] = "=" + sid
    return {sid: label[sid] for sid in statement_ids}, problems


def _c2(n):
    return n * (n - 1) // 2


def pair_counts(pred, gold_label, ladder_of, cross_only):
    """(true positive pairs, predicted pairs, gold pairs) over the items of `pred`."""
    def count(groups):
        total = 0
        for members in groups.values():
            total += _c2(len(members))
            if cross_only:
                total -= sum(_c2(n) for n in collections.Counter(ladder_of[m] for m in members).values())
        return total
    by_pred, by_gold, by_cell = (collections.defaultdict(list) for _ in range(3))
    for sid, p in pred.items():
        g = gold_label[sid]
        by_pred[p].append(sid)
        by_gold[g].append(sid)
        by_cell[(p, g)].append(sid)
    return count(by_cell), count(by_pred), count(by_gold)


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bcubed(pred, gold_label):
    by_pred, by_gold, by_cell = (collections.Counter() for _ in range(3))
    for sid, p in pred.items():
        by_pred[p] += 1
        by_gold[gold_label[sid]] += 1
        by_cell[(p, gold_label[sid])] += 1
    n = len(pred)
    if n == 0:
        return 0.0, 0.0, 0.0
    p = sum(by_cell[(pred[s], gold_label[s])] / by_pred[pred[s]] for s in pred) / n
    r = sum(by_cell[(pred[s], gold_label[s])] / by_gold[gold_label[s]] for s in pred) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluster_metrics(pred, gold):
    gl = {sid: gold.label(sid) for sid in pred}
    xp, xr, xf = prf(*pair_counts(pred, gl, gold.ladder_of, True))
    ap, ar, af = prf(*pair_counts(pred, gl, gold.ladder_of, False))
    bp, br, bf = bcubed(pred, gl)
    return {"cross_p": xp, "cross_r": xr, "cross_f1": xf, "all_p": ap, "all_r": ar, "all_f1": af,
            "b3_p": bp, "b3_r": br, "b3_f1": bf, "clusters": len(set(pred.values())),
            "statements": len(pred)}


# ----------------------------------------------------------------- levels

def gold_alignments(gold):
    """{(ladder_a, ladder_b, track_a, track_b): {level_a: set(level_b)}}."""
    out = {}
    for al in gold.raw.get("levels") or []:
        key = (al["ladder_a"], al["ladder_b"], al["track_a"], al["track_b"])
        out[key] = {la: set(lbs or []) for la, lbs in (al.get("pairs") or {}).items()}
    return out


def track_map(gold):
    """{(ladder, predicted track name): gold track}, by voting over parsed levels."""
    votes = collections.defaultdict(collections.Counter)
    for st in gold.statements:
        hit = gold.levels.lookup(st["ladder"], st.get("level"))
        if hit:
            votes[(st["ladder"], st.get("track", ""))][hit[0]] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def predicted_alignments(levels_json, gold):
    """Predicted mappings keyed like gold_alignments, level names canonical."""
    tmap = track_map(gold)
    out = {}
    for al in levels_json.get("alignments", []):
        a, b = al.get("ladder_a"), al.get("ladder_b")
        pairs = collections.defaultdict(set)
        seen_a = set()
        tracks_a, tracks_b = collections.Counter(), collections.Counter()
        for p in al.get("pairs", []):
            ha = gold.levels.lookup(a, p.get("level_a"))
            if not ha:
                continue
            tracks_a[ha[0]] += 1
            seen_a.add(ha[1])
            lb = p.get("level_b")
            if lb is None or norm_level(lb) in NONE_LEVELS:
                continue
            hb = gold.levels.lookup(b, lb)
            if hb:
                tracks_b[hb[0]] += 1
                pairs[ha[1]].add(hb[1])
            else:
                pairs[ha[1]].add("?" + str(lb))
        ta = tracks_a.most_common(1)[0][0] if tracks_a else tmap.get((a, al.get("track_a", "")))
        tb = tracks_b.most_common(1)[0][0] if tracks_b else tmap.get((b, al.get("track_b", "")))
        if ta is None or tb is None:
            continue
        out[(a, b, ta, tb)] = {la: pairs.get(la, set()) for la in seen_a}
    return out


def level_metrics(levels_json, gold):
    truth = gold_alignments(gold)
    if not truth:
        return {"n": 0}
    pred = predicted_alignments(levels_json, gold)
    correct = total = none_total = none_correct = 0
    derived, missing, wrong = [], [], []
    for key, gold_pairs in sorted(truth.items()):
        mapping = pred.get(key)
        if mapping is None:
            back = pred.get((key[1], key[0], key[3], key[2]))
            if back is not None:
                derived.append(key)
                mapping = {la: {lb for lb, las in back.items() if la in las} for la in gold_pairs}
            else:
                missing.append(key)
                mapping = {}
        for la, want in gold_pairs.items():
            got = mapping.get(la, set())
            ok = (not want and not got) or (bool(got) and got <= want)
            total += 1
            correct += ok
            if not want:
                none_total += 1
                none_correct += ok
            if not ok:
                wrong.append("%s %s -> %s: predicted %s, gold %s" % (
                    key[0], la, key[1], "/".join(sorted(got)) or "none", "/".join(sorted(want)) or "none"))
    return {"n": total, "accuracy": correct / total, "none_n": none_total,
            "none_accuracy": none_correct / none_total if none_total else None,
            "derived_by_inversion": len(derived), "missing_alignments": len(missing), "errors": wrong}


# ----------------------------------------------------------------- gaps

def gap_metrics(gaps_json, clusters_json, gold):
    members = {c.get("id"): c.get("members", []) for c in clusters_json.get("clusters", [])}
    tp = npred = ngold = 0
    for ladder, entry in (gold.raw.get("gaps") or {}).items():
        want = {g for g in entry.get("missing_groups") or [] if g in gold.group_members}
        got = set()
        for gap in gaps_json.get("gaps", []):
            if gap.get("ladder") != ladder:
                continue
            for miss in gap.get("missing", []):
                for sid in members.get(miss.get("cluster"), []):
                    gid = gold.group_of.get(sid)
                    if gid and gold.ladder_of.get(sid) != ladder:
                        got.add(gid)
        tp += len(want & got)
        npred += len(got)
        ngold += len(want)
    p, r, f = prf(tp, npred, ngold)
    return {"p": p, "r": r, "f1": f}


# ----------------------------------------------------------------- baselines

def sklearn_available():
    try:
        import numpy  # noqa: F401
        import sklearn  # noqa: F401
        return True
    except ImportError:
        return False


def tfidf_similarity(texts, kind):
    from sklearn.feature_extraction.text import TfidfVectorizer
    if kind == "word":
        vec = TfidfVectorizer()
    else:
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))
    x = vec.fit_transform(texts)
    return (x @ x.T).toarray()


def baseline_match_json(statements, sim, top_k=10):
    import numpy as np
    ladders = np.array([st["ladder"] for st in statements])
    out = []
    for i, st in enumerate(statements):
        row = np.where(ladders != ladders[i], sim[i], -1.0)
        order = sorted(range(len(statements)), key=lambda j: (-row[j], statements[j]["id"]))[:top_k]
        out += [{"a": st["id"], "b": statements[j]["id"], "score": round(float(row[j]), 6)}
                for j in order if row[j] >= 0]
    return {"matches": out}


def agglomerative_labels(sim, threshold):
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    dist = np.clip(1.0 - sim, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    try:
        model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                        metric="precomputed", linkage="average")
    except TypeError:  # scikit-learn < 1.2 calls it `affinity`.
        model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                        affinity="precomputed", linkage="average")
    return model.fit_predict(dist)


def clusters_json_from_labels(statements, labels):
    groups = collections.OrderedDict()
    for st, lab in zip(statements, labels):
        groups.setdefault(lab, []).append(st["id"])
    text = {st["id"]: st["text"] for st in statements}
    return {"statements": statements,
            "clusters": [{"id": "c%d" % (i + 1), "canonical": text[m[0]], "area": "", "members": m}
                         for i, m in enumerate(groups.values())]}


def agglomerative_sweep(statements, sim, gold, thresholds):
    """[(threshold, metrics, clusters_json)] for every threshold."""
    ids = [st["id"] for st in statements]
    out = []
    for t in thresholds:
        cj = clusters_json_from_labels(statements, agglomerative_labels(sim, t))
        pred, _ = labels_from_clusters(cj, ids)
        out.append((t, cluster_metrics(pred, gold), cj))
    return out


def naive_levels_json(statements, sim, gold):
    """Argmax of mean best-match similarity, per ordered ladder and track pair."""
    import numpy as np
    groups = collections.defaultdict(list)
    for i, st in enumerate(statements):
        hit = gold.levels.lookup(st["ladder"], st.get("level"))
        if hit:
            groups[(st["ladder"], hit[0], hit[1])].append(i)
    ladders = sorted({k[0] for k in groups})
    alignments = []
    for a, b in itertools.permutations(ladders, 2):
        for track in sorted({k[1] for k in groups if k[0] == a} & {k[1] for k in groups if k[0] == b}):
            levels_a = [lv for lv in gold.levels.order.get((a, track), []) if (a, track, lv) in groups]
            levels_b = [lv for lv in gold.levels.order.get((b, track), []) if (b, track, lv) in groups]
            pairs = []
            for la in levels_a:
                ia = groups[(a, track, la)]
                best, best_score = None, -1.0
                for lb in levels_b:
                    ib = groups[(b, track, lb)]
                    block = sim[np.ix_(ia, ib)]
                    score = 0.5 * (block.max(axis=1).mean() + block.max(axis=0).mean())
                    if score > best_score:
                        best, best_score = lb, score
                pairs.append({"level_a": la, "level_b": best, "score": round(float(best_score), 6)})
            alignments.append({"ladder_a": a, "ladder_b": b, "track_a": track, "track_b": track, "pairs": pairs})
    return {"alignments": alignments}


def run_baselines(statements, gold, emit_dir, thresholds):
    results = []
    texts = [st.get("text", "") for st in statements]
    for kind, name in (("word", "tfidf-word"), ("char", "tfidf-char_wb 3-5")):
        sim = tfidf_similarity(texts, kind)
        match = baseline_match_json(statements, sim)
        sweep = agglomerative_sweep(statements, sim, gold, thresholds)
        best_t, best_m, best_cj = max(sweep, key=lambda x: (x[1]["cross_f1"], -x[0]))
        b3_t, b3_m, _ = max(sweep, key=lambda x: (x[1]["b3_f1"], -x[0]))
        levels = naive_levels_json(statements, sim, gold)
        results.append({"name": name, "match": ranking_metrics(rankings_from_match(match, gold.ladder_of), gold),
                        "clusters": dict(best_m, threshold=best_t),
                        "clusters_best_b3": dict(b3_m, threshold=b3_t),
                        "levels": level_metrics(levels, gold)})
        if emit_dir:
            d = os.path.join(emit_dir, "tfidf-" + kind)
            os.makedirs(d, exist_ok=True)
            for fname, obj in (("match.json", match), ("clusters.json", best_cj), ("levels.json", levels)):
                with open(os.path.join(d, fname), "w", encoding="utf-8") as f:
                    json.dump(obj, f, ensure_ascii=False, indent=1)
    return results


# ----------------------------------------------------------------- report

def fmt(x):
    if x is None:
        return "-"
    if isinstance(x, float):
        return "%.3f" % x
    return str(x)


def table(title, header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = [title]
    for j, r in enumerate([header] + rows):
        lines.append("  " + "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                                      for i, (c, w) in enumerate(zip(r, widths))))
        if j == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(results, gold):
    out = []
    groups = len(gold.group_members)
    linked = sum(1 for st in gold.statements if gold.counterparts(st["id"]))
    out.append("Gold: %d groups over %d statements; %d of %d parsed statements have a counterpart "
               "in another ladder." % (groups, len(gold.group_of), linked, len(gold.statements)))
    mh = ["system", "top-1", "lenient", "hit@3", "hit@5", "recall@5", "MRR", "near-miss@1"]
    rows = []
    for r in results:
        m = r.get("match")
        if m is None:
            rows.append([r["name"]] + ["n/a"] * (len(mh) - 2) + ["(match not available yet)"])
        else:
            rows.append([r["name"], fmt(m.get("top1")), fmt(m.get("lenient_top1")), fmt(m.get("hit@3")),
                         fmt(m.get("hit@5")), fmt(m.get("recall@5")), fmt(m.get("mrr")), fmt(m.get("near_miss_top1"))])
    out.append(table("\nCross-ladder matching (n = %d statements with a gold counterpart)" % linked, mh, rows))
    ch = ["system", "threshold", "cross P", "cross R", "cross F1", "all P", "all R", "all F1",
          "B3 P", "B3 R", "B3 F1", "clusters"]
    rows = []
    for r in results:
        for key, suffix in (("clusters", ""), ("clusters_best_b3", " [best B3]")):
            c = r.get(key)
            if c is None:
                if key == "clusters":
                    rows.append([r["name"]] + ["n/a"] * (len(ch) - 2) + ["(clusters not available yet)"])
                continue
            if suffix and c["threshold"] == r["clusters"]["threshold"]:
                continue
            rows.append([r["name"] + suffix, fmt(c.get("threshold")), fmt(c["cross_p"]), fmt(c["cross_r"]),
                         fmt(c["cross_f1"]), fmt(c["all_p"]), fmt(c["all_r"]), fmt(c["all_f1"]),
                         fmt(c["b3_p"]), fmt(c["b3_r"]), fmt(c["b3_f1"]), fmt(c["clusters"])])
    out.append(table("\nClusters (baselines: agglomerative, average linkage, cosine distance threshold "
                     "swept and chosen on the gold)", ch, rows))
    lh = ["system", "accuracy", "correct/n", "'none' levels", "missing alignments"]
    rows = []
    for r in results:
        lv = r.get("levels")
        if lv is None:
            rows.append([r["name"], "n/a", "", "", "(levels not available yet)"])
        elif lv.get("n"):
            rows.append([r["name"], fmt(lv["accuracy"]), "%d/%d" % (round(lv["accuracy"] * lv["n"]), lv["n"]),
                         "%s of %d" % (fmt(lv["none_accuracy"]), lv["none_n"]), str(lv["missing_alignments"])])
    out.append(table("\nLevel alignment (every level of every ordered ladder pair and track pair)", lh, rows))
    gaps = [(r["name"], r["gaps"]) for r in results if r.get("gaps")]
    if gaps:
        out.append(table("\nGaps (gold groups a ladder lacks)", ["system", "P", "R", "F1"],
                         [[n, fmt(g["p"]), fmt(g["r"]), fmt(g["f1"])] for n, g in gaps]))
    return "\n".join(out)


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="gold YAML (tests/gold/corpora_gold.yaml)")
    ap.add_argument("--parse", required=True, help="`laddermerge parse` JSON")
    ap.add_argument("--match", help="`laddermerge match` JSON")
    ap.add_argument("--clusters", help="`merge --out` clusters.json")
    ap.add_argument("--levels", help="`laddermerge levels` JSON (or merge's levels.json)")
    ap.add_argument("--gaps", help="`merge --out` gaps.json (needs --clusters)")
    ap.add_argument("--name", default="laddermerge", help="name of the scored system in the tables")
    ap.add_argument("--no-baselines", action="store_true", help="skip the scikit-learn baselines")
    ap.add_argument("--emit-baselines", metavar="DIR", help="write baseline outputs as SPEC.md JSON here")
    ap.add_argument("--allow-missing", action="store_true",
                    help="score even if some gold texts are not among the parsed statements")
    ap.add_argument("--json-out", metavar="FILE", help="write all metrics as JSON")
    ap.add_argument("--verbose", action="store_true", help="list level alignment errors")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        statements = statements_from_parse(load_json(args.parse))
        gold = Gold(load_yaml(args.gold), statements, args.allow_missing)
    except (ScoreError, OSError, ValueError, KeyError) as e:
        print("score_ladders.py: error: %s" % e, file=sys.stderr)
        return 1
    for m in gold.missing:
        print("score_ladders.py: warning: not found: " + m, file=sys.stderr)
    ids = [st["id"] for st in statements]
    mine = {"name": args.name}
    if args.match:
        mine["match"] = ranking_metrics(rankings_from_match(load_json(args.match), gold.ladder_of), gold)
    if args.clusters:
        cj = load_json(args.clusters)
        pred, problems = labels_from_clusters(cj, ids)
        for p in problems:
            print("score_ladders.py: warning: clusters: " + p, file=sys.stderr)
        mine["clusters"] = dict(cluster_metrics(pred, gold), threshold=None)
        if args.gaps:
            mine["gaps"] = gap_metrics(load_json(args.gaps), cj, gold)
    if args.levels:
        mine["levels"] = level_metrics(load_json(args.levels), gold)
    results = [mine]
    if not args.no_baselines:
        if sklearn_available():
            thresholds = [round(0.05 * i, 2) for i in range(1, 20)]
            results += run_baselines(statements, gold, args.emit_baselines, thresholds)
        else:
            print("score_ladders.py: scikit-learn not installed; baselines skipped "
                  "(scripts/setup.sh --with-eval installs it)", file=sys.stderr)
    print(report(results, gold))
    if args.verbose:
        for r in results:
            for e in (r.get("levels") or {}).get("errors", []):
                print("  level error [%s]: %s" % (r["name"], e))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
