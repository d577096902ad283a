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

/**
 * A compiled lexicon from its JSON, with every record free of Object.prototype: looking up the word
 * "constructor" must find nothing, not a function.
 */
export function parseLexicon(json: string): Lexicon {
  return JSON.parse(json, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null) as object, v) : v)) as Lexicon;
}

let cached: Lexicon | null = null;
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  // the compiler's code counts too (inflection rules, and the tokeniser that makes the keys)
  const code = Math.max(newestMtime(dirname(fileURLToPath(import.meta.url))), statSync(join(PROJECT_ROOT, 'src', 'core', 'text.ts')).mtimeMs);
  const fresh = existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= Math.max(newestMtime(LEXICON_DIR), code);
  if (!fresh) buildLexicon();
  cached = parseLexicon(readFileSync(COMPILED, 'utf8'));
  return cached;
}
