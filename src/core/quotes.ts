// Quotations ("…", “…”, «…») of at least three words, with the actor who speaks them.
import { matchAt } from './match.ts';
import type { LangLexicon } from './lexicon-types.ts';
import type { Mention, Quote, Sentence, Span, Token } from './types.ts';

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

/** The spans (inside the marks, without their spaces) of the quotations of a text, in text order. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE.exec(text)) !== null) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const body = raw.trim();
    if (body.split(/\s+/).length < 3) continue; // scare quotes ("diretto") are not statements
    const lead = raw.length - raw.trimStart().length;
    out.push([m.index + 1 + lead, m.index + 1 + lead + body.length]);
  }
  return out;
}

const CLOSING = new Set(['»', '”', '"']);
/**
 * The speaker named in the incise right after a quotation ("« … », menace Paris", "« … », a réagi le ministre",
 * '"…," the minister said'): an actor with no preposition after the closing mark, a comma and at most four
 * lower-case words; 'pronoun' when a pronoun speaks there ("a-t-elle ajouté", "he added"); null when no incise follows.
 */
export function inciseSpeaker(tokens: readonly Token[], actors: readonly Mention[], end: number, L: LangLexicon): Mention | 'pronoun' | null {
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || !CLOSING.has(tokens[k]!.text)) return null;
  const comma = tokens[k - 1]?.text === ',' || tokens[k + 1]?.text === ',';
  k++;
  if (tokens[k]?.text === ',') k++;
  if (!comma) return null;
  const pronouns = [...L.language.pronouns.singular, ...L.language.pronouns.plural];
  for (let n = 0; n <= 4 && k + n < tokens.length; n++) {
    const t = tokens[k + n]!;
    const m = actors.find((a) => a.from === k + n);
    // (the incise's words are no preposition: "a réagi le ministre" is the auxiliary "a", not "à")
    if (m) return m.kind === 'pronoun' ? 'pronoun' : m;
    if (pronouns.includes(t.fold) || /-(?:t-)?(?:il|elle|ils|elles)$/.test(t.fold)) return 'pronoun';
    if (!/^\p{Ll}[\p{L}'-]*$/u.test(t.text) || (L.language.prepositions[t.fold] !== undefined && !matchAt(tokens, k + n, L.language.perfectAuxiliaries))) return null;
  }
  return null;
}

export function findQuotes(text: string, sentences: ReadonlyArray<{ s: Sentence; actors: readonly Mention[] }>): Quote[] {
  const out: Quote[] = [];
  for (const span of quoteSpans(text)) {
    const body = text.slice(span[0], span[1]);
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
