#!/usr/bin/env bash
# The cost of reading lists that scripts build (issue 16), two numbers:
#
# 1. pages/s on the generated portal (bench/gen_portal.py: TRS list pages,
#    which call createPageHTML) for this checkout's release build, and, given
#    BASE_BIN, for a build without the readers, runs alternated so that
#    both meet the same machine load; the summary keeps each one's best
#    run and the difference (the readers must cost a site that does not
#    use them at most 2 %), plus the readers' own share of the page
#    analysis, timed apart (checks/examples/scripted_cost.rs).
# 2. pages rendered per minute with --render: a generated site of
#    RENDER_PAGES column pages whose lists only a browser builds, audited
#    with and without --render; the extra wall time is the rendering.
#
#   BASE_BIN=/tmp/base/target/release/govaudit bench/scripted.sh
#   PAGES=5000 REPEAT=3 bench/scripted.sh          # smaller, when time is short
#
# Settings (environment): PAGES=20000, REPEAT=3, RENDER_PAGES=30 (the per-site
# cap), BASE_BIN= (skip the comparison when empty), BUILD=1, NGINX_WORKERS=auto,
# PER_HOST=32 CONCURRENCY=32, RESULTS=bench/results-scripted-$PAGES.md.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
PAGES=${PAGES:-20000}
REPEAT=${REPEAT:-3}
RENDER_PAGES=${RENDER_PAGES:-30}
BASE_BIN=${BASE_BIN:-}
BUILD=${BUILD:-1}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
PER_HOST=${PER_HOST:-32}
CONCURRENCY=${CONCURRENCY:-32}
RESULTS=${RESULTS:-$BENCH/results-scripted-$PAGES.md}
OUT=$BENCH/out
PORTAL=$OUT/portal-$PAGES
RUNS=$OUT/scripted-$PAGES
GOVAUDIT=$REPO/target/release/govaudit

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# shellcheck source=bench/common.sh
source "$BENCH/common.sh"

command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
[[ $BUILD == 1 ]] && (cd "$REPO" && cargo build --release --locked -q)
mkdir -p "$RUNS"
ensure_portal "$BENCH" "$PAGES" "$PORTAL"

# The render site: RENDER_PAGES columns, each list written by an inline
# script no reader knows, ten articles each.
SITE=$RUNS/render-site
rm -rf "$SITE"; mkdir -p "$SITE"
python3 - "$SITE" "$RENDER_PAGES" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
links = "".join(f'<li><a href="/col{c}/index.html">栏目{c:02d}</a></li>' for c in range(n))
open(f"{root}/index.html", "w").write(f'<html><head><meta charset="utf-8"><title>清溪县人民政府</title></head><body><ul>{links}</ul></body></html>')
for c in range(n):
    os.makedirs(f"{root}/col{c}", exist_ok=True)
    rows = ",".join(f"['/col{c}/t{a}.html','第{c}栏目第{a}条政务动态信息标题','2026-11-{20 - a:02d}']" for a in range(10))
    open(f"{root}/col{c}/index.html", "w").write(
        f'<html><head><meta charset="utf-8"><title>栏目{c}</title><meta name="ColumnName" content="栏目{c}"></head><body>'
        f'<ul id="list"></ul><script>var rows=[{rows}];var h="";for(var i=0;i<rows.length;i++){{h+="<li><a href=\\""+rows[i][0]+"\\">"+rows[i][1]+"</a><span>"+rows[i][2]+"</span></li>";}}'
        'document.getElementById("list").innerHTML=h;</script></body></html>')
    for a in range(10):
        open(f"{root}/col{c}/t{a}.html", "w").write('<html><head><meta charset="utf-8"><title>文章</title></head><body><p>正文。</p></body></html>')
PY

serve() { # name root → prints the base URL
    local dir=$RUNS/nginx-$1 port
    port=$(free_port)
    write_nginx_conf "$dir" "$port" "$2" "$NGINX_WORKERS"
    nginx -c "$dir/nginx.conf" -e "$dir/error.log"
    echo "http://127.0.0.1:$port"
}
stop() { nginx -c "$RUNS/nginx-$1/nginx.conf" -e "$RUNS/nginx-$1/error.log" -s stop 2>/dev/null || true; }
trap 'stop portal; stop render' EXIT
PORTAL_URL=$(serve portal "$PORTAL/site")
RENDER_URL=$(serve render "$SITE")


declare -A BEST
for r in $(seq "$REPEAT"); do
    read -r s p < <(audit "$GOVAUDIT" "$PORTAL_URL"); log "readers on, run $r: $s s, $p pages"; best new "$s"; NEW_PAGES=$p
    if [[ -n $BASE_BIN ]]; then
        read -r s p < <(audit "$BASE_BIN" "$PORTAL_URL"); log "before the readers, run $r: $s s, $p pages"; best base "$s"
    fi
done
# The readers' own share of the page analysis, on the same portal's pages.
SHARE=$(cd "$REPO" && cargo run --release --locked -q -p checks --example scripted_cost -- "$PORTAL/site")
log "$SHARE"
read -r plain _ < <(audit "$GOVAUDIT" "$RENDER_URL")
read -r rendered _ < <(audit "$GOVAUDIT" "$RENDER_URL" --render)
grep -i chromium "$RUNS/stderr" >&2 || true

{
    echo "# Script-built lists: cost (issue 16)"
    echo
    echo "Measured $(date -u '+%F %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); \`--per-host $PER_HOST --concurrency $CONCURRENCY\`, best of $REPEAT."
    echo "Command: \`BASE_BIN=${BASE_BIN:-…} PAGES=$PAGES REPEAT=$REPEAT bench/scripted.sh\`"
    echo
    echo "| build | pages | best wall s | pages/s |"
    echo "|---|---:|---:|---:|"
    echo "| with the readers ($(git -C "$REPO" rev-parse --short HEAD)) | $NEW_PAGES | ${BEST[new]} | $(python3 -c "print(round($NEW_PAGES / ${BEST[new]}))") |"
    if [[ -n $BASE_BIN ]]; then
        echo "| before the readers (\`$BASE_BIN\`) | $NEW_PAGES | ${BEST[base]} | $(python3 -c "print(round($NEW_PAGES / ${BEST[base]}))") |"
        echo
        echo "Difference: $(python3 -c "print(round((${BEST[new]} / ${BEST[base]} - 1) * 100, 1))") % wall time."
    fi
    echo
    echo "Readers' share of the page analysis (\`cargo run --release -p checks --example scripted_cost\`): $SHARE"
    echo
    echo "--render on $RENDER_PAGES list pages only a browser can read: $plain s without, $rendered s with;"
    echo "$(python3 -c "d = $rendered - $plain; print(round($RENDER_PAGES / d * 60) if d > 0 else 'n/a')") pages rendered per minute."
} | tee "$RESULTS"
