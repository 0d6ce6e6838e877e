#!/usr/bin/env python3
"""Rewrites the "## Counts" section of training_data/README.md from the corpus itself, so the
numbers there are always the corpus's. Usage: python3 scripts/corpus-counts.py"""
import collections
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "training_data"
labels = ["supportive", "skeptical", "hostile"]
splits = ["train", "dev", "test"]

quotes = [json.loads(l) for l in open(root / "quotes.jsonl", encoding="utf-8") if l.strip()]
by_label = collections.Counter(q["label"] for q in quotes)
scenarios = sorted({q["scenario"] for q in quotes})
with_context = sum(1 for q in quotes if q.get("context"))
split_label = collections.Counter((q["split"], q["label"]) for q in quotes)
split_scen = {s: len({q["scenario"] for q in quotes if q["split"] == s}) for s in splits}
words = [len(q["text"].split()) for q in quotes]
bins = [(4, 10), (11, 30), (31, 60), (61, 120)]

out = ["## Counts", ""]
out.append(
    f"{len(quotes)} quotes: "
    + ", ".join(f"{l} {by_label[l]}" for l in labels)
    + f"; {len(scenarios)} scenarios; {with_context} with context."
)
out += ["", "| split | supportive | skeptical | hostile | scenarios |", "|---|---|---|---|---|"]
for s in splits:
    out.append(f"| {s} | " + " | ".join(str(split_label[(s, l)]) for l in labels) + f" | {split_scen[s]} |")
out += [""]
out.append(
    "Lengths (words): "
    + ", ".join(f"{a}–{b}: {sum(a <= w <= b for w in words)}" for a, b in bins)
    + f"; min {min(words)}, max {max(words)}."
)

articles = collections.Counter()
n_articles = collections.Counter()
for s in splits:
    for gold in sorted((root / "articles" / s).glob("*.json")):
        n_articles[s] += 1
        for p in json.load(open(gold, encoding="utf-8"))["parties"]:
            articles[(s, p["label"])] += 1
total_parties = sum(articles.values())
out += [
    "",
    f"Articles: {sum(n_articles.values())} ("
    + ", ".join(f"{s} {n_articles[s]}" for s in splits)
    + f"), {total_parties} parties:",
    "",
    "| split | supportive | skeptical | hostile |",
    "|---|---|---|---|",
]
for s in splits:
    out.append(f"| {s} | " + " | ".join(str(articles[(s, l)]) for l in labels) + " |")

out += ["", "### Quotes per scenario", "", "| scenario | split | supportive | skeptical | hostile |", "|---|---|---|---|---|"]
per = collections.Counter((q["scenario"], q["label"]) for q in quotes)
split_of = {q["scenario"]: q["split"] for q in quotes}
for s in splits:
    for sc in sorted(x for x in scenarios if split_of[x] == s):
        out.append(f"| {sc} | {s} | " + " | ".join(str(per[(sc, l)]) for l in labels) + " |")

readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
head, _, _ = text.partition("## Counts")
readme.write_text(head + "\n".join(out) + "\n", encoding="utf-8")
print(f"rewrote the counts in {readme}")
