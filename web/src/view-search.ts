// #/articles: the latest articles, or a full-text search over articles and quotes (GET /api/search).
import { h, plural, fill } from './dom.ts';
import { api, qs, type Page, type ArticleSummary, type SearchResult } from './api.ts';
import { emptyState, errorBox, loading, type Ctx } from './common.ts';
import { snippet } from './highlight.ts';
import { langName } from './plover.ts';

export async function searchView(ctx: Ctx): Promise<void> {
  const q = (ctx.params.get('q') ?? '').trim();
  const input = h('input', { id: 'search-q', type: 'search', name: 'q', value: q, placeholder: 'e.g. Pyongyang, sanzioni, ceasefire', autocomplete: 'off' });
  const body = h('div', { class: 'view-body' }, loading(q ? `Searching for “${q}”…` : 'Loading the articles…'));
  ctx.root.append(
    h('div', { class: 'view-head' },
      h('h1', { tabindex: -1 }, q ? `Search: “${q}”` : 'Articles'),
      h('form', { class: 'search-form', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); const v = input.value.trim(); ctx.go(v ? `#/articles?q=${encodeURIComponent(v)}` : '#/articles'); } },
        h('label', { for: 'search-q' }, 'Search articles and quotes'),
        h('div', { class: 'inline' }, input, h('button', { type: 'submit', id: 'search-go' }, 'Search')),
        h('p', { class: 'muted small' }, 'Every word must match; accents are ignored (liberta finds libertà); end a word with * for a prefix (sanzion*).'))),
    body);

  try {
    if (!q) {
      const p = await api<Page<ArticleSummary>>('api/articles' + qs({ limit: 100 }));
      if (!ctx.current()) return;
      if (!p.items.length) {
        fill(body, emptyState('The archive is empty', h('p', null, 'Ingest news with ', h('code', null, 'dyad ingest <files> --db dyad.db'), ', or ', h('a', { href: '#/code' }, 'code a text'), ' and store it.')));
        return;
      }
      fill(body, h('section', { class: 'panel' },
        h('h2', null, p.total > p.items.length ? `The latest ${p.items.length} of ${p.total} articles` : plural(p.total, 'article')),
        h('ul', { class: 'result-list' }, p.items.map((a) => h('li', null,
          h('a', { href: `#/article/${a.id}`, class: 'result-title', lang: a.lang ?? undefined }, a.title ?? `Article ${a.id}`),
          h('span', { class: 'muted small block' }, `${a.date} · ${langName(a.lang)} · ${plural(a.events, 'event')}${a.author ? ' · ' + a.author : ''}`))))));
      return;
    }
    const r = await api<SearchResult>('api/search' + qs({ q, limit: 50 }));
    if (!ctx.current()) return;
    if (!r.articles.length && !r.quotes.length) {
      fill(body, emptyState(`Nothing found for “${q}”`, h('p', null, 'Check the spelling, use fewer words, or search a prefix with *.')));
      return;
    }
    fill(body, h('div', { class: 'two-col' },
      h('section', { class: 'panel', 'aria-labelledby': 'res-articles' },
        h('h2', { id: 'res-articles' }, `Articles (${r.articles.length})`),
        r.articles.length ? h('ul', { class: 'result-list' }, r.articles.map((a) => h('li', null,
          h('a', { href: `#/article/${a.id}`, class: 'result-title', lang: a.lang ?? undefined }, a.title ?? `Article ${a.id}`),
          h('span', { class: 'muted small block' }, `${a.date} · ${langName(a.lang)}`),
          h('p', { class: 'snippet', lang: a.lang ?? undefined }, snippet(a.snippet))))) : h('p', { class: 'muted' }, 'No article matches.'),
        h('p', null, h('a', { href: `#/events?q=${encodeURIComponent(q)}&status=all` }, `Events in articles matching “${q}”`))),
      h('section', { class: 'panel', 'aria-labelledby': 'res-quotes' },
        h('h2', { id: 'res-quotes' }, `Quotes (${r.quotes.length})`),
        r.quotes.length ? h('ul', { class: 'result-list' }, r.quotes.map((qq) => h('li', null,
          h('blockquote', null, '“', snippet(qq.snippet), '”'),
          h('p', { class: 'speaker' }, '— ', qq.speaker ? [h('strong', null, qq.speaker.code ?? '?'), ` (“${qq.speaker.text}”)`] : h('span', { class: 'muted' }, 'speaker not identified'),
            ' in ', h('a', { href: `#/article/${qq.article_id}` }, qq.article_title ?? `article ${qq.article_id}`))))) : h('p', { class: 'muted' }, 'No quote matches.'))));
  } catch (e) {
    if (ctx.current()) fill(body, errorBox(e, ctx.retry));
  }
}
