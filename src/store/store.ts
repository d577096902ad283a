// The event archive on SQLite: articles, their coded events and quotes, and the queries the API and exports need.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { normalize } from '../core/text.ts';
import { UNKNOWN_ACTOR, type CodedEvent, type PloverType, type Quote, type Status } from '../core/types.ts';
import type { Lexicon } from '../core/lexicon-types.ts';
import { migrate } from './schema.ts';

export interface ArticleInput {
  readonly text: string;
  readonly date: string;
  readonly lang: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly author?: string | null;
  readonly source_path?: string | null;
  /** 'article' when the date came with the article, 'file-name' (2024-11-30-slug.txt) or 'file-mtime' otherwise */
  readonly date_source?: string;
}

export interface CodedArticle {
  readonly events: readonly CodedEvent[];
  readonly quotes: readonly Quote[];
  readonly sentences: number;
}

export interface ArticleRow {
  id: number; content_hash: string; url: string | null; title: string | null; author: string | null; date: string;
  date_source: string; lang: string | null; text: string; source_path: string | null; ingested_at: string;
  lexicon_version: string | null; sentences: number | null;
}

/** A stored event: the core's CodedEvent plus where it lives in the archive. */
export type StoredEvent = CodedEvent & { id: number; article_id: number; lexicon_version: string; article_title?: string | null; article_url?: string | null; article_lang?: string | null };

export interface StoredQuote {
  id: number; article_id: number; text: string; span: [number, number]; sentence: number;
  speaker: { code: string | null; sector: string | null; actor_id: string | null; text: string } | null;
}

export interface EventFilter {
  actor?: string; source?: string; target?: string; dyad?: readonly [string, string];
  types?: readonly string[]; statuses?: readonly string[]; from?: string; to?: string; lang?: string; q?: string;
  articleId?: number;
}

export interface Page { limit: number; offset: number }
export type Interval = 'day' | 'week' | 'month';

export interface SeriesPoint { period: string; count: number; cooperation: number; conflict: number; score: number; by_type: Record<string, number>; event_ids: number[] }

export const round3 = (x: number) => Math.round(x * 1000) / 1000 + 0; // + 0 turns -0 into 0

/** The same article twice is stored once: the key is the hash of its normalized, whitespace-collapsed text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalize(text).replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Monday of the ISO week containing an ISO date. */
export function weekOf(date: string): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export const periodOf = (date: string, interval: Interval) => (interval === 'day' ? date : interval === 'week' ? weekOf(date) : date.slice(0, 7));

/** Quote user words for FTS5 so that no operator, column filter or stray quote is interpreted; "word*" keeps a prefix search. */
export function ftsQuery(q: string): string | null {
  const terms = q.split(/\s+/).filter(Boolean).map((t) => {
    const prefix = t.length > 1 && t.endsWith('*');
    const word = (prefix ? t.slice(0, -1) : t).replace(/"/g, '""');
    return `"${word}"${prefix ? '*' : ''}`;
  }).filter((t) => t !== '""' && t !== '""*');
  return terms.length ? terms.join(' ') : null;
}

interface EventRow {
  id: number; article_id: number; type: string; mode: string | null; context: string; cameo: string; goldstein: number; status: string;
  source_code: string; source_sector: string | null; source_actor_id: string | null; source_text: string; source_start: number; source_end: number;
  target_code: string | null; target_sector: string | null; target_actor_id: string | null; target_text: string | null; target_start: number | null; target_end: number | null;
  date: string; date_precision: string; location_name: string | null; location_code: string | null; quote_text: string | null; quote_speaker: string | null;
  sentence_index: number; sentence_text: string; sentence_start: number; sentence_end: number;
  trigger_text: string; trigger_start: number; trigger_end: number; rule_id: string; rule_file: string; rule_line: number; mentions: number; lexicon_version: string;
  article_title?: string | null; article_url?: string | null; article_lang?: string | null;
}

const EVENT_COLUMNS = [
  'article_id', 'type', 'mode', 'context', 'cameo', 'goldstein', 'status',
  'source_code', 'source_sector', 'source_actor_id', 'source_text', 'source_start', 'source_end',
  'target_code', 'target_sector', 'target_actor_id', 'target_text', 'target_start', 'target_end',
  'date', 'date_precision', 'location_name', 'location_code', 'quote_text', 'quote_speaker',
  'sentence_index', 'sentence_text', 'sentence_start', 'sentence_end', 'trigger_text', 'trigger_start', 'trigger_end',
  'rule_id', 'rule_file', 'rule_line', 'mentions', 'lexicon_version',
] as const;

/** A CodedEvent flattened to one row of the events table. */
export function eventToRow(e: CodedEvent, articleId: number, version: string): unknown[] {
  return [
    articleId, e.type, e.mode, JSON.stringify(e.context), e.cameo, e.goldstein, e.status,
    e.source.code, e.source.sector, e.source.actor_id, e.source.text, e.source.span[0], e.source.span[1],
    e.target?.code ?? null, e.target?.sector ?? null, e.target?.actor_id ?? null, e.target?.text ?? null, e.target?.span[0] ?? null, e.target?.span[1] ?? null,
    e.date, e.date_precision, e.location?.name ?? null, e.location?.code ?? null, e.quote?.text ?? null, e.quote?.speaker ?? null,
    e.sentence.index, e.sentence.text, e.sentence.span[0], e.sentence.span[1], e.trigger.text, e.trigger.span[0], e.trigger.span[1],
    e.rule.id, e.rule.file, e.rule.line, e.mentions, version,
  ];
}

/** One events row back into the nested shape the core produces. */
export function rowToEvent(r: EventRow): StoredEvent {
  const ev: StoredEvent = {
    id: r.id, article_id: r.article_id,
    type: r.type as PloverType, mode: r.mode, context: JSON.parse(r.context) as string[], cameo: r.cameo, goldstein: r.goldstein, status: r.status as Status,
    source: { code: r.source_code, sector: r.source_sector, actor_id: r.source_actor_id, text: r.source_text, span: [r.source_start, r.source_end] },
    target: r.target_code === null ? null : { code: r.target_code, sector: r.target_sector, actor_id: r.target_actor_id, text: r.target_text ?? '', span: [r.target_start ?? 0, r.target_end ?? 0] },
    date: r.date, date_precision: r.date_precision as CodedEvent['date_precision'],
    location: r.location_name === null ? null : { name: r.location_name, code: r.location_code ?? '' },
    quote: r.quote_text === null ? null : { text: r.quote_text, speaker: r.quote_speaker },
    sentence: { index: r.sentence_index, text: r.sentence_text, span: [r.sentence_start, r.sentence_end] },
    trigger: { text: r.trigger_text, span: [r.trigger_start, r.trigger_end] },
    rule: { id: r.rule_id, file: r.rule_file, line: r.rule_line },
    mentions: r.mentions, lexicon_version: r.lexicon_version,
  };
  if (r.article_title !== undefined) ev.article_title = r.article_title;
  if (r.article_url !== undefined) ev.article_url = r.article_url;
  if (r.article_lang !== undefined) ev.article_lang = r.article_lang;
  return ev;
}

interface QuoteRow { id: number; article_id: number; text: string; start: number; end: number; sentence_index: number; speaker_code: string | null; speaker_sector: string | null; speaker_actor_id: string | null; speaker_text: string | null }
const rowToQuote = (q: QuoteRow): StoredQuote => ({
  id: q.id, article_id: q.article_id, text: q.text, span: [q.start, q.end], sentence: q.sentence_index,
  speaker: q.speaker_text === null ? null : { code: q.speaker_code, sector: q.speaker_sector, actor_id: q.speaker_actor_id, text: q.speaker_text },
});

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  private readonly insArticle: Database.Statement;
  private readonly insEvent: Database.Statement;
  private readonly insQuote: Database.Statement;
  private readonly byHash: Database.Statement;

  private constructor(db: Database.Database, path: string) {
    this.db = db;
    this.path = path;
    this.insArticle = db.prepare(`INSERT INTO articles (content_hash, url, title, author, date, date_source, lang, text, source_path, ingested_at, lexicon_version, sentences)
      VALUES (@content_hash, @url, @title, @author, @date, @date_source, @lang, @text, @source_path, @ingested_at, @lexicon_version, @sentences)`);
    this.insEvent = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    this.insQuote = db.prepare(`INSERT INTO quotes (article_id, text, start, end, sentence_index, speaker_code, speaker_sector, speaker_actor_id, speaker_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byHash = db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck();
  }

  /** Opens (creating if needed) an archive: WAL journal, foreign keys, and any pending migrations. */
  static open(path: string, opts: { readonly?: boolean } = {}): Store {
    if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    } catch (e) {
      throw new Error(`Cannot open archive "${path}": ${(e as Error).message}`);
    }
    db.pragma('busy_timeout = 10000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a killed process never loses a committed transaction; only a power cut may lose the last ones
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      try { migrate(db); } catch (e) { db.close(); throw new Error(`Cannot open archive "${path}": ${(e as Error).message}`); }
    }
    return new Store(db, path);
  }

  close(): void { if (this.db.open) this.db.close(); }

  transaction<T>(fn: () => T): T { return this.db.transaction(fn)(); }

  /** The id of the stored article with this content hash, or null. */
  articleIdByHash(hash: string): number | null { return (this.byHash.get(hash) as number | undefined) ?? null; }

  /** Stores an article with its events and quotes (call inside a transaction for batches); the text is stored normalized so spans point into it. */
  insertArticle(a: ArticleInput, coded: CodedArticle, version: string, hash = contentHash(a.text)): number {
    const info = this.insArticle.run({
      content_hash: hash, url: a.url ?? null, title: a.title ?? null, author: a.author ?? null, date: a.date,
      date_source: a.date_source ?? 'article', lang: a.lang, text: normalize(a.text), source_path: a.source_path ?? null,
      ingested_at: new Date().toISOString(), lexicon_version: version, sentences: coded.sentences,
    });
    const id = Number(info.lastInsertRowid);
    this.insertCoded(id, coded, version);
    return id;
  }

  private insertCoded(articleId: number, coded: CodedArticle, version: string): void {
    for (const e of coded.events) this.insEvent.run(eventToRow(e, articleId, version));
    for (const q of coded.quotes) {
      this.insQuote.run(articleId, q.text, q.span[0], q.span[1], q.sentence, q.speaker?.code ?? null, q.speaker?.sector ?? null, q.speaker?.actor_id ?? null, q.speaker?.text ?? null);
    }
  }

  /** Replaces an article's events and quotes in one transaction: the old ones stay until the new ones commit. */
  replaceCoded(articleId: number, coded: CodedArticle, version: string, lang?: string): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM events WHERE article_id = ?').run(articleId);
      this.db.prepare('DELETE FROM quotes WHERE article_id = ?').run(articleId);
      this.insertCoded(articleId, coded, version);
      this.db.prepare('UPDATE articles SET lexicon_version = ?, sentences = ?, lang = coalesce(?, lang) WHERE id = ?').run(version, coded.sentences, lang ?? null, articleId);
    });
  }

  /** Inserts events without an article's text going through the coder (benchmarks, synthetic data). */
  insertEvents(articleId: number, events: readonly CodedEvent[], version: string): void {
    for (const e of events) this.insEvent.run(eventToRow(e, articleId, version));
  }

  /** The lexicon's actors (code, name, kind), so names and kinds can be listed without the lexicon. */
  syncActors(lex: Lexicon): void {
    const up = this.db.prepare('INSERT INTO actors (code, name, kind) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind');
    this.transaction(() => { for (const [code, a] of Object.entries(lex.actors)) up.run(code, a.name, a.kind); });
  }

  counts(): { articles: number; events: number; quotes: number } {
    const one = (sql: string) => (this.db.prepare(sql).pluck().get() as number) ?? 0;
    return { articles: one('SELECT count(*) FROM articles'), events: one('SELECT count(*) FROM events'), quotes: one('SELECT count(*) FROM quotes') };
  }

  // ── articles ──────────────────────────────────────────────────────────

  listArticles(f: { q?: string; lang?: string; from?: string; to?: string }, page: Page): { total: number; items: Array<Omit<ArticleRow, 'text'> & { events: number; snippet?: string }> } {
    const where: string[] = [];
    const args: unknown[] = [];
    let from = 'articles a';
    let snippet = '';
    if (f.q) {
      const m = ftsQuery(f.q);
      if (m) {
        from = 'articles_fts JOIN articles a ON a.id = articles_fts.rowid';
        where.push('articles_fts MATCH ?');
        args.push(m);
        snippet = `, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet`;
      }
    }
    if (f.lang) { where.push('a.lang = ?'); args.push(f.lang); }
    if (f.from) { where.push('a.date >= ?'); args.push(f.from); }
    if (f.to) { where.push('a.date <= ?'); args.push(f.to); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM ${from} ${w}`).pluck().get(...args) as number;
    const items = this.db.prepare(`SELECT a.id, a.content_hash, a.url, a.title, a.author, a.date, a.date_source, a.lang, a.source_path, a.ingested_at, a.lexicon_version, a.sentences,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events${snippet}
      FROM ${from} ${w} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`).all(...args, page.limit, page.offset) as Array<Omit<ArticleRow, 'text'> & { events: number }>;
    return { total, items };
  }

  getArticle(id: number): (ArticleRow & { events: StoredEvent[]; quotes: StoredQuote[] }) | null {
    const a = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!a) return null;
    const events = (this.db.prepare('SELECT * FROM events WHERE article_id = ? ORDER BY sentence_index, trigger_start, id').all(id) as EventRow[]).map(rowToEvent);
    return { ...a, events, quotes: this.quotesOf(id) };
  }

  quotesOf(articleId: number): StoredQuote[] {
    return (this.db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY start').all(articleId) as QuoteRow[]).map(rowToQuote);
  }

  eventsOf(articleId: number): StoredEvent[] {
    return (this.db.prepare('SELECT * FROM events WHERE article_id = ? ORDER BY sentence_index, trigger_start, id').all(articleId) as EventRow[]).map(rowToEvent);
  }

  /** Articles whose events were coded with another lexicon version (all of them with `all`), in id order. */
  articlesToRecode(version: string, all: boolean): { count: number; ids: () => IterableIterator<number> } {
    const w = all ? '' : 'WHERE lexicon_version IS NOT ?';
    const args = all ? [] : [version];
    const count = this.db.prepare(`SELECT count(*) FROM articles ${w}`).pluck().get(...args) as number;
    // ids are read up front in chunks so writes between reads cannot disturb an open cursor
    const db = this.db;
    function* ids() {
      let after = 0;
      for (;;) {
        const chunk = db.prepare(`SELECT id FROM articles ${w ? w + ' AND' : 'WHERE'} id > ? ORDER BY id LIMIT 500`).pluck().all(...args, after) as number[];
        if (!chunk.length) return;
        yield* chunk;
        after = chunk[chunk.length - 1]!;
      }
    }
    return { count, ids };
  }

  articleText(id: number): { text: string; date: string; lang: string | null } | null {
    return (this.db.prepare('SELECT text, date, lang FROM articles WHERE id = ?').get(id) as { text: string; date: string; lang: string | null } | undefined) ?? null;
  }

  // ── events ────────────────────────────────────────────────────────────

  /** `scan`: keep status and type out of index choice (+column), so a whole-archive network walks the pair index in order instead of sorting. */
  private eventWhere(f: EventFilter, scan = false): { where: string; args: unknown[]; needsArticle: boolean } {
    const plus = scan ? '+' : '';
    const where: string[] = [];
    const args: unknown[] = [];
    let needsArticle = false;
    if (f.articleId !== undefined) { where.push('e.article_id = ?'); args.push(f.articleId); }
    if (f.actor) { where.push('(e.source_code = ? OR e.target_code = ?)'); args.push(f.actor, f.actor); }
    if (f.source) { where.push('e.source_code = ?'); args.push(f.source); }
    if (f.target) { where.push('e.target_code = ?'); args.push(f.target); }
    if (f.dyad) { where.push('((e.source_code = ? AND e.target_code = ?) OR (e.source_code = ? AND e.target_code = ?))'); args.push(f.dyad[0], f.dyad[1], f.dyad[1], f.dyad[0]); }
    if (f.types?.length) { where.push(`${plus}e.type IN (${f.types.map(() => '?').join(',')})`); args.push(...f.types); }
    if (f.statuses?.length) { where.push(`${plus}e.status IN (${f.statuses.map(() => '?').join(',')})`); args.push(...f.statuses); }
    if (f.from) { where.push('e.date >= ?'); args.push(f.from); }
    if (f.to) { where.push('e.date <= ?'); args.push(f.to); }
    if (f.lang) { where.push('a.lang = ?'); args.push(f.lang); needsArticle = true; }
    if (f.q) {
      const m = ftsQuery(f.q);
      if (m) { where.push('e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)'); args.push(m); }
    }
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args, needsArticle };
  }

  listEvents(f: EventFilter, page: Page, sort: 'date' | '-date' = '-date'): { total: number; items: StoredEvent[] } {
    const { where, args, needsArticle } = this.eventWhere(f);
    const total = this.db.prepare(`SELECT count(*) FROM events e ${needsArticle ? 'JOIN articles a ON a.id = e.article_id' : ''} ${where}`).pluck().get(...args) as number;
    const dir = sort === 'date' ? 'ASC' : 'DESC';
    const rows = this.db.prepare(`SELECT e.*, a.title AS article_title, a.url AS article_url, a.lang AS article_lang
      FROM events e CROSS JOIN articles a ON a.id = e.article_id ${where} ORDER BY e.date ${dir}, e.id ${dir} LIMIT ? OFFSET ?`).all(...args, page.limit, page.offset) as EventRow[];
    return { total, items: rows.map(rowToEvent) };
  }

  /** Every event matching the filter, in date order, streamed (exports). */
  *iterateEvents(f: EventFilter): IterableIterator<StoredEvent> {
    const { where, args } = this.eventWhere(f);
    const st = this.db.prepare(`SELECT e.*, a.title AS article_title, a.url AS article_url, a.lang AS article_lang
      FROM events e JOIN articles a ON a.id = e.article_id ${where} ORDER BY e.date, e.id`);
    for (const r of st.iterate(...args) as IterableIterator<EventRow>) yield rowToEvent(r);
  }

  // ── actors, relations, network ────────────────────────────────────────

  actors(q?: string): Array<{ code: string; name: string; kind: string; events: number }> {
    // two index-only group-bys (as source; as target of another code) merged here: much faster than one UNION ALL
    const n = new Map<string, number>();
    for (const [code, c] of this.db.prepare('SELECT source_code, count(*) FROM events GROUP BY source_code').raw().all() as Array<[string, number]>) n.set(code, c);
    for (const [code, c] of this.db.prepare('SELECT target_code, count(*) FROM events WHERE target_code IS NOT NULL AND target_code <> source_code GROUP BY target_code').raw().all() as Array<[string, number]>) n.set(code, (n.get(code) ?? 0) + c);
    const rows = (this.db.prepare('SELECT code, name, kind FROM actors').all() as Array<{ code: string; name: string; kind: string }>).map((a) => ({ ...a, events: n.get(a.code) ?? 0 }));
    const known = new Set(rows.map((r) => r.code));
    for (const [code, events] of n) if (!known.has(code)) rows.push({ code, name: code, kind: 'unknown', events });
    const needle = q?.toLowerCase();
    return rows
      .filter((r) => !needle || r.code.toLowerCase().includes(needle) || r.name.toLowerCase().includes(needle))
      .sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
  }

  actorNames(): Map<string, string> {
    return new Map((this.db.prepare('SELECT code, name FROM actors').all() as Array<{ code: string; name: string }>).map((r) => [r.code, r.name]));
  }

  /** One ordered pair over time: count, cooperation (sum of positive Goldstein), conflict (sum of negative), score, types and event ids per period. */
  dyadSeries(source: string, target: string, interval: Interval, f: { from?: string; to?: string; statuses?: readonly string[] }): SeriesPoint[] {
    const where = ['source_code = ?', 'target_code = ?'];
    const args: unknown[] = [source, target];
    if (f.from) { where.push('date >= ?'); args.push(f.from); }
    if (f.to) { where.push('date <= ?'); args.push(f.to); }
    if (f.statuses?.length) { where.push(`status IN (${f.statuses.map(() => '?').join(',')})`); args.push(...f.statuses); }
    const rows = this.db.prepare(`SELECT id, date, type, goldstein FROM events WHERE ${where.join(' AND ')} ORDER BY date, id`).all(...args) as Array<{ id: number; date: string; type: string; goldstein: number }>;
    const out = new Map<string, SeriesPoint>();
    for (const r of rows) {
      const key = periodOf(r.date, interval);
      let p = out.get(key);
      if (!p) out.set(key, (p = { period: key, count: 0, cooperation: 0, conflict: 0, score: 0, by_type: {}, event_ids: [] }));
      p.count++;
      if (r.goldstein > 0) p.cooperation += r.goldstein; else p.conflict += r.goldstein;
      p.score += r.goldstein;
      p.by_type[r.type] = (p.by_type[r.type] ?? 0) + 1;
      p.event_ids.push(r.id);
    }
    return [...out.values()].map((p) => ({ ...p, cooperation: round3(p.cooperation), conflict: round3(p.conflict), score: round3(p.score) }));
  }

  network(f: EventFilter): {
    nodes: Array<{ id: string; label: string; events: number }>;
    edges: Array<{ source: string; target: string; count: number; cooperation: number; conflict: number; score: number }>;
  } {
    const { where, args, needsArticle } = this.eventWhere(f, !f.from && !f.to && !f.actor && !f.source && !f.target);
    const join = needsArticle ? 'JOIN articles a ON a.id = e.article_id' : '';
    const rows = this.db.prepare(`SELECT e.source_code AS source, e.target_code AS target, count(*) AS count,
        sum(CASE WHEN e.goldstein > 0 THEN e.goldstein ELSE 0 END) AS cooperation,
        sum(CASE WHEN e.goldstein < 0 THEN e.goldstein ELSE 0 END) AS conflict,
        sum(e.goldstein) AS score
      FROM events e ${join} ${where} GROUP BY e.source_code, e.target_code`).all(...args) as Array<{ source: string; target: string | null; count: number; cooperation: number; conflict: number; score: number }>;
    const names = this.actorNames();
    const nodes = new Map<string, { id: string; label: string; events: number }>();
    const node = (code: string) => {
      let n = nodes.get(code);
      if (!n) nodes.set(code, (n = { id: code, label: names.get(code) ?? code, events: 0 }));
      return n;
    };
    const edges: Array<{ source: string; target: string; count: number; cooperation: number; conflict: number; score: number }> = [];
    for (const r of rows) {
      // an actor of unknown country ("---") is no place in a network of who acts upon whom
      if (r.source === UNKNOWN_ACTOR) continue;
      node(r.source).events += r.count;
      if (r.target === null || r.target === UNKNOWN_ACTOR) continue;
      if (r.target !== r.source) node(r.target).events += r.count;
      edges.push({ source: r.source, target: r.target, count: r.count, cooperation: round3(r.cooperation), conflict: round3(r.conflict), score: round3(r.score) });
    }
    edges.sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)), edges };
  }

  // ── full-text search ──────────────────────────────────────────────────

  search(q: string, limit: number): { articles: Array<{ id: number; title: string | null; url: string | null; date: string; lang: string | null; snippet: string }>; quotes: Array<StoredQuote & { snippet: string; article_title: string | null }> } {
    const m = ftsQuery(q);
    if (!m) return { articles: [], quotes: [] };
    const articles = this.db.prepare(`SELECT a.id, a.title, a.url, a.date, a.lang, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(m, limit) as Array<{ id: number; title: string | null; url: string | null; date: string; lang: string | null; snippet: string }>;
    const quotes = (this.db.prepare(`SELECT q.*, snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet, a.title AS article_title
      FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?`).all(m, limit) as Array<QuoteRow & { snippet: string; article_title: string | null }>)
      .map((r) => ({ ...rowToQuote(r), snippet: r.snippet, article_title: r.article_title }));
    return { articles, quotes };
  }
}
