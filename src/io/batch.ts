// The JSONL batch contract: {"id","text","lang"?,"date"?} in, one result line out, errors as values.
import { isoDate } from '../core/dates.ts';

export type BatchDoc =
  | { ok: true; id: string; text: string; lang?: string; date?: string }
  | { ok: false; id: string | null; error: string };

export function parseBatchLine(line: string, lineNo: number): BatchDoc {
  let v: unknown;
  try { v = JSON.parse(line); } catch (e) {
    return { ok: false, id: null, error: `line ${lineNo}: expected a JSON object, found invalid JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, id: null, error: `line ${lineNo}: expected a JSON object, found ${Array.isArray(v) ? 'an array' : typeof v}` };
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  if (id === null) return { ok: false, id: null, error: `line ${lineNo}: expected "id" as a string, found ${JSON.stringify(o.id) ?? 'nothing'}` };
  if (typeof o.text !== 'string') return { ok: false, id, error: `line ${lineNo}: expected "text" as a string, found ${JSON.stringify(o.text)?.slice(0, 40) ?? 'nothing'}` };
  if (o.lang !== undefined && (typeof o.lang !== 'string' || !/^[a-z]{2}$/.test(o.lang))) return { ok: false, id, error: `line ${lineNo}: expected "lang" as a two-letter code, found ${JSON.stringify(o.lang)}` };
  if (o.date !== undefined && (typeof o.date !== 'string' || !isoDate(o.date))) return { ok: false, id, error: `line ${lineNo}: expected "date" as YYYY-MM-DD, found ${JSON.stringify(o.date)}` };
  return { ok: true, id, text: o.text, ...(o.lang ? { lang: o.lang as string } : {}), ...(o.date ? { date: o.date as string } : {}) };
}
