#!/usr/bin/env bash
# The memory and time attacks of tests/hostile.rs at full size: pages of
# 5 MB built to cost a parser memory or time, each audited alone and sixteen
# at once, with peak RSS and CPU time measured by GNU time. Everything stays
# on 127.0.0.1 (a Python static server). Writes bench/results-hostile.md and
# the table between the hostile-bench markers of README.md.
#
#   bench/hostile.sh              # builds govaudit (release) first
#   BUILD=0 bench/hostile.sh      # uses target/release/govaudit as it is
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=$BENCH/out/hostile
SIZE=${SIZE:-5242880}
BUILD=${BUILD:-1}
log() { echo "[hostile] $*" >&2; }

command -v /usr/bin/time >/dev/null || { log "needs GNU time (apt-get install time)"; exit 2; }
if [[ $BUILD == 1 ]]; then (cd "$ROOT" && cargo build --release --locked); fi
BIN=$OUT/govaudit
rm -rf "$OUT"; mkdir -p "$OUT/site" "$OUT/runs"
cp "$ROOT/target/release/govaudit" "$BIN"

log "writing the attack pages ($SIZE bytes each)"
python3 - "$OUT/site" "$SIZE" <<'PY'
import os, sys
site, size = sys.argv[1], int(sys.argv[2])
def fill(unit, head=""):
    body = head + unit * ((size - len(head)) // len(unit))
    return body.encode()
pages = {
    "nul": b"\0" * size,
    "random": os.urandom(size),
    "stray-end-tags": fill("<span></x>"),
    "empty-comment-then-nesting": fill("<div>", "<!-->"),
    "deep-nesting": fill("<div>"),
    "reopened-formatting": fill("<p>x", "<b id=1><i id=2><u id=3>" * 30),
    "wide": fill("<p>x"),
    "long-title": fill("长", "<title>"),
}
for name, body in pages.items():
    with open(f"{site}/{name}.html", "wb") as f:
        f.write(body)
    with open(f"{site}/{name}-x16.html", "w") as f:
        f.write("".join(f'<a href="/{name}.html?copy={i}">{i}</a>' for i in range(16)))
with open(f"{site}/small.html", "w") as f:
    f.write("<title>小页面</title><p>基线</p>")
PY

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$OUT/site" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/small.html" >/dev/null 2>&1 && break; sleep 0.1; done

# measure NAME URL FLAGS…: one audit; prints "cpu_s peak_mb wall_s".
measure() {
    local name=$1 url=$2; shift 2
    local dir=$OUT/runs/$name
    mkdir -p "$dir"
    /usr/bin/time -f "%U %S %M %e" -o "$dir/time" \
        "$BIN" audit "$url" --out "$dir/out" --no-db -q --timeout 60 "$@" >"$dir/stdout" 2>"$dir/stderr" || true
    read -r user sys rss wall <"$dir/time"
    python3 -c "print(f'{$user + $sys:.2f} {$rss / 1024:.0f} {$wall:.2f}')"
}

ATTACKS="nul random stray-end-tags empty-comment-then-nesting deep-nesting reopened-formatting wide long-title"
RESULTS=$OUT/table.md
{
    echo "| page (5 MB) | one page: CPU s | one page: peak MB | 16 at once, --per-host 4: peak MB | 16 at once, --per-host 16: peak MB | 16 at once: CPU s |"
    echo "|---|---:|---:|---:|---:|---:|"
    read -r cpu rss _ <<<"$(measure small "http://127.0.0.1:$PORT/small.html" --max-pages 1)"
    echo "| (a small page, for scale) | $cpu | $rss | | | |"
    for attack in $ATTACKS; do
        log "$attack"
        read -r cpu rss _ <<<"$(measure "$attack" "http://127.0.0.1:$PORT/$attack.html" --max-pages 1)"
        read -r _ rss4 _ <<<"$(measure "$attack-x16-4" "http://127.0.0.1:$PORT/$attack-x16.html" --per-host 4 --concurrency 16)"
        read -r cpu16 rss16 _ <<<"$(measure "$attack-x16-16" "http://127.0.0.1:$PORT/$attack-x16.html" --per-host 16 --concurrency 16)"
        echo "| $attack | $cpu | $rss | $rss4 | $rss16 | $cpu16 |"
    done
} >"$RESULTS"

CORES=$(nproc)
{
    echo "# Hostile pages: memory and time"
    echo
    echo "Written by \`bench/hostile.sh\` on $(date -u +%Y-%m-%d) ($CORES cores, $(git -C "$ROOT" rev-parse --short HEAD))."
    echo "Each row audits one 5 MB page alone (\`--max-pages 1\`), then a page linking sixteen copies of it."
    echo "CPU is user + system time of the whole run, peak is the process's maximum RSS (GNU time)."
    echo "Targets: one page under 1 s of CPU and 100 MB; sixteen at once under 400 MB at any \`--per-host\`."
    echo
    cat "$RESULTS"
} >"$BENCH/results-hostile.md"

# The table in README.md, between its markers.
python3 - "$ROOT/README.md" "$RESULTS" <<'PY'
import re, sys
readme, table = sys.argv[1], open(sys.argv[2]).read().strip()
text = open(readme).read()
start, end = "<!-- hostile-bench:start -->", "<!-- hostile-bench:end -->"
if start in text and end in text:
    text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: f"{start}\n{table}\n{end}", text, flags=re.S)
    open(readme, "w").write(text)
PY
log "wrote bench/results-hostile.md"
cat "$BENCH/results-hostile.md"
