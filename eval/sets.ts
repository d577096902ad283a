// One runner per evaluation set: read its records, code them, score them, and describe the misses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from '../src/core/lexicon-types.ts';
import { UNKNOWN_ACTOR, type CodedEvent } from '../src/core/types.ts';
import { codeDocument } from '../src/core/pipeline.ts';
import { cameoActorRoot, cameoToPlover, labelName, mapLabel, mapOlderMobilize, type CameoTable } from './labels.ts';
import { addTypeScore, ANY_TYPE, Buckets, matchTriples, prf, prfRows, PRF_HEAD, sameSet, scoreSentenceTypes, table, tripleKey, type GoldTriple, type Triple } from './score.ts';
import { toGot, tripleMisses, typeMisses, type ResultRow } from './report.ts';
import { buildPetrarchLexicon, petrRoot, type PetrLexicon } from './petrarch.ts';
import { discardIn, parseDiscards } from './petr-dict.ts';

export interface SetReport {
  readonly name: string;
  /** headline numbers for the summary block and summary.json */
  readonly headline: Record<string, number | string>;
  /** the tables printed for this set */
  readonly text: string;
  readonly rows: readonly ResultRow[];
  readonly misses: string;
}

export interface RunContext {
  readonly data: string;
  readonly lex: Lexicon;
  readonly lexDir: string;
  readonly cameo: CameoTable;
  /** stop coding new records after this time (ms since epoch) so a run stays bounded */
  readonly deadline: number;
  /** the coder under test (default: the pipeline's codeDocument; a variant can be passed to measure a change) */
  readonly coder?: typeof codeDocument;
}

const DEFAULT_DATE = '2024-01-01';
const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const isoFromCompact = (d: unknown): string => (typeof d === 'string' && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : DEFAULT_DATE);
const asserted = (evs: readonly CodedEvent[]) => evs.filter((e) => e.status === 'asserted');
const pct = (n: number, d: number) => (d ? n / d : 0);

function code(ctx: RunContext, text: string, date: string, lang: string, lex = ctx.lex): { events: readonly CodedEvent[]; error: string | null } {
  const res = (ctx.coder ?? codeDocument)(text, lex, { date, lang });
  return res.ok ? { events: res.events, error: null } : { events: [], error: res.error.code };
}

/** What the test lexicon took from PETR.Validate.verbs.txt, or that it was absent. */
function verbNote(v: PetrLexicon['verbs']): string {
  if (!v) return 'no verbs dictionary (PETR.Validate.verbs.txt or the CAMEO table absent): the project\'s own triggers';
  const skipped = Object.entries(v.skipped).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
  return `verbs dictionary: ${v.entries} trigger entries, ${v.dropped} project entries replaced; skipped: ${skipped || 'none'}`;
}
function partialNote(done: number, total: number): string { return done < total ? `\n(time budget reached: ${done} of ${total} records coded; the numbers cover those)` : ''; }

// ───────────── dyad-dev: (source, type, target) triples per language and type ─────────────

interface DevDoc { id: string; lang: string; pub_date: string | null; text: string; events: Array<{ source: string; type: string; target: string | null; status: string }> }

export function runDev(ctx: RunContext): SetReport | string {
  const path = join(ctx.data, 'dyad-dev', 'dev.jsonl');
  if (!existsSync(path)) return `dyad-dev: ${path} not found, skipped`;
  const docs = readJsonl<DevDoc>(path);
  const b = new Buckets();
  const rows: Array<ResultRow & { fn: string[]; fnTypes: string[]; fp: ReturnType<typeof toGot>[] }> = [];
  const unsupported = new Set<string>();
  let empty = 0, emptyOk = 0, done = 0;
  for (const d of docs) {
    if (Date.now() > ctx.deadline) break;
    done++;
    const { events, error } = code(ctx, d.text, d.pub_date ?? DEFAULT_DATE, d.lang);
    if (error === 'unsupported-language') unsupported.add(d.lang);
    const gold: GoldTriple[] = d.events.filter((e) => (e.status ?? 'asserted') === 'asserted').map((e) => ({ source: e.source.toUpperCase(), types: [e.type], target: e.target ? e.target.toUpperCase() : null }));
    const pred = asserted(events);
    const predT: Triple[] = pred.map((e) => ({ source: e.source.code, type: e.type, target: e.target?.code ?? null }));
    const m = matchTriples(gold, predT);
    for (const [g] of m.tp) b.add(['all', `lang:${d.lang}`, `type:${g.types[0]}`], 'tp');
    for (const g of m.fn) b.add(['all', `lang:${d.lang}`, `type:${g.types[0]}`], 'fn');
    for (const p of m.fp) b.add(['all', `lang:${d.lang}`, `type:${p.type}`], 'fp');
    // precision of the dyads proper: predictions with a target of known country (a partial event cannot match)
    for (const [, p] of m.tp) if (p.target && p.target !== '---' && p.source !== '---') b.add(['dyads'], 'tp');
    for (const p of m.fp) if (p.target && p.target !== '---' && p.source !== '---') b.add(['dyads'], 'fp');
    if (!gold.length) { empty++; if (!pred.length) emptyOk++; }
    const fpGot = m.fp.map((p) => toGot(pred.find((e) => tripleKey({ source: e.source.code, type: e.type, target: e.target?.code ?? null }) === tripleKey(p))!));
    rows.push({
      id: d.id, lang: d.lang, text: d.text,
      expected: d.events.map((e) => `${e.source} ${e.type} ${e.target ?? '-'}${e.status === 'asserted' ? '' : ` [${e.status}]`}`),
      got: events.map(toGot),
      verdict: error ? `error:${error}` : m.fn.length || m.fp.length ? 'miss' : 'ok',
      fn: m.fn.map((g) => `${g.source} ${g.types[0]} ${g.target ?? '-'}`), fnTypes: m.fn.map((g) => g.types[0]!), fp: fpGot,
    });
  }
  const all = prf(b.get('all'));
  const langs = b.keys('lang:');
  const head: Record<string, number | string> = { P: all.p, R: all.r, F1: all.f1 };
  for (const l of langs) head[`F1 ${l}`] = prf(b.get(`lang:${l}`)).f1;
  head['P of dyads'] = prf(b.get('dyads')).p;
  head['event-free docs without asserted event'] = `${emptyOk}/${empty}`;
  if (unsupported.size) head['languages without a lexicon'] = [...unsupported].sort().join(', ');
  const text = [
    `dyad-dev (${done} documents; asserted triples, CONSULT/COOPERATE/AGREE undirected)${partialNote(done, docs.length)}`,
    unsupported.size ? `languages with no lexicon in this build (every gold event counts as missed): ${[...unsupported].sort().join(', ')}` : '',
    '', table(['language', ...PRF_HEAD.slice(1)], [...prfRows(b, 'lang:', langs), ...prfRows(b, '', ['all'])]),
    '', table(['type', ...PRF_HEAD.slice(1)], prfRows(b, 'type:')),
    '', `precision of the predicted dyads (source and target both of known country): ${prf(b.get('dyads')).p.toFixed(3)} (partial events, with no target or one of unknown country, count as false positives above)`,
    '', `event-free documents with no asserted prediction: ${emptyOk}/${empty}`,
  ].filter((x, i) => x !== '' || i > 1).join('\n');
  return { name: 'dyad-dev', headline: head, text, rows, misses: tripleMisses('dyad-dev', rows) };
}

// ───────────── sentence sets with a type label (PLOVER-GSR, PLV, Spanish protest) ─────────────

interface LabelledSentence { id: string; lang: string; text: string; date?: string; events: Array<{ code: string; plover?: string; source: unknown; target: unknown }> }

interface TypeSetSpec {
  readonly name: string;
  readonly path: string;
  readonly lang: string;
  /** the labels of one record, each as its list of acceptable PLOVER types */
  readonly labels: (r: LabelledSentence) => Array<readonly string[]>;
  readonly raw: (r: LabelledSentence) => string[];
  /** the labels read literally, when `labels` reinterprets an older one: its accuracy is reported beside */
  readonly strict?: { readonly mapped: string; readonly note: string; readonly labels: (r: LabelledSentence) => Array<readonly string[]> };
  /** gold triples, when the set has actor codes */
  readonly triples?: (r: LabelledSentence) => GoldTriple[];
}

function runTypeSet(ctx: RunContext, spec: TypeSetSpec): SetReport | string {
  const path = join(ctx.data, spec.path);
  if (!existsSync(path)) return `${spec.name}: ${path} not found, skipped`;
  if (!ctx.lex.langs[spec.lang]) return `${spec.name}: no "${spec.lang}" lexicon in lexicons/ yet, skipped (${readJsonl(path).length} sentences not coded)`;
  const recs = readJsonl<LabelledSentence>(path);
  const b = new Buckets();
  const tb = new Buckets();
  let n = 0, correct = 0, unlabelled = 0, done = 0, strictCorrect = 0;
  const rows: Array<ResultRow & { missed: string[]; extra: string[] }> = [];
  const isOrg = (code: string, sector: string) => { const a = ctx.lex.actors[code]; return !!a && (a.kind === 'org' || a.kind === 'bloc') && (a.sector ?? 'IGO') === sector; };
  const same = (g: string, p: string) => g === p || (g === 'IGO' && isOrg(p, 'IGO')) || (g === 'NGO' && isOrg(p, 'NGO'));
  for (const r of recs) {
    if (Date.now() > ctx.deadline) break;
    done++;
    const labels = spec.labels(r).filter((l) => l.length);
    const { events } = code(ctx, r.text, isoFromCompact(r.date), spec.lang);
    const pred = asserted(events);
    if (!labels.length) { unlabelled++; rows.push({ id: r.id, lang: r.lang, text: r.text, expected: spec.raw(r), got: events.map(toGot), verdict: 'unscored (label has no PLOVER type)', missed: [], extra: [] }); continue; }
    const s = scoreSentenceTypes(labels, pred.map((e) => e.type));
    addTypeScore(b, s);
    n++;
    if (s.correct) correct++;
    if (spec.strict && scoreSentenceTypes(spec.strict.labels(r).filter((l) => l.length), pred.map((e) => e.type)).correct) strictCorrect++;
    let tripleInfo = {};
    if (spec.triples) {
      const m = matchTriples(spec.triples(r), pred.map((e) => ({ source: e.source.code, type: e.type, target: e.target?.code ?? null })), same);
      tb.add(['all'], 'tp', m.tp.length); tb.add(['all'], 'fn', m.fn.length); tb.add(['all'], 'fp', m.fp.length);
      tripleInfo = { triples: { tp: m.tp.length, fn: m.fn.map((g) => `${g.source} ${labelName(g.types)} ${g.target ?? '-'}`), fp: m.fp.map((p) => `${p.source} ${p.type} ${p.target ?? '-'}`) } };
    }
    rows.push({
      id: r.id, lang: r.lang, text: r.text, expected: spec.raw(r), got: events.map(toGot),
      verdict: s.correct ? (s.extra.length ? 'correct (+extra types)' : 'correct') : pred.length ? 'wrong type' : events.length ? 'no asserted event' : 'no event',
      missed: s.labels.filter((l) => !l.hit).map((l) => l.label), extra: [...s.extra], ...tripleInfo,
    });
  }
  const acc = pct(correct, n);
  const labelsSeen = b.keys('type:');
  const macro = labelsSeen.length ? labelsSeen.reduce((a, k) => a + prf(b.get(`type:${k}`)).f1, 0) / labelsSeen.length : 0;
  const head: Record<string, number | string> = { 'type accuracy': acc, 'macro F1 over types': macro, sentences: n };
  const lines = [
    `${spec.name} (${n} sentences scored${unlabelled ? `, ${unlabelled} left out: label with no PLOVER type` : ''}; a sentence is correct when an asserted event has a gold type)${partialNote(done, recs.length)}`,
    `event-type accuracy${spec.strict ? ` (${spec.strict.mapped})` : ''}: ${acc.toFixed(3)} (${correct}/${n}); macro F1 over types: ${macro.toFixed(3)}`,
  ];
  if (spec.strict) {
    head['strict type accuracy'] = pct(strictCorrect, n);
    lines.push(`${spec.strict.note}: ${pct(strictCorrect, n).toFixed(3)} (${strictCorrect}/${n})`);
  }
  if (spec.triples) {
    const t = prf(tb.get('all'));
    head['triple P'] = t.p; head['triple R'] = t.r; head['triple F1'] = t.f1;
    const c = tb.get('all');
    lines.push(`triples (CAMEO actor codes reduced to the country, IGO = any intergovernmental organisation): P ${t.p.toFixed(3)} R ${t.r.toFixed(3)} F1 ${t.f1.toFixed(3)} (TP ${c.tp}, FP ${c.fp}, FN ${c.fn})`);
  }
  lines.push('', table(['type (per sentence)', ...PRF_HEAD.slice(1)], prfRows(b, 'type:')));
  return { name: spec.name, headline: head, text: lines.join('\n'), rows, misses: typeMisses(spec.name, rows) };
}

const actorList = (v: unknown): Array<string | null> => (Array.isArray(v) ? v.map((x) => cameoActorRoot(String(x))) : v == null ? [null] : [cameoActorRoot(String(v))]);

export const runGsr = (ctx: RunContext) => runTypeSet(ctx, {
  name: 'plover-gsr', path: 'plover-gsr/plover_gsr_cameo.jsonl', lang: 'en',
  labels: (r) => r.events.map((e) => mapLabel(e.code)),
  raw: (r) => r.events.map((e) => e.code),
  triples: (r) => r.events.flatMap((e) => {
    const types = mapLabel(e.code);
    if (!types.length) return [];
    const srcs = actorList(e.source).filter((s): s is string => !!s);
    const tgts = actorList(e.target);
    return srcs.flatMap((s) => tgts.map((t) => ({ source: s, types, target: t })));
  }),
});

export const runPlv = (ctx: RunContext) => runTypeSet(ctx, {
  name: 'plv-train', path: 'plv/plv-train.jsonl', lang: 'en',
  labels: (r) => r.events.map((e) => mapLabel(e.code)),
  raw: (r) => r.events.map((e) => e.code),
});

export const runSpanish = (ctx: RunContext) => runTypeSet(ctx, {
  name: 'spanish-protest', path: 'spanish/spanish_protest_plover_validation.jsonl', lang: 'es',
  labels: (r) => r.events.map((e) => mapOlderMobilize(e.plover)),
  raw: (r) => r.events.map((e) => e.plover ?? e.code),
  strict: {
    mapped: 'older MOBILIZE read as MOBILIZE or PROTEST, as YIELD is CONCEDE or RETREAT',
    note: 'strict reading (older MOBILIZE counted only as MOBILIZE, though the set gives it to civilian strikes and marches, PLOVER 2021 PROTEST)',
    labels: (r) => r.events.map((e) => mapLabel(e.plover)),
  },
});

// ───────────── PETRARCH2 unit tests: exact sets of (source, target, type) with a test lexicon ─────────────

interface UnitRecord { id: string; text: string; date: string; category: string; events: Array<{ source: string; target: string; code: string }>; expect_no_events?: boolean; expect_error?: string }

export function runPetrarch(ctx: RunContext): SetReport | string {
  const dir = join(ctx.data, 'petrarch2-unittest');
  const path = join(dir, 'unittest.jsonl');
  if (!existsSync(path) || !existsSync(join(dir, 'dictionaries'))) return `petrarch2-unittest: ${path} or its dictionaries not found, skipped`;
  if (!ctx.lex.langs.en) return 'petrarch2-unittest: no English lexicon, skipped';
  const recs = readJsonl<UnitRecord>(path);
  const t0 = Date.now();
  const test = buildPetrarchLexicon(ctx.lexDir, join(dir, 'dictionaries'), ctx.lex, recs.map((r) => r.text), ctx.cameo);
  const buildMs = Date.now() - t0;
  // PETRARCH's discard list: a sentence (or story) holding one of its phrases (sports, natural disasters) is not coded
  const discardPath = join(dir, 'dictionaries', 'PETR.Validate.discards.txt');
  const discards = existsSync(discardPath) ? parseDiscards(readFileSync(discardPath, 'utf8')) : [];
  let discarded = 0;
  let when = '';
  // (a name PETRARCH codes by date takes the code valid on the record's date)
  const ours = (c: string) => test.datedEquiv.get(c)?.find((d) => (d.from ?? '') <= when && when < (d.until ?? '9999'))?.code ?? test.equiv.get(c) ?? c;
  let exact = 0, dyadExact = 0, mappable = 0, mappableExact = 0, done = 0, modalityBlind = 0, dyadsOnly = 0;
  const byCat = new Map<string, { n: number; ok: number }>();
  const b = new Buckets();
  const rows: Array<ResultRow & { fn: string[]; fnTypes: string[]; fp: ReturnType<typeof toGot>[] }> = [];
  for (const r of recs) {
    if (Date.now() > ctx.deadline) break;
    done++;
    when = isoFromCompact(r.date);
    const skip = discardIn(r.text, discards);
    if (skip) discarded++;
    const { events } = skip ? { events: [] } : code(ctx, r.text, isoFromCompact(r.date), 'en', test.lexicon);
    const expected: GoldTriple[] = [];
    const dropped = new Set<string>();
    let unknown = false;
    for (const e of r.events) {
      const m = cameoToPlover(e.code, ctx.cameo);
      const src = petrRoot(e.source), tgt = e.target && !e.target.startsWith('-') ? petrRoot(e.target) : null;
      if (m.kind === 'type') expected.push({ source: src, types: [m.type], target: tgt });
      else if (m.kind === 'dropped') dropped.add(`${src}~${tgt ?? '-'}`);
      else { unknown = true; expected.push({ source: src, types: [ANY_TYPE], target: tgt }); }
    }
    // events on a dyad whose expected CAMEO code PLOVER drops (01 statements, 02 appeals) are neither required nor penalised
    // (a recipient of unknown country, dyad's "---", is compared as PETRARCH's: "---" targets are read as none above)
    const tgtOf = (e: CodedEvent) => (e.target && e.target.code !== UNKNOWN_ACTOR ? ours(e.target.code) : null);
    // (and PETRARCH codes no event whose source it cannot code: dyad's events by someone of unknown country are left out)
    const comparable = (e: CodedEvent) => e.source.code !== UNKNOWN_ACTOR && !dropped.has(`${ours(e.source.code)}~${tgtOf(e) ?? '-'}`) && !dropped.has(`${tgtOf(e) ?? '-'}~${ours(e.source.code)}`);
    const triples = (es: readonly CodedEvent[]): Triple[] => es.map((e) => ({ source: ours(e.source.code), type: e.type, target: tgtOf(e) }));
    const pred = asserted(events).filter(comparable);
    const predT = triples(pred);
    const m = matchTriples(expected, predT);
    const ok = m.fn.length === 0 && m.fp.length === 0;
    // PETRARCH has no modality: its suite codes what will or may happen too ("Ethiopia will break relations"); the
    // same comparison over dyad's asserted and hypothetical events shows how much of the gap is that difference
    const mb = matchTriples(expected, triples(events.filter((e) => (e.status === 'asserted' || e.status === 'hypothetical') && comparable(e))));
    if (mb.fn.length === 0 && mb.fp.length === 0) modalityBlind++;
    // …and PETRARCH codes dyads: its suite gives a target to 346 of its 359 events, while dyad also codes acts whose
    // target is unnamed; the same comparison over dyad's events with a target shows that share of the gap
    const dy = matchTriples(expected, triples(pred.filter((e) => tgtOf(e) !== null)));
    if (dy.fn.length === 0 && dy.fp.length === 0) dyadsOnly++;
    const dyads = (xs: ReadonlyArray<{ source: string; target: string | null }>) => xs.map((x) => [x.source, x.target ?? '-'].sort().join('~'));
    const dyadOk = sameSet(dyads(expected), dyads(predT));
    if (ok) exact++;
    if (dyadOk) dyadExact++;
    if (!unknown) { mappable++; if (ok) mappableExact++; }
    const cat = r.category.replace(/x$/, '');
    const c = byCat.get(cat) ?? { n: 0, ok: 0 };
    c.n++; if (ok) c.ok++;
    byCat.set(cat, c);
    const tname = (g: GoldTriple) => (g.types[0] === ANY_TYPE ? '(PETRARCH test code)' : g.types[0]!);
    for (const [g] of m.tp) b.add(['all', `type:${tname(g)}`], 'tp');
    for (const g of m.fn) b.add(['all', `type:${tname(g)}`], 'fn');
    for (const p of m.fp) b.add(['all', `type:${p.type}`], 'fp');
    rows.push({
      id: r.id, text: r.text, category: r.category,
      expected: r.events.map((e) => { const mm = cameoToPlover(e.code, ctx.cameo); return `${e.source} ${e.code}=${mm.kind === 'type' ? mm.type : mm.kind} ${e.target}`; }),
      got: events.map((e) => ({ ...toGot(e), source: ours(e.source.code), target: e.target ? ours(e.target.code) : null })),
      verdict: ok ? 'exact' : dyadOk ? 'miss (actors right, type differs)' : 'miss',
      fn: m.fn.map((g) => `${g.source} ${tname(g)} ${g.target ?? '-'}`), fnTypes: m.fn.map(tname),
      fp: m.fp.map((p) => ({ source: p.source, type: p.type, target: p.target, status: 'asserted', rule: pred.find((e) => e.type === p.type && ours(e.source.code) === p.source)?.rule.id ?? '?', trigger: pred.find((e) => e.type === p.type && ours(e.source.code) === p.source)?.trigger.text ?? '' })),
    });
  }
  const share = pct(exact, done);
  const t = prf(b.get('all'));
  const headline = { 'exact share': share, exact: `${exact}/${done}`, 'exact share (expected codes all in CAMEO)': pct(mappableExact, mappable), 'actor-exact share (type ignored)': pct(dyadExact, done), 'exact share, modality-blind': pct(modalityBlind, done), 'exact share, events with a target': pct(dyadsOnly, done), 'triple F1': t.f1 };
  const text = [
    `petrarch2-unittest (${done} sentences, test lexicon: ${test.added.states} states, ${test.added.names} names, ${test.added.people} dated actors, ${test.added.roles} agents; ${verbNote(test.verbs)}; ${discards.length ? `${discards.length} discard phrases (${discarded} sentences discarded)` : 'no discards list'}; ${test.problems.filter((p) => !/overlapping/.test(p.message)).length} lexicon problems; built in ${buildMs} ms)${partialNote(done, recs.length)}`,
    `coded exactly (same asserted (source, type, target) set; CAMEO→PLOVER by the official map; 01/02 dyads not scored; PETRARCH test codes outside CAMEO match any type): ${share.toFixed(3)} (${exact}/${done})`,
    `  over the ${mappable} sentences whose expected codes are all CAMEO (none of PETRARCH's 9xx/345/802 test codes): ${pct(mappableExact, mappable).toFixed(3)} (${mappableExact}/${mappable})`,
    `  actors exact, type ignored: ${pct(dyadExact, done).toFixed(3)} (${dyadExact}/${done})`,
    `  modality-blind as PETRARCH is (asserted and hypothetical events compared: the suite codes what will or may happen too): ${pct(modalityBlind, done).toFixed(3)} (${modalityBlind}/${done})`,
    `  over dyad's events with a target only (PETRARCH codes dyads; dyad also codes acts with an unnamed target): ${pct(dyadsOnly, done).toFixed(3)} (${dyadsOnly}/${done})`,
    '', table(['category', 'sentences', 'exact', 'share'], [...byCat.entries()].sort().map(([k, v]) => [k, v.n, v.ok, pct(v.ok, v.n)])),
    '', table(['type (triples)', ...PRF_HEAD.slice(1)], [...prfRows(b, 'type:'), ...prfRows(b, '', ['all'])]),
  ].join('\n');
  return { name: 'petrarch2-unittest', headline, text, rows, misses: tripleMisses('petrarch2-unittest', rows) };
}
