// Trigger spotting: hash lookup of each token's folded form; expressions match their later words with small gaps.
import type { LangLexicon, TriggerEntry, TriggerForm } from './lexicon-types.ts';
import type { Token } from './types.ts';
import { matchAt } from './match.ts';

export interface TriggerMatch {
  readonly entry: TriggerEntry;
  readonly form: TriggerForm;
  readonly head: number;
  /** every token index the trigger covers (head first) */
  readonly tokens: readonly number[];
  readonly end: number;
}

const MAX_GAP = 3;

export function findTriggers(tokens: readonly Token[], L: LangLexicon): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const lang = L.language;
  for (let i = 0; i < tokens.length; i++) {
    const forms = L.triggers[tokens[i]!.fold];
    if (!forms) continue;
    // after an article or a preposition a word is used as a noun ("la sfida", "the attack", "di sostegno")
    // ("to" before a verb marks an infinitive, not a noun: "summoned the envoy to protest")
    const determiner = (k: number) => k >= 0 && !lang.infinitiveMarkers.includes(tokens[k]!.fold) &&
      (matchAt(tokens, k, lang.articles) === 1 || lang.prepositions[tokens[k]!.fold] !== undefined
        || (lang.possessive && (tokens[k]!.fold === "'s" || (tokens[k]!.fold === "'" && /s$/.test(tokens[k - 1]?.fold ?? '')))));
    // right after a determiner a verb form is a noun; one word further ("le nuove sanzioni") it is likely one
    const nounContext = determiner(i - 1);
    const nounish = nounContext || (determiner(i - 2) && /^\p{Ll}/u.test(tokens[i - 1]!.text) && !matchAt(tokens, i - 1, lang.perfectAuxiliaries));
    let best: TriggerMatch | null = null;
    const lower = tokens[i]!.text.toLowerCase();
    // (a headline in capitals often drops its accents: "EL SENADO PROTESTO")
    const capitals = tokens[i]!.text.length > 1 && tokens[i]!.text === tokens[i]!.text.toUpperCase();
    for (const form of forms) {
      // an accented form needs its accent: "annunciò" is a verb, "annuncio" a noun
      if (form.x && form.x !== lower && !capitals) continue;
      // a verb that is no event as a noun (`noun: false`): not after a determiner, nor as a bare base form after a
      // determiner and up to three adjectives ("the scramble for grain", "his first official foreign visit")
      const entry = L.entries[form.e]!;
      if (entry.verbOnly && form.f === 'fin' && (nounContext || (entry.pos === 'verb' && nounAfterAdjectives(tokens, i, L, entry.lemma)))) continue;
      const idx = [i];
      let pos = i;
      let ok = true;
      const gap = form.g ?? MAX_GAP;
      for (const w of form.t) {
        let k = pos + 1;
        // (a date between the words takes no room: "insistió este domingo en su llamado", "suspendió el 23 de
        // noviembre todas las exportaciones"; some words may not stand there at all: "close to the border")
        let used = 0;
        while (k < tokens.length && used <= gap && tokens[k]!.fold !== w && !entry.unlessBetween?.includes(tokens[k]!.fold)) { if (gap === 0 || !dateWord(tokens[k]!.fold, lang)) used++; k++; }
        if (k >= tokens.length || used > gap || tokens[k]!.fold !== w) { ok = false; break; }
        idx.push(k);
        pos = k;
      }
      if (!ok) continue;
      // (an entry may not stand before certain words: "movilización de recursos"; another entry may still)
      // (nor before them after an article and a word: "released a (joint) statement" is no release)
      const art = matchAt(tokens, pos + 1, lang.articles);
      // (a noun, not a preposition: "returned the mandate to" is still "return … to")
      const unless = (k: number) => !!entry.unlessNext?.includes(tokens[k]?.fold ?? '');
      const noun = (k: number) => unless(k) && lang.prepositions[tokens[k]!.fold] === undefined;
      if (unless(pos + 1) || (art > 0 && (noun(pos + 1 + art) || noun(pos + 2 + art)))) continue;
      // the accent decides when folding made two words one ("incontrò" the verb, "incontro" the noun)
      const exact = (f: TriggerForm) => (f.x ?? tokens[i]!.fold) === lower;
      const prefer = (f: TriggerForm) => (nounish ? f.f === 'noun' : f.f !== 'noun');
      const rank = (f: TriggerForm) => (exact(f) ? 2 : 0) + (prefer(f) ? 1 : 0);
      if (!best || idx.length > best.tokens.length || (idx.length === best.tokens.length && rank(form) > rank(best.form)))
        best = { entry: L.entries[form.e]!, form, head: i, tokens: idx, end: pos + 1 };
    }
    // a participle between a determiner and its noun is an adjective, no act: "the two nations' disputed boundary",
    // "of armed men" (not "thousands rallied in the capital")
    const nextWord = tokens[i + 1];
    // (French "a" is both "à" and the auxiliary: "a déclaré" is a verb)
    if (best && nounContext && best.tokens.length === 1 && !matchAt(tokens, i - 1, lang.perfectAuxiliaries) && !!nextWord && /^\p{L}/u.test(nextWord.text) && lang.prepositions[nextWord.fold] === undefined
      && !matchAt(tokens, i + 1, lang.articles) && !matchAt(tokens, i + 1, lang.coordinators) && best.form.f !== 'noun' && forms.some((f) => f.e === best!.form.e && f.f === 'part' && !f.t.length && (f.x ?? tokens[i]!.fold) === lower)
      && !forms.some((f) => f.e === best!.form.e && f.f === 'noun')) best = null;
    // after a determiner a verb form is a noun ("la sfida"); in German only when capitalised, else an adjective
    if (best && nounContext && best.form.f === 'fin') {
      best = lang.capitalisedNouns && !/^\p{Lu}/u.test(tokens[i]!.text) ? null : { ...best, form: { ...best.form, f: 'noun' } };
    }
    // "agreed to share": a base form after an infinitive marker is an infinitive
    if (best && best.form.f === 'fin' && i > 0 && lang.infinitiveMarkers.includes(tokens[i - 1]!.fold)) best = { ...best, form: { ...best.form, f: 'inf' } };
    if (best) found.push(best);
  }
  // a word that is part of a longer expression does not fire on its own ("espresso preoccupazione" ⊃ "preoccupazione"),
  // nor does a shorter expression sharing a word with it ("inching nearer to accord" ⊃ "to accord")
  const covered = new Map<number, number>();
  for (const m of found) if (m.tokens.length > 1) for (const t of m.tokens) covered.set(t, Math.max(covered.get(t) ?? 0, m.tokens.length));
  return found.filter((m) => m.tokens.every((t) => (covered.get(t) ?? 0) <= m.tokens.length));
}

/** A weekday, month, relative day ("ayer") or number: part of a date. */
export function dateWord(fold: string, lang: LangLexicon['language']): boolean {
  return lang.weekdays[fold] !== undefined || lang.months[fold] !== undefined || lang.relativeDays[fold] !== undefined || /^\d+$/.test(fold);
}

/**
 * A base verb form after an article and up to three lowercase words that may be adjectives: no event word,
 * preposition, auxiliary, and no plural ("the two leaders meet" is a verb).
 */
function nounAfterAdjectives(tokens: readonly Token[], i: number, L: LangLexicon, lemma: string): boolean {
  const lang = L.language;
  if (tokens[i]!.fold !== lemma.split(' ')[0]!.toLowerCase()) return false;
  for (let n = 1; n <= 3; n++) {
    const w = tokens[i - n];
    if (!w || !/^\p{Ll}[\p{L}-]*$/u.test(w.text) || /s$/.test(w.fold) || L.triggers[w.fold] || lang.prepositions[w.fold] !== undefined || matchAt(tokens, i - n, lang.perfectAuxiliaries) || matchAt(tokens, i - n, lang.infinitiveMarkers)) return false;
    if (i - n - 1 >= 0 && matchAt(tokens, i - n - 1, lang.articles) === 1) return true;
  }
  return false;
}
