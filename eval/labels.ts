// Label mapping for the evaluation sets: older PLOVER names, CAMEO codes and CAMEO actor codes → what dyad emits.
// Pure functions; the tables they read are parsed from ../shared/data/plover by the caller.
import { PLOVER_TYPES, type PloverType } from '../src/core/types.ts';

/**
 * Older PLOVER labels (PLOVER 0.5, the Spanish protest set, PLV) → the current types.
 * A label may allow several types (YIELD is CONCEDE or RETREAT: either counts).
 * `null` means the label has no PLOVER counterpart and the sentence is left out of type scores.
 */
const OLD_LABELS: Readonly<Record<string, readonly PloverType[] | null>> = {
  DEMAND: ['REQUEST'],
  DISAPPROVE: ['ACCUSE'],
  INVESTIGATE: ['ACCUSE'],
  FIGHT: ['ASSAULT'],
  YIELD: ['CONCEDE', 'RETREAT'],
  SACTION: ['SANCTION'], // spelling slip in the Spanish set's labels
  CRIME: null, // not a PLOVER event type
};

/** The PLOVER types a (possibly older) label stands for; [] when it has none. */
export function mapLabel(label: string | null | undefined): readonly PloverType[] {
  const l = (label ?? '').trim().toUpperCase();
  if (!l) return [];
  if ((PLOVER_TYPES as readonly string[]).includes(l)) return [l as PloverType];
  return OLD_LABELS[l] ?? [];
}

/**
 * The Spanish protest set's older scheme labels civilian mass mobilisation (strikes, marches, demonstrations,
 * blockades: "huelga", "marcha", "se movilizaron") MOBILIZE, beside force posture; PLOVER 2021, which dyad follows,
 * codes the civilian kind PROTEST (its modes: demonstrate, strike/boycott, obstruct) and keeps MOBILIZE for military
 * and police moves. Read like YIELD: either type counts. The strict reading is reported beside it.
 */
export function mapOlderMobilize(label: string | null | undefined): readonly PloverType[] {
  const types = mapLabel(label);
  return types.length === 1 && types[0] === 'MOBILIZE' ? ['MOBILIZE', 'PROTEST'] : types;
}

/** A readable name for a label's alternatives: "CONCEDE|RETREAT". */
export const labelName = (alts: readonly string[]): string => (alts.length ? [...alts].join('|') : '(none)');

export type CameoMapping = { readonly kind: 'type'; readonly type: PloverType } | { readonly kind: 'dropped' } | { readonly kind: 'unknown' };

/** CAMEO code → PLOVER, with the most specific entry winning (4 digits, then 3, then the 2-digit root). */
export interface CameoTable { readonly codes: ReadonlyMap<string, PloverType | 'dropped'> }

/**
 * Parse CAMEO2PLOVER-2021.txt ("0871: RETREAT, ceasefire, military # …") plus the official root map of
 * plover_ontology.json (`cameo_root_to_plover`, which says which roots are dropped). Codes listed under
 * two types (root 08 is CONCEDE for 081–083 and RETREAT for 084–087) keep the 3-digit entries; the bare
 * root keeps its first type.
 */
export function parseCameoTable(text: string, roots: ReadonlyArray<{ cameo: string; plover: string }> = []): CameoTable {
  const codes = new Map<string, PloverType | 'dropped'>();
  for (const r of roots) {
    const p = r.plover.trim().toUpperCase();
    const t = p.startsWith('FIGHT') ? 'ASSAULT' : p; // "FIGHT (see Note 1)": read as ASSAULT (PLOVER.md note)
    if (t === 'DROPPED') codes.set(r.cameo, 'dropped');
    else if ((PLOVER_TYPES as readonly string[]).includes(t) && !codes.has(r.cameo)) codes.set(r.cameo, t as PloverType);
  }
  for (const line of text.split('\n')) {
    const m = /^\s*(\d{2,4})\s*:\s*([A-Z]+)/.exec(line);
    if (!m) continue;
    const [, code, type] = m as unknown as [string, string, string];
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) continue;
    if (code.length === 2 && codes.has(code)) continue; // a root listed twice keeps its first type
    codes.set(code, type as PloverType);
  }
  return { codes };
}

/** Map a CAMEO event code ("0871", "064", "174K") to PLOVER; codes outside CAMEO (PETRARCH's 9xx test codes) are unknown. */
export function cameoToPlover(code: string, table: CameoTable): CameoMapping {
  const digits = /^\d+/.exec(code.trim())?.[0] ?? '';
  if (digits.length < 2 || digits.length > 4) return { kind: 'unknown' };
  // every CAMEO code starts with a root 01–20; PETRARCH test codes such as 901 or 345 do not
  const root = Number(digits.slice(0, 2));
  if (root < 1 || root > 20) return { kind: 'unknown' };
  for (let n = digits.length; n >= 2; n--) {
    const hit = table.codes.get(digits.slice(0, n));
    if (hit === 'dropped') return { kind: 'dropped' };
    if (hit) return { kind: 'type', type: hit };
  }
  return { kind: 'unknown' };
}

/** CAMEO country codes that differ from ISO 3166-1 alpha-3 (only those the sets use). */
const CAMEO_COUNTRY: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', UAR: 'EGY', ROM: 'ROU', BUL: 'BGR', KUW: 'KWT', LEB: 'LBN', INS: 'IDN', IVO: 'CIV', ROC: 'TWN', NZE: 'NZL', ZAM: 'ZMB', ZBW: 'ZWE', LTH: 'LTU', MOM: 'OMN' };

/**
 * The comparable part of a CAMEO actor code: "USAGOV" → "USA", "JAP" → "JPN", "IGO…" → "IGO" (any
 * intergovernmental organisation), "NGO…" → "NGO". Null for unknown actors ("---", "***").
 */
export function cameoActorRoot(code: string | null | undefined): string | null {
  const c = (code ?? '').trim().toUpperCase();
  if (c.length < 3 || !/^[A-Z]{3}/.test(c)) return null;
  const root = c.slice(0, 3);
  return CAMEO_COUNTRY[root] ?? root;
}
