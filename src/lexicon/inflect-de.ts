// German inflection of trigger lemmas, used only when the lexicon is compiled (never at run time).
// Rules for weak verbs, a table of strong and mixed verbs, separable prefixes, and noun plurals/genitives.
//
// Separable verbs are written with the prefix marked by a hyphen, "zu-sagen" (the tokenizer keeps a hyphenated
// word whole, while "zu|sagen" would reach the inflector as three tokens; "|" is accepted too). They give
//   - split forms for main clauses, head = the finite verb, rest = [prefix], gap 12:  "sagte … zu", "weist … aus"
//   - joined forms for subordinate clauses and compound tenses: "zusagte", "zugesagt", "zusagen", "zuzusagen".
// Verbs whose first letters look like a separable prefix but are not one ("annektieren") are written unmarked.
// Object words after the verb ("auf-heben-Sanktionen") make an expression whose object may stand between the verb
// and its prefix, or before a final participle; the object then no longer fires as a trigger of its own.
import type { Form } from './inflect.ts';
import { fold } from '../core/text.ts';

// The compiler hands over folded words ("zurück-weisen" arrives as "zuruck-weisen", "töten" as "toten"):
// every table below is looked up by its folded key.
const folded = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).map(([k, v]) => [fold(k), v]));

/** Strong and mixed verbs: present 3sg | past 3sg (alternatives with ",") | past participle (with ge- where it has one). */
const STRONG: Record<string, string> = {
  befehlen: 'befiehlt|befahl|befohlen',
  beginnen: 'beginnt|begann|begonnen',
  bieten: 'bietet|bot|geboten',
  binden: 'bindet|band|gebunden',
  bitten: 'bittet|bat|gebeten',
  brechen: 'bricht|brach|gebrochen',
  brennen: 'brennt|brannte|gebrannt',
  bringen: 'bringt|brachte|gebracht',
  denken: 'denkt|dachte|gedacht',
  dringen: 'dringt|drang|gedrungen',
  empfehlen: 'empfiehlt|empfahl|empfohlen',
  fahren: 'fährt|fuhr|gefahren',
  fallen: 'fällt|fiel|gefallen',
  fangen: 'fängt|fing|gefangen',
  finden: 'findet|fand|gefunden',
  fliegen: 'fliegt|flog|geflogen',
  fliehen: 'flieht|floh|geflohen',
  frieren: 'friert|fror|gefroren',
  geben: 'gibt|gab|gegeben',
  gehen: 'geht|ging|gegangen',
  gewinnen: 'gewinnt|gewann|gewonnen',
  greifen: 'greift|griff|gegriffen',
  halten: 'hält|hielt|gehalten',
  hängen: 'hängt|hing,hängte|gehangen,gehängt',
  heben: 'hebt|hob|gehoben',
  heißen: 'heißt|hieß|geheißen',
  helfen: 'hilft|half|geholfen',
  kennen: 'kennt|kannte|gekannt',
  kommen: 'kommt|kam|gekommen',
  laden: 'lädt|lud|geladen',
  lassen: 'lässt|ließ|gelassen',
  laufen: 'läuft|lief|gelaufen',
  leihen: 'leiht|lieh|geliehen',
  liegen: 'liegt|lag|gelegen',
  meiden: 'meidet|mied|gemieden',
  nehmen: 'nimmt|nahm|genommen',
  nennen: 'nennt|nannte|genannt',
  raten: 'rät|riet|geraten',
  reißen: 'reißt|riss|gerissen',
  rufen: 'ruft|rief|gerufen',
  schieben: 'schiebt|schob|geschoben',
  schießen: 'schießt|schoss|geschossen',
  schlagen: 'schlägt|schlug|geschlagen',
  schließen: 'schließt|schloss|geschlossen',
  schneiden: 'schneidet|schnitt|geschnitten',
  schreiben: 'schreibt|schrieb|geschrieben',
  schreien: 'schreit|schrie|geschrien',
  schweigen: 'schweigt|schwieg|geschwiegen',
  schwören: 'schwört|schwor|geschworen',
  sehen: 'sieht|sah|gesehen',
  senden: 'sendet|sandte,sendete|gesandt,gesendet',
  singen: 'singt|sang|gesungen',
  sinken: 'sinkt|sank|gesunken',
  sitzen: 'sitzt|saß|gesessen',
  sprechen: 'spricht|sprach|gesprochen',
  stechen: 'sticht|stach|gestochen',
  stehen: 'steht|stand|gestanden',
  sterben: 'stirbt|starb|gestorben',
  stoßen: 'stößt|stieß|gestoßen',
  streichen: 'streicht|strich|gestrichen',
  streiten: 'streitet|stritt|gestritten',
  tragen: 'trägt|trug|getragen',
  treffen: 'trifft|traf|getroffen',
  treiben: 'treibt|trieb|getrieben',
  treten: 'tritt|trat|getreten',
  tun: 'tut|tat|getan',
  verbieten: 'verbietet|verbot|verboten',
  vergessen: 'vergisst|vergaß|vergessen',
  verlieren: 'verliert|verlor|verloren',
  wachsen: 'wächst|wuchs|gewachsen',
  weichen: 'weicht|wich|gewichen',
  weisen: 'weist|wies|gewiesen',
  wenden: 'wendet|wandte,wendete|gewandt,gewendet',
  werben: 'wirbt|warb|geworben',
  werfen: 'wirft|warf|geworfen',
  wiegen: 'wiegt|wog|gewogen',
  ziehen: 'zieht|zog|gezogen',
  zwingen: 'zwingt|zwang|gezwungen',
};

const STRONG_F = folded(STRONG);

/** Lemmas whose umlaut tells them apart from a frequent noun ("töten" the verb, "die Toten" the dead). */
const RESTORE: Record<string, string> = folded({ töten: 'töten', drängen: 'drängen', zählen: 'zählen' });

/** Verbs that end like a strong verb but are weak ("beantragen" is not "be-an-tragen" with "trug"). */
const WEAK_ANYWAY = new Set(['beantragen', 'beauftragen', 'veranlassen', 'verhängen', 'beschlagnahmen'].map(fold));

/** Joined finite forms that are mostly nouns in news text. */
const NOUN_LIKE = new Set(['angriff', 'angriffen', 'anschlag', 'ausschlag', 'vorschlag', 'aufruf', 'anruf', 'abzug', 'auszug', 'einfall', 'überfall'].map(fold));

/** Inseparable prefixes: no ge- in the participle ("verurteilt", "beschossen", "empfangen"). */
const INSEPARABLE = /^(?:be|ge|er|ver|zer|ent|emp|miss|über|uber|unter|wider|hinter|voll|durch|um)/;

/** Separable prefixes that may stand before the verb in a marked lemma ("zurück-weisen", "wieder-auf-nehmen"). */
const SEPARABLE = new Set(['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'frei', 'her', 'hin', 'los', 'mit', 'nach', 'statt',
  'teil', 'vor', 'weg', 'weiter', 'wieder', 'zu', 'zurück', 'zusammen', 'entgegen', 'gegenüber', 'bereit', 'bekannt', 'heraus',
  'hinzu', 'voran', 'vorbei', 'zuvor', 'durch', 'um', 'über', 'unter', 'kund', 'hoch', 'offen', 'dar', 'nieder'].map(fold));

/**
 * A marked lemma: separable prefix(es), the verb, then object words that stand between the verb and its prefix
 * ("auf-heben-Sanktionen": "hob die Sanktionen gegen X auf", "hat die Sanktionen aufgehoben").
 */
function parseLemma(w: string): { prefix: string; verb: string; objects: string[] } {
  const parts = w.split(/[|-]/).filter(Boolean);
  let k = 0;
  while (k < parts.length - 1 && SEPARABLE.has(parts[k]!)) k++;
  return { prefix: parts.slice(0, k).join(''), verb: parts[k]!, objects: parts.slice(k + 1) };
}

/** Stem of a verb: "sagen" → "sag", "liefern" → "liefer", "handeln" → "handel". */
function stemOf(inf: string): string {
  if (/[elr]n$/.test(inf) && /(?:el|er)n$/.test(inf)) return inf.slice(0, -1);
  if (inf.endsWith('en')) return inf.slice(0, -2);
  return inf.replace(/n$/, '');
}

/** An -e- is inserted before -t after t/d and after consonant + m/n ("meldet", "rechnet", "unterzeichnet"). */
function needsE(stem: string): boolean {
  if (/[td]$/.test(stem) || /(?:chn|ckn|ffn|pfn|gn|dm|tm)$/.test(stem)) return true;
  return /[^aeiouäöülrmnhc][mn]$/.test(stem) && !/(?:el|er)$/.test(stem);
}

interface Conj { pres: string[]; past: string[]; konj: string[]; part: string[]; inf: string }

/** Conjugation of a verb that has no separable prefix (it may have an inseparable one). */
function conjugate(verb: string): Conj {
  // the strong verb this one ends with, and the prefix in front of it
  let base: string | null = null;
  for (const k of Object.keys(STRONG_F)) if (verb.endsWith(k) && (!base || k.length > base.length)) base = k;
  if (base && WEAK_ANYWAY.has(verb)) base = null;
  const stem = stemOf(verb);
  const e = needsE(stem) ? 'e' : '';
  if (base) {
    const pre = verb.slice(0, verb.length - base.length);
    const [pres, past, part] = STRONG_F[base]!.split('|') as [string, string, string];
    const pasts = past.split(',');
    const noGe = pre !== '' && INSEPARABLE.test(pre);
    // (the ge- of "gewinnen" is part of the verb: "gewonnen" keeps it)
    const parts = part.split(',').map((p) => pre + (noGe && p.startsWith('ge') && base !== 'gewinnen' ? p.slice(2) : p));
    return {
      pres: [pre + pres],
      past: pasts.flatMap((p) => [pre + p, pre + (p.endsWith('e') ? p + 'n' : p + 'en')]),
      konj: [stem + 'e'],
      part: parts,
      inf: verb,
    };
  }
  const ieren = /ieren$/.test(verb);
  const noGe = ieren || INSEPARABLE.test(verb) && verb.length > 6;
  return {
    pres: [stem + e + 't'],
    past: [stem + e + 'te', stem + e + 'ten'],
    konj: [stem + 'e'],
    part: [(noGe ? '' : 'ge') + stem + e + 't'],
    inf: verb,
  };
}

/** Words of a verb expression may stand further apart in German than in Italian ("verhängte am Montag neue Sanktionen"). */
const EXPRESSION_GAP = 4;
/** A separable verb's prefix closes the main clause ("sagte der Ukraine weitere Hilfe zu"). */
const BRACKET_GAP = 12;

function verbForms(word: string): Form[] {
  const { prefix, verb: v, objects } = parseLemma(word.toLowerCase());
  const verb = RESTORE[v] ?? v;
  const c = conjugate(verb);
  const finite = [...c.pres, ...c.past, ...c.konj];
  const out: Form[] = [];
  const joined: Array<[string, Form['f']]> = [];
  if (!prefix) {
    for (const f of finite) joined.push([f, 'fin']);
    joined.push([c.inf, 'inf']);
    for (const p of c.part) joined.push([p, 'part']);
    if (!objects.length) return joined.map(([form, f]) => ({ form, f, gap: EXPRESSION_GAP }));
    // verb second ("lockerte einige Sanktionen"), or the object first and the verb last ("hat die Sanktionen gelockert")
    for (const [form, f] of joined) {
      if (f === 'fin' || f === 'inf') out.push({ form, f, rest: objects, gap: EXPRESSION_GAP });
      out.push({ form: objects[0]!, f, rest: [...objects.slice(1), form], gap: BRACKET_GAP });
    }
    return out;
  }
  // main clause: the finite verb stands second, its prefix closes the clause ("sagte der Ukraine Hilfe zu")
  for (const f of [...finite, c.inf]) out.push({ form: f, f: 'fin', rest: [...objects, prefix], gap: BRACKET_GAP });
  // subordinate clause and compound tenses: one word ("dass Berlin Hilfe zusagte", "hat zugesagt");
  // a joined form that is also a frequent noun stays out ("angriff": der Angriff)
  // (a joined present that looks like the participle is the participle: "einbestellt", "anerkannt")
  for (const f of finite) if (!NOUN_LIKE.has(fold(prefix + f)) && !c.part.includes(f)) joined.push([prefix + f, 'fin']);
  joined.push([prefix + c.inf, 'inf'], [prefix + 'zu' + c.inf, 'inf']);
  for (const p of c.part) joined.push([prefix + p, 'part']);
  for (const [form, f] of joined) {
    if (!objects.length) out.push({ form, f, gap: EXPRESSION_GAP });
    else out.push({ form: objects[0]!, f, rest: [...objects.slice(1), form], gap: BRACKET_GAP });
  }
  return out;
}

// ---------- nouns ----------
/** Masculine/neuter heads with an umlaut plural, matched at the end of compounds (Vorwurf → Vorwürfe). */
const UMLAUT_PLURAL: Array<[string, string]> = [
  ['wurf', 'würfe'], ['zug', 'züge'], ['schlag', 'schläge'], ['satz', 'sätze'], ['fall', 'fälle'], ['trag', 'träge'],
  ['schluss', 'schlüsse'], ['marsch', 'märsche'], ['spruch', 'sprüche'], ['bruch', 'brüche'], ['stand', 'stände'],
  ['kampf', 'kämpfe'], ['flug', 'flüge'], ['schuss', 'schüsse'], ['gang', 'gänge'], ['tausch', 'täusche'],
  ['rat', 'räte'], ['plan', 'pläne'], ['sturz', 'stürze'], ['drang', 'dränge'], ['band', 'bände'], ['hof', 'höfe'],
];
const FEMININE = /(?:ung|heit|keit|schaft|ion|tät|ie|ik|ur|enz|anz|ei)$/;

function nounForms(word: string): Form[] {
  const forms = new Set<string>([word]);
  const lower = word.toLowerCase();
  const add = (...xs: string[]) => { for (const x of xs) forms.add(x); };
  const umlaut = UMLAUT_PLURAL.find(([sg]) => lower.endsWith(sg));
  if (umlaut) {
    const pl = word.slice(0, word.length - umlaut[0].length) + umlaut[1];
    add(pl, pl + 'n', word + 's', word + 'es');         // Vorwurf → Vorwürfe, Vorwürfen, Vorwurfs
  } else if (FEMININE.test(lower)) {
    add(/ie$/.test(lower) ? word + 'n' : word + 'en');   // Drohung → Drohungen, Garantie → Garantien
  } else if (/e$/.test(lower)) {
    add(word + 'n');                                     // Hilfe → Hilfen, Waffenruhe → Waffenruhen
  } else if (/(?:er|el)$/.test(lower)) {
    add(word + 'n', word + 's');                         // Gipfel → Gipfeln, Gipfels
  } else if (/en$/.test(lower)) {
    add(word + 's');                                     // Treffen → Treffens, Abkommen → Abkommens
  } else if (/nis$/.test(lower)) {
    add(word + 'se', word + 'sen', word + 'ses');        // Zugeständnis → Zugeständnisse
  } else if (/um$/.test(lower)) {
    add(word.slice(0, -2) + 'en', word + 's');           // Ultimatum → Ultimaten
  } else if (/[aoiuy]$/.test(lower)) {
    add(word + 's');                                     // Embargo → Embargos, Veto → Vetos
  } else {
    add(word + 'e', word + 'en', word + 's', word + 'es'); // Angriff → Angriffe, Angriffen, Angriffs, Angriffes
  }
  return [...forms].map((form) => ({ form, f: 'noun' as const }));
}

export function inflectGerman(word: string, pos: 'verb' | 'noun'): Form[] {
  return pos === 'verb' ? verbForms(word) : nounForms(word);
}
