// Crash and resume: `dyad ingest` killed with SIGKILL mid-way, then run again, leaves every article exactly once with its events.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadLexicon } from '../src/lexicon/load.ts';
import { codeDocument } from '../src/core/pipeline.ts';

const ROOT = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const ACTORS_EN = ['Russia', 'China', 'the United States', 'France', 'Japan', 'Iran', 'Turkey', 'the European Union', 'North Korea', 'Ukraine'];
const VERBS_EN = ['accused', 'met', 'condemned', 'criticised', 'threatened', 'supported', 'thanked', 'urged', 'rejected'];
const ACTORS_IT = ['la Russia', 'la Cina', 'gli Stati Uniti', 'la Francia', 'il Giappone', "l'Iran", 'la Turchia', "l'Unione Europea", 'la Corea del Nord', "l'Ucraina"];
const VERBS_IT = ['ha accusato', 'ha incontrato', 'ha condannato', 'ha criticato', 'ha minacciato', 'ha sostenuto', 'ha ringraziato', 'ha respinto'];

/** Deterministic articles of a few kilobytes, each with its own serial number so no two are the same. */
function article(i: number): string {
  let s = i * 2654435761 >>> 0;
  const r = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const it = i % 2 === 1;
  const out = [it ? `Dispaccio numero ${i} della nostra redazione.` : `Dispatch number ${i} from our newsroom.`];
  for (let k = 0; k < 30; k++) {
    const [A, V] = it ? [ACTORS_IT, VERBS_IT] : [ACTORS_EN, VERBS_EN];
    const a = pick(A);
    let b = pick(A);
    if (b === a) b = A[(A.indexOf(a) + 1) % A.length]!;
    const cap = a.charAt(0).toUpperCase() + a.slice(1);
    out.push(k % 6 === 5 ? (it ? 'Gli analisti seguono con attenzione gli sviluppi della situazione.' : 'Analysts are following the situation closely.') : `${cap} ${pick(V)} ${b}.`);
    if (k % 5 === 4) out.push('\n\n');
  }
  return out.join(' ');
}

function runIngest(dir: string, db: string): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/dyad'), 'ingest', dir, '--db', db, '--batch', '20', '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((res) => child.on('close', (code, signal) => res({ code, signal, stderr })));
  return { child, done };
}

function committed(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try { return c.prepare('SELECT count(*) FROM articles').pluck().get() as number; } finally { c.close(); }
  } catch { return 0; } // not created yet, or the schema is being written
}

test('kill -9 in the middle of an ingest, run it again: nothing lost, nothing doubled', { timeout: 90_000 }, async (t) => {
  const N = 400;
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  const texts = new Map<string, string>();
  for (let i = 0; i < N; i++) {
    const p = join(dir, `a${String(i).padStart(4, '0')}.txt`);
    const text = article(i);
    writeFileSync(p, text);
    texts.set(p, text);
  }
  const db = join(tmp, 'crash.db');

  const run1 = runIngest(dir, db);
  const deadline = Date.now() + 60_000;
  while (committed(db) < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  run1.child.kill('SIGKILL');
  const r1 = await run1.done;
  assert.equal(r1.signal, 'SIGKILL', `the first run ended by itself before it could be killed: ${r1.stderr}`);
  const afterKill = committed(db);
  assert.ok(afterKill >= 60 && afterKill < N, `killed mid-way: ${afterKill} of ${N} stored`);
  assert.equal(afterKill % 20, 0, 'only whole batches were committed');
  t.diagnostic(`killed after ${afterKill} of ${N} articles were committed`);

  const r2 = await runIngest(dir, db).done;
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stderr, new RegExp(`duplicates\\s+${afterKill} `), r2.stderr);
  assert.match(r2.stderr, new RegExp(`coded\\s+${N - afterKill} `), r2.stderr);

  const c = new Database(db, { readonly: true });
  try {
    assert.equal(c.prepare('SELECT count(*) FROM articles').pluck().get(), N);
    assert.equal(c.prepare('SELECT count(DISTINCT source_path) FROM articles').pluck().get(), N);
    assert.equal(c.prepare('SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get(), 0);
    assert.equal(c.prepare('SELECT count(*) FROM articles_fts').pluck().get(), N, 'the full-text index has each article once');
    const lex = loadLexicon();
    const rows = c.prepare('SELECT a.source_path AS path, a.date, a.lang, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n FROM articles a').all() as Array<{ path: string; date: string; lang: string; n: number }>;
    let total = 0;
    for (const row of rows) {
      const res = codeDocument(texts.get(row.path)!, lex, { date: row.date });
      assert.ok(res.ok);
      assert.equal(row.n, res.events.length, `${row.path}: stored events = coded events`);
      total += res.events.length;
    }
    assert.equal(c.prepare('SELECT count(*) FROM events').pluck().get(), total);
    assert.ok(total > 0, 'the generated articles code to events');
  } finally {
    c.close();
  }
});
