// Per-sentence result records and the grouped-miss summaries written to eval/results/.
import type { CodedEvent } from '../src/core/types.ts';

/** A coded event as the results files show it. */
export interface Got {
  readonly source: string;
  readonly type: string;
  readonly target: string | null;
  readonly status: string;
  readonly rule: string;
  readonly trigger: string;
}

export const toGot = (e: CodedEvent): Got => ({
  source: e.source.code, type: e.type, target: e.target?.code ?? null, status: e.status, rule: e.rule.id, trigger: e.trigger.text,
});

export interface ResultRow {
  readonly id: string;
  readonly lang?: string;
  readonly text: string;
  readonly expected: unknown;
  readonly got: readonly Got[];
  readonly verdict: string;
  readonly [k: string]: unknown;
}

const short = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const gotText = (g: readonly Got[]) => (g.length ? g.map((e) => `${e.source} ${e.type} ${e.target ?? '-'}${e.status === 'asserted' ? '' : ` [${e.status}]`} ← ${e.rule} "${e.trigger}"`).join('; ') : 'nothing');

interface Group { readonly key: string; readonly items: Array<{ readonly row: ResultRow; readonly note: string }> }

function grouped(title: string, intro: string, groups: Map<string, Group['items']>, perGroup: number): string {
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const out = [`## ${title}`, '', intro, ''];
  if (!sorted.length) return [...out, '(none)', ''].join('\n');
  out.push('| group | count |', '|---|---:|', ...sorted.map(([k, v]) => `| ${k} | ${v.length} |`), '');
  for (const [k, items] of sorted) {
    out.push(`### ${k} (${items.length})`, '');
    for (const { row, note } of items.slice(0, perGroup)) out.push(`- \`${row.id}\` ${short(row.text)}  \n  ${note}`);
    if (items.length > perGroup) out.push(`- … ${items.length - perGroup} more in the .jsonl`);
    out.push('');
  }
  return out.join('\n');
}

const push = (m: Map<string, Group['items']>, k: string, row: ResultRow, note: string) => { const a = m.get(k) ?? []; a.push({ row, note }); m.set(k, a); };

/**
 * Misses of a sentence-type set: gold labels not found, grouped by gold label and by what was coded instead,
 * and coded types no gold label allows, grouped by the rule that fired.
 */
export function typeMisses(name: string, rows: ReadonlyArray<ResultRow & { missed: readonly string[]; extra: readonly string[] }>, perGroup = 12): string {
  const byGold = new Map<string, Group['items']>();
  const byRule = new Map<string, Group['items']>();
  for (const r of rows) {
    const asserted = r.got.filter((g) => g.status === 'asserted');
    for (const label of r.missed) {
      const instead = [...new Set(asserted.map((g) => g.type))].sort().join('+') || (r.got.length ? `only ${[...new Set(r.got.map((g) => g.status))].join('/')}` : 'nothing');
      push(byGold, `${label} → ${instead}`, r, `got: ${gotText(r.got)}`);
    }
    for (const t of r.extra) for (const g of asserted.filter((x) => x.type === t)) push(byRule, `${g.rule} (${t})`, r, `expected ${JSON.stringify(r.expected)}; fired on "${g.trigger}"`);
  }
  return [`# ${name}: grouped misses`, '', grouped('Missed gold types (gold → what was coded instead)', 'A sentence appears once per gold label it missed.', byGold, perGroup), grouped('False positives by rule', 'Asserted events whose type no gold label of the sentence allows, by the trigger rule that fired.', byRule, perGroup)].join('\n');
}

/** Misses of a triple set: missed gold triples by type (and whether the type was found with other actors), extra triples by rule. */
export function tripleMisses(name: string, rows: ReadonlyArray<ResultRow & { fn: readonly string[]; fnTypes: readonly string[]; fp: ReadonlyArray<Got> }>, perGroup = 12): string {
  const byType = new Map<string, Group['items']>();
  const byRule = new Map<string, Group['items']>();
  for (const r of rows) {
    const types = new Set(r.got.filter((g) => g.status === 'asserted').map((g) => g.type));
    r.fn.forEach((k, i) => {
      const t = r.fnTypes[i] ?? '?';
      const why = r.got.length === 0 ? 'nothing coded' : t.split('|').some((x) => types.has(x)) ? 'type found, actors differ' : 'type not coded';
      push(byType, `${t}: ${why}`, r, `missed ${k}; got: ${gotText(r.got)}`);
    });
    for (const g of r.fp) push(byRule, `${g.rule} (${g.type})`, r, `extra ${g.source} ${g.type} ${g.target ?? '-'} on "${g.trigger}"; expected ${JSON.stringify(r.expected)}`);
  }
  return [`# ${name}: grouped misses`, '', grouped('Missed gold triples by type', 'Each missed (source, type, target) once.', byType, perGroup), grouped('Extra triples by rule', 'Asserted coded triples that match no gold triple, by the trigger rule that fired.', byRule, perGroup)].join('\n');
}
