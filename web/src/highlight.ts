// Marking spans inside a text: overlapping layers (actor, trigger, quote…) cut into flat segments, then nested elements.
import { h, type Child } from './dom.ts';

export interface Layer {
  readonly start: number;
  readonly end: number;
  /** the element that wraps the text of this layer: class and attributes */
  readonly cls: string;
  readonly tag?: 'mark' | 'span' | 'q';
  readonly title?: string;
  /** given to the first piece only (a layer cut by another one is several elements) */
  readonly id?: string;
  readonly attrs?: Record<string, string>;
  /** after the last piece (e.g. a superscript with event numbers) */
  readonly after?: () => Node;
}

export interface Segment { start: number; end: number; layers: Layer[] }

/** Cuts [0, length) at every layer boundary; each piece lists the layers covering it, outermost (longest) first. Layers outside the text are dropped. */
export function segments(length: number, layers: readonly Layer[]): Segment[] {
  const valid = layers.filter((l) => Number.isFinite(l.start) && Number.isFinite(l.end) && l.start < l.end && l.start >= 0 && l.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const l of valid) { cuts.add(l.start); cuts.add(l.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const order = [...valid].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!, end = points[i + 1]!;
    if (start === end) continue;
    out.push({ start, end, layers: order.filter((l) => l.start <= start && l.end >= end) });
  }
  return out;
}

/** The text with its layers as nested elements. */
export function marked(text: string, layers: readonly Layer[]): Child[] {
  const segs = segments(text.length, layers);
  const started = new Set<Layer>();
  const out: Child[] = [];
  for (const seg of segs) {
    let node: Child = text.slice(seg.start, seg.end);
    for (let i = seg.layers.length - 1; i >= 0; i--) {
      const l = seg.layers[i]!;
      const first = !started.has(l);
      const last = l.end === seg.end;
      const el: HTMLElement = h(l.tag ?? 'mark', { class: l.cls, title: l.title, id: first ? l.id : undefined, ...(l.attrs ?? {}) }, node);
      if (last && l.after) el.appendChild(l.after());
      node = el;
    }
    for (const l of seg.layers) started.add(l);
    out.push(node);
  }
  return out;
}

type Spanned = { readonly source: { readonly span: readonly [number, number]; readonly code: string; readonly text: string }; readonly target: { readonly span: readonly [number, number]; readonly code: string; readonly text: string } | null; readonly trigger: { readonly span: readonly [number, number]; readonly text: string }; readonly type: string };

/** The layers of one event (source, target, trigger), shifted by `offset` (the sentence's start for a sentence alone). */
export function eventLayers(e: Spanned, offset = 0): Layer[] {
  const layers: Layer[] = [
    { start: e.source.span[0] - offset, end: e.source.span[1] - offset, cls: 'hl-source', title: `source: ${e.source.code} (“${e.source.text}”)` },
    { start: e.trigger.span[0] - offset, end: e.trigger.span[1] - offset, cls: 'hl-trigger', title: `trigger: ${e.type} (“${e.trigger.text}”)` },
  ];
  if (e.target) layers.push({ start: e.target.span[0] - offset, end: e.target.span[1] - offset, cls: 'hl-target', title: `target: ${e.target.code} (“${e.target.text}”)` });
  return layers;
}

/** Turns FTS snippets, where matches come in [brackets], into text with <mark>s. */
export function snippet(s: string): Child[] {
  const out: Child[] = [];
  const re = /\[([^\][]*)\]/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(last, m.index), h('mark', { class: 'hl-match' }, m[1]));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out;
}
