#!/usr/bin/env python3
"""Converts public stance datasets to stance's JSON Lines, one train and one test file.

    bench/datasets.py emergent --src DIR --out OUTDIR [--target prepend|field]
    bench/datasets.py arc      --src DIR --out OUTDIR [--all-classes]
    bench/datasets.py fnc1     --src DIR --out OUTDIR [--all-classes] [--max-train N --max-test N]

Writes OUTDIR/NAME-train.jsonl and OUTDIR/NAME-test.jsonl with records
{"id", "text", "label", "target", "group"}, using each dataset's official train/test split.
The dataset files are read from --src (see BENCHMARKS.md, "Public stance datasets", for where
to fetch them) and are never part of this repository: their terms do not allow redistribution.
Keep OUTDIR outside the repository too.

Each record's stance is towards a target (a claim or a headline). With --target prepend (the
default) the text every system sees is "TARGET\\nTEXT", so all systems get the same input;
with --target field the text is the stance-bearing text alone and the target is only the
"target" field (e.g. for `stance train --context-field target`). "group" is the target, for
grouped cross-validation (`--group-field group`).

Datasets (standard library only):
- emergent: Ferreira & Vlachos (2016), news article headlines for/against/observing a claim;
  url-versions-2015-06-14-clean-{train,test}.csv (the authors' split by claim).
- arc: Hanselowski et al. (2018), ARC corpus in FNC-1 format (user posts towards a claim
  headline); arc_bodies.csv, arc_stances_{train,test}.csv. The related classes
  agree/disagree/discuss by default (--all-classes keeps "unrelated").
- fnc1: FNC-1 (headline, article body): train_bodies.csv + train_stances.csv (or the two
  halves train_train_stances.csv + train_test_stances.csv of a 9:1 split of it),
  competition_test_bodies.csv + competition_test_stances.csv. Related classes by default;
  bodies are long, so --max-train/--max-test subsample (seeded) if wanted.
"""
import argparse
import csv
import json
import os
import random
import sys

csv.field_size_limit(sys.maxsize)


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def find(src, *names):
    for n in names:
        p = os.path.join(src, n)
        if os.path.exists(p):
            return p
    raise SystemExit(f"datasets.py: none of {', '.join(names)} in {src}")


def emergent(a):
    out = {}
    for part in ("train", "test"):
        recs = []
        for r in rows(find(a.src, f"url-versions-2015-06-14-clean-{part}.csv")):
            recs.append({"id": r["articleId"], "target": r["claimHeadline"].strip(),
                         "text": r["articleHeadline"].strip(), "label": r["articleHeadlineStance"],
                         "group": r["claimId"]})
        out[part] = recs
    return out


def headline_body(stances, bodies, all_classes, prefix):
    body = {r["Body ID"]: r["articleBody"] for r in rows(bodies)}
    recs = []
    for i, r in enumerate(stances):
        if not all_classes and r["Stance"] == "unrelated":
            continue
        recs.append({"id": f"{prefix}{i}-{r['Body ID']}", "target": r["Headline"].strip(),
                     "text": body[r["Body ID"]].strip(), "label": r["Stance"],
                     "group": r["Headline"].strip()})
    return recs


def arc(a):
    bodies = find(a.src, "arc_bodies.csv")
    return {part: headline_body(rows(find(a.src, f"arc_stances_{part}.csv")), bodies, a.all_classes, part[:2])
            for part in ("train", "test")}


def fnc1(a):
    if os.path.exists(os.path.join(a.src, "train_stances.csv")):
        train = rows(os.path.join(a.src, "train_stances.csv"))
    else:
        train = rows(find(a.src, "train_train_stances.csv")) + rows(find(a.src, "train_test_stances.csv"))
    out = {"train": headline_body(train, find(a.src, "train_bodies.csv"), a.all_classes, "tr"),
           "test": headline_body(rows(find(a.src, "competition_test_stances.csv")),
                                 find(a.src, "competition_test_bodies.csv"), a.all_classes, "te")}
    for part, n in (("train", a.max_train), ("test", a.max_test)):
        if n and len(out[part]) > n:
            out[part] = random.Random(1).sample(out[part], n)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", choices=["emergent", "arc", "fnc1"])
    ap.add_argument("--src", required=True, help="directory holding the dataset's files")
    ap.add_argument("--out", required=True, help="output directory (outside the repository)")
    ap.add_argument("--target", choices=["prepend", "field"], default="prepend")
    ap.add_argument("--all-classes", action="store_true", help="keep 'unrelated' (arc, fnc1)")
    ap.add_argument("--max-train", type=int, default=0)
    ap.add_argument("--max-test", type=int, default=0)
    a = ap.parse_args()
    data = {"emergent": emergent, "arc": arc, "fnc1": fnc1}[a.dataset](a)
    os.makedirs(a.out, exist_ok=True)
    for part, recs in data.items():
        path = os.path.join(a.out, f"{a.dataset}-{part}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                if a.target == "prepend":
                    r = {**r, "text": f"{r['target']}\n{r['text']}"}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in recs:
            counts[r["label"]] = counts.get(r["label"], 0) + 1
        print(f"{path}: {len(recs)} records {dict(sorted(counts.items()))}", file=sys.stderr)


if __name__ == "__main__":
    main()
