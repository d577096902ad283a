// French inflection of trigger lemmas, used only when the lexicon is compiled.
// Verbs: the Lefff conjugation tables (french-verbs-lefff), third person only (news speaks in the third person;
// "nous sommes" must not fire "sommer"), plus rules for the regular -er/-ir verbs the tables lack.
// Nouns: singular and plural by rule (accord → accords, journal → journaux, cessez-le-feu unchanged).
import { createRequire } from 'node:module';
import type { VerbForm } from '../core/lexicon-types.ts';
import type { Form } from './inflect.ts';
import { fold } from '../core/text.ts';

const require = createRequire(import.meta.url);
type Table = Partial<Record<'P' | 'S' | 'I' | 'J' | 'F' | 'C' | 'K' | 'G' | 'W' | 'T' | 'Y', string[]>>;
/** The compiler hands over folded words ("declarer"), so the tables are indexed by folded infinitive too. */
let lefff: Map<string, Table[]> | null = null;
function tables(word: string): Table[] {
  if (!lefff) {
    lefff = new Map();
    const all = require('french-verbs-lefff/dist/conjugations.json') as Record<string, Table>;
    for (const [inf, t] of Object.entries(all)) {
      const key = fold(inf);
      lefff.set(key, [...(lefff.get(key) ?? []), t]);
    }
  }
  return lefff.get(fold(word)) ?? [];
}

/** Lefff tense letters → the form kinds the pipeline knows. Subjunctive imperfect (T) and imperative (Y) are skipped. */
const TENSES: Array<[keyof Table, VerbForm]> = [['P', 'fin'], ['I', 'fin'], ['J', 'fin'], ['S', 'fin'], ['F', 'fut'], ['C', 'cond']];

/** Finite forms that are far more often a common noun or an impersonal phrase: "le livre", "une annexe",
 * "un incendie", "la cible", "il convient de". The verb keeps its other forms ("ont livré", "annexent"). */
const NOT_VERBS = new Set(['livre', 'annexe', 'incendie', 'cible', 'manifeste', 'convient', 'convenait', 'convienne', 'combat']);

/** Regular endings: third person singular and plural of each tense. */
const RULES: Record<'er' | 'ir', Record<VerbForm, string[]>> = {
  er: { part: ['é', 'ée', 'és', 'ées'], fin: ['e', 'ent', 'a', 'èrent', 'ait', 'aient'], fut: ['era', 'eront'], cond: ['erait', 'eraient'], inf: ['er'], ger: ['ant'], noun: [] },
  ir: { part: ['i', 'ie', 'is', 'ies'], fin: ['it', 'issent', 'irent', 'issait', 'issaient', 'isse'], fut: ['ira', 'iront'], cond: ['irait', 'iraient'], inf: ['ir'], ger: ['issant'], noun: [] },
};

function frenchVerb(lemma: string): Form[] {
  const out: Form[] = [];
  const found = tables(lemma);
  for (const t of found) {
    // participles first: "a interdit" is a participle after the auxiliary "a", which folds like the preposition "à";
    // when a present and a participle are spelt alike (interdit, détruit) the first listed wins a tie
    for (const p of t.K ?? []) if (p && p !== 'NA') out.push({ form: p, f: 'part' });
    for (const [letter, f] of TENSES) {
      const row = t[letter];
      if (!row) continue;
      for (const i of [2, 5]) { const form = row[i]; if (form && form !== 'NA' && !NOT_VERBS.has(form)) out.push({ form, f }); }
    }
    for (const g of t.G ?? []) if (g && g !== 'NA') out.push({ form: g, f: 'ger' });
  }
  if (!found.length) {
    const ending = lemma.endsWith('er') ? 'er' : lemma.endsWith('ir') ? 'ir' : null;
    if (ending) {
      const stem = lemma.slice(0, -2);
      const order: VerbForm[] = ['part', 'fin', 'fut', 'cond', 'ger'];
      for (const f of order) for (const e of RULES[ending][f]) {
        // menacer → menaça, menaçant; exiger → exigea, exigeant
        let s = stem;
        if (ending === 'er' && /^[aoâ]/.test(e)) s = stem.replace(/c$/, 'ç').replace(/g$/, 'ge');
        out.push({ form: s + e, f });
      }
    }
  }
  out.push({ form: lemma, f: 'inf' });
  return [...out, ...clitics(out), ...presentPassive(lemma, found)];
}

/**
 * Verbs that news often uses with "se": their "s'est/se sont + participle" is a compound past, not a passive
 * ("s'est entretenu", "se sont rencontrés", "s'est rendu", "s'est opposé", "s'est retiré", "s'est tenu").
 */
const PRONOMINAL = new Set(['entretenir', 'rendre', 'opposer', 'engager', 'excuser', 'retirer', 'reunir', 'rencontrer',
  'inquieter', 'indigner', 'feliciter', 'ranger', 'affronter', 'reserver', 'dire', 'declarer', 'mobiliser', 'arreter',
  'deployer', 'tenir', 'accorder', 'livrer', 'rapprocher', 'unir', 'coordonner', 'concerter', 'abstenir', 'battre',
  'presenter', 'plaindre', 'ouvrir', 'rejouir', 'consulter', 'parler', 'appuyer', 'retrouver', 'joindre', 'entendre',
  'mettre', 'lancer', 'porter', 'proposer', 'offrir', 'promettre', 'demander', 'reconnaitre', 'prononcer', 'venger']);

/** Verbs whose compound past takes "être" and is active: "sont entrés en grève", "est arrivé", "sont descendus". */
const ETRE = new Set(['aller', 'arriver', 'entrer', 'rentrer', 'partir', 'repartir', 'venir', 'revenir', 'parvenir', 'intervenir',
  'retourner', 'sortir', 'rester', 'tomber', 'descendre', 'redescendre', 'monter', 'passer', 'devenir']);

/**
 * "La Russie est accusée par l'Ukraine", "Kiev est visée par des frappes": être in the present or imperfect plus a
 * participle is a passive. Those auxiliaries cannot be passive_auxiliaries (they are also the auxiliary of "s'est
 * rendu"), so for verbs that are not pronominal the pair itself is the trigger, headed by the auxiliary: the mention
 * right before it is the target and "par" gives the doer. One adverb may stand between ("est vivement critiquée").
 */
function presentPassive(lemma: string, found: readonly Table[]): Form[] {
  if (PRONOMINAL.has(fold(lemma)) || ETRE.has(fold(lemma))) return [];
  const out: Form[] = [];
  for (const t of found) {
    const k = (t.K ?? []).filter((p) => p && p !== 'NA');
    // Lefff lists masculine singular, masculine plural, feminine singular, feminine plural
    const singular = [k[0], k[2]].filter((x): x is string => !!x), plural = [k[1], k[3]].filter((x): x is string => !!x);
    for (const aux of ['est', 'était']) for (const p of singular) out.push({ form: aux, f: 'part', rest: [p], gap: 1 });
    for (const aux of ['sont', 'étaient']) for (const p of plural) out.push({ form: aux, f: 'part', rest: [p], gap: 1 });
  }
  return out;
}

/**
 * An object pronoun right before a gerund or an infinitive ("les accusant de …", "pour la soutenir", "lui demandant
 * de …"): the object is the target of the trigger before it, as with Italian "accusandoli". The pronoun is the head
 * and the verb must follow it at once (gap 0.5: no token between). "le/la/l'" only before infinitives: before a
 * gerund they are articles of a noun spelt alike ("l'opposant", "le manifestant").
 */
const CLITICS: Array<[string, 'singular' | 'plural', 'ger' | 'inf' | 'both']> = [
  ['les', 'plural', 'both'], ['leur', 'plural', 'both'], ['lui', 'singular', 'both'],
  ["l'", 'singular', 'inf'], ['la', 'singular', 'inf'], ['le', 'singular', 'inf'],
];
type CliticForm = Form & { readonly cl: 'singular' | 'plural' };
function clitics(forms: readonly Form[]): CliticForm[] {
  const out: CliticForm[] = [];
  for (const { form, f } of forms) {
    if (f !== 'ger' && f !== 'inf') continue;
    for (const [pronoun, cl, before] of CLITICS) {
      if (before !== 'both' && before !== f) continue;
      out.push({ form: pronoun, f, rest: [form], gap: 0.5, cl });
    }
  }
  return out;
}

/** Plural of a French noun by the usual rules; invariable nouns (-s, -x, -z, hyphenated compounds) stay as they are. */
/** Words inside noun expressions that never take a plural ("poignée de main", "état d'alerte"). */
const INVARIABLE = new Set(['de', "d'", 'du', 'des', 'a', 'à', 'au', 'aux', 'en', 'le', 'la', "l'", 'les', 'et', 'pour', 'sur', 'contre', 'par']);

export function frenchPlural(noun: string): string {
  if (INVARIABLE.has(noun) || /[sxz]$/.test(noun) || noun.includes('-') || noun.endsWith("'")) return noun;
  if (/(?:eau|au|eu)$/.test(noun) && !/(?:pneu|bleu)$/.test(noun)) return noun + 'x';
  if (/al$/.test(noun) && !/(?:festival|carnaval|bal|récital|chacal)$/.test(noun)) return noun.slice(0, -2) + 'aux';
  if (/(?:trav|vitr|émi|cor|soupir|bai)ail$/.test(noun)) return noun.slice(0, -3) + 'aux';
  return noun + 's';
}

function frenchNoun(lemma: string): Form[] {
  const forms = new Set([lemma, frenchPlural(lemma)]);
  return [...forms].map((form) => ({ form, f: 'noun' as const }));
}

export function inflectFrench(word: string, pos: 'verb' | 'noun'): Form[] {
  return pos === 'verb' ? frenchVerb(word) : frenchNoun(word);
}
