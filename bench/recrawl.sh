#!/usr/bin/env bash
# Re-crawl benchmark (issue #7): a monthly re-audit of an unchanged portal
# against the first audit, in bytes and requests the county's server sends.
# The same synthetic portal as bench/run.sh, served by nginx (which answers
# If-None-Match / If-Modified-Since with 304, as most servers do), audited
# twice with one history database.
#
#   bench/recrawl.sh                  # 20000 pages
#   PAGES=2000 bench/recrawl.sh       # a quick look
#
# Writes bench/results-recrawl-$PAGES.md.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
PAGES=${PAGES:-20000}
SETTING=${SETTING:-4:32}
OUT=$BENCH/out
PORTAL=$OUT/portal-$PAGES
RUNS=$OUT/recrawl-$PAGES
NGX=$RUNS/nginx
log() { printf '[recrawl %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
[[ -x /usr/bin/time ]] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
(cd "$REPO" && cargo build --release -q)
rm -rf "$RUNS"; mkdir -p "$RUNS"
cp "$REPO/target/release/govaudit" "$RUNS/govaudit"

source "$BENCH/common.sh"
ensure_portal "$BENCH" "$PAGES" "$PORTAL"

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
write_nginx_conf "$NGX" "$PORT" "$PORTAL/site" auto
nginx -p "$NGX" -c "$NGX/nginx.conf"
trap 'kill -QUIT "$(cat "$NGX/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [[ -s $NGX/nginx.pid ]] && break; sleep 0.1; done

DB=$RUNS/govaudit.db
ph=${SETTING%%:*}; c=${SETTING##*:}
for run in first second; do
    : >"$NGX/access.log"
    log "$run audit of $BASE/"
    /usr/bin/time -v -o "$RUNS/$run.time" "$RUNS/govaudit" audit "$BASE/" --db "$DB" --out "$RUNS/out-$run" \
        -q --format json --per-host "$ph" --concurrency "$c" >"$RUNS/$run.stdout" 2>"$RUNS/$run.stderr"
    sleep 0.5
    cp "$NGX/access.log" "$RUNS/$run.access.log"
done
DB_BYTES=$(du -cb "$DB"* | tail -1 | cut -f1)

python3 - "$RUNS" "$PAGES" "$SETTING" "$DB_BYTES" "$(cd "$REPO" && git rev-parse --short HEAD)" >"$BENCH/results-recrawl-$PAGES.md" <<'EOF'
import collections, re, sys
runs, pages, setting, db_bytes, commit = sys.argv[1:6]
def access(run):
    requests, sent, statuses = 0, 0, collections.Counter()
    for line in open(f"{runs}/{run}.access.log"):
        method, uri, status, size = line.split()
        requests += 1; sent += int(size); statuses[status] += 1
    return requests, sent, statuses
def timing(run):
    t = open(f"{runs}/{run}.time").read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", t).group(1)
    parts = [float(p) for p in wall.split(":")]
    secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    return secs, rss
rows = {r: (access(r), timing(r)) for r in ("first", "second")}
(fr, fb, fs), _ = rows["first"]
print(f"# Re-crawl of an unchanged {int(pages):,}-page portal\n")
print(f"`PAGES={pages} bench/recrawl.sh`, commit {commit}, govaudit `--per-host {setting.split(':')[0]} "
      f"--concurrency {setting.split(':')[1]}`, nginx on 127.0.0.1, one history database for both runs.\n")
print("| run | requests | body bytes sent by the server | share of the first run's bytes | 200 | 304 | wall s | peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for run, ((req, sent, st), (wall, rss)) in rows.items():
    print(f"| {run} | {req:,} | {sent:,} | {100 * sent / fb:.1f} % | {st['200']:,} | {st['304']:,} | {wall:.1f} | {rss:.1f} |")
print(f"\nHistory database after both runs: {int(db_bytes) / 1e6:.1f} MB "
      "(the latest crawl's answers and its pages' bodies, LZ4-compressed).")
EOF
log "wrote $BENCH/results-recrawl-$PAGES.md"
cat "$BENCH/results-recrawl-$PAGES.md"
