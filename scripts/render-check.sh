#!/usr/bin/env bash
# Renders both HTML reports in headless Chromium and fails if either page logs anything to the
# console. The pages carry no scripts and may fetch nothing (a Content-Security-Policy says so),
# so every console message is a defect: a blocked fetch, a CSP violation, a parse error.
#
#   scripts/render-check.sh            # build, render, screenshot, check
#   CHROMIUM=/path/to/chromium scripts/render-check.sh
#   RENDER_CHECK_NO_INSTALL=1 ...      # never apt-get install; exit 3 if no browser
#   RENDER_CHECK_VALIDATE=0 ...        # skip the html-validate pass (npm)
#
# Writes into target/reports/: evaluation.html, article.html, <page>.png (1400x2000 viewport),
# <page>-full.png (1400x3400, the whole page), <page>.console.log (Chromium's stderr).
# Exit status: 0 all good, 1 a page failed a check, 2 setup failed, 3 no browser available.
# Kept outside `cargo test` because it needs a browser; CI runs it where chromium installs.

set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=target/reports
mkdir -p "$out"

say() { printf 'render-check: %s\n' "$*" >&2; }

# 1. A browser: Debian's chromium package, installed if missing.
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z $chromium ]]; then
    if [[ ${RENDER_CHECK_NO_INSTALL:-0} == 1 ]]; then
        say "chromium not found (set CHROMIUM or unset RENDER_CHECK_NO_INSTALL)"
        exit 3
    fi
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
        say "chromium not found and cannot install it (needs root and apt-get); set CHROMIUM"
        exit 3
    fi
    say "installing chromium (apt-get)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
        say "could not install chromium (apt-get failed)"
        exit 3
    fi
    chromium=$(command -v chromium || true)
    [[ -n $chromium ]] || { say "chromium installed but not on PATH"; exit 3; }
fi
say "browser: $("$chromium" --version 2>/dev/null | head -n1)"

# 2. The pages, from a small model trained on the corpus.
say "building and writing the reports"
cargo run --quiet --release -j"${CARGO_BUILD_JOBS:-1}" --example render_reports -- "$out" >/dev/null ||
    { say "examples/render_reports failed"; exit 2; }

status=0
fail() { say "FAIL: $*"; status=1; }

shoot() { # page.html png width,height log
    local profile
    profile=$(mktemp -d)
    # --host-resolver-rules: even if a fetch slipped past the CSP, it could not leave the machine.
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-component-update --disable-sync \
        --no-first-run --no-default-browser-check --hide-scrollbars \
        --host-resolver-rules='MAP * ~NOTFOUND' \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 \
        --window-size="$3" --screenshot="$root/$2" "file://$root/$1" >/dev/null 2>"$4"
    local rc=$?
    rm -rf "$profile"
    return $rc
}

# 3. Render, screenshot, and read the console.
for page in evaluation article; do
    html=$out/$page.html
    log=$out/$page.console.log
    [[ -s $html ]] || { fail "$html was not written"; continue; }
    bytes=$(stat -c %s "$html")
    ((bytes < 2 * 1024 * 1024)) || fail "$html is $bytes bytes (limit 2 MiB)"
    if grep -qiE '<script|<link[^>]+rel="?stylesheet|src="https?:' "$html"; then
        fail "$html references scripts or external resources"
    fi
    rm -f "$out/$page.png" "$out/$page-full.png"
    shoot "$html" "$out/$page.png" 1400,2000 "$log" || fail "chromium exited with an error on $html (see $log)"
    shoot "$html" "$out/$page-full.png" 1400,3400 "$log.full" || fail "chromium (full page) failed on $html"
    cat "$log.full" >>"$log" && rm -f "$log.full"
    for png in "$out/$page.png" "$out/$page-full.png"; do
        [[ -s $png ]] || fail "no screenshot $png"
    done
    # Chromium logs every console message as INFO:CONSOLE; uncaught errors and failed loads too.
    if grep -E 'CONSOLE|Uncaught|Failed to load|net::ERR_' "$log" >"$log.errors"; then
        fail "$html logged to the console:"
        sed 's/^/    /' "$log.errors" >&2
    else
        say "ok: $html ($bytes bytes) -> $out/$page.png, $out/$page-full.png"
    fi
    rm -f "$log.errors"
done

# 4. Markup validation (html-validate from npm, run offline once installed).
if [[ ${RENDER_CHECK_VALIDATE:-1} == 1 ]]; then
    if command -v npm >/dev/null; then
        tools=target/render-check
        mkdir -p "$tools"
        if [[ ! -x $tools/node_modules/.bin/html-validate ]]; then
            say "installing html-validate (npm)"
            npm install --prefix "$tools" --no-audit --no-fund --silent html-validate@9 >/dev/null 2>&1 ||
                say "warning: could not install html-validate; markup not validated"
        fi
        if [[ -x $tools/node_modules/.bin/html-validate ]]; then
            printf '{ "extends": ["html-validate:standard"] }\n' >"$tools/htmlvalidate.json"
            if "$tools/node_modules/.bin/html-validate" --config "$tools/htmlvalidate.json" \
                "$out/evaluation.html" "$out/article.html" >&2; then
                say "ok: markup validates (html-validate:standard)"
            else
                fail "markup does not validate"
            fi
        fi
    else
        say "warning: npm not found; markup not validated"
    fi
fi

((status == 0)) && say "all checks passed" || say "some checks failed"
exit $status
