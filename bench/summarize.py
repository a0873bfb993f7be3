#!/usr/bin/env python3
"""Turns the measured runs of bench/run.sh into bench/results-<pages>.md.

Reads, for every run ID in --runs: ID.run (command, exit code, wall time),
ID.time (/usr/bin/time -v), ID.access.log (nginx: "METHOD URI STATUS BYTES"
per request) and ID.stdout.  Standard library only.
"""

import argparse
import collections
import datetime
import glob
import json
import os
import platform
import re
import subprocess

PROBE_HINT = "govaudit-not-found-probe"


def sh(cmd):
    try:
        p = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
        return (p.stdout + p.stderr).strip()
    except Exception as e:  # noqa: BLE001 - a version we cannot read is reported as such
        return f"? ({e})"


def parse_time(path):
    out = {}
    if not os.path.exists(path):
        return out
    for line in open(path, errors="replace"):
        line = line.strip()
        if line.startswith("Maximum resident set size"):
            out["rss_mb"] = int(line.rsplit(":", 1)[1]) / 1024
        elif line.startswith("User time"):
            out["user"] = float(line.rsplit(":", 1)[1])
        elif line.startswith("System time"):
            out["sys"] = float(line.rsplit(":", 1)[1])
        elif line.startswith("Command terminated by signal"):
            out["signal"] = line
    return out


def analyse(run, runs_dir, pages, assets):
    rid = run["id"]
    portal = pages | assets
    reqs = 0
    methods = collections.Counter()
    statuses = collections.Counter()
    statuses_site = collections.Counter()  # without govaudit's probe, which must be 404
    per_url = collections.Counter()
    robots = probe = other = 0
    other_examples = []
    with open(os.path.join(runs_dir, rid + ".access.log"), errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            method, uri, status = parts[0], parts[1], parts[2]
            reqs += 1
            methods[method] += 1
            statuses[status] += 1
            if PROBE_HINT not in uri:
                statuses_site[status] += 1
            if uri == "/robots.txt":
                robots += 1
            elif PROBE_HINT in uri:
                probe += 1
                continue
            elif uri in portal:
                per_url[uri] += 1
            else:
                other += 1
                if len(other_examples) < 3:
                    other_examples.append(f"{method} {uri} {status}")
    portal_reqs = sum(per_url.values())
    distinct = len(per_url)
    pages_seen = sum(1 for u in per_url if u in pages)
    assets_seen = distinct - pages_seen
    t = parse_time(os.path.join(runs_dir, rid + ".time"))
    complete = pages_seen == len(pages) and assets_seen == len(assets)
    dup = collections.Counter(n for n in per_url.values())
    return {
        **run,
        "requests": reqs,
        "robots": robots,
        "probe": probe,
        "other": other,
        "other_examples": other_examples,
        "portal_requests": portal_reqs,
        "distinct": distinct,
        "pages_seen": pages_seen,
        "assets_seen": assets_seen,
        "complete": complete,
        "per_distinct": portal_reqs / distinct if distinct else 0.0,
        "repeat_hist": dict(sorted(dup.items())),
        "methods": dict(methods),
        "statuses": dict(statuses),
        "statuses_site": dict(statuses_site),
        "pps": len(pages) / run["wall"] if run["wall"] > 0 else 0.0,
        **t,
    }


def govaudit_report(out_dir, pages_n, setting):
    ph, c = setting.replace("--per-host ", "").replace("--concurrency ", "").split()
    found = sorted(glob.glob(os.path.join(out_dir, f"{pages_n}-{ph}-{c}", "*", "*", "report.json")))
    if not found:
        return None
    data = json.load(open(found[-1]))
    site = data["sites"][0]
    checks = collections.Counter(f.get("check", "?") for f in site.get("findings", []))
    return {"path": found[-1], "stats": site.get("stats", {}), "findings": dict(checks)}


def fmt(x, d=1):
    return f"{x:,.{d}f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--portal", required=True)
    ap.add_argument("--runs", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--govaudit-out", required=True)
    ap.add_argument("--nginx-workers", default="auto")
    a = ap.parse_args()

    pages = set(open(os.path.join(a.portal, "pages.txt")).read().split())
    assets = set(open(os.path.join(a.portal, "assets.txt")).read().split())
    manifest = json.load(open(os.path.join(a.portal, "manifest.json")))
    runs = []
    for path in sorted(glob.glob(os.path.join(a.runs, "*.run")), key=os.path.getmtime):
        run = json.load(open(path))
        runs.append(analyse(run, a.runs, pages, assets))
    notes = open(os.path.join(a.runs, "notes.txt")).read().strip() if os.path.exists(
        os.path.join(a.runs, "notes.txt")) else ""

    n = len(pages)
    total_urls = n + len(assets)
    L = []
    w = L.append
    tz8 = datetime.timezone(datetime.timedelta(hours=8))
    run_files = glob.glob(os.path.join(a.runs, "*.run"))
    stamp = min(os.path.getmtime(p) for p in run_files) if run_files else datetime.datetime.now().timestamp()
    now = datetime.datetime.fromtimestamp(stamp, tz8)
    w(f"# Crawl benchmark: {n:,} pages")
    w("")
    w(f"Measured by `bench/run.sh` on {now:%Y-%m-%d %H:%M} (UTC+8). See `bench/README.md` for how to read it.")
    w("")
    w("## Machine and versions")
    w("")
    mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
    cpu = sh("awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo")
    w(f"- machine: {sh('nproc')} cores ({cpu}), {mem} RAM, {platform.system()} {platform.release()}, "
      f"{sh('. /etc/os-release && echo $PRETTY_NAME')}")
    build = os.path.join(a.runs, "govaudit-build.txt")
    if os.path.exists(build):
        w("- govaudit: " + "; ".join(line.strip() for line in open(build) if line.strip()))
    for name, cmd in [("muffy", "muffy --version"), ("lychee", "lychee --version"),
                      ("wget", "wget --version | head -1"), ("linkchecker", "linkchecker --version 2>/dev/null | head -1"),
                      ("nginx", "nginx -v"), ("python3", "python3 --version")]:
        extra = (" (installed with `cargo install muffy`: with `--locked` it does not build, its lock file "
                 "names webpki-roots 1.0.11, which the registry does not serve)") if name == "muffy" else ""
        w(f"- {name}: `{sh(cmd)}`{extra}")
    w(f"- nginx: `worker_processes {a.nginx_workers}`, sendfile, keepalive_requests 100000, open_file_cache, "
      "access log on, no rate limiting; config below")
    w("")
    w("## The portal")
    w("")
    w(f"`bench/gen_portal.py --pages {n}` (seed {manifest['seed']}): {n:,} HTML pages "
      f"({manifest['articles']:,} articles, {manifest['list_pages']:,} list pages in {manifest['columns']} columns, "
      f"home, 7 channel pages, site map, about), {len(assets)} shared assets (css, js, images, attachments), "
      f"{manifest['gbk_pages']:,} pages ({manifest['gbk_share'] * 100:.0f} %) GB2312-encoded, "
      f"{manifest['html_bytes'] / 1e6:,.0f} MB of HTML. Distinct URLs: **{total_urls:,}** "
      f"(+ /robots.txt). No broken and no external links.")
    w("")

    w("## Every run")
    w("")
    w("pages/s = the portal's HTML pages / wall time. Requests are nginx access-log lines during the run. "
      "\"per URL\" = requests to portal URLs / distinct portal URLs requested; robots.txt and govaudit's "
      "not-found probe are counted apart. Covered = distinct pages / assets requested.")
    w("")
    w("| run | setting | wall s | pages/s | requests | robots + probe + other | distinct portal URLs | per URL "
      "| covered pages / assets | GET / HEAD | peak RSS MB | CPU s (user+sys) | nginx CPU s | exit | load before |")
    w("|---|---|---:|---:|---:|---|---:|---:|---|---|---:|---:|---:|---:|---|")
    for r in runs:
        flag = "" if r["complete"] else " ⚠ incomplete"
        w(f"| {r['id']} | {r['setting']} | {fmt(r['wall'])} | {fmt(r['pps'], 0)} | {r['requests']:,} "
          f"| {r['robots']} + {r['probe']} + {r['other']} | {r['distinct']:,} | {r['per_distinct']:.2f} "
          f"| {r['pages_seen']:,}/{n:,} · {r['assets_seen']}/{len(assets)}{flag} "
          f"| {r['methods'].get('GET', 0):,} / {r['methods'].get('HEAD', 0):,} "
          f"| {fmt(r.get('rss_mb', 0))} | {fmt(r.get('user', 0) + r.get('sys', 0))} | {r['nginx_cpu']} "
          f"| {r['rc']} | {r['load_before']} |")
    w("")

    # Best per tool: the fastest complete run (or the fastest run, flagged).
    best = {}
    for r in runs:
        b = best.get(r["tool"])
        key = (r["complete"], r["pps"])
        if b is None or key > (b["complete"], b["pps"]):
            best[r["tool"]] = r
    w("## Best run per tool")
    w("")
    w("| tool | setting | wall s | pages/s | requests | distinct portal URLs | requests per distinct URL "
      "| peak RSS MB | exit | crawled the whole site? |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for tool, r in sorted(best.items(), key=lambda kv: -kv[1]["pps"]):
        whole = "yes" if r["complete"] else (
            f"**no**: {r['pages_seen']:,}/{n:,} pages, {r['assets_seen']}/{len(assets)} assets")
        w(f"| {tool} | {r['setting']} | {fmt(r['wall'])} | {fmt(r['pps'], 0)} | {r['requests']:,} | {r['distinct']:,} "
          f"| {r['per_distinct']:.2f} | {fmt(r.get('rss_mb', 0))} | {r['rc']} | {whole} |")
    w("")

    g = best.get("govaudit")
    if g:
        w("## govaudit against the targets")
        w("")
        peers = [r for t, r in best.items() if t != "govaudit"]
        rss_limit = 150 if n <= 20000 else 500
        if peers:
            fastest = max(peers, key=lambda r: r["pps"])
            ratio = g["pps"] / fastest["pps"]
            cover = "" if fastest["complete"] else (
                f"; note that {fastest['tool']} did not request everything: {fastest['pages_seen']:,}/{n:,} pages, "
                f"{fastest['assets_seen']}/{len(assets)} assets")
            w(f"- speed: {fmt(g['pps'], 0)} pages/s vs the fastest peer, {fastest['tool']} "
              f"({fmt(fastest['pps'], 0)} pages/s, {fastest['setting']}): **{ratio:.2f}×** "
              f"(target ≥ 3×: {'met' if ratio >= 3 else 'NOT met'}){cover}")
            complete = [r for r in peers if r["complete"]]
            if complete and not fastest["complete"]:
                fc = max(complete, key=lambda r: r["pps"])
                w(f"- against the fastest peer that requested every page and asset, {fc['tool']} "
                  f"({fmt(fc['pps'], 0)} pages/s): {g['pps'] / fc['pps']:.2f}×")
        else:
            w("- speed: no peer ran in this benchmark (ONLY=govaudit); absolute: "
              f"{fmt(g['pps'], 0)} pages/s, {fmt(g['wall'])} s")
        all_g = [r for r in runs if r["tool"] == "govaudit"]
        rss = max(r.get("rss_mb", 0) for r in all_g)
        w(f"- peak RSS: {fmt(g.get('rss_mb', 0))} MB in the fastest run, at most {fmt(rss)} MB over all "
          f"{len(all_g)} govaudit runs, at {n:,} pages (target ≤ {rss_limit} MB: {'met' if rss <= rss_limit else 'NOT met'})")
        walls = sorted(r["wall"] for r in all_g if r["setting"] == g["setting"])
        if len(walls) > 1:
            w(f"- wall times of the {len(walls)} runs with {g['setting']}: "
              + ", ".join(fmt(x) for x in walls) + " s (the best is used above)")
        per_setting = collections.defaultdict(list)
        for r in all_g:
            per_setting[r["setting"]].append(r["wall"])
        if len(per_setting) > 1:
            w("- best wall time per setting: " + "; ".join(
                f"{k}: {fmt(min(v))} s" for k, v in sorted(per_setting.items(), key=lambda kv: min(kv[1]))))
        w(f"- requests per distinct URL: {g['per_distinct']:.2f} ({g['portal_requests']:,} requests for "
          f"{g['distinct']:,} distinct portal URLs; plus {g['robots']} robots.txt, {g['probe']} not-found probe, "
          f"{g['other']} other) (target exactly 1.00: {'met' if g['portal_requests'] == g['distinct'] else 'NOT met'})")
        w(f"- coverage: {g['pages_seen']:,}/{n:,} pages, {g['assets_seen']}/{len(assets)} assets; "
          f"statuses {g['statuses']}; methods {g['methods']}")
        if g.get("user") is not None:
            cpu = g.get("user", 0) + g.get("sys", 0)
            w(f"- CPU: {fmt(cpu)} s user+sys in {fmt(g['wall'])} s wall = {cpu / g['wall'] * 100:.0f} % of one core "
              f"(machine has {sh('nproc')}); nginx workers used {g['nginx_cpu']} s")
        rep = govaudit_report(a.govaudit_out, n, g["setting"])
        if rep:
            s = rep["stats"]
            w(f"- its report.json (last run with this setting): pages {s.get('pages')}, links_checked {s.get('links_checked')}, requests "
              f"{s.get('requests')}, errors {s.get('errors')}, truncated {s.get('truncated')}, skipped {s.get('skipped')}, "
              f"duration {s.get('duration_ms')} ms; findings by check: {rep['findings'] or 'none'}")
        w("")

    w("## Oddities seen in the runs")
    w("")
    odd = []
    for r in runs:
        if r["rc"] != 0:
            tail = open(os.path.join(a.runs, r["id"] + ".stderr"), errors="replace").read().strip().splitlines()[-3:]
            odd.append(f"- {r['id']}: exit code {r['rc']}" + (f"; stderr ends: `{' / '.join(tail)[:300]}`" if tail else ""))
        if not r["complete"]:
            odd.append(f"- {r['id']}: did not request the whole portal ({r['pages_seen']:,}/{n:,} pages, "
                       f"{r['assets_seen']}/{len(assets)} assets)")
        if r["other"]:
            odd.append(f"- {r['id']}: {r['other']} requests to URLs that are not in the portal, e.g. {r['other_examples']}")
        bad = {k: v for k, v in r["statuses_site"].items() if not k.startswith("2")}
        if bad:
            odd.append(f"- {r['id']}: non-2xx answers {bad}")
        if r["portal_requests"] != r["distinct"]:
            odd.append(f"- {r['id']}: requests per distinct URL {r['per_distinct']:.2f}; "
                       f"histogram (times requested: URLs) {r['repeat_hist']}")
        if r.get("nginx_errors"):
            first = open(os.path.join(a.runs, r["id"] + ".nginx-errors.log"), errors="replace").readline().strip()
            odd.append(f"- {r['id']}: nginx logged {r['nginx_errors']} errors, first: `{first[:250]}`")
        if "signal" in r:
            odd.append(f"- {r['id']}: {r['signal']}")
    w("\n".join(odd) if odd else "- none")
    if notes:
        w("")
        w("Notes from run.sh:")
        w("")
        w("\n".join(f"- {line}" for line in notes.splitlines()))
    w("")

    w("## Exact commands")
    w("")
    w(f"Base URL `{a.base}/` (a free port picked at run time). Each command ran as "
      "`/usr/bin/time -v -o ID.time CMD` with the nginx access log truncated before it.")
    w("")
    w("```sh")
    for r in runs:
        w(f"# {r['id']}")
        w(r["command"])
    w("```")
    w("")
    for name in ("linkcheckerrc", "nginx/nginx.conf"):
        p = os.path.join(a.runs, name)
        if os.path.exists(p):
            w(f"`{name}`:")
            w("")
            w("```")
            w(open(p).read().rstrip())
            w("```")
            w("")
    with open(a.out, "w") as f:
        f.write("\n".join(L))
    json.dump(runs, open(os.path.join(a.runs, "summary.json"), "w"), indent=1, default=str)


if __name__ == "__main__":
    main()
