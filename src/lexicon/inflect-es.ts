// Spanish inflection of trigger lemmas, used only when the lexicon is compiled.
// Verbs: rules for the regular -ar/-er/-ir conjugations, third person only (news speaks in the third person),
// with the spelling changes (ataque, exija, destruye, leyó), stem changes (defiende, refuerza, pide, advirtió)
// and an `IRREGULAR` table for the common irregular verbs and their compounds (mantener, proponer, intervenir…).
// Every verb also gets its infinitive and gerund with "se" and with object clitics (reunirse, acusándolos).
// Nouns: singular and plural by rule (ataque → ataques, reunión → reuniones, arancel → aranceles).
import type { VerbForm } from '../core/lexicon-types.ts';
import type { Form } from './inflect.ts';

/** A form with an object clitic glued on ("acusándolos"): the pipeline takes its target from the context. */
type EsForm = Form & { readonly cl?: 'singular' | 'plural' };

const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const plain = (s: string) => s.replace(/[áéíóú]/g, (c) => PLAIN[c]!);

/** Stem vowel changes in stressed present forms (and, for -ir verbs, in the preterite 3rd person and gerund). */
type StemChange = 'ie' | 'ue' | 'i' | 'ie-i' | 'ue-u';
const STEM: Record<string, StemChange> = {
  defender: 'ie', entender: 'ie', recomendar: 'ie', comenzar: 'ie', empezar: 'ie', manifestar: 'ie', negar: 'ie',
  cerrar: 'ie', gobernar: 'ie', perder: 'ie', encender: 'ie', extender: 'ie', tender: 'ie', atender: 'ie',
  despertar: 'ie', acrecentar: 'ie', enterrar: 'ie', sembrar: 'ie', quebrar: 'ie', calentar: 'ie', fregar: 'ie',
  renegar: 'ie', descender: 'ie', ascender: 'ie', apretar: 'ie', arrendar: 'ie', enmendar: 'ie', encomendar: 'ie',
  reforzar: 'ue', forzar: 'ue', mostrar: 'ue', demostrar: 'ue', acordar: 'ue', recordar: 'ue', renovar: 'ue',
  probar: 'ue', aprobar: 'ue', comprobar: 'ue', reprobar: 'ue', rogar: 'ue', volver: 'ue', devolver: 'ue', resolver: 'ue',
  mover: 'ue', promover: 'ue', remover: 'ue', conmover: 'ue', encontrar: 'ue', contar: 'ue', costar: 'ue', soltar: 'ue',
  absolver: 'ue', colgar: 'ue', sonar: 'ue', consolar: 'ue', apostar: 'ue', torcer: 'ue', jugar: 'ue', poder: 'ue',
  avergonzar: 'ue', envolver: 'ue', disolver: 'ue', esforzar: 'ue', almorzar: 'ue', descontar: 'ue',
  pedir: 'i', impedir: 'i', despedir: 'i', medir: 'i', repetir: 'i', competir: 'i', seguir: 'i', conseguir: 'i',
  perseguir: 'i', proseguir: 'i', elegir: 'i', reelegir: 'i', corregir: 'i', servir: 'i', rendir: 'i', vestir: 'i',
  concebir: 'i', expedir: 'i', reír: 'i', investir: 'i', embestir: 'i',
  sentir: 'ie-i', advertir: 'ie-i', convertir: 'ie-i', invertir: 'ie-i', preferir: 'ie-i', sugerir: 'ie-i',
  herir: 'ie-i', referir: 'ie-i', consentir: 'ie-i', mentir: 'ie-i', requerir: 'ie-i', divertir: 'ie-i',
  transferir: 'ie-i', conferir: 'ie-i', diferir: 'ie-i', presentir: 'ie-i', revertir: 'ie-i', arrepentir: 'ie-i',
  dormir: 'ue-u', morir: 'ue-u',
};

/** Verbs whose stressed i/u carries an accent in the present (envía, actúa, reúne, prohíbe). */
const STRESSED_HIATUS = new Set(['enviar', 'reenviar', 'ampliar', 'confiar', 'desafiar', 'guiar', 'vaciar', 'variar', 'espiar', 'criar',
  'fiar', 'desviar', 'actuar', 'continuar', 'evaluar', 'situar', 'efectuar', 'acentuar', 'insinuar', 'perpetuar', 'graduar',
  'reunir', 'prohibir', 'rehusar', 'aislar', 'extenuar', 'devaluar', 'habituar', 'puntuar', 'exceptuar', 'liar', 'enfriar', 'esquiar']);

/** Slots of the conjugation the pipeline uses: 3rd person of every tense plus non-finite forms. */
interface Conj {
  pres?: readonly string[];      // present indicative 3sg, 3pl
  pret?: readonly string[];      // preterite 3sg, 3pl
  subj?: readonly string[];      // present subjunctive 3sg, 3pl
  fut?: string;                  // future/conditional stem (har-, tendr-)
  part?: string;                 // masculine singular past participle
  ger?: string;
  impf?: readonly string[];      // imperfect indicative 3sg, 3pl
}

/** Common irregular verbs; compounds (mantener, proponer, intervenir, conducir…) are derived from these by prefix. */
export const IRREGULAR: Record<string, Conj> = {
  ser: { pres: ['es', 'son'], pret: ['fue', 'fueron'], subj: ['sea', 'sean'], impf: ['era', 'eran'], part: 'sido', ger: 'siendo' },
  ir: { pres: ['va', 'van'], pret: ['fue', 'fueron'], subj: ['vaya', 'vayan'], impf: ['iba', 'iban'], part: 'ido', ger: 'yendo' },
  estar: { pres: ['está', 'están'], pret: ['estuvo', 'estuvieron'], subj: ['esté', 'estén'] },
  haber: { pres: ['ha', 'han'], pret: ['hubo', 'hubieron'], subj: ['haya', 'hayan'], fut: 'habr' },
  dar: { pres: ['da', 'dan'], pret: ['dio', 'dieron'], subj: ['dé', 'den'] },
  ver: { pres: ['ve', 'ven'], pret: ['vio', 'vieron'], subj: ['vea', 'vean'], impf: ['veía', 'veían'], part: 'visto' },
  prever: { pres: ['prevé', 'prevén'], pret: ['previó', 'previeron'], subj: ['prevea', 'prevean'], impf: ['preveía', 'preveían'], part: 'previsto' },
  hacer: { pret: ['hizo', 'hicieron'], subj: ['haga', 'hagan'], fut: 'har', part: 'hecho' },
  satisfacer: { pret: ['satisfizo', 'satisficieron'], subj: ['satisfaga', 'satisfagan'], fut: 'satisfar', part: 'satisfecho' },
  poner: { pret: ['puso', 'pusieron'], subj: ['ponga', 'pongan'], fut: 'pondr', part: 'puesto' },
  tener: { pres: ['tiene', 'tienen'], pret: ['tuvo', 'tuvieron'], subj: ['tenga', 'tengan'], fut: 'tendr' },
  venir: { pres: ['viene', 'vienen'], pret: ['vino', 'vinieron'], subj: ['venga', 'vengan'], fut: 'vendr', ger: 'viniendo' },
  decir: { pres: ['dice', 'dicen'], pret: ['dijo', 'dijeron'], subj: ['diga', 'digan'], fut: 'dir', part: 'dicho', ger: 'diciendo' },
  traer: { pret: ['trajo', 'trajeron'], subj: ['traiga', 'traigan'], ger: 'trayendo', part: 'traído' },
  ducir: { pret: ['dujo', 'dujeron'], subj: ['duzca', 'duzcan'] },
  poder: { pret: ['pudo', 'pudieron'], fut: 'podr', ger: 'pudiendo' },
  querer: { pres: ['quiere', 'quieren'], pret: ['quiso', 'quisieron'], subj: ['quiera', 'quieran'], fut: 'querr' },
  saber: { pres: ['sabe', 'saben'], pret: ['supo', 'supieron'], subj: ['sepa', 'sepan'], fut: 'sabr' },
  salir: { subj: ['salga', 'salgan'], fut: 'saldr' },
  valer: { subj: ['valga', 'valgan'], fut: 'valdr' },
  caer: { subj: ['caiga', 'caigan'] },
  oír: { pres: ['oye', 'oyen'], subj: ['oiga', 'oigan'] },
  andar: { pret: ['anduvo', 'anduvieron'] },
  volver: { part: 'vuelto' },
  solver: { part: 'suelto' },
  scribir: { part: 'scrito' },
  cubrir: { part: 'cubierto' },
  abrir: { part: 'abierto' },
  romper: { part: 'roto' },
  morir: { part: 'muerto' },
  imprimir: { part: 'impreso' },
  freír: { part: 'frito' },
  proveer: { part: 'provisto' },
};

/** Suffixes whose compounds conjugate like the base verb (mantener, proponer, intervenir, conducir, atraer, devolver…). */
const COMPOUND_BASES = ['tener', 'poner', 'venir', 'ducir', 'traer', 'hacer', 'decir', 'volver', 'solver', 'scribir', 'cubrir', 'abrir'];

const CLITICS: ReadonlyArray<[string, 'singular' | 'plural' | null]> = [['se', null], ['lo', 'singular'], ['la', 'singular'], ['le', 'singular'], ['los', 'plural'], ['las', 'plural'], ['les', 'plural']];

/** Accent the last i or u of a stem: envi → enví, reun → reún, prohib → prohíb. */
function accentHiatus(stem: string): string {
  const m = /[iu](?=[^iu]*$)/.exec(stem);
  return m ? stem.slice(0, m.index) + ACUTE[m[0]]! + stem.slice(m.index + 1) : stem;
}

/** Change the last stem vowel: e → ie / i, o → ue, u → ue (jugar), o → u. */
function changeStem(stem: string, to: 'ie' | 'ue' | 'i' | 'u'): string {
  // (the u of "gu", "qu" is no vowel: segu → sigu, not "segue")
  const silent = /[gq]u$/.test(stem) ? 1 : 0;
  const core = stem.slice(0, stem.length - silent);
  const vowel = to === 'ie' || to === 'i' ? /e(?=[^aeiou]*$)/ : /[ou](?=[^aeiou]*$)/;
  const m = vowel.exec(core);
  if (!m) return stem;
  return core.slice(0, m.index) + to + core.slice(m.index + 1) + stem.slice(core.length);
}

/** Subjunctive stem of a regular verb: spelling keeps the sound (ataque, pague, alcance, exija, siga, venza, ofrezca). */
function subjunctiveStem(stem: string, ending: 'ar' | 'er' | 'ir', lemma: string): string {
  if (ending === 'ar') return stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c');
  if (/[eo]cer$|ucir$/.test(lemma) && !/^(?:hacer|cocer|mecer)$/.test(lemma)) return stem.replace(/c$/, 'zc');
  return /gu$/.test(stem) ? stem.slice(0, -1) : stem.replace(/g$/, 'j').replace(/c$/, 'z');
}

function irregularOf(lemma: string): { prefix: string; conj: Conj } | null {
  if (IRREGULAR[lemma]) return { prefix: '', conj: IRREGULAR[lemma]! };
  for (const base of COMPOUND_BASES) {
    if (lemma.endsWith(base) && lemma.length > base.length) return { prefix: lemma.slice(0, -base.length), conj: IRREGULAR[base]! };
  }
  return null;
}

function spanishVerb(lemma: string): EsForm[] {
  const inf = lemma.replace(/se$/, '');
  const bare = plain(inf);
  const ending = bare.slice(-2) as 'ar' | 'er' | 'ir';
  if (!['ar', 'er', 'ir'].includes(ending)) return [{ form: inf, f: 'inf' }];
  const stem = bare.slice(0, -2);
  const irr = irregularOf(inf);
  const I = (k: keyof Conj): readonly string[] | null => {
    const v = irr?.conj[k];
    if (v === undefined) return null;
    return (Array.isArray(v) ? v : [v as string]).map((x) => irr!.prefix + x);
  };
  const change = STEM[inf] ?? (irr ? undefined : STEM[bare]);
  const vowelStem = /[aeo]$/.test(stem) && ending !== 'ar';   // leer, traer, creer, proveer
  const uir = ending === 'ir' && /[^gq]u$/.test(stem);         // destruir, contribuir, incluir
  const a = ending === 'ar';

  // present indicative and subjunctive (3rd person)
  let presStem = change === 'ie' || change === 'ie-i' ? changeStem(stem, 'ie') : change === 'ue' || change === 'ue-u' ? changeStem(stem, 'ue') : change === 'i' ? changeStem(stem, 'i') : stem;
  if (STRESSED_HIATUS.has(inf)) presStem = accentHiatus(stem);
  const pv = a ? 'a' : 'e';
  const pres = I('pres') ?? (uir ? [stem + 'ye', stem + 'yen'] : [presStem + pv, presStem + pv + 'n']);
  const subjStem = uir ? stem + 'y' : subjunctiveStem(presStem, ending, bare);
  const sv = a ? 'e' : 'a';
  const subj = I('subj') ?? [subjStem + sv, subjStem + sv + 'n'];

  // preterite; -ir stem changers close the vowel in the 3rd person (pidió, advirtieron, murió)
  const weak = change === 'i' || change === 'ie-i' ? changeStem(stem, 'i') : change === 'ue-u' ? changeStem(stem, 'u') : stem;
  const pretStem = ending === 'ir' ? weak : stem;
  const pret = I('pret') ?? (a ? [stem + 'ó', stem + 'aron'] : vowelStem || uir ? [stem + 'yó', stem + 'yeron'] : [pretStem + 'ió', pretStem + 'ieron']);
  const p3 = pret[1]!;
  const pastSubj = p3.endsWith('ron') ? ['ra', 'ran', 'se', 'sen'].map((e) => p3.slice(0, -3) + e) : [];
  const impf = I('impf') ?? (a ? [stem + 'aba', stem + 'aban'] : [stem + 'ía', stem + 'ían']);

  const futStem = I('fut')?.[0] ?? bare;
  const fut = [futStem + 'á', futStem + 'án'];
  const cond = [futStem + 'ía', futStem + 'ían'];
  const part = I('part')?.[0] ?? (a ? stem + 'ado' : vowelStem ? stem + 'ído' : stem + 'ido');
  const parts = [part, part.slice(0, -1) + 'a', part + 's', part.slice(0, -1) + 'as'];
  const ger = I('ger')?.[0] ?? (a ? stem + 'ando' : vowelStem || uir ? stem + 'yendo' : (ending === 'ir' ? weak : stem) + 'iendo');

  const out: EsForm[] = [];
  // participles first: "ha condenado" must read as a participle when a present form is spelt alike
  for (const form of parts) out.push({ form, f: 'part' });
  for (const form of [...pres, ...pret, ...impf, ...subj, ...pastSubj]) out.push({ form, f: 'fin' });
  for (const form of fut) out.push({ form, f: 'fut' });
  for (const form of cond) out.push({ form, f: 'cond' });
  out.push({ form: inf, f: 'inf' }, { form: ger, f: 'ger' });
  // infinitive and gerund with a reflexive or object clitic: reunirse, reuniéndose, acusarlo, acusándolos
  const gerAcc = ger.replace(/([aeiou])ndo$/, (_, v: string) => ACUTE[v]! + 'ndo');
  for (const [cl, num] of CLITICS) {
    out.push({ form: inf + cl, f: 'inf', ...(num ? { cl: num } : {}) });
    out.push({ form: gerAcc + cl, f: 'ger', ...(num ? { cl: num } : {}) });
  }
  return out;
}

/** Plural of a Spanish noun: ataque → ataques, reunión → reuniones, arancel → aranceles, voz → voces, crisis → crisis. */
export function spanishPlural(noun: string): string {
  const syllables = (noun.match(/[aeiouáéíóú]+/g) ?? []).length;
  if (/x$/.test(noun) || (/[aeiou]s$/.test(noun) && syllables > 1)) return noun;                  // crisis, análisis, virus, tórax
  if (/[aeiouáéó]$/.test(noun)) return noun + 's';
  if (/[íú]$/.test(noun)) return noun + 'es';
  if (/z$/.test(noun)) return noun.slice(0, -1) + 'ces';                                           // voz → voces
  if (/[áéíóú][ns]$/.test(noun)) return plain(noun) + 'es';                                       // reunión → reuniones
  return noun + 'es';                                                                              // arancel → aranceles, gas → gases
}

function spanishNoun(lemma: string): Form[] {
  const forms = new Set([lemma, spanishPlural(lemma)]);
  return [...forms].map((form) => ({ form, f: 'noun' as const }));
}

export function inflectSpanish(word: string, pos: 'verb' | 'noun'): Form[] {
  return pos === 'verb' ? spanishVerb(word) : spanishNoun(word);
}
