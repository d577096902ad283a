// Exports of the archive: PLOVER JSON lines, CSV (RFC 4180), GDELT-like TSV, and the actor network as GraphML.
import type { Lexicon } from '../core/lexicon-types.ts';
import type { EventFilter, Store, StoredEvent } from '../store/store.ts';

export const EXPORT_FORMATS = ['plover', 'csv', 'gdelt', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the export goes: a function that writes one chunk (and may wait for the stream to drain). */
export type Sink = (chunk: string) => void | Promise<void>;

/** PLOVER quad codes when no lexicon is at hand (verbal/material cooperation = 1/2, verbal/material conflict = 3/4). */
const QUAD: Readonly<Record<string, number>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

const entity = (a: StoredEvent['source']) => ({ code: a.code, sector: a.sector, entity_text: a.text, ...(a.actor_id ? { identifier_id: a.actor_id } : {}) });

/** One event as a PLOVER JSON record (PLOVER "JSON event record fields"), with dyad's status, CAMEO code and rule alongside. */
export function ploverRecord(e: StoredEvent, lex?: Lexicon): Record<string, unknown> {
  return {
    id: `dyad-${e.id}`,
    has_event: true,
    date: e.date,
    actor: [entity(e.source)],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.type],
    event_loc: e.location ? { name: e.location.name, code: e.location.code } : null,
    event_text: [e.trigger.text],
    quad_code: lex?.types[e.type]?.quad ?? QUAD[e.type] ?? null,
    event_scale: e.goldstein,
    mode: e.mode ? [e.mode] : [],
    context: [...e.context],
    link: e.article_url ?? `dyad:article/${e.article_id}`,
    text: e.sentence.text,
    coder: 'dyad',
    comment: `status=${e.status}; rule=${e.rule.id} (${e.rule.file}:${e.rule.line})`,
    // dyad's own fields
    status: e.status,
    cameo: e.cameo,
    date_precision: e.date_precision,
    article_id: e.article_id,
    quote: e.quote,
    lexicon_version: e.lexicon_version,
  };
}

export const CSV_COLUMNS = [
  'id', 'article_id', 'date', 'date_precision', 'status', 'type', 'mode', 'context', 'cameo', 'goldstein',
  'source_code', 'source_sector', 'source_actor_id', 'source_text', 'target_code', 'target_sector', 'target_actor_id', 'target_text',
  'location_name', 'location_code', 'quote_text', 'quote_speaker', 'trigger_text', 'sentence_index', 'sentence_text',
  'rule_id', 'rule_file', 'rule_line', 'mentions', 'article_title', 'article_url', 'lexicon_version',
] as const;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, inner quotes doubled. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: StoredEvent): string {
  const cells: unknown[] = [
    e.id, e.article_id, e.date, e.date_precision, e.status, e.type, e.mode, e.context.join(';'), e.cameo, e.goldstein,
    e.source.code, e.source.sector, e.source.actor_id, e.source.text, e.target?.code, e.target?.sector, e.target?.actor_id, e.target?.text,
    e.location?.name, e.location?.code, e.quote?.text, e.quote?.speaker, e.trigger.text, e.sentence.index, e.sentence.text,
    e.rule.id, e.rule.file, e.rule.line, e.mentions, e.article_title, e.article_url, e.lexicon_version,
  ];
  return cells.map(csvField).join(',') + '\r\n';
}

/** GDELT-like TSV columns (no header, as in GDELT's event files). */
export const GDELT_COLUMNS = ['date (YYYYMMDD)', 'actor1 code', 'actor2 code', 'CAMEO event code', 'Goldstein scale', 'location name', 'location code', 'source URL'] as const;

const tsvField = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

export function gdeltRow(e: StoredEvent): string {
  return [e.date.replace(/-/g, ''), e.source.code, e.target?.code ?? '', e.cameo, e.goldstein, e.location?.name, e.location?.code, e.article_url ?? ''].map(tsvField).join('\t') + '\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // characters XML 1.0 cannot carry at all
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** The actor network (nodes = actors, directed edges = source → target with counts and Goldstein sums) as GraphML. */
export function graphml(net: ReturnType<Store['network']>): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="double"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="double"/>',
    '  <key id="score" for="edge" attr.name="score" attr.type="double"/>',
    '  <graph id="dyad" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    out.push(`    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="events">${n.events}</data></node>`);
  }
  net.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="count">${e.count}</data><data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data><data key="score">${e.score}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** Writes the filtered events (or, for graphml, their network) in the format asked; returns how many events went out. */
export async function exportArchive(store: Store, format: ExportFormat, filter: EventFilter, sink: Sink, lex?: Lexicon): Promise<number> {
  if (format === 'graphml') {
    const net = store.network(filter);
    await sink(graphml(net));
    return net.edges.reduce((n, e) => n + e.count, 0);
  }
  let n = 0;
  if (format === 'csv') await sink(CSV_COLUMNS.join(',') + '\r\n');
  for (const e of store.iterateEvents(filter)) {
    n++;
    await sink(format === 'plover' ? JSON.stringify(ploverRecord(e, lex)) + '\n' : format === 'csv' ? csvRow(e) : gdeltRow(e));
  }
  return n;
}
