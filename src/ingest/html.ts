// An HTML page → its main article text and metadata (title, author, date, language, canonical URL).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { isoDate } from '../core/dates.ts';

export interface PageArticle { text: string; title: string | null; author: string | null; date: string | null; lang: string | null; url: string | null }
export type PageResult = { ok: true; article: PageArticle } | { ok: false; message: string };

/** Fewer characters than this of main text is a page without an article (a home page, a menu, a login wall). */
export const MIN_ARTICLE_CHARS = 80;

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** Text of a DOM subtree with paragraph breaks kept, so sentences of different paragraphs never run together. */
export function domText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) { parts.push(n.textContent ?? ''); return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return tidy(parts.join(''));
}

/** Collapse runs of spaces inside lines and keep at most one blank line between paragraphs. */
export function tidy(s: string): string {
  return s.replace(/[ \t\f\v\u00a0]+/g, ' ').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** An HTML fragment (feed item content) → plain text with paragraphs. */
export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domText(document.body as unknown as DomNode);
}

/** A date as found in a page or feed ("2024-11-29T10:00:00+01:00", "Fri, 29 Nov 2024 10:00:00 GMT") → YYYY-MM-DD, or null. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  // keep the publisher's own calendar day when the string starts with it
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(t);
  if (m && isoDate(m[1]!)) return m[1]!;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms).toISOString().slice(0, 10);
  return isoDate(d) ? d : null;
}

/** "it-IT", "en_US", "IT" → "it"; anything that is not a language tag → null. */
export function langCode(s: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:$|[-_])/i.exec((s ?? '').trim());
  return m ? m[1]!.toLowerCase() : null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

const META_DATES = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date"]', 'meta[name="dc.date"]', 'meta[name="dcterms.created"]',
  'meta[property="article:modified_time"]',
];

function attr(doc: Doc, selector: string, name: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

function jsonLdDate(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const stack: unknown[] = [JSON.parse(s.textContent ?? '')];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.datePublished === 'string') return o.datePublished;
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch { /* a broken JSON-LD block is not our article's problem */ }
  }
  return null;
}

function pageDate(doc: Doc): string | null {
  for (const sel of META_DATES) {
    const d = toIsoDate(attr(doc, sel, 'content'));
    if (d) return d;
  }
  const ld = toIsoDate(jsonLdDate(doc));
  if (ld) return ld;
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const d = toIsoDate(t.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

export function extractPage(html: string): PageResult {
  const { document } = parseHTML(html);
  if (!document.documentElement) return { ok: false, message: 'expected an HTML page, found no <html> element' };
  // metadata first: Readability rewrites the document it reads
  const date = pageDate(document);
  const lang = langCode(document.documentElement.getAttribute('lang')) ?? langCode(document.documentElement.getAttribute('xml:lang'))
    ?? langCode(attr(document, 'meta[http-equiv="content-language" i]', 'content')) ?? langCode(attr(document, 'meta[property="og:locale"]', 'content'));
  const ogTitle = attr(document, 'meta[property="og:title"]', 'content');
  const metaAuthor = attr(document, 'meta[name="author"]', 'content');
  const url = attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]', 'content');
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch (e) {
    return { ok: false, message: `expected an HTML page with an article, found a page the article extractor could not read (${(e as Error).message})` };
  }
  let text = '';
  if (parsed?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = domText(frag.body as unknown as DomNode);
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    return { ok: false, message: `expected an article in the HTML page, found no main text (${text.length} characters${docTitle ? ` on page "${docTitle.slice(0, 60)}"` : ''})` };
  }
  return {
    ok: true,
    article: {
      text,
      title: ogTitle ?? (parsed?.title?.trim() || null) ?? docTitle,
      author: metaAuthor ?? (parsed?.byline?.trim() || null),
      date: date ?? toIsoDate(parsed?.publishedTime),
      lang: lang ?? langCode(parsed?.lang),
      url,
    },
  };
}
