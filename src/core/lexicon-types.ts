// The compiled lexicon: the single value every core step reads (built by src/lexicon/compile.ts).
import type { PloverType, RuleRef } from './types.ts';

export type PhraseKind = 'state' | 'demonym' | 'capital' | 'metonym' | 'city' | 'org' | 'org-adj' | 'person' | 'short' | 'role';

/** One gazetteer phrase; `t` holds the folded tokens after the first. */
export interface Phrase {
  readonly t: readonly string[];
  readonly k: PhraseKind;
  readonly c?: string;        // actor code (state, org) or person id for person/short
  readonly s?: string | null; // sector (roles)
  readonly r?: string;        // role kind (roles)
  /** 1: the text must be capitalised (a name), 2: all capitals (US, not "us") */
  readonly cap?: 1 | 2;
  /** 1: a non-nominative case form (from an `oblique` list): never a subject where the language marks case */
  readonly o?: 1;
  readonly ref: RuleRef;
}

export interface Role { readonly code: string; readonly sector: string; readonly role: string; readonly from?: string; readonly until?: string }
export interface Person { readonly id: string; readonly name: string; readonly roles: readonly Role[] }

export type VerbForm = 'fin' | 'fut' | 'cond' | 'inf' | 'ger' | 'part' | 'noun';

export interface TriggerEntry {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun' | 'fixed';
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly context: readonly string[];
  readonly target: readonly string[] | null;
  readonly source: readonly string[] | null;
  readonly symmetric: boolean;
  readonly claims: boolean;
  /** the trigger does not fire when the next word is one of these ("sostenere che" = to claim) */
  readonly unlessNext?: readonly string[];
  /** words that may not stand between the expression's words ("close … border" not across "to") */
  readonly unlessBetween?: readonly string[];
  /** a verb that is no event when used as a noun ("the scramble for grain"): YAML `noun: false` */
  readonly verbOnly?: boolean;
  /** the trigger fires only when its target's words include one of these ("convocare" → ambasciatore) */
  readonly targetWords?: readonly string[];
  /** a modal of obligation ("must") after a verb of saying: the speaker asks the modal's subject ("said China must…") */
  readonly obligation?: boolean;
  /** the type when every doer is a civilian group: a "strike" by workers is a PROTEST (YAML `by_civilians`) */
  readonly byCivilians?: PloverType;
  readonly ref: RuleRef;
}

/** One surface form of a trigger, indexed by its first folded token. */
export interface TriggerForm {
  readonly t: readonly string[]; // following tokens of an expression (gaps allowed)
  readonly e: number;            // index into LangLexicon.entries
  readonly f: VerbForm;
  readonly cl?: 'singular' | 'plural'; // clitic object attached (accusandoli)
  readonly x?: string;           // the exact lower-case surface when accents were folded away (incontrò)
  readonly g?: number;           // largest gap before the following words (separable verbs), default 3
}

export interface LanguageData {
  readonly elision: boolean;
  readonly possessive: boolean;
  readonly articles: readonly string[];
  readonly prepositions: Readonly<Record<string, string>>;
  readonly multiwordPrepositions: Readonly<Record<string, string>>;
  readonly agentPrepositions: readonly string[];
  readonly nounTargetPrepositions: readonly string[];
  readonly nounSourcePrepositions: readonly string[];
  readonly coordinators: readonly string[];
  readonly passiveAuxiliaries: readonly string[];
  readonly perfectAuxiliaries: readonly string[];
  readonly boundaries: readonly string[];
  readonly negation: readonly string[];
  readonly negationPhrases: readonly string[];
  readonly hypothetical: readonly string[];
  readonly reported: readonly string[];
  readonly reportativeAuxiliaries: readonly string[];
  readonly futureAuxiliaries: readonly string[];
  readonly futureEndings: readonly string[];
  readonly infinitiveMarkers: readonly string[];
  readonly reflexives: readonly string[];
  readonly quantifiers: readonly string[];
  /** possessive determiners ("su", "sus"): after a verb of saying, "manifestó su condena" is the sayer's own act */
  readonly possessives: readonly string[];
  /** endings an adjective may have (only words with one are skipped before a mention); empty: any lowercase word */
  readonly adjectiveEndings: readonly string[];
  /** this language's labels for the core's preposition roles, added to the built-in ones */
  readonly complementizers: readonly string[];
  readonly participantPrepositions: readonly string[];
  readonly innerPrepositions: readonly string[];
  /** base prepositions of "at X's request" before a request noun («по просьбе», "à la demande"): the clause's subject is asked */
  readonly behestPrepositions: readonly string[];
  /** predicates that, after an event noun in its clause, say it did not happen («столкновений не было», "n'a pas eu lieu") */
  readonly denialsAfter: readonly string[];
  /** verbs (lemmas) whose compound tenses take the passive auxiliary yet are active: "sont entrés en grève", "est arrivé" */
  readonly unaccusatives: readonly string[];
  /** German: the subject may follow the finite verb (V2), nouns are capitalised, verbs end their clause */
  readonly verbSecond: boolean;
  /** Russian: case endings, not word order, tell subject from object (oblique mentions are never subjects) */
  readonly caseMarking: boolean;
  /** the verb's ending says its subject, which may be left out (it, es, ru) */
  readonly proDrop: boolean;
  /** Romance order: adjectives follow their noun ("il ministro della Difesa russo") */
  readonly adjectiveAfterNoun: boolean;
  readonly capitalisedNouns: boolean;
  /** how far back an auxiliary may stand from its participle (3; a verb-final language needs its clause) */
  readonly auxiliaryWindow: number;
  /** negation may follow the verb within this many tokens ("verurteilte Indien nicht") */
  readonly negationAfter: number;
  readonly partitiveArticles: readonly string[];
  readonly pronouns: { readonly singular: readonly string[]; readonly plural: readonly string[]; readonly object: readonly string[] };
  readonly clitics: Readonly<Record<string, 'singular' | 'plural'>>;
  readonly pairReferences: readonly string[];
  readonly relatives: readonly string[];
  /** verbs whose subject undergoes what their object names ("faced criticism", "ha subito un attacco"), every form */
  readonly undergoingVerbs: readonly string[];
  /** verbs of saying, every form: after one, a conditional or "would" tells a future ("said it would") */
  readonly speechVerbs: readonly string[];
  /** words that open a subordinate clause ("that", "che", "dass"): what follows is no object of the verb before */
  readonly subordinators: readonly string[];
  /** hypothetical cues that after a verb of saying tell a future instead ("would") */
  readonly futureInPast: readonly string[];
  /** every form of the verbs whose infinitive complement is their subject's own act ("began to", "intentó") */
  readonly aspectVerbs: readonly string[];
  /** cue words (folded → as written, lowercase) that are cues only with their accent: "würde", not "wurde" */
  readonly accentedCues: Readonly<Record<string, string>>;
  readonly abbreviations: readonly string[];
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly relativeDays: Readonly<Record<string, number>>;
  readonly futureMarkers: readonly string[];
  readonly locationPrepositions: readonly string[];
  readonly contextCues: Readonly<Record<string, readonly string[]>>;
}

export interface LangLexicon {
  readonly phrases: Readonly<Record<string, readonly Phrase[]>>;
  readonly triggers: Readonly<Record<string, readonly TriggerForm[]>>;
  readonly entries: readonly TriggerEntry[];
  readonly language: LanguageData;
}

export interface Lexicon {
  readonly version: string;
  /** `recipient`: PLOVER requires one (COOPERATE, AID, SANCTION); the other types may stand without a target */
  readonly types: Readonly<Record<PloverType, { readonly quad: number; readonly cameo: string; readonly modes: Readonly<Record<string, string>>; readonly recipient: boolean }>>;
  readonly cameo: Readonly<Record<string, { readonly name: string; readonly goldstein: number }>>;
  readonly actors: Readonly<Record<string, { readonly name: string; readonly kind: string; readonly sector: string | null; readonly parent?: string }>>;
  readonly people: Readonly<Record<string, Person>>;
  readonly langs: Readonly<Record<string, LangLexicon>>;
}
