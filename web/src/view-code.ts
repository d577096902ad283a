// #/code: paste an article, see its events at once (POST /api/code); store it only when asked (POST /api/articles).
import { normalize } from '../../src/core/text.ts';
import { h, plural, fill } from './dom.ts';
import { api, ApiError, type ArticleFull, type CodeResponse, type StoreResponse } from './api.ts';
import { errorBox, invalidate, loading, type Ctx } from './common.ts';
import { eventsTable, type AnyEvent } from './events.ts';
import { LANGUAGES, langName } from './plover.ts';
import { eventList, markedText, quoteList, readingOrder, showInText } from './view-article.ts';

const KEY = 'dyad.code';
const TOKEN = 'dyad.token';

interface Draft { text: string; date: string; lang: string; title: string }
const today = () => new Date().toISOString().slice(0, 10);
function loadDraft(): Draft {
  try { return { text: '', date: today(), lang: '', title: '', ...JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<Draft> }; } catch { return { text: '', date: today(), lang: '', title: '' }; }
}
const saveDraft = (d: Draft) => { try { sessionStorage.setItem(KEY, JSON.stringify(d)); } catch { /* private mode */ } };

export function codeView(ctx: Ctx): void {
  const d = loadDraft();
  const text = h('textarea', { id: 'code-text', name: 'text', rows: 12, required: true, placeholder: 'Paste a news article in English, Italian, French, Spanish, German or Russian…', spellcheck: 'false' });
  text.value = d.text;
  const date = h('input', { id: 'code-date', type: 'date', value: d.date || today(), required: true });
  const lang = h('select', { id: 'code-lang' }, h('option', { value: '' }, 'detect'), LANGUAGES.map(([c, n]) => h('option', { value: c, selected: d.lang === c }, `${n} (${c})`)));
  const title = h('input', { id: 'code-title', type: 'text', value: d.title, placeholder: 'optional, for storing' });
  const token = h('input', { id: 'code-token', type: 'password', autocomplete: 'off', value: sessionStorage.getItem(TOKEN) ?? '' });
  const tokenBox = h('details', { class: 'token-box', id: 'token-box' },
    h('summary', null, 'Server token'),
    h('div', { class: 'field' }, h('label', { for: 'code-token' }, 'Bearer token (only when the server listens beyond this computer and was started with --token)'), token));
  const out = h('div', { class: 'code-results', id: 'code-results', 'aria-live': 'polite' });
  const draft = (): Draft => ({ text: text.value, date: date.value, lang: lang.value, title: title.value });
  for (const el of [text, date, lang, title]) el.addEventListener('change', () => saveDraft(draft()));

  const run = async (store: boolean) => {
    const dr = draft();
    saveDraft(dr);
    if (!dr.text.trim()) { fill(out, errorBox(new Error('Paste an article first: the text is empty.'), undefined, 'Nothing to code')); text.focus(); return; }
    const tok = token.value.trim();
    try { if (tok) sessionStorage.setItem(TOKEN, tok); else sessionStorage.removeItem(TOKEN); } catch { /* private mode */ }
    fill(out, loading(store ? 'Coding and storing…' : 'Coding…'));
    const body = JSON.stringify({ text: dr.text, date: dr.date || undefined, lang: dr.lang || undefined, ...(store && dr.title.trim() ? { title: dr.title.trim() } : {}) });
    const init: RequestInit = { method: 'POST', body, headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}) } };
    try {
      if (store) {
        const stored = await api<StoreResponse>('api/articles', init);
        invalidate();
        const a = await api<ArticleFull>(`api/articles/${stored.article_id}`);
        if (out.isConnected) showResult(out, a.text, { lang: a.lang ?? '', sentences: a.sentences ?? 0, events: a.events, quotes: a.quotes }, stored);
        return;
      }
      const r = await api<CodeResponse>('api/code', init);
      if (out.isConnected) showResult(out, dr.text, r, null);
    } catch (e) {
      if (!out.isConnected) return;
      if (e instanceof ApiError && e.status === 401) {
        tokenBox.open = true;
        fill(out, errorBox(new Error(`${e.message}. This server protects its writing routes: enter its token under “Server token”.`), undefined, 'This server needs a token'));
        token.focus();
        return;
      }
      fill(out, errorBox(e));
    }
  };

  ctx.root.append(
    h('div', { class: 'view-head' },
      h('h1', { tabindex: -1 }, 'Code a text'),
      h('p', { class: 'lead' }, 'Paste an article and see its events at once. Nothing is stored unless you choose “Code and store”.')),
    h('form', { class: 'panel code-form', onsubmit: (e: Event) => { e.preventDefault(); void run(false); } },
      h('div', { class: 'field wide' }, h('label', { for: 'code-text' }, 'Article text'), text),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'code-date' }, 'Publication date'), date),
        h('div', { class: 'field' }, h('label', { for: 'code-lang' }, 'Language'), lang),
        h('div', { class: 'field grow' }, h('label', { for: 'code-title' }, 'Title'), title)),
      tokenBox,
      h('div', { class: 'row buttons' },
        h('button', { type: 'submit', id: 'code-run' }, 'Code the text'),
        h('button', { type: 'button', class: 'secondary', id: 'code-store', onclick: () => void run(true) }, 'Code and store in the archive'),
        h('button', { type: 'button', class: 'link-button', id: 'code-clear', onclick: () => { text.value = ''; title.value = ''; saveDraft(draft()); fill(out); text.focus(); } }, 'Clear'))),
    out);
}

type Result = { lang: string; sentences: number; events: readonly AnyEvent[]; quotes: ReadonlyArray<{ text: string; span: readonly [number, number]; speaker: { code: string | null; text: string } | null }> };

function showResult(out: HTMLElement, raw: string, r: Result, stored: StoreResponse | null): void {
  // spans point into the normalised text: the same normalisation as the server's (src/core/text.ts)
  const text = normalize(raw);
  const events = readingOrder(r.events as AnyEvent[]);
  const aligned = events.every((e) => text.slice(e.sentence.span[0], e.sentence.span[1]) === e.sentence.text);
  fill(out, 
    h('p', { class: 'summary', id: 'code-summary' },
      `${langName(r.lang)} (${r.lang}) · ${plural(r.sentences, 'sentence')} · ${plural(events.length, 'event')} · ${plural(r.quotes.length, 'quote')}`,
      stored ? [' · ', stored.duplicate ? 'already in the archive as ' : 'stored as ', h('a', { href: `#/article/${stored.article_id}`, id: 'stored-link' }, `article ${stored.article_id}`)] : ' · not stored'),
    events.length
      ? eventsTable(events, { caption: plural(events.length, 'event'), articleLinks: stored !== null, idPrefix: 'code', initialSort: { key: 'date', dir: 1 } })
      : h('div', { class: 'empty-state', role: 'status' }, h('h2', null, 'No events in this text'), h('p', null, 'dyad found no interaction between known actors. Try a news article about relations between states or organisations.')),
    h('div', { class: 'article-layout' },
      h('section', { class: 'panel article-text', 'aria-label': 'The text with its events' },
        h('h2', null, 'The text'),
        aligned ? h('div', { class: 'text', lang: r.lang, id: 'code-text-marked' }, markedText(text, events, r.quotes, null, 'c'))
          : h('p', { class: 'muted' }, 'The text could not be lined up with the events; see the table above.')),
      h('aside', { class: 'panel side-panel' },
        h('h2', null, `Events (${events.length})`),
        events.length ? eventList(events, null, (e) => showInText(e, 'c')) : h('p', { class: 'muted' }, 'None.'),
        h('h2', null, `Quotes (${r.quotes.length})`),
        r.quotes.length ? quoteList(r.quotes) : h('p', { class: 'muted' }, 'None.'))));
}
