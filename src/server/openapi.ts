// The API described by hand as OpenAPI 3.1: every route, parameter and response shape the server has.
import { PLOVER_TYPES } from '../core/types.ts';

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const nullable = (t: string) => ({ type: [t, 'null'] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });
const path = (name: string, description: string, schema: object = str) => ({ name, in: 'path', required: true, description, schema });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const err = (description: string) => json(ref('Error'), description);

const dateQ = (name: string, what: string) => q(name, `${what} (YYYY-MM-DD, inclusive)`, { type: 'string', format: 'date' });
const statusQ = (def: string) => q('status', `asserted, claimed, hypothetical, negated — comma-separated — or "all" (default: ${def})`);
const typeQ = q('type', `PLOVER event types, comma-separated (${PLOVER_TYPES.join(', ')})`);
const pageQ = [q('limit', 'page size, 1–500 (default 50)', { type: 'integer', minimum: 1, maximum: 500 }), q('offset', 'items to skip (default 0)', { type: 'integer', minimum: 0 })];
const langQ = q('lang', 'article language, two letters (it, en…)');
const badRequest = { 400: err('A parameter was not what was expected') };

const span = { type: 'array', items: int, minItems: 2, maxItems: 2, description: '[start, end) character offsets into the article text' };
const actorRef = {
  type: 'object', required: ['code', 'sector', 'actor_id', 'text', 'span'],
  properties: { code: str, sector: nullable('string'), actor_id: nullable('string'), text: str, span },
};

export function openapi(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad event archive API',
      version,
      description: 'Political events coded from news (PLOVER types, CAMEO codes, Goldstein scores): articles, events, actors, relations over time, the actor network and full-text search. Errors are JSON {"error": "expected …, found …"}. POST routes need "Authorization: Bearer <token>" when the server was started with a token (always when it listens beyond loopback).',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string', description: 'what was expected, what was found' } } },
        ActorRef: actorRef,
        CodedEvent: {
          type: 'object',
          description: 'An event as the coder produces it.',
          required: ['type', 'mode', 'context', 'cameo', 'goldstein', 'status', 'source', 'target', 'date', 'date_precision', 'location', 'quote', 'sentence', 'trigger', 'rule', 'mentions'],
          properties: {
            type: { type: 'string', enum: [...PLOVER_TYPES] },
            mode: nullable('string'),
            context: { type: 'array', items: str },
            cameo: str,
            goldstein: num,
            status: { type: 'string', enum: ['asserted', 'claimed', 'hypothetical', 'negated'] },
            source: ref('ActorRef'),
            target: { oneOf: [ref('ActorRef'), { type: 'null' }] },
            date: { type: 'string', format: 'date' },
            date_precision: { type: 'string', enum: ['day', 'month', 'year', 'publication'] },
            location: { oneOf: [{ type: 'object', properties: { name: str, code: str } }, { type: 'null' }] },
            quote: { oneOf: [{ type: 'object', properties: { text: str, speaker: nullable('string') } }, { type: 'null' }] },
            sentence: { type: 'object', properties: { index: int, text: str, span } },
            trigger: { type: 'object', properties: { text: str, span } },
            rule: { type: 'object', properties: { id: str, file: str, line: int } },
            mentions: int,
          },
        },
        StoredEvent: {
          allOf: [ref('CodedEvent'), {
            type: 'object',
            properties: { id: int, article_id: int, article_title: nullable('string'), article_url: nullable('string'), article_lang: nullable('string'), lexicon_version: str },
          }],
        },
        ArticleSummary: {
          type: 'object',
          properties: {
            id: int, content_hash: str, url: nullable('string'), title: nullable('string'), author: nullable('string'), date: { type: 'string', format: 'date' },
            date_source: { type: 'string', description: '"article" when the date came with the article, "file-name" when it came from a name like 2024-11-30-slug.txt, "file-mtime" when the file\'s modification date was used' },
            lang: nullable('string'), source_path: nullable('string'), ingested_at: str, lexicon_version: nullable('string'), sentences: nullable('integer'), events: int,
            snippet: { type: 'string', description: 'with q: the matching passage, matches in [brackets]' },
          },
        },
        Quote: {
          type: 'object',
          properties: {
            id: int, article_id: int, text: str, span, sentence: int,
            speaker: { oneOf: [{ type: 'object', properties: { code: nullable('string'), sector: nullable('string'), actor_id: nullable('string'), text: str } }, { type: 'null' }] },
          },
        },
        SeriesPoint: {
          type: 'object',
          properties: {
            period: { type: 'string', description: 'day: YYYY-MM-DD; week: the Monday YYYY-MM-DD; month: YYYY-MM' },
            count: int,
            cooperation: { type: 'number', description: 'sum of positive Goldstein scores' },
            conflict: { type: 'number', description: 'sum of negative Goldstein scores' },
            score: { type: 'number', description: 'sum of Goldstein scores' },
            by_type: { type: 'object', additionalProperties: int },
            event_ids: { type: 'array', items: int },
          },
        },
        ArticleInput: {
          type: 'object', required: ['text'],
          properties: {
            text: { type: 'string', description: 'the article text' },
            title: str, url: str, author: str,
            date: { type: 'string', format: 'date', description: 'publication date; relative dates resolve against it (default: today)' },
            lang: { type: 'string', description: 'two-letter language; detected when absent' },
          },
        },
      },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Liveness and archive size', responses: { 200: json({ type: 'object', properties: { ok: { type: 'boolean' }, version: str, articles: int, events: int, quotes: int } }) } },
      },
      '/api/articles': {
        get: {
          summary: 'Articles, newest first; q searches title and text (full-text)',
          parameters: [q('q', 'full-text search words (all must match; word* for a prefix)'), langQ, dateQ('from', 'published on or after'), dateQ('to', 'published on or before'), ...pageQ],
          responses: { 200: json({ type: 'object', properties: { total: int, items: { type: 'array', items: ref('ArticleSummary') } } }), ...badRequest },
        },
        post: {
          summary: 'Code an article and store it (the same text twice is stored once)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } },
          responses: {
            201: json({ type: 'object', properties: { article_id: int, duplicate: { const: false }, events: { type: 'array', items: ref('StoredEvent') } } }, 'Stored'),
            200: json({ type: 'object', properties: { article_id: int, duplicate: { const: true }, events: { type: 'array', items: ref('StoredEvent') } } }, 'Already stored'),
            ...badRequest, 401: err('Missing or wrong bearer token'), 413: err('Body larger than 2 MB'), 422: err('The text could not be coded (empty, unsupported language…)'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its text, events and quotes',
          parameters: [path('id', 'article id', int)],
          responses: {
            200: json({ allOf: [ref('ArticleSummary'), { type: 'object', properties: { text: str, events: { type: 'array', items: ref('StoredEvent') }, quotes: { type: 'array', items: ref('Quote') } } }] }),
            ...badRequest, 404: err('No such article'),
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Events with their evidence, filtered and paged',
          parameters: [
            q('actor', 'actor code as source or target'), q('source', 'source actor code'), q('target', 'target actor code'),
            q('dyad', 'two actor codes joined by "-" (PRK-RUS): events between them in either direction'),
            typeQ, statusQ('all'), dateQ('from', 'event date on or after'), dateQ('to', 'event date on or before'), langQ,
            q('q', 'full-text search in the events\' articles'), q('sort', 'date (oldest first) or -date (newest first, default)'), ...pageQ,
          ],
          responses: { 200: json({ type: 'object', properties: { total: int, items: { type: 'array', items: ref('StoredEvent') } } }), ...badRequest },
        },
      },
      '/api/actors': {
        get: {
          summary: 'Actors of the lexicon (and any other code in the archive) with their number of events, most active first',
          parameters: [q('q', 'part of a code or name')],
          responses: { 200: json({ type: 'array', items: { type: 'object', properties: { code: str, name: str, kind: str, events: int } } }) },
        },
      },
      '/api/dyads/{a}/{b}': {
        get: {
          summary: 'Relations of a over b (and b over a) over time: counts per type, cooperation, conflict, score, event ids',
          parameters: [path('a', 'source actor code'), path('b', 'target actor code'), q('interval', 'day (default), week or month'), dateQ('from', 'event date on or after'), dateQ('to', 'event date on or before'), statusQ('asserted')],
          responses: {
            200: json({
              type: 'object',
              properties: {
                source: str, target: str, interval: str, status: {},
                series: { type: 'array', items: ref('SeriesPoint') },
                reverse: { type: 'object', properties: { source: str, target: str, series: { type: 'array', items: ref('SeriesPoint') } } },
              },
            }),
            ...badRequest,
          },
        },
      },
      '/api/network': {
        get: {
          summary: 'The actor network: nodes with event counts, directed edges with counts and Goldstein sums',
          parameters: [dateQ('from', 'event date on or after'), dateQ('to', 'event date on or before'), typeQ, statusQ('asserted'), langQ, q('actor', 'only events involving this actor')],
          responses: {
            200: json({
              type: 'object',
              properties: {
                nodes: { type: 'array', items: { type: 'object', properties: { id: str, label: str, events: int } } },
                edges: { type: 'array', items: { type: 'object', properties: { source: str, target: str, count: int, cooperation: num, conflict: num, score: num } } },
              },
            }),
            ...badRequest,
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over articles (title, text) and quotes',
          parameters: [{ ...q('q', 'search words (all must match; word* for a prefix)'), required: true }, q('limit', 'results per kind, 1–500 (default 20)', int)],
          responses: {
            200: json({
              type: 'object',
              properties: {
                articles: { type: 'array', items: { type: 'object', properties: { id: int, title: nullable('string'), url: nullable('string'), date: str, lang: nullable('string'), snippet: str } } },
                quotes: { type: 'array', items: { allOf: [ref('Quote'), { type: 'object', properties: { snippet: str, article_title: nullable('string') } }] } },
              },
            }),
            ...badRequest,
          },
        },
      },
      '/api/code': {
        post: {
          summary: 'Code a text without storing it',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } },
          responses: {
            200: json({ type: 'object', properties: { lang: str, sentences: int, events: { type: 'array', items: ref('CodedEvent') }, quotes: { type: 'array', items: { type: 'object' } } } }),
            ...badRequest, 401: err('Missing or wrong bearer token'), 413: err('Body larger than 2 MB'), 422: err('The text could not be coded'),
          },
        },
      },
      '/openapi.json': { get: { summary: 'This description', responses: { 200: json({ type: 'object' }) } } },
    },
  };
}
