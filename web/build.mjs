// Bundles the dashboard (web/src/*.ts, d3-force, the core's text normalisation) into web/dist/ with esbuild.
// Run by `npm install` (the "prepare" script) and by `npm run build:web`; the browser test calls build() too.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rmSync } from 'node:fs';

const WEB = dirname(fileURLToPath(import.meta.url));

/** Writes web/dist/app.js (+ .map). Returns the output files. */
export async function build({ quiet = false } = {}) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (e) {
    throw new Error(`Cannot build the dashboard: expected the esbuild package, found none (${e.message}); run npm install`);
  }
  const out = join(WEB, 'dist');
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  const res = await esbuild.build({
    entryPoints: [join(WEB, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    outfile: join(out, 'app.js'),
    metafile: true,
    logLevel: 'silent',
    legalComments: 'eof',
  });
  const files = Object.keys(res.metafile.outputs);
  if (!quiet) {
    const bytes = Object.entries(res.metafile.outputs).filter(([f]) => f.endsWith('.js')).reduce((n, [, o]) => n + o.bytes, 0);
    console.error(`dashboard built: web/dist/app.js (${(bytes / 1024).toFixed(0)} KB) in ${Date.now() - started} ms`);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // under `npm install` (--prepare) a failed build warns instead of failing the install: the API and CLI still work
  const prepare = process.argv.includes('--prepare');
  try {
    await build();
  } catch (e) {
    console.error(`${e.message ?? e}${prepare ? '\nThe dashboard is not built; the API and CLI work. Build it with: npm run build:web' : ''}`);
    process.exit(prepare ? 0 : 1);
  }
}
