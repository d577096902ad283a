// The archive store: schema and migrations, round trip of coded events, relations over time, transactional re-coding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contentHash, ftsQuery, Store, weekOf, type CodedArticle } from './store.ts';
import { MIGRATIONS } from './schema.ts';
import type { CodedEvent, PloverType, Status } from '../core/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => Store.open(join(dir, `s${++n}.db`));

function ev(over: Partial<{ type: PloverType; goldstein: number; status: Status; source: string; target: string | null; date: string }> = {}): CodedEvent {
  const source = over.source ?? 'RUS', target = over.target === undefined ? 'USA' : over.target;
  return {
    type: over.type ?? 'ACCUSE', mode: 'allege', context: ['military'], cameo: '112', goldstein: over.goldstein ?? -2, status: over.status ?? 'asserted',
    source: { code: source, sector: 'GOV', actor_id: null, text: source, span: [0, 6] },
    target: target === null ? null : { code: target, sector: 'GOV', actor_id: 'some-id', text: target, span: [16, 29] },
    date: over.date ?? '2024-11-30', date_precision: 'day', location: { name: 'Geneva', code: 'CHE' },
    quote: { text: 'we will answer', speaker: 'Russia' },
    sentence: { index: 0, text: 'Russia accused the United States, again.', span: [0, 40] },
    trigger: { text: 'accused', span: [7, 14] },
    rule: { id: 'en:accuse', file: 'en/triggers.yaml', line: 12 }, mentions: 2,
  };
}
const coded = (events: CodedEvent[]): CodedArticle => ({ events, quotes: [], sentences: 1 });
let articleNo = 0;
const article = (s: Store, events: CodedEvent[], lang = 'en') =>
  s.insertArticle({ text: `Article number ${++articleNo}: Russia accused the United States, again.`, date: '2024-11-30', lang }, coded(events), 'v1');

test('a new archive runs every migration once, in WAL mode, and refuses a newer schema', () => {
  const path = join(dir, 'm.db');
  const s = Store.open(path);
  const versions = s.db.prepare('SELECT version FROM migrations ORDER BY version').pluck().all();
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
  assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
  s.close();
  const again = Store.open(path); // nothing left to run: no error, same rows
  assert.equal(again.db.prepare('SELECT count(*) FROM migrations').pluck().get(), MIGRATIONS.length);
  again.db.prepare("INSERT INTO migrations VALUES (999, 'from the future', 'x')").run();
  again.close();
  assert.throws(() => Store.open(path), /expected an archive with schema version \d+ or older, found version 999/);
});

test('the content hash ignores line endings and spacing but not words', () => {
  assert.equal(contentHash('Russia  accused\r\nthe US.\n'), contentHash('Russia accused the US.'));
  assert.notEqual(contentHash('Russia accused the US.'), contentHash('Russia accused the UK.'));
});

test('full-text queries quote every user word so FTS5 operators and quotes are plain text', () => {
  assert.equal(ftsQuery('sanctions Iran'), '"sanctions" "Iran"');
  assert.equal(ftsQuery('NOT "x OR'), '"NOT" """x" "OR"');
  assert.equal(ftsQuery('sanc*'), '"sanc"*');
  assert.equal(ftsQuery('   '), null);
  const s = fresh();
  article(s, []);
  for (const q of ['NOT', '"', 'a AND (', 'title:x', '*', 'NEAR(a b)', "l'Ucraina"]) assert.doesNotThrow(() => s.search(q, 5), q);
  assert.equal(s.search('accused', 5).articles.length, 1);
  assert.equal(s.search('accus*', 5).articles.length, 1);
  s.close();
});

test('a stored event reads back exactly as the coder produced it', () => {
  const s = fresh();
  const e1 = ev(), e2 = ev({ target: null, type: 'MOBILIZE', goldstein: -2 });
  const id = article(s, [e1, e2]);
  const got = s.getArticle(id)!;
  assert.equal(got.events.length, 2);
  for (const [i, want] of [e1, e2].entries()) {
    const { id: eid, article_id, lexicon_version, ...rest } = got.events[i]!;
    assert.ok(eid > 0);
    assert.equal(article_id, id);
    assert.equal(lexicon_version, 'v1');
    assert.deepEqual(rest, want);
  }
  s.close();
});

test('weeks start on Monday', () => {
  assert.equal(weekOf('2024-11-25'), '2024-11-25'); // Monday
  assert.equal(weekOf('2024-11-30'), '2024-11-25'); // Saturday
  assert.equal(weekOf('2024-12-01'), '2024-11-25'); // Sunday
  assert.equal(weekOf('2025-01-01'), '2024-12-30'); // across a year
});

test('dyad series: counts per type, cooperation, conflict and score per day, week and month, asserted by default', () => {
  const s = fresh();
  article(s, [
    ev({ date: '2024-11-25', type: 'ACCUSE', goldstein: -2 }),
    ev({ date: '2024-11-25', type: 'AGREE', goldstein: 3 }),
    ev({ date: '2024-11-30', type: 'THREATEN', goldstein: -4.4 }),
    ev({ date: '2024-12-02', type: 'AGREE', goldstein: 3 }),
    ev({ date: '2024-11-26', type: 'ASSAULT', goldstein: -10, status: 'claimed' }),
    ev({ date: '2024-11-26', source: 'USA', target: 'RUS', type: 'SUPPORT', goldstein: 3.5 }),
  ]);
  const day = s.dyadSeries('RUS', 'USA', 'day', { statuses: ['asserted'] });
  assert.deepEqual(day.map((p) => [p.period, p.count, p.cooperation, p.conflict, p.score]), [
    ['2024-11-25', 2, 3, -2, 1], ['2024-11-30', 1, 0, -4.4, -4.4], ['2024-12-02', 1, 3, 0, 3],
  ]);
  const week = s.dyadSeries('RUS', 'USA', 'week', { statuses: ['asserted'] });
  assert.deepEqual(week.map((p) => [p.period, p.count, p.by_type]), [['2024-11-25', 3, { ACCUSE: 1, AGREE: 1, THREATEN: 1 }], ['2024-12-02', 1, { AGREE: 1 }]]);
  assert.equal(week[0]!.score, -3.4);
  const month = s.dyadSeries('RUS', 'USA', 'month', {});
  assert.deepEqual(month.map((p) => [p.period, p.count]), [['2024-11', 4], ['2024-12', 1]]); // no status filter: the claimed one too
  // every id behind a point is an event of that pair in that period
  for (const p of month) for (const id of p.event_ids) {
    const row = s.db.prepare('SELECT source_code, target_code, substr(date, 1, 7) AS m FROM events WHERE id = ?').get(id) as { source_code: string; target_code: string; m: string };
    assert.deepEqual(row, { source_code: 'RUS', target_code: 'USA', m: p.period });
  }
  // the SQL view agrees with the query
  const viewWeek = s.db.prepare("SELECT period, sum(count) AS n, round(sum(score), 3) AS score FROM relations_week WHERE source_code = 'RUS' AND target_code = 'USA' AND status = 'asserted' GROUP BY period ORDER BY period").all();
  assert.deepEqual(viewWeek, week.map((p) => ({ period: p.period, n: p.count, score: p.score })));
  assert.deepEqual(s.dyadSeries('USA', 'RUS', 'day', { statuses: ['asserted'], from: '2024-11-27' }), []);
  s.close();
});

test('the network has one directed edge per pair with Goldstein sums, and nodes for every actor with events', () => {
  const s = fresh();
  article(s, [ev({ goldstein: -2 }), ev({ goldstein: -4 }), ev({ source: 'USA', target: 'RUS', goldstein: 3 }), ev({ source: 'CHN', target: null, type: 'MOBILIZE', goldstein: -2 })]);
  article(s, [ev({ source: 'ITA', target: 'FRA', goldstein: 4 })], 'it');
  s.db.prepare("INSERT INTO actors VALUES ('RUS', 'Russia', 'state')").run();
  const net = s.network({ statuses: ['asserted'] });
  assert.deepEqual(net.edges.find((e) => e.source === 'RUS'), { source: 'RUS', target: 'USA', count: 2, cooperation: 0, conflict: -6, score: -6 });
  assert.equal(net.edges.length, 3);
  assert.deepEqual(net.nodes.find((n) => n.id === 'RUS'), { id: 'RUS', label: 'Russia', events: 3 });
  assert.deepEqual(net.nodes.find((n) => n.id === 'CHN'), { id: 'CHN', label: 'CHN', events: 1 });
  assert.deepEqual(s.network({ lang: 'it' }).edges.map((e) => `${e.source}>${e.target}`), ['ITA>FRA']);
  // actors of unknown country ("---") are stored but are no node or edge of the network
  article(s, [ev({ source: '---', target: 'RUS', goldstein: -2 }), ev({ source: 'RUS', target: '---', goldstein: -5 })], 'en');
  const after = s.network({ statuses: ['asserted'] });
  assert.equal(after.edges.length, 3);
  assert.ok(!after.nodes.some((n) => n.id === '---'));
  assert.equal(after.nodes.find((n) => n.id === 'RUS')!.events, 4);
  s.close();
});

test('re-coding replaces an article\'s events in one transaction: a failure keeps the old ones', () => {
  const s = fresh();
  const id = article(s, [ev(), ev({ type: 'THREATEN' })]);
  const before = s.eventsOf(id).map((e) => e.id);
  const broken = { ...ev(), source: { ...ev().source, text: null } } as unknown as CodedEvent; // violates NOT NULL
  assert.throws(() => s.replaceCoded(id, coded([ev({ type: 'AGREE' }), broken]), 'v2'));
  assert.deepEqual(s.eventsOf(id).map((e) => e.id), before);
  assert.equal(s.db.prepare('SELECT lexicon_version FROM articles WHERE id = ?').pluck().get(id), 'v1');
  s.replaceCoded(id, coded([ev({ type: 'AGREE' })]), 'v2');
  assert.deepEqual(s.eventsOf(id).map((e) => [e.type, e.lexicon_version]), [['AGREE', 'v2']]);
  assert.equal(s.articlesToRecode('v2', false).count, 0);
  assert.equal(s.articlesToRecode('v3', false).count, 1);
  s.close();
});

test('a read-only store opens an existing archive and cannot write to it', () => {
  const path = join(dir, 'ro.db');
  const w = Store.open(path);
  article(w, [ev()]);
  w.close();
  const r = Store.open(path, { readonly: true });
  assert.equal(r.counts().events, 1);
  assert.throws(() => r.db.prepare('DELETE FROM events').run(), /readonly/i);
  r.close();
  assert.throws(() => Store.open(join(dir, 'missing.db'), { readonly: true }), /Cannot open archive/);
  assert.ok(new Database(path).prepare('SELECT count(*) FROM articles').pluck().get());
});
