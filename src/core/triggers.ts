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
    const prev = tokens[i - 1]?.fold ?? '';
    const nounContext = i > 0 && (matchAt(tokens, i - 1, lang.articles) === 1 || lang.prepositions[prev] !== undefined);
    let best: TriggerMatch | null = null;
    for (const form of forms) {
      const idx = [i];
      let pos = i;
      let ok = true;
      for (const w of form.t) {
        let k = pos + 1;
        while (k < tokens.length && k - pos - 1 <= MAX_GAP && tokens[k]!.fold !== w) k++;
        if (k >= tokens.length || k - pos - 1 > MAX_GAP) { ok = false; break; }
        idx.push(k);
        pos = k;
      }
      if (!ok) continue;
      const prefer = (f: TriggerForm) => (nounContext ? f.f === 'noun' : f.f !== 'noun');
      if (!best || idx.length > best.tokens.length || (idx.length === best.tokens.length && prefer(form) && !prefer(best.form)))
        best = { entry: L.entries[form.e]!, form, head: i, tokens: idx, end: pos + 1 };
    }
    if (best && nounContext && best.form.f === 'fin' && best.tokens.length === 1) best = { ...best, form: { ...best.form, f: 'noun' } };
    if (best) found.push(best);
  }
  // a word that is part of a longer expression does not fire on its own ("espresso preoccupazione" ⊃ "preoccupazione")
  const covered = new Map<number, number>();
  for (const m of found) if (m.tokens.length > 1) for (const t of m.tokens) covered.set(t, Math.max(covered.get(t) ?? 0, m.tokens.length));
  return found.filter((m) => (covered.get(m.head) ?? 0) <= m.tokens.length && !(m.tokens.length === 1 && covered.has(m.head)));
}
