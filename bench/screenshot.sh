#!/usr/bin/env bash
# Renders the demo portal's HTML scorecard and the ranking in headless
# Chromium, so a person can look at them as an evaluator would print them.
#
#   bench/screenshot.sh            # writes docs/scorecard.png and docs/ranking.png
#
# Needs Debian's chromium (apt-get install -y chromium) and, for Chinese
# text, a CJK font (apt-get install -y fonts-wqy-microhei or fonts-noto-cjk).
# The demo's dates are relative to --as-of, pinned here so the pictures
# only change when the scorecard does.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AS_OF=${AS_OF:-2026-11-26}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 1; }
cd "$REPO"
cargo build --release --quiet
./target/release/govaudit demo -q --as-of "$AS_OF" --out "$OUT" --format html > /dev/null

shoot() {
  local page=$1 png=$2 height=$3
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1280,"$height" --screenshot="$png" "file://$page" 2>/dev/null
  echo "$png"
}
shoot "$OUT/demo/$AS_OF/scorecard.html" "$REPO/docs/scorecard.png" 2400
shoot "$OUT/demo-ranking/$AS_OF/ranking.html" "$REPO/docs/ranking.png" 700
