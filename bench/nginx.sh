#!/usr/bin/env bash
# The nginx both benchmarks serve the synthetic portal with, sourced by
# bench/run.sh and bench/recrawl.sh so that they measure against one server.
#
#   write_nginx_conf DIR PORT ROOT WORKERS   # writes DIR/nginx.conf (logs, pid and temp files in DIR)

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
