#!/usr/bin/env bash
# Crawl benchmark: govaudit against other link checkers on one synthetic,
# clean county portal served by a local nginx.  See bench/README.md.
#
#   bench/run.sh                                  # 20000 pages, every tool
#   PAGES=100000 ONLY=govaudit GOVAUDIT_SETTINGS="32:32 64:64" REPEAT=2 bench/run.sh   # the large run
#
# Settings (environment):
#   PAGES=20000            HTML pages in the generated portal
#   ONLY="govaudit muffy wget linkchecker lychee"   tools to run, in order
#   GOVAUDIT_SETTINGS="4:32 8:8 16:16 32:32 64:64 128:128"   per_host:concurrency pairs to try (4:32 = its defaults)
#   MUFFY_CONCURRENCY="default"                     muffy --concurrency values to try ("default" = no flag:
#                          half its open-file limit, 10000; faster than 64 or 256 in trials)
#   LINKCHECKER_THREADS="10"                        linkchecker --threads values to try (10 beat 4, 32, 64 in trials)
#   LYCHEE_CONCURRENCY="128 256"                    lychee --max-concurrency (= --host-concurrency) values to try (64 was slower)
#   REPEAT=3               runs of each govaudit/lychee setting (the summary keeps the fastest)
#   REPEAT_SLOW=1          runs of each muffy/wget/linkchecker setting (they take minutes)
#   NGINX_WORKERS=auto     nginx worker_processes
#   INSTALL=1              install missing tools (0: skip tools that are missing)
#   BUILD=1                cargo build --release first
#   TIMEOUT=1800           seconds after which a run is stopped (exit 124 in the results)
#   MUFFY_TIMEOUT=600      the same for muffy, which slows down sharply past ~5000 pages
#   RESULTS=bench/results-$PAGES.md   where the summary goes (a govaudit-only run should not
#                          overwrite the table with every peer)
#   WAIT_LOAD=1.0          before each run, wait (max 120 s) for the 1-min load average to drop below this
#   GOVAUDIT_BIN=          benchmark this govaudit binary instead of building target/release/govaudit
#                          (bench/ceiling.sh passes a build with the page checks taken out)
#   GOVAUDIT_NOTE=         a line added to the results' description of the govaudit binary
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
PAGES=${PAGES:-20000}
ONLY=${ONLY:-govaudit muffy wget linkchecker lychee}
GOVAUDIT_SETTINGS=${GOVAUDIT_SETTINGS:-4:32 8:8 16:16 32:32 64:64 128:128}
MUFFY_CONCURRENCY=${MUFFY_CONCURRENCY:-default}
LINKCHECKER_THREADS=${LINKCHECKER_THREADS:-10}
LYCHEE_CONCURRENCY=${LYCHEE_CONCURRENCY:-128 256}
REPEAT=${REPEAT:-3}
REPEAT_SLOW=${REPEAT_SLOW:-1}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
INSTALL=${INSTALL:-1}
BUILD=${BUILD:-1}
WAIT_LOAD=${WAIT_LOAD:-1.0}
TIMEOUT=${TIMEOUT:-1800}
MUFFY_TIMEOUT=${MUFFY_TIMEOUT:-600}
RESULTS=${RESULTS:-$BENCH/results-$PAGES.md}
GOVAUDIT_BIN=${GOVAUDIT_BIN:-}
GOVAUDIT_NOTE=${GOVAUDIT_NOTE:-}

OUT=$BENCH/out
PORTAL=$OUT/portal-$PAGES
RUNS=$OUT/runs-$PAGES
NGX=$RUNS/nginx
GOVAUDIT=$REPO/target/release/govaudit
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
has() { command -v "$1" >/dev/null 2>&1; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }

mkdir -p "$OUT" "$RUNS"
rm -rf "$RUNS"/*.run "$RUNS"/*.time "$RUNS"/*.stdout "$RUNS"/*.stderr "$RUNS"/*.log "$RUNS"/notes.txt "$RUNS"/govaudit*
NOTES=$RUNS/notes.txt
: >"$NOTES"
note() { log "$*"; echo "$*" >>"$NOTES"; }

# ---------------------------------------------------------------- install
APT_UPDATED=0
apt_install() { # package
    if [[ $APT_UPDATED == 0 ]]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}
ensure() { # command, how (apt:PKG | pip:PKG | cargo:CRATE)
    local cmd=$1 how=$2
    has "$cmd" && return 0
    if [[ $INSTALL != 1 ]]; then note "$cmd: not installed and INSTALL=0"; return 1; fi
    log "installing $cmd ($how)"
    case $how in
        apt:*) apt_install "${how#apt:}" ;;
        pip:*) python3 -m pip install -q "${how#pip:}" ;;
        cargo:*) cargo install "${how#cargo:}" --locked || {
                     note "$cmd: cargo install --locked failed (its lock file names a crate version the registry does not serve); installed without --locked"
                     cargo install "${how#cargo:}"; } ;;
    esac || { note "$cmd: install failed ($how)"; return 1; }
    has "$cmd" || { note "$cmd: installed ($how) but not on PATH"; return 1; }
}

ensure nginx apt:nginx
[[ -x /usr/bin/time ]] || apt_install time
ensure python3 apt:python3
AVAILABLE=""
for tool in $ONLY; do
    case $tool in
        govaudit) AVAILABLE+=" govaudit" ;;
        wget) ensure wget apt:wget && AVAILABLE+=" wget" || true ;;
        linkchecker) ensure linkchecker pip:linkchecker && AVAILABLE+=" linkchecker" || true ;;
        lychee) ensure lychee cargo:lychee && AVAILABLE+=" lychee" || true ;;
        muffy) ensure muffy cargo:muffy && AVAILABLE+=" muffy" || true ;;
        *) note "unknown tool $tool"; exit 2 ;;
    esac
done

if [[ -n $GOVAUDIT_BIN ]]; then
    [[ -x $GOVAUDIT_BIN ]] || { note "GOVAUDIT_BIN=$GOVAUDIT_BIN is not an executable"; exit 2; }
    GOVAUDIT=$GOVAUDIT_BIN
elif wants govaudit && [[ $BUILD == 1 ]]; then
    log "cargo build --release"
    if ! (cd "$REPO" && cargo build --release -q); then
        if [[ -x $GOVAUDIT ]]; then
            note "govaudit: cargo build --release failed; benchmarked the existing binary built $(date -r "$GOVAUDIT" '+%F %T')"
        else
            note "govaudit: cargo build --release failed and there is no binary"; exit 1
        fi
    fi
fi

if wants govaudit; then
    # Benchmark a private copy: target/release/govaudit may be rebuilt by
    # someone else while the benchmark runs.
    BUILT=$GOVAUDIT
    cp "$BUILT" "$RUNS/govaudit"
    GOVAUDIT=$RUNS/govaudit
    {
        echo "commit: $(cd "$REPO" && git rev-parse --short HEAD) ($(cd "$REPO" && git log -1 --format=%s))"
        if [[ -z $GOVAUDIT_BIN ]]; then
            echo "uncommitted: $(cd "$REPO" && git status --porcelain -- src checks reports Cargo.toml Cargo.lock | wc -l) files under src/ checks/ reports/ Cargo.*"
        fi
        echo "binary: ${BUILT#"$REPO"/} built $(date -r "$BUILT" '+%F %T'), sha256 $(sha256sum "$GOVAUDIT" | cut -c1-16), copied to $GOVAUDIT"
        echo "version: $("$GOVAUDIT" --version)"
        if [[ -n $GOVAUDIT_NOTE ]]; then echo "note: $GOVAUDIT_NOTE"; fi
    } >"$RUNS/govaudit-build.txt"
fi

source "$BENCH/common.sh"

# ---------------------------------------------------------------- portal
ensure_portal "$BENCH" "$PAGES" "$PORTAL"

# ---------------------------------------------------------------- nginx
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
write_nginx_conf "$NGX" "$PORT" "$PORTAL/site" "$NGINX_WORKERS"
NGINX_PID=""
cleanup() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        log "nginx stopped"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
nginx -p "$NGX" -c "$NGX/nginx.conf"
for _ in $(seq 50); do [[ -s $NGX/nginx.pid ]] && break; sleep 0.1; done
NGINX_PID=$(cat "$NGX/nginx.pid")
curl_ok=$(python3 -c "import urllib.request; print(urllib.request.urlopen('$BASE/').status)")
[[ $curl_ok == 200 ]] || { note "nginx does not answer on $BASE"; exit 1; }
log "nginx (pid $NGINX_PID, workers $NGINX_WORKERS) serves $PORTAL/site on $BASE"

nginx_cpu() { # CPU seconds used so far by the nginx workers
    local total=0 pid
    for pid in $(ps -o pid= --ppid "$NGINX_PID"); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    python3 -c "print($total / $(getconf CLK_TCK))"
}

wait_quiet() {
    local i
    for i in $(seq 120); do
        python3 -c "import os,sys; sys.exit(0 if os.getloadavg()[0] < $WAIT_LOAD else 1)" && return 0
        sleep 1
    done
    note "load average still $(cut -d' ' -f1 /proc/loadavg) after 120 s of waiting (another process is busy)"
}

# run ID TOOL SETTING -- command...   (one measured run)
run() {
    local id=$1 tool=$2 setting=$3; shift 4
    wait_quiet
    sync
    : >"$NGX/access.log"
    local load_before cpu_before cpu_after start end rc
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    cpu_before=$(nginx_cpu)
    local errors_before
    errors_before=$(wc -l <"$NGX/error.log")
    log "run $id: $*"
    start=$(date +%s.%N)
    set +e
    local limit=$TIMEOUT
    [[ $tool == muffy ]] && limit=$MUFFY_TIMEOUT
    /usr/bin/time -v -o "$RUNS/$id.time" timeout -k 10 "$limit" "$@" >"$RUNS/$id.stdout" 2>"$RUNS/$id.stderr" </dev/null
    rc=$?
    [[ $rc == 124 ]] && note "$id: stopped after $limit s (exit 124)"
    set -e
    end=$(date +%s.%N)
    sleep 0.5 # let nginx finish writing the last log lines
    cpu_after=$(nginx_cpu)
    cp "$NGX/access.log" "$RUNS/$id.access.log"
    local errors_after
    errors_after=$(wc -l <"$NGX/error.log")
    tail -n +$((errors_before + 1)) "$NGX/error.log" >"$RUNS/$id.nginx-errors.log"
    python3 -c '
import json, shlex, sys
out, id_, tool, setting, rc, start, end, load, cpu0, cpu1, errs = sys.argv[1:12]
json.dump({
    "id": id_, "tool": tool, "setting": setting, "rc": int(rc),
    "wall": float(end) - float(start), "load_before": load,
    "nginx_cpu": round(float(cpu1) - float(cpu0), 2),
    "nginx_errors": int(errs),
    "command": " ".join(shlex.quote(a) for a in sys.argv[12:]),
}, open(out, "w"), indent=1)
' "$RUNS/$id.run" "$id" "$tool" "$setting" "$rc" "$start" "$end" "$load_before" "$cpu_before" "$cpu_after" \
        "$((errors_after - errors_before))" "$@"
    log "run $id: exit $rc, $(python3 -c "print(round($end - $start, 1))") s, $(wc -l <"$RUNS/$id.access.log") requests"
}

# ---------------------------------------------------------------- tools
sed "s|^|$BASE|" "$PORTAL/pages.txt" >"$RUNS/page-urls.txt"

cat >"$RUNS/linkcheckerrc" <<EOF
[checking]
# LinkChecker waits 1/mrps..6/mrps between two requests to a host; with the
# LinkChecker header sent by the server this is the only limit left.
maxrequestspersecond=100000
recursionlevel=-1
[filtering]
checkextern=0
[output]
status=0
warnings=0
EOF
chmod 644 "$RUNS/linkcheckerrc"

ROUNDS=$(( REPEAT > REPEAT_SLOW ? REPEAT : REPEAT_SLOW ))
for r in $(seq "$ROUNDS"); do
    for tool in $AVAILABLE; do
        case $tool in
            muffy|wget|linkchecker) [[ $r -le $REPEAT_SLOW ]] || continue; sfx=""; [[ $REPEAT_SLOW -gt 1 ]] && sfx="-r$r" ;;
            *) [[ $r -le $REPEAT ]] || continue; sfx=""; [[ $REPEAT -gt 1 ]] && sfx="-r$r" ;;
        esac
        case $tool in
        govaudit)
            for s in $GOVAUDIT_SETTINGS; do
                ph=${s%%:*}; c=${s##*:}
                rm -rf "$OUT/govaudit/$PAGES-$ph-$c"
                extra=()
                [[ $PAGES -gt 100000 ]] && extra=(--max-pages $((PAGES + 1000))) # its default is 100000
                # A database of its own for each run: every run is a first
                # crawl (journaling its answers), never a conditional re-crawl
                # of the previous repeat (bench/recrawl.sh measures those).
                db="$RUNS/govaudit-$ph-$c$sfx.db"; rm -f "$db" "$db-wal" "$db-shm"
                run "govaudit-$ph-$c$sfx" govaudit "--per-host $ph --concurrency $c" -- \
                    "$GOVAUDIT" audit "$BASE/" --out "$OUT/govaudit/$PAGES-$ph-$c" -q --db "$db" \
                    --per-host "$ph" --concurrency "$c" "${extra[@]}"
            done ;;
        muffy)
            for c in $MUFFY_CONCURRENCY; do
                if [[ $c == default ]]; then
                    # muffy's default: half its open file limit (--open-file-limit, default 20000)
                    run "muffy-default$sfx" muffy "default concurrency" -- muffy check-site "$BASE/"
                else
                    run "muffy-$c$sfx" muffy "--concurrency $c" -- muffy check-site --concurrency "$c" "$BASE/"
                fi
            done ;;
        wget)
            rm -rf "$RUNS/wget-tmp"; mkdir -p "$RUNS/wget-tmp"
            run "wget$sfx" wget "single connection" -- \
                wget --spider -r -l inf -nd -nv -P "$RUNS/wget-tmp" "$BASE/" ;;
        linkchecker)
            for t in $LINKCHECKER_THREADS; do
                run "linkchecker-$t$sfx" linkchecker "--threads $t" -- \
                    linkchecker -f "$RUNS/linkcheckerrc" --threads "$t" --no-status -o none "$BASE/"
            done ;;
        lychee)
            for c in $LYCHEE_CONCURRENCY; do
                run "lychee-$c$sfx" lychee "--max-concurrency $c" -- \
                    lychee --files-from "$RUNS/page-urls.txt" --max-concurrency "$c" --host-concurrency "$c" \
                    --host-request-interval 0ms --no-progress
            done ;;
        esac
    done
done

# ---------------------------------------------------------------- report
python3 "$BENCH/summarize.py" --pages "$PAGES" --portal "$PORTAL" --runs "$RUNS" --base "$BASE" \
    --out "$RESULTS" --govaudit-out "$OUT/govaudit" --nginx-workers "$NGINX_WORKERS"
log "wrote $RESULTS"
