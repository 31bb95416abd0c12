#!/usr/bin/python3
"""DEV FALLBACK ONLY: a tiny stand-in for `laddermerge parse`.

    scripts/eval/dev_fallback_parse.py corpora/northwind corpora/contoso corpora/fabrikam > parse.json

This exists so that the scoring scripts could be developed while laddermerge's
Markdown, YAML and CSV readers were still being written. It understands the
shapes used in corpora/ (Markdown with front matter and bullets, a YAML file of
tracks -> levels -> competency -> list of strings, CSV matrices with levels as
columns) and little else. It is not a reference implementation, is not tested
against the real ladders, and scores computed on its output say nothing about
laddermerge. scripts/eval_ladders.sh uses it only when given --dev-fallback.

Output: SPEC.md's `parse` JSON shape, {"ladders": [{"name", "files",
"statements": [{"id", "ladder", "track", "level", "section", "text", "file",
"line"}]}]}.
"""

import csv
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_gold import collapse, repair_mojibake, SKIP_STEMS  # noqa: E402

import yaml  # noqa: E402

BULLET = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
LINK_ONLY = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$")
NOISE = re.compile(r"^\s*(\{:.*\}|\{%.*%\}|\{\{.*\}\})\s*$")
TOC_HEADINGS = {"on this page", "contents", "table of contents", "related"}


def inline(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    return collapse(text)


def markdown_statements(path, text, ctx):
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end:
            meta = yaml.safe_load("\n".join(lines[1:end])) or {}
            ctx = dict(ctx, level=str(meta.get("level", ctx["level"])),
                       track=str(meta.get("track", ctx["track"])))
            start = end + 1
    out, section, skip_section = [], "", False
    for i in range(start, len(lines)):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.match(r"^\s*(=+|-+)\s*$", line) and i > start and lines[i - 1].strip():
            continue  # setext underline, handled with its heading line
        heading = None
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            heading = m.group(1)
        elif line.strip() and re.match(r"^\s*(=+|-{2,})\s*$", nxt) and not BULLET.match(line):
            heading = line.strip()
        if heading is not None:
            level_of_heading = len(line) - len(line.lstrip("#")) if m else (1 if "=" in nxt else 2)
            if level_of_heading >= 2:
                section = inline(heading)
                skip_section = section.lower() in TOC_HEADINGS
            continue
        if not line.strip() or NOISE.match(line) or LINK_ONLY.match(line) or skip_section:
            continue
        b = BULLET.match(line)
        if b:
            out.append((i + 1, section, inline(b.group(2))))
        else:
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", inline(line)):
                out.append((i + 1, section, sentence))
    return [dict(ctx, line=n, section=s, text=t) for n, s, t in out if t]


def yaml_statements(path, text, ctx):
    doc = yaml.safe_load(text)
    names = {c.get("id"): c.get("name") for c in doc.get("competencies", []) if isinstance(c, dict)}
    out = []
    for track in doc.get("tracks", []):
        tname = "management" if "manag" in str(track.get("id", "")).lower() else "ic"
        for level in track.get("levels", []):
            lname = str(level.get("title") or level.get("name") or level.get("id"))
            for comp, items in (level.get("expectations") or {}).items():
                for item in items:
                    out.append(dict(ctx, track=tname, level=lname, section=names.get(comp, comp),
                                    text=collapse(item), line=0))
    # Line numbers: first line that contains the statement's opening words.
    raw = text.split("\n")
    for st in out:
        head = st["text"][:30].replace("''", "'")
        st["line"] = next((i + 1 for i, ln in enumerate(raw) if head[:25] in ln.replace("''", "'")), 1)
    return out


def csv_statements(path, text, ctx):
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    lead = [j for j, h in enumerate(header) if re.search(r"area|competenc|theme|skill", h, re.I)]
    track = "management" if "manag" in os.path.basename(path).lower() else "ic"
    out, area = [], ""
    for row in rows[1:]:
        if lead and row[lead[0]].strip():
            area = row[lead[0]].strip()
        comp = row[lead[-1]].strip() if lead else ""
        for j, cell in enumerate(row):
            if j in lead:
                continue
            for ln in cell.splitlines():
                for part in ln.split(" ; "):
                    t = collapse(re.sub(r"^\s*[-*\u2022]\s+", "", part))
                    if t:
                        out.append(dict(ctx, track=track, level=header[j].strip(),
                                        section=" > ".join(x for x in (area, comp) if x), text=t))
    raw = text.split("\n")
    for st in out:
        head = st["text"][:25].replace('"', '""')
        st["line"] = next((i + 1 for i, ln in enumerate(raw) if head in ln), 1)
    return out


def read_ladder(arg):
    name, path = (arg.split("=", 1) if "=" in arg and not os.path.exists(arg) else (None, arg))
    files = []
    if os.path.isdir(path):
        for dp, dn, fn in os.walk(path):
            dn.sort()
            files += [os.path.join(dp, f) for f in sorted(fn)
                      if not f.lower().startswith(SKIP_STEMS) and not f.startswith(".")]
        name = name or os.path.basename(os.path.normpath(path))
    else:
        files = [path]
        name = name or os.path.splitext(os.path.basename(path))[0]
    statements = []
    for f in files:
        with open(f, encoding="utf-8-sig") as fh:
            text = repair_mojibake(fh.read())
        rel = os.path.relpath(f, path) if os.path.isdir(path) else ""
        parts = rel.split(os.sep)
        ctx = dict(ladder=name, file=f, track=parts[0] if len(parts) > 1 else "",
                   level=os.path.splitext(parts[-1])[0] if len(parts) > 1 else "")
        ext = os.path.splitext(f)[1].lower()
        if ext in (".md", ".markdown", ".txt"):
            statements += markdown_statements(f, text, ctx)
        elif ext in (".yaml", ".yml"):
            statements += yaml_statements(f, text, ctx)
        elif ext in (".csv",):
            statements += csv_statements(f, text, ctx)
    for n, st in enumerate(statements, 1):
        st["id"] = "%s:%d" % (name, n)
    keys = ("id", "ladder", "track", "level", "section", "text", "file", "line")
    return {"name": name, "files": files, "statements": [{k: st[k] for k in keys} for st in statements]}


def main(argv):
    if not argv:
        sys.exit("usage: dev_fallback_parse.py INPUT...")
    print("dev_fallback_parse.py: DEV FALLBACK, not laddermerge's parser", file=sys.stderr)
    json.dump({"ladders": [read_ladder(a) for a in argv]}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
