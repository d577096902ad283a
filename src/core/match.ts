// Small matching helpers over folded tokens, shared by the steps.
import type { Token } from './types.ts';

export type PhraseIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
const indexes = new WeakMap<readonly string[], PhraseIndex>();

/** Index a list of cues (folded tokens joined by one space) by their first token; built once per list. */
export function phraseIndex(list: readonly string[]): PhraseIndex {
  let idx = indexes.get(list);
  if (!idx) {
    const m = new Map<string, string[][]>();
    for (const cue of list) {
      const toks = cue.split(' ');
      const arr = m.get(toks[0]!) ?? [];
      arr.push(toks);
      m.set(toks[0]!, arr);
    }
    for (const arr of m.values()) arr.sort((a, b) => b.length - a.length);
    idx = m;
    indexes.set(list, idx);
  }
  return idx;
}

/** Length in tokens of the longest cue of `list` starting at token i, 0 when none. */
export function matchAt(tokens: readonly Token[], i: number, list: readonly string[]): number {
  const cands = phraseIndex(list).get(tokens[i]?.fold ?? '');
  if (!cands) return 0;
  outer: for (const c of cands) {
    if (i + c.length > tokens.length) continue;
    for (let k = 1; k < c.length; k++) if (tokens[i + k]!.fold !== c[k]) continue outer;
    return c.length;
  }
  return 0;
}

/** Length of the longest cue of `list` ending at token j (inclusive), 0 when none. */
export function matchEndingAt(tokens: readonly Token[], j: number, list: readonly string[]): number {
  let best = 0;
  for (let n = 1; n <= 5 && j - n + 1 >= 0; n++) if (matchAt(tokens, j - n + 1, list) === n) best = n;
  return best;
}

/** True when a cue of `list` starts anywhere in tokens [from, to). */
export function anyCue(tokens: readonly Token[], from: number, to: number, list: readonly string[]): boolean {
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (matchAt(tokens, i, list)) return true;
  return false;
}

const keyLists = new WeakMap<object, readonly string[]>();
/** The keys of a lexicon map as a stable list (so its phrase index is built once). */
export function keysOf(map: Readonly<Record<string, unknown>>): readonly string[] {
  let k = keyLists.get(map);
  if (!k) { k = Object.keys(map); keyLists.set(map, k); }
  return k;
}
