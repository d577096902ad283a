// Ingest: read inputs, code each new article, store them in batched transactions; report what was read, coded, skipped and why.
import { codeDocument } from '../core/pipeline.ts';
import type { Lexicon } from '../core/lexicon-types.ts';
import { contentHash, type ArticleInput, type CodedArticle, type Store, type StoredEvent } from '../store/store.ts';
import type { CodeResult } from '../core/types.ts';
import { availableParallelism } from 'node:os';
import { collectInputs, readInput, type RawArticle } from './sources.ts';
import { inlineCoder, workerCoder } from './coder.ts';
import { Progress } from './progress.ts';

export interface IngestOptions {
  readonly lexicon: Lexicon;
  /** articles per transaction (default 200): a crash loses at most the batch in flight, which the next run redoes */
  readonly batchSize?: number;
  /** show progress on stderr: a bar on a terminal, plain lines otherwise */
  readonly progress?: boolean;
  /** stop as soon as possible (committing what is coded) when this returns true */
  readonly shouldStop?: () => boolean;
  /** worker threads that code (0 or 1: code in this thread); by default, on more than two cores and inputs of 8 MB or more, one per core but one, up to 4 */
  readonly workers?: number;
}

/** Below this much input, starting worker threads costs more than it saves. */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

export interface IngestSummary {
  files: number;
  read: number;
  coded: number;
  events: number;
  duplicates: number;
  failed: string[];
  /** articles stored with their file's modification date because they carried none */
  undated: number;
  ignored: Map<string, number>;
  seconds: number;
  interrupted: boolean;
}

/** "Expected a text in…" → "expected a text in…", to follow "Cannot code "<file>": ". */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export async function ingestPaths(store: Store, paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const lex = opts.lexicon;
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const inputs = collectInputs(paths);
  const s: IngestSummary = { files: inputs.files.length, read: 0, coded: 0, events: 0, duplicates: 0, failed: [...inputs.problems], undated: 0, ignored: inputs.ignored, seconds: 0, interrupted: false };
  store.syncActors(lex);
  const total = inputs.files.reduce((n, f) => n + f.size, 0);
  // worker threads pay for themselves (about a second to start) only on larger inputs
  // (on two cores the reading-and-storing thread competes with the coders: no gain, so not by default)
  const workers = opts.workers ?? (total >= PARALLEL_FROM_BYTES && availableParallelism() > 2 ? Math.min(4, availableParallelism() - 1) : 0);
  const coder = workers > 1 ? workerCoder(lex, workers) : inlineCoder(lex);
  const progress = opts.progress ? new Progress({ unit: 'bytes', total, label: 'ingest' }) : null;
  let pending: Array<{ input: ArticleInput; coded: CodedArticle; hash: string }> = [];
  /** hashes coded or being coded but not committed yet: the same text twice in one run is one article */
  const unsaved = new Set<string>();
  const flush = () => {
    if (!pending.length) return;
    const batch = pending;
    store.transaction(() => { for (const p of batch) store.insertArticle(p.input, p.coded, lex.version, p.hash); });
    for (const p of batch) unsaved.delete(p.hash);
    pending = [];
  };
  // articles are coded in flight (in parallel with workers) but stored strictly in the order they were read
  const inflight: Array<{ a: RawArticle; date: string; hash: string; res: Promise<CodeResult> }> = [];
  const settle = async () => {
    const { a, date, hash, res: promise } = inflight.shift()!;
    const res = await promise;
    if (!res.ok) { unsaved.delete(hash); s.failed.push(`Cannot code "${a.source}": ${lowerFirst(res.error.message)}`); progress?.tick(0, 1); return; }
    if (!a.date) s.undated++;
    s.coded++;
    s.events += res.events.length;
    pending.push({
      hash,
      input: { text: a.text, date, lang: res.lang, title: a.title, url: a.url, author: a.author, source_path: a.source, date_source: a.date ? a.dateFrom ?? 'article' : 'file-mtime' },
      coded: { events: res.events, quotes: res.quotes, sentences: res.sentences },
    });
    if (pending.length >= batchSize) flush();
    progress?.tick(0, 1);
  };
  let bytes = 0;
  try {
    outer: for (const f of inputs.files) {
      for await (const item of readInput(f, (n) => { bytes += n; })) {
        progress?.tick(bytes, 0);
        bytes = 0;
        if (item.kind === 'failure') { s.failed.push(item.message); continue; }
        s.read++;
        const a = item.article;
        const hash = contentHash(a.text);
        if (unsaved.has(hash) || store.articleIdByHash(hash) !== null) { s.duplicates++; progress?.tick(0, 1); continue; }
        unsaved.add(hash);
        const date = a.date ?? f.mtimeDate;
        inflight.push({ a, date, hash, res: coder.code(a.text, { date, ...(a.lang ? { lang: a.lang } : {}) }) });
        while (inflight.length >= coder.parallel) await settle();
        if (opts.shouldStop?.()) { s.interrupted = true; break outer; }
      }
      if (bytes) { progress?.tick(bytes, 0); bytes = 0; }
    }
    while (inflight.length) await settle();
    flush();
  } finally {
    await coder.close();
    progress?.stop();
  }
  s.seconds = (Date.now() - started) / 1000;
  return s;
}

export interface StoreOneInput { text: string; date: string; lang?: string; title?: string | null; url?: string | null; author?: string | null; source_path?: string | null }
export type StoreOneResult =
  | { ok: true; article_id: number; duplicate: boolean; events: StoredEvent[] }
  | { ok: false; error: string };

/** Codes and stores one article (the API's POST /api/articles); the same text twice returns the stored article. */
export function codeAndStore(store: Store, lex: Lexicon, a: StoreOneInput): StoreOneResult {
  const hash = contentHash(a.text);
  const existing = store.articleIdByHash(hash);
  if (existing !== null) return { ok: true, article_id: existing, duplicate: true, events: store.eventsOf(existing) };
  const res = codeDocument(a.text, lex, { date: a.date, ...(a.lang ? { lang: a.lang } : {}) });
  if (!res.ok) return { ok: false, error: lowerFirst(res.error.message) };
  const id = store.transaction(() => store.insertArticle(
    { text: a.text, date: a.date, lang: res.lang, title: a.title ?? null, url: a.url ?? null, author: a.author ?? null, source_path: a.source_path ?? null },
    { events: res.events, quotes: res.quotes, sentences: res.sentences }, lex.version, hash));
  return { ok: true, article_id: id, duplicate: false, events: store.eventsOf(id) };
}

export interface RecodeSummary { articles: number; recoded: number; events: number; failed: string[]; seconds: number; interrupted: boolean }

/**
 * Re-codes stored articles with the current lexicon. Each article's old events are deleted and the new ones inserted
 * in one transaction, so a crash never leaves an article without events; articles already coded with this lexicon
 * version are skipped unless `all`, so an interrupted recode resumes where it stopped.
 */
export function recodeArchive(store: Store, lex: Lexicon, opts: { all?: boolean; progress?: boolean; batchSize?: number; shouldStop?: () => boolean } = {}): RecodeSummary {
  const started = Date.now();
  store.syncActors(lex);
  const todo = store.articlesToRecode(lex.version, !!opts.all);
  const s: RecodeSummary = { articles: todo.count, recoded: 0, events: 0, failed: [], seconds: 0, interrupted: false };
  const progress = opts.progress ? new Progress({ unit: 'articles', total: todo.count, label: 'recode' }) : null;
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  let batch: Array<{ id: number; coded: CodedArticle; lang: string }> = [];
  const flush = () => {
    if (!batch.length) return;
    const b = batch;
    store.transaction(() => { for (const x of b) store.replaceCoded(x.id, x.coded, lex.version, x.lang); });
    batch = [];
  };
  const ids = [...todo.ids()];
  for (const id of ids) {
    const a = store.articleText(id);
    if (!a) continue;
    const res = codeDocument(a.text, lex, { date: a.date, ...(a.lang && lex.langs[a.lang] ? { lang: a.lang } : {}) });
    if (!res.ok) s.failed.push(`Cannot code article ${id}: ${lowerFirst(res.error.message)} (its previous events are kept)`);
    else {
      batch.push({ id, coded: { events: res.events, quotes: res.quotes, sentences: res.sentences }, lang: res.lang });
      s.recoded++;
      s.events += res.events.length;
      if (batch.length >= batchSize) flush();
    }
    progress?.tick(1, 1);
    if (opts.shouldStop?.()) { s.interrupted = true; break; }
  }
  flush();
  progress?.stop();
  s.seconds = (Date.now() - started) / 1000;
  return s;
}
