// Inside a worker thread: takes the ingest's own lexicon (as JSON), then answers {id, text, opts} with the core's CodeResult.
import { parentPort, workerData } from 'node:worker_threads';
import { codeDocument } from '../core/pipeline.ts';
import type { Lexicon } from '../core/lexicon-types.ts';
import { parseLexicon } from '../lexicon/load.ts';
import type { CodeOptions } from '../core/types.ts';

const lex: Lexicon = parseLexicon((workerData as { lexicon: string }).lexicon);
parentPort!.on('message', (m: { id: number; text: string; opts: CodeOptions }) => {
  parentPort!.postMessage({ id: m.id, res: codeDocument(m.text, lex, m.opts) });
});
