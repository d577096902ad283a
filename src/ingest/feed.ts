// An RSS or Atom feed (as a string) → one article per item, or a clear reason why it is not a feed.
import Parser from 'rss-parser';
import { htmlFragmentText, langCode, toIsoDate } from './html.ts';

export interface FeedItem { index: number; text: string | null; title: string | null; url: string | null; author: string | null; date: string | null; lang: string | null }
export type FeedResult = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; message: string };

type Item = Parser.Item & { 'content:encoded'?: string; description?: string; summary?: string; author?: string };
const parser = new Parser<Record<string, unknown>, Item>({ customFields: { item: ['description', 'summary'] } });

/** The root element of an XML document, skipping the declaration, comments, doctype and processing instructions. */
export function rootElement(xml: string): string | null {
  const s = xml.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  const m = /<\s*([A-Za-z_][\w:.-]*)/.exec(s);
  return m ? m[1]! : null;
}

export const isFeedRoot = (root: string | null) => !!root && /^(rss|feed|rdf:RDF|RDF)$/i.test(root);

export async function parseFeed(xml: string): Promise<FeedResult> {
  const root = rootElement(xml);
  if (!root) return { ok: false, message: 'expected an RSS or Atom feed, found no XML element' };
  if (!isFeedRoot(root)) return { ok: false, message: `expected an RSS or Atom feed, found root element <${root}>` };
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    return { ok: false, message: `expected an RSS or Atom feed, found invalid XML (${(e as Error).message.replace(/\s+/g, ' ').trim()})` };
  }
  // Atom has no <language>: its xml:lang sits on the root element
  const feedLang = langCode(typeof feed.language === 'string' ? feed.language : null) ?? langCode(/<\s*(?:feed|rss)\b[^>]*\bxml:lang\s*=\s*["']([^"']+)/i.exec(xml)?.[1]);
  const items = (feed.items ?? []).map((it, i): FeedItem => {
    const html = it['content:encoded'] || it.content || it.summary || it.description || '';
    const text = html ? htmlFragmentText(html) : (it.contentSnippet ?? '').trim();
    return {
      index: i + 1,
      text: text || null,
      title: it.title?.trim() || null,
      url: it.link?.trim() || null,
      author: (it.creator || it.author || '').trim() || null,
      date: toIsoDate(it.isoDate) ?? toIsoDate(it.pubDate),
      lang: feedLang,
    };
  });
  return { ok: true, title: typeof feed.title === 'string' ? feed.title : null, items };
}
