// Text normalisation, folding and tokenisation: the only place that decides what a token is.
import type { Token } from './types.ts';

/** NFC, plain apostrophes and spaces, no zero-width or control characters, \n line ends. */
export function normalize(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2019\u2018\u02BC\u00B4\u0060]/g, "'")
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();
/** Case- and accent-insensitive key for matching. */
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[\u2019']/g, "'");
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

// acronyms with dots (U.S., U.N.), words with inner hyphens, an apostrophe suffix ('s, 't), numbers, any other symbol
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|'[\p{L}]+|\S/gu;

export interface TokenizeOptions { readonly elision: boolean }

/** Tokens of `text`, offsets shifted by `offset`. With elision, "dell'Ucraina" → "dell'" + "Ucraina". */
export function tokenize(text: string, offset: number, opts: TokenizeOptions): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let t = m[0];
    let start = m.index;
    if (t.startsWith("'") && t.length > 1 && opts.elision) {
      // "'Ucraina" after an elided word: the apostrophe belongs to the previous token
      const prev = out[out.length - 1];
      if (prev && prev.end === offset + start && /\p{L}$/u.test(prev.text)) {
        out[out.length - 1] = { text: prev.text + "'", fold: fold(prev.text + "'"), start: prev.start, end: prev.end + 1 };
        t = t.slice(1);
        start += 1;
      }
    } else if (t === "'" && opts.elision) {
      const prev = out[out.length - 1];
      if (prev && prev.end === offset + start && /\p{L}$/u.test(prev.text)) {
        out[out.length - 1] = { text: prev.text + "'", fold: fold(prev.text + "'"), start: prev.start, end: prev.end + 1 };
        continue;
      }
    }
    out.push({ text: t, fold: fold(t), start: offset + start, end: offset + start + t.length });
  }
  return out;
}

/** Folded tokens of a lexicon phrase, tokenised exactly as text is. */
export function phraseTokens(phrase: string, elision: boolean): string[] {
  return tokenize(normalize(phrase), 0, { elision }).map((t) => t.fold);
}
