// PLOVER types grouped by quad class, and the colour scale for the balance of cooperation and conflict.
import { PLOVER_TYPES } from '../../src/core/types.ts';

export { PLOVER_TYPES };
export const STATUSES = ['asserted', 'claimed', 'hypothetical', 'negated'] as const;
export const LANGUAGES: ReadonlyArray<readonly [string, string]> = [
  ['en', 'English'], ['it', 'Italian'], ['fr', 'French'], ['es', 'Spanish'], ['de', 'German'], ['ru', 'Russian'],
];
export const langName = (code: string | null | undefined) => LANGUAGES.find(([c]) => c === code)?.[1] ?? code ?? 'unknown';

/** PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
export const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' } as const;
export const isCooperation = (type: string) => (QUAD[type] ?? 3) <= 2;

/**
 * Balance of an edge, from -1 (all conflict) to +1 (all cooperation): (cooperation - |conflict|) / (cooperation + |conflict|),
 * on Goldstein sums. Five classes on a colour-blind-safe blue ↔ orange scale (ColorBrewer Blues/Oranges, each at least 3:1
 * against white), each with its own line style so the colour is never the only cue.
 */
export interface BalanceClass { key: string; label: string; color: string; dash: string; min: number }
export const BALANCE_CLASSES: readonly BalanceClass[] = [
  { key: 'coop2', label: 'mostly cooperation', color: '#08519c', dash: '', min: 0.6 },
  { key: 'coop1', label: 'more cooperation', color: '#3182bd', dash: '', min: 0.2 },
  { key: 'mixed', label: 'balanced', color: '#6b6b6b', dash: '2 3', min: -0.2 },
  { key: 'conf1', label: 'more conflict', color: '#d94801', dash: '5 4', min: -0.6 },
  { key: 'conf2', label: 'mostly conflict', color: '#8c2d04', dash: '11 4', min: -Infinity },
];

export function balance(cooperation: number, conflict: number): number {
  const total = cooperation + Math.abs(conflict);
  return total > 0 ? (cooperation - Math.abs(conflict)) / total : 0;
}
export const balanceClass = (b: number): BalanceClass => BALANCE_CLASSES.find((c) => b >= c.min) ?? BALANCE_CLASSES[BALANCE_CLASSES.length - 1]!;
