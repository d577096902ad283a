// The HTTP API over an archive (Hono): read routes for the dashboard, writing routes behind a bearer token, the dashboard's files.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { codeDocument } from '../core/pipeline.ts';
import { isoDate } from '../core/dates.ts';
import { PLOVER_TYPES } from '../core/types.ts';
import type { Lexicon } from '../core/lexicon-types.ts';
import type { Interval, Store } from '../store/store.ts';
import { codeAndStore } from '../ingest/ingest.ts';
import { openapi } from './openapi.ts';

export interface AppOptions {
  /** the lexicon for the coding routes, loaded on first use when given as a function */
  readonly lexicon?: Lexicon | (() => Lexicon);
  /** when set, POST routes need `Authorization: Bearer <token>` */
  readonly token?: string;
  /** the dashboard's folder; served at / when it exists */
  readonly webDir?: string;
  readonly version?: string;
  /** request body limit in bytes (default 2 MB) */
  readonly maxBody?: number;
}

export const MAX_LIMIT = 500;
const STATUSES = ['asserted', 'claimed', 'hypothetical', 'negated'] as const;

/** An expected problem with a request: turned into {error} with its status code. */
export class ApiError extends Error {
  readonly status: 400 | 401 | 404 | 413 | 422 | 503;
  constructor(status: ApiError['status'], message: string) { super(message); this.status = status; }
}

const found = (v: string) => JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);

function param(c: Context, name: string): string | undefined {
  const v = c.req.query(name);
  return v === undefined || v === '' ? undefined : v;
}

function dateParam(c: Context, name: string): string | undefined {
  const v = param(c, name);
  if (v !== undefined && !isoDate(v)) throw new ApiError(400, `expected ${name} as a date YYYY-MM-DD, found ${found(v)}`);
  return v;
}

function intParam(c: Context, name: string, def: number, min: number, max: number): number {
  const v = param(c, name);
  if (v === undefined) return def;
  if (!/^\d+$/.test(v) || +v < min || +v > max) throw new ApiError(400, `expected ${name} as a whole number from ${min} to ${max}, found ${found(v)}`);
  return +v;
}

function codeParam(c: Context, name: string, v = param(c, name)): string | undefined {
  if (v === undefined) return undefined;
  if (!/^[A-Za-z0-9_]{1,16}$/.test(v)) throw new ApiError(400, `expected ${name} as an actor code like PRK or NATO, found ${found(v)}`);
  return v.toUpperCase();
}

function listParam(c: Context, name: string, allowed: readonly string[], def: readonly string[] | undefined): string[] | undefined {
  const v = param(c, name);
  if (v === undefined) return def ? [...def] : undefined;
  if (v === 'all') return undefined;
  const items = v.split(',').map((x) => x.trim()).filter(Boolean);
  const canon = items.map((x) => allowed.find((a) => a.toLowerCase() === x.toLowerCase()));
  const bad = items.find((_, i) => !canon[i]);
  if (bad !== undefined || !items.length) throw new ApiError(400, `expected ${name} as one or more of ${allowed.join(', ')} (comma-separated) or "all", found ${found(bad ?? v)}`);
  return canon as string[];
}

function page(c: Context) {
  return { limit: intParam(c, 'limit', 50, 1, MAX_LIMIT), offset: intParam(c, 'offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const raw = await c.req.text();
  if (!raw.trim()) throw new ApiError(400, 'expected a JSON object body, found an empty body');
  let v: unknown;
  try { v = JSON.parse(raw); } catch (e) { throw new ApiError(400, `expected a JSON object body, found invalid JSON (${(e as Error).message})`); }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ApiError(400, `expected a JSON object body, found ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`);
  return v as Record<string, unknown>;
}

function optString(body: Record<string, unknown>, name: string, max = 2000): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ApiError(400, `expected "${name}" as a string, found ${typeof v}`);
  if (v.length > max) throw new ApiError(400, `expected "${name}" of at most ${max} characters, found ${v.length}`);
  return v.trim() || undefined;
}

function articleBody(body: Record<string, unknown>) {
  if (typeof body.text !== 'string') throw new ApiError(400, `expected "text" as a string, found ${body.text === undefined ? 'no "text" field' : typeof body.text}`);
  if (!body.text.trim()) throw new ApiError(400, 'expected "text" with the article, found an empty string');
  const date = optString(body, 'date');
  if (date !== undefined && !isoDate(date)) throw new ApiError(400, `expected "date" as YYYY-MM-DD, found ${found(date)}`);
  const lang = optString(body, 'lang');
  if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new ApiError(400, `expected "lang" as a two-letter code like "it", found ${found(lang)}`);
  return { text: body.text, date: date ?? new Date().toISOString().slice(0, 10), lang };
}

/** The core speaks to CLI users; over HTTP the override is the "lang" field. */
const forApi = (m: string) => (m.charAt(0).toLowerCase() + m.slice(1)).replace('pass --lang to override', 'pass "lang" to override');

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function packageVersion(): string {
  try { return (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version; } catch { return 'unknown'; }
}

const LANDING = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dyad</title></head>
<body><h1>dyad event archive</h1>
<p>The dashboard is not installed (no <code>web/</code> folder). The JSON API is described in <a href="/openapi.json">/openapi.json</a>;
try <a href="/api/health">/api/health</a>, <a href="/api/events">/api/events</a> or <a href="/api/network">/api/network</a>.</p>
</body></html>`;

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const version = opts.version ?? packageVersion();
  let lex: Lexicon | null = typeof opts.lexicon === 'object' ? opts.lexicon : null;
  const lexicon = (): Lexicon => {
    if (lex) return lex;
    if (typeof opts.lexicon !== 'function') throw new ApiError(503, 'expected a lexicon to code with, found none (start the server with one)');
    return (lex = opts.lexicon());
  };
  const maxBody = opts.maxBody ?? 2 * 1024 * 1024;

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.message }, err.status);
    console.error(err);
    return c.json({ error: `expected the request to succeed, found an internal error (${err.message})` }, 500);
  });
  app.notFound((c) => c.req.path.startsWith('/api/')
    ? c.json({ error: `expected one of the routes listed in /openapi.json, found ${c.req.method} ${c.req.path}` }, 404)
    : c.text('Not found', 404));

  app.use('/api/*', bodyLimit({
    maxSize: maxBody,
    onError: (c) => c.json({ error: `expected a request body of at most ${(maxBody / 1024 / 1024).toFixed(0)} MB, found a larger one` }, 413),
  }));
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && opts.token) {
      const h = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(h);
      if (!m || !safeEqual(m[1]!.trim(), opts.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="dyad"');
        return c.json({ error: `expected "Authorization: Bearer <token>" for ${c.req.method} requests, found ${h ? 'a wrong token' : 'no Authorization header'}` }, 401);
      }
    }
    await next();
  });

  app.get('/api/health', (c) => {
    const n = store.counts();
    return c.json({ ok: true, version, articles: n.articles, events: n.events, quotes: n.quotes });
  });

  app.get('/api/articles', (c) => {
    const lang = param(c, 'lang');
    if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new ApiError(400, `expected lang as a two-letter code like "it", found ${found(lang)}`);
    return c.json(store.listArticles({ q: param(c, 'q'), lang, from: dateParam(c, 'from'), to: dateParam(c, 'to') }, page(c)));
  });

  app.get('/api/articles/:id', (c) => {
    const raw = c.req.param('id');
    if (!/^\d+$/.test(raw)) throw new ApiError(400, `expected an article id (a whole number), found ${found(raw)}`);
    const a = store.getArticle(+raw);
    if (!a) throw new ApiError(404, `expected the id of a stored article, found ${raw} (no such article)`);
    return c.json(a);
  });

  app.post('/api/articles', async (c) => {
    const body = await jsonBody(c);
    const a = articleBody(body);
    const res = codeAndStore(store, lexicon(), { ...a, title: optString(body, 'title'), url: optString(body, 'url'), author: optString(body, 'author'), source_path: 'api' });
    if (!res.ok) throw new ApiError(422, forApi(res.error));
    return c.json({ article_id: res.article_id, duplicate: res.duplicate, events: res.events }, res.duplicate ? 200 : 201);
  });

  app.post('/api/code', async (c) => {
    const body = await jsonBody(c);
    const a = articleBody(body);
    const res = codeDocument(a.text, lexicon(), { date: a.date, ...(a.lang ? { lang: a.lang } : {}) });
    if (!res.ok) throw new ApiError(422, forApi(res.error.message));
    return c.json({ lang: res.lang, sentences: res.sentences, events: res.events, quotes: res.quotes });
  });

  app.get('/api/events', (c) => {
    const dyad = param(c, 'dyad');
    let pair: [string, string] | undefined;
    if (dyad !== undefined) {
      const parts = dyad.split('-');
      if (parts.length !== 2) throw new ApiError(400, `expected dyad as two actor codes joined by "-" like PRK-RUS, found ${found(dyad)}`);
      pair = [codeParam(c, 'dyad', parts[0])!, codeParam(c, 'dyad', parts[1])!];
    }
    const sort = param(c, 'sort') ?? '-date';
    if (sort !== 'date' && sort !== '-date') throw new ApiError(400, `expected sort as date or -date, found ${found(sort)}`);
    const lang = param(c, 'lang');
    if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new ApiError(400, `expected lang as a two-letter code like "it", found ${found(lang)}`);
    return c.json(store.listEvents({
      actor: codeParam(c, 'actor'), source: codeParam(c, 'source'), target: codeParam(c, 'target'), dyad: pair,
      types: listParam(c, 'type', PLOVER_TYPES, undefined), statuses: listParam(c, 'status', STATUSES, undefined),
      from: dateParam(c, 'from'), to: dateParam(c, 'to'), lang, q: param(c, 'q'),
    }, page(c), sort));
  });

  app.get('/api/actors', (c) => c.json(store.actors(param(c, 'q'))));

  app.get('/api/dyads/:a/:b', (c) => {
    const a = codeParam(c, 'the first actor', c.req.param('a'))!;
    const b = codeParam(c, 'the second actor', c.req.param('b'))!;
    const interval = (param(c, 'interval') ?? 'day') as Interval;
    if (!['day', 'week', 'month'].includes(interval)) throw new ApiError(400, `expected interval as day, week or month, found ${found(interval)}`);
    const f = { from: dateParam(c, 'from'), to: dateParam(c, 'to'), statuses: listParam(c, 'status', STATUSES, ['asserted']) };
    return c.json({
      source: a, target: b, interval, status: f.statuses ?? 'all',
      series: store.dyadSeries(a, b, interval, f),
      reverse: { source: b, target: a, series: store.dyadSeries(b, a, interval, f) },
    });
  });

  app.get('/api/network', (c) => {
    const lang = param(c, 'lang');
    if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new ApiError(400, `expected lang as a two-letter code like "it", found ${found(lang)}`);
    return c.json(store.network({
      from: dateParam(c, 'from'), to: dateParam(c, 'to'), lang, actor: codeParam(c, 'actor'),
      types: listParam(c, 'type', PLOVER_TYPES, undefined), statuses: listParam(c, 'status', STATUSES, ['asserted']),
    }));
  });

  app.get('/api/search', (c) => {
    const q = param(c, 'q');
    if (!q?.trim()) throw new ApiError(400, 'expected search words in q, found nothing');
    return c.json(store.search(q, intParam(c, 'limit', 20, 1, MAX_LIMIT)));
  });

  app.get('/openapi.json', (c) => c.json(openapi(version)));

  const web = opts.webDir;
  if (web && existsSync(join(web, 'index.html'))) {
    app.use('/*', serveStatic({ root: web }));
  } else {
    app.get('/', (c) => c.html(LANDING));
  }
  return app;
}
