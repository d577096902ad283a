import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, normalize, tokenize } from './text.ts';

test('normalize makes apostrophes and spaces plain without changing what was said', () => {
  assert.equal(normalize('l’Ucraina\u00A0e\r\nla Russia\u200B'), "l'Ucraina e\nla Russia");
});

test('fold ignores case and accents', () => {
  assert.equal(fold('Erdoğan'), 'erdogan');
  assert.equal(fold('CITTÀ'), 'citta');
});

test('Italian elision splits the article off the noun', () => {
  const t = tokenize("dell'Ucraina e l'Occidente", 0, { elision: true });
  assert.deepEqual(t.map((x) => x.text), ["dell'", 'Ucraina', 'e', "l'", 'Occidente']);
  assert.deepEqual([t[1]!.start, t[1]!.end], [5, 12]);
});

test('English keeps possessives, acronyms and hyphenated names as tokens', () => {
  const t = tokenize("Russia's U.S. ties with Kim Jong-un", 10, { elision: false });
  assert.deepEqual(t.map((x) => x.text), ['Russia', "'s", 'U.S.', 'ties', 'with', 'Kim', 'Jong-un']);
  assert.equal(t[0]!.start, 10);
});
