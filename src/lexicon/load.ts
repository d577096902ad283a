// Loads the compiled lexicon, recompiling it first when any YAML file is newer than build/lexicon.json.
// Each language is its own file (build/lexicon.<lang>.json), parsed the first time a text in it is coded.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangLexicon, Lexicon } from '../core/lexicon-types.ts';
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

const langFile = (out: string, lang: string) => out.replace(/\.json$/, `.${lang}.json`);
function writeAtomic(path: string, body: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, path);
}

/** Compile and write build/lexicon.json (and one file per language) atomically; returns the problems found. */
export function buildLexicon(dir = LEXICON_DIR, out = COMPILED): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const res = compileLexicon(dir);
  mkdirSync(dirname(out), { recursive: true });
  for (const [lang, L] of Object.entries(res.lexicon.langs)) writeAtomic(langFile(out, lang), JSON.stringify(L));
  // the main file last: its date says the whole set is fresh
  writeAtomic(out, JSON.stringify({ ...res.lexicon, langs: Object.fromEntries(Object.keys(res.lexicon.langs).map((l) => [l, null])) }));
  return res;
}

/**
 * JSON with every record free of Object.prototype: looking up the word "constructor" in a lexicon must find
 * nothing, not a function.
 */
function parseRecords<T>(json: string): T {
  return JSON.parse(json, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.assign(Object.create(null) as object, v) : v)) as T;
}

/** A whole compiled lexicon from one JSON string (as sent to worker threads). */
export function parseLexicon(json: string): Lexicon {
  return parseRecords<Lexicon>(json);
}

let cached: Lexicon | null = null;
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  // the compiler's code counts too (inflection rules, and the tokeniser that makes the keys)
  const code = Math.max(newestMtime(dirname(fileURLToPath(import.meta.url))), statSync(join(PROJECT_ROOT, 'src', 'core', 'text.ts')).mtimeMs);
  const fresh = existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= Math.max(newestMtime(LEXICON_DIR), code);
  if (!fresh) buildLexicon();
  const lex = parseRecords<Lexicon>(readFileSync(COMPILED, 'utf8'));
  // a language's data is read on first use: coding Italian news need not hold Russian in memory
  const langs = lex.langs as Record<string, LangLexicon>;
  for (const lang of Object.keys(langs)) {
    let L: LangLexicon | null = null;
    Object.defineProperty(langs, lang, { enumerable: true, get: () => (L ??= parseRecords<LangLexicon>(readFileSync(langFile(COMPILED, lang), 'utf8'))) });
  }
  cached = lex;
  return cached;
}
