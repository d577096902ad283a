// The dashboard in a real browser: Debian's Chromium driven by playwright-core against a real server over the sample corpus.
// Skips (saying why) when /usr/bin/chromium is missing: scripts/install-browser.sh installs it (CI runs it).
// Screenshots go to test-output/ (not committed).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { loadLexicon } from '../src/lexicon/load.ts';
import { Store } from '../src/store/store.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { startServer, type Listening } from '../src/server/serve.ts';
import { segments, type Layer } from '../web/src/highlight.ts';
import { balance, balanceClass } from '../web/src/plover.ts';
import { pairs } from '../web/src/network.ts';
import { periodRange } from '../web/src/dyad.ts';
import { readFilters, urlFilters } from '../web/src/filters.ts';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUT = join(ROOT, 'test-output');
const SEED = [join(ROOT, '../shared/examples/seed-it.txt'), join(ROOT, 'examples/pyongyang-it.txt')].find((p) => existsSync(p))!;

// ── the dashboard's pure helpers (no browser needed) ─────────────────────

test('highlight: overlapping spans become flat segments, outermost layer first', () => {
  const L = (start: number, end: number, cls: string): Layer => ({ start, end, cls });
  const src = L(0, 11, 'src'), trig = L(12, 20, 'trig'), both = L(4, 16, 'q');
  const segs = segments(24, [src, trig, both, L(30, 40, 'outside'), L(5, 5, 'empty')]);
  assert.deepEqual(segs.map((s) => [s.start, s.end, s.layers.map((l) => l.cls)]), [
    [0, 4, ['src']], [4, 11, ['q', 'src']], [11, 12, ['q']], [12, 16, ['q', 'trig']], [16, 20, ['trig']], [20, 24, []],
  ]);
  assert.deepEqual(segments(5, []).map((s) => [s.start, s.end]), [[0, 5]]);
});

test('network helpers: pairs merge both directions, balance classes, period ranges, filter URLs', () => {
  const ps = pairs([
    { source: 'PRK', target: 'RUS', count: 10, cooperation: 27.7, conflict: -10, score: 17.7 },
    { source: 'RUS', target: 'PRK', count: 6, cooperation: 14, conflict: -4, score: 10 },
    { source: 'RUS', target: 'RUS', count: 3, cooperation: 1, conflict: 0, score: 1 },
    { source: 'USA', target: 'CHN', count: 2, cooperation: 0, conflict: -8, score: -8 },
  ]);
  assert.deepEqual(ps.map((p) => [p.a, p.b, p.count]), [['PRK', 'RUS', 16], ['CHN', 'USA', 2]]);
  assert.equal(ps[0]!.ab?.count, 10);
  assert.equal(ps[0]!.ba?.count, 6);
  assert.equal(balanceClass(balance(41.7, -14)).key, 'coop1');
  assert.equal(balanceClass(balance(0, -8)).key, 'conf2');
  assert.equal(balanceClass(balance(0, 0)).key, 'mixed');
  assert.deepEqual(periodRange('2024-02', 'month'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(periodRange('2024-11-25', 'week'), ['2024-11-25', '2024-12-01']);
  const f = readFilters(new URLSearchParams('from=2024-01-01&type=ACCUSE,NOPE&status=asserted,claimed&lang=it'));
  assert.deepEqual(f, { from: '2024-01-01', to: undefined, types: ['ACCUSE'], statuses: ['asserted', 'claimed'], lang: 'it' });
  assert.equal(urlFilters(f).toString(), 'from=2024-01-01&type=ACCUSE&status=asserted%2Cclaimed&lang=it');
  assert.equal(urlFilters(readFilters(new URLSearchParams(''))).toString(), '');
});

// ── the dashboard in Chromium ─────────────────────────────────────────────

let tmp: string | null = null;
let store: Store | null = null;
let server: Listening | null = null;
let browser: BrowserContext | null = null;
after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  store?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const noOverflow = async (page: Page, what: string) => {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= width, `${what}: the page is ${scroll}px wide in a ${width}px window (horizontal overflow)`);
};

test('dashboard in Chromium: network, dyad, evidence, events, search, code a text, phone width, error states', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`no Chromium at ${CHROMIUM}: run scripts/install-browser.sh (CI does) to run the dashboard's browser test`);
    return;
  }
  const started = Date.now();
  const { chromium } = await import('playwright-core');
  // the bundle from the current sources (npm install builds it too)
  const { build } = await import('../web/build.mjs');
  await build({ quiet: true });
  mkdirSync(OUT, { recursive: true });

  tmp = mkdtempSync(join(tmpdir(), 'dyad-browser-'));
  const lexicon = loadLexicon();
  store = Store.open(join(tmp, 'samples.db'));
  const ingested = await ingestPaths(store, [join(ROOT, 'samples')], { lexicon });
  assert.ok(ingested.coded > 30, `expected the sample corpus to be coded, found ${ingested.coded} articles`);
  const res = await startServer(store, { host: '127.0.0.1', port: 0, lexicon, webDir: join(ROOT, 'web') });
  assert.ok(res.ok, res.ok ? '' : res.error);
  server = res.listening;
  const base = server.url + '/';

  browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB',
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  let watching = true;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (watching && m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  const go = async (hash: string) => { await page.goto(base + hash); await page.reload(); };

  await t.test('the network shows PRK and RUS linked', async () => {
    await page.goto(base);
    await page.waitForSelector('svg.network .edge[data-pair="PRK-RUS"]');
    assert.equal(await page.locator('svg.network .node[data-id="PRK"]').count(), 1);
    assert.equal(await page.locator('svg.network .node[data-id="RUS"]').count(), 1);
    const edge = page.locator('.edge[data-pair="PRK-RUS"]');
    assert.ok(Number(await edge.getAttribute('data-count')) >= 5, 'PRK–RUS has several events');
    assert.ok(Number(await edge.getAttribute('data-balance')) > 0, 'PRK–RUS is mostly cooperation');
    assert.match(await edge.getAttribute('aria-label') ?? '', /North Korea and Russia/);
    assert.match(await page.locator('.legend').innerText(), /mostly cooperation[\s\S]*mostly conflict/);
    assert.match(await page.locator('#network-summary').innerText(), /events \(asserted\)/);
    await shot('01-network');
  });

  await t.test('filters: a period with no events shows an empty state, and the type filter narrows the graph', async () => {
    await page.fill('#f-from', '1990-01-01');
    await page.waitForURL(/from=1990-01-01/);
    await page.fill('#f-to', '1990-12-31');
    await page.waitForSelector('.empty-state:has-text("No relations for these filters")');
    assert.match(page.url(), /from=1990-01-01&to=1990-12-31/);
    await page.click('#f-reset');
    await page.waitForSelector('svg.network .edge');
    const all = await page.locator('svg.network .edge').count();
    await page.click('#f-types-summary');
    await page.check('#f-type-ASSAULT');
    await page.waitForFunction((n) => document.querySelectorAll('svg.network .edge').length < n, all);
    assert.ok(await page.locator('#f-types[open]').count(), 'the type drop-down stays open while ticking');
    await page.click('#f-reset');
    await page.waitForFunction((n) => document.querySelectorAll('svg.network .edge').length === n, all);
  });

  await t.test('keyboard: Enter on the PRK–RUS edge opens the dyad view', async () => {
    await page.focus('.edge[data-pair="PRK-RUS"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/dyad\/PRK\/RUS/);
    await page.waitForSelector('svg.dyad-chart .point');
    assert.match(await page.locator('h1').innerText(), /PRK ↔ RUS/);
  });

  let triggerText = '';
  await t.test('the dyad view plots both directions and lists the events behind a point', async () => {
    const ab = page.locator('.point.dir-ab'), ba = page.locator('.point.dir-ba');
    assert.ok(await ab.count() > 0 && await ba.count() > 0, 'points in both directions');
    assert.match(await page.locator('.type-table').innerText(), /SUPPORT/);
    // the busiest PRK → RUS period
    const periods = await ab.evaluateAll((els) => els.map((e) => ({ p: e.getAttribute('data-period')!, n: Number(e.getAttribute('data-count')) })));
    const top = periods.sort((x, y) => y.n - x.n)[0]!;
    // by keyboard, as a point may lie under the other direction's point when both scores are close
    await page.focus(`.point.dir-ab[data-period="${top.p}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#point-events .event-card');
    assert.equal(await page.locator('#point-events .event-card').count(), top.n);
    assert.match(await page.locator('#point-title').innerText(), new RegExp(`PRK → RUS, ${top.p}`));
    const card = page.locator('#point-events .event-card').first();
    triggerText = (await card.locator('.evidence mark.hl-trigger').first().innerText()).trim();
    assert.ok(triggerText.length > 1, 'the trigger is highlighted in the sentence');
    assert.ok(await card.locator('.evidence mark.hl-source').count() >= 1, 'the source is highlighted');
    assert.match(await card.locator('code.rule').innerText(), /^lexicons\/\w\w\/\S+\.yaml:\d+$/);
    await shot('02-dyad');
  });

  await t.test('opening an event shows its highlighted evidence in the article', async () => {
    await page.locator('#point-events .event-card').first().getByRole('link', { name: 'Open in article' }).click();
    await page.waitForSelector('.chosen-event .event-card');
    assert.equal((await page.locator('.chosen-event .evidence mark.hl-trigger').first().innerText()).trim(), triggerText);
    assert.ok(await page.locator('#article-text mark.hl-trigger.chosen').count() >= 1, 'the trigger is marked in the text');
    assert.ok(await page.locator('#article-text mark.hl-source').count() >= 1, 'the chosen event’s source is marked in the text');
    assert.ok(await page.locator('.event-list li').count() >= 1);
    await page.click('#show-in-text');
    await page.waitForFunction(() => document.activeElement?.classList.contains('hl-trigger'));
    await shot('03-article-event', false);
  });

  await t.test('the events table sorts and opens the evidence of a row', async () => {
    await go('#/events?dyad=PRK-RUS&status=all');
    await page.waitForSelector('table.events tbody tr');
    const rows = await page.locator('table.events tbody tr').count();
    assert.ok(rows >= 10, `PRK–RUS events listed (${rows})`);
    await page.click('#ev-sort-type');
    assert.equal(await page.locator('th:has(#ev-sort-type)').getAttribute('aria-sort'), 'ascending');
    const types = await page.locator('table.events tbody tr td[data-label="Type"]').allInnerTexts();
    assert.deepEqual(types, [...types].sort());
    const first = page.locator('table.events tbody tr').first();
    for (const label of ['Date', 'Source', 'Type', 'Target', 'Status', 'Place', 'Sentence']) assert.equal(await first.locator(`td[data-label="${label}"]`).count(), 1);
    assert.ok(await first.locator('mark.hl-trigger').count() >= 1);
    await first.getByRole('button', { name: 'Evidence' }).click();
    await page.waitForSelector('tr.detail .event-card');
    assert.match(await page.locator('tr.detail .facts').innerText(), /Rule\s+lexicons\//);
    await shot('04-events', false);
  });

  await t.test('search finds articles and quotes', async () => {
    await go('#/articles');
    await page.waitForSelector('.result-list li');
    await page.fill('#search-q', 'Pyongyang');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#res-articles');
    assert.ok(await page.locator('.snippet mark.hl-match').count() >= 1, 'matches are marked');
    assert.match(await page.locator('#res-quotes').innerText(), /Quotes \(\d+\)/);
  });

  await t.test('code a text: the seed article gives PRK SUPPORT RUS, and nothing is stored', async () => {
    const before = (await (await fetch(base + 'api/health')).json()) as { articles: number };
    await go('#/code');
    await page.fill('#code-text', readFileSync(SEED, 'utf8'));
    await page.fill('#code-date', '2024-11-30');
    await page.click('#code-run');
    await page.waitForSelector('#code-summary');
    const rows = await page.locator('#code-results table.events tbody tr').evaluateAll((trs) => trs.map((tr) =>
      ['Source', 'Type', 'Target', 'Status'].map((l) => tr.querySelector(`td[data-label="${l}"]`)?.textContent?.trim().split(/\s|\//)[0] ?? '')));
    assert.ok(rows.some(([s, ty, tg, st]) => s === 'PRK' && ty === 'SUPPORT' && tg === 'RUS' && st === 'asserted'), `PRK SUPPORT RUS among ${JSON.stringify(rows)}`);
    assert.match(await page.locator('#code-summary').innerText(), /Italian \(it\).*not stored/);
    assert.ok(await page.locator('#code-text-marked mark.hl-trigger').count() >= 3, 'triggers marked in the pasted text');
    const afterCoding = (await (await fetch(base + 'api/health')).json()) as { articles: number };
    assert.equal(afterCoding.articles, before.articles, 'coding a text stores nothing');
    await page.locator('#code-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('05-code', false);
  });

  await t.test('code and store: the article goes into the archive and opens', async () => {
    const before = (await (await fetch(base + 'api/health')).json()) as { articles: number };
    await page.fill('#code-title', 'Seed article');
    await page.click('#code-store');
    await page.waitForSelector('#stored-link');
    assert.match(await page.locator('#code-summary').innerText(), /stored as article \d+/);
    const afterStoring = (await (await fetch(base + 'api/health')).json()) as { articles: number };
    assert.equal(afterStoring.articles, before.articles + 1);
    await page.click('#stored-link');
    await page.waitForSelector('#article-text mark.hl-trigger');
    assert.equal(await page.locator('h1').innerText(), 'Seed article');
  });

  await t.test('phone width: no horizontal overflow, the views still work', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await go('#/network');
    await page.waitForSelector('svg.network .edge[data-pair="PRK-RUS"]');
    await noOverflow(page, 'network');
    await page.locator('#network-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('06-phone-network', false);
    await go('#/dyad/PRK/RUS');
    await page.waitForSelector('svg.dyad-chart .point');
    await noOverflow(page, 'dyad');
    await page.locator('svg.dyad-chart').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('07-phone-dyad', false);
    await go('#/events?actor=PRK');
    await page.waitForSelector('table.events tbody tr');
    await noOverflow(page, 'events');
    await page.locator('table.events').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('08-phone-events', false);
    await go('#/code');
    await page.click('#code-run');
    await page.waitForSelector('#code-summary');
    await noOverflow(page, 'code a text');
    await go('#/articles?q=Kim');
    await page.waitForSelector('#res-articles');
    await noOverflow(page, 'search');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  await t.test('error state: the API down shows a message and a retry button', async () => {
    assert.deepEqual(problems, [], 'no script errors so far');
    watching = false;
    await page.route('**/api/**', (r) => r.abort());
    await go('#/network');
    await page.waitForSelector('.error-box:has-text("cannot be reached")');
    assert.equal(await page.locator('#retry').count(), 1);
    await shot('09-api-down', false);
    await page.unroute('**/api/**');
    await page.click('#retry');
    await page.waitForSelector('svg.network .edge');
  });

  assert.deepEqual(problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p)), []);
  console.log(`# browser test: ${((Date.now() - started) / 1000).toFixed(1)} s, screenshots in test-output/`);
});
