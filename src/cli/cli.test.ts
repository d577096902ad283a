// The CLI as a user runs it: spawned as a process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/dyad');
const dyad = (args: string[], input?: string) => spawnSync(BIN, args, { encoding: 'utf8', input, timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const file = (name: string, body: string | Buffer) => { const p = join(tmp, name); writeFileSync(p, body); return p; };

const ARTICLE = 'Il ministro degli Esteri italiano ha condannato la Russia. Ieri la Polonia ha espulso un diplomatico bielorusso.';

test('dyad code prints a table of events', () => {
  const r = dyad(['code', file('a.txt', ARTICLE), '--date', '2024-11-30']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ITA GOV .*ACCUSE.*RUS/);
  assert.match(r.stdout, /POL .*SANCTION.*BLR .*2024-11-29/);
});

test('dyad code --format json gives events with evidence and the rule that fired', () => {
  const r = dyad(['code', file('b.txt', ARTICLE), '--date', '2024-11-30', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.lang, 'it');
  const ev = out.events.find((e: { type: string }) => e.type === 'ACCUSE');
  assert.equal(ev.source.code, 'ITA');
  assert.equal(ev.target.code, 'RUS');
  assert.equal(ev.sentence.text, 'Il ministro degli Esteri italiano ha condannato la Russia.');
  assert.equal(ARTICLE.slice(ev.trigger.span[0], ev.trigger.span[1]), ev.trigger.text);
  assert.match(ev.rule.file, /it\/triggers\.yaml/);
  assert.ok(ev.rule.line > 0);
});

test('without --date, dyad says it uses today', () => {
  const r = dyad(['code', file('c.txt', ARTICLE)]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /No --date given: resolving relative dates against today/);
});

test('dyad code --jsonl keeps input order and turns bad lines into errors without stopping', () => {
  const lines = [
    JSON.stringify({ id: 'one', text: ARTICLE, date: '2024-11-30' }),
    '{not json',
    JSON.stringify({ id: 'two', text: 42 }),
    JSON.stringify({ id: 'three', text: 'The United States condemned Iran.', lang: 'en', date: '2024-01-02' }),
    JSON.stringify({ id: 'four', text: '   ' }),
  ].join('\n');
  const r = dyad(['code', '--jsonl', '-', '--date', '2024-11-30'], lines);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['one', null, 'two', 'three', 'four']);
  assert.ok(out[0].events.length >= 2);
  assert.match(out[1].error, /line 2: expected a JSON object, found invalid JSON/);
  assert.match(out[2].error, /expected "text" as a string, found 42/);
  assert.equal(out[3].events[0].source.code, 'USA');
  assert.match(out[4].error, /empty/);
  assert.equal(r.status, 1);
});

test('bad files get a clear message and the other files are still coded', () => {
  const good = file('good.txt', 'The United States condemned Iran.');
  const r = dyad(['code', file('empty.txt', ''), file('bin.dat', Buffer.from([0x50, 0x4b, 0, 0, 1, 2])), file('latin1.txt', Buffer.from([0x63, 0x69, 0x74, 0xe0, 0x20, 0x62])), join(tmp, 'missing.txt'), good, '--date', '2024-01-02', '--lang', 'en']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /empty\.txt": expected article text, found an empty file/);
  assert.match(r.stderr, /bin\.dat": expected UTF-8 text, found binary data/);
  assert.match(r.stderr, /latin1\.txt": expected UTF-8 text, found invalid UTF-8 at byte 3/);
  assert.match(r.stderr, /missing\.txt": no such file/);
  assert.match(r.stdout, /USA .*ACCUSE.*IRN/);
});

test('a text in an unsupported language is refused with a clear message', () => {
  const r = dyad(['code', file('pt.txt', 'O presidente do Brasil reuniu-se ontem com os ministros para discutir a economia e a política externa do país.'), '--date', '2024-01-02']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Expected a text in one of .*it.*, found language "pt"/);
});

test('bad options are refused with what was expected', () => {
  assert.match(dyad(['code', 'x.txt', '--date', '30/11/2024']).stderr, /Expected --date as YYYY-MM-DD, found "30\/11\/2024"/);
  assert.match(dyad(['code', 'x.txt', '--format', 'xml']).stderr, /Expected --format table or json, found "xml"/);
  assert.match(dyad(['frobnicate']).stderr, /Unknown command "frobnicate"/);
});

test('dyad check passes on the project lexicons', () => {
  const r = dyad(['check']);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stderr, /Lexicons OK/);
});

test('dyad code reads a web page: its main text, date and language', () => {
  const page = `<!doctype html><html lang="en"><head><title>Talks</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks in Ankara</h1><p>The Turkish foreign minister met his Greek counterpart in Ankara on Monday to discuss maritime disputes in the Aegean.</p>
<p>Both sides described the meeting as constructive and agreed to meet again in the spring.</p></article><footer>Contact us</footer></body></html>`;
  const r = dyad(['code', file('page.html', page), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.lang, 'en');
  const meet = out.events.find((e: { source: { code: string }; type: string }) => e.type === 'CONSULT' && e.source.code === 'TUR');
  assert.equal(meet.target.code, 'GRC');
  assert.equal(meet.date, '2024-03-04', 'Monday before the page\'s own date');
});
