#!/usr/bin/env python3
"""Side-by-side benchmark driver: stance vs scikit-learn, fastText and Vowpal Wabbit.

Every system is trained and applied as separate child processes on the same train/test
files; wall time and peak RSS (wait4 rusage of that child) are measured around each child,
so times are whole-process (start-up, model load, reading input, writing predictions).
Metrics are computed here, identically for every system, from the predictions each writes.

  driver.py run --stance BIN --out-dir DIR [--dataset NAME=TRAIN,TEST]... [--sizes ...]
  driver.py child SYSTEM train|predict ...   (internal: one measured child)

See bench/compare.sh for the normal entry point.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time

LABEL_FIELD = "label"
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------------------
# Children: one per (system, phase). They read the prepared files and write predictions.
# ---------------------------------------------------------------------------------------

def read_jsonl(path):
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                texts.append(r["text"])
                labels.append(r.get(LABEL_FIELD))
    return texts, labels


def child(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("system")
    ap.add_argument("phase", choices=["train", "predict"])
    ap.add_argument("--data", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--pred")
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args(argv)
    # Imports are not part of the in-process time.
    if a.system == "fasttext":
        import fasttext  # noqa: F401
    else:
        import pickle, sklearn.linear_model, sklearn.feature_extraction.text, sklearn.pipeline  # noqa: F401
    t0 = time.perf_counter()
    try:
        child_work(a)
    finally:
        # In-process time (after interpreter start-up and imports), next to the output.
        with open((a.pred if a.phase == "predict" else a.model) + ".inner", "w") as f:
            f.write(f"{time.perf_counter() - t0}\n")


def child_work(a):
    if a.system == "fasttext":
        import fasttext
        if a.phase == "train":
            m = fasttext.train_supervised(input=a.data, **FASTTEXT_PARAMS, thread=a.threads, verbose=0)
            m.save_model(a.model)
        else:
            m = fasttext.load_model(a.model)
            with open(a.data, encoding="utf-8") as f:
                lines = [l.rstrip("\n").split(" ", 1)[1] if l.startswith("__label__") else l.rstrip("\n") for l in f]
            labels, _ = m.predict(lines, k=1)
            with open(a.pred, "w") as out:
                for l in labels:
                    out.write(l[0][len("__label__"):] + "\n")
        return
    import pickle
    if a.phase == "train":
        texts, labels = read_jsonl(a.data)
        if a.system == "sklearn-lr":
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                                 LogisticRegression(C=10.0, max_iter=1000))
        elif a.system == "sklearn-sgd":
            from sklearn.feature_extraction.text import HashingVectorizer
            from sklearn.linear_model import SGDClassifier
            from sklearn.pipeline import make_pipeline
            pipe = make_pipeline(HashingVectorizer(ngram_range=(1, 2), n_features=2 ** 20),
                                 SGDClassifier(loss="log_loss", alpha=1e-6, max_iter=20, tol=1e-4,
                                               random_state=0, n_jobs=a.threads))
        elif a.system == "sklearn-ngram-lr-cv":
            pipe = ngram_lr_cv(texts, labels)
        else:
            raise SystemExit(f"unknown system {a.system}")
        pipe.fit(texts, labels)
        with open(a.model, "wb") as f:
            pickle.dump(pipe, f, protocol=pickle.HIGHEST_PROTOCOL)
    else:
        with open(a.model, "rb") as f:
            pipe = pickle.load(f)
        texts, _ = read_jsonl(a.data)
        pred = pipe.predict(texts)
        with open(a.pred, "w") as out:
            for p in pred:
                out.write(f"{p}\n")


# The word 1-3 + char 2-5 TF-IDF logistic regression of the SemEval comparison, with C chosen
# by stratified 5-fold cross-validation on the training data (macro-F1; the vectorizers are
# fitted inside each fold) from the grid `stance train --cv` uses.
NGRAM_C_GRID = [0.5, 1, 2, 5, 10, 20, 50]


def ngram_pipeline(c):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union
    return make_pipeline(
        make_union(TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True),
                   TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True)),
        LogisticRegression(C=c, max_iter=2000))


def ngram_lr_cv(texts, labels, folds=5):
    from sklearn.base import clone
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    scores = {c: [] for c in NGRAM_C_GRID}
    for tr, te in StratifiedKFold(n_splits=folds, shuffle=True, random_state=0).split(texts, labels):
        union = ngram_pipeline(1.0).steps[0][1]
        xtr = union.fit_transform([texts[i] for i in tr])
        xte = union.transform([texts[i] for i in te])
        for c in NGRAM_C_GRID:
            lr = clone(ngram_pipeline(c).steps[1][1]).fit(xtr, [labels[i] for i in tr])
            scores[c].append(f1_score([labels[i] for i in te], lr.predict(xte), average="macro"))
    best = max(NGRAM_C_GRID, key=lambda c: (sum(scores[c]) / folds, -c))
    print("sklearn-ngram-lr-cv: " + ", ".join(f"C={c} {sum(v) / folds:.4f}" for c, v in scores.items())
          + f" -> C={best}", file=sys.stderr)
    return ngram_pipeline(best)


FASTTEXT_PARAMS = dict(wordNgrams=2, epoch=5, lr=0.5, dim=100, minCount=1, bucket=2_000_000,
                       loss="softmax")
VW_ARGS = ["--oaa", "3", "--ngram", "2", "-b", "22", "--loss_function", "logistic"]


# ---------------------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------------------

def measure(cmd, env=None, stdout=None, timeout=None):
    """Runs cmd; returns (wall seconds, peak RSS MiB, returncode, CPU seconds user+sys).

    CPU seconds come from the child's own rusage, so they stay meaningful when other
    processes load the machine (wall time does not)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=stdout or subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = None if timeout is None else t0 + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.perf_counter() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            return None, None, "timeout", None
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    measure.last_err = err
    p.returncode = rc
    if rc != 0:
        sys.stderr.write(f"FAILED ({rc}): {' '.join(cmd)}\n{err[-2000:]}\n")
    return wall, ru.ru_maxrss / 1024.0, rc, ru.ru_utime + ru.ru_stime


def thread_env(threads):
    env = dict(os.environ)
    if threads == 1:
        for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
            env[k] = "1"
    return env


def metrics(gold, pred):
    labels = sorted(set(gold))
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred)) / n
    f1s = {}
    for l in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == l and p == l)
        fp = sum(1 for g, p in zip(gold, pred) if g != l and p == l)
        fn = sum(1 for g, p in zip(gold, pred) if g == l and p != l)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[l] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return acc, sum(f1s.values()) / len(f1s), f1s


# ---------------------------------------------------------------------------------------
# Data preparation (not timed): the same records in each system's input format.
# ---------------------------------------------------------------------------------------

TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def ft_line(text):
    return " ".join(TOKEN.findall(text.lower()))


def vw_line(text):
    return " ".join(t for t in TOKEN.findall(text.lower()) if t not in ("|", ":"))


def prepare(name, train, test, out_dir, shuffle_seed=7):
    """Writes DIR/NAME/{train,test}.{jsonl,ft,vw}; returns a dict of paths and stats."""
    d = os.path.join(out_dir, "data", name)
    os.makedirs(d, exist_ok=True)
    info = {"dir": d}
    labels = set()
    for part, src in (("train", train), ("test", test)):
        recs = []
        with open(src, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    recs.append({"id": str(r.get("id", len(recs))), "text": r["text"],
                                 "label": r["label"], **({"context": r["context"]} if r.get("context") else {})})
        if part == "train":
            random.Random(shuffle_seed).shuffle(recs)  # online learners need shuffled data
        labels.update(r["label"] for r in recs)
        info[part + "_n"] = len(recs)
        info[part + "_text_bytes"] = sum(len(r["text"].encode("utf-8")) for r in recs)
        info[part + "_gold"] = [r["label"] for r in recs]
        info[part + "_jsonl"] = os.path.join(d, part + ".jsonl")
        with open(info[part + "_jsonl"], "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        info["labels"] = sorted(labels)
        with open(os.path.join(d, part + ".ft"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(f"__label__{r['label']} {ft_line(r['text'])}\n")
        info[part + "_ft"] = os.path.join(d, part + ".ft")
    lab_idx = {l: i + 1 for i, l in enumerate(info["labels"])}
    info["vw_labels"] = info["labels"]
    for part in ("train", "test"):
        path = os.path.join(d, part + ".vw")
        with open(info[part + "_jsonl"], encoding="utf-8") as fi, open(path, "w", encoding="utf-8") as f:
            for line in fi:
                r = json.loads(line)
                f.write(f"{lab_idx[r['label']]} |t {vw_line(r['text'])}\n")
        info[part + "_vw"] = path
    return info


# ---------------------------------------------------------------------------------------
# Systems
# ---------------------------------------------------------------------------------------

def run_system(system, threads, info, stance_bin, work, timeout, stance_extra=None):
    """Trains and predicts; returns a result row."""
    py = sys.executable
    env = thread_env(threads)
    os.makedirs(work, exist_ok=True)
    model = os.path.join(work, f"{system}-t{threads}.model")
    pred = os.path.join(work, f"{system}-t{threads}.pred")
    row = {"system": system, "threads": threads, "loadavg_before": os.getloadavg()[0]}
    tflag = ["--threads", str(threads)]
    if system.startswith("stance"):
        extra = stance_extra or []
        if system == "stance-cv5":
            extra = extra + ["--cv", "5"]
        elif system == "stance-hash":
            extra = extra + ["--hash-bits", "22", "--char-ngrams", "off"]
        elif system == "stance-sgd":
            # The large-corpus configuration: hashing and one AdaGrad epoch (linear time).
            extra = extra + ["--hash-bits", "20", "--solver", "sgd", "--epochs", "1"]
        # Not -q: the choices cross-validation made ("cv picked ...") are kept in the row.
        tr = [stance_bin, *tflag, "train", "--data", info["train_jsonl"], "--out", model + ".json", *extra]
        with open(pred, "wb") as out:
            tr_res = measure(tr, env, timeout=timeout)
            row["choice"] = "; ".join(l for l in measure.last_err.splitlines() if "picked" in l or "auto:" in l)
            if tr_res[2] != 0:
                return {**row, "error": str(tr_res[2])}
            pr_res = measure([stance_bin, *tflag, "-q", "predict", "--model", model + ".json",
                              "--data", info["test_jsonl"]], env, stdout=out, timeout=timeout)
        with open(pred, encoding="utf-8") as f:
            predicted = [json.loads(l)["label"] for l in f if l.strip()]
    elif system == "vw":
        vw = [py, "-m", "vowpalwabbit"]
        tr_res = measure([*vw, *VW_ARGS, "-d", info["train_vw"], "-f", model, "--quiet"], env, timeout=timeout)
        if tr_res[2] != 0:
            return {**row, "error": str(tr_res[2])}
        pr_res = measure([*vw, "-t", "-i", model, "-d", info["test_vw"], "-p", pred, "--quiet"], env, timeout=timeout)
        with open(pred) as f:
            predicted = [info["vw_labels"][int(float(l.split()[0])) - 1] for l in f if l.strip()]
    else:
        me = [py, os.path.abspath(__file__), "child", system]
        data_tr = info["train_ft"] if system == "fasttext" else info["train_jsonl"]
        data_te = info["test_ft"] if system == "fasttext" else info["test_jsonl"]
        tr_res = measure([*me, "train", "--data", data_tr, "--model", model, "--threads", str(threads)], env, timeout=timeout)
        row["choice"] = "; ".join(l for l in measure.last_err.splitlines() if "->" in l)
        if tr_res[2] != 0:
            return {**row, "error": str(tr_res[2])}
        pr_res = measure([*me, "predict", "--data", data_te, "--model", model, "--pred", pred,
                          "--threads", str(threads)], env, timeout=timeout)
        with open(pred) as f:
            predicted = [l.rstrip("\n") for l in f]
        with open(pred + ".inner") as f:
            row["predict_inner_s"] = float(f.read())
    if pr_res[2] != 0:
        return {**row, "error": str(pr_res[2]), "train_s": tr_res[0]}
    gold = info["test_gold"]
    if len(predicted) != len(gold):
        return {**row, "error": f"{len(predicted)} predictions for {len(gold)} records"}
    acc, mf1, _ = metrics(gold, predicted)
    return {**row, "train_s": tr_res[0], "predict_s": pr_res[0],
            "train_cpu_s": tr_res[3], "predict_cpu_s": pr_res[3],
            "cpu_rec_s": len(gold) / pr_res[3],
            "rec_s": len(gold) / pr_res[0], "mb_s": info["test_text_bytes"] / 1e6 / pr_res[0],
            "accuracy": acc, "macro_f1": mf1, "rss_train_mb": tr_res[1], "rss_predict_mb": pr_res[1]}


SYSTEMS = ["stance", "stance-sgd", "sklearn-lr", "sklearn-sgd", "fasttext", "vw"]
# Also available: stance-cv5 (`stance train --cv 5`), stance-hash, sklearn-ngram-lr-cv (word
# 1-3 + char 2-5 TF-IDF LR, C by 5-fold CV on the training data).
# Systems whose training/prediction has no thread setting: the all-cores row reuses the
# single-thread measurement (marked with *).
NO_THREADS = {"vw", "sklearn-lr", "sklearn-ngram-lr-cv"}


def fmt_table(name, info, rows):
    out = [f"\n### {name}: train {info['train_n']:,} records, test {info['test_n']:,} records "
           f"({info['test_text_bytes'] / 1e6:.1f} MB of text)\n",
           "| system | threads | train s (CPU s) | predict s (CPU s) | records/s | MB/s | records per CPU-s | in-process records/s | accuracy | macro-F1 | peak RSS MB (train/predict) | stance/peer: train time | stance/peer: records/s | stance−peer: macro-F1 |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    stance_by_t = {r["threads"]: r for r in rows if r["system"] == "stance" and "error" not in r}
    for r in rows:
        th = "1" if r["threads"] == 1 else "all"
        th += "*" if r.get("reused") else ""
        if "error" in r:
            out.append(f"| {r['system']} | {th} | {r.get('train_s', float('nan')):.2f} | error: {r['error']} | | | | | | | | | | |")
            continue
        s = stance_by_t.get(r["threads"])
        if s and r["system"] != "stance":
            ratio = (f"{s['train_s'] / r['train_s']:.2f}× (CPU {s['train_cpu_s'] / r['train_cpu_s']:.2f}×) | "
                     f"{s['rec_s'] / r['rec_s']:.2f}× (CPU {s['cpu_rec_s'] / r['cpu_rec_s']:.2f}×) | "
                     f"{(s['macro_f1'] - r['macro_f1']) * 100:+.1f} pt")
        else:
            ratio = "– | – | –"
        inner = f"{info['test_n'] / r['predict_inner_s']:,.0f}" if r.get("predict_inner_s") else "–"
        out.append(f"| {r['system']} | {th} | {r['train_s']:.2f} ({r['train_cpu_s']:.2f}) | "
                   f"{r['predict_s']:.2f} ({r['predict_cpu_s']:.2f}) | {r['rec_s']:,.0f} | "
                   f"{r['mb_s']:.2f} | {r['cpu_rec_s']:,.0f} | {inner} | {r['accuracy']:.4f} | {r['macro_f1']:.4f} | "
                   f"{r['rss_train_mb']:.0f} / {r['rss_predict_mb']:.0f} | {ratio} |")
    return "\n".join(out)


def bench_dataset(name, train, test, a, results):
    print(f"[bench] preparing {name}", file=sys.stderr, flush=True)
    info = prepare(name, train, test, a.out_dir)
    rows = []
    for threads in a.threads:
        for system in a.systems:
            if threads != 1 and system in NO_THREADS and 1 in a.threads:
                prev = next(r for r in rows if r["system"] == system and r["threads"] == 1)
                rows.append({**prev, "threads": threads, "reused": True})
                continue
            print(f"[bench] {name}: {system} threads={threads}", file=sys.stderr, flush=True)
            r = run_system(system, threads, info, a.stance, os.path.join(info["dir"], "work"), a.timeout)
            print(f"[bench]   {json.dumps(r)}", file=sys.stderr, flush=True)
            rows.append(r)
    rows.sort(key=lambda r: (r["threads"] != 1, r["system"] != "stance"))
    results[name] = {"train_n": info["train_n"], "test_n": info["test_n"],
                     "test_text_bytes": info["test_text_bytes"], "rows": rows}
    table = fmt_table(name, info, rows)
    print(table, flush=True)
    return table


# ---------------------------------------------------------------------------------------
# SemEval-2016 Task 6: 5-fold CV per target, F_avg = mean(F1(FAVOR), F1(AGAINST)).
# ---------------------------------------------------------------------------------------

def semeval(path, a):
    with open(path, encoding="cp1252", errors="replace") as f:
        lines = f.read().splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, l.split("\t"))) for l in lines[1:] if l.strip()]
    by_target = {}
    for r in rows:
        by_target.setdefault(r["Target"], []).append(r)
    d = os.path.join(a.out_dir, "semeval")
    os.makedirs(d, exist_ok=True)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline, make_union
    gold_all, pred = [], {"stance": [], "sklearn-ngram-lr": []}
    per_target = {}
    t_stance = t_sk = 0.0
    for target, recs in sorted(by_target.items()):
        texts = [r["Tweet"] for r in recs]
        labels = [r["Stance"] for r in recs]
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(texts, labels)
        p_st, p_sk = [None] * len(recs), [None] * len(recs)
        for k, (tr, te) in enumerate(folds):
            trf, tef = os.path.join(d, "train.jsonl"), os.path.join(d, "test.jsonl")
            for fn, idx in ((trf, tr), (tef, te)):
                with open(fn, "w", encoding="utf-8") as f:
                    for i in idx:
                        f.write(json.dumps({"id": recs[i]["ID"], "text": texts[i], "label": labels[i]}) + "\n")
            t0 = time.perf_counter()
            m = os.path.join(d, "m.json")
            subprocess.run([a.stance, "-q", "train", "--data", trf, "--out", m], check=True,
                           stdout=subprocess.DEVNULL)
            out = subprocess.run([a.stance, "-q", "predict", "--model", m, "--data", tef], check=True,
                                 capture_output=True, text=True).stdout
            t_stance += time.perf_counter() - t0
            for i, l in zip(te, out.splitlines()):
                p_st[i] = json.loads(l)["label"]
            t0 = time.perf_counter()
            base = make_pipeline(
                make_union(TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True),
                           TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True)),
                LogisticRegression(C=10.0, max_iter=2000))
            base.fit([texts[i] for i in tr], [labels[i] for i in tr])
            for i, l in zip(te, base.predict([texts[i] for i in te])):
                p_sk[i] = l
            t_sk += time.perf_counter() - t0
        per_target[target] = {}
        for sysname, p in (("stance", p_st), ("sklearn-ngram-lr", p_sk)):
            _, _, f1s = metrics(labels, p)
            per_target[target][sysname] = (f1s.get("FAVOR", 0) + f1s.get("AGAINST", 0)) / 2
            pred[sysname].extend(p)
        gold_all.extend(labels)
    res = {"n": len(rows), "per_target": per_target, "time_s": {"stance": t_stance, "sklearn-ngram-lr": t_sk}}
    out = [f"\n### SemEval-2016 Task 6 (training file, {len(rows):,} tweets): 5-fold CV per target, F_avg × 100\n",
           "| target | n | stance | sklearn word 1–3 + char 2–5 LR | stance − baseline |", "|---|---:|---:|---:|---:|"]
    for t in sorted(per_target):
        s, b = per_target[t]["stance"], per_target[t]["sklearn-ngram-lr"]
        out.append(f"| {t} | {len(by_target[t])} | {s * 100:.2f} | {b * 100:.2f} | {(s - b) * 100:+.2f} |")
    for sysname in pred:
        acc, mf1, f1s = metrics(gold_all, pred[sysname])
        res[sysname] = {"f_avg_pooled": (f1s["FAVOR"] + f1s["AGAINST"]) / 2, "accuracy": acc, "macro_f1": mf1,
                        "f_avg_mean_targets": sum(v[sysname] for v in per_target.values()) / len(per_target)}
    s, b = res["stance"], res["sklearn-ngram-lr"]
    out.append(f"| **all targets, pooled (official F_avg)** | {len(rows)} | **{s['f_avg_pooled'] * 100:.2f}** | "
               f"**{b['f_avg_pooled'] * 100:.2f}** | {(s['f_avg_pooled'] - b['f_avg_pooled']) * 100:+.2f} |")
    out.append(f"| mean over targets | | {s['f_avg_mean_targets'] * 100:.2f} | {b['f_avg_mean_targets'] * 100:.2f} | "
               f"{(s['f_avg_mean_targets'] - b['f_avg_mean_targets']) * 100:+.2f} |")
    out.append(f"\nWall time for all 25 folds: stance {t_stance:.1f} s (train+predict CLI processes), "
               f"baseline {t_sk:.1f} s (in-process).")
    table = "\n".join(out)
    print(table, flush=True)
    return res, table


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        return child(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--stance", required=True, help="stance release binary")
    r.add_argument("--out-dir", required=True)
    r.add_argument("--dataset", action="append", default=[], metavar="NAME=TRAIN,TEST",
                   help="a train/test pair of JSONL files (text, label)")
    r.add_argument("--sizes", default="", help="generated corpus sizes, e.g. 10000,50000,200000")
    r.add_argument("--test-size", type=int, default=0, help="generated test records (default: = train size)")
    r.add_argument("--semeval", help="path of semeval2016-task6-trainingdata.txt")
    r.add_argument("--systems", default=",".join(SYSTEMS))
    r.add_argument("--threads", default=f"1,{os.cpu_count()}")
    r.add_argument("--timeout", type=float, default=3600)
    a = ap.parse_args()
    a.systems = a.systems.split(",")
    a.threads = [int(t) for t in a.threads.split(",")]
    os.makedirs(a.out_dir, exist_ok=True)
    results, tables = {}, []
    for ds in a.dataset:
        name, files = ds.split("=", 1)
        train, test = files.split(",")
        tables.append(bench_dataset(name, train, test, a, results))
    for n in [int(s) for s in a.sizes.split(",") if s]:
        gd = os.path.join(a.out_dir, "gen")
        os.makedirs(gd, exist_ok=True)
        tr, te = os.path.join(gd, f"train-{n}.jsonl"), os.path.join(gd, f"test-{n}.jsonl")
        nt = a.test_size or n
        for path, seed, count in ((tr, 1, n), (te, 2, nt)):
            if not os.path.exists(path):
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "-n", str(count),
                                "--seed", str(seed), "-o", path], check=True)
        tables.append(bench_dataset(f"generated-{n // 1000}k", tr, te, a, results))
    if a.semeval:
        if os.path.exists(a.semeval):
            res, table = semeval(a.semeval, a)
            results["semeval"] = res
            tables.append(table)
        else:
            print(f"[bench] SemEval file {a.semeval} not found: skipping SemEval-2016", file=sys.stderr)
    with open(os.path.join(a.out_dir, "results.json"), "w") as f:
        json.dump(results, f, indent=1, default=str)
    with open(os.path.join(a.out_dir, "results.md"), "w") as f:
        f.write("\n".join(tables) + "\n")


if __name__ == "__main__":
    main()
