import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.ts';

const it = { lang: 'it', abbreviations: new Set(['sig', 'on', 'dott']), elision: true };

test('sentences split within paragraphs and at line breaks, with spans into the text', () => {
  const text = 'Titolo senza punto\nPrima frase. Seconda frase!';
  const s = segment(text, it);
  assert.deepEqual(s.map((x) => x.text), ['Titolo senza punto', 'Prima frase.', 'Seconda frase!']);
  for (const x of s) assert.equal(text.slice(x.span[0], x.span[1]), x.text);
});

test('an abbreviation does not end a sentence', () => {
  const s = segment("Lo ha detto il sig. Rossi all'on. Bianchi. Poi è partito.", it);
  assert.equal(s.length, 2);
  assert.match(s[0]!.text, /Bianchi\.$/);
});

test('an initial does not end a sentence', () => {
  const s = segment('Talks were led by John F. Kennedy in Vienna. They failed.', { lang: 'en', abbreviations: new Set(), elision: false });
  assert.equal(s.length, 2);
});

test('a very long paragraph is cut only at sentence ends', () => {
  const one = 'La Francia ha condannato la Russia per gli attacchi contro il sig. Rossi. ';
  const text = one.repeat(3000);
  const s = segment(text, it);
  assert.equal(s.length, 3000);
  assert.ok(s.every((x) => x.text === one.trim()));
});

test('abbreviations with inner dots from the lexicon keep their sentence together', async () => {
  const { loadLexicon } = await import('../lexicon/load.ts');
  const L = loadLexicon().langs.en!;
  const s = segment('Officials in the U.S. Congress met on Monday. They agreed.', { lang: 'en', abbreviations: new Set(L.language.abbreviations), elision: false });
  assert.deepEqual(s.map((x) => x.text), ['Officials in the U.S. Congress met on Monday.', 'They agreed.']);
});
