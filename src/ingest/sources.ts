// Paths → input files (folders walked recursively) → raw articles, with a clear message for everything that cannot be read.
import { createReadStream, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isoDate } from '../core/dates.ts';
import { decodeText, firstBadByte, MAX_BYTES } from '../io/read-text.ts';
import { parseBatchLine } from '../io/batch.ts';
import { extractPage, tidy } from './html.ts';
import { isFeedRoot, parseFeed, rootElement } from './feed.ts';

export type InputKind = 'text' | 'html' | 'feed' | 'jsonl';

export interface InputFile { readonly path: string; readonly size: number; readonly mtimeDate: string; readonly kind: InputKind | null }

export interface Inputs {
  readonly files: InputFile[];
  /** paths that do not exist or cannot be listed */
  readonly problems: string[];
  /** files inside folders skipped for their extension, counted by extension */
  readonly ignored: Map<string, number>;
}

/** What one input yields: an article to code, or a message saying what was expected and what was found. */
export type SourceItem =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'failure'; readonly message: string };

export interface RawArticle {
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD from the article itself or its file name, or null (the caller falls back to the file's modification date) */
  readonly date: string | null;
  /** where the date came from when it is not the article's own metadata */
  readonly dateFrom?: 'file-name';
  readonly lang: string | null;
  /** file path, with #item-N or #id for feeds and JSONL */
  readonly source: string;
}

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
/** Feeds and JSONL batches hold many articles, so they may be larger than one article file. */
const MAX_BATCH_BYTES = 1024 * 1024 * 1024;
const MAX_FEED_BYTES = 64 * 1024 * 1024;

const mtimeDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Files to ingest from files and folders given on the command line. Files named explicitly are read whatever their extension. */
export function collectInputs(paths: readonly string[]): Inputs {
  const files: InputFile[] = [];
  const problems: string[] = [];
  const ignored = new Map<string, number>();
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try { real = realpathSync(dir); } catch { return; }
    if (seenDirs.has(real)) return; // a symlink loop
    seenDirs.add(real);
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) {
      problems.push(`Cannot read "${dir}": expected a readable folder, found ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return;
    }
    for (const d of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      const p = join(dir, d.name);
      let st;
      try { st = statSync(p); } catch { continue; } // a dangling symlink
      if (st.isDirectory()) { walk(p); continue; }
      if (!st.isFile()) continue;
      const ext = extname(d.name).toLowerCase();
      const kind = BY_EXTENSION[ext];
      if (!kind) { ignored.set(ext || '(none)', (ignored.get(ext || '(none)') ?? 0) + 1); continue; }
      files.push({ path: p, size: st.size, mtimeDate: mtimeDate(st.mtimeMs), kind });
    }
  };
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(`Cannot read "${p}": expected a file or folder, found ${code === 'ENOENT' ? 'nothing at that path' : code ?? (e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push({ path: p, size: st.size, mtimeDate: mtimeDate(st.mtimeMs), kind: BY_EXTENSION[extname(p).toLowerCase()] ?? null });
  }
  return { files, problems, ignored };
}

const cannot = (where: string, message: string): SourceItem => ({ kind: 'failure', message: `Cannot read "${where}": ${message}` });

/** The charset a page or feed declares in its first bytes (meta charset, XML declaration), lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Bytes → text for markup: honours a declared legacy charset (windows-1252, iso-8859-1…), otherwise strict UTF-8. */
function decodeMarkup(bytes: Uint8Array, where: string, max: number): { ok: true; text: string } | { ok: false; item: SourceItem } {
  if (bytes.length === 0) return { ok: false, item: cannot(where, 'expected text, found an empty file') };
  if (bytes.length > max) return { ok: false, item: cannot(where, `expected at most ${max / 1024 / 1024} MB, found ${(bytes.length / 1024 / 1024).toFixed(1)} MB`) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, item: cannot(where, `expected UTF-8 text, found binary data (NUL bytes in the first ${head.length})`) };
  const cs = declaredCharset(bytes);
  if (cs && !/^utf-?8$/.test(cs)) {
    let dec: TextDecoder;
    try { dec = new TextDecoder(cs); } catch { return { ok: false, item: cannot(where, `expected a known character encoding, found charset "${cs}"`) }; }
    return { ok: true, text: dec.decode(bytes) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, item: cannot(where, `expected UTF-8 text, found invalid UTF-8 at byte ${firstBadByte(bytes)}`) };
  }
}

/** What a file holds when its extension does not say: a feed, a page, a JSONL batch or plain text. */
export function sniffKind(text: string): InputKind {
  const s = text.trimStart();
  if (s.startsWith('<')) {
    const root = rootElement(s);
    if (isFeedRoot(root)) return 'feed';
    if (/^html$/i.test(root ?? '') || /^<!doctype html/i.test(s)) return 'html';
  }
  // JSON of any shape goes to the JSONL reader, whose line errors say what is wrong with it
  if (s.startsWith('{') || s.startsWith('[')) return 'jsonl';
  return 'text';
}

/** A file named like "2024-11-30-belousov-a-pyongyang.txt" carries its publication date in its name. */
export function dateFromFileName(path: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[-_. ]|$)/.exec(basename(path));
  return m && isoDate(m[1]!) ? m[1]! : null;
}

/** The first line of a text when it reads as a headline: short, no final stop, more text after it. */
export function headline(text: string): string | null {
  const t = tidy(text);
  const nl = t.indexOf('\n');
  const first = nl === -1 ? '' : t.slice(0, nl).trim();
  return first && first.length <= 200 && !/[.!?:;]$/.test(first) ? first : null;
}

/** A plain-text article: the first line is its title when it is short and more text follows; the date may be in the file name. */
export function textArticle(text: string, source: string): RawArticle {
  const title = headline(text);
  const date = dateFromFileName(source);
  return { text, title, url: null, author: null, date, ...(date ? { dateFrom: 'file-name' as const } : {}), lang: null, source };
}

/** Every article in one input file, in order. Never throws for bad input: each problem is one failure item. */
export async function* readInput(f: InputFile, onBytes: (n: number) => void = () => {}): AsyncGenerator<SourceItem> {
  if (f.kind === 'jsonl') { yield* readJsonl(f.path, onBytes); return; }
  let done = false;
  try {
    for await (const item of readOne(f, onBytes, () => { done = true; })) yield item;
  } finally {
    if (!done) onBytes(f.size);
  }
}

async function* readOne(f: InputFile, onBytes: (n: number) => void, streamed: () => void): AsyncGenerator<SourceItem> {
  let kind = f.kind;
  const max = kind === 'feed' ? MAX_FEED_BYTES : MAX_BYTES;
  if (f.size > (kind === null ? MAX_FEED_BYTES : max)) {
    yield cannot(f.path, `expected at most ${(kind === null ? MAX_FEED_BYTES : max) / 1024 / 1024} MB of ${kind === 'feed' ? 'feed' : 'text'}, found ${(f.size / 1024 / 1024).toFixed(1)} MB (split it into articles)`);
    return;
  }
  let bytes: Buffer;
  try { bytes = readFileSync(f.path); } catch (e) {
    yield cannot(f.path, `expected a readable file, found ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return;
  }
  if (kind === 'text') {
    const r = decodeText(bytes, f.path);
    if (!r.ok) { yield { kind: 'failure', message: r.error.message }; return; }
    yield { kind: 'article', article: textArticle(r.text, f.path) };
    return;
  }
  const d = decodeMarkup(bytes, f.path, kind === null ? MAX_FEED_BYTES : max);
  if (!d.ok) { yield d.item; return; }
  if (kind === null) {
    kind = sniffKind(d.text);
    if (kind === 'jsonl') { streamed(); yield* readJsonl(f.path, onBytes); return; }
    if (kind === 'text') {
      const r = decodeText(bytes, f.path);
      if (!r.ok) { yield { kind: 'failure', message: r.error.message }; return; }
      yield { kind: 'article', article: textArticle(r.text, f.path) };
      return;
    }
  }
  if (kind === 'feed' && /^html$/i.test(rootElement(d.text) ?? '')) kind = 'html';
  if (kind === 'html') {
    const page = extractPage(d.text);
    if (!page.ok) { yield cannot(f.path, page.message); return; }
    const named = page.article.date ? null : dateFromFileName(f.path);
    yield { kind: 'article', article: { ...page.article, source: f.path, ...(named ? { date: named, dateFrom: 'file-name' as const } : {}) } };
    return;
  }
  const feed = await parseFeed(d.text);
  if (!feed.ok) { yield cannot(f.path, feed.message); return; }
  if (!feed.items.length) { yield cannot(f.path, 'expected feed items, found a feed with no <item> or <entry>'); return; }
  for (const it of feed.items) {
    const where = `${f.path}#item-${it.index}`;
    if (!it.text) { yield cannot(where, `expected article text in the item's content or description, found none${it.title ? ` (item "${it.title.slice(0, 60)}")` : ''}`); continue; }
    yield { kind: 'article', article: { text: it.text, title: it.title, url: it.url, author: it.author, date: it.date, lang: it.lang, source: where } };
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A JSONL batch (src/io/batch.ts contract, plus optional "title", "url", "author"), streamed line by line as bytes so each line is checked as UTF-8. */
async function* readJsonl(path: string, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineNo = 0;
  let rest: Buffer = Buffer.alloc(0);
  let checkedBinary = false;
  let total = 0;
  const handle = function* (line: Buffer): Generator<SourceItem> {
    lineNo++;
    onBytes(line.length + 1);
    let text: string;
    try { text = decoder.decode(line); } catch {
      yield cannot(path, `line ${lineNo}: expected UTF-8 text, found invalid UTF-8 at byte ${firstBadByte(line)} of the line`);
      return;
    }
    if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
    if (!text.trim()) return;
    const doc = parseBatchLine(text.replace(/\r$/, ''), lineNo);
    if (!doc.ok) { yield cannot(path, doc.error); return; }
    const o = JSON.parse(text) as Record<string, unknown>;
    yield { kind: 'article', article: { text: doc.text, title: str(o.title) ?? headline(doc.text), url: str(o.url), author: str(o.author), date: doc.date ?? null, lang: doc.lang ?? null, source: `${path}#${doc.id}` } };
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (!checkedBinary) {
        checkedBinary = true;
        if (chunk.subarray(0, 8192).includes(0)) { onBytes(statSync(path).size); yield cannot(path, 'expected JSON lines (UTF-8 text), found binary data (NUL bytes)'); return; }
      }
      total += chunk.length;
      if (total > MAX_BATCH_BYTES) { yield cannot(path, `expected a JSONL batch of at most ${MAX_BATCH_BYTES / 1024 / 1024} MB, found more (split it)`); return; }
      let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let nl: number;
      while ((nl = buf.indexOf(0x0a)) !== -1) {
        yield* handle(buf.subarray(0, nl));
        buf = buf.subarray(nl + 1);
      }
      rest = Buffer.from(buf);
    }
  } catch (e) {
    yield cannot(path, `expected a readable file, found ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return;
  }
  if (total === 0) { yield cannot(path, 'expected JSON lines, found an empty file'); return; }
  if (rest.length) yield* handle(rest);
}
