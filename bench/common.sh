#!/usr/bin/env bash
# What the benchmarks share, sourced by bench/run.sh, recrawl.sh, scripted.sh and compare.sh so
# that they measure the same portal against the same server.
#
#   ensure_portal BENCH PAGES PORTAL         # generates the portal unless gen_portal.py is unchanged since
#   free_port                                # prints a free TCP port on 127.0.0.1
#   write_nginx_conf DIR PORT ROOT WORKERS   # writes DIR/nginx.conf (logs, pid and temp files in DIR)
#   audit BIN URL [ARGS…]                    # one govaudit audit of URL; prints "seconds pages"
#                                            # (uses RUNS, PER_HOST, CONCURRENCY of the caller)
#   best KEY SECONDS                         # keeps the lowest SECONDS per KEY in the caller's BEST

ensure_portal() {
    local BENCH=$1 PAGES=$2 PORTAL=$3 sum
    sum=$(sha256sum "$BENCH/gen_portal.py" | cut -c1-16)
    if [[ -f $PORTAL/manifest.json && "$(cat "$PORTAL/.generator" 2>/dev/null)" == "$sum" ]]; then
        log "portal $PORTAL is up to date"
    else
        log "generating $PAGES pages into $PORTAL"
        python3 "$BENCH/gen_portal.py" --pages "$PAGES" --out "$PORTAL" >/dev/null
        echo "$sum" >"$PORTAL/.generator"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_nginx_conf() {
    local NGX=$1 PORT=$2 ROOT=$3 WORKERS=$4
    rm -rf "$NGX"; mkdir -p "$NGX/tmp"; touch "$NGX/error.log"
    local NOFILE
    NOFILE=$(ulimit -Hn); [[ $NOFILE == unlimited ]] && NOFILE=1048576
    cat >"$NGX/nginx.conf" <<EOF
worker_processes $WORKERS;
worker_rlimit_nofile $NOFILE;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
events { worker_connections 8192; multi_accept on; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format bench '\$request_method \$request_uri \$status \$body_bytes_sent';
    access_log $NGX/access.log bench;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 120s;
    keepalive_requests 100000;
    open_file_cache max=10000 inactive=300s;
    open_file_cache_valid 300s;
    server_tokens off;
    log_not_found off;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    server {
        listen 127.0.0.1:$PORT backlog=4096;
        root $ROOT;
        index index.html;
        # LinkChecker keeps >= 0.1 s between requests to a host unless the
        # server answers with this header (linkcheck/checker/httpurl.py);
        # the other tools ignore it.
        add_header LinkChecker 1;
    }
}
EOF
}

audit() {
    local bin=$1 url=$2; shift 2
    local out=$RUNS/out db=$RUNS/run.db t0 t1 pages
    rm -rf "$out" "$db" "$db-wal" "$db-shm"
    t0=$(date +%s.%N)
    "$bin" audit "$url/" --out "$out" -q --db "$db" --as-of 2026-11-26 \
        --per-host "$PER_HOST" --concurrency "$CONCURRENCY" "$@" >/dev/null 2>"$RUNS/stderr" || true
    t1=$(date +%s.%N)
    pages=$(python3 -c 'import json,sys,glob; print(json.load(open(glob.glob(sys.argv[1]+"/**/report.json", recursive=True)[0]))["sites"][0]["stats"]["pages"])' "$out")
    echo "$(python3 -c "print(round($t1 - $t0, 3))") $pages"
}

best() {
    local old=${BEST[$1]:-}
    if [[ -z $old ]] || python3 -c "import sys; sys.exit(0 if $2 < $old else 1)"; then BEST[$1]=$2; fi
}
