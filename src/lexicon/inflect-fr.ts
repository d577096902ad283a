// French inflection of trigger lemmas, used only when the lexicon is compiled.
import type { Form } from './inflect.ts';

export function inflectFrench(word: string, pos: 'verb' | 'noun'): Form[] {
  return [{ form: word, f: pos === 'verb' ? 'fin' : 'noun' }];
}
