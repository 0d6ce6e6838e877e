#!/usr/bin/env bash
# Peak RSS of `stance predict` streaming stdin, for growing inputs: it must stay flat
# (records are read and predicted one batch at a time). Not part of `cargo test`.
#   bench/rss.sh [SIZES_MB]      default: "10 100 1000"
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10 100 1000"}
cargo build --release --quiet
stance=target/release/stance
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen.py -n 20000 --seed 7 -o "$work/train.jsonl" >/dev/null
$stance -q train --data "$work/train.jsonl" --out "$work/m.json" --hash-bits 18 --solver sgd --epochs 1
python3 bench/gen.py -n 40000 --seed 8 -o "$work/block.jsonl" >/dev/null
block=$(stat -c %s "$work/block.jsonl")
printf '| input MB | records | peak RSS MB | seconds |\n|---:|---:|---:|---:|\n'
for mb in $sizes; do
  reps=$(( (mb * 1000000 + block - 1) / block ))
  # The same block repeated: the generator need not write a gigabyte first.
  start=$(date +%s.%N)
  rss=$( { for _ in $(seq "$reps"); do cat "$work/block.jsonl"; done; } |
    /usr/bin/time -f '%M' "$stance" predict --model "$work/m.json" --data - 2>&1 >/dev/null | tail -n1)
  end=$(date +%s.%N)
  printf '| %s | %s | %.0f | %.1f |\n' "$mb" "$((reps * 40000))" "$(echo "$rss / 1024" | bc -l)" "$(echo "$end - $start" | bc -l)"
done
