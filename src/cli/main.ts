// dyad command line: parse arguments, call the core or the store, print. Nothing else lives here.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createReadStream, statSync } from 'node:fs';
import { Progress } from '../ingest/progress.ts';
import { codeDocument } from '../core/pipeline.ts';
import { isoDate } from '../core/dates.ts';
import { loadLexicon, buildLexicon, LEXICON_DIR } from '../lexicon/load.ts';
import { readTextFile } from '../io/read-text.ts';
import { eventTable } from './format.ts';
import { parseBatchLine } from '../io/batch.ts';
import { extractPage } from '../ingest/html.ts';

const HELP = `dyad — political events from news: who did what to whom, when, where, in whose words

Usage:
  dyad code <file|-> [...] [--date YYYY-MM-DD] [--lang it|en|…] [--format table|json]
  dyad code --jsonl <docs.jsonl|-> [--date YYYY-MM-DD]      one {"id","events"} line per input line
  dyad check                                                  check the lexicons, print every problem
  dyad compile                                                rebuild build/lexicon.json
  dyad ingest | recode | serve | export                       the archive (see docs/archive.md)

Run "dyad <command> --help" for details.`;

const today = () => new Date().toISOString().slice(0, 10);

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'code': return code(rest);
    case 'check': return check();
    case 'ingest': case 'recode': case 'serve': case 'export': {
      const { archiveCommand } = await import('./archive.ts');
      return archiveCommand(cmd, rest);
    }
    case 'compile': { const { problems } = buildLexicon(); console.error(`Compiled lexicons (${problems.length} problem${problems.length === 1 ? '' : 's'}; run "dyad check" to list them).`); return 0; }
    case undefined: case '-h': case '--help': case 'help': console.log(HELP); return cmd ? 0 : 2;
    default: {
      console.error(`Unknown command "${cmd}". Expected one of: code, check, compile, ingest, recode, serve, export.\n\n${HELP}`);
      return 2;
    }
  }
}

function check(): number {
  const { problems } = buildLexicon();
  for (const p of problems) console.log(`lexicons/${p.file}:${p.line}: ${p.message}`);
  console.error(problems.length ? `${problems.length} problem(s) in ${LEXICON_DIR}` : 'Lexicons OK');
  return problems.length ? 1 : 0;
}

async function code(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { date: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string', default: 'table' }, jsonl: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(HELP); return 0; }
  if (values.date !== undefined && !isoDate(values.date)) { console.error(`Expected --date as YYYY-MM-DD, found "${values.date}"`); return 2; }
  if (!['table', 'json'].includes(values.format!)) { console.error(`Expected --format table or json, found "${values.format}"`); return 2; }
  const date = values.date ?? today();
  if (!values.date) console.error(`No --date given: resolving relative dates against today, ${date}${values.jsonl !== undefined ? ' (for lines without a "date")' : ''}.`);
  const lex = loadLexicon();
  if (values.jsonl !== undefined) return batch(values.jsonl, date, lex);
  if (!positionals.length) { console.error('Expected a file to code (or - for standard input), found none.\n\n' + HELP); return 2; }
  let failed = 0;
  const all: unknown[] = [];
  for (const file of positionals) {
    const read = file === '-' ? await readStdin() : readTextFile(file);
    if (!read.ok) { console.error(read.error.message); failed++; continue; }
    // a web page: its main text, and its own date and language unless given (the same extraction as ingest)
    let text = read.text, pageDate: string | null = null, pageLang: string | null = null;
    if (/\.x?html?$/i.test(file)) {
      const page = extractPage(read.text);
      if (!page.ok) { console.error(`Cannot read "${file}": ${page.message}`); failed++; continue; }
      ({ text, date: pageDate, lang: pageLang } = page.article);
    }
    const lang = values.lang ?? pageLang ?? undefined;
    const res = codeDocument(text, lex, { date: values.date ?? pageDate ?? date, ...(lang ? { lang } : {}) });
    if (!res.ok) { console.error(`${file}: ${res.error.message}`); failed++; continue; }
    if (values.format === 'json') all.push({ file, lang: res.lang, events: res.events, quotes: res.quotes });
    else {
      if (positionals.length > 1) console.log(`\n== ${file} (${res.lang}) ==`);
      console.log(eventTable(res.events));
    }
  }
  if (values.format === 'json') console.log(JSON.stringify(positionals.length === 1 ? all[0] ?? null : all, null, 2));
  return failed ? 1 : 0;
}

async function readStdin() {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const { decodeText } = await import('../io/read-text.ts');
  return decodeText(Buffer.concat(chunks), 'standard input');
}

async function batch(path: string, date: string, lex: ReturnType<typeof loadLexicon>): Promise<number> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const rl = createInterface({ input, crlfDelay: Infinity });
  // a file's size gives progress with an ETA (a bar on a terminal, a line every few seconds in logs)
  const size = path === '-' ? 0 : (() => { try { return statSync(path).size; } catch { return 0; } })();
  const progress = size > 1024 * 1024 ? new Progress({ unit: 'bytes', total: size, label: 'coding' }) : null;
  let n = 0, failed = 0;
  try {
    for await (const line of rl) {
      n++;
      progress?.tick(Buffer.byteLength(line) + 1, 1);
      if (!line.trim()) continue;
      const doc = parseBatchLine(line, n);
      let out: unknown;
      if (!doc.ok) { out = { id: doc.id, error: doc.error }; failed++; }
      else {
        try {
          const res = codeDocument(doc.text, lex, { date: doc.date ?? date, ...(doc.lang ? { lang: doc.lang } : {}) });
          out = res.ok ? { id: doc.id, lang: res.lang, events: res.events } : { id: doc.id, error: res.error.message };
          if (!res.ok) failed++;
        } catch (e) {
          // a bug in dyad must not cost the rest of the batch: say so on this line and go on
          out = { id: doc.id, error: `line ${n}: internal error while coding (please report it): ${(e as Error).message}` };
          failed++;
        }
      }
      if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    }
  } catch (e) {
    console.error(`Cannot read "${path}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 1;
  }
  progress?.stop();
  console.error(`${n} line(s), ${failed} with errors.`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
