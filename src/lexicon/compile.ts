// Lexicon compiler: reads the YAML under lexicons/, checks every entry, writes one compact JSON.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import { PLOVER_TYPES, type PloverType, type RuleRef } from '../core/types.ts';
import type { LangLexicon, LanguageData, Lexicon, Person, Phrase, PhraseKind, Role, TriggerEntry, TriggerForm } from '../core/lexicon-types.ts';
import { fold, normalize, phraseTokens, tokenize } from '../core/text.ts';
import { inflect, italianClitics, pluralExpressions } from './inflect.ts';

/** Languages whose verb expressions also match with their last word, the object noun, in the plural (Russian and German objects change case, not only number). */
const OBJECT_PLURALS = new Set(['it', 'en', 'fr', 'es']);

export interface LexiconProblem { readonly file: string; readonly line: number; readonly message: string }

interface Item { readonly value: unknown; readonly line: number; readonly key?: string }
interface YamlFile { readonly items: Item[]; readonly root: unknown }

const SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'CVL', 'MED', 'BUS', 'NGO', 'IGO', 'COP', 'SPY', 'PTY', 'PRM', 'UAF', 'UNK', 'REL', 'EDU', 'LAB', 'HLH', 'AGR', 'CRM', 'REF', 'ETH']);
const ROLE_KINDS = new Set(['head-of-state', 'head-of-government', 'deputy-head-of-government', 'foreign-minister', 'defence-minister', 'minister', 'org-head', 'official', 'opposition-leader', 'military-chief']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class Compiler {
  readonly problems: LexiconProblem[] = [];
  private readonly hash = createHash('sha256');
  constructor(private readonly root: string) {}

  private problem(file: string, line: number, message: string): void { this.problems.push({ file, line, message }); }

  /** Parse one YAML file into top-level items with their line numbers; a syntax error is a problem, not a crash. */
  read(rel: string, optional = false): YamlFile {
    const path = join(this.root, rel);
    if (!existsSync(path)) {
      if (!optional) this.problem(rel, 0, 'expected this file to exist, found nothing');
      return { items: [], root: null };
    }
    const src = readFileSync(path, 'utf8');
    this.hash.update(rel).update(src);
    const lc = new LineCounter();
    const doc = parseDocument(src, { lineCounter: lc, uniqueKeys: true });
    for (const e of doc.errors) this.problem(rel, e.linePos?.[0]?.line ?? 0, `invalid YAML: ${e.message.split('\n')[0]}`);
    const lineOf = (n: Node | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 0);
    const items: Item[] = [];
    const c = doc.contents;
    if (isSeq(c)) for (const it of c.items) items.push({ value: (it as Node & { toJSON(): unknown }).toJSON(), line: lineOf(it as Node) });
    else if (isMap(c)) for (const p of c.items) if (isPair(p)) {
      const key = isScalar(p.key) ? String(p.key.value) : String(p.key);
      items.push({ key, value: p.value && typeof (p.value as { toJSON?: unknown }).toJSON === 'function' ? (p.value as Node & { toJSON(): unknown }).toJSON() : (p.value as unknown), line: lineOf(p.key as Node) });
    }
    return { items, root: doc.errors.length ? null : doc.toJSON() };
  }

  version(): string { return this.hash.copy().digest('hex').slice(0, 16); }
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : typeof v === 'string' && v.trim() ? [v] : []);

/** Compile every lexicon file under `root` (the lexicons/ folder). */
export function compileLexicon(root: string): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const c = new Compiler(root);
  const P = (file: string, line: number, msg: string) => c.problems.push({ file, line, message: msg });

  // ---- ontology ----
  const types = {} as Record<PloverType, { quad: number; cameo: string; modes: Record<string, string>; recipient: boolean }>;
  const cameo: Record<string, { name: string; goldstein: number }> = {};
  for (const it of c.read('ontology/cameo.yaml').items) {
    const v = it.value as { name?: unknown; goldstein?: unknown } | null;
    if (!it.key || !/^\d{2,4}$/.test(it.key)) { P('ontology/cameo.yaml', it.line, `expected a 2- to 4-digit CAMEO code as key, found "${it.key}"`); continue; }
    if (!v || typeof v.goldstein !== 'number' || v.goldstein < -10 || v.goldstein > 10) { P('ontology/cameo.yaml', it.line, `expected goldstein between -10 and 10 for ${it.key}, found ${JSON.stringify(v?.goldstein)}`); continue; }
    cameo[it.key] = { name: String(v.name ?? ''), goldstein: v.goldstein };
  }
  for (const it of c.read('ontology/plover.yaml').items) {
    if (it.key === 'contexts') continue;
    const v = it.value as { quad?: number; cameo?: string; modes?: Record<string, string>; recipient?: boolean } | null;
    if (!PLOVER_TYPES.includes(it.key as PloverType)) { P('ontology/plover.yaml', it.line, `expected a PLOVER event type, found "${it.key}"`); continue; }
    const code = String(v?.cameo ?? '');
    if (!cameo[code]) P('ontology/plover.yaml', it.line, `unknown CAMEO code "${code}" for ${it.key}`);
    const modes: Record<string, string> = {};
    for (const [m, mc] of Object.entries(v?.modes ?? {})) {
      if (!cameo[String(mc)]) P('ontology/plover.yaml', it.line, `unknown CAMEO code "${mc}" for mode ${it.key}/${m}`);
      modes[m] = String(mc);
    }
    types[it.key as PloverType] = { quad: Number(v?.quad ?? 0), cameo: code, modes, recipient: v?.recipient === true };
  }
  for (const t of PLOVER_TYPES) if (!types[t]) { P('ontology/plover.yaml', 0, `expected an entry for PLOVER type ${t}, found none`); types[t] = { quad: 0, cameo: '', modes: {}, recipient: false }; }

  // ---- actors ----
  const actors: Record<string, { name: string; kind: string; sector: string | null; parent?: string }> = {};
  const addActor = (file: string, it: Item, defKind: string, defSector: string | null) => {
    const v = it.value as { code?: string; name?: string; kind?: string; sector?: string | null; parent?: string } | null;
    if (!v || typeof v.code !== 'string' || !/^[A-Z][A-Z0-9]{1,7}$/.test(v.code)) { P(file, it.line, `expected {code: UPPERCASE code, name: …}, found ${JSON.stringify(v)}`); return; }
    if (actors[v.code]) { P(file, it.line, `duplicate actor code ${v.code}`); return; }
    const sector = v.sector === undefined ? defSector : v.sector;
    if (sector !== null && !SECTORS.has(sector)) P(file, it.line, `unknown sector "${sector}" for ${v.code}`);
    actors[v.code] = { name: String(v.name ?? v.code), kind: v.kind ?? defKind, sector, ...(v.parent ? { parent: v.parent } : {}) };
  };
  for (const it of c.read('actors/states.yaml').items) addActor('actors/states.yaml', it, 'state', 'GOV');
  for (const it of c.read('actors/organisations.yaml').items) addActor('actors/organisations.yaml', it, 'org', 'IGO');
  for (const [code, a] of Object.entries(actors)) if (a.parent && !actors[a.parent]) P('actors/states.yaml', 0, `${code}: unknown parent code ${a.parent}`);
  /** The code events use: a region without its own state code is coded as its parent. */
  const eventCode = (code: string): string => (actors[code]?.kind === 'region' && actors[code]?.parent ? actors[code]!.parent! : code);

  const people: Record<string, Person> = {};
  const personNames: Array<{ id: string; names: string[]; short: string[]; ref: RuleRef }> = [];
  for (const it of c.read('actors/people.yaml').items) {
    const f = 'actors/people.yaml';
    const v = it.value as { id?: string; names?: unknown; short?: unknown; roles?: unknown } | null;
    if (!v || typeof v.id !== 'string' || !/^[a-z0-9-]+$/.test(v.id)) { P(f, it.line, `expected a person with a kebab-case id, found ${JSON.stringify(v)?.slice(0, 80)}`); continue; }
    if (people[v.id]) { P(f, it.line, `duplicate person id ${v.id}`); continue; }
    const names = asList(v.names);
    if (!names.length) P(f, it.line, `${v.id}: expected at least one name`);
    const roles: Role[] = [];
    for (const r of (Array.isArray(v.roles) ? v.roles : []) as Array<Record<string, unknown>>) {
      const from = r.from === undefined ? undefined : String(r.from);
      const until = r.until === undefined ? undefined : String(r.until);
      if (!actors[String(r.code)]) P(f, it.line, `${v.id}: unknown actor code "${r.code}" in a role`);
      if (!SECTORS.has(String(r.sector))) P(f, it.line, `${v.id}: unknown sector "${r.sector}"`);
      if (!ROLE_KINDS.has(String(r.role))) P(f, it.line, `${v.id}: unknown role kind "${r.role}"`);
      if ((from && !ISO_DATE.test(from)) || (until && !ISO_DATE.test(until))) P(f, it.line, `${v.id}: expected dates as YYYY-MM-DD, found from=${from} until=${until}`);
      if (from && until && from >= until) P(f, it.line, `${v.id}: role ${r.role} has from ${from} on or after until ${until}`);
      roles.push({ code: eventCode(String(r.code)), sector: String(r.sector), role: String(r.role), ...(from ? { from } : {}), ...(until ? { until } : {}) });
    }
    for (let i = 0; i < roles.length; i++) for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i]!, b = roles[j]!;
      if (a.role === b.role && a.code === b.code && (a.from ?? '') < (b.until ?? '9999') && (b.from ?? '') < (a.until ?? '9999'))
        P(f, it.line, `${v.id}: overlapping ${a.role} roles for ${a.code} (${a.from ?? '…'}–${a.until ?? '…'} and ${b.from ?? '…'}–${b.until ?? '…'})`);
    }
    people[v.id] = { id: v.id, name: names[0] ?? v.id, roles };
    personNames.push({ id: v.id, names, short: asList(v.short), ref: { id: `person:${v.id}`, file: f, line: it.line } });
  }

  // ---- ontology file for languages: which languages exist ----
  const langs: Record<string, LangLexicon> = {};
  const langDirs = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name)).map((d) => d.name).sort() : [];
  for (const lang of langDirs) langs[lang] = compileLanguage(c, lang, { actors, eventCode, personNames, types, cameo });

  return { lexicon: { version: c.version(), types, cameo, actors, people, langs }, problems: c.problems };
}

interface Shared {
  readonly actors: Record<string, { name: string; kind: string; sector: string | null; parent?: string }>;
  readonly eventCode: (code: string) => string;
  readonly personNames: ReadonlyArray<{ id: string; names: string[]; short: string[]; ref: RuleRef }>;
  readonly types: Record<PloverType, { quad: number; cameo: string; modes: Record<string, string>; recipient: boolean }>;
  readonly cameo: Record<string, { name: string; goldstein: number }>;
}

function compileLanguage(c: Compiler, lang: string, shared: Shared): LangLexicon {
  const P = (file: string, line: number, msg: string) => c.problems.push({ file, line, message: msg });
  const language = readLanguage(c, lang);
  const el = language.elision;
  const phrases: Record<string, Phrase[]> = {};
  const owner = new Map<string, { code: string; kind: PhraseKind; where: string }>();
  const addPhrase = (form: string, k: PhraseKind, ref: RuleRef, extra: { c?: string; s?: string | null; r?: string; o?: 1 }) => {
    const toks = phraseTokens(form, el);
    if (!toks.length) { P(ref.file, ref.line, `empty form in ${ref.id}`); return; }
    const key = toks.join(' ');
    // a surface form may name one actor only (roles and short names may repeat)
    if (k !== 'role' && k !== 'short') {
      const prev = owner.get(key);
      const code = extra.c ?? '';
      if (prev && prev.code !== code && prev.kind !== 'short') P(ref.file, ref.line, `duplicate alias "${form}": ${code} here, ${prev.code} at ${prev.where}`);
      if (!prev) owner.set(key, { code, kind: k, where: `${ref.file}:${ref.line}` });
    }
    const f0 = form.trim();
    const cap = f0.length >= 2 && f0 === f0.toUpperCase() && /\p{Lu}/u.test(f0) ? 2 : /^\p{Lu}/u.test(f0) ? 1 : undefined;
    (phrases[toks[0]!] ??= []).push({ t: toks.slice(1), k, ref, ...extra, ...(cap ? { cap } : {}) });
  };

  /** Nominative (or indeclinable) forms and their `oblique` (non-nominative) forms; a form may not be both. */
  const addCased = (nominative: string[], oblique: string[], k: PhraseKind, ref: RuleRef, extra: { c?: string; s?: string | null; r?: string }, fields: string) => {
    const nom = new Set(nominative.map((x) => phraseTokens(x, el).join(' ')));
    for (const form of nominative) addPhrase(form, k, ref, extra);
    for (const form of oblique) {
      if (nom.has(phraseTokens(form, el).join(' '))) P(ref.file, ref.line, `"${form}" is in both ${fields} (a form is either nominative or oblique)`);
      addPhrase(form, k, ref, { ...extra, o: 1 });
    }
  };

  // places and organisations; an `…oblique` field holds the non-nominative forms of the field it names
  type KindField = [field: string, kind: PhraseKind, oblique?: string];
  const placeKinds: KindField[] = [['names', 'state', 'oblique'], ['adjectives', 'demonym'], ['capitals', 'capital', 'capitals_oblique'], ['metonyms', 'metonym', 'metonyms_oblique'], ['armed_groups', 'metonym', 'armed_groups_oblique'], ['cities', 'city']];
  for (const [file, kinds] of [[`${lang}/places.yaml`, placeKinds], [`${lang}/organisations.yaml`, [['names', 'org', 'oblique'], ['adjectives', 'org-adj']]]] as Array<[string, KindField[]]>) {
    const fields = kinds.flatMap(([f, , o]) => (o ? [f, o] : [f]));
    for (const it of c.read(file, true).items) {
      if (!it.key || !shared.actors[it.key]) { P(file, it.line, `unknown actor code "${it.key}" (expected a code from actors/states.yaml or actors/organisations.yaml)`); continue; }
      const v = (it.value ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(v)) if (!fields.includes(field)) P(file, it.line, `${it.key}: unknown field "${field}" (expected ${fields.join(', ')})`);
      for (const [field, kind, obl] of kinds)
        // (armed groups stand for their country with the rebels' sector: Hezbollah is LBN REB, GUIDELINES §3)
        addCased(asList(v[field]), obl ? asList(v[obl]) : [], kind, { id: `${kind}:${it.key}`, file, line: it.line }, { c: shared.eventCode(it.key), ...(field === 'armed_groups' ? { s: 'REB' } : {}) }, `${it.key} ${field} and ${obl}`);
    }
  }
  for (const p of shared.personNames) {
    for (const n of p.names) addPhrase(n, 'person', p.ref, { c: p.id });
    for (const n of p.short) addPhrase(n, 'short', p.ref, { c: p.id });
  }
  const rolesFile = `${lang}/roles.yaml`;
  for (const it of c.read(rolesFile, true).items) {
    const v = it.value as { phrases?: unknown; oblique?: unknown; sector?: string; role?: string } | null;
    const forms = asList(v?.phrases);
    if (!v || !forms.length || !v.sector || !SECTORS.has(v.sector)) { P(rolesFile, it.line, `expected {phrases: [...], sector: GOV|MIL|…}, found ${JSON.stringify(v)?.slice(0, 80)}`); continue; }
    if (v.role && !ROLE_KINDS.has(v.role)) P(rolesFile, it.line, `unknown role kind "${v.role}"`);
    addCased(forms, asList(v.oblique), 'role', { id: `role:${fold(forms[0]!)}`, file: rolesFile, line: it.line }, { s: v.sector, ...(v.role ? { r: v.role } : {}) }, 'phrases and oblique');
  }

  // triggers
  const trigFile = `${lang}/triggers.yaml`;
  const entries: TriggerEntry[] = [];
  const triggers: Record<string, TriggerForm[]> = {};
  const seen = new Set<string>();
  for (const it of c.read(trigFile, true).items) {
    const v = it.value as Record<string, unknown> | null;
    const lemma = typeof v?.lemma === 'string' ? v.lemma.trim() : '';
    const pos = v?.pos as TriggerEntry['pos'];
    const type = v?.type as PloverType;
    if (!v || !lemma) { P(trigFile, it.line, `expected an entry with a lemma, found ${JSON.stringify(v)?.slice(0, 80)}`); continue; }
    if (v.as !== undefined && (pos !== 'fixed' || !['verb', 'noun'].includes(String(v.as)))) P(trigFile, it.line, `${lemma}: "as" (verb or noun) is only for pos fixed, found as=${JSON.stringify(v.as)} with pos ${pos}`);
    if (!['verb', 'noun', 'fixed'].includes(pos)) { P(trigFile, it.line, `${lemma}: expected pos verb, noun or fixed, found "${v.pos}"`); continue; }
    if (!PLOVER_TYPES.includes(type)) { P(trigFile, it.line, `${lemma}: expected a PLOVER type, found "${v.type}"`); continue; }
    const byCivilians = v.by_civilians == null ? null : String(v.by_civilians) as PloverType;
    if (byCivilians && !PLOVER_TYPES.includes(byCivilians)) P(trigFile, it.line, `${lemma}: by_civilians expects a PLOVER type, found "${byCivilians}"`);
    const mode = v.mode == null ? null : String(v.mode);
    if (mode && !shared.types[type].modes[mode]) P(trigFile, it.line, `${lemma}: mode "${mode}" is not a mode of ${type}`);
    const code = v.cameo != null ? String(v.cameo) : (mode && shared.types[type].modes[mode]) || shared.types[type].cameo;
    if (!shared.cameo[code]) P(trigFile, it.line, `${lemma}: unknown CAMEO code "${code}"`);
    const key = `${fold(lemma)}/${pos}`;
    if (seen.has(key)) P(trigFile, it.line, `duplicate trigger ${lemma} (${pos})`);
    seen.add(key);
    const ref: RuleRef = { id: `${lang}:${lemma.replace(/\s+/g, '_')}${pos === 'verb' ? '' : `/${pos}`}`, file: `lexicons/${trigFile}`, line: it.line };
    const e = entries.length;
    entries.push({
      lemma, pos, type, mode, cameo: code,
      context: asList(v.context), target: v.target == null ? null : asList(v.target).map((x) => phraseTokens(x, el).join(' ')), source: v.source == null ? null : asList(v.source).map((x) => phraseTokens(x, el).join(' ')),
      symmetric: v.symmetric === true, claims: v.claims === true, ref,
      ...(v.target_words ? { targetWords: asList(v.target_words).map(fold) } : {}),
      ...(v.unless_next ? { unlessNext: asList(v.unless_next).map(fold) } : {}),
      ...(v.unless_between ? { unlessBetween: asList(v.unless_between).map(fold) } : {}),
      ...(v.noun === false ? { verbOnly: true } : {}),
      ...(v.obligation === true ? { obligation: true } : {}),
      ...(byCivilians && PLOVER_TYPES.includes(byCivilians) ? { byCivilians } : {}),
    });
    const words = phraseTokens(lemma, el);
    // inflect the word as written: folding first would turn German "töten" into "toten" (the dead)
    const rawHead = tokenize(normalize(lemma), 0, { elision: el })[0]?.text.toLowerCase() ?? words[0]!;
    if (!words.length) { P(trigFile, it.line, `${lemma}: no word to match`); continue; }
    const rest = words.slice(1);
    // a fixed expression is a noun unless the entry says `as: verb` ("shelled", "arming")
    const fixedForm = (w: string): TriggerForm['f'] => (v.as !== 'verb' ? 'noun' : /ing$/.test(w) ? 'ger' : 'fin');
    type Head = { form: string; f: TriggerForm['f']; cl?: 'singular' | 'plural'; rest?: readonly string[]; gap?: number; following?: readonly string[] };
    const heads: Head[] = pos === 'fixed' ? [{ form: words[0]!, f: fixedForm(words[0]!) }] : inflect(lang, rawHead, pos);
    if (pos === 'verb' && lang === 'it') heads.push(...italianClitics(heads, language.clitics));
    // a noun expression agrees in number: "esercitazione congiunta" → "esercitazioni congiunte", "air strike" → "air strikes"
    if (pos === 'noun' && rest.length) heads.push(...pluralExpressions(lang, words));
    // extra forms may be expressions too: their own following words replace the lemma's
    for (const extra of asList(v.forms)) {
      const toks = phraseTokens(extra, el);
      if (toks.length) heads.push({ form: toks[0]!, f: pos === 'verb' ? 'fin' : pos === 'fixed' ? fixedForm(toks[0]!) : 'noun', following: toks.slice(1) });
    }
    // a verb expression's object may be plural: "firmare accordo" also reads "hanno firmato sei accordi"
    const rests = [rest];
    if (pos === 'verb' && rest.length && OBJECT_PLURALS.has(lang)) {
      const last = rest[rest.length - 1]!;
      const plural = fold(inflect(lang, last, 'noun').map((f) => f.form).find((f) => f !== last) ?? last);
      // (not a short function word: Spanish "decir no" must not read "nos")
      if (plural !== last && last.length > 3) rests.push([...rest.slice(0, -1), plural]);
    }
    const dedup = new Set<string>();
    for (const h of heads) for (const r of h.following ? [rest] : rests) {
      const head = fold(h.form);
      const t = h.following ?? (h.rest ? [...h.rest.map(fold), ...r] : r);
      const k = `${head}|${h.f}|${h.cl ?? ''}|${t.join(' ')}`;
      if (dedup.has(k)) continue;
      dedup.add(k);
      const lower = h.form.toLowerCase();
      // (an entry may narrow the gap between its words: "has to" must not match "has granted asylum to")
      const g = typeof v.gap === 'number' ? v.gap : h.gap;
      (triggers[head] ??= []).push({ t, e, f: h.f, ...(h.cl ? { cl: h.cl } : {}), ...(lower !== head ? { x: lower } : {}), ...(g !== undefined ? { g } : {}) });
    }
  }
  return { phrases, triggers, entries, language };
}

function readLanguage(c: Compiler, lang: string): LanguageData {
  const file = `${lang}/language.yaml`;
  const y = (c.read(file, true).root ?? {}) as Record<string, unknown>;
  const el = y.elision === true;
  // multi-word cues are kept as their folded tokens joined by one space, the way the matcher sees text
  const key = (s: string) => phraseTokens(s, el).join(' ');
  const list = (k: string) => asList(y[k]).map(key);
  const map = <T>(k: string, f: (v: unknown) => T): Record<string, T> => {
    const out: Record<string, T> = {};
    const v = y[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [a, b] of Object.entries(v)) out[key(a)] = f(b);
    return out;
  };
  const pron = (y.pronouns ?? {}) as Record<string, unknown>;
  const cues = (y.context_cues ?? {}) as Record<string, unknown>;
  return {
    elision: el,
    possessive: y.possessive === true,
    articles: list('articles'),
    prepositions: map('prepositions', (v) => key(String(v))),
    multiwordPrepositions: map('multiword_prepositions', (v) => key(String(v))),
    agentPrepositions: list('agent_prepositions'),
    nounTargetPrepositions: list('noun_target_prepositions'),
    nounSourcePrepositions: list('noun_source_prepositions'),
    coordinators: list('coordinators'),
    passiveAuxiliaries: list('passive_auxiliaries'),
    perfectAuxiliaries: list('perfect_auxiliaries'),
    boundaries: list('boundaries'),
    negation: list('negation'),
    negationPhrases: list('negation_phrases'),
    hypothetical: list('hypothetical'),
    reported: list('reported'),
    reportativeAuxiliaries: list('reportative_auxiliaries'),
    futureAuxiliaries: list('future_auxiliaries'),
    infinitiveMarkers: list('infinitive_markers'),
    reflexives: list('reflexives'),
    quantifiers: list('quantifiers'),
    possessives: list('possessives'),
    adjectiveEndings: list('adjective_endings'),
    complementizers: list('complementizers'),
    participantPrepositions: list('participant_prepositions'),
    innerPrepositions: list('inner_prepositions'),
    behestPrepositions: list('behest_prepositions'),
    denialsAfter: list('denials_after'),
    unaccusatives: list('unaccusatives'),
    verbSecond: y.verb_second === true,
    caseMarking: y.case_marking === true,
    proDrop: y.pro_drop === true,
    adjectiveAfterNoun: y.adjective_after_noun === true,
    capitalisedNouns: y.capitalised_nouns === true,
    auxiliaryWindow: typeof y.auxiliary_window === 'number' ? y.auxiliary_window : 3,
    negationAfter: typeof y.negation_after === 'number' ? y.negation_after : 0,
    partitiveArticles: list('partitive_articles'),
    // compared with the text as written: folding would make "rà" the "ra" of "guerra"
    futureEndings: asList(y.future_endings).map((x) => x.toLowerCase()),
    pronouns: { singular: asList(pron.singular).map(key), plural: asList(pron.plural).map(key), object: asList(pron.object).map(key) },
    clitics: map('clitics', (v) => (v === 'plural' ? 'plural' : 'singular')),
    pairReferences: list('pair_references'),
    relatives: list('relatives'),
    undergoingVerbs: list('undergoing_verbs'),
    speechVerbs: list('speech_verbs'),
    subordinators: list('subordinators'),
    futureInPast: list('future_in_past'),
    // verbs whose infinitive complement is their subject's act ("comenzaron a bloquear"): every form of the first word
    aspectVerbs: asList(y.aspect_verbs).flatMap((v) => {
      const [head, ...rest] = phraseTokens(String(v), el);
      return head ? [...new Set(inflect(lang, head, 'verb').map((f) => fold(f.form)))].map((f) => [f, ...rest].join(' ')) : [];
    }),
    // folding drops accents, so "wurde" (was) would read as the cue "würde" (would): such cues keep theirs
    accentedCues: Object.fromEntries(asList(y.accented_cues).map((w) => [key(w), String(w).toLowerCase()])),
    // matched against one folded word ("u.s", "z.b"), not tokens: a dot inside must stay
    abbreviations: asList(y.abbreviations).map(fold),
    months: map('months', Number),
    weekdays: map('weekdays', Number),
    relativeDays: map('relative_days', Number),
    futureMarkers: list('future_markers'),
    locationPrepositions: list('location_prepositions'),
    contextCues: Object.fromEntries(Object.entries(cues).map(([k, v]) => [k, asList(v).map(key)])),
  };
}

