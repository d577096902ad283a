// Pieces every view uses: loading, empty and error states, and the archive facts fetched once.
import { h, type Child } from './dom.ts';
import { api, ApiError, type Actor, type Health, type Page, type StoredEvent } from './api.ts';

export interface Ctx {
  /** the view's element (inside <main>) */
  readonly root: HTMLElement;
  readonly path: readonly string[];
  readonly params: URLSearchParams;
  /** go to a dashboard URL ("#/dyad/PRK/RUS?…") */
  go(href: string): void;
  /** render the current view again (after an error, say) */
  retry(): void;
  /** false once another navigation started: drop late results */
  current(): boolean;
}

export const loading = (what = 'Loading…') => h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', what);

export function errorBox(err: unknown, retry?: () => void, title?: string): HTMLElement {
  const msg = err instanceof Error ? err.message : String(err);
  const down = err instanceof ApiError && err.status === 0;
  return h('div', { class: 'error-box', role: 'alert' },
    h('h2', null, title ?? (down ? 'The dyad API cannot be reached' : err instanceof ApiError && err.status === 422 ? 'This text cannot be coded' : 'Something went wrong')),
    h('p', null, msg),
    down ? h('p', { class: 'muted' }, 'Start it with ', h('code', null, 'npm start'), ' or ', h('code', null, 'dyad serve --db dyad.db'), ', then try again.') : null,
    retry ? h('button', { type: 'button', onclick: retry, id: 'retry' }, 'Try again') : null);
}

export function emptyState(title: string, ...body: Child[]): HTMLElement {
  return h('div', { class: 'empty-state', role: 'status' }, h('h2', null, title), body);
}

let healthP: Promise<Health> | null = null;
export function health(): Promise<Health> {
  healthP ??= api<Health>('api/health').catch((e) => { healthP = null; throw e; });
  return healthP;
}

let actorsP: Promise<Map<string, Actor>> | null = null;
/** Actor codes → names (from the archive's actors table). */
export function actors(): Promise<Map<string, Actor>> {
  actorsP ??= api<Actor[]>('api/actors').then((list) => new Map(list.map((a) => [a.code, a]))).catch((e) => { actorsP = null; throw e; });
  return actorsP;
}

let boundsP: Promise<{ min?: string; max?: string }> | null = null;
/** The first and last event dates in the archive. */
export function bounds(): Promise<{ min?: string; max?: string }> {
  boundsP ??= Promise.all([
    api<Page<StoredEvent>>('api/events?sort=date&limit=1&status=all'),
    api<Page<StoredEvent>>('api/events?sort=-date&limit=1&status=all'),
  ]).then(([a, b]) => ({ min: a.items[0]?.date, max: b.items[0]?.date })).catch((e) => { boundsP = null; throw e; });
  return boundsP;
}

/** Forget what was fetched once (after storing an article). */
export function invalidate(): void { healthP = actorsP = boundsP = null; window.dispatchEvent(new Event('dyad:archive-changed')); }

export const actorName = (m: Map<string, Actor>, code: string) => m.get(code)?.name ?? code;
