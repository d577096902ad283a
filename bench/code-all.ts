// Codes a list of documents and times it (shared by the single-core run and the workers).
import type { Doc } from './corpus.ts';
import { codeDocument } from '../src/core/pipeline.ts';
import { loadLexicon } from '../src/lexicon/load.ts';

export function codeAll(docs: readonly Doc[], detect: boolean): { ms: number; events: number } {
  const lex = loadLexicon();
  const t0 = performance.now();
  let events = 0;
  for (const d of docs) {
    const r = codeDocument(d.text, lex, { date: '2024-11-30', ...(detect ? {} : { lang: d.lang }) });
    if (r.ok) events += r.events.length;
  }
  return { ms: performance.now() - t0, events };
}
