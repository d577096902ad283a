// The dashboard's shell: header and navigation, hash routes (#/network, #/dyad/A/B, #/events, #/article/N, #/articles, #/code), footer.
import { h, plural, fill } from './dom.ts';
import { health, type Ctx } from './common.ts';
import { networkView } from './view-network.ts';
import { dyadView } from './view-dyad.ts';
import { eventsView } from './view-events.ts';
import { articleView } from './view-article.ts';
import { searchView } from './view-search.ts';
import { codeView } from './view-code.ts';

type View = (ctx: Ctx) => void | Promise<void>;
const ROUTES: Record<string, { view: View; title: string; nav?: string }> = {
  network: { view: networkView, title: 'Network', nav: 'network' },
  dyad: { view: dyadView, title: 'Dyad', nav: 'network' },
  events: { view: eventsView, title: 'Events', nav: 'events' },
  article: { view: articleView, title: 'Article', nav: 'articles' },
  articles: { view: searchView, title: 'Articles', nav: 'articles' },
  search: { view: searchView, title: 'Search', nav: 'articles' },
  code: { view: codeView, title: 'Code a text', nav: 'code' },
};
const NAV: ReadonlyArray<[string, string]> = [['network', 'Network'], ['events', 'Events'], ['articles', 'Articles & search'], ['code', 'Code a text']];

const main = document.getElementById('main')!;
const navLinks = new Map<string, HTMLAnchorElement>();
let renderId = 0;
let lastPath = '';
let firstRender = true;

function parseHash(): { path: string[]; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [p = '', q = ''] = raw.split('?');
  const path = p.split('/').filter(Boolean).map((x) => { try { return decodeURIComponent(x); } catch { return x; } });
  return { path: path.length ? path : ['network'], params: new URLSearchParams(q) };
}

async function render(): Promise<void> {
  const id = ++renderId;
  const { path, params } = parseHash();
  const route = ROUTES[path[0]!];
  // keep focus and open drop-downs across a re-render of the same view (filters re-render it)
  const samePath = path.join('/') === lastPath;
  const focusId = samePath ? (document.activeElement as HTMLElement | null)?.id : undefined;
  const openIds = samePath ? [...main.querySelectorAll('details[open][id]')].map((d) => d.id) : [];
  const scroll = samePath ? window.scrollY : 0;
  lastPath = path.join('/');
  if (!footerOk) void footerStatus(document.getElementById('status')!);

  for (const [k, a] of navLinks) {
    if (route?.nav === k) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  const root = h('div', { class: `view view-${path[0]}` });
  fill(main, root);
  main.setAttribute('aria-busy', 'true');
  document.title = `${route?.title ?? 'Not found'} — dyad`;
  const ctx: Ctx = {
    root, path, params,
    go: (href) => { if (href === location.hash) void render(); else location.hash = href; },
    retry: () => void render(),
    current: () => id === renderId,
  };
  try {
    if (!route) {
      root.append(h('div', { class: 'empty-state' }, h('h1', { tabindex: -1 }, 'No such page'), h('p', null, `There is no “${path[0]}” view. `, h('a', { href: '#/network' }, 'Go to the network'), '.')));
    } else {
      const done = route.view(ctx);
      // restore state as soon as the view's controls exist, before its data arrives
      restore(focusId, openIds, scroll, samePath);
      await done;
    }
  } finally {
    if (id === renderId) {
      main.removeAttribute('aria-busy');
      restore(focusId, openIds, scroll, samePath);
      firstRender = false;
    }
  }
}

function restore(focusId: string | undefined, openIds: string[], scroll: number, samePath: boolean): void {
  for (const id of openIds) { const d = document.getElementById(id); if (d instanceof HTMLDetailsElement) d.open = true; }
  if (samePath) {
    if (focusId) {
      const el = document.getElementById(focusId);
      if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    }
    if (Math.abs(window.scrollY - scroll) > 2) window.scrollTo(0, scroll);
  } else if (!firstRender) {
    // a new page: start at the top, focus its heading so screen readers announce it
    const h1 = main.querySelector<HTMLElement>('h1');
    if (h1 && !h1.contains(document.activeElement)) { h1.focus({ preventScroll: true }); window.scrollTo(0, 0); }
  }
}

let footerOk = false;
async function footerStatus(el: HTMLElement): Promise<void> {
  try {
    const hl = await health();
    footerOk = true;
    fill(el, `Archive: ${plural(hl.articles, 'article')} · ${plural(hl.events, 'event')} · ${plural(hl.quotes, 'quote')} · dyad ${hl.version} · `, h('a', { href: 'openapi.json' }, 'API'));
  } catch (e) {
    footerOk = false;
    fill(el, h('span', { class: 'error-text', role: 'alert' }, `The API does not answer: ${(e as Error).message}`));
  }
}

function shell(): void {
  const header = document.getElementById('top')!;
  fill(header, 
    h('a', { class: 'skip', href: '#main', onclick: (e: Event) => { e.preventDefault(); main.querySelector<HTMLElement>('h1')?.focus(); } }, 'Skip to content'),
    h('a', { class: 'brand', href: '#/network' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '⇄'), ' dyad'),
    h('nav', { 'aria-label': 'Main' }, h('ul', null, NAV.map(([k, label]) => {
      const a = h('a', { href: `#/${k}`, id: `nav-${k}` }, label);
      navLinks.set(k, a);
      return h('li', null, a);
    }))));
}

shell();
window.addEventListener('hashchange', () => void render());
window.addEventListener('dyad:archive-changed', () => void footerStatus(document.getElementById('status')!));
void render();
