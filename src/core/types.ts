// Plain data types shared by every step of the pure core.

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
/** The code of an actor whose country the text does not say ("students marched"); PETRARCH and Phoenix write "---" too. */
export const UNKNOWN_ACTOR = '---';
export type Status = 'asserted' | 'claimed' | 'hypothetical' | 'negated';
export type Span = readonly [number, number];

/** Where a lexicon entry was written, so every event can say which rule fired. */
export interface RuleRef { readonly id: string; readonly file: string; readonly line: number }

export interface Token {
  readonly text: string;
  readonly fold: string;
  readonly start: number;
  readonly end: number;
}

export interface Sentence { readonly index: number; readonly text: string; readonly span: Span; readonly tokens: readonly Token[] }

export type MentionKind = 'state' | 'capital' | 'metonym' | 'org' | 'person' | 'role' | 'pronoun' | 'demonym';

/** An actor mention found in a sentence; token indices are sentence-local, [from, to). */
export interface Mention {
  readonly kind: MentionKind;
  code: string;
  sector: string | null;
  actorId: string | null;
  role: string | null;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  readonly text: string;
  /** base preposition governing the mention (a, di, con, to, by…), null when none */
  prep: string | null;
  /** place-like mentions (capital, city) can also be event locations */
  readonly place: boolean;
  /** written in a non-nominative case form (see Phrase.o) */
  readonly oblique?: boolean;
}

export interface ActorRef {
  readonly code: string;
  readonly sector: string | null;
  readonly actor_id: string | null;
  readonly text: string;
  readonly span: Span;
}

export interface CodedEvent {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly cameo: string;
  readonly goldstein: number;
  readonly status: Status;
  readonly source: ActorRef;
  readonly target: ActorRef | null;
  readonly date: string;
  readonly date_precision: 'day' | 'month' | 'year' | 'publication';
  readonly location: { readonly name: string; readonly code: string } | null;
  readonly quote: { readonly text: string; readonly speaker: string | null } | null;
  readonly sentence: { readonly index: number; readonly text: string; readonly span: Span };
  readonly trigger: { readonly text: string; readonly span: Span };
  readonly rule: RuleRef;
  readonly mentions: number;
}

export interface Quote { readonly text: string; readonly span: Span; readonly speaker: ActorRef | null; readonly sentence: number }

export interface Problem { readonly code: string; readonly message: string; readonly place?: string }

export interface CodeOptions {
  /** ISO date (YYYY-MM-DD) the article was published; relative dates resolve against it */
  readonly date: string;
  /** language code; detected when absent */
  readonly lang?: string;
}

export type CodeResult =
  | { readonly ok: true; readonly lang: string; readonly events: readonly CodedEvent[]; readonly quotes: readonly Quote[]; readonly sentences: number; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly error: Problem };
