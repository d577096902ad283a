// Event dates from the sentence's own words, resolved against the publication date (no clock here).
import type { LanguageData } from './lexicon-types.ts';
import type { Token } from './types.ts';
import { keysOf, matchAt } from './match.ts';

export interface ResolvedDate { readonly date: string; readonly precision: 'day' | 'month' | 'year' | 'publication' }

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number) => { const d = parse(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const valid = (y: number, m: number, d: number) => { const x = new Date(Date.UTC(y, m - 1, d)); return x.getUTCMonth() === m - 1 && x.getUTCDate() === d; };

/** Day and month without a year: the publication year, or the one before when that would be far in the future. */
function withYear(pub: string, m: number, d: number): string | null {
  let y = Number(pub.slice(0, 4));
  if (!valid(y, m, d)) return null;
  if (`${y}-${pad(m)}-${pad(d)}` > addDays(pub, 30)) y -= 1;
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function isoDate(s: string): boolean { return /^\d{4}-\d{2}-\d{2}$/.test(s) && valid(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)); }

/** The first date expression in tokens [from, to), or null. */
export function findDate(tokens: readonly Token[], from: number, to: number, lang: LanguageData, pub: string): ResolvedDate | null {
  const num = (i: number) => (i < to && /^\d{1,4}$/.test(tokens[i]?.fold ?? '') ? Number(tokens[i]!.fold) : null);
  const month = (i: number) => (i < to ? lang.months[tokens[i]?.fold ?? ''] : undefined);
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i]!.fold;
    if (/^\d{4}-\d{2}-\d{2}$/.test(t) && isoDate(t)) return { date: t, precision: 'day' };
    const d = num(i);
    // 5 aprile 2022 / 5 April 2022 / 1° maggio
    let j = i + 1;
    if (tokens[j]?.fold === '°' || tokens[j]?.fold === '.') j++;
    if (d !== null && d >= 1 && d <= 31 && month(j)) {
      const m = month(j)!;
      const y = num(j + 1);
      // an impossible date ("31 February 2024") is skipped whole, and the search goes on after it
      if (y !== null && y > 1900) { if (valid(y, m, d)) return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' }; i = j + 1; continue; }
      const w = withYear(pub, m, d);
      if (w) return { date: w, precision: 'day' };
    }
    const m = month(i);
    // (a month name that is also a common word, "May", "Mar", counts when written as a name before a number)
    if (m && (/^\p{Lu}/u.test(tokens[i]!.text) || t.length > 3)) {
      // April 5, 2022 / April 5
      const dd = num(i + 1);
      if (dd !== null && dd >= 1 && dd <= 31) {
        let k = i + 2;
        if (tokens[k]?.fold === ',') k++;
        const y = num(k);
        if (y !== null && y > 1900) { if (valid(y, m, dd)) return { date: `${y}-${pad(m)}-${pad(dd)}`, precision: 'day' }; i = k; continue; }
        const w = withYear(pub, m, dd);
        if (w) return { date: w, precision: 'day' };
      }
      // aprile 2022 / April 2022
      const y = num(i + 1);
      if (y !== null && y > 1900) return { date: `${y}-${pad(m)}-01`, precision: 'month' };
    }
    const rel = matchAt(tokens, i, keysOf(lang.relativeDays));
    if (rel) {
      const key = tokens.slice(i, i + rel).map((x) => x.fold).join(' ');
      return { date: addDays(pub, lang.relativeDays[key]!), precision: 'day' };
    }
    const wd = lang.weekdays[t];
    if (wd !== undefined) {
      const near = [tokens[i - 1]?.fold, tokens[i + 1]?.fold];
      const future = near.some((x) => x && lang.futureMarkers.includes(x));
      const today = parse(pub).getUTCDay();
      const delta = future ? ((wd - today + 7) % 7 || 7) : -((today - wd + 7) % 7);
      return { date: addDays(pub, delta), precision: 'day' };
    }
  }
  return null;
}
