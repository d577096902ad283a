// Archive benchmarks: ingest throughput into SQLite, and API latency of /api/network and /api/dyads on ≥ 100,000 events (loopback only).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { loadLexicon } from '../src/lexicon/load.ts';
import { Store } from '../src/store/store.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { startServer } from '../src/server/serve.ts';
import { PLOVER_TYPES, type CodedEvent, type Status } from '../src/core/types.ts';

const ARTICLES = Number(process.env.BENCH_ARCHIVE_ARTICLES ?? 2000);
const EVENTS = Number(process.env.BENCH_ARCHIVE_EVENTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_ARCHIVE_REQUESTS ?? 200);
/** every request loop stops after this long, whatever its count */
const LOOP_MS = 8_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function latency(url: string, paths: () => string, requests = REQUESTS): Promise<{ p50: number; p99: number; n: number }> {
  const times: number[] = [];
  const stop = Date.now() + LOOP_MS;
  for (let i = 0; i < requests && Date.now() < stop; i++) {
    const t0 = performance.now();
    const r = await fetch(url + paths());
    if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
    await r.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99), n: times.length };
}

/** Synthetic events spread over 60 actors, two years, every type and status; inserted straight through the store. */
function fillSynthetic(store: Store, events: number): string[] {
  const r = rng(7);
  const codes = Object.keys(loadLexicon().actors).filter((c) => /^[A-Z]{3}$/.test(c)).slice(0, 60);
  const statuses: Status[] = ['asserted', 'asserted', 'asserted', 'claimed', 'hypothetical', 'negated'];
  const perArticle = 50;
  const day0 = Date.UTC(2023, 0, 1);
  store.transaction(() => {
    for (let a = 0; a * perArticle < events; a++) {
      const date = new Date(day0 + Math.floor(r() * 730) * 86_400_000).toISOString().slice(0, 10);
      const id = store.insertArticle({ text: `Synthetic benchmark article ${a}.`, date, lang: a % 2 ? 'it' : 'en', title: `bench ${a}` }, { events: [], quotes: [], sentences: 1 }, 'bench');
      const evs: CodedEvent[] = [];
      for (let k = 0; k < perArticle; k++) {
        const s = codes[Math.floor(r() * codes.length)]!;
        let t = codes[Math.floor(r() * codes.length)]!;
        if (t === s) t = codes[(codes.indexOf(s) + 1) % codes.length]!;
        const type = PLOVER_TYPES[Math.floor(r() * PLOVER_TYPES.length)]!;
        const edate = new Date(Date.parse(date) - Math.floor(r() * 5) * 86_400_000).toISOString().slice(0, 10);
        evs.push({
          type, mode: null, context: [], cameo: '010', goldstein: Math.round((r() * 20 - 10) * 10) / 10, status: statuses[Math.floor(r() * statuses.length)]!,
          source: { code: s, sector: 'GOV', actor_id: null, text: s, span: [0, 3] }, target: { code: t, sector: 'GOV', actor_id: null, text: t, span: [4, 7] },
          date: edate, date_precision: 'day', location: null, quote: null,
          sentence: { index: k, text: `${s} ${type} ${t}.`, span: [0, 12] }, trigger: { text: type, span: [4, 8] },
          rule: { id: 'bench', file: 'bench', line: 1 }, mentions: 1,
        });
      }
      store.insertEvents(id, evs, 'bench');
    }
  });
  return codes;
}

export async function benchArchive(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const out: Record<string, number> = {};
  try {
    const lex = loadLexicon();
    // 1. ingest: generated articles in a JSONL batch, coded and stored in 200-article transactions
    const docs = generateCorpus(ARTICLES * 16).slice(0, ARTICLES);
    const jsonl = join(dir, 'batch.jsonl');
    writeFileSync(jsonl, docs.map((d, i) => JSON.stringify({ id: d.id, text: d.text, date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15` })).join('\n') + '\n');
    const s1 = Store.open(join(dir, 'ingest.db'));
    const r = await ingestPaths(s1, [jsonl], { lexicon: lex });
    out['archive ingest (articles/s, code + store)'] = r.coded / r.seconds;
    out['archive ingest articles'] = r.coded;
    out['archive ingest events'] = r.events;
    // the store alone: the same coded articles inserted again into a fresh archive, without coding
    const coded = s1.listArticles({}, { limit: 500, offset: 0 }).items.map((a) => s1.getArticle(a.id)!);
    const s2 = Store.open(join(dir, 'insert.db'));
    const t0 = performance.now();
    let inserted = 0;
    for (let round = 0; inserted < 3000; round++) {
      s2.transaction(() => {
        for (const a of coded) { s2.insertArticle({ ...a, lang: a.lang ?? 'en', text: `${a.text} ${round}` }, { events: a.events, quotes: [], sentences: a.sentences ?? 0 }, 'bench'); inserted++; }
      });
    }
    out['archive store insert (articles/s, no coding)'] = inserted / ((performance.now() - t0) / 1000);
    s1.close();
    s2.close();

    // 2. API latency on ≥ 100,000 events, over a loopback socket
    const s3 = Store.open(join(dir, 'api.db'));
    const t1 = performance.now();
    const codes = fillSynthetic(s3, EVENTS);
    out['archive synthetic fill (events/s)'] = EVENTS / ((performance.now() - t1) / 1000);
    s3.db.pragma('optimize');
    out['archive api events'] = s3.counts().events;
    const srv = await startServer(s3, { host: '127.0.0.1', port: 0, lexicon: lex });
    if (!srv.ok) throw new Error(srv.error);
    try {
      const r2 = rng(11);
      const pick = () => codes[Math.floor(r2() * 12)]!; // the busiest part of the graph
      await latency(srv.listening.url, () => '/api/network', 5); // warm-up
      const net = await latency(srv.listening.url, () => '/api/network');
      out['api /api/network p50 (ms)'] = net.p50;
      out['api /api/network p99 (ms)'] = net.p99;
      const netYear = await latency(srv.listening.url, () => '/api/network?from=2024-01-01&to=2024-12-31&status=all');
      out['api /api/network?from&to&status=all p50 (ms)'] = netYear.p50;
      out['api /api/network?from&to&status=all p99 (ms)'] = netYear.p99;
      const intervals = ['day', 'week', 'month'];
      const dy = await latency(srv.listening.url, () => { const a = pick(); let b = pick(); if (b === a) b = codes[13]!; return `/api/dyads/${a}/${b}?interval=${intervals[Math.floor(r2() * 3)]}`; });
      out['api /api/dyads p50 (ms)'] = dy.p50;
      out['api /api/dyads p99 (ms)'] = dy.p99;
      const evs = await latency(srv.listening.url, () => `/api/events?actor=${pick()}&limit=50`);
      out['api /api/events?actor p50 (ms)'] = evs.p50;
      out['api /api/events?actor p99 (ms)'] = evs.p99;
    } finally {
      await srv.listening.close();
      s3.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const r = await benchArchive();
  for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v.toFixed(1)}`);
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
