import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.ts';

test('the six languages are told apart on news sentences', () => {
  assert.equal(detectLanguage('Il presidente del Consiglio ha incontrato ieri a Roma il cancelliere tedesco.'), 'it');
  assert.equal(detectLanguage('The foreign minister met his counterpart in Brussels on Monday.'), 'en');
  assert.equal(detectLanguage('Le ministre des Affaires étrangères a rencontré son homologue à Bruxelles.'), 'fr');
  assert.equal(detectLanguage('El ministro de Asuntos Exteriores se reunió con su homólogo en Bruselas.'), 'es');
  assert.equal(detectLanguage('Der Außenminister traf am Montag seinen Amtskollegen in Brüssel.'), 'de');
  assert.equal(detectLanguage('Министр иностранных дел встретился с коллегой в Брюсселе.'), 'ru');
});

test('a language dyad does not code is named, not guessed', () => {
  assert.equal(detectLanguage('O ministro dos Negócios Estrangeiros reuniu-se ontem com o seu homólogo em Bruxelas.'), 'pt');
});
