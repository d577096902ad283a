// The filters shared by the network, dyad and events views, kept in the URL (#/view?from=…&to=…&type=…&status=…&lang=…).
import { h } from './dom.ts';
import { LANGUAGES, PLOVER_TYPES, QUAD, QUAD_NAMES, STATUSES } from './plover.ts';

export interface Filters { from?: string; to?: string; types: string[]; statuses: string[]; lang?: string }
export const DEFAULT_STATUSES = ['asserted'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(p: URLSearchParams): Filters {
  const list = (name: string, allowed: readonly string[]) => (p.get(name) ?? '').split(',').map((x) => x.trim()).filter((x) => allowed.includes(x));
  const status = p.get('status');
  const date = (name: string) => { const v = p.get(name) ?? ''; return DATE.test(v) ? v : undefined; };
  const lang = p.get('lang') ?? '';
  return {
    from: date('from'), to: date('to'),
    types: list('type', PLOVER_TYPES),
    statuses: status === 'all' ? [...STATUSES] : status ? list('status', STATUSES) : [...DEFAULT_STATUSES],
    lang: /^[a-z]{2}$/.test(lang) ? lang : undefined,
  };
}

/** Query parameters for the API (status "all" when every status is chosen; no type = every type). */
export function apiFilters(f: Filters, opts: { types?: boolean; lang?: boolean } = {}): Record<string, string | undefined> {
  return {
    from: f.from, to: f.to,
    type: opts.types === false || !f.types.length ? undefined : f.types.join(','),
    status: f.statuses.length === STATUSES.length || !f.statuses.length ? 'all' : f.statuses.join(','),
    lang: opts.lang === false ? undefined : f.lang,
  };
}

/** The same filters for a dashboard URL: defaults left out. */
export function urlFilters(f: Filters): URLSearchParams {
  const u = new URLSearchParams();
  if (f.from) u.set('from', f.from);
  if (f.to) u.set('to', f.to);
  if (f.types.length) u.set('type', f.types.join(','));
  const def = f.statuses.length === DEFAULT_STATUSES.length && f.statuses.every((s) => DEFAULT_STATUSES.includes(s));
  if (!def) u.set('status', f.statuses.length === STATUSES.length || !f.statuses.length ? 'all' : f.statuses.join(','));
  if (f.lang) u.set('lang', f.lang);
  return u;
}

export function link(path: string, f: Filters, extra: Record<string, string | undefined> = {}): string {
  const u = urlFilters(f);
  for (const [k, v] of Object.entries(extra)) if (v) u.set(k, v); else u.delete(k);
  const q = u.toString();
  return `#${path}${q ? '?' + q : ''}`;
}

export interface FilterBarOptions {
  /** which controls to show (the dyad series is filtered by date and status only) */
  readonly types?: boolean;
  readonly lang?: boolean;
  /** extra controls placed before the reset button */
  readonly extra?: HTMLElement[];
  /** the archive's first and last event dates, shown as the inputs' bounds */
  readonly bounds?: { min?: string; max?: string };
  readonly onChange: (f: Filters) => void;
}

/** The filter form. Changes apply at once (and go into the URL, so Back undoes them). */
export function filterBar(f: Filters, opts: FilterBarOptions): HTMLElement {
  const cur: Filters = { ...f, types: [...f.types], statuses: [...f.statuses] };
  const fire = () => opts.onChange({ ...cur, types: [...cur.types], statuses: [...cur.statuses] });

  const dateInput = (id: string, label: string, key: 'from' | 'to') => h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      id, type: 'date', value: cur[key] ?? '', min: opts.bounds?.min, max: opts.bounds?.max,
      onchange: (e: Event) => { const v = (e.target as HTMLInputElement).value; cur[key] = DATE.test(v) ? v : undefined; fire(); },
    }));

  const typeSummary = () => (cur.types.length ? `${cur.types.length} of ${PLOVER_TYPES.length}` : 'all');
  const typeSum = h('span', { class: 'summary-value' }, typeSummary());
  const typeBoxes = [1, 2, 3, 4].map((q) => h('fieldset', { class: `quad quad-${q}` },
    h('legend', null, QUAD_NAMES[q as 1 | 2 | 3 | 4]),
    PLOVER_TYPES.filter((t) => QUAD[t] === q).map((t) => h('label', { class: 'check' },
      h('input', {
        type: 'checkbox', name: 'type', value: t, checked: cur.types.includes(t), id: `f-type-${t}`,
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          cur.types = on ? [...cur.types, t] : cur.types.filter((x) => x !== t);
          typeSum.textContent = typeSummary();
          fire();
        },
      }), ' ', t.toLowerCase()))));
  const types = opts.types === false ? null : h('details', { class: 'field dropdown', id: 'f-types' },
    h('summary', { id: 'f-types-summary' }, 'Event types: ', typeSum),
    h('div', { class: 'dropdown-body' }, typeBoxes,
      h('button', { type: 'button', class: 'link-button', id: 'f-types-all', onclick: () => { cur.types = []; fire(); } }, 'All types')));

  const statuses = h('fieldset', { class: 'field statuses' },
    h('legend', null, 'Status'),
    h('div', { class: 'checks' }, STATUSES.map((st) => h('label', { class: 'check' },
      h('input', {
        type: 'checkbox', name: 'status', value: st, id: `f-status-${st}`, checked: cur.statuses.includes(st),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          cur.statuses = on ? STATUSES.filter((x) => x === st || cur.statuses.includes(x)) : cur.statuses.filter((x) => x !== st);
          if (!cur.statuses.length) cur.statuses = [...STATUSES];
          fire();
        },
      }), ' ', st))));

  const lang = opts.lang === false ? null : h('div', { class: 'field' },
    h('label', { for: 'f-lang' }, 'Language'),
    h('select', { id: 'f-lang', onchange: (e: Event) => { cur.lang = (e.target as HTMLSelectElement).value || undefined; fire(); } },
      h('option', { value: '' }, 'all'),
      LANGUAGES.map(([c, n]) => h('option', { value: c, selected: cur.lang === c }, n))));

  const reset = h('button', {
    type: 'button', class: 'secondary', id: 'f-reset', title: 'Reset every filter',
    onclick: () => { cur.from = cur.to = cur.lang = undefined; cur.types = []; cur.statuses = [...DEFAULT_STATUSES]; fire(); },
  }, 'Reset');

  return h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e: Event) => e.preventDefault() },
    dateInput('f-from', 'From', 'from'), dateInput('f-to', 'To', 'to'), types, statuses, lang, opts.extra ?? [], reset);
}
