// npm run eval: code the evaluation sets of ../shared/data (when present) and print P/R/F1 per set, language and
// type. Per-sentence results and grouped misses go to eval/results/ (not committed); headline numbers to
// eval/results/summary.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, LEXICON_DIR, PROJECT_ROOT } from '../src/lexicon/load.ts';
import { compileLexicon } from '../src/lexicon/compile.ts';
import { parseCameoTable } from './labels.ts';
import { runDev, runGsr, runPetrarch, runPlv, runSpanish, type RunContext, type SetReport } from './sets.ts';

const BUDGET_MS = Number(process.env.EVAL_BUDGET_MS ?? 100_000);
const data = process.env.DYAD_EVAL_DATA ?? join(PROJECT_ROOT, '..', 'shared', 'data');
const only = process.argv.slice(2);

if (!existsSync(data)) {
  console.log(`No evaluation data at ${data}: the sets live in ../shared/data beside the project (set DYAD_EVAL_DATA to point elsewhere). Nothing to evaluate.`);
  process.exit(0);
}

const started = Date.now();
// DYAD_EVAL_LEXICON=<folder> evaluates another lexicons/ folder (an A/B comparison) instead of the project's
const lexDir = process.env.DYAD_EVAL_LEXICON ?? LEXICON_DIR;
const lex = process.env.DYAD_EVAL_LEXICON ? compileLexicon(lexDir).lexicon : loadLexicon();
const ploverDir = join(data, 'plover');
const cameoTxt = join(ploverDir, 'CAMEO2PLOVER-2021.txt');
const ontology = join(ploverDir, 'plover_ontology.json');
const roots = existsSync(ontology) ? ((JSON.parse(readFileSync(ontology, 'utf8')) as { cameo_root_to_plover?: Array<{ cameo: string; plover: string }> }).cameo_root_to_plover ?? []) : [];
const cameo = parseCameoTable(existsSync(cameoTxt) ? readFileSync(cameoTxt, 'utf8') : '', roots);
if (!cameo.codes.size) console.log(`note: no CAMEO→PLOVER table in ${ploverDir}; CAMEO-coded sets cannot be scored by type`);
const ctx: RunContext = { data, lex, lexDir, cameo, deadline: started + BUDGET_MS };

const runners: Array<[string, (c: RunContext) => SetReport | string]> = [
  ['dyad-dev', runDev], ['plover-gsr', runGsr], ['plv-train', runPlv], ['spanish-protest', runSpanish], ['petrarch2-unittest', runPetrarch],
];
const out = process.env.DYAD_EVAL_OUT ?? join(PROJECT_ROOT, 'eval', 'results');
mkdirSync(out, { recursive: true });
const summary: Record<string, Record<string, number | string>> = {};
for (const [name, run] of runners) {
  if (only.length && !only.includes(name)) continue;
  const t0 = Date.now();
  const r = run(ctx);
  if (typeof r === 'string') { console.log(`\n== ${r}`); summary[name] = { skipped: r }; continue; }
  console.log(`\n== ${r.text}`);
  writeFileSync(join(out, `${r.name}.jsonl`), r.rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  writeFileSync(join(out, `${r.name}-misses.md`), r.misses);
  summary[r.name] = { ...r.headline, seconds: Math.round((Date.now() - t0) / 100) / 10 };
}

const show = (v: number | string) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v);
console.log(`\n== summary (lexicon ${lex.version}${process.env.DYAD_EVAL_LEXICON ? ` from ${lexDir}` : ''})`);
for (const [name, h] of Object.entries(summary)) console.log(`${name.padEnd(20)} ${Object.entries(h).map(([k, v]) => `${k}: ${show(v)}`).join(' · ')}`);
writeFileSync(join(out, 'summary.json'), JSON.stringify({ lexicon: lex.version, seconds: Math.round((Date.now() - started) / 100) / 10, sets: summary }, null, 2) + '\n');
console.log(`results: ${out} (<set>.jsonl per sentence, <set>-misses.md grouped misses, summary.json); ${((Date.now() - started) / 1000).toFixed(1)} s`);
