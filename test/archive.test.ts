// Ingest of every input kind (and of broken ones), idempotency, re-coding, and every export format read back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadLexicon } from '../src/lexicon/load.ts';
import { codeDocument } from '../src/core/pipeline.ts';
import { PLOVER_TYPES, type CodedEvent } from '../src/core/types.ts';
import { Store, type ArticleRow } from '../src/store/store.ts';
import { ingestPaths, recodeArchive, type IngestSummary } from '../src/ingest/ingest.ts';
import { CSV_COLUMNS, exportArchive, type ExportFormat } from '../src/export/export.ts';
import { Progress } from '../src/ingest/progress.ts';
import { Writable } from 'node:stream';

const ROOT = join(import.meta.dirname, '..');
const lex = loadLexicon();
const tmp = mkdtempSync(join(tmpdir(), 'dyad-archive-'));
const input = join(tmp, 'in');
const dbPath = join(tmp, 'archive.db');
let store: Store;
let first: IngestSummary;

before(async () => {
  cpSync(join(ROOT, 'test/fixtures/archive'), input, { recursive: true });
  const bad = join(input, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(bad, 'empty.txt'), '');
  writeFileSync(join(bad, 'latin1.txt'), Buffer.from('La Russia ha accusato gli Stati Uniti. Citt\xe0 e libert\xe0.', 'latin1'));
  writeFileSync(join(bad, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Russia accused the United States. '));
  writeFileSync(join(bad, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  store = Store.open(dbPath);
  first = await ingestPaths(store, [input], { lexicon: lex });
});
after(() => { store?.close(); rmSync(tmp, { recursive: true, force: true }); });

const articles = () => store.db.prepare('SELECT * FROM articles ORDER BY id').all() as ArticleRow[];
const bySource = (suffix: string) => articles().find((a) => a.source_path?.endsWith(suffix));
const p = (rel: string) => join(input, rel);

test('every failure says which file, what was expected and what was found, and the batch goes on', () => {
  for (const f of first.failed) assert.match(f, /^Cannot (read|code) ".+": .*expected .+, found .+/, f);
  const expectFailure = (re: RegExp) => assert.ok(first.failed.some((f) => re.test(f)), `no failure matching ${re} in:\n${first.failed.join('\n')}`);
  const q = (rel: string) => `Cannot read "${p(rel)}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expectFailure(new RegExp(`^${q('bad/binary.txt')}": expected UTF-8 text, found binary data`));
  expectFailure(new RegExp(`^${q('bad/empty.txt')}": expected article text, found an empty file`));
  expectFailure(new RegExp(`^${q('bad/latin1.txt')}": expected UTF-8 text, found invalid UTF-8 at byte \\d+`));
  expectFailure(new RegExp(`^${q('bad/huge.txt')}": expected at most 8 MB of text, found 50\\.0 MB`));
  expectFailure(new RegExp(`^${q('feeds/broken.xml')}": expected an RSS or Atom feed, found invalid XML`));
  expectFailure(new RegExp(`^${q('pages/home-no-article.html')}": expected an article in the HTML page, found no main text`));
  expectFailure(new RegExp(`^${q('feeds/world.rss#item-3')}": expected article text in the item's content or description, found none`));
  expectFailure(new RegExp(`^${q('batches/wire.jsonl')}": line 3: expected "text" as a string, found 42`));
  expectFailure(new RegExp(`^${q('batches/wire.jsonl')}": line 4: expected a JSON object, found invalid JSON`));
  expectFailure(new RegExp(`^${q('batches/wire.jsonl')}": line 5: expected "date" as YYYY-MM-DD, found "2024-13-40"`));
  assert.equal(first.failed.length, 10);
  assert.deepEqual([...first.ignored].sort(), [['.md', 1], ['.png', 1]]);
  // the good articles around the bad ones were all stored
  assert.equal(first.coded, articles().length);
  assert.equal(first.read, first.coded + first.duplicates);
  assert.ok(first.coded >= 9, `coded ${first.coded}`);
});

test('plain text files, in nested folders too, are dated by their name, else by the file date', () => {
  const a = bySource('text/russia-usa.txt')!;
  assert.ok(a, 'text file stored');
  assert.equal(a.title, 'Russia accuses Washington over Ukraine');
  assert.match(a.text, /Russia accused the United States/);
  assert.equal(a.date_source, 'file-mtime');
  assert.equal(a.date, new Date(statSync(p('text/russia-usa.txt')).mtimeMs).toISOString().slice(0, 10));
  assert.equal(a.lang, 'en');
  const it = bySource('nested/deeper/2024-11-22-italia-francia.txt')!;
  assert.equal(it.lang, 'it');
  assert.deepEqual([it.date, it.date_source], ['2024-11-22', 'file-name'], 'a YYYY-MM-DD-slug.txt name dates the article');
  assert.equal(first.undated, articles().filter((x) => x.date_source === 'file-mtime').length);
  assert.equal(first.undated, 2);
});

test('an HTML page gives its main text, title, author, date, language and canonical URL', () => {
  const a = bySource('pages/kim-belousov.html')!;
  assert.ok(a, 'page stored');
  assert.equal(a.title, "Kim meets Russia's defence minister in Pyongyang");
  assert.equal(a.author, 'Jane Doe');
  assert.equal(a.date, '2024-11-29');
  assert.equal(a.date_source, 'article');
  assert.equal(a.lang, 'en');
  assert.equal(a.url, 'https://news.example.org/world/kim-belousov');
  assert.match(a.text, /Kim Jong-un met the Russian defence minister/);
  assert.match(a.text, /Pyongyang on Friday, state media reported\.\n\nChina and Russia/, 'paragraphs stay apart');
  assert.doesNotMatch(a.text, /Privacy|Sport|© 2024/, 'navigation and footer are not article text');
});

test('RSS and Atom items are one article each, with link, date, author and the feed language', () => {
  const r1 = bySource('feeds/world.rss#item-1')!;
  assert.deepEqual([r1.title, r1.url, r1.date, r1.author, r1.lang], ['EU sanctions Iran', 'https://news.example.org/eu-iran', '2024-11-26', 'John Roe', 'en']);
  assert.equal(r1.text, 'The European Union imposed new sanctions on Iran on Tuesday.\n\nTehran rejected the decision.');
  const r2 = bySource('feeds/world.rss#item-2')!;
  assert.equal(r2.text, 'China and Russia signed an agreement on energy cooperation in Beijing.', 'content:encoded');
  const a1 = bySource('feeds/esteri.atom#item-1')!;
  assert.deepEqual([a1.title, a1.url, a1.date, a1.author, a1.lang], ['Mosca accusa Washington', 'https://esteri.example.it/mosca-washington', '2024-11-28', 'Maria Bianchi', 'it']);
  // the second Atom entry has the same text as a JSONL line read before it: stored once
  assert.equal(bySource('feeds/esteri.atom#item-2'), undefined);
  assert.equal(first.duplicates, 1);
});

test('JSONL lines follow the batch contract, with optional title and url', () => {
  const w1 = bySource('batches/wire.jsonl#wire-1')!;
  assert.deepEqual([w1.title, w1.url, w1.date, w1.lang], ['Russia accuses US', 'https://wire.example.net/1', '2024-11-20', 'en']);
  assert.equal(bySource('batches/wire.jsonl#wire-2')!.lang, 'it', 'language detected');
  assert.equal(bySource('batches/wire.jsonl#wire-5')!.date_source, 'file-mtime');
});

test('stored events are exactly what the coder gives for each stored article', () => {
  let total = 0;
  for (const a of articles()) {
    const res = codeDocument(a.text, lex, { date: a.date, lang: a.lang! });
    assert.ok(res.ok);
    const stored = store.eventsOf(a.id).map(({ id, article_id, lexicon_version, ...e }) => e);
    const key = (e: CodedEvent) => JSON.stringify(e);
    assert.deepEqual(stored.map(key).sort(), res.events.map(key).sort(), a.source_path ?? '');
    assert.equal(store.quotesOf(a.id).length, res.quotes.length);
    total += res.events.length;
  }
  assert.equal(store.counts().events, total);
  assert.equal(first.events, total);
});

test('ingesting the same inputs again stores nothing twice', async () => {
  const before = store.counts();
  // the same article with Windows line endings and extra spaces is the same article
  writeFileSync(join(tmp, 'copy.txt'), readFileSync(p('text/russia-usa.txt'), 'utf8').replace(/\n/g, '  \r\n'));
  const again = await ingestPaths(store, [input, join(tmp, 'copy.txt')], { lexicon: lex });
  assert.equal(again.coded, 0);
  assert.equal(again.duplicates, again.read);
  assert.equal(again.read, first.read + 1);
  assert.deepEqual(store.counts(), before);
});

test('a stop request commits what is coded and reports the ingest as interrupted', async () => {
  const s = Store.open(join(tmp, 'stop.db'));
  let asked = 0;
  const r = await ingestPaths(s, [input], { lexicon: lex, batchSize: 100, shouldStop: () => ++asked >= 2 });
  assert.equal(r.interrupted, true);
  assert.equal(r.coded, 2);
  assert.equal(s.counts().articles, 2);
  s.close();
});

test('coding in worker threads stores the same articles, in the same order, with the same events', async () => {
  const s = Store.open(join(tmp, 'workers.db'));
  const r = await ingestPaths(s, [input], { lexicon: lex, workers: 2, batchSize: 3 });
  assert.deepEqual([r.read, r.coded, r.duplicates, r.undated, r.events], [first.read, first.coded, first.duplicates, first.undated, first.events]);
  assert.deepEqual([...r.failed].sort(), [...first.failed].sort());
  const dump = (st: Store) => (st.db.prepare('SELECT id, source_path, content_hash, lang, date FROM articles ORDER BY id').all() as Array<{ id: number }>)
    .map((a) => ({ ...a, events: st.eventsOf(a.id).map(({ id, lexicon_version, ...e }) => e) }));
  assert.deepEqual(dump(s), dump(store).filter((a) => a.id <= first.coded));
  s.close();
});

test('paths that do not exist are reported, not fatal', async () => {
  const s = Store.open(join(tmp, 'missing.db'));
  const r = await ingestPaths(s, [join(tmp, 'nope'), p('text/russia-usa.txt')], { lexicon: lex });
  assert.match(r.failed[0]!, /^Cannot read ".*nope": expected a file or folder, found nothing at that path$/);
  assert.equal(r.coded, 1);
  s.close();
});

test('recode re-codes articles coded with another lexicon version, and only those', () => {
  const before = store.counts();
  const next = { ...lex, version: 'test-next-version' };
  const r = recodeArchive(store, next);
  assert.equal(r.articles, before.articles);
  assert.equal(r.recoded, before.articles);
  assert.deepEqual(store.counts(), before, 'same lexicon rules: same events, none lost or doubled');
  assert.deepEqual(store.db.prepare('SELECT DISTINCT lexicon_version FROM events').pluck().all(), before.events ? ['test-next-version'] : []);
  assert.equal(recodeArchive(store, next).articles, 0, 'nothing left to re-code');
  assert.equal(recodeArchive(store, next, { all: true }).recoded, before.articles);
});

// ── exports ─────────────────────────────────────────────────────────────

const TRICKY = 'He said "no", then left;\nand a second line, with commas & <tags>.';
let trickyId = 0;
function addTricky() {
  if (trickyId) return;
  const ev: CodedEvent = {
    type: 'REJECT', mode: null, context: ['economic', 'military'], cameo: '120', goldstein: -4, status: 'claimed',
    source: { code: 'ZZA', sector: 'GOV', actor_id: null, text: 'Zed "A"', span: [0, 7] },
    target: { code: 'ZZB', sector: null, actor_id: null, text: 'Zed, B', span: [10, 16] },
    date: '2023-01-02', date_precision: 'day', location: { name: 'Tab\there', code: 'ZZA' }, quote: null,
    sentence: { index: 0, text: TRICKY, span: [0, TRICKY.length] }, trigger: { text: 'said "no"', span: [3, 12] },
    rule: { id: 'test:tricky', file: 'test.yaml', line: 1 }, mentions: 1,
  };
  trickyId = store.transaction(() => store.insertArticle({ text: TRICKY, date: '2023-01-02', lang: 'en', url: 'https://x.example/a?b=1,2' }, { events: [ev], quotes: [], sentences: 1 }, 'test'));
  store.db.prepare("INSERT OR REPLACE INTO actors VALUES ('ZZA', 'Zed & \"A\" <ltd>', 'state')").run();
}

async function exported(format: ExportFormat, filter = {}): Promise<{ text: string; n: number }> {
  let text = '';
  const n = await exportArchive(store, format, filter, (c) => { text += c; });
  return { text, n };
}

test('PLOVER JSON lines: one record per event with PLOVER fields', async () => {
  addTricky();
  const { text, n } = await exported('plover');
  const lines = text.split('\n').filter(Boolean);
  assert.equal(lines.length, store.counts().events);
  assert.equal(n, lines.length);
  const events = new Map(store.listEvents({}, { limit: 500, offset: 0 }).items.map((e) => [`dyad-${e.id}`, e]));
  for (const line of lines) {
    const r = JSON.parse(line);
    const e = events.get(r.id)!;
    assert.ok(e, r.id);
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(r.event, [e.type]);
    assert.ok(PLOVER_TYPES.includes(r.event[0]));
    assert.equal(r.actor[0].code, e.source.code);
    assert.equal(r.actor[0].entity_text, e.source.text);
    assert.deepEqual(r.recipient.map((x: { code: string }) => x.code), e.target ? [e.target.code] : []);
    assert.ok([1, 2, 3, 4].includes(r.quad_code));
    assert.equal(r.event_scale, e.goldstein);
    assert.deepEqual(r.event_text, [e.trigger.text]);
    assert.equal(r.text, e.sentence.text);
    assert.equal(r.status, e.status);
  }
  const tricky = JSON.parse(lines.find((l) => l.includes('test:tricky'))!);
  assert.equal(tricky.link, 'https://x.example/a?b=1,2');
  assert.deepEqual(tricky.context, ['economic', 'military']);
});

test('CSV: a header and one RFC 4180 row per event, quotes, commas and newlines intact', async () => {
  addTricky();
  const { text } = await exported('csv');
  assert.ok(text.startsWith(CSV_COLUMNS.join(',') + '\r\n'));
  const rows = parseCsv(text, { columns: true }) as Array<Record<string, string>>;
  assert.equal(rows.length, store.counts().events);
  const t = rows.find((r) => r.rule_id === 'test:tricky')!;
  assert.equal(t.sentence_text, TRICKY);
  assert.equal(t.source_text, 'Zed "A"');
  assert.equal(t.target_text, 'Zed, B');
  assert.equal(t.context, 'economic;military');
  assert.equal(t.goldstein, '-4');
  assert.equal(t.article_url, 'https://x.example/a?b=1,2');
  for (const r of rows) assert.ok(PLOVER_TYPES.includes(r.type as never));
});

test('GDELT-like TSV: eight tab-separated columns per event', async () => {
  addTricky();
  const { text } = await exported('gdelt');
  const lines = text.split('\n').filter(Boolean);
  assert.equal(lines.length, store.counts().events);
  for (const l of lines) {
    const cols = l.split('\t');
    assert.equal(cols.length, 8, l);
    assert.match(cols[0]!, /^\d{8}$/);
    assert.match(cols[3]!, /^\d{2,4}$/, 'CAMEO code');
    assert.ok(Number.isFinite(Number(cols[4])), 'Goldstein');
  }
  assert.ok(lines.includes(['20230102', 'ZZA', 'ZZB', '120', '-4', 'Tab here', 'ZZA', 'https://x.example/a?b=1,2'].join('\t')));
});

test('filters narrow every export: status, actor and dates', async () => {
  addTricky();
  const claimed = (await exported('csv', { statuses: ['claimed'] })).text;
  const rows = parseCsv(claimed, { columns: true }) as Array<Record<string, string>>;
  assert.ok(rows.length >= 1);
  assert.ok(rows.every((r) => r.status === 'claimed'));
  const zza = parseCsv((await exported('csv', { actor: 'ZZA' })).text, { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(zza.map((r) => r.rule_id), ['test:tricky']);
  assert.equal((await exported('gdelt', { from: '2023-01-03', to: '2023-12-31' })).text, '');
});

test('GraphML: the actor network reads back with graphology, names escaped', async () => {
  addTricky();
  const { text } = await exported('graphml', {});
  const g = parseGraphml(Graph as unknown as Parameters<typeof parseGraphml>[0], text); // graphology's types are ESM in a CommonJS package
  const net = store.network({});
  assert.equal(g.order, net.nodes.length);
  assert.equal(g.size, net.edges.length);
  assert.ok(g.type === 'directed');
  for (const e of net.edges) {
    const key = g.edge(e.source, e.target);
    assert.ok(key, `${e.source}->${e.target}`);
    const attrs = g.getEdgeAttributes(key);
    assert.equal(attrs.count, e.count);
    assert.equal(attrs.score, e.score);
    assert.equal(attrs.cooperation, e.cooperation);
    assert.equal(attrs.conflict, e.conflict);
  }
  assert.equal(g.getNodeAttribute('ZZA', 'label'), 'Zed & "A" <ltd>');
});

test('dyad export on the command line writes the file and rejects an unknown format', async () => {
  addTricky();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const run = promisify(execFile);
  const out = join(tmp, 'events.csv');
  const r = await run(process.execPath, [join(ROOT, 'bin/dyad'), 'export', '--db', dbPath, '--format', 'csv', '--out', out, '--status', 'claimed']);
  assert.match(r.stderr, /Exported \d+ events? as csv to /);
  assert.equal(readFileSync(out, 'utf8'), (await exported('csv', { statuses: ['claimed'] })).text);
  await assert.rejects(run(process.execPath, [join(ROOT, 'bin/dyad'), 'export', '--db', dbPath, '--format', 'xls']), (e: { code: number; stderr: string }) => {
    assert.equal(e.code, 2);
    assert.match(e.stderr, /Expected --format as one of plover, csv, gdelt, graphml, found "xls"/);
    return true;
  });
});

test('progress off a terminal: plain lines with articles, articles/s, share done and ETA', () => {
  let out = '';
  const stream = new Writable({ write(chunk, _enc, cb) { out += chunk; cb(); } }) as unknown as NodeJS.WriteStream;
  const pr = new Progress({ unit: 'bytes', total: 4 * 1024 * 1024, label: 'ingest', stream, every: 0 });
  pr.tick(1024 * 1024, 10);
  pr.tick(1024 * 1024, 10);
  pr.stop();
  const lines = out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[1]!, /^ingest: 20 articles, [\d.]+ articles\/s, 50% \(2\.0 MB of 4\.0 MB\), ETA \d+s$/);
  assert.doesNotMatch(out, /\u001b\[/, 'no terminal escapes in logs');
});
