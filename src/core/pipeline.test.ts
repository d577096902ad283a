import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDocument } from './pipeline.ts';
import { loadLexicon } from '../lexicon/load.ts';
import type { CodedEvent } from './types.ts';

const lex = loadLexicon();
const SEED = join(import.meta.dirname, '../../../shared/examples/seed-it.txt');
const key = (e: CodedEvent) => `${e.source.code} ${e.type} ${e.target?.code ?? '-'}`;

test('the seed article gives the events of DESIGN.md', (t) => {
  if (!existsSync(SEED)) { t.skip(`skipped: ${SEED} is absent (the shared folder is not beside this checkout)`); return; }
  const res = codeDocument(readFileSync(SEED, 'utf8'), lex, { date: '2024-11-30' });
  assert.ok(res.ok);
  assert.equal(res.lang, 'it');
  const asserted = res.events.filter((e) => e.status === 'asserted');
  const keys = new Set(asserted.map(key));
  for (const k of ['PRK SUPPORT RUS', 'PRK CONSULT RUS', 'RUS CONSULT PRK', 'PRK ACCUSE WEST', 'PRK ACCUSE USA', 'PRK COOPERATE RUS', 'RUS COOPERATE PRK', 'WEST ACCUSE PRK', 'WEST ACCUSE RUS'])
    assert.ok(keys.has(k), `missing asserted ${k}; got ${[...keys].join(', ')}`);
  assert.ok(res.events.some((e) => key(e) === 'USA AID UKR' && e.status === 'claimed'), 'USA AID UKR should be claimed');
  assert.ok(!asserted.some((e) => e.type === 'AID'), 'no asserted AID');
  const meeting = asserted.find((e) => key(e) === 'RUS CONSULT PRK' && e.source.actor_id === 'andrei-belousov')!;
  assert.ok(meeting, 'Belousov is the Russian party of the meeting');
  assert.equal(meeting.source.sector, 'MIL');
  assert.equal(meeting.mode, 'visit');
  assert.deepEqual(meeting.location, { name: 'Pyongyang', code: 'PRK' });
  const kim = asserted.find((e) => e.source.actor_id === 'kim-jong-un')!;
  assert.deepEqual([kim.source.code, kim.source.sector], ['PRK', 'GOV']);
  const coop = asserted.find((e) => key(e) === 'PRK COOPERATE RUS')!;
  assert.ok(coop.context.includes('military'));
  const west = asserted.find((e) => key(e) === 'WEST ACCUSE RUS')!;
  assert.equal(west.mode, 'disapprove');
  // nothing asserted goes the wrong way
  for (const bad of ['UKR AID USA', 'RUS ACCUSE PRK', 'USA ACCUSE PRK', 'UKR ASSAULT RUS', 'WEST ACCUSE WEST', 'USA AID UKR'])
    assert.ok(!keys.has(bad), `unexpected asserted ${bad}`);
  for (const e of asserted) {
    assert.ok(e.source.code && e.source.code !== e.target?.code, `self or empty event ${key(e)}`);
    assert.equal(res.ok && readFileSync(SEED, 'utf8').normalize('NFC').replace(/[’‘]/g, "'").slice(e.trigger.span[0], e.trigger.span[1]), e.trigger.text);
  }
});

test('expected problems come back as values with a clear message', () => {
  const empty = codeDocument('  \n ', lex, { date: '2024-01-01' });
  assert.deepEqual(empty.ok ? null : empty.error.code, 'empty');
  const date = codeDocument('La Russia ha condannato la Francia.', lex, { date: '2024-13-01' });
  assert.match(date.ok ? '' : date.error.message, /Expected a publication date as YYYY-MM-DD, found "2024-13-01"/);
  const lang = codeDocument('La Russia ha condannato la Francia.', lex, { date: '2024-01-01', lang: 'xx' });
  assert.match(lang.ok ? '' : lang.error.message, /Expected a text in one of .*found language "xx"/);
});

test('a text with no political event gives no event', () => {
  const res = codeDocument('Oggi a Roma splende il sole e le temperature sono miti.', lex, { date: '2024-01-01', lang: 'it' });
  assert.ok(res.ok);
  assert.deepEqual(res.events, []);
});

test('the same event told twice in an article is one event with two mentions', () => {
  const res = codeDocument('La Francia ha condannato la Russia. Parigi ha poi condannato di nuovo Mosca.', lex, { date: '2024-01-01', lang: 'it' });
  assert.ok(res.ok);
  const acc = res.events.filter((e) => key(e) === 'FRA ACCUSE RUS');
  assert.equal(acc.length, 1);
  assert.equal(acc[0]!.mentions, 2);
});

test('words that are names of built-in object properties are just words', () => {
  const res = codeDocument('The constructor said Russia attacked Ukraine. toString hasOwnProperty __proto__.', lex, { date: '2024-01-01', lang: 'en' });
  assert.ok(res.ok);
  assert.ok(res.events.some((e) => e.source.code === 'RUS' && e.type === 'ASSAULT' && e.target?.code === 'UKR'));
  const bad = codeDocument('text', lex, { date: '2024-01-01', lang: 'constructor' });
  assert.match(bad.ok ? '' : bad.error.message, /found language "constructor"/);
});

test('a sentence without stops is cut, so coding stays linear', () => {
  const res = codeDocument('la Francia ha condannato la Russia, '.repeat(2000), lex, { date: '2024-01-01', lang: 'it' });
  assert.ok(res.ok);
  assert.ok(res.sentences > 40, `got ${res.sentences} pieces`);
  assert.equal(res.events.find((e) => e.type === 'ACCUSE')?.source.code, 'FRA');
});

test('a later telling of the same event adds its date, place and mode', () => {
  const res = codeDocument('Putin met Xi Jinping.\nPutin met Xi Jinping in Beijing on Monday.', lex, { date: '2024-05-16', lang: 'en' });
  assert.ok(res.ok);
  const meet = res.events.find((e) => e.source.code === 'RUS' && e.type === 'CONSULT')!;
  assert.equal(meet.mentions, 2);
  assert.deepEqual([meet.date, meet.location?.code, meet.mode], ['2024-05-13', 'CHN', 'visit']);
});

test('an armed group stands for its country with the rebels\' sector, in every language', () => {
  for (const [text, lang] of [['Hezbollah fired rockets at northern Israel.', 'en'], ['Хезболла обстреляла север Израиля.', 'ru'], ['Hamas ha attaccato Israele.', 'it']] as const) {
    const res = codeDocument(text, lex, { date: '2024-01-01', lang });
    assert.ok(res.ok);
    const e = res.events.find((x) => x.type === 'ASSAULT');
    assert.ok(e, `${lang}: an ASSAULT in "${text}"`);
    assert.deepEqual([e.source.code, e.source.sector], [lang === 'it' ? 'PSE' : 'LBN', 'REB']);
  }
});
