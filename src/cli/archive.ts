// The archive commands: ingest, recode, serve, export. Parse arguments, call the store/ingest/server/export, print.
import { parseArgs } from 'node:util';
import { createWriteStream, existsSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { isoDate } from '../core/dates.ts';
import { PLOVER_TYPES } from '../core/types.ts';
import { loadLexicon, PROJECT_ROOT } from '../lexicon/load.ts';
import { Store } from '../store/store.ts';
import { ingestPaths, recodeArchive, type IngestSummary } from '../ingest/ingest.ts';
import { startServer } from '../server/serve.ts';
import { EXPORT_FORMATS, exportArchive, GDELT_COLUMNS, type ExportFormat } from '../export/export.ts';

export const ARCHIVE_HELP = `Archive commands:
  dyad ingest <file|folder>... [--db dyad.db] [--batch 200] [--workers N] [--strict] [--no-progress]
      Code and store text (.txt), HTML pages (.html), RSS/Atom feeds (.xml/.rss/.atom) and JSONL
      batches (.jsonl); folders are walked recursively. The same article twice is stored once.
      --workers N: coding threads (default: none on two cores or under 8 MB of input, else one per core but one, up to 4).
  dyad recode [--db dyad.db] [--all] [--no-progress]
      Re-code stored articles coded with an older lexicon (--all: every article).
  dyad serve [--db dyad.db] [--port 8080] [--host 127.0.0.1] [--token T] [--web DIR]
      JSON API (see /openapi.json) and the dashboard. A non-loopback --host needs a token (or DYAD_TOKEN).
  dyad export [--db dyad.db] --format plover|csv|gdelt|graphml [--from D] [--to D] [--actor PRK]
              [--status asserted] [--type ASSAULT] [--out file]
      PLOVER JSON lines, CSV, GDELT-like TSV (${GDELT_COLUMNS.join(', ')}), or the actor network as GraphML.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function openStore(path: string, readonly = false): Store | null {
  if (readonly && !existsSync(path)) { console.error(`Cannot open archive "${path}": expected an archive file, found nothing (run "dyad ingest <files> --db ${path}" first)`); return null; }
  try { return Store.open(path, { readonly }); } catch (e) { console.error((e as Error).message); return null; }
}

/** Ctrl-C once: finish the article in hand, commit, report. Twice: leave at once (the open batch rolls back). */
function stopOnSignal(what: string): { stop: () => boolean; done: () => void } {
  let stop = false;
  const handler = () => {
    if (stop) process.exit(130);
    stop = true;
    console.error(`\nInterrupted: committing what is coded, then stopping (Ctrl-C again to quit now; run the same ${what} again to continue).`);
  };
  process.on('SIGINT', handler);
  return { stop: () => stop, done: () => { process.off('SIGINT', handler); } };
}

export function formatIngestSummary(s: IngestSummary, db: string): string {
  const lines = [
    `${s.interrupted ? 'Interrupted after' : 'Ingested'} ${plural(s.files, 'file')} into ${db} in ${s.seconds.toFixed(1)} s (${(s.read / Math.max(s.seconds, 0.001)).toFixed(1)} articles/s):`,
    `  read        ${plural(s.read, 'article')}`,
    `  coded       ${s.coded} (${plural(s.events, 'event')}), stored`,
    `  duplicates  ${s.duplicates} (already in the archive, skipped)`,
    `  failed      ${s.failed.length}`,
  ];
  if (s.undated) lines.push(`  no date     ${s.undated} (stored with their file's modification date)`);
  if (s.ignored.size) lines.push(`  ignored     ${[...s.ignored].map(([ext, n]) => `${n} ${ext}`).join(', ')} file(s) in folders (not text, HTML, feed or JSONL)`);
  if (s.failed.length) {
    lines.push('Failures:');
    const shown = s.failed.slice(0, 200);
    for (const f of shown) lines.push(`  ${f}`);
    if (s.failed.length > shown.length) lines.push(`  … and ${s.failed.length - shown.length} more`);
  }
  return lines.join('\n');
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { db: { type: 'string', default: 'dyad.db' }, batch: { type: 'string', default: '200' }, workers: { type: 'string' }, strict: { type: 'boolean' }, 'no-progress': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(ARCHIVE_HELP); return 0; }
  if (!positionals.length) { console.error(`Expected files or folders to ingest, found none.\n\n${ARCHIVE_HELP}`); return 2; }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) { console.error(`Expected --batch as a whole number of articles per transaction, found "${values.batch}"`); return 2; }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) { console.error(`Expected --workers as a number of threads from 0 to 64, found "${values.workers}"`); return 2; }
  const store = openStore(values.db!);
  if (!store) return 1;
  const sig = stopOnSignal('ingest');
  try {
    const s = await ingestPaths(store, positionals, { lexicon: loadLexicon(), batchSize: batch, workers, progress: !values['no-progress'], shouldStop: sig.stop });
    console.error(formatIngestSummary(s, values.db!));
    if (s.interrupted) return 130;
    // a bad file among many is reported, not fatal; nothing usable at all is
    return s.failed.length && (values.strict || s.read === 0) ? 1 : 0;
  } finally {
    sig.done();
    store.close();
  }
}

async function recode(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string', default: 'dyad.db' }, all: { type: 'boolean' }, 'no-progress': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { console.log(ARCHIVE_HELP); return 0; }
  if (!existsSync(values.db!)) { console.error(`Cannot open archive "${values.db}": expected an archive file, found nothing`); return 1; }
  const store = openStore(values.db!);
  if (!store) return 1;
  const sig = stopOnSignal('recode');
  try {
    const lex = loadLexicon();
    const s = recodeArchive(store, lex, { all: values.all, progress: !values['no-progress'], shouldStop: sig.stop });
    console.error(`${s.interrupted ? 'Interrupted after re-coding' : 'Re-coded'} ${s.recoded} of ${plural(s.articles, 'article')} needing it with lexicon ${lex.version} in ${s.seconds.toFixed(1)} s: ${plural(s.events, 'event')}, ${s.failed.length} failed.`);
    for (const f of s.failed.slice(0, 200)) console.error(`  ${f}`);
    if (!s.articles) console.error('Every article was already coded with this lexicon (use --all to re-code anyway).');
    return s.interrupted ? 130 : s.failed.length ? 1 : 0;
  } finally {
    sig.done();
    store.close();
  }
}

async function serveCmd(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string', default: 'dyad.db' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, token: { type: 'string' }, web: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(ARCHIVE_HELP); return 0; }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) { console.error(`Expected --port as a number from 0 to 65535, found "${values.port}"`); return 2; }
  const store = openStore(values.db!);
  if (!store) return 1;
  const token = values.token ?? (process.env.DYAD_TOKEN || undefined);
  const webDir = values.web ?? join(PROJECT_ROOT, 'web');
  const res = await startServer(store, { host: values.host!, port, token, webDir, lexicon: loadLexicon });
  if (!res.ok) { console.error(res.error); store.close(); return 1; }
  const n = store.counts();
  console.error(`dyad serving ${values.db} (${plural(n.articles, 'article')}, ${plural(n.events, 'event')}) on ${res.listening.url}/  — API: ${res.listening.url}/openapi.json${token ? ' — POST routes need the bearer token' : ''}${existsSync(join(webDir, 'index.html')) ? '' : ' — no dashboard (web/ missing)'}`);
  const sig = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  void sig;
  await res.listening.close();
  store.close();
  return 0;
}

async function exportCmd(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'dyad.db' }, format: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, actor: { type: 'string' },
      status: { type: 'string' }, type: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { console.log(ARCHIVE_HELP); return 0; }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) { console.error(`Expected --format as one of ${EXPORT_FORMATS.join(', ')}, found ${values.format ? `"${values.format}"` : 'none'}`); return 2; }
  for (const k of ['from', 'to'] as const) if (values[k] !== undefined && !isoDate(values[k]!)) { console.error(`Expected --${k} as YYYY-MM-DD, found "${values[k]}"`); return 2; }
  const statuses = values.status?.split(',').map((s) => s.trim().toLowerCase());
  const bad = statuses?.find((s) => !['asserted', 'claimed', 'hypothetical', 'negated'].includes(s));
  if (bad !== undefined) { console.error(`Expected --status as asserted, claimed, hypothetical or negated (comma-separated), found "${bad}"`); return 2; }
  const types = values.type?.split(',').map((s) => s.trim().toUpperCase());
  const badType = types?.find((t) => !(PLOVER_TYPES as readonly string[]).includes(t));
  if (badType !== undefined) { console.error(`Expected --type as PLOVER types (${PLOVER_TYPES.join(', ')}), found "${badType}"`); return 2; }
  if (values.actor !== undefined && !/^[A-Za-z0-9_]{1,16}$/.test(values.actor)) { console.error(`Expected --actor as an actor code like PRK, found "${values.actor}"`); return 2; }
  const store = openStore(values.db!, true);
  if (!store) return 1;
  const filter = { from: values.from, to: values.to, actor: values.actor?.toUpperCase(), statuses, types };
  // write to a temporary file and rename at the end, so a failed export never leaves half a file under the real name
  const tmp = values.out ? `${values.out}.${process.pid}.tmp` : null;
  const out = tmp ? createWriteStream(tmp) : process.stdout;
  try {
    const n = await exportArchive(store, format, filter, async (chunk) => { if (!out.write(chunk)) await once(out, 'drain'); });
    if (tmp) {
      await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
      renameSync(tmp, values.out!);
    }
    console.error(`Exported ${plural(n, 'event')} as ${format}${values.out ? ` to ${values.out}` : ''}.`);
    return 0;
  } catch (e) {
    if (tmp && existsSync(tmp)) unlinkSync(tmp);
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    console.error(`Cannot export: ${(e as Error).message}`);
    return 1;
  } finally {
    store.close();
  }
}

export async function archiveCommand(cmd: string, args: string[]): Promise<number> {
  switch (cmd) {
    case 'ingest': return ingest(args);
    case 'recode': return recode(args);
    case 'serve': return serveCmd(args);
    case 'export': return exportCmd(args);
    default: throw new Error(`not an archive command: ${cmd}`);
  }
}
