// Agreement of govaudit's a11y.* checks with axe-core, page by page.
//
// Started by run.sh, which serves the sites; see README.md. For each site:
//   1. runs `govaudit audit <url>` and reads report.json;
//   2. walks the site itself (same-origin BFS over a[href], area[href],
//      iframe/frame[src], meta refresh; robots.txt obeyed; exact copies of a page kept
//      once, as govaudit reports them once) and runs axe-core on every HTML
//      page in headless Chromium with the page's own scripts blocked;
//   3. compares, per page and rule, govaudit's number of findings with
//      min(axe violation nodes, 20) (govaudit lists at most 20 per rule and
//      page), and matches the elements both name.
// Writes results.md (the table) and disagreements.md (what differs, with
// both sides' selectors) into the output folder given.
//
//   node compare.mjs --govaudit BIN --out DIR --as-of DAY --site NAME=URL [--site ...]
//                    [--exclude URL]... [--max-pages N] [--command "how it was run"]
//                    [--rules id,id] (instead of the a11y.* ids `govaudit checks` lists)

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
const PW_VERSION = JSON.parse(readFileSync(require.resolve('playwright-core/package.json'), 'utf8')).version;
const CAP = 20; // govaudit's MAX_PER_CHECK_PER_PAGE
// Rules whose JSON in axe-core sets `reviewOnFail: true` (lib/rules/*.json).
const REVIEW_ON_FAIL = new Set(['duplicate-id-aria']);
const LIST_PER_RULE = 40; // disagreeing pages listed per rule in disagreements.md

function parseArgs(argv) {
  const a = { sites: [], exclude: [], maxPages: 2000, asOf: '2026-11-26', command: '' };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[++i];
    switch (argv[i - 1]) {
      case '--govaudit': a.govaudit = v; break;
      case '--out': a.out = v; break;
      case '--as-of': a.asOf = v; break;
      case '--max-pages': a.maxPages = Number(v); break;
      case '--command': a.command = v; break;
      case '--commit': a.commit = v; break;
      case '--rules': a.rules = v.split(/[ ,]+/).filter(Boolean); break;
      case '--exclude': a.exclude.push(v); break;
      case '--site':
      case '--site-per-page': {
        const eq = v.indexOf('=');
        a.sites.push({ name: v.slice(0, eq), url: v.slice(eq + 1), perPage: argv[i - 1] === '--site-per-page' });
        break;
      }
      default: throw new Error(`unknown argument ${argv[i - 1]}`);
    }
  }
  if (!a.govaudit || !a.out || a.sites.length === 0) throw new Error('need --govaudit, --out and --site');
  return a;
}

/** The a11y rule ids govaudit implements, from `govaudit checks`. */
function govauditRules(bin) {
  const r = spawnSync(bin, ['--lang', 'en', 'checks'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`govaudit checks failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .map((l) => l.split(/\s+/)[0])
    .filter((id) => id.startsWith('a11y.') && id !== 'a11y.assist-entry')
    .map((id) => id.slice('a11y.'.length));
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      const found = findFile(p, name);
      if (found) return found;
    } else if (entry === name) return p;
  }
  return null;
}

/** `govaudit audit url` (plus `extra` flags); resolves to report.json. */
function runGovaudit(bin, url, asOf, extra = []) {
  const out = mkdtempSync(join(tmpdir(), 'govaudit-axe-'));
  const args = ['audit', url, '--out', out, '--as-of', asOf, '--format', 'json', '--no-external', '-q', ...extra];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`govaudit ${args.join(' ')} exited ${code}: ${stderr}`));
      const path = findFile(out, 'report.json');
      if (!path) return reject(new Error(`no report.json under ${out}`));
      const report = JSON.parse(readFileSync(path, 'utf8'));
      rmSync(out, { recursive: true, force: true });
      resolve(report);
    });
  });
}

/** One audit per page, `--max-depth 0`, two at a time; the findings of all. */
async function runGovauditPerPage(bin, urls, asOf) {
  const findings = [];
  const queue = [...urls];
  const worker = async () => {
    while (queue.length) {
      const url = queue.shift();
      const report = await runGovaudit(bin, url, asOf, ['--max-depth', '0']);
      for (const f of report.sites.flatMap((s) => s.findings)) {
        // The page could not be evaluated: name it as a dead target.
        if (f.check === 'site.unreachable') findings.push({ check: 'link.dead', target: url });
        else findings.push(f);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return findings;
}

const stripFragment = (u) => { const x = new URL(u); x.hash = ''; return x.href; };

/** `Disallow` prefixes of the `User-agent: *` group (what a polite crawler skips). */
async function robots(origin) {
  try {
    const r = await fetch(new URL('/robots.txt', origin));
    if (!r.ok) return [];
    const prefixes = [];
    let star = false;
    let inAgents = false;
    for (const raw of (await r.text()).split('\n')) {
      const line = raw.replace(/#.*/, '').trim();
      const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
      if (!m) continue;
      const key = m[1].toLowerCase();
      if (key === 'user-agent') {
        if (!inAgents) star = false;
        inAgents = true;
        if (m[2].trim() === '*') star = true;
      } else {
        inAgents = false;
        if (key === 'disallow' && star && m[2]) prefixes.push(m[2].trim());
      }
    }
    return prefixes;
  } catch {
    return [];
  }
}

/** Loads a fresh context whose pages cannot run their own scripts. */
async function blockedContext(browser, origin) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The one top-level navigation allowed next. Any other (a <meta
  // http-equiv=refresh>, which runs without scripts) is answered 204 No
  // Content, which leaves the page where it is; aborting it would replace
  // the page with Chromium's error page.
  const nav = { expect: null };
  await ctx.route('**/*', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (req.isNavigationRequest() && req.frame().parentFrame() === null) {
      if (req.url() !== nav.expect) return route.fulfill({ status: 204, body: '' });
      nav.expect = null;
    }
    // Nothing leaves the machine, and the page's own scripts never run:
    // external files are refused, and the document is served with a CSP
    // that forbids every script (inline, external, event handlers,
    // javascript: URLs). axe is injected through the DevTools protocol,
    // which a page's CSP does not govern.
    if (url.origin !== origin || req.resourceType() === 'script') return route.abort('blockedbyclient');
    if (req.resourceType() === 'document') {
      const resp = await route.fetch();
      return route.fulfill({ response: resp, headers: { ...resp.headers(), 'content-security-policy': "script-src 'none'" } });
    }
    return route.continue();
  });
  ctx.expectNavigation = (url) => { nav.expect = url; };
  return ctx;
}

/**
 * Walks the site from `start` and runs axe on each HTML page.
 * Returns Map(url -> {axe: {rule: nodes}, incomplete: {rule: nodes}, links}).
 */
async function axeSite(browser, start, rules, maxPages, exclude) {
  const origin = new URL(start).origin;
  const disallow = await robots(origin);
  const allowed = (u) => {
    const x = new URL(u);
    return x.origin === origin && !disallow.some((p) => (x.pathname + x.search).startsWith(p));
  };
  const ctx = await blockedContext(browser, origin);
  const page = await ctx.newPage();
  const seen = new Set([stripFragment(start)]);
  const queue = [stripFragment(start)];
  const byBody = new Map(); // body hash -> final url of the copy kept
  const pages = new Map();
  const failed = [];
  let axeRuleIds = null;
  while (queue.length && pages.size < maxPages) {
    const url = queue.shift();
    let resp;
    try {
      resp = await fetch(url, { redirect: 'follow' });
    } catch {
      continue;
    }
    const type = resp.headers.get('content-type') || '';
    const body = Buffer.from(await resp.arrayBuffer());
    if (resp.status !== 200 || !/html/i.test(type)) continue;
    const finalUrl = stripFragment(resp.url);
    if (!allowed(finalUrl)) continue;
    const hash = createHash('sha256').update(body).digest('hex');
    const copy = byBody.get(hash);
    const rank = (u) => [u === stripFragment(start) ? 0 : 1, u.length, u];
    const better = (a, b) => { const x = rank(a), y = rank(b); return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1); };
    if (copy !== undefined) {
      // govaudit reports one of a set of exact copies: the home page, else the shortest URL.
      if (copy !== finalUrl && better(finalUrl, copy) < 0) {
        pages.set(finalUrl, { ...pages.get(copy), copies: [...(pages.get(copy).copies || []), copy] });
        pages.delete(copy);
        byBody.set(hash, finalUrl);
      }
      continue;
    }
    byBody.set(hash, finalUrl);
    let result;
    try {
      await load(ctx, page, finalUrl);
      await page.evaluate(AXE_SOURCE);
      if (!axeRuleIds) axeRuleIds = await page.evaluate(() => axe.getRules().map((r) => r.ruleId));
      const run = rules.filter((r) => axeRuleIds.includes(r));
      result = await page.evaluate(async (ids) => {
      // runOnly names the rules; `rules` enables those axe keeps off by
      // default (deprecated ones, or tags like "experimental").
      const rulesOn = Object.fromEntries(ids.map((id) => [id, { enabled: true }]));
      const r = ids.length
        ? await axe.run(document, { runOnly: { type: 'rule', values: ids }, rules: rulesOn, iframes: false })
        : { violations: [], incomplete: [] };
      const nodes = (list) => Object.fromEntries(list.map((v) => [v.id, v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 160) }))]));
      const links = [...document.querySelectorAll('a[href], area[href], iframe[src], frame[src]')].map((e) => e.href || e.src);
      // A meta refresh stub (common for county home pages) leads on too.
      for (const m of document.querySelectorAll('meta[http-equiv="refresh" i]')) {
        const to = /url\s*=\s*['"]?([^'"]+)/i.exec(m.content || '');
        if (to) links.push(new URL(to[1].trim(), document.baseURI).href);
      }
      return { axe: nodes(r.violations), incomplete: nodes(r.incomplete), links };
      }, run);
    } catch (e) {
      console.error(`  axe could not run on ${finalUrl}: ${e.message.split('\n')[0]}`);
      failed.push(finalUrl);
      continue;
    }
    pages.set(finalUrl, { ...result, exclude: exclude.includes(finalUrl) });
    for (const link of result.links) {
      let u;
      try { u = stripFragment(link); } catch { continue; }
      if (!/^https?:/.test(u) || seen.has(u) || !allowed(u)) continue;
      seen.add(u);
      queue.push(u);
    }
  }
  return { pages, failed, axeRuleIds: axeRuleIds || [], page, ctx, truncated: queue.length > 0 };
}

async function load(ctx, page, url) {
  ctx.expectNavigation(url);
  await page.goto(url, { waitUntil: 'load', timeout: 30000 });
}

/** For each govaudit selector, the index of the axe node naming the same element (-1: none). */
async function matchElements(ctx, page, url, govSelectors, axeTargets) {
  if (!govSelectors.length || !axeTargets.length) return govSelectors.map(() => -1);
  if (page.url() !== url) await load(ctx, page, url);
  return page.evaluate(([gov, ax]) => {
    const q = (s) => { try { return document.querySelector(s); } catch { return null; } };
    const axEls = ax.map(q);
    return gov.map((s) => { const el = q(s); return el ? axEls.indexOf(el) : -1; });
  }, [govSelectors, axeTargets]);
}

function versionOf(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return (r.stdout || '').trim().split('\n')[0];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const rules = args.rules || govauditRules(args.govaudit);
  console.error(`govaudit a11y rules (axe ids): ${rules.join(' ') || '(none besides assist-entry)'}`);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const chromiumVersion = browser.version();
  // stats[rule] = {compared, fired, agree, agreeFired, sameElements, gov, axe}
  const stats = Object.fromEntries(rules.map((r) => [r, { compared: 0, fired: 0, agree: 0, same: 0, gov: 0, axe: 0, review: 0 }]));
  const siteRows = [];
  const disagreements = Object.fromEntries(rules.map((r) => [r, []]));
  let axeRuleIds = [];
  for (const site of args.sites) {
    let findings = [];
    if (!site.perPage) {
      console.error(`== ${site.name}: govaudit audit ${site.url}`);
      findings = (await runGovaudit(args.govaudit, site.url, args.asOf)).sites.flatMap((s) => s.findings);
    }
    console.error(`== ${site.name}: axe-core over the site`);
    const walk = await axeSite(browser, site.url, rules, args.maxPages, args.exclude);
    if (site.perPage) {
      const urls = [...walk.pages].filter(([, p]) => !p.exclude).map(([u]) => u);
      console.error(`== ${site.name}: govaudit audit <page> --max-depth 0, for each of ${urls.length} pages`);
      findings = await runGovauditPerPage(args.govaudit, urls, args.asOf);
    }
    // Pages govaudit could not evaluate: dead (including soft 404) or blocked.
    const notEvaluated = new Set(findings.filter((f) => f.check === 'link.dead').map((f) => f.target).filter(Boolean));
    findings.filter((f) => f.check === 'page.blocked').forEach((f) => f.page && notEvaluated.add(f.page));
    axeRuleIds = walk.axeRuleIds.length ? walk.axeRuleIds : axeRuleIds;
    const a11y = findings.filter((f) => f.check.startsWith('a11y.') && rules.includes(f.check.slice(5)));
    const unwalked = new Set(a11y.map((f) => f.page).filter((p) => !walk.pages.has(p)));
    let compared = 0;
    for (const [url, p] of [...walk.pages].sort()) {
      if (p.exclude || notEvaluated.has(url)) continue;
      compared++;
      for (const rule of rules) {
        const gov = a11y.filter((f) => f.page === url && f.check === `a11y.${rule}`);
        // Rules axe marks `reviewOnFail` report their failures only as
        // "needs review"; govaudit reports those as notices, so they count.
        const axeNodes = [...(p.axe[rule] || []), ...(REVIEW_ON_FAIL.has(rule) ? p.incomplete[rule] || [] : [])];
        const want = Math.min(axeNodes.length, CAP);
        const s = stats[rule];
        s.compared++;
        s.gov += gov.length;
        s.axe += want;
        s.review += REVIEW_ON_FAIL.has(rule) ? 0 : (p.incomplete[rule] || []).length;
        if (gov.length === 0 && axeNodes.length === 0) { s.agree++; continue; }
        s.fired++;
        const match = await matchElements(walk.ctx, walk.page, url, gov.map((f) => f.selector || ''), axeNodes.map((n) => n.target));
        const matched = match.filter((i) => i >= 0).length;
        if (gov.length === want) {
          s.agree++;
          if (matched === gov.length) s.same++;
        }
        if (gov.length !== want || matched !== gov.length) {
          disagreements[rule].push({
            site: site.name, url, countsAgree: gov.length === want,
            gov: gov.map((f, i) => ({ selector: f.selector, evidence: f.evidence, also: match[i] >= 0 })),
            axe: axeNodes.map((n, i) => ({ ...n, also: match.includes(i) })),
            incomplete: REVIEW_ON_FAIL.has(rule) ? 0 : (p.incomplete[rule] || []).length,
          });
        }
      }
    }
    await walk.ctx.close();
    siteRows.push({ name: site.name, url: site.url, perPage: site.perPage, walked: walk.pages.size, failed: walk.failed, compared, truncated: walk.truncated, unwalked: [...unwalked] });
  }
  await browser.close();

  const notAxe = rules.filter((r) => axeRuleIds.length && !axeRuleIds.includes(r));
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const lines = [];
  lines.push('# govaudit a11y.* against axe-core', '');
  lines.push(`Command: \`${args.command || 'bench/axe/run.sh'}\`  `);
  lines.push(`govaudit ${args.commit || '(commit unknown)'}, axe-core ${AXE_VERSION}, Chromium ${chromiumVersion} (playwright-core ${PW_VERSION}), Node ${process.version}, as of ${args.asOf}.  `);
  lines.push('Page scripts blocked (every script request aborted, documents served with `Content-Security-Policy: script-src \'none\'`); axe injected over the DevTools protocol; `iframes: false`.', '');
  if (siteRows.some((s) => s.perPage)) lines.push('"one audit per page": each page is audited on its own (`govaudit audit <page> --max-depth 0`), because a crawl reports one page of each set with the same visible text and links, and the fixtures\' firing and clean cases are such sets; axe still walks the site from its index.', '');
  lines.push('A page agrees for a rule when govaudit\'s number of findings equals min(axe violation nodes, 20); axe\'s "needs review" (incomplete) nodes are not counted, but shown, except for rules axe marks `reviewOnFail` (duplicate-id-aria), whose failures axe files only as "needs review" and govaudit reports as notices: there they are the nodes compared. "same elements": of the agreeing pages where the rule fired, those where every govaudit selector names an element axe flagged.', '');
  lines.push('| site | start | HTML pages walked | pages compared | axe could not run | a11y findings on pages not walked |', '|---|---|---:|---:|---:|---:|');
  for (const s of siteRows) lines.push(`| ${s.name} | ${s.url.replace(/:\d+/, ':PORT')}${s.perPage ? ' (govaudit: one audit per page)' : ''} | ${s.walked}${s.truncated ? ' (capped)' : ''} | ${s.compared} | ${s.failed.length} | ${s.unwalked.length} |`);
  lines.push('');
  if (rules.length === 0) {
    lines.push('govaudit implements no axe rule yet (`govaudit checks` lists only `a11y.assist-entry`): nothing to compare.');
  } else {
    lines.push('| rule | pages compared | pages where either fired | agree (all pages) | agree (where fired) | same elements | govaudit findings | axe nodes (capped at 20/page) | axe "needs review" nodes |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rules) {
      const s = stats[r];
      const agreeFired = s.agree - (s.compared - s.fired);
      const label = notAxe.includes(r) ? `${r} (not an axe rule)` : r;
      lines.push(`| ${label} | ${s.compared} | ${s.fired} | ${pct(s.agree, s.compared)} | ${pct(agreeFired, s.fired)} | ${s.fired ? `${s.same}/${agreeFired}` : '–'} | ${s.gov} | ${s.axe} | ${s.review} |`);
    }
  }
  lines.push('', 'Pages that disagree, with both sides\' selectors: `bench/axe/disagreements.md`.', '');
  const results = lines.join('\n');
  writeFileSync(join(args.out, 'results.md'), results);

  const d = ['# Disagreements: govaudit a11y.* against axe-core', '', `Produced with the run in results.md. ✓ marks an element both name. At most ${LIST_PER_RULE} pages per rule.`, ''];
  for (const s of siteRows) {
    if (s.failed.length) d.push(`**${s.name}**: axe could not run on ${s.failed.join(', ')}`, '');
    if (s.unwalked.length) d.push(`**${s.name}**: govaudit has findings on pages the walk did not reach: ${s.unwalked.slice(0, 20).join(', ')}`, '');
  }
  for (const r of rules) {
    const list = disagreements[r];
    d.push(`## ${r}: ${list.filter((x) => !x.countsAgree).length} pages with different counts, ${list.filter((x) => x.countsAgree).length} with equal counts but different elements`, '');
    for (const x of list.slice(0, LIST_PER_RULE)) {
      d.push(`### ${x.site} ${new URL(x.url).pathname}${new URL(x.url).search}`, '');
      d.push(`govaudit ${x.gov.length}, axe ${x.axe.length}${x.incomplete ? ` (+${x.incomplete} needs review)` : ''}${x.countsAgree ? ' — counts agree, elements differ' : ''}`, '');
      for (const g of x.gov) d.push(`- govaudit ${g.also ? '✓' : '✗'} \`${g.selector}\` — ${String(g.evidence).slice(0, 160).replace(/\n/g, ' ')}`);
      for (const a of x.axe) d.push(`- axe ${a.also ? '✓' : '✗'} \`${a.target}\` — \`${a.html.replace(/\n/g, ' ').replace(/`/g, "'")}\``);
      d.push('');
    }
    if (list.length > LIST_PER_RULE) d.push(`… and ${list.length - LIST_PER_RULE} more pages.`, '');
  }
  writeFileSync(join(args.out, 'disagreements.md'), d.join('\n'));
  console.log(results);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
