#!/usr/bin/env python3
"""Statements of the real ladders used by tests/gold/real_ladders_dev.yaml,
extracted straight from ../shared/real-ladders (the ingest readers are not
used, so this works on any branch). A statement is identified by
(file, line, item): `item` counts statements found on the same source line
(Kolbis packs several bullets into one table cell line).

  from ladder_dev_pool import read_pool
  pool = read_pool("../shared/real-ladders")  # [(ladder, file, line, item, text)]
"""
import html
import os
import re

# ladder name -> files (relative to the real-ladders directory).
LADDERS = {
    "dropbox": ["dropbox__dbx-career-framework/docs/" + f for f in (
        "ic1_software_engineer.html", "ic2_software_engineer.html",
        "ic3_software_engineer.html", "ic4_software_engineer.html",
        "ic5_staff_software_engineer.html",
        "ic6_principal_software_engineer.html",
        "ic7_senior_principal_software_engineer.html",
        "m3_engineering_manager.html", "m4_engineering_manager.html",
        "m5_senior_engineering_manager.html", "m6_engineering_director.html",
        "m7_senior_engineering_director.html")],
    "artsy": ["artsy__README/careers/ladder.md"],
    "kolbis": ["kolbis__Career-Paths/software-engineers/readme.md"],
}

_ITEM = re.compile(r"<li>(.*?)</li>|<p>-\s*(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")


def clean(text):
    text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


def read_pool(root):
    pool = []
    for ladder, files in LADDERS.items():
        for rel in files:
            with open(os.path.join(root, rel), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    item = 0
                    for m in _ITEM.finditer(line):
                        text = clean(m.group(1) or m.group(2) or "")
                        if len(text) < 12 or text.upper() == "N/A":
                            continue
                        pool.append((ladder, rel, number, item, text))
                        item += 1
    return pool


if __name__ == "__main__":
    import sys
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/real-ladders"
    for ladder, rel, number, item, text in read_pool(root):
        print(f"{ladder}\t{os.path.basename(rel)}:{number}.{item}\t{text}")
