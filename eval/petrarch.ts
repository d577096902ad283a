// PETRARCH2's validation dictionaries (fictional actors: Arnor, Gondor…) turned into a dyad test lexicon at
// evaluation time. Nothing here is written into lexicons/: the project's lexicons are copied to a temporary
// folder, the test actors are appended there, that folder is compiled and then removed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Lexicon } from '../src/core/lexicon-types.ts';
import { compileLexicon, type LexiconProblem } from '../src/lexicon/compile.ts';
import { phraseTokens } from '../src/core/text.ts';
import { parseActors, parseAgents, petrRoot, sectorOf, VALID_SECTORS } from './petr-dict.ts';
export { petrRoot } from './petr-dict.ts';

const titleCase = (name: string) => name.split(' ').map((w) => (w.includes('.') ? w : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-'))).join(' ');

export interface PetrLexicon {
  readonly lexicon: Lexicon;
  readonly problems: readonly LexiconProblem[];
  /** dyad code → PETRARCH root, for test names dyad already knew under its own code ("Egypt": EGY ↔ UAR) */
  readonly equiv: ReadonlyMap<string, string>;
  readonly added: { readonly states: number; readonly names: number; readonly people: number; readonly roles: number; readonly skipped: number };
}

/**
 * Build the test lexicon: project lexicons + PETRARCH's fictional actors (states.yaml, en/places.yaml, and
 * people.yaml for date-restricted actors such as Sam Gamgee) + agents (en/roles.yaml). `corpus` lets
 * undelimited names work as PETRARCH's prefix matches ("ERIADOR" also matches "Eriadorian").
 */
export function buildPetrarchLexicon(lexDir: string, dictDir: string, base: Lexicon, corpus: readonly string[]): PetrLexicon {
  const actors = parseActors(readFileSync(join(dictDir, 'PETR.Validate.actors.txt'), 'utf8'));
  const agents = parseAgents(readFileSync(join(dictDir, 'PETR.Validate.agents.txt'), 'utf8'));
  const en = base.langs.en!;
  const known = (form: string): string | null => {
    const t = phraseTokens(form, false);
    const hit = (en.phrases[t[0] ?? ''] ?? []).find((p) => p.t.length === t.length - 1 && p.t.every((w, i) => w === t[i + 1]) && p.k !== 'role' && p.k !== 'short');
    if (!hit) return null;
    if (hit.k === 'person') return base.people[hit.c!]?.roles[0]?.code ?? null;
    return hit.c ?? null;
  };
  const words = new Set<string>();
  for (const text of corpus) for (const m of text.matchAll(/\p{Lu}[\p{L}'-]*/gu)) words.add(m[0]);

  const equiv = new Map<string, string>();
  const newStates = new Set<string>();
  const placeNames = new Map<string, Set<string>>();
  const people: Array<{ id: string; names: string[]; roles: Array<Record<string, string>> }> = [];
  const taken = new Set<string>();
  let skipped = 0;
  const ensureState = (root: string) => { if (!base.actors[root]) newStates.add(root); };

  for (const a of actors) {
    const codes = a.codes.filter((c) => /^[A-Z][A-Z0-9]{1,7}$/.test(petrRoot(c.code)) && !c.code.startsWith('-') && !c.code.startsWith('+'));
    if (!codes.length) { skipped++; continue; }
    // display forms: title case, no leading article (lexicon convention), PETRARCH prefix matches found in the corpus
    const forms: string[] = [];
    for (const n of a.names) {
      const f = titleCase(n.name.replace(/^THE\s+/i, ''));
      forms.push(f);
      if (!n.exact && !f.includes(' ')) for (const w of words) if (w.length > f.length && w.toLowerCase().startsWith(f.toLowerCase())) forms.push(w);
    }
    const dated = codes.some((c) => c.from || c.until);
    const first = petrRoot((codes.find((c) => !c.from && !c.until) ?? codes[0]!).code.split('/')[0]!);
    const fresh: string[] = [];
    for (const f of forms) {
      const key = phraseTokens(f, false).join(' ');
      if (!key || taken.has(key)) continue;
      taken.add(key);
      const have = known(f);
      if (have) { if (have !== first) equiv.set(have, first); continue; }
      fresh.push(f);
    }
    if (!fresh.length) continue;
    if (dated) {
      const roles = codes.map((c) => {
        const root = petrRoot(c.code);
        ensureState(root);
        return { code: root, sector: sectorOf(c.code) ?? 'UNK', role: 'official', ...(c.from ? { from: c.from } : {}), ...(c.until ? { until: c.until } : {}) };
      });
      people.push({ id: `petr-${fresh[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, names: fresh, roles });
    } else {
      ensureState(first);
      const set = placeNames.get(first) ?? new Set<string>();
      for (const f of fresh) set.add(f);
      placeNames.set(first, set);
    }
  }

  const tmp = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
  try {
    cpSync(lexDir, tmp, { recursive: true });
    appendFileSync(join(tmp, 'actors/states.yaml'), `\n# PETRARCH2 validation actors (evaluation only)\n${[...newStates].sort().map((c) => `- {code: ${c}, name: ${c}, kind: state}`).join('\n')}\n`);
    const placesPath = join(tmp, 'en/places.yaml');
    const places = (parse(readFileSync(placesPath, 'utf8')) ?? {}) as Record<string, { names?: string[] }>;
    let names = 0;
    for (const [code, set] of placeNames) {
      const entry = (places[code] ??= {});
      entry.names = [...(entry.names ?? []), ...set];
      names += set.size;
    }
    writeFileSync(placesPath, stringify(places));
    appendFileSync(join(tmp, 'actors/people.yaml'), `\n${stringify(people.map((p) => ({ id: p.id, names: p.names, roles: p.roles })))}`);
    const roleLines = agents.map((g) => {
      const s = g.prefix ? g.code.replace(/~$/, '') : g.code.replace(/^~/, '');
      const sector = VALID_SECTORS.has(s.slice(0, 3)) ? s.slice(0, 3) : 'UNK';
      return `- ${JSON.stringify({ phrases: g.phrases, sector })}`;
    });
    appendFileSync(join(tmp, 'en/roles.yaml'), `\n# PETRARCH2 validation agents (evaluation only)\n${roleLines.join('\n')}\n`);
    const { lexicon, problems } = compileLexicon(tmp);
    return { lexicon, problems, equiv, added: { states: newStates.size, names, people: people.length, roles: agents.length, skipped } };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
