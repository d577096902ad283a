// Inflected surface forms of trigger lemmas, generated when the lexicon is compiled (never at run time).
import { createRequire } from 'node:module';
import type { VerbForm } from '../core/lexicon-types.ts';
import { inflectFrench } from './inflect-fr.ts';
import { inflectSpanish } from './inflect-es.ts';
import { inflectGerman } from './inflect-de.ts';
import { inflectRussian } from './inflect-ru.ts';

const require = createRequire(import.meta.url);
/** One surface form; `rest` are words that must follow within `gap` tokens (German "sagte … zu"). */
export type Form = { readonly form: string; readonly f: VerbForm; readonly rest?: readonly string[]; readonly gap?: number; readonly following?: readonly string[] };
export type Inflector = (word: string, pos: 'verb' | 'noun') => Form[];

// ---------- Italian: a morphological dictionary (italian-verbs-dict, built from Morph-it) plus rules ----------
type ItVerb = Record<string, Record<string, Record<string, string> | string>>;
let itVerbs: Record<string, ItVerb> | null = null;
function italianDictionary(): Record<string, ItVerb> {
  itVerbs ??= require('italian-verbs-dict/dist/verbs.json') as Record<string, ItVerb>;
  return itVerbs;
}

const IT_REGULAR: Record<string, Record<VerbForm, string[]>> = {
  are: { fin: ['a', 'ano', 'ò', 'arono', 'ava', 'avano', 'ino', 'asse', 'assero'], fut: ['erà', 'eranno'], cond: ['erebbe', 'erebbero'], inf: ['are'], ger: ['ando'], part: ['ato', 'ata', 'ati', 'ate'], noun: [] },
  ere: { fin: ['e', 'ono', 'é', 'ette', 'erono', 'ettero', 'eva', 'evano', 'a', 'ano', 'esse', 'essero'], fut: ['erà', 'eranno'], cond: ['erebbe', 'erebbero'], inf: ['ere'], ger: ['endo'], part: ['uto', 'uta', 'uti', 'ute'], noun: [] },
  ire: { fin: ['isce', 'iscono', 'e', 'ono', 'ì', 'irono', 'iva', 'ivano', 'isca', 'iscano', 'isse', 'issero'], fut: ['irà', 'iranno'], cond: ['irebbe', 'irebbero'], inf: ['ire'], ger: ['endo'], part: ['ito', 'ita', 'iti', 'ite'], noun: [] },
};

function italianVerb(lemma: string): Form[] {
  const base = lemma.replace(/(?:si|sene)$/, 'e');
  const entry = italianDictionary()[base];
  const out: Form[] = [];
  if (entry) {
    const tag = (mood: string, tense: string): VerbForm =>
      mood === 'cond' ? 'cond' : mood === 'ind' && tense === 'fut' ? 'fut' : mood === 'part' ? (tense === 'past' ? 'part' : 'noun') : 'fin';
    for (const [mood, tenses] of Object.entries(entry)) {
      if (mood === 'ger' || mood === 'inf' || mood === 'impr') continue; // the dictionary stores these with clitics; rebuilt below
      for (const [tense, persons] of Object.entries(tenses)) {
        const f = tag(mood, tense);
        if (f === 'noun') continue; // present participles (accusante) are adjectives
        // news speaks in the third person (and "we" in quotations); "incontro", "accuso" are mostly nouns there
        // and the present subjunctive of -are verbs ("armi", "aiuti", "attacchi") is far rarer than the plural noun
        const nounLike = mood === 'sub' && tense === 'pres' && base.endsWith('are');
        const forms = typeof persons === 'string' ? [persons] : Object.entries(persons).filter(([p]) => !/^(?:S[12]|P2)$/.test(p) && !(nounLike && p === 'S3')).map(([, v]) => v);
        for (const form of forms) out.push({ form, f });
      }
    }
    const impf = (entry.ind as Record<string, Record<string, string>> | undefined)?.impf?.S3;
    const gerund = impf ? impf.replace(/ava$/, 'ando').replace(/[ei]va$/, 'endo') : null;
    if (gerund && gerund !== impf) out.push({ form: gerund, f: 'ger' });
  } else {
    const ending = base.slice(-3);
    const stem = base.slice(0, -3);
    const rules = IT_REGULAR[ending];
    if (rules) for (const [f, ends] of Object.entries(rules) as Array<[VerbForm, string[]]>) for (const e of ends) {
      // keep the hard sound of -care/-gare verbs (attaccare → attacchi, attaccherà)
      const s = /[cg]$/.test(stem) && /^[ei]/.test(e) && ending === 'are' ? stem + 'h' : stem;
      out.push({ form: s + e, f });
    }
  }
  out.push({ form: base, f: 'inf' });
  if (!out.some((x) => x.f === 'ger')) {
    const g = base.replace(/are$/, 'ando').replace(/[ei]re$/, 'endo');
    if (g !== base) out.push({ form: g, f: 'ger' });
  }
  return out;
}

/** Gerund and infinitive with an object clitic: accusandoli, sostenerla. */
export function italianClitics(forms: readonly Form[], clitics: Readonly<Record<string, 'singular' | 'plural'>>): Array<Form & { cl: 'singular' | 'plural' }> {
  const out: Array<Form & { cl: 'singular' | 'plural' }> = [];
  for (const { form, f } of forms) {
    if (f !== 'ger' && f !== 'inf') continue;
    const stem = f === 'inf' ? form.replace(/e$/, '') : form;
    for (const [cl, num] of Object.entries(clitics)) out.push({ form: stem + cl, f, cl: num });
  }
  return out;
}

function italianNoun(lemma: string): Form[] {
  const forms = new Set([lemma]);
  if (/[^aeiou]io$/.test(lemma) && !/ìo$/.test(lemma)) forms.add(lemma.slice(0, -2) + 'i'); // scambio → scambi
  else if (/co$/.test(lemma)) { forms.add(lemma.slice(0, -1) + 'hi'); forms.add(lemma.slice(0, -1) + 'i'); }
  else if (/go$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'hi');
  else if (/[ai]ca$/.test(lemma) || /ga$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'he');
  else if (/cia$|gia$/.test(lemma)) { forms.add(lemma.slice(0, -1) + 'e'); forms.add(lemma.slice(0, -2) + 'e'); }
  else if (/o$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'i');
  else if (/a$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'e');
  else if (/e$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'i');
  return [...forms].map((form) => ({ form, f: 'noun' as const }));
}

// ---------- English: rules plus an irregular-verb list (english-verbs-irregular) ----------
let enIrregular: Record<string, string[][]> | null = null;
function englishIrregular(): Record<string, string[][]> {
  enIrregular ??= require('english-verbs-irregular/dist/verbs.json') as Record<string, string[][]>;
  return enIrregular;
}

const EN_DOUBLE = /^(?:[^aeiou]*[aeiou][bdgklmnprt])$/; // one-syllable CVC: stop → stopped
/** longer verbs stressed on their last syllable, whose irregular past does not show it: "beginning", "forgetting" */
const EN_STRESSED_LAST: ReadonlySet<string> = new Set(['begin', 'forget', 'forbid', 'upset', 'outbid']);
function englishVerb(lemma: string): Form[] {
  const out: Form[] = [{ form: lemma, f: 'fin' }];
  const s = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  out.push({ form: s, f: 'fin' });
  const irregular = englishIrregular()[lemma];
  // (a stressed last syllable doubles as the listed past does, "expelled" → "expelling", "kidnapping"; British
  // spelling doubles a final -l after one vowel, "cancelled", "travelling", "patrolled")
  const doubled = lemma + lemma.slice(-1);
  const double = (EN_DOUBLE.test(lemma) && !/[wxy]$/.test(lemma)) || EN_STRESSED_LAST.has(lemma) || !!irregular?.some(([past]) => past === doubled + 'ed') ? doubled : null;
  const ing = /ie$/.test(lemma) ? lemma.slice(0, -2) + 'ying' : /[^e]e$/.test(lemma) && lemma.length > 2 ? lemma.slice(0, -1) + 'ing' : (double ?? lemma) + 'ing';
  out.push({ form: ing, f: 'ger' });
  if (!double && /[^aeiou][aeiou]l$/.test(lemma) && lemma.length > 4) out.push({ form: doubled + 'ing', f: 'ger' }, { form: doubled + 'ed', f: 'fin' }, { form: doubled + 'ed', f: 'part' });
  if (irregular) {
    for (const [past, participle] of irregular) {
      if (past) out.push({ form: past, f: 'fin' });
      if (participle) out.push({ form: participle, f: 'part' });
    }
  } else {
    const ed = /e$/.test(lemma) ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : (double ?? lemma) + 'ed';
    out.push({ form: ed, f: 'fin' }, { form: ed, f: 'part' });
  }
  return out;
}

function englishNoun(lemma: string): Form[] {
  const plural = /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  return [{ form: lemma, f: 'noun' }, { form: plural, f: 'noun' }];
}

const INFLECTORS: Record<string, Inflector> = {
  it: (w, pos) => (pos === 'verb' ? italianVerb(w) : italianNoun(w)),
  en: (w, pos) => (pos === 'verb' ? englishVerb(w) : englishNoun(w)),
  fr: inflectFrench,
  es: inflectSpanish,
  de: inflectGerman,
  ru: inflectRussian,
};

/** All surface forms of one word of a trigger lemma. A language with no inflector gets the word itself. */
export function inflect(lang: string, word: string, pos: 'verb' | 'noun'): Form[] {
  const f = INFLECTORS[lang];
  return f ? f(word, pos) : [{ form: word, f: pos === 'verb' ? 'fin' : 'noun' }];
}

/** Plural of a noun expression: every word in Romance languages, the last word in English and German. */
export function pluralExpressions(lang: string, words: readonly string[]): Form[] {
  const plural = (w: string) => inflect(lang, w, 'noun').map((f) => f.form).find((f) => f !== w) ?? w;
  const lastOnly = lang === 'en' || lang === 'de';
  const out = lastOnly ? [...words.slice(0, -1), plural(words[words.length - 1]!)] : words.map(plural);
  if (out.every((w, i) => w === words[i])) return [];
  return [{ form: out[0]!, f: 'noun', following: out.slice(1) } as Form];
}
