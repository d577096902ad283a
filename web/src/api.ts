// The JSON API of `dyad serve` (see /openapi.json): typed fetch helpers whose errors say what went wrong.
import type { CodedEvent, Quote } from '../../src/core/types.ts';

export type StoredEvent = CodedEvent & { id: number; article_id: number; lexicon_version?: string; article_title?: string | null; article_url?: string | null; article_lang?: string | null };
export interface StoredQuote {
  id: number; article_id: number; text: string; span: [number, number]; sentence: number;
  speaker: { code: string | null; sector: string | null; actor_id: string | null; text: string } | null;
}
export interface Health { ok: boolean; version: string; articles: number; events: number; quotes: number }
export interface NetNode { id: string; label: string; events: number }
export interface NetEdge { source: string; target: string; count: number; cooperation: number; conflict: number; score: number }
export interface Network { nodes: NetNode[]; edges: NetEdge[] }
export interface SeriesPoint { period: string; count: number; cooperation: number; conflict: number; score: number; by_type: Record<string, number>; event_ids: number[] }
export interface DyadResponse { source: string; target: string; interval: string; series: SeriesPoint[]; reverse: { source: string; target: string; series: SeriesPoint[] } }
export interface ArticleSummary { id: number; title: string | null; url: string | null; author: string | null; date: string; lang: string | null; source_path: string | null; events: number; snippet?: string }
export interface ArticleFull { id: number; title: string | null; url: string | null; author: string | null; date: string; date_source: string; lang: string | null; text: string; source_path: string | null; lexicon_version: string | null; sentences: number | null; events: StoredEvent[]; quotes: StoredQuote[] }
export interface Actor { code: string; name: string; kind: string; events: number }
export interface SearchResult {
  articles: Array<{ id: number; title: string | null; url: string | null; date: string; lang: string | null; snippet: string }>;
  quotes: Array<StoredQuote & { snippet: string; article_title: string | null }>;
}
export interface CodeResponse { lang: string; sentences: number; events: CodedEvent[]; quotes: Quote[] }
export interface StoreResponse { article_id: number; duplicate: boolean; events: number }
export interface Page<T> { total: number; items: T[] }

export class ApiError extends Error {
  /** 0 when the server could not be reached */
  readonly status: number;
  constructor(message: string, status: number) { super(message); this.status = status; }
}

/** GET or POST a route relative to the page (so the dashboard also works behind a path prefix). */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  let r: Response;
  try {
    r = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (e) {
    throw new ApiError(`Cannot reach the dyad API (${(e as Error).message || 'network error'}). Is "dyad serve" still running?`, 0);
  }
  const text = await r.text();
  let body: unknown = null;
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON: reported below */ }
  if (!r.ok) {
    const msg = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `${r.status} ${r.statusText}`;
    throw new ApiError(`The API answered ${r.status}: ${msg}`, r.status);
  }
  if (body === null) throw new ApiError(`Expected JSON from ${path}, found ${text ? 'something else (is this a dyad server?)' : 'an empty answer'}`, r.status);
  return body as T;
}

export const qs = (params: Record<string, string | number | undefined | null>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? '?' + s : '';
};

/** Every page of a list route, up to `cap` items. */
export async function allPages<T>(path: string, params: Record<string, string | number | undefined>, cap = 2000): Promise<Page<T>> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += 500) {
    const p = await api<Page<T>>(path + qs({ ...params, limit: Math.min(500, cap - offset), offset }));
    total = p.total;
    items.push(...p.items);
    if (items.length >= total || !p.items.length) break;
  }
  return { total, items };
}
