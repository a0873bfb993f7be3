#!/usr/bin/env bash
# Agreement of govaudit's a11y.* checks with axe-core (not run in CI).
#
#   bench/axe/run.sh
#
# Serves the sample portal (`govaudit demo --serve`), the check fixtures
# (checks/fixtures/*/*.html, behind a generated index page) and
# tests/sites/*/ on 127.0.0.1, audits each with govaudit, runs axe-core
# over every HTML page in headless Chromium with the pages' own scripts
# blocked, and writes bench/axe/results.md and bench/axe/disagreements.md.
# See bench/axe/README.md.
#
# Settings (environment):
#   GOVAUDIT=path          the binary to measure (default: cargo build --release, then
#                          $CARGO_TARGET_DIR/release/govaudit)
#   AS_OF=2026-11-26       the day the demo portal is generated for and the audits use
#   MAX_PAGES=2000         most HTML pages walked per site
#   FIXTURES="checks/fixtures/*/*.html"   fixture files linked from the generated index
#   FIXTURES_ONE_CRAWL=0   1: audit the fixtures with one crawl from the index page instead of
#                          one audit per page (shows pages folded into their copies)
#   OUT=bench/axe          where results.md and disagreements.md go
#   RULES="image-alt,label" axe rule ids to compare instead of the a11y.* ids `govaudit checks`
#                          lists (to try the pipeline, or measure a rule before it exists)
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
AS_OF=${AS_OF:-2026-11-26}
MAX_PAGES=${MAX_PAGES:-2000}
FIXTURES=${FIXTURES:-checks/fixtures/*/*.html}
OUT=${OUT:-$BENCH}

if [[ -z "${GOVAUDIT:-}" ]]; then
  (cd "$REPO" && cargo build --release --bin govaudit >&2)
  GOVAUDIT="${CARGO_TARGET_DIR:-$REPO/target}/release/govaudit"
fi
if [[ ! -d "$BENCH/node_modules/axe-core" || ! -d "$BENCH/node_modules/playwright-core" ]]; then
  (cd "$BENCH" && npm ci --no-audit --no-fund >&2)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() {
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing answers at $1" >&2
  return 1
}

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The sample portal.
DEMO_PORT=$(free_port)
"$GOVAUDIT" demo --serve --port "$DEMO_PORT" --as-of "$AS_OF" >"$WORK/demo.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$DEMO_PORT/"

# The fixtures, behind an index page linking every file (one crawl reaches them all).
mkdir -p "$WORK/fixtures"
ln -s "$REPO/checks/fixtures" "$WORK/fixtures/checks"
{
  echo '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixtures</title></head><body><main><ul>'
  (cd "$REPO" && for f in $FIXTURES; do
    [[ -f "$f" ]] || continue
    rel=${f#checks/fixtures/}
    echo "<li><a href=\"checks/$rel\">$rel</a></li>"
  done)
  echo '</ul></main></body></html>'
} >"$WORK/fixtures/index.html"
FIX_PORT=$(free_port)
python3 -m http.server "$FIX_PORT" --bind 127.0.0.1 --directory "$WORK/fixtures" >"$WORK/fixtures.log" 2>&1 &
PIDS+=($!)

# The test sites (tests/sites/*/ with an index.html), served as the Rust
# tests serve them: *.gbk.html and *.big5.html re-encoded at *.html, {{EXT}}
# filled in (serve_site.py).
TEST_SITES=()
for dir in "$REPO"/tests/sites/*/; do
  [[ -f "$dir/index.html" ]] || continue
  name=$(basename "$dir")
  port=$(free_port)
  python3 "$BENCH/serve_site.py" "$port" "$dir" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  wait_http "http://127.0.0.1:$port/"
  TEST_SITES+=(--site "$name=http://127.0.0.1:$port/")
done
wait_http "http://127.0.0.1:$FIX_PORT/"

# A crawl reports one page of each set with the same visible text and
# links; each fixture's firing and clean cases are such sets, so by default
# govaudit audits each fixture page on its own.
FIXTURES_SITE=--site-per-page
[[ "${FIXTURES_ONE_CRAWL:-0}" == 1 ]] && FIXTURES_SITE=--site
COMMIT=$(cd "$REPO" && git rev-parse --short HEAD)$(cd "$REPO" && git diff --quiet HEAD -- src checks reports || echo "+uncommitted")
cd "$BENCH"
node compare.mjs \
  --govaudit "$GOVAUDIT" --out "$OUT" --as-of "$AS_OF" --max-pages "$MAX_PAGES" \
  --commit "$COMMIT ($("$GOVAUDIT" --version))" \
  --command "${RULES:+RULES=$RULES }${FIXTURES_ONE_CRAWL:+FIXTURES_ONE_CRAWL=$FIXTURES_ONE_CRAWL }bench/axe/run.sh" \
  ${RULES:+--rules "$RULES"} \
  --site "demo=http://127.0.0.1:$DEMO_PORT/" \
  "$FIXTURES_SITE" "fixtures=http://127.0.0.1:$FIX_PORT/" \
  --exclude "http://127.0.0.1:$FIX_PORT/" \
  "${TEST_SITES[@]}"
