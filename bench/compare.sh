#!/usr/bin/env bash
# Two govaudit builds on the same generated portal: the full audit's pages
# per second for each, runs alternated so that both meet the same machine
# load, the best run of each kept. This is how a change says what it costs
# (the rule: more than 5 % of the full audit's pages/s must be said, with
# numbers).
#
#   BASE_BIN=/work/bin/govaudit-before NEW_BIN=target/release/govaudit bench/compare.sh
#   PAGES=5000 REPEAT=3 BASE_BIN=… NEW_BIN=… bench/compare.sh     # smaller, when time is short
#
# Settings (environment): BASE_BIN and NEW_BIN (required), BASE_NOTE and
# NEW_NOTE (what each build is, for the results), PAGES=20000, REPEAT=3,
# PER_HOST=32, CONCURRENCY=32, NGINX_WORKERS=auto,
# RESULTS=bench/results-compare-$PAGES.md.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
: "${BASE_BIN:?BASE_BIN: the build to compare against}"
: "${NEW_BIN:?NEW_BIN: the build under test}"
BASE_NOTE=${BASE_NOTE:-$BASE_BIN}
NEW_NOTE=${NEW_NOTE:-$NEW_BIN}
PAGES=${PAGES:-20000}
REPEAT=${REPEAT:-3}
PER_HOST=${PER_HOST:-32}
CONCURRENCY=${CONCURRENCY:-32}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
RESULTS=${RESULTS:-$BENCH/results-compare-$PAGES.md}
OUT=$BENCH/out
PORTAL=$OUT/portal-$PAGES
RUNS=$OUT/compare-$PAGES

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# shellcheck source=bench/common.sh
source "$BENCH/common.sh"

command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
mkdir -p "$RUNS"
ensure_portal "$BENCH" "$PAGES" "$PORTAL"

PORT=$(free_port)
write_nginx_conf "$RUNS/nginx" "$PORT" "$PORTAL/site" "$NGINX_WORKERS"
nginx -c "$RUNS/nginx/nginx.conf" -e "$RUNS/nginx/error.log"
trap 'nginx -c "$RUNS/nginx/nginx.conf" -e "$RUNS/nginx/error.log" -s stop 2>/dev/null || true' EXIT
URL=http://127.0.0.1:$PORT


declare -A BEST PAGES_OF
for r in $(seq "$REPEAT"); do
    for key in base new; do
        bin=$BASE_BIN; [[ $key == new ]] && bin=$NEW_BIN
        read -r s p < <(audit "$bin" "$URL")
        log "$key, run $r: $s s, $p pages"
        best "$key" "$s"; PAGES_OF[$key]=$p
    done
done

rate() { python3 -c "print(round(${PAGES_OF[$1]} / ${BEST[$1]}))"; }
{
    echo "# Two builds on the generated portal"
    echo
    echo "Measured $(date -u '+%F %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); \`--per-host $PER_HOST --concurrency $CONCURRENCY\`, best of $REPEAT alternated runs."
    echo "Command: \`BASE_BIN=$BASE_BIN NEW_BIN=$NEW_BIN PAGES=$PAGES REPEAT=$REPEAT bench/compare.sh\`"
    echo
    echo "| build | pages | best wall s | pages/s |"
    echo "|---|---:|---:|---:|"
    echo "| base: $BASE_NOTE | ${PAGES_OF[base]} | ${BEST[base]} | $(rate base) |"
    echo "| new: $NEW_NOTE | ${PAGES_OF[new]} | ${BEST[new]} | $(rate new) |"
    echo
    echo "New against base: $(python3 -c "print(f'{(${PAGES_OF[new]} / ${BEST[new]}) / (${PAGES_OF[base]} / ${BEST[base]}) * 100 - 100:+.1f} %')") pages/s."
} > "$RESULTS"
cat "$RESULTS"
