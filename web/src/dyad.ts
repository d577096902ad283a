// The dyad view's chart: the cooperation/conflict score of A → B and B → A over time, and events per period below.
import { activate, fmtScore, plural, s } from './dom.ts';
import type { SeriesPoint } from './api.ts';

export type Interval = 'day' | 'week' | 'month';

/** First and last day of a period label (day 2024-11-30, ISO week by its Monday, month 2024-11). */
export function periodRange(period: string, interval: Interval): [string, string] {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`];
  }
  if (interval === 'week') {
    const d = new Date(period + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 6);
    return [period, d.toISOString().slice(0, 10)];
  }
  return [period, period];
}

const periodMs = (p: string) => Date.parse((p.length === 7 ? p + '-15' : p) + 'T00:00:00Z');

export interface DirSeries { key: 'ab' | 'ba'; from: string; to: string; points: readonly SeriesPoint[] }
export interface Selected { key: 'ab' | 'ba'; period: string }

const M = { l: 52, r: 16, t: 18, b: 34 }, COUNT_H = 70, GAP = 34;

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f >= 5 ? 10 : f >= 2 ? 5 : f >= 1 ? 2 : 1) * p;
}

const typeText = (p: SeriesPoint) => Object.entries(p.by_type).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');

/** Score lines with one focusable mark per point (circle A → B, square B → A), a zero line, and count bars per period. */
export function dyadChart(series: readonly DirSeries[], selected: Selected | null, onPoint: (sel: Selected) => void, width = 900): SVGSVGElement {
  // the view box follows the space on screen, so the text keeps its size on a phone
  const W = Math.round(Math.max(300, Math.min(1000, width)));
  const H = W < 600 ? 330 : 380;
  const PLOT_H = H - M.t - M.b - COUNT_H - GAP;
  const all = series.flatMap((d) => d.points.map((p) => ({ d, p, t: periodMs(p.period) })));
  let t0 = Math.min(...all.map((x) => x.t)), t1 = Math.max(...all.map((x) => x.t));
  if (t0 === t1) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
  const span = t1 - t0;
  t0 -= span * 0.03; t1 += span * 0.03;
  const yMax = Math.max(2, ...all.map((x) => Math.abs(x.p.score)));
  const step = niceStep(yMax, 3);
  const yTop = Math.ceil(yMax / step) * step;
  const cMax = Math.max(1, ...all.map((x) => x.p.count));

  const X = (t: number) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
  const Y = (v: number) => M.t + ((yTop - v) / (2 * yTop)) * PLOT_H;
  const countTop = M.t + PLOT_H + GAP;
  const C = (n: number) => (n / cMax) * COUNT_H;

  const grid: SVGElement[] = [];
  // tinted halves: cooperation above zero, conflict below
  grid.push(s('rect', { class: 'band-coop', x: M.l, y: Y(yTop), width: W - M.l - M.r, height: Y(0) - Y(yTop) }));
  grid.push(s('rect', { class: 'band-conf', x: M.l, y: Y(0), width: W - M.l - M.r, height: Y(-yTop) - Y(0) }));
  grid.push(s('text', { class: 'band-label', x: M.l + 6, y: Y(yTop) + 14 }, '▲ cooperation'));
  grid.push(s('text', { class: 'band-label', x: M.l + 6, y: Y(-yTop) - 6 }, '▼ conflict'));
  for (let v = -yTop; v <= yTop + 1e-9; v += step) {
    grid.push(s('line', { class: v === 0 ? 'zero' : 'gridline', x1: M.l, x2: W - M.r, y1: Y(v), y2: Y(v) }));
    grid.push(s('text', { class: 'tick', x: M.l - 6, y: Y(v) + 4, 'text-anchor': 'end' }, fmtScore(v) || '0'));
  }
  grid.push(s('text', { class: 'axis-title', x: 12, y: M.t + PLOT_H / 2, transform: `rotate(-90 12 ${M.t + PLOT_H / 2})`, 'text-anchor': 'middle' }, 'score (Goldstein)'));
  grid.push(s('text', { class: 'axis-title', x: 12, y: countTop + COUNT_H / 2, transform: `rotate(-90 12 ${countTop + COUNT_H / 2})`, 'text-anchor': 'middle' }, 'events'));
  grid.push(s('line', { class: 'gridline', x1: M.l, x2: W - M.r, y1: countTop + COUNT_H, y2: countTop + COUNT_H }));
  grid.push(s('text', { class: 'tick', x: M.l - 6, y: countTop + 4, 'text-anchor': 'end' }, String(cMax)));

  // x ticks: months or years depending on the span
  const d0 = new Date(t0), d1 = new Date(t1);
  const months = (d1.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d1.getUTCMonth() - d0.getUTCMonth();
  const every = (W < 600 ? months * 2 : months) <= 8 ? 1 : (W < 600 ? months * 2 : months) <= 18 ? 3 : months <= 48 ? 6 : 12;
  for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth() + 1; ; m++) {
    if (m > 11) { m = 0; y++; }
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    if (m % every !== 0) continue;
    const x = X(t);
    grid.push(s('line', { class: 'xtick', x1: x, x2: x, y1: M.t, y2: countTop + COUNT_H }));
    grid.push(s('text', { class: 'tick', x, y: H - 10, 'text-anchor': 'middle' }, m === 0 || every === 12 ? String(y) : `${y}-${String(m + 1).padStart(2, '0')}`));
  }
  if (months < 1) {
    grid.push(s('text', { class: 'tick', x: (M.l + W - M.r) / 2, y: H - 10, 'text-anchor': 'middle' }, new Date((t0 + t1) / 2).toISOString().slice(0, 7)));
  }

  const bw = Math.max(3, Math.min(14, (W - M.l - M.r) / Math.max(1, all.length) / 2.5));
  const bars = series.flatMap((d, si) => d.points.map((p) => s('rect', {
    class: `bar dir-${d.key}`, x: X(periodMs(p.period)) + (si === 0 ? -bw : 0), width: bw,
    y: countTop + COUNT_H - C(p.count), height: Math.max(1, C(p.count)),
  }, s('title', null, `${d.from} → ${d.to}, ${p.period}: ${plural(p.count, 'event')}`))));

  const lines = series.map((d) => s('polyline', {
    class: `line dir-${d.key}`, fill: 'none',
    points: d.points.map((p) => `${X(periodMs(p.period)).toFixed(1)},${Y(p.score).toFixed(1)}`).join(' '),
  }));

  const marks = series.flatMap((d) => d.points.map((p) => {
    const x = X(periodMs(p.period)), y = Y(p.score);
    const isSel = selected?.key === d.key && selected.period === p.period;
    const label = `${d.from} → ${d.to}, ${p.period}: ${plural(p.count, 'event')}, score ${fmtScore(p.score)} (cooperation ${fmtScore(p.cooperation)}, conflict ${fmtScore(p.conflict)}); ${typeText(p)}. Show the events.`;
    const shape = d.key === 'ab'
      ? s('circle', { cx: x, cy: y, r: 6.5 })
      : s('rect', { x: x - 6, y: y - 6, width: 12, height: 12 });
    const g = s('g', {
      class: `point dir-${d.key}${isSel ? ' selected' : ''}`, tabindex: 0, role: 'button', 'aria-pressed': String(isSel), 'aria-label': label,
      'data-dir': d.key, 'data-period': p.period, 'data-count': p.count,
    }, s('title', null, label.replace(' Show the events.', '')), s('circle', { class: 'hit', cx: x, cy: y, r: 14 }), shape);
    activate(g, () => onPoint({ key: d.key, period: p.period }));
    return g;
  }));

  return s('svg', { class: 'dyad-chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Score over time for both directions; each point is a button that lists its events.' },
    s('g', null, grid), s('g', null, bars), s('g', null, lines), s('g', null, marks));
}
