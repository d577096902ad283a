import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeDocument } from './pipeline.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lex = loadLexicon();

test('quotations of three words or more, with the actor who speaks them', () => {
  const text = 'Il ministro degli Esteri cinese ha dichiarato: “Condanniamo con forza le provocazioni degli Stati Uniti”. Kim parla di “autodifesa”.';
  const res = codeDocument(text, lex, { date: '2024-01-01', lang: 'it' });
  assert.ok(res.ok);
  assert.equal(res.quotes.length, 1, 'the one-word scare quote is not a quotation');
  const q = res.quotes[0]!;
  assert.equal(q.text, 'Condanniamo con forza le provocazioni degli Stati Uniti');
  assert.equal(text.slice(q.span[0], q.span[1]), q.text);
  assert.equal(q.speaker?.code, 'CHN');
  const ev = res.events.find((e) => e.type === 'ACCUSE');
  assert.equal(ev?.quote?.text, q.text, 'an event inside a quotation carries it');
});

test('the span of a quotation excludes the spaces inside its marks', () => {
  const text = 'Le ministre a déclaré : « Nous condamnons fermement cette attaque » devant la presse.';
  const res = codeDocument(text, lex, { date: '2024-01-01', lang: 'fr' });
  assert.ok(res.ok);
  const q = res.quotes[0]!;
  assert.equal(text.slice(q.span[0], q.span[1]), 'Nous condamnons fermement cette attaque');
});
