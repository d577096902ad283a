// Loads the compiled lexicon, recompiling it first when any YAML file is newer than build/lexicon.json.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../core/lexicon-types.ts';
import { compileLexicon, type LexiconProblem } from './compile.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LEXICON_DIR = join(PROJECT_ROOT, 'lexicons');
export const COMPILED = join(PROJECT_ROOT, 'build', 'lexicon.json');

function newestMtime(dir: string): number {
  let max = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    max = Math.max(max, d.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Compile and write build/lexicon.json atomically; returns the problems found. */
export function buildLexicon(dir = LEXICON_DIR, out = COMPILED): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const res = compileLexicon(dir);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(res.lexicon));
  renameSync(tmp, out);
  return res;
}

let cached: Lexicon | null = null;
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  // the compiler's own code counts too: a change in inflection rules changes the compiled forms
  const fresh = existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= Math.max(newestMtime(LEXICON_DIR), newestMtime(dirname(fileURLToPath(import.meta.url))));
  cached = fresh ? (JSON.parse(readFileSync(COMPILED, 'utf8')) as Lexicon) : buildLexicon().lexicon;
  return cached;
}
