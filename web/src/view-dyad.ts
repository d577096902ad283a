// #/dyad/A/B: a pair of actors over time, both directions, with the events behind any point.
import { h, s, fmtScore, plural, fill } from './dom.ts';
import { api, qs, type DyadResponse, type Page, type SeriesPoint, type StoredEvent } from './api.ts';
import { actorName, actors, bounds, emptyState, errorBox, loading, type Ctx } from './common.ts';
import { dyadChart, periodRange, type DirSeries, type Interval, type Selected } from './dyad.ts';
import { eventCard, statusBadge, typeBadge } from './events.ts';
import { apiFilters, filterBar, link, readFilters } from './filters.ts';
import { PLOVER_TYPES } from './plover.ts';

const INTERVALS: Interval[] = ['day', 'week', 'month'];

export async function dyadView(ctx: Ctx): Promise<void> {
  const a = (ctx.path[1] ?? '').toUpperCase(), b = (ctx.path[2] ?? '').toUpperCase();
  const f = readFilters(ctx.params);
  const iv = ctx.params.get('interval') as Interval;
  const interval: Interval = INTERVALS.includes(iv) ? iv : 'month';
  const pointParam = /^(ab|ba):(.+)$/.exec(ctx.params.get('point') ?? '');
  const selected: Selected | null = pointParam ? { key: pointParam[1] as 'ab' | 'ba', period: pointParam[2]! } : null;
  const here = (extra: Record<string, string | undefined> = {}) => link(`/dyad/${a}/${b}`, f, { interval: interval === 'month' ? undefined : interval, ...extra });

  const [names, bd] = await Promise.all([actors().catch(() => new Map()), bounds().catch(() => ({}) as { min?: string; max?: string })]);
  const an = actorName(names, a), bn = actorName(names, b);
  document.title = `${a} – ${b} — dyad`;

  const ivSel = h('div', { class: 'field' },
    h('label', { for: 'f-interval' }, 'Period'),
    h('select', { id: 'f-interval', onchange: (e: Event) => ctx.go(link(`/dyad/${a}/${b}`, f, { interval: (e.target as HTMLSelectElement).value })) },
      INTERVALS.map((x) => h('option', { value: x, selected: x === interval }, x))));
  const body = h('div', { class: 'view-body' }, loading(`Loading ${a} – ${b}…`));
  ctx.root.append(
    h('div', { class: 'view-head' },
      h('p', { class: 'crumbs' }, h('a', { href: link('/network', f) }, '← Network')),
      h('h1', { tabindex: -1, id: 'dyad-title' }, `${a} ↔ ${b}`, h('span', { class: 'subtitle' }, ` ${an} and ${bn}`)),
      h('p', { class: 'lead' }, 'The balance of cooperation (above zero) and conflict (below) in each period, in both directions. Choose a point to see the events behind it.'),
      h('p', { class: 'actions' },
        h('a', { href: link(`/events`, f, { dyad: `${a}-${b}` }), class: 'button-link' }, 'All events of the pair'), ' ',
        h('a', { href: link(`/dyad/${b}/${a}`, f, { interval: interval === 'month' ? undefined : interval }), class: 'button-link secondary' }, 'Swap directions'))),
    filterBar(f, { types: false, lang: false, bounds: bd, extra: [ivSel], onChange: (nf) => ctx.go(link(`/dyad/${a}/${b}`, nf, { interval: interval === 'month' ? undefined : interval })) }),
    body);

  let d: DyadResponse;
  try {
    d = await api<DyadResponse>(`api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}` + qs({ interval, from: f.from, to: f.to, status: apiFilters(f).status }));
  } catch (e) {
    if (ctx.current()) fill(body, errorBox(e, ctx.retry));
    return;
  }
  if (!ctx.current()) return;

  const series: DirSeries[] = [
    { key: 'ab', from: a, to: b, points: d.series },
    { key: 'ba', from: b, to: a, points: d.reverse.series },
  ];
  const n = (pts: readonly SeriesPoint[]) => pts.reduce((x, p) => x + p.count, 0);
  if (!n(d.series) && !n(d.reverse.series)) {
    fill(body, emptyState(`No ${f.statuses.join(' or ')} events between ${a} and ${b}`,
      h('p', null, f.from || f.to ? 'Try a wider date range, or ' : 'Try ', 'ticking more statuses, or go ', h('a', { href: link('/network', f) }, 'back to the network'), '.')));
    return;
  }

  const width = window.innerWidth > 860 ? (ctx.root.clientWidth || window.innerWidth) - (window.innerWidth > 1100 ? 24 : 18) * 16 - 16 - 34 : (ctx.root.clientWidth || window.innerWidth) - 34;
  const chart = dyadChart(series, selected, (sel) => ctx.go(here({ point: `${sel.key}:${sel.period}` })), width);
  const key = (k: 'ab' | 'ba') => s('svg', { width: 40, height: 14, viewBox: '0 0 40 14', 'aria-hidden': 'true', class: 'key' },
    s('line', { x1: 2, y1: 7, x2: 38, y2: 7, class: `line dir-${k}` }),
    k === 'ab' ? s('circle', { cx: 20, cy: 7, r: 5, class: `dot dir-${k}` }) : s('rect', { x: 15, y: 2, width: 10, height: 10, class: `dot dir-${k}` }));
  const chartLegend = h('ul', { class: 'chart-legend' },
    h('li', null, key('ab'), ` ${a} → ${b} (circles, solid line): ${plural(n(d.series), 'event')}`),
    h('li', null, key('ba'), ` ${b} → ${a} (squares, dashed line): ${plural(n(d.reverse.series), 'event')}`));

  // events per type over the whole range, for each direction
  const byType = (pts: readonly SeriesPoint[]) => {
    const m = new Map<string, number>();
    for (const p of pts) for (const [t, c] of Object.entries(p.by_type)) m.set(t, (m.get(t) ?? 0) + c);
    return m;
  };
  const ta = byType(d.series), tb = byType(d.reverse.series);
  const types = PLOVER_TYPES.filter((t) => ta.has(t) || tb.has(t));
  const sum = (pts: readonly SeriesPoint[], k: 'cooperation' | 'conflict' | 'score') => pts.reduce((x, p) => x + p[k], 0);
  const typeTable = h('table', { class: 'ranked type-table' },
    h('caption', null, 'Events per type'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col', class: 'num' }, `${a} → ${b}`), h('th', { scope: 'col', class: 'num' }, `${b} → ${a}`))),
    h('tbody', null, types.map((t) => h('tr', null,
      h('th', { scope: 'row' }, typeBadge({ type: t as StoredEvent['type'], mode: null })),
      h('td', { class: 'num' }, String(ta.get(t) ?? 0)), h('td', { class: 'num' }, String(tb.get(t) ?? 0))))),
    h('tfoot', null,
      h('tr', null, h('th', { scope: 'row' }, 'All'), h('td', { class: 'num' }, String(n(d.series))), h('td', { class: 'num' }, String(n(d.reverse.series)))),
      h('tr', null, h('th', { scope: 'row' }, 'Cooperation'), h('td', { class: 'num' }, fmtScore(sum(d.series, 'cooperation'))), h('td', { class: 'num' }, fmtScore(sum(d.reverse.series, 'cooperation')))),
      h('tr', null, h('th', { scope: 'row' }, 'Conflict'), h('td', { class: 'num' }, fmtScore(sum(d.series, 'conflict'))), h('td', { class: 'num' }, fmtScore(sum(d.reverse.series, 'conflict')))),
      h('tr', null, h('th', { scope: 'row' }, 'Score'), h('td', { class: 'num' }, fmtScore(sum(d.series, 'score'))), h('td', { class: 'num' }, fmtScore(sum(d.reverse.series, 'score'))))));

  const pointBox = h('section', { class: 'panel point-events', id: 'point-events', 'aria-live': 'polite', 'aria-label': 'Events behind the chosen point' });
  fill(body, 
    h('div', { class: 'dyad-layout' },
      h('section', { class: 'panel chart-panel', 'aria-label': 'Score over time' }, chart, chartLegend),
      h('aside', { class: 'panel side-panel' }, typeTable)),
    pointBox);

  if (!selected) {
    pointBox.append(h('p', { class: 'muted' }, 'Choose a point in the chart (click it, or Tab to it and press Enter) to list the events behind it.'));
    return;
  }
  const dir = series.find((x) => x.key === selected.key)!;
  const point = dir.points.find((p) => p.period === selected.period);
  if (!point) {
    pointBox.append(emptyState(`No ${dir.from} → ${dir.to} events in ${selected.period}`, h('p', null, 'The filters changed since this point was chosen.')));
    return;
  }
  pointBox.append(loading('Loading the events…'));
  const [from, to] = periodRange(point.period, interval);
  try {
    const page = await api<Page<StoredEvent>>('api/events' + qs({ source: dir.from, target: dir.to, from, to, status: apiFilters(f).status, sort: 'date', limit: 500 }));
    if (!ctx.current()) return;
    const ids = new Set(point.event_ids);
    const evs = page.items.filter((e) => ids.has(e.id));
    fill(pointBox, 
      h('h2', { id: 'point-title' }, `${dir.from} → ${dir.to}, ${point.period}: ${plural(point.count, 'event')}`, ' ',
        h('span', { class: 'muted small' }, `score ${fmtScore(point.score)} · `, Object.entries(point.by_type).map(([t, c]) => `${t} ${c}`).join(', '))),
      h('p', { class: 'muted small' }, 'Statuses: ', f.statuses.map((s2) => statusBadge(s2)), ' · ', h('a', { href: here() }, 'Clear the selection')),
      evs.length ? h('div', { class: 'cards' }, evs.map((e) => eventCard(e))) : emptyState('These events are no longer in the archive'));
  } catch (e) {
    if (ctx.current()) fill(pointBox, errorBox(e, ctx.retry));
  }
}
