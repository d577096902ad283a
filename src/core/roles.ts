// Who is the source and who the target of one trigger: clause bounds, voice, prepositional frames, coordination.
import type { LangLexicon } from './lexicon-types.ts';
import { UNKNOWN_ACTOR, type Mention, type Token } from './types.ts';
import { dateWord, type TriggerMatch } from './triggers.ts';
import { anyCue, matchAt } from './match.ts';
import { governingPreposition } from './mentions.ts';

export interface SentenceState {
  readonly tokens: readonly Token[];
  readonly actors: readonly Mention[];
  readonly demonyms: readonly Mention[];
  /** where someone uncodable stands (see SentenceMentions.unknown) */
  readonly unknown: readonly number[];
  readonly L: LangLexicon;
  /** mentions already used as targets by earlier triggers of the sentence */
  readonly consumed: Set<Mention>;
  /** the discourse subject carried over from earlier sentences (pro-drop, headlines) */
  readonly discourseSubject: readonly Mention[];
  /** the last things acted upon in earlier sentences ("lo ha arrestato") */
  readonly discourseObject: readonly Mention[];
  /** source and targets of the previous triggers of the sentence, in order */
  readonly previous: Array<{ readonly trig: TriggerMatch; readonly sources: readonly Mention[]; readonly targets: readonly Mention[]; readonly finite: boolean }>;
}

export interface Roles {
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
  /** the source was guessed from the clause rather than read off the trigger's own frame */
  readonly guessed: boolean;
  readonly passive: boolean;
  /** an aside between commas ("Israel, backed by the US, said…"): no main verb whose subject later words share */
  readonly aside?: boolean;
  /** the targets are still free to be the clause's subject ("à la demande de X, Y a …") */
  readonly shared?: boolean;
}

const WINDOW = 14;
/** Words about another act ("condemned the attack", "welcomed the deal"): that act is not their speaker's. */
export const REACTION_TYPES: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
const NOUN_TARGET_WINDOW = 10;
/** prepositions that stay inside a noun phrase: "i legami tra X e Y", "the ties between X and Y" */
const NP_INNER = new Set(['tra', 'between', 'con', 'with', 'di', 'of']);
/** prepositions after which an event noun is still something the clause's subject takes part in */
const PARTICIPANT = new Set(['per', 'durante', 'dopo', 'in', 'for', 'during', 'after', 'pour', 'pendant', 'après', 'para', 'tras', 'für', 'während', 'nach']);
const GENITIVE = new Set(['di', 'of', 'de']);
/** prepositions that open a verb's complement: "accusare di", "pronti ad aiutare", "agreed to send", "accused of" */
const COMPLEMENTIZERS = new Set(['di', 'a', 'of', 'for', 'to', 'de', 'à', 'zu']);
const PARTICIPLE = /(?:at|ut|it|ed|ss|st)[oaie]?$/;
/** prepositions that name the owner or author of a non-actor object */
const OWNER_PREPOSITIONS = ['di', 'da', 'da parte di', 'of', 'by', 'de', 'par', 'por', 'von'];
const FINITE = new Set(['fin', 'fut', 'cond']);

export function clauseBounds(st: SentenceState, trig: TriggerMatch): [number, number] {
  const { tokens, L } = st;
  const b = L.language.boundaries;
  let lo = 0, hi = tokens.length;
  // a short parenthesis ("the European Union (EU)") is no clause boundary
  const SHORT = 3;
  for (let i = trig.head - 1; i >= 0; i--) {
    if (tokens[i]!.text === ')') {
      const open = tokens.slice(Math.max(0, i - SHORT - 1), i).map((t) => t.text).lastIndexOf('(');
      if (open >= 0) { i = Math.max(0, i - SHORT - 1) + open; continue; }
    }
    if (matchAt(tokens, i, b)) { lo = i + 1; break; }
  }
  for (let i = trig.end; i < tokens.length; i++) {
    if (tokens[i]!.text === '(') {
      const close = tokens.slice(i + 1, i + SHORT + 2).findIndex((t) => t.text === ')');
      if (close >= 0) { i = i + 1 + close; continue; }
    }
    if (matchAt(tokens, i, b)) { hi = i; break; }
  }
  return [lo, hi];
}

/** "the European Union (EU)": a mention in parentheses right after one of the same actor restates it. */
function restated(st: SentenceState, m: Mention): boolean {
  const { tokens } = st;
  return tokens[m.from - 1]?.text === '(' && tokens[m.to]?.text === ')' && st.actors.some((a) => a !== m && a.to === m.from - 1 && a.code === m.code);
}

/**
 * Tokens between two mentions are only list glue: commas, "e", "in particolare", articles, the list's own preposition,
 * and right before the next mention at most two adjectives after a conjunction or an article ("Poland and the
 * neighbouring Lithuania", "Chile, the southern Argentina"); a bare comma does not open room for them.
 */
function glued(st: SentenceState, from: number, to: number, prep: string | null): boolean {
  const lang = st.L.language;
  let opened = false, adjectives = 0, joined = false;
  for (let i = from; i < to; ) {
    const c = matchAt(st.tokens, i, lang.coordinators);
    const a = c ? 0 : matchAt(st.tokens, i, lang.articles);
    // (the list's preposition only after a comma or conjunction: "of Italy and of France", not "troops of X from Y")
    const n = c || a || (prep && joined && lang.prepositions[st.tokens[i]!.fold] === prep ? 1 : 0);
    if (c) joined = true;
    if (n) {
      if (adjectives) return false;
      if (a || (c && st.tokens[i]!.fold !== ',')) opened = true;
      i += n;
      continue;
    }
    if (!opened || adjectives >= 2 || !adjectiveLike(st, i)) return false;
    adjectives++;
    i++;
  }
  return true;
}

/**
 * "…its embassy, a senior Swiss official said": a mention opening a comma-separated aside with a verb right after it
 * is that clause's subject, not the object of a trigger before it.
 */
function subjectOfAside(st: SentenceState, m: Mention): boolean {
  const { tokens } = st;
  const lang = st.L.language;
  if (m.prep !== null) return false;
  let k = m.from - 1;
  for (let n = 0; n < 3 && k >= 0 && (matchAt(tokens, k, lang.articles) === 1 || adjectiveLike(st, k)); n++) k--;
  if (tokens[k]?.fold !== ',') return false;
  const next = tokens[m.to];
  if (!next || !/^\p{Ll}+$/u.test(next.text) || lang.prepositions[next.fold] !== undefined) return false;
  return !matchAt(tokens, m.to, lang.coordinators) && !matchAt(tokens, m.to, lang.articles) && !matchAt(tokens, m.to, lang.relatives);
}

/** A lowercase word that may be an adjective: no function word, cue or event word of the language. */
function adjectiveLike(st: SentenceState, i: number): boolean {
  const t = st.tokens[i]!;
  const lang = st.L.language;
  if (!/^\p{Ll}[\p{L}-]*$/u.test(t.text) || st.L.triggers[t.fold] || lang.prepositions[t.fold] !== undefined) return false;
  if (lang.adjectiveEndings.length && !lang.adjectiveEndings.some((e) => t.fold.endsWith(e))) return false;
  const lists = [lang.relatives, lang.boundaries, lang.negation, lang.hypothetical, lang.perfectAuxiliaries, lang.passiveAuxiliaries, lang.futureAuxiliaries, lang.pronouns.singular, lang.pronouns.plural, lang.pronouns.object];
  return !lists.some((l) => matchAt(st.tokens, i, l) > 0);
}

/** A mention plus those coordinated with it ("l'Occidente, in particolare gli Stati Uniti"); `limit` bounds the search. */
function withCoordinated(st: SentenceState, first: Mention, pool: readonly Mention[], forward: boolean, limit: number): Mention[] {
  // mentions over the same words are one list already ("Hungarian and Romanian officials", "i due Paesi")
  const out = [first, ...pool.filter((m) => m !== first && m.from === first.from && m.to === first.to)];
  const sorted = [...pool].sort((a, b) => a.from - b.from);
  let cur = first;
  for (;;) {
    const next = forward ? sorted.find((m) => m.from >= cur.to && m.to <= limit) : sorted.filter((m) => m.to <= cur.from && m.from >= limit).pop();
    if (!next || !(forward ? glued(st, cur.to, next.from, first.prep) : glued(st, next.to, cur.from, first.prep))) break;
    // (where case is marked, two names side by side are no list: «по запросу Франции Бельгия выдала»)
    if (st.L.language.caseMarking && (forward ? next.from === cur.to : next.to === cur.from)) break;
    // "…i raid su Gaza, l'ONU chiede…": after a bare comma, a mention followed by a verb starts a new clause
    const after = st.tokens[next.to];
    let commaOnly = true;
    for (let k = cur.to; k < next.from; k++) if (st.tokens[k]!.fold !== ',' && !matchAt(st.tokens, k, st.L.language.articles)) commaOnly = false;
    if (forward && commaOnly && after && (st.L.triggers[after.fold] || matchAt(st.tokens, next.to, st.L.language.perfectAuxiliaries) > 0)) break;
    // "…its embassy, a senior Swiss official said": the subject of an aside is no member of the list before it
    if (forward && subjectOfAside(st, next)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** An auxiliary right before the participle, with at most an adverb or clitic between ("ha poi condannato"). */
/** Index of the participle's auxiliary, or -1. */
function auxiliaryOf(st: Pick<SentenceState, 'tokens' | 'L'>, trig: TriggerMatch): number {
  for (let i = trig.head - 1; i >= Math.max(0, trig.head - 1 - st.L.language.auxiliaryWindow); i--) {
    if (matchAt(st.tokens, i, st.L.language.perfectAuxiliaries)) return i;
    // another event participle in between belongs to that auxiliary: "ha respinto proposta …"
    if (st.L.triggers[st.tokens[i]!.fold]?.some((f) => f.f === 'part')) return -1;
  }
  return -1;
}

/** Index of the modal or future auxiliary before an infinitive ("wird … angreifen", "könnte … verhängen"), or -1. */
function modalOf(st: Pick<SentenceState, 'tokens' | 'L'>, trig: TriggerMatch): number {
  const lang = st.L.language;
  for (let i = trig.head - 1; i >= Math.max(0, trig.head - lang.auxiliaryWindow); i--) {
    if (matchAt(st.tokens, i, lang.futureAuxiliaries) || matchAt(st.tokens, i, lang.hypothetical) || matchAt(st.tokens, i, lang.reportativeAuxiliaries)) return i;
    if (st.L.triggers[st.tokens[i]!.fold]?.some((f) => f.f === 'fin' || f.f === 'part')) return -1;
  }
  return -1;
}

export function hasAuxiliary(st: Pick<SentenceState, 'tokens' | 'L'>, trig: TriggerMatch): boolean {
  return auxiliaryOf(st, trig) >= 0;
}

/** A participle with a finite auxiliary ("ha attaccato"), not an infinitival one ("di aver attaccato", "of having"). */
export function finitePerfect(st: Pick<SentenceState, 'tokens' | 'L'>, trig: TriggerMatch): boolean {
  const aux = auxiliaryOf(st, trig);
  if (aux < 0) return false;
  const before = st.tokens[aux - 1];
  const p = before ? st.L.language.prepositions[before.fold] ?? '' : '';
  return !(COMPLEMENTIZERS.has(p) || st.L.language.complementizers.includes(p));
}

export function isPassive(st: SentenceState, trig: TriggerMatch): boolean {
  if (trig.form.f !== 'part' && !(trig.form.f === 'fin' && /ed$/.test(st.tokens[trig.head]!.fold))) return false;
  const aux = st.L.language.passiveAuxiliaries;
  // verb last, the auxiliary follows: "sei einbestellt worden", "dass er festgenommen wurde"
  if (st.L.language.verbSecond && matchAt(st.tokens, trig.end, aux)) return true;
  // ("sont entrés en grève", "est arrivé": a verb of motion or change takes "être" and stays active)
  if (st.L.language.unaccusatives.includes(trig.entry.lemma.split(' ')[0]!.toLowerCase())) return false;
  for (let i = trig.head - 1; i >= Math.max(0, trig.head - st.L.language.auxiliaryWindow); i--) {
    // a possessive 's with a noun after it is no auxiliary: "Ithaca's militia vowed"
    if (st.L.language.possessive && st.tokens[i]!.fold === "'s" && i < trig.head - 1) continue;
    // a reflexive before the auxiliary is no passive: "si è congratulato", "s'est rendu", "se ha reunido"
    if (matchAt(st.tokens, i, aux)) return !(i > 0 && st.L.language.reflexives.includes(st.tokens[i - 1]!.fold));
  }
  return false;
}

/** `recipientNeeded`: PLOVER requires the act to have one (COOPERATE, AID, SANCTION), so a name no lexicon knows may serve. */
export function findRoles(st: SentenceState, trig: TriggerMatch, recipientNeeded = false): Roles {
  const { tokens, L } = st;
  const lang = L.language;
  const [lo, hi] = clauseBounds(st, trig);
  const entry = trig.entry;
  const isNoun = trig.form.f === 'noun';
  const visit = entry.mode === 'visit';
  const usable = st.actors.filter((m) => (!m.place || visit || (entry.target ?? []).includes(m.prep ?? '')) && !restated(st, m));
  const subjects = usable.filter((m) => !m.place);
  // where case is marked (ru), an oblique form is never a subject (a pronoun has its own case, not its referent's)
  const oblique = (m: Mention) => lang.caseMarking && !!m.oblique && m.kind !== 'pronoun';
  const isSubjectLike = (m: Mention) => m.prep === null && !m.place && !oblique(m);
  const nextTrigger = (from: number) => Math.min(hi, from + WINDOW);
  // a mention is reached by a frame's preposition directly ("alla Russia") or inside the phrase it opens
  // ("preoccupazione per i legami tra Pyongyang e Mosca")
  const opened = (m: Mention, preps: readonly string[]) => {
    if (!NP_INNER.has(m.prep ?? '') && !lang.innerPrepositions.includes(m.prep ?? '')) return false;
    for (let i = trig.end; i < m.from; i++) if (preps.includes(lang.prepositions[tokens[i]!.fold] ?? '')) return true;
    return false;
  };
  const words = entry.targetWords;
  const hasWord = (m: Mention) => !words || tokens.slice(m.from, m.to).some((t) => words.includes(t.fold));
  const after = (preps: readonly string[], exclude: readonly Mention[] = [], needWord = false): Mention[] => {
    const limit = nextTrigger(trig.end);
    const first = usable.find((m) => m.from >= trig.end && m.to <= limit && !exclude.includes(m) && (preps.includes(m.prep ?? 'dobj') || opened(m, preps)) && (!needWord || hasWord(m)) && !subjectOfAside(st, m));
    return first ? withCoordinated(st, first, usable.filter((m) => !exclude.includes(m)), true, limit) : [];
  };
  // "…le azioni che minacciano…": right after a relative pronoun the subject is its antecedent, actor or not
  let relative: Mention[] | null = null;
  for (let k = trig.head - 1; k >= Math.max(lo, trig.head - 3); k--) {
    if (!lang.relatives.includes(tokens[k]!.fold)) continue;
    // (a named actor between it and the verb is that verb's own subject: "dijo que Estados Unidos amenazó", "las
    // sanciones que Rusia impuso"; one of unknown country there leaves the antecedent reading)
    // (even when that actor is also the object of the verb of saying before: "Ucrania denunció que Rusia bombardeó")
    const own = subjects.find((m) => m.from > k && m.to <= trig.head && isSubjectLike(m) && m.code !== UNKNOWN_ACTOR);
    if (own) { relative = [own]; break; }
    // (past a comma or up to two adjectives the mention leaves out: "trabajadores estatales que reclaman")
    const loose = (j: number) => tokens[j]!.fold === ',' || adjectiveLike(st, j);
    const ante = subjects.find((m) => m.to === k || (m.to === k - 1 && loose(k - 1)) || (m.to === k - 2 && m.to >= lo && adjectiveLike(st, k - 2) && loose(k - 1)));
    // (a "que" that is also "that", with no antecedent, after a verb of saying opens what is said: "Rusia dijo que romperá…")
    if (!ante && lang.subordinators.includes(tokens[k]!.fold) && anyCue(tokens, Math.max(0, k - 4), k, lang.speechVerbs)) break;
    relative = ante ? [ante] : [];
    break;
  }
  // verb second: the subject stands before the finite auxiliary, the object between it and the participle
  // ("Polen hat Belarus kritisiert")
  // (an infinitive's modal or future auxiliary stands second the same way: "Die Türkei wird Russland angreifen")
  const aux = !lang.verbSecond || lang.caseMarking ? -1 : trig.form.f === 'part' || trig.form.f === 'fin' ? auxiliaryOf(st, trig) : trig.form.f === 'inf' ? modalOf(st, trig) : -1;
  const middle = aux > lo ? subjects.filter((m) => m.from > aux && m.to <= trig.head && isSubjectLike(m)) : [];
  // "X and Y agree that territorial disputes should be resolved": after a "that" with a subject of its own that is no
  // actor, the verb is that thing's, not the main clause's subject's (where subjects may be dropped, an adverb could stand there)
  const thingSubject = !lang.proDrop && !isNoun && ownSubjectAfterSubordinator(st, lo, trig.head);
  const subjectBefore = (): Mention[] => {
    if (relative) return relative;
    if (thingSubject) return [];
    const fronted = aux > lo && subjects.some((x) => x.to <= aux && x.from >= lo && isSubjectLike(x));
    // ("Gestern hat Polen Belarus kritisiert": after a fronted adverb the subject follows the auxiliary)
    if (aux > lo && !fronted && middle.length >= 2) return [middle[0]!];
    const cands = subjects.filter((m) => m.to <= (fronted ? aux : trig.head) && m.from >= lo && isSubjectLike(m));
    for (let k = cands.length - 1; k >= 0; k--) {
      const m = cands[k]!;
      const relative = tokens.slice(m.to, trig.head).some((t) => lang.relatives.includes(t.fold));
      // (a mention taken as an earlier act's target is still the subject of its own clause: "…the prisoners that Azerbaijan detained")
      const opensOwn = lang.subordinators.includes(tokens[m.from - 1]?.fold ?? '') && m.to === trig.head;
      if (st.consumed.has(m) && !relative && !opensOwn) continue;
      // a reference to several actors ("i due Paesi") is several mentions over the same words
      const same = cands.filter((c) => c !== m && c.from === m.from && c.to === m.to);
      return [...withCoordinated(st, m, cands, false, lo).reverse(), ...same];
    }
    return [];
  };

  // an expression that spans its own target: "l'ambasciatore russo è stato convocato dalla Farnesina"
  // the doer of a passive: "da"/"by", or the entry's own ("convocato presso il ministero" → presso)
  const agents = entry.source ?? lang.agentPrepositions;
  // …or, where case is marked, a bare oblique right after the participle ("был нанесён Израилем")
  const agent = (): Mention[] => {
    const found = after(agents);
    // (verb last, the agent stands before the participle: "wurde vom Auswärtigen Amt einbestellt")
    const before = found.length || !lang.verbSecond ? undefined : usable.find((x) => x.from >= lo && x.to <= trig.head && agents.includes(x.prep ?? ''));
    if (before) return [before];
    const m = found.length || !lang.caseMarking ? undefined : usable.find((x) => x.from >= trig.end && x.from <= trig.end + 1 && x.prep === null && oblique(x));
    return m ? withCoordinated(st, m, usable, true, nextTrigger(trig.end)) : found;
  };
  // where case is marked, the subject may follow the verb («высылает Россия», «заявил Песков»)…
  const subjectAfter = (exclude: readonly Mention[]) => subjects.find((m) => m.from >= trig.end && m.to <= hi && isSubjectLike(m) && !exclude.includes(m));
  // …and the object precede it («Украину атаковала Россия»): the nearest bare oblique before the verb
  const objectBefore = (exclude: readonly Mention[]): Mention[] => {
    const m = usable.filter((x) => x.from >= lo && x.to <= trig.head && x.prep === null && oblique(x) && !exclude.includes(x) && !st.consumed.has(x)).pop();
    return m ? withCoordinated(st, m, usable.filter((x) => !exclude.includes(x)), false, lo).reverse() : [];
  };
  // «В МИД России вызвали посла», «… отвергли в Кремле»: where case is marked, the body an act happens "in" (not a place)
  const bodyIn = () => !lang.caseMarking ? undefined : usable.find((m) => m.from >= lo && m.to <= hi && m.prep === 'for' && !m.place && m.code !== UNKNOWN_ACTOR
    && (m.to <= trig.head ? trig.head - m.to <= 3 : m.from - trig.end <= 1));
  // (an active verb whose expression holds its object, "menacer X de représailles", is not one)
  const inside = (isNoun || trig.form.f === 'part') && usable.find((m) => m.to > trig.head && m.from < trig.end);
  // (an agent inside it is the doer, not the target: "Drei Geiseln wurden von der Hamas freigelassen")
  const passiveWithin = () => isPassive(st, trig) || anyCue(tokens, trig.head, trig.end, lang.passiveAuxiliaries);
  if (inside && agents.includes(inside.prep ?? '') && passiveWithin()) return { sources: [inside], targets: [], guessed: false, passive: true };
  if (inside) {
    // (where case is marked and no agent follows, an expression holding its object is active: «Москва не оставит санкции Японии без ответа»)
    const sources = agent();
    // (nor is a perfect that holds its object, "hat der Türkei Hilfslieferungen für die Opfer zugesagt")
    const perfect = trig.form.f === 'part' && finitePerfect(st, trig) && !isPassive(st, trig) && !matchAt(tokens, trig.end, lang.passiveAuxiliaries);
    const active = !sources.length && (lang.caseMarking || perfect) ? subjectBefore().filter((m) => m !== inside) : [];
    const body = !sources.length && !active.length ? bodyIn() : undefined;
    // (and the others listed with it: «вызваны посол Швеции и поверенный в делах Польши»)
    const targets = lang.caseMarking ? withCoordinated(st, inside, usable, true, nextTrigger(trig.end)) : [inside];
    return { sources: active.length ? active : body ? [body] : sources, targets, guessed: false, passive: !active.length };
  }
  if (isNoun) {
    const srcPreps = entry.source ?? lang.nounSourcePrepositions;
    const tgtPreps = (entry.target ?? lang.nounTargetPrepositions).filter((p) => !srcPreps.includes(p));
    // a genitive doer sits right after the noun ("l'appoggio di Pechino"), not across the sentence
    const found = after(srcPreps);
    let sources = found.length && found[0]!.from <= trig.end + (GENITIVE.has(found[0]!.prep ?? '') ? 3 : 6) ? found : [];
    // (a group after "des", which is also the plural article: "le retrait des troupes allemandes")
    const des = GENITIVE.has(lang.prepositions[tokens[trig.end]?.fold ?? ''] ?? '') && srcPreps.includes(lang.prepositions[tokens[trig.end]!.fold]!)
      ? usable.find((m) => m.from === trig.end + 1 && m.prep === null && m.kind === 'role' && !m.place) : undefined;
    if (des && (!sources.length || sources[0]!.from > des.from)) sources = [des];
    // and its recipient not far either: "отношений между Пхеньяном и Москвой" ten words on is another phrase
    // (a preposition that may open both takes the doer first, then the recipient: "le retrait des troupes
    // françaises du Mali")
    const both = sources.length ? (entry.target ?? []).filter((p) => srcPreps.includes(p)) : [];
    const near = after([...tgtPreps, ...both], sources);
    const targets = near.length && near[0]!.from <= trig.end + NOUN_TARGET_WINDOW ? near : [];
    // (an agent phrase may follow the recipient: "l'attacco nei confronti del Presidente, Sergio Mattarella, da parte della Russia")
    if (!sources.length && targets.length && found.length && !GENITIVE.has(found[0]!.prep ?? '') && found[0]!.from > targets[targets.length - 1]!.to
      && found[0]!.from <= targets[targets.length - 1]!.to + 5) sources = found;
    // "il test balistico effettuato dalla Corea del Nord": the agent of a participle after the noun
    if (!sources.length) {
      const agent = usable.find((m) => m.from > trig.end && m.from <= trig.end + 6 && lang.agentPrepositions.includes(m.prep ?? '') && m.from >= 2 && PARTICIPLE.test(tokens[m.from - 2]!.fold));
      if (agent) sources = [agent];
    }
    // «по просьбе президента США», "à la demande de Paris": the one who asks is the genitive, the one asked the
    // clause's subject (or, where it is left out, the discourse subject)
    if (entry.type === 'REQUEST' && sources.length && !targets.length && lang.behestPrepositions.includes(governingPreposition(tokens, trig.head, L) ?? '')) {
      const asked = subjectBefore().filter((m) => !sources.includes(m));
      const later = usable.find((m) => m.from >= trig.end && m.to <= hi && isSubjectLike(m) && !sources.includes(m) && m.from >= sources[sources.length - 1]!.to);
      const whom = asked.length ? asked : later ? [later] : lang.proDrop ? st.discourseSubject.filter((m) => !sources.some((x) => x.code === m.code)) : [];
      if (whom.length) return { sources, targets: whom, guessed: false, passive: false, shared: true };
    }
    let guessed = false;
    if (!sources.length) {
      // possessive or adjective: "Russia's strikes", "l'attacco russo", "Russian strikes"
      const poss = usable.find((m) => m.to < trig.head && m.to >= trig.head - 3 && tokens[m.to]?.fold === "'s");
      const adj = st.demonyms.find((d) => (d.from >= trig.end && d.from <= trig.end + 1) || (d.to <= trig.head && d.to >= trig.head - 2));
      // (and, where adjectives come first, a name right before the noun: "US drone strikes", "NATO air strikes")
      const pre = lang.adjectiveAfterNoun || lang.caseMarking ? undefined : usable.find((m) => m.to === trig.head && m.prep === null && !m.place && m.code !== UNKNOWN_ACTOR);
      if (poss) sources = [poss];
      else if (pre) sources = [pre];
      else if (adj) sources = [adj];
    }
    if (!sources.length && !(entry.symmetric && targets.length >= 2)) {
      const prep = governingPreposition(tokens, trig.head, L);
      // "per i colloqui con…", "dopo l'incontro con…": the clause's subject takes part; not "da un'aggressione"
      // (not the object of words about it: in "Russia condemned the attack" the attack is someone else's)
      const reactedTo = st.previous.some((p) => REACTION_TYPES.has(p.trig.entry.type) && p.trig.end <= trig.head && trig.head - p.trig.end <= 3);
      if (!reactedTo && (!prep || PARTICIPANT.has(prep) || lang.participantPrepositions.includes(prep))) sources = subjectBefore();
      // "Cyprus authorities launched an investigation", "Italy lodged a protest": the object of a verb right after
      // its subject is the subject's own act (only the verb and an article or adjective between them)
      // (not "faced criticism", nor the complement of a speech act between them: "accused the US of arming…")
      // (a short place or means phrase may stand after the verb: "expresó en un comunicado su condena")
      const firstPrep = sources.length === 1 ? tokens.findIndex((t, i) => i > sources[0]!.to && i < trig.head && lang.prepositions[t.fold] !== undefined) : -1;
      const gap = sources.length === 1 ? trig.head - sources[0]!.to - (firstPrep > 0 ? asideAfterVerb(st, firstPrep, trig.head) : 0) : 0;
      const object = !prep && sources.length === 1 && gap >= 1 && gap <= 4 && !relative
        && !anyCue(tokens, sources[0]!.to, trig.head, lang.undergoingVerbs) && !st.previous.some((p) => p.trig.head >= sources[0]!.to && p.trig.head < trig.head)
        // (nor what follows a verb of saying or a "that": "officials said the talks failed" tells of someone's talks)
        && !(anyCue(tokens, sources[0]!.to, trig.head, lang.speechVerbs) && !ownedAfterSpeech(st, sources[0]!.to, trig.head)) && !anyCue(tokens, sources[0]!.to, trig.head, lang.subordinators);
      if (!sources.length && prep && trig.head - lo <= 4) {
        // a fronted "In un incontro con X, …, Kim ha…": the clause's subject comes later
        const first = usable.find((m) => m.from >= trig.end && isSubjectLike(m) && !targets.includes(m));
        if (first) sources = [first];
      }
      guessed = !object;
      // "ISIL launched an attack": the same for a subject no lexicon knows
      if (!sources.length && !prep) {
        const k = strangerBefore(st, lo, trig.head);
        const name = k === undefined ? undefined : unknownName(st, k, trig.head);
        if (name && trig.head - name.to >= 1 && trig.head - name.to <= 4 && !(name.from > 0 && matchAt(tokens, name.from - 1, lang.articles))
          && !tokens.slice(name.to, trig.head).some((t) => lang.relatives.includes(t.fold) || lang.subordinators.includes(t.fold) || t.fold === ',')
          && !st.previous.some((p) => p.trig.head >= name.to && p.trig.head < trig.head)) { sources = [name]; guessed = false; }
      }
    }
    // "l'incontro tra X e Y" with no other party: X and Y meet each other
    if (!sources.length && entry.symmetric && targets.length >= 2) return { sources: targets, targets: [], guessed: false, passive: false };
    return { sources, targets, guessed, passive: false };
  }

  // a headline's "Senior Iranian commanders killed as Israel…": an -ed form after its noun and before a
  // preposition or a subordinate clause, with no auxiliary, is a passive
  const next = tokens[trig.end];
  // (only a verb that takes a direct object: "arrived in Moscow" is no passive)
  const before = usable.find((m) => m.to === trig.head);
  if (trig.tokens.length === 1 && trig.form.f === 'fin' && (!entry.target || entry.target.includes('dobj')) && /ed$/.test(tokens[trig.head]!.fold) && !hasAuxiliary(st, trig) && before
    // (not the subject of a relative clause: "the soldiers that Ukraine arrested")
    && !lang.relatives.includes(tokens[before.from - 1]?.fold ?? '') && !lang.subordinators.includes(tokens[before.from - 1]?.fold ?? '')
    // (not before an infinitive marker, "pledged to send", nor a preposition of the verb's own frame: "pledged to Ukraine")
    // (nor a date: "Hezbollah vowed on Thursday to…")
    && (!next || (lang.prepositions[next.fold] !== undefined && !lang.infinitiveMarkers.includes(next.fold) && !(entry.target ?? []).includes(lang.prepositions[next.fold]!) && !dateWord(tokens[trig.end + 1]?.fold ?? '', lang))
      || matchAt(tokens, trig.end, lang.boundaries) > 0 || next.fold === 'as')) {
    return { sources: after(agents), targets: [before], guessed: false, passive: true };
  }
  // an aside between commas, "Israel, backed by the US, said…": a participle right after the comma that follows a
  // mention, with its agent right after it, is a passive about that mention
  if (trig.tokens.length === 1 && (trig.form.f === 'part' || (trig.form.f === 'fin' && /ed$/.test(tokens[trig.head]!.fold))) && tokens[trig.head - 1]?.fold === ','
    && next && lang.agentPrepositions.includes(lang.prepositions[next.fold] ?? next.fold)) {
    const before = usable.find((m) => m.to === trig.head - 1 && !m.place);
    const by = after(agents);
    // (the mention stays the main verb's subject: the target is a copy, which using up leaves it free)
    if (before && by.length && by[0]!.from <= trig.end + 3) {
      for (const m of by) st.consumed.add(m);
      return { sources: by, targets: [{ ...before }], guessed: false, passive: true, aside: true };
    }
  }
  if (trig.form.f === 'part' && !hasAuxiliary(st, trig) && !isPassive(st, trig)) {
    // a participle with no auxiliary: "ambasciatore russo convocato dalla Farnesina" is a reduced passive,
    // "alleanze armate" an adjective (no event)
    const before = usable.find((m) => m.to === trig.head);
    if (!before || st.L.language.possessive) return { sources: [], targets: [], guessed: true, passive: false };
    return { sources: agent(), targets: [before], guessed: false, passive: true };
  }
  if (isPassive(st, trig)) {
    const sources = agent();
    // (verb last, the agent stands before the participle too: it is no target)
    for (const m of sources) st.consumed.add(m);
    const targets = subjectBefore();
    const later = !targets.length && lang.caseMarking ? subjectAfter(sources) : undefined;
    return { sources, targets: later ? [later] : targets, guessed: false, passive: true };
  }

  const finite = FINITE.has(trig.form.f) || trig.form.f === 'part';
  let sources: Mention[] = [];
  let guessed = false;
  if (!finite) {
    // "la decisione della Russia di espellere…": the genitive right before "di" does the infinitive
    const owner = tokens[trig.head - 1] && OWNER_PREPOSITIONS.includes(lang.prepositions[tokens[trig.head - 1]!.fold] ?? '')
      ? subjects.find((m) => m.to === trig.head - 1 && OWNER_PREPOSITIONS.includes(m.prep ?? '')) : undefined;
    const gov = st.previous.findLast((p) => p.finite && p.sources.length);
    if (owner) sources = [owner];
    else if (gov) sources = [...gov.sources];
  }
  // «В Кремле отвергли …», «… отвергли в Кремле»: where case is marked, a plural verb with no subject in its clause is
  // the act of the body it happens "in" (not of a place: «В Минске задержали…»)
  if (!sources.length && lang.caseMarking && finite && !relative && pluralVerb(tokens[trig.head]!.fold) && !subjects.some((m) => m.from >= lo && m.to <= hi && isSubjectLike(m))) {
    const within = bodyIn();
    if (within) sources = [within];
  }
  if (!sources.length) sources = subjectBefore();
  // «Дипломаты из Германии высылает Россия»: where case is marked, a singular verb does not agree with a plural noun
  // before it; a singular subject after it is the doer, the plural noun its object
  if (lang.caseMarking && finite && !relative && sources.length && singularVerb(tokens[trig.head]!.fold) && sources.every((m) => pluralNoun(tokens, m))) {
    const next = subjectAfter(sources);
    if (next && !pluralNoun(tokens, next)) return { sources: [next], targets: withCoordinated(st, sources[0]!, usable.filter((m) => m !== next), true, trig.head), guessed: false, passive: false };
  }
  // "Un attacco missilistico russo ha colpito…": an event noun as subject lends the verb its doer
  if (!sources.length && finite) {
    const noun = st.previous[st.previous.length - 1];
    // (also across an aside between commas: "Las marchas, convocadas por los gremios, reclaman…")
    const aside = noun && tokens[noun.trig.end]?.fold === ',' && tokens[trig.head - 1]?.fold === ',' && trig.head - noun.trig.end <= 12;
    if (noun && noun.trig.form.f === 'noun' && noun.sources.length && (trig.head - noun.trig.end <= 4 || aside)) sources = [...noun.sources];
  }
  // an infinitive or gerund with no governing subject in its sentence, or a relative clause about a thing: no source
  if (!sources.length && (relative || !finite || thingSubject)) return { sources: [], targets: [], guessed: true, passive: false };
  // inverted reported speech ("…», menace Paris", "ha detto il portavoce"), or a verb-second clause
  // ("Am Montag verurteilte Russland die Angriffe")
  // (a protest has no object: "protestaron ayer miles de campesinos")
  // (where case is marked, anywhere in the clause, with the object on either side: «атаковала Украину Россия»)
  if (!sources.length && finite && (lang.verbSecond || lang.caseMarking || entry.type === 'PROTEST' || /^[,»”"'’:—–-]$/.test(tokens[Math.max(lo, trig.head - 1)]?.text ?? ''))) {
    const next = lang.caseMarking ? subjectAfter([]) : subjects.find((m) => m.from >= trig.end && m.from <= trig.end + 2 && isSubjectLike(m));
    if (next) {
      const rest = usable.filter((m) => m.from >= (lang.caseMarking ? trig.end : next.to) && m.to <= hi && m !== next);
      const obj = rest.find((m) => (entry.target ?? ['dobj', ...lang.nounTargetPrepositions]).includes(m.prep ?? 'dobj'));
      const front = !obj && lang.caseMarking ? objectBefore([next]) : [];
      return { sources: [next], targets: obj ? [obj] : front, guessed: false, passive: false };
    }
  }
  // someone dyad cannot code is the subject: an actor of unknown country, not the previous sentence's subject
  const stranger = sources.length ? undefined : strangerBefore(st, lo, trig.head);
  if (stranger !== undefined) {
    const k = stranger;
    // (after an article it is a title, not a name: "il Direttore del Dipartimento")
    // (but a name of several capitalised words is a name all the same: "El Grupo de Contacto lanzó", "el Frente Amplio")
    if (k > 0 && matchAt(tokens, k - 1, lang.articles) && !compoundName(st, k)) return { sources: [], targets: [], guessed: true, passive: false };
    sources = [unknownName(st, k, trig.head)];
  }
  if (!sources.length) {
    const before = usable.filter((m) => m.to <= trig.head && isSubjectLike(m) && !st.consumed.has(m));
    // "Il rafforzamento di questa narrativa da parte di Pyongyang offre…": the subject is a thing, its owner acts
    const owner = usable.filter((m) => m.from >= lo && m.to <= trig.head && OWNER_PREPOSITIONS.includes(m.prep ?? '')).pop();
    if (before.length) sources = [before[before.length - 1]!];
    else if (owner) { sources = [owner]; guessed = true; }
    // "Miles llegan … para exigir", "Una mayoría de unionistas rechazó": a quantity of people no lexicon codes
    else if (quantifierSubject(st, lo, trig.head)) sources = [implied(tokens, trig, UNKNOWN_ACTOR, null)];
    else if (st.discourseSubject.length || !lang.proDrop || trig.head - lo > 3) { sources = [...st.discourseSubject]; guessed = true; }
    // a verb that opens its clause with nobody before it to mean, where the verb says its subject ("EXIGEN REBAJA",
    // "Protestano contro la riforma"): someone of unknown country
    else sources = [implied(tokens, trig, UNKNOWN_ACTOR, null)];
  }
  let targets: Mention[];
  // an object clitic before the verb or its auxiliary: "Lo SK lo ha arrestato"
  let cliticBefore = false;
  for (let k = trig.head - 1; k >= Math.max(lo, trig.head - 4) && !cliticBefore; k--)
    cliticBefore = !!lang.clitics[tokens[k]!.fold] && (k + 1 === trig.head || matchAt(tokens, k + 1, lang.perfectAuxiliaries) > 0);
  if (cliticBefore && !st.previous.length && st.discourseObject.length) targets = [...st.discourseObject];
  else if (trig.form.cl) {
    const prev = st.previous[st.previous.length - 1];
    targets = prev?.targets.length ? [...prev.targets] : usable.filter((m) => m.to <= trig.head && !sources.includes(m)).slice(trig.form.cl === 'plural' ? -2 : -1);
  } else {
    const preps = entry.target ?? ['dobj', ...lang.nounTargetPrepositions];
    // an expression may hold its object: "ließ zwei französische Staatsbürger frei", "a placé X en
    // garde à vue", "declared three envoys from Chile persona non grata, giving them…" (not the later "them" past a comma)
    const held = trig.end - trig.head > 1 ? usable.find((m) => m.from > trig.head && m.to <= trig.end && !sources.includes(m) && (preps.includes(m.prep ?? 'dobj') || m.prep === null)) : undefined;
    targets = after(preps, sources, true);
    if (held && targets.length && tokens.slice(trig.end, targets[0]!.from).some((t) => t.fold === ',')) targets = [held];
    if (!targets.length && lang.caseMarking && preps.includes('dobj')) targets = objectBefore(sources);
    if (!targets.length && held) targets = [held];
    // (and, verb second, the object between the auxiliary and the participle: "Polen hat Belarus kritisiert")
    if (!targets.length && aux > lo && preps.includes('dobj')) {
      const inside = middle.find((m) => !sources.includes(m));
      if (inside) targets = [inside];
    }
    // the object is not an actor but belongs to one: "ha respinto la proposta di tregua avanzata da Merz",
    // "condemned the decision of France"
    // (not a place's owner: "se reunieron en la plaza principal de Asunción")
    if (!targets.length && !(entry.symmetric && sources.length > 1)) {
      targets = after(OWNER_PREPOSITIONS, sources).filter((m) => !tokens.slice(trig.end, m.from).some((t) => lang.locationPrepositions.includes(lang.prepositions[t.fold] ?? '')));
    }
  }
  // "granted asylum to Julian Assange": a recipient no lexicon knows, for acts that need one (PLOVER)
  // (a recipient of the doer's own country is none: "aranceles sobre las exportaciones colombianas a Estados Unidos")
  // (and, with none, what is cut or given belongs to the adjective's country: "impuso aranceles a las exportaciones
  // colombianas", "envió ayuda a los refugiados sirios"; not a place: "en la frontera siria")
  if (recipientNeeded && targets.every((t) => sources.some((m) => m.code === t.code))) {
    const owner = ownerAdjective(st, trig, sources, hi);
    if (owner) return { sources, targets: [owner], guessed, passive: false };
  }
  if (!targets.length && recipientNeeded) {
    const preps = entry.target ?? ['dobj', ...lang.nounTargetPrepositions];
    const k = st.unknown.find((i) => i >= trig.end && i < Math.min(hi, trig.end + 6) && !st.unknown.includes(i - 1) && preps.includes(governingPreposition(tokens, i, L) ?? 'dobj')
      && !eventOrDateWord(L, tokens[i]!.fold));
    if (k !== undefined) targets = [unknownName(st, k, hi)];
  }
  return { sources, targets, guessed, passive: false };
}

/** Capitalised words that make one name: "Frente Amplio", "Grupo de Contacto" (a bare "de" between, no article). */
function compoundName(st: SentenceState, k: number): boolean {
  const { tokens, L } = st;
  const cap = (i: number) => /^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '');
  if (cap(k + 1)) return true;
  // (the bare preposition only: "del"/"della" hold an article, as titles do: "il Direttore del Dipartimento")
  const de = tokens[k + 1]?.fold ?? '';
  return OWNER_PREPOSITIONS.includes(de) && L.language.prepositions[de] === de && cap(k + 2);
}

/** A country adjective in the object after the trigger, of another country than the doers' ("las exportaciones colombianas"). */
function ownerAdjective(st: SentenceState, trig: TriggerMatch, sources: readonly Mention[], hi: number): Mention | undefined {
  const { tokens, L } = st;
  const lang = L.language;
  return st.demonyms.find((d) => d.from >= trig.end && d.from < Math.min(hi, trig.end + 8) && !sources.some((m) => m.code === d.code)
    && !tokens.slice(trig.end, d.from).some((t) => lang.locationPrepositions.includes(lang.prepositions[t.fold] ?? '') || t.fold === ','));
}

/** A possessive opens the noun phrase of the event word at `head` ("manifestó su condena"): the sayer's own act. */
function ownedAfterSpeech(st: SentenceState, from: number, head: number): boolean {
  const { tokens, L } = st;
  let k = head - 1;
  if (k > from && !matchAt(tokens, k, L.language.possessives) && adjectiveLike(st, k)) k--;
  return k >= from && matchAt(tokens, k, L.language.possessives) === 1;
}

/** Length of a phrase "prep (article) noun" opening at `p` and ending before `end` with an article or possessive after it, else 0. */
function asideAfterVerb(st: SentenceState, p: number, end: number): number {
  const { tokens, L } = st;
  const lang = L.language;
  if (p >= end || lang.prepositions[tokens[p]!.fold] === undefined) return 0;
  let q = p + 1;
  while (q < end && matchAt(tokens, q, lang.articles) === 1) q++;
  q++;
  if (q >= end || q - p > 4 || matchAt(tokens, q, lang.articles) !== 1) return 0;
  if (tokens.slice(p, q).some((t) => !/^\p{L}/u.test(t.text)) || st.actors.some((m) => m.from < q && m.to > p) || st.previous.some((x) => x.trig.head >= p && x.trig.head < q)) return 0;
  return q - p;
}

/**
 * Whether the last subordinator ("that", "whether") before `head` opens a clause whose subject is no actor: no mention
 * between them, and a word there that is no auxiliary, modal or negation ("that territorial disputes should…"; not the
 * relative "the talks that have stalled", where the verb follows "that" directly).
 */
function ownSubjectAfterSubordinator(st: SentenceState, lo: number, head: number): boolean {
  const { tokens } = st;
  const lang = st.L.language;
  let k = head - 1;
  while (k >= lo && !lang.subordinators.includes(tokens[k]!.fold)) k--;
  if (k < lo) return false;
  if (st.actors.some((m) => m.from > k && m.from < head)) return false;
  // (a pronoun or a name there, even one no lexicon resolves, is someone: "said that they will not end the strike")
  const someone = [lang.pronouns.singular, lang.pronouns.plural, lang.pronouns.object, lang.pairReferences];
  const functionWords = [lang.perfectAuxiliaries, lang.passiveAuxiliaries, lang.futureAuxiliaries, lang.hypothetical, lang.negation];
  let thing = false;
  for (let i = k + 1; i < head; i++) {
    // (a name's first word, not one inside a phrase: "disputes in the South China Sea" are still a thing)
    const name = /^\p{Lu}/u.test(tokens[i]!.text) && !/^\p{Lu}/u.test(tokens[i - 1]!.text) && governingPreposition(tokens, i, st.L) === null;
    if (name || someone.some((l) => matchAt(tokens, i, l) > 0)) return false;
    if (/^\p{L}/u.test(tokens[i]!.text) && !functionWords.some((l) => matchAt(tokens, i, l) > 0)) thing = true;
  }
  return thing;
}

/** A Russian finite verb in the singular: past «выслал», «выслала», present «высылает», «требует». */
function singularVerb(fold: string): boolean {
  return /(?:[^и]л|ла|ло|ет|ит)(?:ся|сь)?$/.test(fold);
}

/** A Russian finite verb in the plural: «отвергли», «требуют», «говорят». */
function pluralVerb(fold: string): boolean {
  return /(?:ли|ют|ят|ут|ат)(?:сь|ся)?$/.test(fold);
}

/** A Russian role noun in the nominative plural: «дипломаты», «власти». */
function pluralNoun(tokens: readonly Token[], m: Mention): boolean {
  return m.kind === 'role' && /[ыи]$/.test(tokens[m.from]!.fold);
}

/** Whether the clause opens with a bare quantity ("Miles", "Una mayoría de …") that is the subject of the verb at `head`. */
function quantifierSubject(st: SentenceState, lo: number, head: number): boolean {
  const { tokens } = st;
  const lang = st.L.language;
  let k = lo;
  while (k < head && matchAt(tokens, k, lang.articles) === 1) k++;
  if (k >= head || head - k > 8 || !lang.quantifiers.includes(tokens[k]!.fold)) return false;
  // (in the same clause: no comma, relative or subordinator between it and the verb)
  return !tokens.slice(k + 1, head).some((t) => t.fold === ',' || lang.relatives.includes(t.fold) || lang.subordinators.includes(t.fold));
}

/** An actor the text implies but does not name: no words, an empty span where the trigger starts. */
export function implied(tokens: readonly Token[], trig: TriggerMatch, code: string, sector: string | null): Mention {
  const at = tokens[trig.head]!.start;
  return { kind: 'role', code, sector, actorId: null, role: null, from: trig.head, to: trig.head, span: [at, at], text: '', prep: null, place: false };
}

/** Where the last name no lexicon knows in [lo, before) begins, if there is one. */
function strangerBefore(st: SentenceState, lo: number, before: number): number | undefined {
  for (let n = st.unknown.length - 1; n >= 0; n--) {
    let k = st.unknown[n]!;
    if (k < lo || k >= before) continue;
    while (st.unknown.includes(k - 1)) k--;
    if (isName(st, k)) return k;
    while (n > 0 && st.unknown[n - 1]! >= k) n--;
  }
  return undefined;
}

/**
 * Whether the capitalised word at `k` can be taken for a name and act: not a word the lexicons know (a weekday, a
 * cue, an event word), not after a preposition ("nel Consiglio"), and at the start of a sentence only when a second
 * capitalised word follows ("Angela Davis protestó"; not "Talking is…", "Non è chiaro").
 */
function isName(st: SentenceState, k: number): boolean {
  const { tokens, L } = st;
  const lang = L.language;
  const t = tokens[k]!;
  if (eventOrDateWord(L, t.fold)) return false;
  if ([lang.negation, lang.hypothetical, lang.quantifiers, lang.relatives, lang.pronouns.singular, lang.pronouns.plural].some((l) => l.includes(t.fold))) return false;
  // (an auxiliary after it, "Farc has said", but not a conjunction that folds like one: "Idranti e gas")
  // (the start of a sentence is its first word, or the first after an opening quotation mark)
  if (tokens.slice(0, k).every((x) => !/[\p{L}\p{N}]/u.test(x.text))) return st.unknown.includes(k + 1) || (matchAt(tokens, k + 1, lang.perfectAuxiliaries) > 0 && !lang.coordinators.includes(tokens[k + 1]?.fold ?? ''));
  return governingPreposition(tokens, k, L) === null;
}

/** A word the lexicons know as an event word or a date word: no name, no one's genitive. */
export function eventOrDateWord(L: LangLexicon, fold: string): boolean {
  return !!L.triggers[fold] || dateWord(fold, L.language);
}

/** A name no lexicon knows ("Lai", "Angela Davis"): its capitalised words from `k`, before `limit`. */
function unknownName(st: SentenceState, k: number, limit: number): Mention {
  const { tokens } = st;
  let to = k + 1;
  while (to < limit && /^\p{Lu}/u.test(tokens[to]!.text)) to++;
  const text = tokens.slice(k, to).map((t, i) => (i && t.start > tokens[k + i - 1]!.end ? ' ' : '') + t.text).join('');
  return { kind: 'person', code: UNKNOWN_ACTOR, sector: null, actorId: null, role: null, from: k, to, span: [tokens[k]!.start, tokens[to - 1]!.end], text, prep: null, place: false };
}

/** True when a complementizer ("di", "a", "of", "to", "de", "zu") stands in tokens [from, to): a speech act's complement opens. */
export function complementOpens(tokens: readonly Token[], from: number, to: number, L: LangLexicon): boolean {
  for (let i = from; i < to; i++) {
    const p = L.language.prepositions[tokens[i]!.fold];
    if (p && (COMPLEMENTIZERS.has(p) || L.language.complementizers.includes(p))) return true;
  }
  return false;
}
