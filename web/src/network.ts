// The actor network: nodes sized by activity, edges coloured by the balance of cooperation and conflict, thick by volume.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { activate, fmtScore, h, plural, s } from './dom.ts';
import { BALANCE_CLASSES, balance, balanceClass } from './plover.ts';
import type { NetEdge, NetNode, Network } from './api.ts';

export interface Pair {
  a: string; b: string; count: number; cooperation: number; conflict: number; score: number;
  ab: NetEdge | null; ba: NetEdge | null;
}

/** Directed edges merged per unordered pair (a < b); self-loops dropped. */
export function pairs(edges: readonly NetEdge[]): Pair[] {
  const m = new Map<string, Pair>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}-${b}`;
    let p = m.get(key);
    if (!p) m.set(key, (p = { a, b, count: 0, cooperation: 0, conflict: 0, score: 0, ab: null, ba: null }));
    p.count += e.count; p.cooperation += e.cooperation; p.conflict += e.conflict; p.score += e.score;
    if (e.source === a) p.ab = e; else p.ba = e;
  }
  return [...m.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

interface SimNode extends SimulationNodeDatum { id: string; label: string; events: number; r: number }


export interface NetworkHandlers { onNode: (code: string) => void; onPair: (a: string, b: string) => void }

const dirText = (e: NetEdge | null, from: string, to: string) => (e ? `${from} → ${to}: ${plural(e.count, 'event')}, cooperation ${fmtScore(e.cooperation)}, conflict ${fmtScore(e.conflict)}` : `${from} → ${to}: no events`);

/** The graph as SVG (layout computed up front, so it is still and the same for the same data). */
export function networkSvg(net: Network, shown: readonly NetNode[], ps: readonly Pair[], on: NetworkHandlers, width = 960): SVGSVGElement {
  // the view box follows the space on screen, so labels keep their size: wide on a laptop, portrait on a phone
  const W = Math.round(Math.max(320, Math.min(1000, width)));
  const H = Math.round(W < 600 ? W * 1.25 : W * 0.8);
  const scale = Math.max(0.6, Math.min(1, W / 900));
  const maxEvents = Math.max(1, ...shown.map((n) => n.events));
  const maxCount = Math.max(1, ...ps.map((p) => p.count));
  const nodes: SimNode[] = shown.map((n) => ({ ...n, r: (7 + 23 * Math.sqrt(n.events / maxEvents)) * scale }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = ps.map((p) => ({ source: p.a, target: p.b, p }));

  const sim = forceSimulation(nodes)
    .force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.id).distance((l) => byId.get(l.p.a)!.r + byId.get(l.p.b)!.r + 40 + 40 / Math.sqrt(l.p.count)).strength(0.25))
    .force('charge', forceManyBody<SimNode>().strength((d) => -260 - 16 * d.r).distanceMax(600))
    .force('collide', forceCollide<SimNode>().radius((d) => d.r + 18).strength(1).iterations(2))
    .force('x', forceX(0).strength(0.06 * Math.sqrt(H / W)))
    .force('y', forceY(0).strength(0.06 * Math.sqrt(W / H)))
    .force('center', forceCenter(0, 0))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();

  // fit the layout into the view box, leaving room for labels
  const xs = nodes.map((n) => n.x ?? 0), ys = nodes.map((n) => n.y ?? 0);
  const pad = 40;
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  // each axis scaled to fill the box, the two scales at most 1.5 apart so the picture is not much distorted
  let kx = Math.min((W - 2 * pad) / Math.max(1, maxX - minX), 2), ky = Math.min((H - 2 * pad) / Math.max(1, maxY - minY), 2);
  kx = Math.min(kx, ky * 1.5); ky = Math.min(ky, kx * 1.5);
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  for (const n of nodes) { n.x = W / 2 + ((n.x ?? 0) - cx) * kx; n.y = H / 2 + ((n.y ?? 0) - cy) * ky; }

  const edgeEls = ps.map((p) => {
    const a = byId.get(p.a)!, b = byId.get(p.b)!;
    const bal = balance(p.cooperation, p.conflict);
    const cls = balanceClass(bal);
    const w = 1.6 + 9 * scale * Math.sqrt(p.count / maxCount);
    const label = `${a.label} and ${b.label}: ${plural(p.count, 'event')}, ${cls.label} (cooperation ${fmtScore(p.cooperation)}, conflict ${fmtScore(p.conflict)}). Open the dyad view.`;
    const line = (cl: string, extra: Record<string, unknown>) => s('line', { class: cl, x1: a.x, y1: a.y, x2: b.x, y2: b.y, ...extra });
    const g = s('g', {
      class: `edge ${cls.key}`, tabindex: 0, role: 'link', 'aria-label': label, 'data-pair': `${p.a}-${p.b}`,
      'data-count': p.count, 'data-balance': bal.toFixed(2),
    },
      s('title', null, `${a.id} – ${b.id}: ${plural(p.count, 'event')}, ${cls.label}\n${dirText(p.ab, p.a, p.b)}\n${dirText(p.ba, p.b, p.a)}`),
      line('halo', { 'stroke-width': w + 6 }),
      line('vis', { stroke: cls.color, 'stroke-width': w, 'stroke-dasharray': cls.dash || undefined, 'stroke-linecap': cls.dash ? 'butt' : 'round' }),
      line('hit', { 'stroke-width': Math.max(14, w + 8) }));
    activate(g, () => on.onPair(p.a, p.b));
    return g;
  });

  const nodeEls = nodes.map((n) => {
    const g = s('g', {
      class: 'node', tabindex: 0, role: 'link', 'data-id': n.id, transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`,
      'aria-label': `${n.label} (${n.id}): ${plural(n.events, 'event')}. Open its events.`,
    },
      s('title', null, `${n.label} (${n.id}): ${plural(n.events, 'event')}`),
      s('circle', { r: n.r.toFixed(1) }),
      s('text', { class: 'node-label', y: (n.r + 14).toFixed(1) }, n.id));
    activate(g, () => on.onNode(n.id));
    // hovering or focusing a node brings its edges forward
    const mark = (on: boolean) => {
      svg.classList.toggle('focusing', on);
      for (const e of edgeEls) {
        const [x, y] = e.getAttribute('data-pair')!.split('-');
        e.classList.toggle('near', on && (x === n.id || y === n.id));
      }
    };
    g.addEventListener('mouseenter', () => mark(true));
    g.addEventListener('mouseleave', () => mark(false));
    g.addEventListener('focus', () => mark(true));
    g.addEventListener('blur', () => mark(false));
    return g;
  });

  const svg = s('svg', {
    class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'group', id: 'network-graph',
    'aria-label': `Network of ${plural(nodes.length, 'actor')} and ${plural(ps.length, 'relation')}. Tab to an actor or a relation and press Enter to open it.`,
  },
    s('g', { class: 'edges' }, edgeEls),
    s('g', { class: 'nodes' }, nodeEls));
  return svg;
}

/** The legend: colour and line style of each balance class, what thickness and size mean. */
export function legend(): HTMLElement {
  return h('div', { class: 'legend', 'aria-label': 'Legend' },
    h('h3', null, 'Reading the network'),
    h('ul', { class: 'legend-list' },
      BALANCE_CLASSES.map((c) => h('li', null,
        s('svg', { width: 44, height: 12, viewBox: '0 0 44 12', 'aria-hidden': 'true' },
          s('line', { x1: 2, y1: 6, x2: 42, y2: 6, stroke: c.color, 'stroke-width': 4, 'stroke-dasharray': c.dash || undefined })),
        ' ', c.label))),
    h('p', { class: 'muted small' },
      'Colour and line style: the balance of cooperation and conflict (Goldstein scores) between two actors, both directions together. ',
      'Thickness: number of events. Circle size: events of the actor. Click or press Enter on a line for the pair over time, on a circle for the actor’s events.'));
}
