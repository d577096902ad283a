import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon } from './compile.ts';
import { LEXICON_DIR } from './load.ts';

/** A copy of the real lexicons with some files replaced, so each problem is seen in context. */
function withFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-lex-'));
  cpSync(LEXICON_DIR, dir, { recursive: true });
  for (const [rel, body] of Object.entries(files)) { mkdirSync(join(dir, rel, '..'), { recursive: true }); writeFileSync(join(dir, rel), body); }
  return dir;
}

test('the project lexicons compile without problems', () => {
  const { problems, lexicon } = compileLexicon(LEXICON_DIR);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), []);
  assert.ok(Object.keys(lexicon.langs).includes('it') && Object.keys(lexicon.langs).includes('en'));
});

test('every problem is reported with its file and line, and the rest still compiles', () => {
  const dir = withFiles({
    'it/triggers.yaml': [
      '- {lemma: condannare, pos: verb, type: ACCUSE}',
      '- {lemma: abbracciare, pos: verb, type: HUG}',
      '- {lemma: sostenere, pos: verb, type: SUPPORT, mode: visit}',
      '- {lemma: condannare, pos: verb, type: ACCUSE}',
      '- {pos: noun, type: AID}',
    ].join('\n'),
    'actors/people.yaml': [
      '- id: someone',
      '  names: [Mario Esempio]',
      '  roles:',
      '    - {code: ITA, sector: GOV, role: foreign-minister, from: 2020-01-01, until: 2019-01-01}',
      '- id: other',
      '  names: [Anna Esempio]',
      '  roles:',
      '    - {code: ZZZ, sector: GOV, role: head-of-state, from: 2020-01-01}',
      '    - {code: ITA, sector: GOV, role: minister, from: 2020-01-01, until: 2022-01-01}',
      '    - {code: ITA, sector: GOV, role: minister, from: 2021-01-01}',
    ].join('\n'),
    'en/places.yaml': 'ITA:\n  names: [Italy]\nFRA:\n  names: [Italy]\nXXX:\n  names: [Nowhere]\n',
    'en/roles.yaml': '- {phrases: [minister, ministers], sector: GOV, role: minister}\n- {phrases: [bad line\n',
  });
  const { problems, lexicon } = compileLexicon(dir);
  const lines = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  const has = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `expected a problem matching ${re}, got:\n${lines.join('\n')}`);
  has(/^it\/triggers\.yaml:2: .*expected a PLOVER type, found "HUG"/);
  has(/^it\/triggers\.yaml:3: .*mode "visit" is not a mode of SUPPORT/);
  has(/^it\/triggers\.yaml:4: duplicate trigger condannare/);
  has(/^it\/triggers\.yaml:5: expected an entry with a lemma/);
  has(/^actors\/people\.yaml:1: someone: role foreign-minister has from 2020-01-01 on or after until 2019-01-01/);
  has(/^actors\/people\.yaml:5: other: unknown actor code "ZZZ"/);
  has(/^actors\/people\.yaml:5: other: overlapping minister roles for ITA/);
  has(/^en\/places\.yaml:3: duplicate alias "Italy": FRA here, ITA at en\/places\.yaml:1/);
  has(/^en\/places\.yaml:5: unknown actor code "XXX"/);
  has(/^en\/roles\.yaml:[23]: invalid YAML/);
  // the good entries still made it in
  assert.ok(lexicon.langs.it!.entries.some((e) => e.lemma === 'condannare'));
});
