// #/events: the events table, filtered by actor, pair, words in the article, and the shared filters.
import { h, fill } from './dom.ts';
import { allPages, type StoredEvent } from './api.ts';
import { actorName, actors, bounds, emptyState, errorBox, loading, type Ctx } from './common.ts';
import { countLabel, eventsTable } from './events.ts';
import { apiFilters, filterBar, link, readFilters } from './filters.ts';

const CODE = /^[A-Za-z0-9_]{1,16}$/;
const CAP = 1000;

export async function eventsView(ctx: Ctx): Promise<void> {
  const f = readFilters(ctx.params);
  const actorP = (ctx.params.get('actor') ?? '').trim().toUpperCase();
  const actor = CODE.test(actorP) ? actorP : undefined;
  const dyadP = (ctx.params.get('dyad') ?? '').toUpperCase().split('-');
  const dyad = dyadP.length === 2 && dyadP.every((x) => CODE.test(x)) ? dyadP.join('-') : undefined;
  const q = (ctx.params.get('q') ?? '').trim() || undefined;
  const extra = { actor, dyad, q };

  const [names, bd] = await Promise.all([actors().catch(() => new Map()), bounds().catch(() => ({}) as { min?: string; max?: string })]);
  const title = dyad ? `Events between ${dyad.replace('-', ' and ')}` : actor ? `Events of ${actorName(names, actor)} (${actor})` : 'Events';

  const actorInput = h('div', { class: 'field' },
    h('label', { for: 'f-actor' }, 'Actor code'),
    h('input', {
      id: 'f-actor', type: 'text', list: 'actor-codes', value: actor ?? '', placeholder: 'e.g. PRK', size: 8, autocomplete: 'off', spellcheck: 'false',
      onchange: (e: Event) => ctx.go(link('/events', f, { ...extra, actor: (e.target as HTMLInputElement).value.trim().toUpperCase() || undefined, dyad: undefined })),
    }),
    h('datalist', { id: 'actor-codes' }, [...names.values()].slice(0, 300).map((a) => h('option', { value: a.code }, a.name))));
  const qInput = h('div', { class: 'field' },
    h('label', { for: 'f-q' }, 'Words in the article'),
    h('input', {
      id: 'f-q', type: 'search', value: q ?? '', placeholder: 'e.g. missili', size: 14,
      onchange: (e: Event) => ctx.go(link('/events', f, { ...extra, q: (e.target as HTMLInputElement).value.trim() || undefined })),
    }));
  const body = h('div', { class: 'view-body' }, loading('Loading the events…'));
  ctx.root.append(
    h('div', { class: 'view-head' },
      h('p', { class: 'crumbs' }, h('a', { href: link('/network', f) }, '← Network'),
        dyad ? [' · ', h('a', { href: link(`/dyad/${dyad.replace('-', '/')}`, f, { type: undefined, lang: undefined }) }, `${dyad} over time`)] : null),
      h('h1', { tabindex: -1 }, title),
      dyad || actor ? h('p', { class: 'actions' }, h('a', { href: link('/events', f, { q }), class: 'button-link secondary', id: 'clear-actor' }, dyad ? 'Show every pair' : 'Show every actor')) : null),
    filterBar(f, { bounds: bd, extra: [actorInput, qInput], onChange: (nf) => ctx.go(link('/events', nf, extra)) }),
    body);

  try {
    const page = await allPages<StoredEvent>('api/events', { ...apiFilters(f), ...extra, sort: '-date' }, CAP);
    if (!ctx.current()) return;
    if (!page.items.length) {
      fill(body, emptyState('No events match these filters',
        h('p', null, 'Widen the date range, tick more statuses or types, or ', h('a', { href: '#/events', id: 'empty-reset' }, 'reset every filter'), '.')));
      return;
    }
    fill(body, eventsTable(page.items, { caption: countLabel(page.items.length, page.total) }));
  } catch (e) {
    if (ctx.current()) fill(body, errorBox(e, ctx.retry));
  }
}
