#!/usr/bin/env bash
# Agreement of govaudit's a11y.* checks with axe-core (not run in CI).
#
#   bench/axe/run.sh
#
# Serves the sample portal (`govaudit demo --serve`), the check fixtures
# (checks/fixtures/*/*.html, behind a generated index page) and
# tests/sites/*/ on 127.0.0.1 (and, with SAVED_PAGES, a folder of saved
# real pages), audits each with govaudit, runs axe-core over every HTML page
# in headless Chromium with the pages' own scripts blocked, and writes
# bench/axe/results.md and bench/axe/disagreements.md.
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
#   GOVAUDIT_COMMIT=abc123  what results.md names as the measured commit (default: this checkout's HEAD)
#   RENDER_PAGES=N         govaudit's rendered pass on (`audit --render`, config `[a11y]
#                          render_pages = N`; RENDER_CONFIG overrides the TOML, {N} replaced);
#                          the rule sets are then compared on the pages govaudit rendered only.
#                          Skipped, with a line saying why, when the binary has no such pass.
#                          GOVAUDIT_AXE_CORE defaults to the bench's own axe.min.js
#   SAVED_PAGES=/path      also serve this folder of saved real pages (every *.html / *.htm
#                          under it but the browser's `<page>_files/` folders, behind a
#                          generated index) as the site "saved", one audit
#                          per page; keep such pages out of the repository
#   SITES="demo,fixtures,columns,county,portal,saved"   the sites to measure (default: all)
set -euo pipefail
# All in one function, read whole before it runs: editing this file while it
# runs cannot change what it does.
main() {

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
AS_OF=${AS_OF:-2026-11-26}
MAX_PAGES_SET=${MAX_PAGES:-}
MAX_PAGES=${MAX_PAGES:-2000}
FIXTURES=${FIXTURES:-checks/fixtures/*/*.html}
OUT=${OUT:-$BENCH}
SITES=${SITES:-}
want() { [[ -z "$SITES" || ",$SITES," == *",$1,"* ]]; }

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
  # A server that outlives its TERM (seen once on a loaded machine) is killed.
  for _ in $(seq 30); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive == 1 ]] || break
    sleep 0.1
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The sample portal.
DEMO_PORT=$(free_port)
"$GOVAUDIT" demo --serve --port "$DEMO_PORT" --as-of "$AS_OF" >"$WORK/demo.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$DEMO_PORT/"

# An index page linking every file given (one crawl reaches them all);
# paths are percent-encoded (saved pages have spaces and CJK in their names).
index_page() { # TITLE PREFIX FILE...
  python3 - "$@" <<'PY'
import html, sys, urllib.parse
title, prefix, files = sys.argv[1], sys.argv[2], sys.argv[3:]
print(f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body><main><ul>')
for rel in files:
    print(f'<li><a href="{html.escape(urllib.parse.quote(prefix + rel))}">{html.escape(rel)}</a></li>')
print('</ul></main></body></html>')
PY
}

# The fixtures, behind an index page.
mkdir -p "$WORK/fixtures"
ln -s "$REPO/checks/fixtures" "$WORK/fixtures/checks"
FIXTURE_FILES=()
while IFS= read -r f; do FIXTURE_FILES+=("${f#checks/fixtures/}"); done < <(cd "$REPO" && for f in $FIXTURES; do [[ -f "$f" ]] && echo "$f"; done)
index_page fixtures checks/ "${FIXTURE_FILES[@]}" >"$WORK/fixtures/index.html"
FIX_PORT=$(free_port)
python3 -m http.server "$FIX_PORT" --bind 127.0.0.1 --directory "$WORK/fixtures" >"$WORK/fixtures.log" 2>&1 &
PIDS+=($!)

# Saved real pages (SAVED_PAGES), behind an index page, served as saved.
SAVED_SITE=()
if [[ -n "${SAVED_PAGES:-}" ]] && want saved; then
  [[ -d "$SAVED_PAGES" ]] || { echo "SAVED_PAGES=$SAVED_PAGES is not a folder" >&2; exit 1; }
  mkdir -p "$WORK/saved"
  ln -s "$(cd "$SAVED_PAGES" && pwd)" "$WORK/saved/pages"
  SAVED_FILES=()
  while IFS= read -r f; do SAVED_FILES+=("${f#./}"); done < <(cd "$SAVED_PAGES" && find -L . -type f \( -name '*.html' -o -name '*.htm' \) -not -path '*_files/*' | LC_ALL=C sort)
  index_page saved pages/ "${SAVED_FILES[@]}" >"$WORK/saved/index.html"
  SAVED_PORT=$(free_port)
  python3 -m http.server "$SAVED_PORT" --bind 127.0.0.1 --directory "$WORK/saved" >"$WORK/saved.log" 2>&1 &
  PIDS+=($!)
  wait_http "http://127.0.0.1:$SAVED_PORT/"
  SAVED_SITE=(--site-per-page "saved=http://127.0.0.1:$SAVED_PORT/" --exclude "http://127.0.0.1:$SAVED_PORT/")
fi

# The test sites (tests/sites/*/ with an index.html), served as the Rust
# tests serve them: *.gbk.html and *.big5.html re-encoded at *.html, {{EXT}}
# filled in (serve_site.py).
TEST_SITES=()
for dir in "$REPO"/tests/sites/*/; do
  [[ -f "$dir/index.html" ]] || continue
  name=$(basename "$dir")
  want "$name" || continue
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
COMMIT=${GOVAUDIT_COMMIT:-$(cd "$REPO" && git rev-parse --short HEAD)$(cd "$REPO" && git diff --quiet HEAD -- src checks reports || echo "+uncommitted")}
# The rendered pass runs the same axe-core as the bench (GOVAUDIT_AXE_CORE
# is where govaudit looks for it first), unless told otherwise.
[[ -n "${RENDER_PAGES:-}" ]] && export GOVAUDIT_AXE_CORE="${GOVAUDIT_AXE_CORE:-$BENCH/node_modules/axe-core/axe.min.js}"
SITE_ARGS=()
want demo && SITE_ARGS+=(--site "demo=http://127.0.0.1:$DEMO_PORT/")
want fixtures && SITE_ARGS+=("$FIXTURES_SITE" "fixtures=http://127.0.0.1:$FIX_PORT/" --exclude "http://127.0.0.1:$FIX_PORT/")
SITE_ARGS+=("${TEST_SITES[@]}" "${SAVED_SITE[@]}")
# The command as given, minus paths private to this machine.
COMMAND="${RULES:+RULES=$RULES }${FIXTURES_ONE_CRAWL:+FIXTURES_ONE_CRAWL=$FIXTURES_ONE_CRAWL }${RENDER_PAGES:+RENDER_PAGES=$RENDER_PAGES }${SITES:+SITES=$SITES }${SAVED_PAGES:+SAVED_PAGES=… }${MAX_PAGES_SET:+MAX_PAGES=$MAX_PAGES }bench/axe/run.sh"
cd "$BENCH"
node compare.mjs \
  --govaudit "$GOVAUDIT" --out "$OUT" --as-of "$AS_OF" --max-pages "$MAX_PAGES" \
  --commit "$COMMIT ($("$GOVAUDIT" --version))" \
  --command "$COMMAND" \
  ${RULES:+--rules "$RULES"} \
  ${RENDER_PAGES:+--render "$RENDER_PAGES"} \
  "${SITE_ARGS[@]}"
}
main "$@"
exit
