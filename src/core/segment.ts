// Sentence segmentation: Intl.Segmenter one paragraph at a time, then an abbreviation merge.
import type { Sentence } from './types.ts';
import { fold, tokenize } from './text.ts';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) { s = new Intl.Segmenter(lang, { granularity: 'sentence' }); segmenters.set(lang, s); }
  return s;
}

const CHUNK = 4000;
/**
 * Paragraph spans: text split at line breaks (headlines and paragraphs are separate units). The segmenter is
 * super-linear on one huge string, so a very long paragraph is cut into chunks at a sentence end near every
 * CHUNK characters.
 */
function paragraphs(text: string, abbreviations: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (text.slice(start, i).trim()) chunk(text, start, i, out, abbreviations);
      start = i + 1;
    }
  }
  return out;
}

const SENTENCE_END = /[.!?…]["»”’)]*\s+(?=["«“(]?\p{Lu})/gu;
function chunk(text: string, start: number, end: number, out: Array<[number, number]>, abbreviations: ReadonlySet<string>): void {
  while (end - start > CHUNK * 1.5) {
    SENTENCE_END.lastIndex = start + CHUNK;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_END.exec(text)) && m.index < end && endsWithAbbreviation(text.slice(Math.max(start, m.index - 40), m.index + 1), abbreviations));
    if (!m || m.index >= end) break;
    const cut = m.index + m[0].length;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
}

export interface SegmentOptions { readonly lang: string; readonly abbreviations: ReadonlySet<string>; readonly elision: boolean; readonly months?: ReadonlySet<string> }

export function segment(text: string, opts: SegmentOptions): Sentence[] {
  const spans: Array<[number, number]> = [];
  for (const [ps, pe] of paragraphs(text, opts.abbreviations)) {
    const para = text.slice(ps, pe);
    const segs = [...segmenter(opts.lang).segment(para)].map((seg) => [ps + seg.index, ps + seg.index + seg.segment.length] as [number, number]);
    let pending: [number, number] | null = null;
    segs.forEach(([s, e], k) => {
      if (pending) pending[1] = e; else pending = [s, e];
      const next = segs[k + 1] ? text.slice(segs[k + 1]![0], segs[k + 1]![1]) : '';
      if (!continues(text.slice(pending[0], pending[1]), next, opts)) { spans.push(pending); pending = null; }
    });
    if (pending) spans.push(pending);
  }
  const out: Sentence[] = [];
  for (const [s0, e0] of spans.flatMap(([a, b]) => cutLong(text, a, b))) {
    let s = s0, e = e0;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const body = text.slice(s, e);
    out.push({ index: out.length, text: body, span: [s, e], tokens: tokenize(body, s, { elision: opts.elision }) });
  }
  return out;
}

/** A sentence goes on after an abbreviation, or after an ordinal date ("am 30. April", "le 1. mai"). */
function continues(sentence: string, next: string, opts: SegmentOptions): boolean {
  if (endsWithAbbreviation(sentence, opts.abbreviations)) return true;
  if (!/(?:^|\s)\d{1,2}\.\s*$/.test(sentence)) return false;
  const word = /^\s*([\p{L}]+)/u.exec(next)?.[1] ?? '';
  return /^\p{Ll}/u.test(word) || (opts.months?.has(fold(word)) ?? false);
}

/** "… il sig." or "… U.S." or an initial "J." do not end a sentence. */
function endsWithAbbreviation(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  const m = /(?:^|[\s('])([\p{L}.]+)\.\s*$/u.exec(sentence);
  if (!m) return false;
  const word = m[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  return abbreviations.has(fold(word));
}

const LONG = 1500;
/** A "sentence" of thousands of characters (a list, a table, text with no stops) is cut at commas or spaces: role search is per sentence. */
function cutLong(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (end - start > LONG) {
    const window = text.slice(start + LONG / 2, start + LONG);
    const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    const cut = start + LONG / 2 + (comma >= 0 ? comma + 2 : space >= 0 ? space + 1 : LONG / 2);
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}
