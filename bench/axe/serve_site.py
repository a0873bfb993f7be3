#!/usr/bin/env python3
"""Serves a tests/sites/<name>/ folder the way the Rust tests do (tests/common/mod.rs).

Files are kept in UTF-8 there; `x.gbk.html` and `x.big5.html` are served at
`x.html`, encoded in that charset, with no charset in the header (as county
servers do). `{{EXT}}` and `{{CLOSED}}` become the base URL of a port
nothing listens on (the bench audits with --no-external).

    serve_site.py PORT DIR
"""

import http.server
import mimetypes
import os
import socket
import sys

ENCODED = {".gbk.html": "gbk", ".big5.html": "big5"}


def closed_base():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def load(root):
    closed = closed_base()
    routes = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            data = open(path, "rb").read()
            route, ctype, charset = "/" + rel, mimetypes.guess_type(name)[0] or "application/octet-stream", None
            for suffix, enc in ENCODED.items():
                if rel.endswith(suffix):
                    route, ctype, charset = "/" + rel[: -len(suffix)] + ".html", "text/html", enc
            if ctype == "text/html":
                text = data.decode("utf-8").replace("{{EXT}}", closed).replace("{{CLOSED}}", closed)
                data = text.encode(charset or "utf-8")
                if not charset:
                    ctype = "text/html; charset=utf-8"
            routes[route] = (ctype, data)
            if route.endswith("/index.html"):
                routes.setdefault(route[: -len("index.html")], (ctype, data))
    return routes


class Handler(http.server.BaseHTTPRequestHandler):
    routes = {}

    def do_GET(self, head=False):
        found = self.routes.get(self.path.split("?")[0].split("#")[0])
        status, (ctype, data) = (200, found) if found else (404, ("text/html; charset=utf-8", b"<h1>404 Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def do_HEAD(self):
        self.do_GET(head=True)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, root = int(sys.argv[1]), sys.argv[2]
    Handler.routes = load(root)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
