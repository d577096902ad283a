import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from './triggers.ts';
import { tokenize } from './text.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lex = loadLexicon();
const triggers = (text: string, lang = 'it') => {
  const L = lex.langs[lang]!;
  const t = tokenize(text, 0, { elision: L.language.elision });
  return findTriggers(t, L).map((m) => `${t.slice(m.head, m.end).map((x) => x.text).join(' ')}=${m.entry.type}/${m.form.f}${m.form.cl ? `+${m.form.cl}` : ''}`);
};

test('inflected forms generated at compile time are found by a hash lookup', () => {
  assert.deepEqual(triggers('La Francia condanna, condannò e ha condannato; condannerà.'), ['condanna=ACCUSE/fin', 'condannò=ACCUSE/fin', 'condannato=ACCUSE/part', 'condannerà=ACCUSE/fut']);
  assert.deepEqual(triggers('Japan condemns, condemned and is condemning.', 'en'), ['condemns=ACCUSE/fin', 'condemned=ACCUSE/fin', 'condemning=ACCUSE/ger']);
});

test('gerunds with a clitic object', () => {
  assert.deepEqual(triggers('accusandoli'), ['accusandoli=ACCUSE/ger+plural']);
});

test('an expression matches its words in order with small gaps and beats its parts', () => {
  assert.deepEqual(triggers("L'Occidente ha espresso forte preoccupazione."), ['espresso forte preoccupazione=ACCUSE/part']);
});

test('the accent and the determiner decide between a verb and a noun', () => {
  assert.deepEqual(triggers("Erdogan incontrò Putin dopo l'incontro."), ['incontrò=CONSULT/fin', 'incontro=CONSULT/noun']);
  assert.deepEqual(triggers("Beijing's support; they support it.", 'en'), ['support=SUPPORT/noun', 'support=SUPPORT/fin']);
});

test('words that are no event do not fire', () => {
  assert.deepEqual(triggers('La guerra in Ucraina e la crisi economica.'), []);
});
