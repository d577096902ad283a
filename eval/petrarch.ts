// PETRARCH2's validation dictionaries (fictional actors: Arnor, Gondor…) turned into a dyad test lexicon at
// evaluation time. Nothing here is written into lexicons/: the project's lexicons are copied to a temporary
// folder, the test actors are appended there, that folder is compiled and then removed.
//
// Verbs (PETR.Validate.verbs.txt, when present, with the CAMEO→PLOVER table): each PETRARCH verb and each of its
// patterns becomes a trigger entry of en/triggers.yaml (convertVerbs in petr-dict.ts):
//  - type from the code through the official CAMEO→PLOVER map; a code outside CAMEO (9xx, 345, WEIS 22x…), which the
//    scoring matches with any type, keeps the project's type for that verb (else ACCUSE); "032:033" is symmetric;
//  - "* DIPLOMATIC TIES" → "restore diplomatic ties" (one entry per synset member); words before the verb ("NOT *",
//    "% HAVE *") start a fixed expression with the verb inflected inside it; "%" (a compound subject) is symmetric
//    with no other target, and a bare "% *" replaces the verb's own code;
//  - PETRARCH reads a target off the whole verb phrase: an entry without a "+" marker gets a broad target frame
//    (direct object or any common preposition, BROAD); "PREP +" narrows it to PREP, "PREP $" gives the source frame;
//  - expressions may span 6 tokens between their words (PETR_GAP), PETRARCH's verbs are verbs only (`noun: false`).
// Precedence: the suite's verb codes win. Every project verb entry (and fixed verb form) whose surface forms share a
// word with a PETRARCH verb, and every project noun with the same word ("visit", "attack"), is dropped from the
// temporary copy: "welcome" is then only what the suite says it is (041), and a PETRARCH verb whose code is no event
// ("---", 01/02 statements) leaves the word with no trigger. The project's other event nouns ("meeting", "aid")
// stay. What is not converted is counted and printed.
// Discards (PETR.Validate.discards.txt) are applied in sets.ts: a sentence with a discard phrase is not coded.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Lexicon } from '../src/core/lexicon-types.ts';
import { compileLexicon, type LexiconProblem } from '../src/lexicon/compile.ts';
import { phraseTokens } from '../src/core/text.ts';
import { inflect } from '../src/lexicon/inflect.ts';
import { convertVerbs, parseActors, parseAgents, parseVerbs, petrRoot, sectorOf, VALID_SECTORS, type TriggerYaml, type VerbCodeKind } from './petr-dict.ts';
import { cameoToPlover, type CameoTable } from './labels.ts';
export { petrRoot } from './petr-dict.ts';

const titleCase = (name: string) => name.split(' ').map((w) => (w.includes('.') ? w : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-'))).join(' ');

export interface PetrLexicon {
  readonly lexicon: Lexicon;
  readonly problems: readonly LexiconProblem[];
  /** dyad code → PETRARCH root, for test names dyad already knew under its own code ("Egypt": EGY ↔ UAR) */
  readonly equiv: ReadonlyMap<string, string>;
  /** the same for names PETRARCH codes by date ("ZIMBABWE [RHO <790606] [ZBW]"): dyad code → PETRARCH roots with their dates */
  readonly datedEquiv: ReadonlyMap<string, ReadonlyArray<{ readonly code: string; readonly from?: string; readonly until?: string }>>;
  readonly added: { readonly states: number; readonly names: number; readonly people: number; readonly roles: number; readonly skipped: number };
  /** the verbs dictionary: entries written, project entries dropped for them, patterns/codes skipped by reason; null when absent */
  readonly verbs: { readonly entries: number; readonly dropped: number; readonly skipped: Readonly<Record<string, number>> } | null;
}

const require = createRequire(import.meta.url);
let pastForms: Set<string> | null = null;
/** "said", "left", "killed", "making", "says": a dictionary verb written already inflected. */
function isInflected(w: string): boolean {
  if (!pastForms) {
    const irr = require('english-verbs-irregular/dist/verbs.json') as Record<string, string[][]>;
    pastForms = new Set(Object.values(irr).flat(2).filter((f) => f && !irr[f]));
  }
  return /(?:ed|ing|[^s]s)$/.test(w) || pastForms.has(w);
}

/** Every surface form of the first word of a trigger entry (verb: inflected; fixed: as written). */
function headForms(e: { lemma?: unknown; pos?: unknown; forms?: unknown }): string[] {
  const first = String(e.lemma ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  const extra = Array.isArray(e.forms) ? e.forms.map((f) => String(f).toLowerCase().split(/\s+/)[0]!) : [];
  return e.pos === 'verb' ? [...inflect('en', first, 'verb').map((f) => f.form), ...extra] : [first, ...extra];
}

/**
 * Build the test lexicon: project lexicons + PETRARCH's fictional actors (states.yaml, en/places.yaml, and
 * people.yaml for date-restricted actors such as Sam Gamgee) + agents (en/roles.yaml). `corpus` lets
 * undelimited names work as PETRARCH's prefix matches ("ERIADOR" also matches "Eriadorian").
 */
export function buildPetrarchLexicon(lexDir: string, dictDir: string, base: Lexicon, corpus: readonly string[], cameo?: CameoTable): PetrLexicon {
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
  // (a possessive is no part of the word: PETRARCH's parser splits "Ithilen's" as dyad's tokenizer does)
  for (const text of corpus) for (const m of text.matchAll(/\p{Lu}[\p{L}'-]*/gu)) words.add(m[0].replace(/'s$/, ''));

  const equiv = new Map<string, string>();
  const datedEquiv = new Map<string, Array<{ code: string; from?: string; until?: string }>>();
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
      if (have) {
        if (dated) datedEquiv.set(have, codes.map((c) => ({ code: petrRoot(c.code), ...(c.from ? { from: c.from } : {}), ...(c.until ? { until: c.until } : {}) })));
        else if (have !== first) equiv.set(have, first);
        continue;
      }
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
    const verbsPath = join(dictDir, 'PETR.Validate.verbs.txt');
    const verbs = cameo && existsSync(verbsPath) ? writeVerbs(join(tmp, 'en/triggers.yaml'), readFileSync(verbsPath, 'utf8'), cameo, base) : null;
    const { lexicon, problems } = compileLexicon(tmp);
    // PETRARCH matches a pattern's words anywhere in the verb phrase ("signed an 800 million ducat trade protocol"):
    // its expressions allow wider gaps than the project's 3 tokens
    if (verbs) {
      const en = lexicon.langs.en!;
      for (const forms of Object.values(en.triggers)) for (const f of forms) if (f.t.length && en.entries[f.e]!.ref.line > verbs.firstLine) (f as { g?: number }).g = PETR_GAP;
    }
    return { lexicon, problems, equiv, datedEquiv, added: { states: newStates.size, names, people: people.length, roles: agents.length, skipped }, verbs };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Replace the temporary copy's en/triggers.yaml: project entries for PETRARCH's verbs dropped, PETRARCH's appended. */
const PETR_GAP = 6;

function writeVerbs(path: string, text: string, cameo: CameoTable, base: Lexicon): { entries: number; dropped: number; skipped: Record<string, number>; firstLine: number } {
  const project = (parse(readFileSync(path, 'utf8')) ?? []) as Array<Record<string, unknown>>;
  const codeKind = (code: string): VerbCodeKind => {
    if (!/^\d/.test(code)) return { kind: 'none' };
    const m = cameoToPlover(code, cameo);
    return m.kind === 'type' ? { kind: 'type', type: m.type } : m;
  };
  // a test code outside CAMEO matches any type: keep the project's type for the verb (else a directed, plain type)
  const projectType = (w: string) => String(project.find((e) => e.pos === 'verb' && e.lemma === w)?.type ?? 'ACCUSE');
  const conv = convertVerbs(parseVerbs(text), codeKind, isInflected, projectType, (w) => inflect('en', w, 'verb').map((f) => f.form));
  // a WEIS or test code that is no CAMEO code: the event's CAMEO code is then its type's default
  for (const e of conv.entries) if (e.cameo && !base.cameo[e.cameo]) delete e.cameo;
  const surfaces = new Set<string>();
  for (const e of conv.entries) for (const f of headForms(e)) surfaces.add(f);
  for (const w of conv.verbs) for (const f of isInflected(w) ? [w] : inflect('en', w, 'verb').map((x) => x.form)) surfaces.add(f);
  const verbal = (e: Record<string, unknown>) => e.pos === 'verb' || (e.pos === 'fixed' && e.as === 'verb');
  // (a project noun with the same word as a PETRARCH verb, "visit", "attack", is that lemma's entry too: replaced)
  const sameWord = (e: Record<string, unknown>) => conv.verbs.has(String(e.lemma ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '');
  const kept = project.filter((e) => !(verbal(e) && headForms(e).some((f) => surfaces.has(f))) && !(e.pos === 'noun' && sameWord(e)));
  const out: Array<Record<string, unknown> | TriggerYaml> = [...kept, ...conv.entries];
  writeFileSync(path, `# project entries (${project.length - kept.length} dropped for PETRARCH's verbs), then PETRARCH2 validation verbs (evaluation only)\n${out.map((e) => `- ${JSON.stringify(e)}`).join('\n')}\n`);
  return { entries: conv.entries.length, dropped: project.length - kept.length, skipped: { ...conv.skipped }, firstLine: kept.length + 1 };
}
