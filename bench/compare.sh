#!/usr/bin/env bash
# Side-by-side benchmark of stance against scikit-learn, fastText and Vowpal Wabbit (issue 5).
#
#   bench/compare.sh [--stance BIN] [--train FILE --test FILE] [--sizes 10000,50000,200000] [--big]
#                    [--semeval PATH] [--threads 1,N] [--systems LIST] [--skip-project]
#
# 1. creates bench/.venv and installs the peers from PyPI (scikit-learn, fasttext-numpy2-wheel,
#    vowpalwabbit, numpy);
# 2. builds stance (release) and copies the binary to bench/out/stance, so concurrent rebuilds
#    of target/ cannot change it mid-run;
# 3. runs every system on (1) the project corpus split (default: training_data/quotes.jsonl,
#    split train+dev -> test; or --train/--test), (2) generated corpora (bench/gen.py) of the
#    given sizes (--big adds 1,000,000), (3) SemEval-2016 Task 6 when --semeval points at
#    semeval2016-task6-trainingdata.txt (never commit that file: its terms forbid it);
# 4. prints markdown tables; also writes bench/out/results.{md,json}.
# Nothing here is part of `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ORIG_ARGS="$*"
OUT=$ROOT/bench/out
STANCE_BIN="" TRAIN="" TEST="" SIZES="10000,50000,200000" SEMEVAL="" THREADS="1,$(nproc)" SYSTEMS="" SKIP_PROJECT=0 EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --stance) STANCE_BIN=$2; shift 2 ;;
    --train) TRAIN=$2; shift 2 ;;
    --test) TEST=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --big) SIZES="$SIZES,1000000"; shift ;;
    --semeval) SEMEVAL=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --systems) SYSTEMS=$2; shift 2 ;;
    --skip-project) SKIP_PROJECT=1; shift ;;
    --timeout) EXTRA+=(--timeout "$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"

# 1. Peers.
VENV=$ROOT/bench/.venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q --disable-pip-version-check scikit-learn fasttext-numpy2-wheel vowpalwabbit numpy
PY=$VENV/bin/python

# 2. stance.
# (--stance BIN uses an existing binary instead, e.g. when another build holds the cargo lock.)
if [ -z "$STANCE_BIN" ]; then
  cargo build --release --quiet
  STANCE_BIN=target/release/stance
fi
cp "$STANCE_BIN" "$OUT/stance.new" && mv "$OUT/stance.new" "$OUT/stance"
STANCE=$OUT/stance

# 3. Datasets.
ARGS=(run --stance "$STANCE" --out-dir "$OUT" --threads "$THREADS" --sizes "$SIZES" "${EXTRA[@]}")
[ -n "$SYSTEMS" ] && ARGS+=(--systems "$SYSTEMS")
if [ "$SKIP_PROJECT" = 0 ]; then
  if [ -n "$TRAIN" ] && [ -n "$TEST" ]; then
    ARGS+=(--dataset "project=$TRAIN,$TEST")
  elif [ -f training_data/quotes.jsonl ] && grep -q '"split"' training_data/quotes.jsonl; then
    # The project's split: what `stance train --split train,dev` / `--split test` read; the
    # same records are extracted for every system with a small filter.
    "$PY" - "$OUT" <<'EOF'
import json, sys
out = sys.argv[1]
with open("training_data/quotes.jsonl", encoding="utf-8") as f, \
     open(f"{out}/project-train.jsonl", "w", encoding="utf-8") as tr, \
     open(f"{out}/project-test.jsonl", "w", encoding="utf-8") as te:
    for line in f:
        if line.strip():
            r = json.loads(line)
            s = r.get("split")
            if s in ("train", "dev"):
                tr.write(line)
            elif s == "test":
                te.write(line)
EOF
    ARGS+=(--dataset "project=$OUT/project-train.jsonl,$OUT/project-test.jsonl")
  else
    # No split field yet: hold out whole scenarios (about 20%) from training_data/parts.
    "$PY" - "$OUT" <<'EOF'
import glob, hashlib, json, sys
out = sys.argv[1]
with open(f"{out}/project-train.jsonl", "w", encoding="utf-8") as tr, \
     open(f"{out}/project-test.jsonl", "w", encoding="utf-8") as te:
    for p in sorted(glob.glob("training_data/parts/*.jsonl")):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                h = int(hashlib.sha256(r.get("scenario", "").encode()).hexdigest(), 16) % 5
                (te if h == 0 else tr).write(line)
EOF
    echo "[bench] training_data/quotes.jsonl has no split yet: held out scenarios of training_data/parts" >&2
    ARGS+=(--dataset "project-parts=$OUT/project-train.jsonl,$OUT/project-test.jsonl")
  fi
fi
if [ -n "$SEMEVAL" ]; then
  ARGS+=(--semeval "$SEMEVAL")
fi

echo "## Machine" && lscpu | grep -E '^(Model name|CPU\(s\)|Thread|L2|L3)' && free -g | head -2
echo "## Command: bench/compare.sh $ORIG_ARGS"
"$PY" bench/driver.py "${ARGS[@]}"
