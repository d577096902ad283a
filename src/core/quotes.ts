// Quotations ("…", “…”, «…») of at least three words, with the actor who speaks them.
import type { Mention, Quote, Sentence } from './types.ts';

const QUOTE = /“([^”\n]{3,3000})”|«([^»\n]{3,3000})»|"([^"\n]{3,3000})"/g;

/** The sentence containing offset `pos` (or the next one), by binary search: sentences are in text order. */
function sentenceAt<T extends { s: Sentence }>(sentences: readonly T[], pos: number): T | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.s.span[1] <= pos) lo = mid + 1; else hi = mid;
  }
  return sentences[lo];
}

export function findQuotes(text: string, sentences: ReadonlyArray<{ s: Sentence; actors: readonly Mention[] }>): Quote[] {
  const out: Quote[] = [];
  QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE.exec(text)) !== null) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const body = raw.trim();
    if (body.split(/\s+/).length < 3) continue; // scare quotes ("diretto") are not statements
    const lead = raw.length - raw.trimStart().length;
    const span = [m.index + 1 + lead, m.index + 1 + lead + body.length] as const;
    const at = sentenceAt(sentences, span[0]);
    const outside = (at?.actors ?? []).filter((a) => a.span[1] <= span[0] || a.span[0] >= span[1]);
    const speaker = outside.find((a) => a.kind === 'person' && a.prep === null) ?? outside.find((a) => a.prep === null) ?? outside.find((a) => a.kind === 'person') ?? outside[0] ?? null;
    out.push({
      text: body, span, sentence: at?.s.index ?? -1,
      speaker: speaker ? { code: speaker.code, sector: speaker.sector, actor_id: speaker.actorId, text: speaker.text, span: speaker.span } : null,
    });
  }
  return out;
}
