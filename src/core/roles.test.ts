// Roles and modality, seen through the events they produce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeDocument } from './pipeline.ts';
import { loadLexicon } from '../lexicon/load.ts';

const lex = loadLexicon();
const events = (text: string, lang = 'it') => {
  const r = codeDocument(text, lex, { date: '2024-11-30', lang });
  assert.ok(r.ok);
  return r.events.map((e) => `${e.source.code} ${e.type} ${e.target?.code ?? '-'} ${e.status}`).sort();
};

test('active and passive voice give the same direction', () => {
  assert.deepEqual(events('La Francia ha condannato la Russia.'), ['FRA ACCUSE RUS asserted']);
  assert.deepEqual(events('La Russia è stata condannata dalla Francia.'), ['FRA ACCUSE RUS asserted']);
  assert.deepEqual(events('Russia was condemned by France.', 'en'), ['FRA ACCUSE RUS asserted']);
});

test('a list of targets gives one event each; a symmetric act goes both ways', () => {
  // a surname alone is not Kim Jong-un: someone of unknown country
  assert.deepEqual(events("Kim ha condannato l'Occidente, in particolare gli Stati Uniti e il Giappone.").filter((e) => e.includes('ACCUSE')), ['--- ACCUSE JPN asserted', '--- ACCUSE USA asserted', '--- ACCUSE WEST asserted']);
  assert.deepEqual(events("Kim Jong-un ha condannato l'Occidente, in particolare gli Stati Uniti e il Giappone."), ['PRK ACCUSE JPN asserted', 'PRK ACCUSE USA asserted', 'PRK ACCUSE WEST asserted']);
  assert.deepEqual(events("L'incontro tra la Cina e il Brasile."), ['BRA CONSULT CHN asserted', 'CHN CONSULT BRA asserted']);
});

test('modality: negation, hypothesis, report, allegation, future cooperation', () => {
  assert.deepEqual(events('La Francia non ha condannato la Russia.'), ['FRA ACCUSE RUS negated']);
  assert.deepEqual(events('La Francia potrebbe condannare la Russia.'), ['FRA ACCUSE RUS hypothetical']);
  assert.deepEqual(events('La Russia avrebbe attaccato la Georgia.'), ['RUS ASSAULT GEO claimed']);
  assert.deepEqual(events('Secondo fonti anonime, la Russia ha attaccato la Georgia.'), ['RUS ASSAULT GEO claimed']);
  assert.deepEqual(events("La Georgia ha accusato la Russia di aver attaccato l'Armenia."), ['GEO ACCUSE RUS asserted', 'RUS ASSAULT ARM claimed']);
  assert.deepEqual(events('Il Giappone invierà aiuti umanitari alla Turchia.'), ['JPN AGREE TUR asserted']);
  assert.deepEqual(events('Iran will attack Israel.', 'en'), ['IRN ASSAULT ISR hypothetical']);
  // a hostile deed announced is a threat; a refusal to cooperate a rejection; "would" after "said" a future
  assert.deepEqual(events('Iran said it will attack Israel.', 'en'), ['IRN THREATEN ISR asserted']);
  assert.deepEqual(events('Israel will not release the Lebanese prisoners.', 'en'), ['ISR REJECT LBN asserted']);
  assert.deepEqual(events('Germany said it would send weapons to Ukraine.', 'en'), ['DEU AGREE UKR asserted']);
  assert.deepEqual(events('Germany would send weapons to Ukraine if asked.', 'en').filter((e) => e.includes('AID')), ['DEU AID UKR hypothetical']);
  // "allegedly" after the act qualifies what comes after it, not the act
  assert.deepEqual(events('Russia arrested a Ukrainian for allegedly spying.', 'en'), ['RUS COERCE UKR asserted']);
});

test('the pro-drop subject of a sentence is the subject of the one before', () => {
  assert.deepEqual(events('La Polonia ha convocato un diplomatico bielorusso. Ha poi condannato Minsk.'), ['POL ACCUSE BLR asserted']);
});
