// Events: one event's evidence (sentence with actor and trigger marked, rule, scores), and the sortable events table.
import { h, fmtScore, plural, type Child, fill } from './dom.ts';
import { eventLayers, marked } from './highlight.ts';
import { isCooperation } from './plover.ts';
import type { StoredEvent } from './api.ts';
import type { CodedEvent } from '../../src/core/types.ts';

export type AnyEvent = CodedEvent & Partial<Pick<StoredEvent, 'id' | 'article_id' | 'article_title' | 'article_url' | 'article_lang'>>;

const actor = (a: CodedEvent['source'] | null) => (a ? h('span', { class: 'actor' }, h('abbr', { title: a.text }, a.code), a.sector ? h('span', { class: 'sector' }, ' ', a.sector) : null) : h('span', { class: 'muted' }, '—'));

export const typeBadge = (e: Pick<CodedEvent, 'type' | 'mode'>) => h('span', { class: `type-badge ${isCooperation(e.type) ? 'coop' : 'conf'}`, title: e.mode ? `${e.type}, mode ${e.mode}` : e.type }, e.type, e.mode ? h('span', { class: 'mode' }, '/', e.mode) : null);
export const statusBadge = (s: string) => h('span', { class: `status-badge st-${s}` }, s);

/** The sentence of an event with source, trigger and target marked. Spans are article offsets; sentence.span[0] is the sentence's own. */
export function evidence(e: CodedEvent): HTMLElement {
  return h('p', { class: 'evidence', lang: undefined }, marked(e.sentence.text, eventLayers(e, e.sentence.span[0])));
}

export const ruleRef = (r: CodedEvent['rule']) => h('code', { class: 'rule', title: `lexicon rule ${r.id}` }, `${r.file}:${r.line}`);

export function articleHref(e: AnyEvent): string | null {
  return e.article_id !== undefined ? `#/article/${e.article_id}?event=${e.id}` : null;
}

const dateText = (e: CodedEvent) => e.date + (e.date_precision === 'publication' ? '*' : e.date_precision !== 'day' ? ` (${e.date_precision})` : '');

/** One event in full: who, what, whom, status, date, place, quote, the highlighted sentence, CAMEO/Goldstein, the rule, links. */
export function eventCard(e: AnyEvent, opts: { heading?: 'h3' | 'h4'; articleLink?: boolean } = {}): HTMLElement {
  const href = opts.articleLink === false ? null : articleHref(e);
  const Hd = opts.heading ?? 'h3';
  return h('article', { class: `event-card ${isCooperation(e.type) ? 'coop' : 'conf'}`, 'data-event-id': e.id },
    h(Hd, { class: 'event-title' },
      actor(e.source), ' ', typeBadge(e), ' ', actor(e.target), ' ', statusBadge(e.status)),
    evidence(e),
    h('dl', { class: 'facts' },
      h('div', null, h('dt', null, 'Date'), h('dd', null, dateText(e), e.date_precision === 'publication' ? h('span', { class: 'muted' }, ' (publication date)') : null)),
      e.location ? h('div', null, h('dt', null, 'Place'), h('dd', null, `${e.location.name} (${e.location.code})`)) : null,
      h('div', null, h('dt', null, 'Source'), h('dd', null, h('mark', { class: 'hl-source' }, e.source.text), ` → ${e.source.code}${e.source.sector ? ' ' + e.source.sector : ''}${e.source.actor_id ? ` (${e.source.actor_id})` : ''}`)),
      h('div', null, h('dt', null, 'Trigger'), h('dd', null, h('mark', { class: 'hl-trigger' }, e.trigger.text), ` → ${e.type}${e.mode ? '/' + e.mode : ''}${e.context.length ? ` (${e.context.join(', ')})` : ''}`)),
      e.target ? h('div', null, h('dt', null, 'Target'), h('dd', null, h('mark', { class: 'hl-target' }, e.target.text), ` → ${e.target.code}${e.target.sector ? ' ' + e.target.sector : ''}${e.target.actor_id ? ` (${e.target.actor_id})` : ''}`)) : null,
      h('div', null, h('dt', null, 'CAMEO · Goldstein'), h('dd', null, `${e.cameo} · ${fmtScore(e.goldstein)}`)),
      e.quote ? h('div', null, h('dt', null, 'Quoted'), h('dd', null, `“${e.quote.text}”${e.quote.speaker ? ' — ' + e.quote.speaker : ''}`)) : null,
      h('div', null, h('dt', null, 'Rule'), h('dd', null, ruleRef(e.rule), ' ', h('span', { class: 'muted' }, e.rule.id))),
      e.mentions > 1 ? h('div', null, h('dt', null, 'Mentions'), h('dd', null, String(e.mentions))) : null),
    href ? h('p', { class: 'card-links' },
      h('a', { href, class: 'button-link' }, 'Open in article'),
      e.article_title ? h('span', { class: 'muted' }, ' ', e.article_title) : null) : null);
}

type SortKey = 'date' | 'source' | 'type' | 'target' | 'status' | 'place';
const COLUMNS: ReadonlyArray<{ key: SortKey | null; label: string; cls?: string }> = [
  { key: 'date', label: 'Date' }, { key: 'source', label: 'Source' }, { key: 'type', label: 'Type' }, { key: 'target', label: 'Target' },
  { key: 'status', label: 'Status' }, { key: 'place', label: 'Place' }, { key: null, label: 'Sentence', cls: 'col-sentence' }, { key: null, label: 'Article · rule', cls: 'col-links' },
];
const sortValue = (e: AnyEvent, k: SortKey): string => {
  switch (k) {
    case 'date': return e.date + String(e.id ?? 0).padStart(10, '0');
    case 'source': return e.source.code;
    case 'target': return e.target?.code ?? '';
    case 'type': return e.type;
    case 'status': return e.status;
    case 'place': return e.location?.name ?? '';
  }
};

export interface TableOptions {
  /** text above the table, e.g. "204 events" */
  readonly caption: string;
  readonly articleLinks?: boolean;
  readonly initialSort?: { key: SortKey; dir: 1 | -1 };
  /** for ids: several tables on one page */
  readonly idPrefix?: string;
}

/** A sortable table of events (sorting is over the rows loaded; the API sorts by date). Each row opens to the full evidence. */
export function eventsTable(events: readonly AnyEvent[], opts: TableOptions): HTMLElement {
  let sort = opts.initialSort ?? { key: 'date' as SortKey, dir: -1 as 1 | -1 };
  const open = new Set<number>();
  const pre = opts.idPrefix ?? 'ev';
  const tbody = h('tbody');
  const heads = new Map<SortKey, HTMLElement>();
  const wrap = h('div', { class: 'table-wrap' });

  const headCell = (c: (typeof COLUMNS)[number]) => {
    if (!c.key) return h('th', { scope: 'col', class: c.cls }, c.label);
    const key = c.key;
    const th = h('th', { scope: 'col', class: c.cls },
      h('button', { type: 'button', class: 'sort', id: `${pre}-sort-${key}`, onclick: () => { sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : key === 'date' ? -1 : 1 }; draw(); } },
        c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' })));
    heads.set(key, th);
    return th;
  };

  const draw = () => {
    for (const [k, th] of heads) {
      th.setAttribute('aria-sort', k === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
      th.querySelector('.sort-mark')!.textContent = k === sort.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : '';
    }
    const sel = wrap.querySelector<HTMLSelectElement>('.phone-sort select');
    if (sel) sel.value = `${sort.key}:${sort.key === 'date' ? (sort.dir === 1 ? 'asc' : 'desc') : 'asc'}`;
    const rows = events.map((e, i) => ({ e, i })).sort((a, b) => {
      const x = sortValue(a.e, sort.key), y = sortValue(b.e, sort.key);
      return (x < y ? -1 : x > y ? 1 : a.i - b.i) * sort.dir;
    });
    fill(tbody, ...rows.flatMap(({ e, i }) => row(e, i)));
  };

  const row = (e: AnyEvent, i: number): HTMLElement[] => {
    const key = e.id ?? i;
    const isOpen = open.has(key);
    const detailId = `${pre}-detail-${key}`;
    const href = opts.articleLinks === false ? null : articleHref(e);
    const cell = (label: string, cls: string | undefined, ...content: Child[]) => h('td', { 'data-label': label, class: cls }, h('div', { class: 'cell' }, content));
    const tr = h('tr', { class: isOpen ? 'open' : undefined, 'data-event-id': e.id },
      cell('Date', 'nowrap', dateText(e)),
      cell('Source', undefined, actor(e.source)),
      cell('Type', undefined, typeBadge(e)),
      cell('Target', undefined, actor(e.target)),
      cell('Status', undefined, statusBadge(e.status)),
      cell('Place', undefined, e.location ? e.location.name : h('span', { class: 'muted' }, '—')),
      cell('Sentence', 'col-sentence', evidence(e)),
      cell('Links', 'col-links',
        h('button', {
          type: 'button', class: 'link-button expand', 'aria-expanded': String(isOpen), 'aria-controls': detailId, id: `${pre}-open-${key}`,
          onclick: () => { if (open.has(key)) open.delete(key); else open.add(key); draw(); document.getElementById(`${pre}-open-${key}`)?.focus(); },
        }, isOpen ? 'Hide evidence' : 'Evidence'),
        href ? [' · ', h('a', { href, title: e.article_title ?? undefined }, 'Article')] : null,
        h('br'), ruleRef(e.rule)));
    if (!isOpen) return [tr];
    return [tr, h('tr', { class: 'detail', id: detailId }, h('td', { colspan: COLUMNS.length }, eventCard(e, { heading: 'h4', articleLink: opts.articleLinks })))];
  };

  // on a phone the header row is hidden (one card per event): a select sorts instead
  const sortSel = h('select', {
    id: `${pre}-sort-select`,
    onchange: (e: Event) => { const [k, d] = (e.target as HTMLSelectElement).value.split(':'); sort = { key: k as SortKey, dir: d === 'asc' ? 1 : -1 }; draw(); },
  }, COLUMNS.filter((c) => c.key).flatMap((c) => c.key === 'date'
    ? [h('option', { value: 'date:desc' }, 'date, newest first'), h('option', { value: 'date:asc' }, 'date, oldest first')]
    : [h('option', { value: `${c.key}:asc` }, c.label.toLowerCase())]));
  sortSel.value = `${sort.key}:${sort.dir === 1 ? 'asc' : 'desc'}`;
  wrap.append(h('div', { class: 'phone-sort field' }, h('label', { for: `${pre}-sort-select` }, 'Sort by'), sortSel));
  wrap.append(h('table', { class: 'events' },
    h('caption', null, opts.caption, h('span', { class: 'muted' }, ' · sort by a column; “Evidence” opens an event',
      events.some((e) => e.date_precision === 'publication') ? '; * = the publication date (the sentence gives none)' : '')),
    h('thead', null, h('tr', null, COLUMNS.map(headCell))),
    tbody));
  draw();
  return wrap;
}

export const countLabel = (shown: number, total: number) => (shown < total ? `${plural(shown, 'event')} of ${total.toLocaleString('en')} (the most recent)` : plural(total, 'event'));
