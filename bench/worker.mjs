// Worker entry for the multi-core benchmark: registers tsx, then codes its share of the corpus.
import { register } from 'tsx/esm/api';
import { parentPort, workerData } from 'node:worker_threads';

register();
const { codeAll } = await import('./code-all.ts');
parentPort.postMessage(codeAll(workerData.docs, true));
