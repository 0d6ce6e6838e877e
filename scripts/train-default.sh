#!/usr/bin/env bash
# Retrains the shipped default model from the corpus (train + dev splits) and writes its
# held-out test-split reports: models/withdrawal.json, withdrawal.report.json, withdrawal.report.md.
# The model bytes are deterministic: `cargo test` checks they match this command's output.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
stance=./target/release/stance
data=training_data/quotes.jsonl

# Quotes of the train and dev articles as the extractor reads them, labeled by their gold
# party (never the test articles): regenerated so they follow the current extraction rules.
$stance data harvest training_data/articles/train training_data/articles/dev \
  --against "$data" --out training_data/article_quotes.jsonl
# Domain features (cue lexicon, contrast scopes) pinned on: the automatic choice cross-validates
# on a 3,000-record sample and flips within 0.7 points between runs of the corpus; with the
# train split only, dev quote macro-F1 is 0.907 with them and 0.882 without.
$stance train --data "$data" training_data/article_quotes.jsonl --split train,dev --domain-features on --out models/withdrawal.json
$stance evaluate --data "$data" --split test --format json > /tmp/stance-quotes-test.json
$stance evaluate --articles training_data/articles/test --format json > /tmp/stance-articles-test.json
$stance evaluate --data "$data" --split dev --format json > /tmp/stance-quotes-dev.json

{
  printf '{"model":"models/withdrawal.json","trained_on":"%s --split train,dev --domain-features on","sha256":"%s",\n' \
    "$data training_data/article_quotes.jsonl" "$(sha256sum models/withdrawal.json | cut -d' ' -f1)"
  printf '"quote_level_test":'; cat /tmp/stance-quotes-test.json; printf ',\n'
  printf '"article_level_test":'; cat /tmp/stance-articles-test.json; printf '}\n'
} > models/withdrawal.report.json.tmp
mv models/withdrawal.report.json.tmp models/withdrawal.report.json

{
  echo "# models/withdrawal.json — held-out test results"
  echo
  echo "Trained by \`stance train --data $data training_data/article_quotes.jsonl --split train,dev --domain-features on --out models/withdrawal.json\`"
  echo "(defaults: word 1–2-grams, cue lexicon, negation/contrast scopes, speech-verb and context"
  echo "features, character n-grams left to cross-validation (it picks none for this corpus), TF-IDF,"
  echo "C chosen by the same cross-validation from 20, 5 and 1, balanced class weights, contrast"
  echo "focus 0.5). Scores below are on"
  echo "the test split, which no setting was tuned on. Regenerate with \`scripts/train-default.sh\`."
  echo
  echo "## Quote level (training_data/quotes.jsonl, split = test)"
  echo
  echo '```'
  $stance evaluate --data "$data" --split test
  echo '```'
  echo
  echo "## Article level, end to end (training_data/articles/test)"
  echo
  echo '```'
  $stance evaluate --articles training_data/articles/test
  echo '```'
  if [ -f models/withdrawal.errors.md ]; then
    echo
    cat models/withdrawal.errors.md
  fi
} > models/withdrawal.report.md
echo "wrote models/withdrawal.json, models/withdrawal.report.json, models/withdrawal.report.md"
