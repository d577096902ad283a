// #/network: the actor network for the chosen period and filters, with ranked relations and actors beside it.
import { h, fmtScore, plural, fill } from './dom.ts';
import { api, qs, type Network } from './api.ts';
import { bounds, emptyState, errorBox, loading, type Ctx } from './common.ts';
import { apiFilters, filterBar, link, readFilters } from './filters.ts';
import { legend, networkSvg, pairs } from './network.ts';
import { balance, balanceClass } from './plover.ts';

const MAX_CHOICES = ['20', '40', '80', 'all'];

/** The width the graph panel will have (the rankings sit beside it on wide screens, below it on narrow ones). */
function graphWidth(root: HTMLElement): number {
  const w = root.clientWidth || window.innerWidth;
  return window.innerWidth > 860 ? w - (window.innerWidth > 1100 ? 24 : 18) * 16 - 16 - 34 : w - 34;
}

export async function networkView(ctx: Ctx): Promise<void> {
  const f = readFilters(ctx.params);
  // fewer actors by default on a phone
  const def = window.innerWidth < 600 ? '20' : '40';
  const maxParam = ctx.params.get('max') ?? def;
  const max = MAX_CHOICES.includes(maxParam) ? maxParam : def;
  const go = (nf = f, m = max) => ctx.go(link('/network', nf, { max: m === def ? undefined : m }));

  const b = await bounds().catch(() => ({}) as { min?: string; max?: string });
  const maxSel = h('div', { class: 'field' },
    h('label', { for: 'f-max' }, 'Actors'),
    h('select', { id: 'f-max', onchange: (e: Event) => go(f, (e.target as HTMLSelectElement).value) },
      MAX_CHOICES.map((m) => h('option', { value: m, selected: m === max }, m === 'all' ? 'all' : `top ${m}`))));
  const body = h('div', { class: 'view-body' }, loading('Loading the network…'));
  ctx.root.append(
    h('div', { class: 'view-head' },
      h('h1', { tabindex: -1 }, 'Relations between actors'),
      h('p', { class: 'lead' }, 'Who cooperates and who is in conflict, from the coded events', b.min ? ` (archive: ${b.min} to ${b.max})` : '', '.')),
    filterBar(f, { bounds: b, extra: [maxSel], onChange: (nf) => go(nf) }),
    body);

  let net: Network;
  try {
    net = await api<Network>('api/network' + qs(apiFilters(f)));
  } catch (e) {
    if (ctx.current()) fill(body, errorBox(e, ctx.retry));
    return;
  }
  if (!ctx.current()) return;

  const all = pairs(net.edges);
  const linked = new Set(all.flatMap((p) => [p.a, p.b]));
  const candidates = net.nodes.filter((n) => linked.has(n.id));
  const shown = max === 'all' ? candidates : candidates.slice(0, +max);
  const shownIds = new Set(shown.map((n) => n.id));
  const ps = all.filter((p) => shownIds.has(p.a) && shownIds.has(p.b));
  const total = net.edges.reduce((n, e) => n + e.count, 0);

  if (!ps.length) {
    fill(body, emptyState('No relations for these filters',
      h('p', null, net.nodes.length
        ? `${plural(net.nodes.length, 'actor')} acted, but no event had both a source and a target. `
        : 'No events match the period, types, statuses and language chosen. '),
      h('p', null, 'Widen the date range, tick more statuses or types, or ', h('a', { href: '#/network', id: 'empty-reset' }, 'reset the filters'), '.')));
    return;
  }

  const names = new Map(net.nodes.map((n) => [n.id, n.label]));
  // lay the graph out again when the window gets much wider or narrower (a phone turned, a window resized)
  const laidOutFor = window.innerWidth;
  let timer = 0;
  const onResize = () => {
    if (!ctx.current()) { window.removeEventListener('resize', onResize); return; }
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (ctx.current() && Math.abs(window.innerWidth - laidOutFor) > laidOutFor * 0.15) { window.removeEventListener('resize', onResize); ctx.retry(); }
    }, 250);
  };
  window.addEventListener('resize', onResize);
  const svg = networkSvg(net, shown, ps, {
    onNode: (code) => ctx.go(link('/events', f, { actor: code })),
    onPair: (a, b2) => ctx.go(link(`/dyad/${a}/${b2}`, f, { type: undefined, lang: undefined })),
  }, graphWidth(ctx.root));

  const topPairs = ps.slice(0, 12);
  const relTable = h('table', { class: 'ranked' },
    h('caption', null, 'Most active relations'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Pair'), h('th', { scope: 'col', class: 'num' }, 'Events'), h('th', { scope: 'col' }, 'Balance'))),
    h('tbody', null, topPairs.map((p) => {
      const bal = balance(p.cooperation, p.conflict);
      const cls = balanceClass(bal);
      return h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: link(`/dyad/${p.a}/${p.b}`, f, { type: undefined, lang: undefined }), title: `${names.get(p.a)} and ${names.get(p.b)}`, 'data-pair-link': `${p.a}-${p.b}` }, `${p.a} – ${p.b}`)),
        h('td', { class: 'num' }, String(p.count)),
        h('td', null, h('span', { class: 'bal' }, h('span', { class: `swatch ${cls.key}`, 'aria-hidden': 'true' }), ' ', cls.label), h('span', { class: 'muted' }, ` ${fmtScore(p.score)}`)));
    })));
  const actorList = h('table', { class: 'ranked' },
    h('caption', null, 'Most active actors'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
    h('tbody', null, shown.slice(0, 12).map((n) => h('tr', null,
      h('th', { scope: 'row' }, h('a', { href: link('/events', f, { actor: n.id }) }, h('strong', null, n.id), ' ', h('span', { class: 'muted' }, n.label))),
      h('td', { class: 'num' }, String(n.events))))));

  fill(body, 
    h('p', { class: 'summary', id: 'network-summary' },
      `${plural(total, 'event')} (${f.statuses.join(', ')}) among ${plural(net.nodes.length, 'actor')}; `,
      shown.length < candidates.length ? `showing the ${shown.length} most active of ${candidates.length} linked actors and ${plural(ps.length, 'relation')}.` : `${plural(ps.length, 'relation')} between ${plural(shown.length, 'actor')}.`),
    h('div', { class: 'network-layout' },
      h('section', { class: 'panel graph-panel', 'aria-label': 'Network graph' }, svg, legend()),
      h('aside', { class: 'panel side-panel', 'aria-label': 'Rankings' }, relTable, actorList)));
}
