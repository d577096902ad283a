// Worker entry for parallel ingest: registers tsx (no build step), then codes the articles it is sent.
import { register } from 'tsx/esm/api';

register();
await import('./code-worker.ts');
