// Inside a worker thread: loads the lexicon once, then answers {id, text, opts} with the core's CodeResult.
import { parentPort, workerData } from 'node:worker_threads';
import { codeDocument } from '../core/pipeline.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { CodeOptions } from '../core/types.ts';

const lex = loadLexicon();
// a worker whose lexicon on disk is not the one the ingest codes with says so, and the ingest codes those articles itself
const same = lex.version === (workerData as { version: string }).version;
parentPort!.on('message', (m: { id: number; text: string; opts: CodeOptions }) => {
  parentPort!.postMessage(same ? { id: m.id, res: codeDocument(m.text, lex, m.opts) } : { id: m.id, mismatch: lex.version });
});
