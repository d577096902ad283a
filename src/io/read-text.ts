// Bytes → article text, or a clear problem saying what was expected and what was found.
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../core/types.ts';

export const MAX_BYTES = 8 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

export type TextOrProblem = { ok: true; text: string } | { ok: false; error: Problem };

export function decodeText(bytes: Uint8Array, where: string): TextOrProblem {
  const fail = (code: string, message: string): TextOrProblem => ({ ok: false, error: { code, message: `Cannot read "${where}": ${message}`, place: where } });
  if (bytes.length === 0) return fail('empty', 'expected article text, found an empty file');
  if (bytes.length > MAX_BYTES) return fail('too-large', `expected at most ${MAX_BYTES / 1024 / 1024} MB of text, found ${(bytes.length / 1024 / 1024).toFixed(1)} MB (split it into articles)`);
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > 0) return fail('binary', `expected UTF-8 text, found binary data (${nul} NUL bytes in the first ${head.length})`);
  let text: string;
  try { text = decoder.decode(bytes); } catch {
    return fail('invalid-utf8', `expected UTF-8 text, found invalid UTF-8 at byte ${firstBadByte(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return fail('empty', 'expected article text, found only whitespace');
  return { ok: true, text };
}

/** Offset of the first byte that cannot start or continue a valid UTF-8 sequence. */
export function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (!n) return i;
    for (let k = 1; k < n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

export function readTextFile(path: string): TextOrProblem {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: { code: 'directory', message: `Cannot read "${path}": expected a file, found a directory`, place: path } };
    if (st.size > MAX_BYTES) return { ok: false, error: { code: 'too-large', message: `Cannot read "${path}": expected at most ${MAX_BYTES / 1024 / 1024} MB of text, found ${(st.size / 1024 / 1024).toFixed(1)} MB (split it into articles)`, place: path } };
    return decodeText(readFileSync(path), path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, error: { code: err.code ?? 'io', message: `Cannot read "${path}": ${err.code === 'ENOENT' ? 'no such file' : err.message}`, place: path } };
  }
}
