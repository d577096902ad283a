// Golden texts per language (test/golden/<lang>.yaml): the coder must list the events a careful coder lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { codeDocument } from '../src/core/pipeline.ts';
import { loadLexicon } from '../src/lexicon/load.ts';
import type { CodedEvent } from '../src/core/types.ts';

interface Case { name: string; date: string; text: string; events: string[]; exact?: boolean; lang?: string }
const dir = join(import.meta.dirname, 'golden');
const lex = loadLexicon();

/** "PRK ACCUSE USA claimed" → a key comparable with a coded event. */
export function expected(line: string): string {
  const [s, t, g, status = 'asserted'] = line.trim().split(/\s+/);
  return `${s} ${t} ${g === '-' ? '-' : g} ${status}`;
}
const key = (e: CodedEvent) => `${e.source.code} ${e.type} ${e.target?.code ?? '-'} ${e.status}`;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const lang = file.replace(/\.yaml$/, '');
  const cases = parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  for (const c of cases) {
    test(`golden ${lang}: ${c.name}`, () => {
      const res = codeDocument(c.text, lex, { date: c.date, lang: c.lang ?? lang });
      assert.ok(res.ok, res.ok ? '' : res.error.message);
      const got = new Set(res.events.map(key));
      const want = c.events.map(expected);
      const missing = want.filter((w) => !got.has(w));
      const extra = c.exact === false ? [] : [...got].filter((g) => g.endsWith(' asserted') && !want.includes(g));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `text: ${c.text}\ngot: ${[...got].join(', ') || 'nothing'}`);
    });
  }
}
