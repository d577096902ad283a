// npm run bench: coding throughput on one core and on every core, peak memory, then the archive benchmarks.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { generateCorpus } from './corpus.ts';
import { codeAll } from './code-all.ts';
import { loadLexicon } from '../src/lexicon/load.ts';

const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 20_000);

{
  let peak = 0;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const timer = setInterval(sample, 20);
  const docs = generateCorpus(SENTENCES);
  const sentences = docs.reduce((n, d) => n + d.sentences, 0);
  loadLexicon();
  codeAll(docs.slice(0, 50), true); // warm up the JIT and caches
  const one = codeAll(docs, true);
  sample();
  clearInterval(timer);
  const singlePeak = peak;
  const cores = availableParallelism();
  const t0 = performance.now();
  const chunks = Array.from({ length: cores }, (_, i) => docs.filter((_, k) => k % cores === i));
  const results = await Promise.all(chunks.map((c) => new Promise<{ ms: number }>((res, rej) => {
    const w = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { docs: c } });
    w.once('message', res); w.once('error', rej);
  })));
  const allMs = performance.now() - t0;
  const rate = (sentences * 1000) / one.ms;
  console.log(`corpus: ${docs.length} generated articles, ${sentences} sentences (it + en), language detected per article`);
  console.log(`one core: ${rate.toFixed(0)} sentences/s (${one.ms.toFixed(0)} ms, ${one.events} events)`);
  const slowest = Math.max(...results.map((r) => r.ms));
  console.log(`${cores} cores (worker threads): ${((sentences * 1000) / slowest).toFixed(0)} sentences/s while coding, ${((sentences * 1000) / slowest / cores).toFixed(0)} per core (slowest worker ${slowest.toFixed(0)} ms); ${((sentences * 1000) / allMs).toFixed(0)} sentences/s wall-clock including worker start-up`);
  console.log(`peak resident memory of the single-core run: ${(singlePeak / 1024 / 1024).toFixed(0)} MB`);
  console.log(`target: ≥ 5000 sentences/s on one core, < 300 MB → ${rate >= 5000 && singlePeak < 300 * 1024 * 1024 ? 'met' : 'NOT met'}`);
  if (existsSync(new URL('./archive.ts', import.meta.url))) {
    const { benchArchive } = await import('./archive.ts');
    const r = await benchArchive();
    for (const [k, v] of Object.entries(r)) console.log(`${k}: ${typeof v === 'number' ? v.toFixed(1) : v}`);
  }
}
