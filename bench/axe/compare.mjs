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
//      page), and matches the elements both name;
//   4. compares, per page, the set of rules each side fired (Jaccard): every
//      rule axe runs by default plus govaudit's, against govaudit's a11y.* ids.
// Writes results.md (the tables) and disagreements.md (what differs, with
// both sides' selectors) into the output folder given.
//
//   node compare.mjs --govaudit BIN --out DIR --as-of DAY --site NAME=URL [--site ...]
//                    [--exclude URL]... [--max-pages N] [--command "how it was run"]
//                    [--rules id,id] (instead of the a11y.* ids `govaudit checks` lists)
//                    [--render N] (govaudit's rendered pass on, N pages per site)

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
// Rules govaudit keeps to one finding per page, counting the rest in it
// (`checks::check::kept_per_page`): compared as min(axe nodes, 1).
const ONE_PER_PAGE = new Set(['region']);
// Rules whose JSON in axe-core sets `reviewOnFail: true` (lib/rules/*.json):
// axe files their failures only as "needs review". Read from axe at run time.
const REVIEW_ON_FAIL = new Set();
// Rules whose checks only ever answer "needs review" (they never produce a
// violation); govaudit reports what they find as notices, so their review
// nodes are the ones compared, as for `reviewOnFail` rules.
const REVIEW_ONLY = ['th-has-data-cells', 'server-side-image-map', 'video-caption', 'identical-links-same-purpose'];
const LIST_PER_RULE = 40; // disagreeing pages listed per rule in disagreements.md
const MISSING_LISTED = 25; // rules listed in each direction of the Jaccard to-do table
// govaudit a11y.* ids that are not axe rules, left out of the rule sets.
const NOT_AXE = new Set(['assist-entry']);
// How a rendered audit is asked for N pages (TOML; {N} is replaced).
const RENDER_CONFIG = process.env.RENDER_CONFIG || '[a11y]\nrender_pages = {N}\n';

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
      case '--render': a.render = Number(v); break;
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
    .filter((id) => id.startsWith('a11y.') && !NOT_AXE.has(id.slice('a11y.'.length)))
    .map((id) => id.slice('a11y.'.length));
}

/**
 * The flags and config file that turn govaudit's rendered accessibility pass
 * on for `n` pages, or why this binary cannot: it must know `--render` and
 * the config key (an unknown key is a config error, so a short audit of a
 * closed port tells).
 */
function renderFlags(bin, n) {
  const help = spawnSync(bin, ['audit', '--help'], { encoding: 'utf8' }).stdout || '';
  if (!/--render\b/.test(help)) return { skip: `${bin} has no \`audit --render\`` };
  // Holds the config file for the whole run; removed at the end (main).
  const dir = mkdtempSync(join(tmpdir(), 'govaudit-axe-render-'));
  const config = join(dir, 'govaudit.toml');
  const toml = RENDER_CONFIG.replaceAll('{N}', String(n));
  writeFileSync(config, toml);
  const flags = ['--render', '--config', config];
  const probe = spawnSync(bin, ['audit', 'http://127.0.0.1:9/', '--out', join(dir, 'out'), '--no-db', '--format', 'json', '-q', '--max-pages', '1', '--retries', '0', '--timeout', '2', ...flags], { encoding: 'utf8', timeout: 60000 });
  const said = `${probe.stderr || ''}${probe.stdout || ''}`.replaceAll(config, 'govaudit.toml');
  if (/unknown field|unknown variant|invalid type|配置文件有误/.test(said)) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `${bin} does not accept the rendered pass's config \`${toml.trim().replace(/\n/g, ' ')}\`: ${said.trim().split('\n')[0]}` };
  }
  return { flags, dir, toml: toml.trim().replace(/\n/g, ' ') };
}

/**
 * The pages govaudit rendered, as its report.json tells (it may not, or only
 * in part): a list of URLs (or objects with `url`/`page`) under the site's
 * `rendered_pages` or `a11y.rendered_pages`, pages in a `pages` list marked
 * `rendered: true`, and every page with a finding marked `rendered: true`.
 */
function renderedPages(site) {
  const urls = new Set();
  const add = (list) => {
    if (!Array.isArray(list)) return;
    for (const x of list) {
      const u = typeof x === 'string' ? x : x && (x.url || x.page);
      if (typeof u === 'string') urls.add(u);
    }
  };
  add(site.rendered_pages);
  add(site.a11y && site.a11y.rendered_pages);
  add(site.render && site.render.pages);
  if (Array.isArray(site.pages)) add(site.pages.filter((p) => p && p.rendered === true));
  for (const f of site.findings || []) if (f.rendered === true && f.page) urls.add(f.page);
  return urls;
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
  const args = ['audit', url, '--out', out, '--as-of', asOf, '--format', 'json', '--no-external', '--no-db', '-q', ...extra];
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

/** One audit per page, `--max-depth 0`, two at a time; the findings of all, and the pages rendered. */
async function runGovauditPerPage(bin, urls, asOf, extra = []) {
  const findings = [];
  const rendered = new Set();
  const queue = [...urls];
  const worker = async () => {
    while (queue.length) {
      const url = queue.shift();
      const report = await runGovaudit(bin, url, asOf, ['--max-depth', '0', ...extra]);
      for (const s of report.sites) for (const u of renderedPages(s)) rendered.add(u);
      for (const f of report.sites.flatMap((s) => s.findings)) {
        // The page could not be evaluated: name it as a dead target.
        if (f.check === 'site.unreachable') findings.push({ check: 'link.dead', target: url });
        else findings.push(f);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return { findings, rendered };
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

/**
 * Loads a fresh context whose pages cannot run their own scripts, or, with
 * `scripts`, may run those of their own origin (as a browser shows the page
 * to a reader: what govaudit's rendered pass sees).
 */
async function blockedContext(browser, origin, { scripts = false } = {}) {
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
    if (url.origin !== origin || (!scripts && req.resourceType() === 'script')) return route.abort('blockedbyclient');
    if (!scripts && req.resourceType() === 'document') {
      const resp = await route.fetch();
      return route.fulfill({ response: resp, headers: { ...resp.headers(), 'content-security-policy': "script-src 'none'" } });
    }
    return route.continue();
  });
  ctx.expectNavigation = (url) => { nav.expect = url; };
  return ctx;
}

/**
 * axe's rules as this build has them: id, whether a plain `axe.run` runs it,
 * whether its failures are filed as "needs review" (`reviewOnFail`).
 */
async function axeRuleTable(page) {
  return page.evaluate(() => {
    const audit = axe._audit && Array.isArray(axe._audit.rules) ? axe._audit.rules : null;
    if (!audit) return axe.getRules().map((r) => ({ id: r.ruleId, byDefault: true, reviewOnFail: false }));
    // What a plain axe.run runs (axe's ruleShouldRun / matchTags): enabled, and no tag it excludes by default.
    const excluded = axe._audit.tagExclude || ['experimental', 'deprecated'];
    return audit.map((r) => ({
      id: r.id,
      byDefault: r.enabled !== false && !(r.tags || []).some((t) => excluded.includes(t)),
      reviewOnFail: r.reviewOnFail === true,
    }));
  });
}

/**
 * Runs axe on the loaded page: every rule it runs by default, and `ids`
 * enabled explicitly, so that those it keeps off by default (deprecated
 * ones, or tags like "experimental") run too. Returns the violation and
 * "needs review" nodes by rule, and the links that lead on.
 */
async function runAxe(page, ids) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ids) => {
    const rulesOn = Object.fromEntries(ids.map((id) => [id, { enabled: true }]));
    const r = await axe.run(document, { rules: rulesOn, iframes: false, resultTypes: ['violations', 'incomplete'] });
    const nodes = (list) => Object.fromEntries(list.filter((v) => v.nodes.length).map((v) => [v.id, v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 160) }))]));
    const links = [...document.querySelectorAll('a[href], area[href], iframe[src], frame[src]')].map((e) => e.href || e.src);
    // A meta refresh stub (common for county home pages) leads on too.
    for (const m of document.querySelectorAll('meta[http-equiv="refresh" i]')) {
      const to = /url\s*=\s*['"]?([^'"]+)/i.exec(m.content || '');
      if (to) links.push(new URL(to[1].trim(), document.baseURI).href);
    }
    return { axe: nodes(r.violations), incomplete: nodes(r.incomplete), links };
  }, ids);
}

/** The rules axe fired on a page: ≥ 1 violation node, or ≥ 1 "needs review" node of a `reviewOnFail` rule. */
function axeFired(p) {
  const fired = new Set(Object.keys(p.axe));
  for (const [rule, nodes] of Object.entries(p.incomplete)) if (REVIEW_ON_FAIL.has(rule) && nodes.length) fired.add(rule);
  return fired;
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
  let axeRules = null;
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
      if (!axeRules) {
        await page.evaluate(AXE_SOURCE);
        axeRules = await axeRuleTable(page);
        for (const r of axeRules) if (r.reviewOnFail) REVIEW_ON_FAIL.add(r.id);
        for (const id of REVIEW_ONLY) REVIEW_ON_FAIL.add(id);
      }
      result = await runAxe(page, rules.filter((r) => axeRules.some((x) => x.id === r)));
    } catch (e) {
      console.error(`  axe could not run on ${finalUrl}: ${e.message.split('\n')[0]}`);
      failed.push(finalUrl);
      continue;
    }
    pages.set(finalUrl, { ...result, exclude: exclude.includes(finalUrl) });
    if (pages.size % 50 === 0) console.error(`  ${pages.size} pages, ${queue.length} queued`);
    for (const link of result.links) {
      let u;
      try { u = stripFragment(link); } catch { continue; }
      if (!/^https?:/.test(u) || seen.has(u) || !allowed(u)) continue;
      seen.add(u);
      queue.push(u);
    }
  }
  return { pages, failed, axeRules: axeRules || [], page, ctx, truncated: queue.length > 0 };
}

/**
 * axe on the given pages with their own (same-origin) scripts running, as
 * a reader's browser shows them: what govaudit's rendered pass judges.
 * Returns Map(url -> {axe, incomplete}).
 */
async function axeScripted(browser, start, rules, urls) {
  const ctx = await blockedContext(browser, new URL(start).origin, { scripts: true });
  const page = await ctx.newPage();
  const out = new Map();
  for (const url of urls) {
    try {
      await load(ctx, page, url);
      // Scripts that build content after load get a moment, as a renderer gives them.
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      out.set(url, await runAxe(page, rules));
    } catch (e) {
      console.error(`  axe (scripts on) could not run on ${url}: ${e.message.split('\n')[0]}`);
    }
  }
  await ctx.close();
  return out;
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
  // The rendered mode: govaudit's own rendered pass on, when this binary has one.
  let render = null;
  if (args.render) {
    render = renderFlags(args.govaudit, args.render);
    if (render.skip) console.error(`rendered mode skipped: ${render.skip}; measuring the static audit only`);
    else console.error(`rendered mode: govaudit audit ... ${render.flags.slice(0, 1).join(' ')} with config \`${render.toml}\``);
  }
  const renderOn = render && !render.skip;
  const govFlags = renderOn ? render.flags : [];
  // stats[rule] = {compared, fired, agree, agreeFired, sameElements, gov, axe}
  const stats = Object.fromEntries(rules.map((r) => [r, { compared: 0, fired: 0, agree: 0, same: 0, gov: 0, axe: 0, review: 0, rendered: 0 }]));
  const siteRows = [];
  const disagreements = Object.fromEntries(rules.map((r) => [r, []]));
  const jaccard = []; // {site, url, j, axeOnly, govOnly} per page compared for the rule sets
  let axeRules = [];
  let renderedSeen = false; // some finding carries a `rendered` field
  for (const site of args.sites) {
    let findings = [];
    let rendered = new Set();
    if (!site.perPage) {
      console.error(`== ${site.name}: govaudit audit ${site.url}${renderOn ? ' (rendered pass on)' : ''}`);
      const report = await runGovaudit(args.govaudit, site.url, args.asOf, govFlags);
      findings = report.sites.flatMap((s) => s.findings);
      for (const s of report.sites) for (const u of renderedPages(s)) rendered.add(u);
    }
    console.error(`== ${site.name}: axe-core over the site`);
    const walk = await axeSite(browser, site.url, rules, args.maxPages, args.exclude);
    if (site.perPage) {
      const urls = [...walk.pages].filter(([, p]) => !p.exclude).map(([u]) => u);
      console.error(`== ${site.name}: govaudit audit <page> --max-depth 0, for each of ${urls.length} pages${renderOn ? ' (rendered pass on)' : ''}`);
      ({ findings, rendered } = await runGovauditPerPage(args.govaudit, urls, args.asOf, govFlags));
    }
    if (findings.some((f) => 'rendered' in f)) renderedSeen = true;
    // Pages govaudit could not evaluate: dead (including soft 404) or blocked.
    const notEvaluated = new Set(findings.filter((f) => f.check === 'link.dead').map((f) => f.target).filter(Boolean));
    findings.filter((f) => f.check === 'page.blocked').forEach((f) => f.page && notEvaluated.add(f.page));
    axeRules = walk.axeRules.length ? walk.axeRules : axeRules;
    const a11y = findings.filter((f) => f.check.startsWith('a11y.') && rules.includes(f.check.slice(5)));
    // Every a11y.* id govaudit reported on a page (notices too: they are
    // findings), for the rule sets; ids that are not axe rules left out.
    const govSets = new Map();
    for (const f of findings) {
      if (!f.check.startsWith('a11y.') || NOT_AXE.has(f.check.slice(5)) || !f.page) continue;
      if (!govSets.has(f.page)) govSets.set(f.page, new Set());
      govSets.get(f.page).add(f.check.slice(5));
    }
    const unwalked = new Set(a11y.map((f) => f.page).filter((p) => !walk.pages.has(p)));
    // In the rendered mode the rule sets are compared on the pages govaudit
    // rendered only, against axe run there with the page's own scripts on.
    let scripted = null;
    if (renderOn) {
      scripted = await axeScripted(browser, site.url, rules, [...rendered].filter((u) => walk.pages.has(u)));
    }
    let compared = 0;
    for (const [url, p] of [...walk.pages].sort()) {
      if (p.exclude || notEvaluated.has(url)) continue;
      compared++;
      if (!renderOn || scripted.has(url)) {
        const ax = axeFired(renderOn ? scripted.get(url) : p);
        const gv = govSets.get(url) || new Set();
        const union = new Set([...ax, ...gv]);
        const both = [...ax].filter((r) => gv.has(r)).length;
        jaccard.push({
          site: site.name, url, j: union.size ? both / union.size : 1,
          axeOnly: [...ax].filter((r) => !gv.has(r)).sort(), govOnly: [...gv].filter((r) => !ax.has(r)).sort(),
        });
      }
      for (const rule of rules) {
        const gov = a11y.filter((f) => f.page === url && f.check === `a11y.${rule}`);
        // Rules axe marks `reviewOnFail` report their failures only as
        // "needs review"; govaudit reports those as notices, so they count.
        const axeNodes = [...(p.axe[rule] || []), ...(REVIEW_ON_FAIL.has(rule) ? p.incomplete[rule] || [] : [])];
        const want = Math.min(axeNodes.length, ONE_PER_PAGE.has(rule) ? 1 : CAP);
        const s = stats[rule];
        s.compared++;
        s.gov += gov.length;
        s.rendered += gov.filter((f) => f.rendered === true).length;
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
    siteRows.push({
      name: site.name, url: site.url, perPage: site.perPage, walked: walk.pages.size, failed: walk.failed, compared,
      truncated: walk.truncated, unwalked: [...unwalked], rendered: rendered.size, renderedCompared: scripted ? scripted.size : 0,
    });
  }
  await browser.close();
  if (renderOn) rmSync(render.dir, { recursive: true, force: true });
  const axeRuleIds = axeRules.map((r) => r.id);

  const notAxe = rules.filter((r) => axeRuleIds.length && !axeRuleIds.includes(r));
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const lines = [];
  lines.push('# govaudit a11y.* against axe-core', '');
  lines.push(`Command: \`${args.command || 'bench/axe/run.sh'}\`  `);
  lines.push(`govaudit ${args.commit || '(commit unknown)'}, axe-core ${AXE_VERSION}, Chromium ${chromiumVersion} (playwright-core ${PW_VERSION}), Node ${process.version}, as of ${args.asOf}.  `);
  lines.push('Page scripts blocked (every script request aborted, documents served with `Content-Security-Policy: script-src \'none\'`); axe injected over the DevTools protocol; `iframes: false`.', '');
  if (render && render.skip) lines.push(`**Rendered mode asked for (\`--render ${args.render}\`) but skipped**: ${render.skip}. The numbers below are the static audit's.`, '');
  if (renderOn) lines.push(`**Rendered mode**: govaudit audited with \`${render.flags[0]}\` and the config \`${render.toml}\`.`, '');
  if (siteRows.some((s) => s.perPage)) lines.push('"one audit per page": each page is audited on its own (`govaudit audit <page> --max-depth 0`), because a crawl reports one page of each set with the same visible text and links, and the fixtures\' firing and clean cases are such sets; axe still walks the site from its index.', '');
  lines.push(`A page agrees for a rule when govaudit\'s number of findings equals min(axe violation nodes, 20); axe\'s "needs review" (incomplete) nodes are not counted, but shown, except for rules axe marks \`reviewOnFail\` (${[...REVIEW_ON_FAIL].sort().join(', ')}), whose failures axe files only as "needs review" and govaudit reports as notices: there they are the nodes compared. "same elements": of the agreeing pages where the rule fired, those where every govaudit selector names an element axe flagged.`, '');
  const renderCols = renderOn ? ' pages govaudit rendered | rendered pages compared |' : '';
  lines.push(`| site | start | HTML pages walked | pages compared | axe could not run | a11y findings on pages not walked |${renderCols}`, `|---|---|---:|---:|---:|---:|${renderOn ? '---:|---:|' : ''}`);
  for (const s of siteRows) lines.push(`| ${s.name} | ${s.url.replace(/:\d+/, ':PORT')}${s.perPage ? ' (govaudit: one audit per page)' : ''} | ${s.walked}${s.truncated ? ' (capped)' : ''} | ${s.compared} | ${s.failed.length} | ${s.unwalked.length} |${renderOn ? ` ${s.rendered} | ${s.renderedCompared} |` : ''}`);
  lines.push('');
  // The static / rendered split shows once govaudit marks rendered findings.
  const splitCol = renderOn || renderedSeen;
  if (rules.length === 0) {
    lines.push('govaudit implements no axe rule yet (`govaudit checks` lists only `a11y.assist-entry`): nothing to compare.');
  } else {
    lines.push(`| rule | pages compared | pages where either fired | agree (all pages) | agree (where fired) | same elements | govaudit findings | axe nodes (capped at 20/page; 1 for region) | axe "needs review" nodes |${splitCol ? ' govaudit static / rendered |' : ''}`);
    lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|---:|${splitCol ? '---:|' : ''}`);
    for (const r of rules) {
      const s = stats[r];
      const agreeFired = s.agree - (s.compared - s.fired);
      const label = notAxe.includes(r) ? `${r} (not an axe rule)` : r;
      lines.push(`| ${label} | ${s.compared} | ${s.fired} | ${pct(s.agree, s.compared)} | ${pct(agreeFired, s.fired)} | ${s.fired ? `${s.same}/${agreeFired}` : '–'} | ${s.gov} | ${s.axe} | ${s.review} |${splitCol ? ` ${s.gov - s.rendered} / ${s.rendered} |` : ''}`);
    }
  }
  lines.push('', 'Pages that disagree, with both sides\' selectors: `bench/axe/disagreements.md`.', '');
  lines.push(...jaccardSection(jaccard, siteRows, axeRules, rules, renderOn));
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
      d.push(`### ${x.site} ${pathOf(x.url)}`, '');
      d.push(`govaudit ${x.gov.length}, axe ${x.axe.length}${x.incomplete ? ` (+${x.incomplete} needs review)` : ''}${x.countsAgree ? ' — counts agree, elements differ' : ''}`, '');
      for (const g of x.gov) d.push(`- govaudit ${g.also ? '✓' : '✗'} \`${g.selector}\` — ${String(g.evidence).slice(0, 160).replace(/\n/g, ' ')}`);
      for (const a of x.axe) d.push(`- axe ${a.also ? '✓' : '✗'} \`${a.target}\` — \`${a.html.replace(/\n/g, ' ').replace(/`/g, "'")}\``);
      d.push('');
    }
    if (list.length > LIST_PER_RULE) d.push(`… and ${list.length - LIST_PER_RULE} more pages.`, '');
  }
  d.push(...jaccardPages(jaccard));
  writeFileSync(join(args.out, 'disagreements.md'), d.join('\n'));
  console.log(results);
}

/** A page's path and query as people read it (percent-escapes decoded). */
function pathOf(url) {
  const u = new URL(url);
  try { return decodeURIComponent(u.pathname + u.search); } catch { return u.pathname + u.search; }
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const num = (x) => (Number.isNaN(x) ? '–' : x.toFixed(3));

/** Pages per rule in `key` (axeOnly / govOnly), most first, then by id. */
function tally(rows, key) {
  const n = new Map();
  for (const r of rows) for (const id of r[key]) n.set(id, (n.get(id) || 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** results.md's rule-set section: Jaccard per site and overall, and the rules one side fires alone. */
function jaccardSection(rows, siteRows, axeRules, rules, renderOn) {
  const byDefault = axeRules.filter((r) => r.byDefault).length;
  const extra = rules.filter((r) => axeRules.some((x) => x.id === r && !x.byDefault));
  const out = ['## Rule sets per page (Jaccard)', ''];
  out.push(`For each page: the set of axe rules that fired (≥ 1 violation node; for \`reviewOnFail\` rules, ≥ 1 "needs review" node) over the ${byDefault} rules axe-core ${AXE_VERSION} runs by default${extra.length ? ` plus ${extra.join(', ')} (off by default, implemented by govaudit)` : ''}, against the set of \`a11y.<rule>\` ids govaudit reported on the page (\`a11y.<rule>\` ↔ axe \`<rule>\`; notices count, as they are findings; \`a11y.assist-entry\` and non-a11y checks left out). Jaccard = |both| / |either|, 1 when neither fired. Pages govaudit could not evaluate are left out, as above.`);
  if (renderOn) out.push('', '**Rendered mode: only the pages govaudit rendered are compared here**, against axe run on them with the page\'s own (same-origin) scripts on, as a reader\'s browser shows them; the per-rule table above still compares every page with scripts blocked.');
  out.push('');
  const line = (name, js) => `| ${name} | ${js.length} | ${num(mean(js))} | ${num(median(js))} | ${js.length ? `${((100 * js.filter((j) => j >= 0.95).length) / js.length).toFixed(1)} %` : '–'} | ${js.filter((j) => j === 1).length} |`;
  out.push('| site | pages | mean Jaccard | median | pages ≥ 0.95 | pages = 1 |', '|---|---:|---:|---:|---:|---:|');
  for (const s of siteRows) out.push(line(s.name, rows.filter((r) => r.site === s.name).map((r) => r.j)));
  out.push(line('**all pages**', rows.map((r) => r.j)), '');
  const axeOnly = tally(rows, 'axeOnly');
  const govOnly = tally(rows, 'govOnly');
  const implemented = new Set(rules);
  out.push(`Rules axe fired that govaudit did not, by pages (the to-do list; ${axeOnly.length} rules, ${MISSING_LISTED} most frequent shown; "implemented" marks rules govaudit has, which then missed there):`, '');
  out.push('| axe rule | pages | implemented |', '|---|---:|---|');
  for (const [id, n] of axeOnly.slice(0, MISSING_LISTED)) out.push(`| ${id} | ${n} | ${implemented.has(id) ? 'yes' : ''} |`);
  if (!axeOnly.length) out.push('| (none) | | |');
  out.push('', `Rules govaudit reported that axe did not fire, by pages (${govOnly.length} rules):`, '');
  out.push('| govaudit a11y.* | pages |', '|---|---:|');
  for (const [id, n] of govOnly.slice(0, MISSING_LISTED)) out.push(`| ${id}${axeRules.length && !axeRules.some((x) => x.id === id) ? ' (not an axe rule)' : ''} | ${n} |`);
  if (!govOnly.length) out.push('| (none) | |');
  out.push('', 'Pages below 0.95 with the rules each side fired alone: end of `bench/axe/disagreements.md`.', '');
  return out;
}

/** disagreements.md's rule-set section: the pages below 0.95. */
function jaccardPages(rows) {
  const low = rows.filter((r) => r.j < 0.95).sort((a, b) => a.j - b.j || (a.url < b.url ? -1 : 1));
  const out = [`## Rule sets: ${low.length} pages with Jaccard below 0.95`, ''];
  out.push('| site | page | Jaccard | axe only | govaudit only |', '|---|---|---:|---|---|');
  for (const r of low.slice(0, 200)) {
    out.push(`| ${r.site} | ${pathOf(r.url)} | ${r.j.toFixed(3)} | ${r.axeOnly.join(', ')} | ${r.govOnly.join(', ')} |`);
  }
  if (low.length > 200) out.push('', `… and ${low.length - 200} more pages.`);
  out.push('');
  return out;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
