#!/usr/bin/env bash
# How fast could govaudit crawl with no page checks at all? Builds the
# current commit with bench/ceiling.patch applied (every page but the home
# page is parsed and its links collected, nothing else), then benchmarks
# that build with bench/run.sh. The gap between this and an ordinary run is
# what the checks cost; this run itself is the ceiling of the crawler, the
# parser (html5ever) and the HTTP client on this machine.
#
#   bench/ceiling.sh                       # -> bench/results-20000-ceiling.md
#   PAGES=20000 GOVAUDIT_SETTINGS="32:32" REPEAT=3 bench/ceiling.sh
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
PAGES=${PAGES:-20000}
OUT=$BENCH/out
SRC=$OUT/ceiling-src
TARGET=$OUT/ceiling-target

log() { printf '[ceiling %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# A worktree of HEAD, so the checkout in use is never touched.
git -C "$REPO" worktree remove --force "$SRC" 2>/dev/null || rm -rf "$SRC"
git -C "$REPO" worktree prune
git -C "$REPO" worktree add --detach -q "$SRC" HEAD
trap 'git -C "$REPO" worktree remove --force "$SRC" 2>/dev/null || true' EXIT
git -C "$SRC" apply "$BENCH/ceiling.patch"
log "cargo build --release (ceiling build, target dir $TARGET)"
(cd "$SRC" && CARGO_TARGET_DIR=$TARGET cargo build --release -q)

GOVAUDIT_BIN=$TARGET/release/govaudit \
GOVAUDIT_NOTE="ceiling build: bench/ceiling.patch applied to $(git -C "$REPO" rev-parse --short HEAD) (pages parsed and their links collected; no page checks or facts but on the home page)" \
ONLY=govaudit \
GOVAUDIT_SETTINGS=${GOVAUDIT_SETTINGS:-4:32 32:32 64:64} \
RESULTS=${RESULTS:-$BENCH/results-$PAGES-ceiling.md} \
PAGES=$PAGES \
    "$BENCH/run.sh"
