// Every API route through app.request(), the token and body-limit rules, static files, and one run over a real socket.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon } from '../src/lexicon/load.ts';
import { PLOVER_TYPES, type CodedEvent } from '../src/core/types.ts';
import { Store, type StoredEvent } from '../src/store/store.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { createApp } from '../src/server/app.ts';
import { isLoopback, startServer } from '../src/server/serve.ts';

const ROOT = join(import.meta.dirname, '..');
const lex = loadLexicon();
const tmp = mkdtempSync(join(tmpdir(), 'dyad-api-'));
let store: Store;
let app: ReturnType<typeof createApp>;

/** Synthetic events with known actors, dates and scores, so the relation routes have something certain to add up. */
function ev(source: string, target: string | null, date: string, goldstein: number, type: CodedEvent['type'] = 'ACCUSE', status: CodedEvent['status'] = 'asserted'): CodedEvent {
  return {
    type, mode: null, context: [], cameo: '112', goldstein, status,
    source: { code: source, sector: 'GOV', actor_id: null, text: source, span: [0, 3] },
    target: target ? { code: target, sector: 'GOV', actor_id: null, text: target, span: [10, 13] } : null,
    date, date_precision: 'day', location: null, quote: null,
    sentence: { index: 0, text: 'QQA did something to QQB.', span: [0, 25] }, trigger: { text: 'did', span: [4, 7] },
    rule: { id: 'test:synthetic', file: 'test.yaml', line: 1 }, mentions: 1,
  };
}

before(async () => {
  store = Store.open(join(tmp, 'api.db'));
  await ingestPaths(store, [join(ROOT, 'test/fixtures/archive')], { lexicon: lex });
  store.transaction(() => store.insertArticle(
    { text: 'Synthetic article about QQA and QQB, written for the API tests.', date: '2023-03-01', lang: 'en', title: 'Synthetic QQA QQB', url: 'https://example.test/qq' },
    {
      events: [
        ev('QQA', 'QQB', '2023-03-01', -2), ev('QQA', 'QQB', '2023-03-01', 3, 'AGREE'), ev('QQA', 'QQB', '2023-03-08', -10, 'ASSAULT'),
        ev('QQA', 'QQB', '2023-04-02', -5, 'THREATEN', 'claimed'), ev('QQB', 'QQA', '2023-03-02', 1, 'CONSULT'), ev('QQB', null, '2023-03-02', -2, 'MOBILIZE'),
      ],
      quotes: [{ text: 'we shall never surrender the harbour', span: [0, 10], speaker: { code: 'QQA', sector: 'GOV', actor_id: null, text: 'QQA', span: [0, 3] }, sentence: 0 }],
      sentences: 1,
    }, 'test'));
  app = createApp(store, { lexicon: lex, version: '9.9.9' });
});
after(() => { store?.close(); rmSync(tmp, { recursive: true, force: true }); });

async function get(path: string, expectStatus = 200): Promise<any> {
  const r = await app.request(path);
  const body = r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text();
  assert.equal(r.status, expectStatus, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}
async function post(path: string, body: unknown, headers: Record<string, string> = {}, a = app): Promise<{ status: number; body: any }> {
  const r = await a.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  return { status: r.status, body: await r.json() };
}
const badRequest = async (path: string, re: RegExp) => { const b = await get(path, 400); assert.match(b.error, re); assert.match(b.error, /^expected .+, found /); };

test('GET /api/health counts the archive', async () => {
  const h = await get('/api/health');
  const n = store.counts();
  assert.deepEqual(h, { ok: true, version: '9.9.9', articles: n.articles, events: n.events, quotes: n.quotes });
});

test('GET /api/articles lists, searches, filters and pages', async () => {
  const all = await get('/api/articles');
  assert.equal(all.total, store.counts().articles);
  assert.ok(all.items.every((a: any) => !('text' in a) && typeof a.events === 'number'));
  const dates = all.items.map((a: any) => a.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const q = await get('/api/articles?q=sanctions');
  assert.ok(q.total >= 1 && q.items.every((a: any) => /\[sanctions\]/i.test(a.snippet)));
  const it = await get('/api/articles?lang=it');
  assert.ok(it.total >= 1 && it.items.every((a: any) => a.lang === 'it'));
  const range = await get('/api/articles?from=2024-11-26&to=2024-11-28');
  assert.ok(range.total >= 1 && range.items.every((a: any) => a.date >= '2024-11-26' && a.date <= '2024-11-28'));
  const p1 = await get('/api/articles?limit=2&offset=0'), p2 = await get('/api/articles?limit=2&offset=2');
  assert.equal(p1.items.length, 2);
  assert.notDeepEqual(p1.items.map((a: any) => a.id), p2.items.map((a: any) => a.id));
  await badRequest('/api/articles?limit=501', /limit as a whole number from 1 to 500, found "501"/);
  await badRequest('/api/articles?from=yesterday', /from as a date YYYY-MM-DD/);
  await badRequest('/api/articles?lang=italian', /lang as a two-letter code/);
});

test('GET /api/articles/:id gives text, events and quotes', async () => {
  const id = (await get('/api/articles?q=Synthetic')).items[0].id;
  const a = await get(`/api/articles/${id}`);
  assert.equal(a.title, 'Synthetic QQA QQB');
  assert.match(a.text, /Synthetic article/);
  assert.equal(a.events.length, 6);
  assert.equal(a.quotes[0].text, 'we shall never surrender the harbour');
  assert.equal(a.quotes[0].speaker.code, 'QQA');
  assert.match((await get('/api/articles/999999', 404)).error, /no such article/);
  await badRequest('/api/articles/abc', /an article id/);
});

test('GET /api/events: the core event shape plus id and article fields, with every filter', async () => {
  const all = await get('/api/events?limit=500');
  assert.equal(all.total, store.counts().events);
  const e = all.items[0] as StoredEvent;
  for (const k of ['id', 'article_id', 'article_title', 'article_url', 'type', 'mode', 'context', 'cameo', 'goldstein', 'status', 'source', 'target', 'date', 'date_precision', 'location', 'quote', 'sentence', 'trigger', 'rule', 'mentions']) assert.ok(k in e, k);
  assert.deepEqual(Object.keys(e.source).sort(), ['actor_id', 'code', 'sector', 'span', 'text']);
  assert.deepEqual(Object.keys(e.sentence).sort(), ['index', 'span', 'text']);
  const dates = all.items.map((x: any) => x.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'default sort -date');
  const asc = (await get('/api/events?sort=date&limit=500')).items.map((x: any) => x.date);
  assert.deepEqual(asc, [...asc].sort());

  const check = async (qs: string, pred: (x: StoredEvent) => boolean, min = 1) => {
    const r = await get(`/api/events?limit=500&${qs}`);
    assert.ok(r.total >= min, `${qs}: ${r.total}`);
    assert.equal(r.items.length, r.total);
    assert.ok(r.items.every(pred), qs);
    assert.equal(r.total, all.items.filter(pred).length, `${qs} finds every match`);
  };
  await check('actor=QQA', (x) => x.source.code === 'QQA' || x.target?.code === 'QQA', 5);
  await check('source=qqb', (x) => x.source.code === 'QQB', 2);
  await check('target=QQB', (x) => x.target?.code === 'QQB', 4);
  await check('dyad=QQB-QQA', (x) => [x.source.code, x.target?.code].sort().join() === 'QQA,QQB', 5);
  await check('type=ASSAULT,agree', (x) => x.type === 'ASSAULT' || x.type === 'AGREE', 2);
  await check('status=claimed', (x) => x.status === 'claimed');
  await check('from=2023-03-02&to=2023-03-31', (x) => x.date >= '2023-03-02' && x.date <= '2023-03-31', 3);
  await check('lang=en&actor=QQA', (x) => x.article_lang === 'en' && (x.source.code === 'QQA' || x.target?.code === 'QQA'), 5);
  assert.equal((await get('/api/events?q=Synthetic&limit=500')).total, 6);
  const paged = await get('/api/events?limit=2&offset=1&actor=QQA&sort=date');
  assert.equal(paged.total, 5);
  assert.deepEqual(paged.items.map((x: any) => x.date), ['2023-03-01', '2023-03-02']);
  await badRequest('/api/events?type=FIGHT', /type as one or more of AGREE/);
  await badRequest('/api/events?status=maybe', /status as one or more of asserted/);
  await badRequest('/api/events?dyad=PRK', /dyad as two actor codes joined by "-"/);
  await badRequest('/api/events?sort=name', /sort as date or -date/);
  await badRequest('/api/events?actor=a;drop', /actor as an actor code/);
  await badRequest('/api/events?limit=0', /limit/);
});

test('GET /api/actors: lexicon actors with event counts, searchable', async () => {
  const all = await get('/api/actors');
  assert.ok(all.length >= Object.keys(lex.actors).length);
  const counts = all.map((a: any) => a.events);
  assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
  const qqa = all.find((a: any) => a.code === 'QQA');
  assert.deepEqual(qqa, { code: 'QQA', name: 'QQA', kind: 'unknown', events: 5 });
  const some = Object.entries(lex.actors)[0]!;
  const found = await get(`/api/actors?q=${encodeURIComponent(some[1].name.toLowerCase())}`);
  assert.ok(found.some((a: any) => a.code === some[0] && a.name === some[1].name && a.kind === some[1].kind));
});

test('GET /api/dyads/:a/:b: series per interval in both directions, asserted by default', async () => {
  const d = await get('/api/dyads/QQA/QQB?interval=week');
  assert.equal(d.source, 'QQA');
  assert.deepEqual(d.series.map((p: any) => [p.period, p.count, p.cooperation, p.conflict, p.score, p.by_type]), [
    ['2023-02-27', 2, 3, -2, 1, { ACCUSE: 1, AGREE: 1 }],
    ['2023-03-06', 1, 0, -10, -10, { ASSAULT: 1 }],
  ]);
  assert.equal(d.series[0].event_ids.length, 2);
  assert.deepEqual(d.reverse.series.map((p: any) => [p.source ?? d.reverse.source, p.period, p.count]), [['QQB', '2023-02-27', 1]]);
  const month = await get('/api/dyads/qqa/qqb?interval=month&status=all');
  assert.deepEqual(month.series.map((p: any) => [p.period, p.count]), [['2023-03', 3], ['2023-04', 1]]);
  const day = await get('/api/dyads/QQA/QQB?from=2023-03-02');
  assert.deepEqual(day.series.map((p: any) => p.period), ['2023-03-08']);
  await badRequest('/api/dyads/QQA/QQB?interval=year', /interval as day, week or month/);
});

test('GET /api/network: nodes and weighted directed edges, filtered', async () => {
  const n = await get('/api/network?from=2023-01-01&to=2023-12-31');
  assert.deepEqual(n.edges, [
    { source: 'QQA', target: 'QQB', count: 3, cooperation: 3, conflict: -12, score: -9 },
    { source: 'QQB', target: 'QQA', count: 1, cooperation: 1, conflict: 0, score: 1 },
  ]);
  assert.deepEqual(n.nodes, [{ id: 'QQB', label: 'QQB', events: 5 }, { id: 'QQA', label: 'QQA', events: 4 }]);
  const all = await get('/api/network?status=all&type=THREATEN');
  assert.deepEqual(all.edges.filter((e: any) => e.source === 'QQA'), [{ source: 'QQA', target: 'QQB', count: 1, cooperation: 0, conflict: -5, score: -5 }]);
  const it = await get('/api/network?lang=it&status=all');
  assert.ok(!it.nodes.some((x: any) => x.id === 'QQA'));
  await badRequest('/api/network?to=2023-02-30', /to as a date/);
});

test('GET /api/search: articles and quotes by full text, user input never breaks the query', async () => {
  const s = await get('/api/search?q=harbour');
  assert.equal(s.quotes.length, 1);
  assert.match(s.quotes[0].snippet, /\[harbour\]/);
  assert.equal(s.quotes[0].article_title, 'Synthetic QQA QQB');
  assert.ok((await get('/api/search?q=sanctions')).articles.length >= 1);
  for (const q of ['"', 'NOT', 'a OR (', 'title:x', '*', "dell'Ucraina"]) await get(`/api/search?q=${encodeURIComponent(q)}`);
  await badRequest('/api/search?q=', /search words in q, found nothing/);
});

test('POST /api/articles codes and stores once; POST /api/code codes without storing', async () => {
  const text = 'Russia accused the United States of escalating the war in Ukraine, officials said on a test day.';
  const before = store.counts();
  const a = await post('/api/articles', { text, date: '2024-12-05', title: 'posted', url: 'https://example.test/p' });
  assert.equal(a.status, 201);
  assert.equal(a.body.duplicate, false);
  assert.ok(Array.isArray(a.body.events));
  assert.equal(store.counts().articles, before.articles + 1);
  const stored = await get(`/api/articles/${a.body.article_id}`);
  assert.deepEqual([stored.title, stored.url, stored.date], ['posted', 'https://example.test/p', '2024-12-05']);
  assert.equal(stored.events.length, a.body.events.length);
  const again = await post('/api/articles', { text: text + '  ', date: '2024-12-05' });
  assert.deepEqual([again.status, again.body.article_id, again.body.duplicate], [200, a.body.article_id, true]);
  assert.equal(store.counts().articles, before.articles + 1);

  const c = await post('/api/code', { text, date: '2024-12-05', lang: 'en' });
  assert.equal(c.status, 200);
  assert.equal(c.body.lang, 'en');
  assert.deepEqual(c.body.events.map((e: CodedEvent) => e.type), a.body.events.map((e: CodedEvent) => e.type));
  assert.ok(c.body.events.every((e: CodedEvent) => PLOVER_TYPES.includes(e.type)));
  assert.equal(store.counts().articles, before.articles + 1, 'nothing stored');

  for (const [body, re] of [
    ['{not json', /expected a JSON object body, found invalid JSON/],
    [[1, 2], /found an array/],
    [{ title: 'no text' }, /expected "text" as a string, found no "text" field/],
    [{ text: '   ' }, /found an empty string/],
    [{ text: 'x', date: '05/12/2024' }, /expected "date" as YYYY-MM-DD/],
    [{ text: 'x', lang: 'english' }, /expected "lang" as a two-letter code/],
  ] as const) {
    for (const route of ['/api/articles', '/api/code']) {
      const r = await post(route, body);
      assert.equal(r.status, 400, `${route} ${JSON.stringify(body)}`);
      assert.match(r.body.error, re);
    }
  }
  for (const route of ['/api/articles', '/api/code']) {
    const zz = await post(route, { text: 'Russia accused the United States.', lang: 'zz' });
    assert.equal(zz.status, 422);
    assert.match(zz.body.error, /^expected a text in one of .+, found language "zz"$/);
    const none = await post(route, { text: '12345 67890 ... 2024 !!! 42' });
    assert.equal(none.status, 422);
    assert.match(none.body.error, /^expected a text in one of .+, found no language dyad supports \(detected; pass "lang" to override\)$/);
  }
  assert.equal(store.counts().articles, before.articles + 1, 'nothing stored for texts that cannot be coded');
});

test('request bodies over 2 MB get 413 with a JSON message', async () => {
  const big = JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024 + 10) });
  for (const route of ['/api/articles', '/api/code']) {
    const r = await post(route, big);
    assert.equal(r.status, 413);
    assert.match(r.body.error, /expected a request body of at most 2 MB/);
  }
});

test('with a token, POST needs "Authorization: Bearer <token>"; GET does not', async () => {
  const locked = createApp(store, { lexicon: lex, token: 's3cret' });
  const none = await post('/api/code', { text: 'Russia accused the United States.' }, {}, locked);
  assert.equal(none.status, 401);
  assert.match(none.body.error, /expected "Authorization: Bearer <token>" for POST requests, found no Authorization header/);
  const wrong = await post('/api/code', { text: 'Russia accused the United States.' }, { authorization: 'Bearer nope' }, locked);
  assert.equal(wrong.status, 401);
  assert.match(wrong.body.error, /found a wrong token/);
  assert.equal((await post('/api/code', { text: 'Russia accused the United States.', lang: 'en' }, { authorization: 'Bearer s3cret' }, locked)).status, 200);
  assert.equal((await locked.request('/api/health')).status, 200);
});

test('GET /openapi.json describes every API route the app has', async () => {
  const spec = await get('/openapi.json');
  assert.equal(spec.openapi, '3.1.0');
  const described = new Set<string>();
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) for (const m of Object.keys(ops)) described.add(`${m.toUpperCase()} ${path}`);
  const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`).filter((r) => !r.endsWith(' /'));
  assert.ok(routes.length >= 11);
  for (const r of routes) assert.ok(described.has(r), `${r} is not in openapi.json`);
  for (const d of described) assert.ok(routes.includes(d), `${d} is described but not served`);
  // every $ref points at a schema that exists
  for (const m of JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) assert.ok(spec.components.schemas[m[1]!], m[1]);
});

test('unknown API routes are JSON 404s', async () => {
  assert.match((await get('/api/nope', 404)).error, /expected one of the routes listed in \/openapi\.json, found GET \/api\/nope/);
});

test('without web/ the root links the API description; with it, the dashboard files are served', async () => {
  const landing = await app.request('/');
  assert.equal(landing.status, 200);
  assert.match(await landing.text(), /href="\/openapi\.json"/);
  const web = join(tmp, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("dashboard");');
  const withWeb = createApp(store, { lexicon: lex, webDir: web });
  const index = await withWeb.request('/');
  assert.equal(index.status, 200);
  assert.equal(await index.text(), '<!doctype html><title>dashboard</title>');
  const js = await withWeb.request('/assets/app.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.equal((await withWeb.request('/assets/missing.js')).status, 404);
  assert.equal((await withWeb.request('/api/health')).status, 200, 'the API still answers');
});

test('over a real socket on 127.0.0.1: health, a POST with the token, and no start beyond loopback without a token', async () => {
  assert.ok(isLoopback('127.0.0.1') && isLoopback('localhost') && isLoopback('::1') && isLoopback('127.3.2.1'));
  assert.ok(!isLoopback('0.0.0.0') && !isLoopback('::') && !isLoopback('192.168.1.10'));
  const refused = await startServer(store, { host: '0.0.0.0', port: 0, lexicon: lex });
  assert.equal(refused.ok, false);
  assert.match(!refused.ok ? refused.error : '', /^Expected a token \(--token or DYAD_TOKEN\) to listen on "0\.0\.0\.0", found none/);

  const res = await startServer(store, { host: '127.0.0.1', port: 0, lexicon: lex, token: 'tok' });
  assert.ok(res.ok);
  const { url, close, port } = res.listening;
  try {
    assert.ok(port > 0);
    const h = await (await fetch(`${url}/api/health`)).json() as { ok: boolean; articles: number };
    assert.equal(h.ok, true);
    assert.equal(h.articles, store.counts().articles);
    const denied = await fetch(`${url}/api/code`, { method: 'POST', body: JSON.stringify({ text: 'Russia accused the United States.' }) });
    assert.equal(denied.status, 401);
    const ok = await fetch(`${url}/api/code`, { method: 'POST', headers: { authorization: 'Bearer tok' }, body: JSON.stringify({ text: 'Russia accused the United States.', lang: 'en' }) });
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { lang: string }).lang, 'en');
    const busy = await startServer(store, { host: '127.0.0.1', port, lexicon: lex });
    assert.equal(busy.ok, false);
    assert.match(!busy.ok ? busy.error : '', /expected a free port, found it in use/);
  } finally {
    await close();
  }
});
