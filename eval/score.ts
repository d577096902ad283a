// Scoring for the evaluation harness: triple matching, sentence-level type scores, counts and tables. Pure.

export interface Counts { tp: number; fp: number; fn: number }
export interface PRF { readonly p: number; readonly r: number; readonly f1: number }

export function prf(c: Counts): PRF {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Named counters ("all", "lang:en", "type:ACCUSE"), created on first use. */
export class Buckets {
  readonly map = new Map<string, Counts>();
  get(name: string): Counts {
    let c = this.map.get(name);
    if (!c) { c = { tp: 0, fp: 0, fn: 0 }; this.map.set(name, c); }
    return c;
  }
  add(names: readonly string[], kind: keyof Counts, n = 1): void { for (const b of names) this.get(b)[kind] += n; }
  /** names starting with `prefix`, sorted, without the prefix */
  keys(prefix: string): string[] { return [...this.map.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).sort(); }
}

// ───────────── triples ─────────────

/** CONSULT, COOPERATE and AGREE are scored without direction (dyad-dev README, "Scoring" §3). */
export const UNDIRECTED: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

/** A gold type that any coded type matches (an event whose label has no PLOVER type, e.g. PETRARCH's 9xx test codes). */
export const ANY_TYPE = '*';

/** One gold event: its source, the types that count as right (YIELD: CONCEDE or RETREAT), its target (null: none). */
export interface GoldTriple { readonly source: string; readonly types: readonly string[]; readonly target: string | null }
export interface Triple { readonly source: string; readonly type: string; readonly target: string | null }

/** The scoring key of a coded triple: ordered, or an unordered pair for the undirected types. */
export function tripleKey(t: Triple): string {
  const s = t.source.toUpperCase(), o = (t.target ?? '-').toUpperCase();
  if (UNDIRECTED.has(t.type)) return `${t.type} ${[s, o].sort().join('~')}`;
  return `${s} ${t.type} ${o}`;
}

export interface TripleMatch { readonly tp: Array<[GoldTriple, Triple]>; readonly fn: GoldTriple[]; readonly fp: Triple[] }

/**
 * Match one document's gold and coded triples as sets: duplicates collapse, each gold triple takes at most one
 * coded triple. `same(goldActor, codedActor)` decides actor equality (plain equality unless a set has
 * wildcards such as "IGO" for any organisation); a null target matches only a null target.
 */
export function matchTriples(gold: readonly GoldTriple[], pred: readonly Triple[], same: (g: string, p: string) => boolean = (g, p) => g === p): TripleMatch {
  const G = dedupBy(gold, (g) => g.types.map((t) => tripleKey({ source: g.source, type: t, target: g.target })).sort().join('/'));
  const P = dedupBy(pred, tripleKey);
  const used = new Set<number>();
  const tp: Array<[GoldTriple, Triple]> = [];
  const fn: GoldTriple[] = [];
  const eq = (g: string | null, p: string | null) => (g === null || p === null ? g === p : same(g, p));
  for (const g of G) {
    const k = P.findIndex((p, i) => !used.has(i) && (g.types.includes(p.type) || g.types.includes(ANY_TYPE)) &&
      ((eq(g.source, p.source) && eq(g.target, p.target)) || (UNDIRECTED.has(p.type) && eq(g.source, p.target) && eq(g.target, p.source))));
    if (k < 0) fn.push(g);
    else { used.add(k); tp.push([g, P[k]!]); }
  }
  return { tp, fn, fp: P.filter((_, i) => !used.has(i)) };
}

function dedupBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => { const k = key(x); if (seen.has(k)) return false; seen.add(k); return true; });
}

// ───────────── sentence-level event types ─────────────

export interface TypeScore {
  /** one of the sentence's gold labels has a coded (asserted) event of one of its types */
  readonly correct: boolean;
  /** per gold label (its alternatives joined by "|"): found or not */
  readonly labels: ReadonlyArray<{ readonly label: string; readonly hit: boolean }>;
  /** coded types that no gold label allows */
  readonly extra: readonly string[];
}

/** Score one sentence whose gold is a list of labels, each a set of acceptable types, against the coded types. */
export function scoreSentenceTypes(gold: ReadonlyArray<readonly string[]>, coded: Iterable<string>): TypeScore {
  const got = new Set(coded);
  const allowed = new Set(gold.flat());
  const labels = dedupBy(gold.filter((g) => g.length), (g) => g.join('|')).map((g) => ({ label: g.join('|'), hit: g.some((t) => got.has(t)) }));
  return { correct: labels.some((l) => l.hit), labels, extra: [...got].filter((t) => !allowed.has(t)).sort() };
}

/** Add one sentence's type score to per-label counters ("type:<label>") and "all". */
export function addTypeScore(b: Buckets, s: TypeScore): void {
  for (const l of s.labels) b.add(['all', `type:${l.label}`], l.hit ? 'tp' : 'fn');
  for (const t of s.extra) b.add(['all', `type:${t}`], 'fp');
}

// ───────────── exact sets (PETRARCH unit tests) ─────────────

/** Same set of keys on both sides. */
export function sameSet(a: Iterable<string>, b: Iterable<string>): boolean {
  const A = new Set(a), B = new Set(b);
  if (A.size !== B.size) return false;
  for (const x of A) if (!B.has(x)) return false;
  return true;
}

// ───────────── tables ─────────────

export const fmt = (x: number): string => x.toFixed(3);

/** A plain text table with right-aligned numeric columns. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cells = [head.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : fmt(c)) : c)))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(cells[0]!), w.map((n) => '-'.repeat(n)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Rows of P/R/F1 with counts for the buckets under `prefix`. */
export function prfRows(b: Buckets, prefix: string, names = b.keys(prefix)): Array<Array<string | number>> {
  return names.map((n) => {
    const c = b.get(prefix + n);
    const s = prf(c);
    return [n, s.p, s.r, s.f1, c.tp, c.fp, c.fn];
  });
}
export const PRF_HEAD = ['', 'P', 'R', 'F1', 'TP', 'FP', 'FN'] as const;
