import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions, roleAt } from './mentions.ts';
import { segment } from './segment.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lex = loadLexicon();
function mentions(text: string, lang = 'it', date = '2024-11-30') {
  const L = lex.langs[lang]!;
  const known = new Set<string>();
  // (the pipeline learns full names before reading; here each sentence teaches the next)
  return segment(text, { lang, abbreviations: new Set(L.language.abbreviations), elision: L.language.elision })
    .map((s) => {
      const m = findMentions(s, { lex, L, date, known });
      for (const a of m.actors) if (a.kind === 'person' && a.actorId) known.add(a.actorId);
      return m;
    });
}
const brief = (m: { code: string; sector: string | null; actorId: string | null; text: string; prep: string | null }) => `${m.code} ${m.sector} ${m.actorId ?? '-'} "${m.text}" ${m.prep ?? '-'}`;

test('role phrases take their country from an adjective, a genitive or a name, and merge with the person', () => {
  const [s] = mentions('Il ministro della Difesa russo, Andrei Belousov, ha incontrato il leader nordcoreano e il segretario generale della NATO.');
  // (the epithets get their person in coreference, not here)
  assert.deepEqual(s!.actors.map(brief), [
    'RUS MIL andrei-belousov "ministro della Difesa russo, Andrei Belousov" -',
    'PRK GOV - "leader nordcoreano" -',
    'NATO IGO - "segretario generale della NATO" -',
  ]);
});

test('a person takes the code and sector of the role held on the event date', () => {
  const before = mentions('Andrei Belousov ha parlato.', 'it', '2023-06-01')[0]!.actors[0]!;
  const after = mentions('Andrei Belousov ha parlato.', 'it', '2024-06-01')[0]!.actors[0]!;
  assert.deepEqual([before.code, before.sector], ['RUS', 'GOV']);
  assert.deepEqual([after.code, after.sector], ['RUS', 'MIL']);
  const belousov = lex.people['andrei-belousov']!;
  assert.equal(roleAt(belousov, '2024-05-14')?.role, 'defence-minister');
  assert.equal(roleAt(belousov, '2024-05-13')?.role, 'deputy-head-of-government');
});

test('metonyms and capitals are the state; a capital after "a" is also a place; prepositions are recorded', () => {
  const [s] = mentions("Il Cremlino ha accusato la Casa Bianca dopo l'incontro a Pyongyang con l'Unione Europea.");
  assert.deepEqual(s!.actors.filter((m) => !m.place).map((m) => `${m.code}:${m.prep ?? '-'}`), ['RUS:-', 'USA:-', 'EU:con']);
  assert.deepEqual(s!.places.map((m) => m.code), ['PRK']);
});

test('a surname counts only once the full name is known; names need their capital letters', () => {
  const [a, b] = mentions('Kim ha parlato. Kim Jong-un ha risposto.');
  assert.equal(a!.actors.length, 0);
  assert.equal(b!.actors[0]!.actorId, 'kim-jong-un');
  const [c] = mentions('Il governo usa la forza.');
  assert.ok(!c!.actors.some((m) => m.code === 'USA'), 'the verb "usa" is not the USA');
});

test('English: adjective and possessive before a role noun', () => {
  const [s] = mentions("The Iranian foreign minister met Russia's defence minister and US President Joe Biden.", 'en', '2024-01-10');
  assert.deepEqual(s!.actors.map((m) => `${m.code} ${m.sector}`), ['IRN GOV', 'RUS MIL', 'USA GOV']);
  assert.equal(s!.actors[2]!.actorId, 'joe-biden');
});
