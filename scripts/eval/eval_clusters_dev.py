#!/usr/bin/python3
"""Duplicate clustering on real ladders: laddermerge merge vs scikit-learn.

    eval_clusters_dev.py [--binary B] [--ladders DIR] [--gold G] [--whole | --role-only]
                         [--sweep] [--show-errors N] [-- MERGE OPTIONS...]

The dev set (tests/gold/real_ladders_role_dev.yaml) names five real ladders
in ../shared/real-ladders, one comparable role in each, and which of that
role's statements say the same thing. Gold members are references, never
text: "<ladder> <file name>:<line>.<item>", where <item> counts the
statements `laddermerge parse` finds on that source line, in output order.

This script runs `laddermerge parse` on the five inputs (to map references
to statement ids) and `laddermerge merge` (the clusters scored), then scores
only the labelled role's statements: cross-ladder pairwise precision,
recall and F1 (pairs of statements from different ladders that share a
cluster), all-pairs F1 and B-cubed. Statements of other levels are clustered
too (they are in the inputs) but do not count.

Inputs: by default each role as a user would hand it over: the role's own
file where the ladder has one file per level (Dropbox, Mercari), otherwise
the ladder's file, which holds every level (Artsy, Kolbis, Monzo backend).
--whole passes whole ladders instead (Dropbox's docs/ directory with its
management pages, Mercari's en/ directory with its CSV copy of the same
grades). --role-only merges the five roles' statements and nothing else
(written at run time to temporary JSON ladders, level -> section ->
statements, and mapped back by position and text): "five companies'
definitions of one role" with no other levels to match against.

Baselines (scikit-learn TF-IDF, word unigrams and char_wb 3-5 grams, cosine,
average-linkage agglomerative clustering) are swept over distance
thresholds and reported at the threshold with the best cross-ladder F1 (an
upper bound, tuned on the gold), once clustering all input statements like
laddermerge and once the role statements only.
"""

import argparse
import collections
import hashlib
import itertools
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_ladders as sl  # noqa: E402

SWEEP = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]


class EvalError(Exception):
    pass


# ----------------------------------------------------------------- gold

def parse_ref(ref):
    """"ladder file:line.item" -> (ladder, file, line, item)."""
    try:
        ladder, rest = ref.strip().split(" ", 1)
        name, pos = rest.rsplit(":", 1)
        line, item = pos.split(".")
        return ladder, name, int(line), int(item)
    except ValueError:
        raise EvalError("malformed reference %r (want 'ladder file:line.item')" % ref)


def format_ref(ladder, name, line, item):
    return "%s %s:%d.%d" % (ladder, name, line, item)


def load_gold(path):
    """The gold file, checked: every reference once, groups of two or more,
    ladders among the inputs. Returns the YAML with refs parsed."""
    gold = sl.load_yaml(path)
    inputs = gold.get("inputs") or []
    names = [i["ladder"] for i in inputs]
    if len(set(names)) != len(names) or not names:
        raise EvalError("%s: inputs must name each ladder once" % path)
    seen = {}
    label = {}
    for group in gold.get("groups") or []:
        members = group.get("members") or []
        if len(members) < 2:
            raise EvalError("%s: group %s has fewer than two members" % (path, group.get("id")))
        for ref in members:
            key = parse_ref(ref)
            if key in seen:
                raise EvalError("%s: %s is listed twice (%s, %s)" % (path, ref, seen[key], group["id"]))
            seen[key] = group["id"]
            label[key] = group["id"]
    for ref in gold.get("singletons") or []:
        key = parse_ref(ref)
        if key in seen:
            raise EvalError("%s: %s is listed twice (%s, singletons)" % (path, ref, seen[key]))
        seen[key] = "singletons"
        label[key] = "=" + ref
    for key in label:
        inp = next((i for i in inputs if i["ladder"] == key[0]), None)
        if inp is None:
            raise EvalError("%s: %s names no input ladder" % (path, format_ref(*key)))
        if key[1] != inp["file"]:
            raise EvalError("%s: %s is not in the role's file %s" % (path, format_ref(*key), inp["file"]))
    gold["label"] = label
    return gold


def gold_summary(gold):
    groups = gold.get("groups") or []
    cross = 0
    for g in groups:
        lad = [parse_ref(r)[0] for r in g["members"]]
        cross += sum(1 for a, b in itertools.combinations(lad, 2) if a != b)
    return {"statements": len(gold["label"]), "groups": len(groups),
            "cross_groups": sum(1 for g in groups if len({parse_ref(r)[0] for r in g["members"]}) > 1),
            "singletons": len(gold.get("singletons") or []), "cross_pairs": cross}


# ----------------------------------------------------------------- laddermerge

def input_args(gold, ladders_dir, whole):
    out = []
    for inp in gold["inputs"]:
        rel = inp["whole"] if whole else inp["path"]
        out.append("%s=%s" % (inp["ladder"], os.path.join(ladders_dir, rel)))
    return out


def run(cmd):
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sub = next((a for a in cmd[1:] if not a.startswith("-")), "")
        raise EvalError("laddermerge %s failed (exit %d): %s" % (sub, res.returncode,
                                                               res.stderr.strip()[-2000:]))
    return res.stdout


def index_statements(statements):
    """{(ladder, file name, line, item): statement}; item counts statements on
    the same line of the same file, in output order."""
    index, count = {}, collections.Counter()
    names = collections.defaultdict(set)
    for st in statements:
        names[(st["ladder"], os.path.basename(st["file"]))].add(st["file"])
        k = (st["ladder"], st["file"], st["line"])
        key = (st["ladder"], os.path.basename(st["file"]), st["line"], count[k])
        count[k] += 1
        index[key] = st
    clash = [k for k, v in names.items() if len(v) > 1]
    if clash:
        raise EvalError("file name %s names several files of ladder %s" % (clash[0][1], clash[0][0]))
    return index


def role_keys(gold, index):
    """Keys of the parsed statements that belong to each input's role."""
    want = {i["ladder"]: (i["file"], i.get("track", ""), i["level"]) for i in gold["inputs"]}
    return [k for k, st in index.items()
            if want.get(k[0]) == (k[1], st.get("track", ""), st.get("level", ""))]


def fingerprint(keys, index):
    h = hashlib.sha1()
    for k in keys:
        h.update(("%s\t%s\n" % (format_ref(*k), sl.norm_text(index[k]["text"]))).encode("utf-8"))
    return h.hexdigest()[:12]


def check_roles(gold, index):
    """Map gold references to statement ids; warnings about drift."""
    problems = [format_ref(*k) for k in gold["label"] if k not in index]
    if problems:
        raise EvalError("%d gold reference(s) name no parsed statement, e.g. %s. The parser's "
                        "statements moved: relabel (see the gold file's header)."
                        % (len(problems), ", ".join(problems[:5])))
    warnings = []
    roles = role_keys(gold, index)
    unlabelled = [k for k in roles if k not in gold["label"]]
    if unlabelled:
        warnings.append("%d statement(s) of the roles are not in the gold and are not scored, e.g. %s"
                        % (len(unlabelled), format_ref(*unlabelled[0])))
    outside = [k for k in gold["label"] if k not in set(roles)]
    if outside:
        warnings.append("%d gold reference(s) are no longer in the role's level/track, e.g. %s"
                        % (len(outside), format_ref(*outside[0])))
    for inp in gold["inputs"]:
        keys = [k for k in roles if k[0] == inp["ladder"]]
        fp = fingerprint(keys, index)
        if len(keys) != inp.get("statements") or fp != inp.get("fingerprint"):
            warnings.append("%s: the role's parsed statements differ from those labelled (%d "
                            "statements, fingerprint %s; labelled %s, %s): check the references"
                            % (inp["ladder"], len(keys), fp, inp.get("statements"), inp.get("fingerprint")))
    return warnings


# ----------------------------------------------------------------- scoring

def score(pred_all, gold_label_of, ladder_of):
    """Metrics over the labelled statements. pred_all: {id: cluster}."""
    pred = {sid: pred_all[sid] for sid in gold_label_of}
    xp, xr, xf = sl.prf(*sl.pair_counts(pred, gold_label_of, ladder_of, True))
    ap, ar, af = sl.prf(*sl.pair_counts(pred, gold_label_of, ladder_of, False))
    bp, br, bf = sl.bcubed(pred, gold_label_of)
    return {"cross_p": xp, "cross_r": xr, "cross_f1": xf, "all_p": ap, "all_r": ar, "all_f1": af,
            "b3_p": bp, "b3_r": br, "b3_f1": bf}


def errors(pred_all, gold_label_of, ladder_of):
    """(false merges, missed pairs): cross-ladder pairs of labelled statements."""
    fp, fn = [], []
    for a, b in itertools.combinations(sorted(gold_label_of), 2):
        if ladder_of[a] == ladder_of[b]:
            continue
        same_pred = pred_all[a] == pred_all[b]
        same_gold = gold_label_of[a] == gold_label_of[b]
        if same_pred and not same_gold:
            fp.append((a, b))
        elif same_gold and not same_pred:
            fn.append((a, b))
    return fp, fn


def role_only_inputs(gold, statements, role_ids, tmp):
    """Writes each role's statements, and nothing else, as a temporary JSON
    ladder (level -> section -> statements, in parse order) and returns
    (merge arguments, {temporary ladder position: parse statement id})."""
    args, order = [], {}
    for inp in gold["inputs"]:
        sections = {}
        for st in statements:
            if st["id"] in role_ids and st["ladder"] == inp["ladder"]:
                sections.setdefault(st.get("section") or "General", []).append(st)
        doc = {name: [st["text"] for st in sts] for name, sts in sections.items()}
        ids = [(st["id"], sl.norm_text(st["text"])) for sts in sections.values() for st in sts]
        path = os.path.join(tmp, "role-%s.json" % inp["ladder"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump({inp["level"]: doc}, f, ensure_ascii=False, indent=1)
        args.append("%s=%s" % (inp["ladder"], path))
        order[inp["ladder"]] = ids
    return args, order


def merge_labels(binary, args, extra, tmp, tag, statement_ids, role_order=None):
    """{parse statement id: cluster id} from `merge`. With role_order (from
    role_only_inputs), the run's statements are mapped back by position."""
    out = os.path.join(tmp, tag)
    run([binary, "--quiet", "merge"] + args + ["--out", out] + extra)
    clusters = sl.load_json(os.path.join(out, "clusters.json"))
    if role_order is not None:
        rename, seen = {}, collections.Counter()
        for st in clusters.get("statements", []):
            ids = role_order.get(st["ladder"], [])
            n = seen[st["ladder"]]
            seen[st["ladder"]] += 1
            if n >= len(ids) or ids[n][1] != sl.norm_text(st["text"]):
                raise EvalError("the role-only ladders did not parse back into the same statements "
                                "(%s)" % st["id"])
            rename[st["id"]] = ids[n][0]
        if any(seen[k] != len(v) for k, v in role_order.items()):
            raise EvalError("the role-only ladders did not parse back into the same statements")
        for c in clusters.get("clusters", []):
            c["members"] = [rename[m] for m in c.get("members", [])]
        statement_ids = [i for ids in role_order.values() for i, _ in ids]
        pred, problems = sl.labels_from_clusters(clusters, statement_ids)
        return pred, problems
    got = {st["id"] for st in clusters.get("statements", [])}
    if got != set(statement_ids):
        raise EvalError("merge's statements differ from parse's (%d vs %d)" % (len(got), len(statement_ids)))
    pred, problems = sl.labels_from_clusters(clusters, statement_ids)
    return pred, problems


def baseline_rows(statements, role_ids, gold_label_of, ladder_of):
    rows = []
    idx = {st["id"]: i for i, st in enumerate(statements)}
    for scope in ("inputs", "role"):
        sts = statements if scope == "inputs" else [statements[idx[s]] for s in sorted(role_ids, key=idx.get)]
        texts = [st.get("text", "") for st in sts]
        for kind, name in (("word", "TF-IDF word"), ("char", "TF-IDF char_wb 3-5")):
            sim = sl.tfidf_similarity(texts, kind)
            best = None
            for t in THRESHOLDS:
                labels = sl.agglomerative_labels(sim, t)
                pred = {st["id"]: int(lab) for st, lab in zip(sts, labels)}
                m = score(pred, gold_label_of, ladder_of)
                if best is None or m["cross_f1"] > best[1]["cross_f1"]:
                    best = (t, m)
            rows.append(("sklearn %s, %s" % (name, "all input statements" if scope == "inputs"
                                                  else "role statements only"), best[0], best[1]))
    return rows


# ----------------------------------------------------------------- report

def print_table(rows):
    header = ["system", "setting", "cross P", "cross R", "cross F1", "all F1", "B3 P", "B3 R", "B3 F1"]
    body = [[n, s] + [sl.fmt(m[k]) for k in ("cross_p", "cross_r", "cross_f1", "all_f1", "b3_p", "b3_r", "b3_f1")]
            for n, s, m in rows]
    print(sl.table("", header, body).lstrip("\n"))


def show_errors(pairs, title, by_id, gold_label_of, pred, limit):
    print("\n%s: %d (showing %d)" % (title, len(pairs), min(limit, len(pairs))))
    for a, b in pairs[:limit]:
        for sid in (a, b):
            st = by_id[sid]
            print("  %-12s %-22s [gold %s, cluster %s] %s" % (
                sid, "%s:%d" % (os.path.basename(st["file"]), st["line"]), gold_label_of[sid].lstrip("="),
                pred[sid], st["text"][:150]))
        print()


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--binary", default="build/bin/laddermerge")
    ap.add_argument("--ladders", default="../shared/real-ladders", help="the real-ladders directory")
    ap.add_argument("--gold", default="tests/gold/real_ladders_role_dev.yaml")
    ap.add_argument("--whole", action="store_true", help="pass whole ladders, not the role's file")
    ap.add_argument("--role-only", action="store_true",
                    help="merge only the roles' statements (written to temporary JSON ladders), as "
                         "if each company had handed over that role alone")
    ap.add_argument("--sweep", action="store_true", help="also run merge at several --min-similarity values")
    ap.add_argument("--sweep-values", default=",".join(str(v) for v in SWEEP),
                    help="comma-separated --min-similarity values for --sweep")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print N false merges and N missed pairs of the default run (ladder text "
                         "on the terminal only)")
    ap.add_argument("--check-gold", action="store_true",
                    help="only check the gold file's structure (needs no ladders or binary)")
    ap.add_argument("--json-out", metavar="FILE")
    args = ap.parse_args(argv)

    try:
        gold = load_gold(args.gold)
        summary = gold_summary(gold)
        if args.check_gold:
            print("%s: %d statements, %d groups (%d across ladders), %d singletons, %d cross-ladder pairs"
                  % (args.gold, summary["statements"], summary["groups"], summary["cross_groups"],
                     summary["singletons"], summary["cross_pairs"]))
            return 0
        if not os.path.isdir(args.ladders):
            print("eval_clusters_dev: skipped: %s not found (the real ladders live outside the "
                  "repository, in ../shared/real-ladders)" % args.ladders)
            return 0
        if not os.access(args.binary, os.X_OK):
            raise EvalError("no laddermerge binary at %s (build with scripts/build.sh or pass --binary)"
                            % args.binary)
        if args.sweep and any(a.startswith("--min-similarity") for a in extra):
            raise EvalError("--sweep sets --min-similarity itself; do not pass it after --")
        inputs = input_args(gold, args.ladders, args.whole)
        statements = sl.statements_from_parse(json.loads(run([args.binary, "--quiet", "parse"] + inputs)))
        index = index_statements(statements)
        warnings = check_roles(gold, index)
        for w in warnings:
            print("eval_clusters_dev: warning: " + w, file=sys.stderr)
        gold_label_of = {index[k]["id"]: lab for k, lab in gold["label"].items()}
        ladder_of = {st["id"]: st["ladder"] for st in statements}
        by_id = {st["id"]: st for st in statements}
        ids = [st["id"] for st in statements]

        print("Inputs (%s%s):" % ("whole ladders" if args.whole else "the role's file, else the ladder's file",
                                  "; merged: the roles' statements only" if args.role_only else ""))
        per_ladder = collections.Counter(ladder_of[s] for s in gold_label_of)
        total = collections.Counter(ladder_of.values())
        for inp in gold["inputs"]:
            print("  %-8s %-40s %3d role statements of %4d parsed  (%s)" % (
                inp["ladder"], inp["whole"] if args.whole else inp["path"], per_ladder[inp["ladder"]],
                total[inp["ladder"]], inp["role"]))
        print("Gold: %d statements, %d groups (%d span ladders), %d singletons, %d cross-ladder pairs\n"
              % (summary["statements"], summary["groups"], summary["cross_groups"],
                 summary["singletons"], summary["cross_pairs"]))

        rows, results = [], {"summary": summary, "whole": args.whole, "role_only": args.role_only,
                             "extra": extra}
        with tempfile.TemporaryDirectory() as tmp:
            merge_inputs, role_order = inputs, None
            if args.role_only:
                merge_inputs, role_order = role_only_inputs(gold, statements, set(gold_label_of), tmp)
            pred, problems = merge_labels(args.binary, merge_inputs, extra, tmp, "default", ids, role_order)
            for p in problems:
                print("eval_clusters_dev: warning: clusters: " + p, file=sys.stderr)
            m = score(pred, gold_label_of, ladder_of)
            rows.append(("laddermerge", " ".join(extra) or "defaults", m))
            results["laddermerge"] = m
            if args.sweep:
                results["sweep"] = {}
                for v in [float(x) for x in args.sweep_values.split(",") if x.strip()]:
                    p2, _ = merge_labels(args.binary, merge_inputs, extra + ["--min-similarity", str(v)],
                                         tmp, "sweep-%s" % v, ids, role_order)
                    m2 = score(p2, gold_label_of, ladder_of)
                    rows.append(("laddermerge", "--min-similarity %g" % v, m2))
                    results["sweep"][str(v)] = m2
        if not args.no_baselines:
            if sl.sklearn_available():
                results["baselines"] = []
                for name, t, mb in baseline_rows(statements, set(gold_label_of), gold_label_of, ladder_of):
                    rows.append((name, "best distance %.2f" % t, mb))
                    results["baselines"].append(dict(mb, name=name, threshold=t))
            else:
                print("eval_clusters_dev: scikit-learn not installed; baselines skipped", file=sys.stderr)
        print_table(rows)
        print("\ncross = pairs of labelled statements from different ladders; B3 = B-cubed over the "
              "labelled statements.\nBaselines: average linkage, cosine distance threshold swept "
              "0.05-0.95 and chosen on this gold.")
        if args.show_errors:
            fp, fn = errors(pred, gold_label_of, ladder_of)
            show_errors(fp, "False merges (cross-ladder pairs in one cluster, not in one gold group)",
                        by_id, gold_label_of, pred, args.show_errors)
            show_errors(fn, "Missed pairs (in one gold group, different clusters)",
                        by_id, gold_label_of, pred, args.show_errors)
        if args.json_out:
            with open(args.json_out, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=1)
    except (EvalError, sl.ScoreError, OSError, ValueError, KeyError) as e:
        print("eval_clusters_dev: error: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
