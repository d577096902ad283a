// #/article/ID: the article with every coded event marked inline, the list of its events and its quotes.
import { h, plural, type Child, fill } from './dom.ts';
import { api, type ArticleFull, type StoredEvent } from './api.ts';
import { emptyState, errorBox, loading, type Ctx } from './common.ts';
import { eventCard, statusBadge, typeBadge, type AnyEvent } from './events.ts';
import { marked, type Layer } from './highlight.ts';
import { langName } from './plover.ts';

type Q = { readonly text: string; readonly span: readonly [number, number]; readonly speaker: { readonly code: string | null; readonly text: string } | null };

/** The text with triggers (numbered like the event list), quotes, and the chosen event's actors marked. */
export function markedText(text: string, events: readonly AnyEvent[], quotes: readonly Q[], chosen: AnyEvent | null, idPrefix = 't'): Child[] {
  const byTrigger = new Map<string, { start: number; end: number; nums: number[]; evs: AnyEvent[] }>();
  events.forEach((e, i) => {
    const k = `${e.trigger.span[0]}-${e.trigger.span[1]}`;
    let g = byTrigger.get(k);
    if (!g) byTrigger.set(k, (g = { start: e.trigger.span[0], end: e.trigger.span[1], nums: [], evs: [] }));
    g.nums.push(i + 1);
    g.evs.push(e);
  });
  const layers: Layer[] = [];
  for (const g of byTrigger.values()) {
    const isChosen = chosen !== null && g.evs.includes(chosen);
    layers.push({
      start: g.start, end: g.end, cls: `hl-trigger inline${isChosen ? ' chosen' : ''}`, id: `${idPrefix}-${g.start}`,
      title: g.evs.map((e) => `${e.source.code} ${e.type} ${e.target?.code ?? '—'} (${e.status})`).join('\n'),
      attrs: { tabindex: '-1', 'data-events': g.nums.join(',') },
      after: () => h('sup', { class: 'ev-num', 'aria-label': `event ${g.nums.join(', ')}` }, g.nums.join(',')),
    });
  }
  quotes.forEach((q) => layers.push({ start: q.span[0], end: q.span[1], cls: 'hl-quote', tag: 'span', title: q.speaker ? `quote — ${q.speaker.code ?? ''} “${q.speaker.text}”` : 'quote (speaker unknown)' }));
  if (chosen) {
    layers.push({ start: chosen.source.span[0], end: chosen.source.span[1], cls: 'hl-source', title: `source: ${chosen.source.code}` });
    if (chosen.target) layers.push({ start: chosen.target.span[0], end: chosen.target.span[1], cls: 'hl-target', title: `target: ${chosen.target.code}` });
  }
  return marked(text, layers);
}

/** Events in reading order (by trigger), then by source and type. */
export const readingOrder = <E extends AnyEvent>(evs: readonly E[]) => [...evs].sort((x, y) => x.trigger.span[0] - y.trigger.span[0] || x.source.code.localeCompare(y.source.code) || x.type.localeCompare(y.type));

export function eventList(events: readonly AnyEvent[], chosen: AnyEvent | null, onPick: (e: AnyEvent, i: number) => void): HTMLElement {
  return h('ol', { class: 'event-list' }, events.map((e, i) => h('li', { class: e === chosen ? 'chosen' : undefined },
    h('button', { type: 'button', class: 'event-pick', id: `pick-${e.id ?? i}`, 'aria-current': e === chosen ? 'true' : undefined, onclick: () => onPick(e, i) },
      h('span', { class: 'ev-num' }, String(i + 1)), ' ', h('strong', null, e.source.code), ' ', typeBadge(e), ' ', h('strong', null, e.target?.code ?? '—'), ' ', statusBadge(e.status),
      h('span', { class: 'muted small block' }, `“${e.trigger.text}” · ${e.date}${e.location ? ' · ' + e.location.name : ''}`)))));
}

export function quoteList(quotes: readonly Q[]): HTMLElement {
  return h('ul', { class: 'quote-list' }, quotes.map((q) => h('li', null,
    h('blockquote', null, `“${q.text}”`),
    h('p', { class: 'speaker' }, '— ', q.speaker ? [h('strong', null, q.speaker.code ?? '?'), ` (“${q.speaker.text}”)`] : h('span', { class: 'muted' }, 'speaker not identified')))));
}

/** Scroll to a trigger in the text and give it focus. */
export function showInText(e: AnyEvent, idPrefix = 't'): void {
  const el = document.getElementById(`${idPrefix}-${e.trigger.span[0]}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

export async function articleView(ctx: Ctx): Promise<void> {
  const id = ctx.path[1] ?? '';
  const eventId = Number(ctx.params.get('event') ?? NaN);
  const body = h('div', { class: 'view-body' }, loading('Loading the article…'));
  ctx.root.append(body);
  if (!/^\d+$/.test(id)) { fill(body, emptyState('No such article', h('p', null, `“${id}” is not an article number. `, h('a', { href: '#/articles' }, 'See the articles'), '.'))); return; }
  let a: ArticleFull;
  try {
    a = await api<ArticleFull>(`api/articles/${id}`);
  } catch (e) {
    if (ctx.current()) fill(body, errorBox(e, ctx.retry));
    return;
  }
  if (!ctx.current()) return;
  document.title = `${a.title ?? 'Article ' + a.id} — dyad`;
  const events = readingOrder(a.events);
  const chosen: StoredEvent | null = events.find((e) => e.id === eventId) ?? null;
  const pick = (e: AnyEvent) => ctx.go(`#/article/${a.id}?event=${e.id}`);

  fill(body, 
    h('div', { class: 'view-head' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/articles' }, '← Articles'), ' · ', h('a', { href: '#/network' }, 'Network')),
      h('h1', { tabindex: -1, lang: a.lang ?? undefined }, a.title ?? `Article ${a.id}`),
      h('p', { class: 'meta' },
        a.date, a.date_source !== 'article' ? h('span', { class: 'muted' }, ` (date from the ${a.date_source === 'file-name' ? 'file name' : 'file’s modification time'})`) : null,
        ' · ', langName(a.lang), a.author ? ` · ${a.author}` : '',
        ' · ', plural(a.events.length, 'event'), ' · ', plural(a.quotes.length, 'quote'),
        a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original ↗')] : null,
        a.source_path ? h('span', { class: 'muted small block' }, `from ${a.source_path}`) : null)),
    chosen ? h('section', { class: 'panel chosen-event', 'aria-label': 'The chosen event' },
      h('h2', null, 'Event ', String(events.indexOf(chosen) + 1), h('span', { class: 'muted small' }, ` · `, h('button', { type: 'button', class: 'link-button', id: 'show-in-text', onclick: () => showInText(chosen) }, 'show it in the text'), ' · ', h('a', { href: `#/article/${a.id}` }, 'clear'))),
      eventCard(chosen, { articleLink: false })) : '',
    h('div', { class: 'article-layout' },
      h('section', { class: 'panel article-text', 'aria-label': 'Article text' },
        h('div', { class: 'text-legend muted small' }, h('mark', { class: 'hl-trigger' }, 'trigger'), ' numbered like the list of events · ', h('span', { class: 'hl-quote' }, 'quotation'),
          chosen ? [' · ', h('mark', { class: 'hl-source' }, 'source'), ' and ', h('mark', { class: 'hl-target' }, 'target'), ' of the chosen event'] : null),
        h('div', { class: 'text', lang: a.lang ?? undefined, id: 'article-text' }, markedText(a.text, events, a.quotes, chosen))),
      h('aside', { class: 'panel side-panel' },
        h('h2', null, `Events (${events.length})`),
        events.length ? eventList(events, chosen, pick) : h('p', { class: 'muted' }, 'No event was coded in this article.'),
        h('h2', null, `Quotes (${a.quotes.length})`),
        a.quotes.length ? quoteList(a.quotes) : h('p', { class: 'muted' }, 'No quotation found.'))));
}
