import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, isoDate } from './dates.ts';
import { tokenize } from './text.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lex = loadLexicon();
const date = (text: string, lang: string, pub: string) => {
  const t = tokenize(text, 0, { elision: lang === 'it' });
  return findDate(t, 0, t.length, lex.langs[lang]!.language, pub);
};

test('absolute dates in Italian and English', () => {
  assert.deepEqual(date('Il 5 aprile 2022 è stato convocato', 'it', '2022-04-06'), { date: '2022-04-05', precision: 'day' });
  assert.deepEqual(date('on April 5, 2022 the envoy', 'en', '2022-04-06'), { date: '2022-04-05', precision: 'day' });
  assert.deepEqual(date('nel marzo 2021', 'it', '2022-04-06'), { date: '2021-03-01', precision: 'month' });
});

test('a day and month without year take the publication year, or the year before when far ahead', () => {
  assert.equal(date('il 3 gennaio', 'it', '2024-01-10')?.date, '2024-01-03');
  assert.equal(date('il 28 dicembre', 'it', '2024-01-10')?.date, '2023-12-28');
});

test('relative days and weekdays resolve against the publication date', () => {
  assert.equal(date('ieri il ministro', 'it', '2024-11-30')?.date, '2024-11-29');
  assert.equal(date('yesterday the minister', 'en', '2024-11-30')?.date, '2024-11-29');
  // 2024-11-30 is a Saturday: last Monday is the 25th, next Monday the 2nd
  assert.equal(date('lunedì scorso', 'it', '2024-11-30')?.date, '2024-11-25');
  assert.equal(date('on Monday', 'en', '2024-11-30')?.date, '2024-11-25');
  assert.equal(date('next Monday', 'en', '2024-11-30')?.date, '2024-12-02');
});

test('English month names that are also words, and the date after an impossible one', () => {
  assert.equal(date('On May 5, 2024 the envoy left', 'en', '2024-06-01')?.date, '2024-05-05');
  assert.equal(date('officials may meet again', 'en', '2024-06-01'), null);
  assert.equal(date('not on 31 February 2024 but on 3 March 2024', 'en', '2024-06-01')?.date, '2024-03-03');
});

test('no date words, no date; invalid dates are not dates', () => {
  assert.equal(date('Il ministro ha parlato.', 'it', '2024-11-30'), null);
  assert.equal(date('the 31 February 2024 meeting', 'en', '2024-11-30'), null);
  assert.equal(isoDate('2024-02-30'), false);
  assert.equal(isoDate('2024-02-29'), true);
});
