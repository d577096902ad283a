// The evaluation harness's pure parts: label mapping, CAMEO mapping, triple and sentence-type scoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoActorRoot, cameoToPlover, mapLabel, mapOlderMobilize, parseCameoTable } from './labels.ts';
import { ANY_TYPE, Buckets, addTypeScore, matchTriples, prf, sameSet, scoreSentenceTypes, tripleKey } from './score.ts';
import { BROAD, convertVerbs, discardIn, parseDiscards, parseActors, parseAgents, parseCodeBlock, parsePattern, parseVerbs, patternTokens, petrRoot, type VerbCodeKind } from './petr-dict.ts';

test('older PLOVER labels map to current types; YIELD allows either of two', () => {
  assert.deepEqual(mapLabel('DEMAND'), ['REQUEST']);
  assert.deepEqual(mapLabel('disapprove'), ['ACCUSE']);
  assert.deepEqual(mapLabel('INVESTIGATE'), ['ACCUSE']);
  assert.deepEqual(mapLabel('FIGHT'), ['ASSAULT']);
  assert.deepEqual(mapLabel('YIELD'), ['CONCEDE', 'RETREAT']);
  assert.deepEqual(mapLabel('ASSAULT'), ['ASSAULT']);
  assert.deepEqual(mapLabel('CRIME'), []);
  assert.deepEqual(mapLabel(null), []);
});

test("the Spanish set's older MOBILIZE (civilian strikes and marches too) allows PROTEST; other labels are unchanged", () => {
  assert.deepEqual(mapOlderMobilize('MOBILIZE'), ['MOBILIZE', 'PROTEST']);
  assert.deepEqual(mapOlderMobilize('DEMAND'), ['REQUEST']);
  assert.deepEqual(mapOlderMobilize('PROTEST'), ['PROTEST']);
  assert.deepEqual(scoreSentenceTypes([mapOlderMobilize('MOBILIZE')], ['PROTEST']).correct, true);
  assert.deepEqual(scoreSentenceTypes([mapLabel('MOBILIZE')], ['PROTEST']).correct, false);
});

test('CAMEO codes map by the most specific entry; 01/02 are dropped; non-CAMEO codes are unknown', () => {
  const table = parseCameoTable('04: CONSULT\n041: CONSULT, phone, # call\n08: CONCEDE\n081: CONCEDE, , legal\n08: RETREAT\n084: RETREAT, ,\n0871: RETREAT, ceasefire, military\n16: SANCTION\n163: COERCE, restrict, diplomatic\n', [
    { cameo: '02', plover: 'dropped' }, { cameo: '20', plover: 'FIGHT (see Note 1)' },
  ]);
  assert.deepEqual(cameoToPlover('041', table), { kind: 'type', type: 'CONSULT' });
  assert.deepEqual(cameoToPlover('0871', table), { kind: 'type', type: 'RETREAT' });
  assert.deepEqual(cameoToPlover('082', table), { kind: 'type', type: 'CONCEDE' }); // falls back to the root's first type
  assert.deepEqual(cameoToPlover('1631', table), { kind: 'type', type: 'COERCE' });
  assert.deepEqual(cameoToPlover('023', table), { kind: 'dropped' });
  assert.deepEqual(cameoToPlover('202', table), { kind: 'type', type: 'ASSAULT' });
  assert.deepEqual(cameoToPlover('903', table), { kind: 'unknown' });
  assert.deepEqual(cameoToPlover('345', table), { kind: 'unknown' });
});

test('CAMEO actor codes reduce to comparable roots', () => {
  assert.equal(cameoActorRoot('USAGOV'), 'USA');
  assert.equal(cameoActorRoot('JAP'), 'JPN');
  assert.equal(cameoActorRoot('IGOMIL'), 'IGO');
  assert.equal(cameoActorRoot('---'), null);
  assert.equal(petrRoot('BREGOV'), 'BRE');
  assert.equal(petrRoot('IGOEEU'), 'IGOEEU');
});

test('triple keys: CONSULT, COOPERATE and AGREE ignore direction', () => {
  assert.equal(tripleKey({ source: 'USA', type: 'CONSULT', target: 'DEU' }), tripleKey({ source: 'DEU', type: 'CONSULT', target: 'USA' }));
  assert.notEqual(tripleKey({ source: 'USA', type: 'ACCUSE', target: 'DEU' }), tripleKey({ source: 'DEU', type: 'ACCUSE', target: 'USA' }));
});

test('triple matching counts sets: duplicates collapse, alternatives and wildcards match', () => {
  const m = matchTriples(
    [{ source: 'RUS', types: ['AGREE'], target: 'BLR' }, { source: 'BLR', types: ['AGREE'], target: 'RUS' }, { source: 'ITA', types: ['ACCUSE'], target: 'RUS' }, { source: 'UKR', types: ['CONCEDE', 'RETREAT'], target: null }],
    [{ source: 'BLR', type: 'AGREE', target: 'RUS' }, { source: 'RUS', type: 'ACCUSE', target: 'ITA' }, { source: 'UKR', type: 'RETREAT', target: null }],
  );
  assert.equal(m.tp.length, 2); // AGREE (one undirected key) and the YIELD alternative
  assert.deepEqual(m.fn.map((g) => g.source), ['ITA']);
  assert.deepEqual(m.fp.map((p) => p.source), ['RUS']);
  const w = matchTriples([{ source: 'IGO', types: ['REQUEST'], target: 'IRQ' }], [{ source: 'UN', type: 'REQUEST', target: 'IRQ' }], (g, p) => g === p || (g === 'IGO' && p === 'UN'));
  assert.equal(w.tp.length, 1);
  const c = { tp: 2, fp: 1, fn: 1 };
  assert.deepEqual(prf(c), { p: 2 / 3, r: 2 / 3, f1: 2 / 3 });
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { p: 0, r: 0, f1: 0 });
});

test('sentence type scores: correct when a gold label is coded; extra types are false positives', () => {
  const s = scoreSentenceTypes([['CONCEDE', 'RETREAT']], ['RETREAT', 'ACCUSE', 'RETREAT']);
  assert.equal(s.correct, true);
  assert.deepEqual(s.labels, [{ label: 'CONCEDE|RETREAT', hit: true }]);
  assert.deepEqual(s.extra, ['ACCUSE']);
  const b = new Buckets();
  addTypeScore(b, s);
  addTypeScore(b, scoreSentenceTypes([['PROTEST']], []));
  assert.deepEqual(b.get('all'), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(b.get('type:PROTEST'), { tp: 0, fp: 0, fn: 1 });
  assert.equal(scoreSentenceTypes([['ASSAULT']], ['THREATEN']).correct, false);
  assert.ok(sameSet(['a', 'b'], ['b', 'a', 'a']));
});

test('PETRARCH dictionary entries: synonyms, dated codes, agents with plurals and macros', () => {
  const actors = parseActors('<!-- header -->\nGONDOR [GON]\n+MINAS_TIRITH\nARNOR_  [ARN] # note\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n');
  assert.deepEqual(actors[0], { names: [{ name: 'GONDOR', exact: false }, { name: 'MINAS TIRITH', exact: false }], codes: [{ code: 'GON' }] });
  assert.deepEqual(actors[1]!.names, [{ name: 'ARNOR', exact: true }]);
  assert.deepEqual(actors[2]!.codes, [{ code: 'HOB', until: '1995-06-01' }, { code: 'HOBGOV', from: '1995-06-01', until: '1999-08-15' }]);
  assert.deepEqual(parseCodeBlock('HOBREB > 990816'), { code: 'HOBREB', from: '1999-08-16' });
  const agents = parseAgents('!MINST! = MINISTER, MINISTRY\nPOLICE {} [ ~COP]\n!MINST!_OF_SILLY_WALKS [~GOV]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nMSF {} [NGO~]\n');
  assert.deepEqual(agents[0], { phrases: ['police'], code: '~COP', prefix: false });
  assert.deepEqual(agents[1]!.phrases, ['minister of silly walks', 'ministry of silly walks']);
  assert.deepEqual(agents[2]!.phrases, ['attorney general', 'attorneys general']);
  assert.equal(agents[3]!.prefix, true);
});

test('a gold event with no PLOVER type matches any coded type on its dyad', () => {
  const m = matchTriples([{ source: 'ARN', types: [ANY_TYPE], target: 'GON' }], [{ source: 'ARN', type: 'AGREE', target: 'GON' }]);
  assert.equal(m.tp.length, 1);
  assert.equal(matchTriples([{ source: 'ARN', types: [ANY_TYPE], target: 'GON' }], []).fn.length, 1);
});

test('PETRARCH verb patterns: the verb, source/target markers, skips, joined words and synsets', () => {
  assert.deepEqual(patternTokens('FAILED_TO_* &FRUIT $'), ['FAILED', 'TO', '*', '&FRUIT', '$']);
  assert.deepEqual(parsePattern('- + WAS_ * TO_ ^ FROM $  [174]  # a comment'), { before: ['+', 'WAS'], after: ['TO', '^', 'FROM', '$'], code: '174' });
  assert.deepEqual(parsePattern('- * PEARS WITH +  [031:032]'), { before: [], after: ['PEARS', 'WITH', '+'], code: '031:032' });
  assert.equal(parsePattern('- no verb here [010]'), null);
});

test('PETRARCH verbs dictionary: blocks, irregular forms, synsets → trigger entries, with what is skipped counted', () => {
  const text = [
    '<!-- a header -->', '&FRUIT', '+APPLES', '+RED_PEARS', '',
    '--- TRADE  [---] ---', 'TRADE {TRADED} # comment', '- * &FRUIT WITH +  [061]', '- SAID * [071]', '- % HAVE * [191]', '',
    '--- VOICED  [020] ---', 'VOICED', '- * ANGER  [111]', '',
    '--- CHAT  [041:042] ---', 'CHAT', '',
    '--- CONCUR  [061] ---', 'CONCUR', '- % * [043]', '',
    '--- HEAR  [---] ---', 'HEAR', '- * NEWS FROM [913]', '- * NEWS ABOUT [914]', '- + * FROM $ [915]', '',
  ].join('\n');
  const v = parseVerbs(text);
  assert.deepEqual(v.synsets.get('&FRUIT'), ['APPLES', 'RED PEARS']);
  assert.equal(v.blocks.length, 5);
  assert.deepEqual(v.blocks[0]!.verbs, [{ words: ['trade'], head: 0, forms: ['traded'], code: null }]);
  const kind = (c: string): VerbCodeKind => (!/^\d/.test(c) ? { kind: 'none' } : c.startsWith('02') ? { kind: 'dropped' } : { kind: 'type', type: c.startsWith('04') ? 'CONSULT' : c.startsWith('06') ? 'COOPERATE' : 'ACCUSE' });
  const conv = convertVerbs(v, kind, (w) => /ed$/.test(w), () => 'ACCUSE', (w) => [w, `${w}s`, `${w}d`]);
  assert.deepEqual(conv.entries.map((e) => [e.lemma, e.pos, e.type, e.target ?? null, e.symmetric ?? false]), [
    ['trade apples', 'verb', 'COOPERATE', ['with'], false], ['trade red pears', 'verb', 'COOPERATE', ['with'], false],
    ['said trade', 'fixed', 'ACCUSE', BROAD, false], ['have trade', 'fixed', 'ACCUSE', [], true], // words before the verb; "%" a compound subject whose members code each other
    ['voiced anger', 'fixed', 'ACCUSE', BROAD, false], ['chat', 'verb', 'CONSULT', BROAD, true],
    ['concur', 'verb', 'CONSULT', [], true], // "% *": the compound-subject reading replaces the verb's own code
    ['hear news', 'verb', 'ACCUSE', ['from', 'about'], false], // a pattern ending in a preposition: the target follows it (same words: frames merged)
    ['hear from', 'verb', 'ACCUSE', BROAD, false],
  ]);
  assert.deepEqual(conv.entries[conv.entries.length - 1]!.source, ['from']); // "$" after a preposition: the source follows it
  assert.deepEqual(conv.entries[0]!.forms, ['traded apples']);
  assert.deepEqual(conv.entries[2]!.forms, ['said traded', 'said trades']); // the verb inflected inside the expression
  assert.equal(conv.entries[0]!.noun, false); // a PETRARCH verb is no event as a noun…
  assert.equal(conv.entries[2]!.noun, undefined); // …unless the expression starts before the verb
  assert.deepEqual([...conv.verbs], ['trade', 'voiced', 'chat', 'concur', 'hear']);
  assert.deepEqual(conv.skipped, { 'verb code replaced by its compound-subject pattern ("% *")': 1, 'same expression, frames merged': 1, 'no event ("---" or a code that is no number)': 2, 'statement or appeal PLOVER drops (01/02): no event': 1 });
});

test('PETRARCH discards: story (+) and sentence phrases, matched as whole words', () => {
  const d = parseDiscards('# comment\n+Cricket World Cup  # a note\nRUGBY\n');
  assert.deepEqual(d, [{ phrase: 'cricket world cup', story: true }, { phrase: 'rugby', story: false }]);
  assert.equal(discardIn('India hosts the Cricket World Cup.', d), 'cricket world cup');
  assert.equal(discardIn('Rugby-mad fans cheered.', d), 'rugby');
  assert.equal(discardIn('The rugbyists met.', d), null);
});
