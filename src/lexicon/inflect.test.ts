// Inflection at compile time: the forms a trigger lemma must match in running text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflect } from './inflect.ts';

const forms = (lang: string, lemma: string) => new Set(inflect(lang, lemma, 'verb').map((h) => h.form));

test('Spanish stem changes keep the silent u of gu (seguir → sigue, siga) and the sound of g (exigir → exija)', () => {
  const seguir = forms('es', 'seguir');
  for (const f of ['sigue', 'siguen', 'siguió', 'siga', 'sigan', 'siguiendo']) assert.ok(seguir.has(f), `seguir: expected ${f}`);
  for (const f of ['segue', 'seguen', 'sija']) assert.ok(!seguir.has(f), `seguir: unexpected ${f}`);
  assert.ok(forms('es', 'exigir').has('exija'));
  assert.ok(forms('es', 'pedir').has('piden'));
});

test('Russian perfectives whose future the rules cannot derive have it written out (начнёт, прервёт, даст)', () => {
  assert.ok(forms('ru', 'начать').has('начнёт') && forms('ru', 'начать').has('начнут'));
  assert.ok(!forms('ru', 'начать').has('начает'));
  assert.ok(forms('ru', 'прервать').has('прервут'));
  assert.ok(forms('ru', 'дать').has('дадут'));
});
