// Coding articles for ingest: in this thread, or spread over worker threads (one lexicon each) when the input is large.
import { Worker } from 'node:worker_threads';
import { codeDocument } from '../core/pipeline.ts';
import type { Lexicon } from '../core/lexicon-types.ts';
import type { CodeOptions, CodeResult } from '../core/types.ts';

export interface Coder {
  code(text: string, opts: CodeOptions): Promise<CodeResult>;
  /** how many articles may be in flight at once (1: code one at a time) */
  readonly parallel: number;
  close(): Promise<void>;
}

export function inlineCoder(lex: Lexicon): Coder {
  return { parallel: 1, code: async (text, opts) => codeDocument(text, lex, opts), close: async () => {} };
}

interface Job { text: string; opts: CodeOptions; resolve: (r: CodeResult) => void }

/** `n` worker threads coding with the same lexicon (sent as JSON: parsing it is far quicker than compiling); if a worker fails, its articles are coded here instead. */
export function workerCoder(lex: Lexicon, n: number): Coder {
  const inline = (j: Job) => j.resolve(codeDocument(j.text, lex, j.opts));
  let nextId = 0;
  const json = JSON.stringify(lex);
  const workers = Array.from({ length: n }, () => {
    const jobs = new Map<number, Job>();
    const w = new Worker(new URL('./code-worker.mjs', import.meta.url), { workerData: { lexicon: json } });
    const slot = { w, jobs, broken: false };
    w.on('message', (m: { id: number; res: CodeResult }) => {
      const j = jobs.get(m.id);
      if (!j) return;
      jobs.delete(m.id);
      j.resolve(m.res);
    });
    const fail = () => {
      slot.broken = true;
      for (const j of jobs.values()) inline(j);
      jobs.clear();
    };
    w.on('error', fail);
    w.on('exit', fail);
    return slot;
  });
  return {
    parallel: n * 8,
    code(text, opts) {
      return new Promise<CodeResult>((resolve) => {
        const live = workers.filter((s) => !s.broken);
        if (!live.length) { resolve(codeDocument(text, lex, opts)); return; }
        const s = live.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
        const id = nextId++;
        s.jobs.set(id, { text, opts, resolve });
        s.w.postMessage({ id, text, opts });
      });
    },
    async close() {
      for (const s of workers) s.broken = true;
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}
