// The pure core: text + lexicon + publication date in, coded events out. No I/O, no clock, no globals.
import type { LangLexicon, Lexicon, Person } from './lexicon-types.ts';
import { UNKNOWN_ACTOR, type ActorRef, type CodedEvent, type CodeOptions, type CodeResult, type Mention, type PloverType, type Quote, type Sentence, type Status, type Token } from './types.ts';
import { normalize, tokenize } from './text.ts';
import { segment, type SegmentOptions } from './segment.ts';
import { findMentions, gazetteer, governingPreposition, roleAt, type MentionContext } from './mentions.ts';
import { findTriggers, type TriggerMatch } from './triggers.ts';
import { complementOpens, eventOrDateWord, findRoles, clauseBounds, finitePerfect, implied, isPassive, REACTION_TYPES, type SentenceState } from './roles.ts';
import { findDate, isoDate } from './dates.ts';
import { anyCue, keysOf, matchAt, matchEndingAt } from './match.ts';
import { detectLanguage } from './language.ts';
import { findQuotes, inciseSpeaker, quoteSpans } from './quotes.ts';

/** Acts on the ground, which need no target ("missile test", "protests broke out") and take no unknown one. */
const TARGETLESS: ReadonlySet<PloverType> = new Set(['MOBILIZE', 'PROTEST', 'COERCE', 'ASSAULT']);
/** Cooperative acts announced for the future are coded as AGREE (PLOVER, GUIDELINES §2). */
const FUTURE_AGREE: ReadonlySet<PloverType> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT']);
/** Hostile deeds announced for the future are threats ("will impose sanctions", "said they would blockade"). */
const FUTURE_THREAT: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE', 'PROTEST']);
/** Acts that stop or cut back another: an event noun as their object does not happen. */
const STOPPING: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE']);
/** Speech acts whose future or conditional wording still happened ("warned it would respond"). */
const SPEECH_ACTS: ReadonlySet<PloverType> = new Set(['AGREE', 'THREATEN', 'CONCEDE']);
export const MAX_CHARS = 2_000_000;

interface DocState {
  readonly known: Set<string>;
  recent: Mention[];
  subject: Mention[];
  object: Mention[];
  /** who last did each kind of act (both parties of a mutual one): "l'attacco" condemned later is theirs */
  readonly doers: Map<PloverType, ActorRef[]>;
}

export function codeDocument(raw: string, lex: Lexicon, opts: CodeOptions): CodeResult {
  if (!isoDate(opts.date)) return { ok: false, error: { code: 'bad-date', message: `Expected a publication date as YYYY-MM-DD, found "${opts.date}"` } };
  const text = normalize(raw);
  if (!text.trim()) return { ok: false, error: { code: 'empty', message: 'Expected article text, found an empty document' } };
  if (text.length > MAX_CHARS) return { ok: false, error: { code: 'too-large', message: `Expected an article of at most ${MAX_CHARS.toLocaleString('en')} characters, found ${text.length.toLocaleString('en')}` } };
  const supported = Object.keys(lex.langs);
  const lang = opts.lang ?? detectLanguage(text);
  if (!lang || !Object.hasOwn(lex.langs, lang)) {
    return { ok: false, error: { code: 'unsupported-language', message: `Expected a text in one of ${supported.join(', ')}, found ${lang ? `language "${lang}"` : 'no language dyad supports'}${opts.lang ? '' : ' (detected; pass --lang to override)'}` } };
  }
  const L = lex.langs[lang]!;
  const sentences = segment(text, segmentOptions(lang, L));
  // people named in full anywhere in the article: a headline may use the surname before the body names them
  const known = new Set<string>();
  for (const s of sentences) for (const r of gazetteer(s.tokens, L, known)) if (r.p.k === 'person') known.add(r.p.c!);
  const doc: DocState = { known, recent: [], subject: [], object: [], doers: new Map() };
  const mctx: MentionContext = { lex, L, date: opts.date, known: doc.known };
  const events: CodedEvent[] = [];
  const said = saidInQuotes(text, sentences, mctx, L);
  /** events told in a quotation or its incise, whose target may be the article's other party */
  const quoted = new WeakSet<CodedEvent>();
  const perSentence: Array<{ s: Sentence; actors: Mention[] }> = [];
  const stateCounts = new Map<string, number>();
  for (const s of sentences) {
    let lead: string | null = null, total = 0;
    for (const [c, n] of stateCounts) { total += n; if (!lead || n > stateCounts.get(lead)!) lead = c; }
    const main = lead && stateCounts.get(lead)! * 2 > total ? lead : null;
    const found = findMentions(s, { ...mctx, mainCountry: main });
    for (const a of found.actors) if (lex.actors[a.code]?.kind === 'state') stateCounts.set(a.code, (stateCounts.get(a.code) ?? 0) + 1);
    const spotted = findTriggers(s.tokens, L);
    // a group of unknown country inside an event's words is part of them ("esercitazioni militari congiunte")
    const inTrigger = new Uint8Array(s.tokens.length);
    // (or right after them, where adjectives follow the noun: "coopération militaire")
    for (const t of spotted) inTrigger.fill(1, Math.min(...t.tokens), t.end + (L.language.adjectiveAfterNoun ? 1 : 0));
    // and so is a bare role noun inside an expression ("general strike" is no general's)
    const inExpression = new Uint8Array(s.tokens.length);
    for (const t of spotted) if (t.tokens.length > 1) for (const k of t.tokens) inExpression[k] = 1;
    const named = found.actors.filter((a) => (a.code !== UNKNOWN_ACTOR || !inTrigger.subarray(a.from, a.to).includes(1))
      && !(a.kind === 'role' && !a.actorId && inExpression.subarray(a.from, a.to).every((x) => x === 1)));
    const unknown = resolveBareRoles(s, found.bareRoles, found.unknown, named, L, doc);
    const actors = resolveReferences(s, named, L, lex, doc, opts.date);
    perSentence.push({ s, actors });
    const st: SentenceState = { tokens: s.tokens, actors, demonyms: found.demonyms, unknown, L, consumed: new Set(), discourseSubject: doc.subject, discourseObject: doc.object, previous: [] };
    // a trigger word inside an actor's name is no event ("Riot police", "Consiglio di Sicurezza")
    const inName = new Uint8Array(s.tokens.length);
    for (const a of actors) inName.fill(1, a.from, a.to);
    const triggers = spotted.filter((t) => !t.tokens.every((k) => inName[k] === 1));
    // the last speech act whose complement ("di/to + verb") reports what someone else would do or did
    // (`open`: its events told without a target, which its complement's target completes: "pronti ad aiutare Taiwan")
    let governor: { trig: TriggerMatch; sources: readonly Mention[]; targets: readonly Mention[]; asked: readonly Mention[]; open: number[] } | null = null;
    let firstSubject: readonly Mention[] | null = null;
    let facts: SentenceFacts | null = null;
    const first = events.length;
    const reactions: Array<{ k: number; act: TriggerMatch }> = [];
    for (const trig of triggers) {
      if (trig.entry.obligation) {
        const demand = obligation(st, trig);
        if (demand) {
          facts ??= sentenceFacts(s, L, opts.date);
          for (const src of demand.sources) if (src.code !== demand.target.code) events.push(buildEvent(lex, s, facts, trig, trig.entry.type, demand.status, src, demand.target, opts.date, found.places));
        }
        continue;
      }
      const roles = findRoles(st, trig, lex.types[trig.entry.type].recipient);
      let sources = roles.sources;
      // "« Nous répondrons fermement », a réagi le ministre": what a quotation says with no doer of its own inside
      // it is its speaker's ("je", "nous" included), and so is the verb of the incise itself ("», menace Paris")
      const at = s.tokens[trig.head]!.start;
      const said1 = said.find((q) => q.span[0] <= at && at < q.incise);
      const inQuote = !!said1 && at < said1.span[1];
      let fromQuote = false;
      // (a word or a finite verb; an event noun or an infinitive there may be anyone's: "le sommet aura pour but d'obtenir un soutien")
      if (said1 && inQuote && trig.entry.pos !== 'noun' && trig.form.f !== 'inf' && trig.form.f !== 'ger' && (!sources.length || roles.guessed || sources.every((m) => m.span[0] < said1.span[0] || m.span[1] > said1.span[1]))) {
        sources = [{ ...said1.speaker, from: trig.head, to: trig.head, prep: null }];
        fromQuote = true;
      }
      let status = modality(st, trig);
      let type = trig.entry.type;
      // "aimed at imposing", "accused of supplying": a gerund right after a preposition is a complement too,
      // and so is an event noun that is the speech act's object ("ha chiesto nuove sanzioni")
      const opens = governor && (complementOpens(s.tokens, governor.trig.end, trig.head, L)
        || (trig.form.f === 'ger' && L.language.prepositions[s.tokens[trig.head - 1]?.fold ?? ''] !== undefined)
        || (trig.form.f === 'noun' && trig.head - governor.trig.end <= 3));
      // (a participle with its auxiliary is a finite verb: "ont appelé … et Washington a consulté")
      // (and so is a finite verb after "que" right behind a demand, promise, threat or refusal: the subjunctive of
      // "exigió a los camioneros que levantaran el bloqueo", "demanded that Russia withdraw", with no verb of saying between)
      // (the "que" right after the governor or the one asked, not after a noun: "the soldiers that Ukraine arrested")
      const subjunctive = !!governor && governor.trig.entry.type !== 'ACCUSE' && FINITE_FORMS.has(trig.form.f) && trig.head > governor.trig.end && trig.head - governor.trig.end <= 10
        && subordinatorAfter(s.tokens, governor.trig.end, trig.head, governor.asked, L) && !anyCue(s.tokens, governor.trig.end, trig.head, L.language.speechVerbs);
      const inner = governor && (opens || subjunctive) && trig.head > governor.trig.end && trig.head < clauseBounds(st, governor.trig)[1] && (subjunctive || !FINITE_FORMS.has(trig.form.f)) && !(trig.form.f === 'part' && finitePerfect(st, trig))
        ? complementOf(governor.trig.entry, governor.sources, governor.targets) : null;
      // (the one asked does what the subjunctive tells, even when dyad cannot code them: "a los camioneros que levantaran")
      if (inner && subjunctive && governor!.trig.entry.type === 'REQUEST' && governor!.asked.length) {
        status = inner.status;
        sources = governor!.asked;
      } else if (inner) {
        status = inner.status;
        if (!roles.sources.length || roles.guessed || trig.form.f !== 'noun') sources = inner.sources;
      }
      // "postponed their meeting", "suspended aid": the act a sanction or restriction stops is not happening
      const stopper = st.previous[st.previous.length - 1];
      if (trig.form.f === 'noun' && status === 'asserted' && !STOPPING.has(type) && stopper && stopper.finite && STOPPING.has(stopper.trig.entry.type) && trig.head > stopper.trig.end && trig.head - stopper.trig.end <= 3) status = 'negated';
      if (status === 'future') {
        // announced acts are coded as what is said (GUIDELINES §2): cooperation → AGREE ("will withdraw" → CONCEDE),
        // hostile deeds → THREATEN ("said they would boycott", "will impose sanctions")
        if (type === 'RETREAT' && (trig.entry.mode === 'withdraw' || trig.entry.mode === 'ceasefire')) { type = 'CONCEDE'; status = 'asserted'; }
        else if (FUTURE_AGREE.has(type)) { type = 'AGREE'; status = 'asserted'; }
        // (only when said: "Iran will attack Israel" alone is a forecast)
        else if (FUTURE_THREAT.has(type) && anyCue(s.tokens, Math.max(0, trig.head - 12), trig.head, L.language.speechVerbs)) { type = 'THREATEN'; status = 'asserted'; }
        else status = SPEECH_ACTS.has(type) ? 'asserted' : 'hypothetical';
      } else if (status === 'hypothetical' && FUTURE_THREAT.has(type) && trig.form.f === 'inf' && matchEndingAt(s.tokens, trig.head - 1, L.language.hypothetical) > 0
        && anyCue(s.tokens, Math.max(0, trig.head - 12), trig.head - 1, L.language.speechVerbs)) {
        // "anunció que podría romper relaciones si…", "said it could impose sanctions": a conditional warning (GUIDELINES §4)
        type = 'THREATEN'; status = 'asserted';
      } else if (status === 'refused') {
        // "will not release the prisoners", "won't lift the ban": refusing to cooperate is a REJECT
        if (FUTURE_AGREE.has(type) || type === 'CONCEDE' || type === 'AGREE') { type = 'REJECT'; status = 'asserted'; } else status = 'negated';
      }
      // (an act that needs no recipient is better without one than against someone of unknown country: "across the
      // country", "recalled its ambassador"; only aid, cooperation and sanctions keep such a recipient)
      // (a recipient of unknown country only where the act needs one and no named recipient stands beside it)
      const namedTarget = roles.targets.some((t) => !sources.includes(t) && t.code !== UNKNOWN_ACTOR);
      const targets = roles.targets.filter((t) => !sources.includes(t) && (t.code !== UNKNOWN_ACTOR || (lex.types[type].recipient && !namedTarget)));
      // (a target may come from an earlier sentence: read its own words, not this sentence's)
      const words = trig.entry.targetWords;
      if (words && !targets.some((t) => tokenize(t.text, 0, { elision: L.language.elision }).some((k) => words.includes(k.fold)))) continue;
      st.previous.push({ trig, sources, targets, finite: trig.form.f !== 'ger' && trig.form.f !== 'inf' && trig.form.f !== 'noun' && !roles.aside });
      if (!roles.shared) for (const t of targets) st.consumed.add(t);
      // (a request told as the reason of the clause's act, «по просьбе X», governs no complement)
      const governs = !roles.shared && complementOf(trig.entry, sources, targets) !== null;
      if (governs) governor = { trig, sources, targets, asked: roles.targets.filter((t) => !sources.includes(t)), open: [] };
      if (!firstSubject && sources.length && !roles.guessed && trig.form.f !== 'noun') firstSubject = sources;
      // "a wave of protests", "la huelga general en Argentina": a protest noun names its protesters (GUIDELINES: domestic)
      let guessed = roles.guessed && !fromQuote;
      // (and so does a protest verb whose subject the text does not name: "PROTESTAN POR ALZA DE TARIFAS EN LIMA")
      const unnamed = !sources.length || sources.every((m) => m.code === UNKNOWN_ACTOR && !m.text);
      // (not when a genitive names a doer dyad cannot code: "l'ennesima manifestazione di un alleato")
      if (type === 'PROTEST' && (trig.form.f === 'noun' ? (!sources.length || guessed) && !genitiveDoer(s.tokens, trig, L) : unnamed && trig.form.f !== 'inf') && !inner) { sources = [impliedProtesters([...found.places, ...actors.filter((a) => a.kind === 'state')], main, trig, s)]; guessed = false; }
      // "Una bomba estalló en Lima", "Un atentado causó diez muertos": an attack noun that opens its clause with nobody
      // named is by unknown perpetrators where it happens (GUIDELINES: unknown perpetrators), unless the article has
      // already told of someone's attack, which it may be
      // (a riot-control weapon is the police's: "Idranti e gas lacrimogeni davanti al Parlamento" names no attack)
      else if (type === 'ASSAULT' && trig.form.f === 'noun' && trig.entry.mode !== 'crowd-control' && trig.entry.mode !== 'primitive' && (!sources.length || guessed) && !inner && !doc.doers.has('ASSAULT')
        && trig.head - clauseBounds(st, trig)[0] <= 2 && governingPreposition(s.tokens, trig.head, L) === null && !genitiveDoer(s.tokens, trig, L)) {
        sources = [implied(s.tokens, trig, onePlace(found.places) ?? UNKNOWN_ACTOR, null)];
        guessed = false;
      }
      // (a verb whose subject is that noun has the same doers: "Las marchas … reclaman aumentos")
      const told = st.previous[st.previous.length - 1];
      if (told?.trig === trig && told.sources !== sources) st.previous[st.previous.length - 1] = { ...told, sources };
      // (beside actors the text names, a party of unknown country adds nothing: "Le due delegazioni" with "i due")
      if (sources.some((m) => m.code === UNKNOWN_ACTOR) && sources.some((m) => m.code !== UNKNOWN_ACTOR)) sources = sources.filter((m) => m.code !== UNKNOWN_ACTOR);
      // "Dos periodistas fueron detenidos en Caracas": an arrest with no agent is by the authorities where it happens
      // (else of the arrested's own country) (GUIDELINES §5: the agent the context makes clear)
      // (a passive with its auxiliary, of a subject before it: not "the person arrested", "who had been arrested")
      if (!sources.length && roles.passive && type === 'COERCE' && status === 'asserted' && isPassive(st, trig) && targets.length && targets.every((t) => lex.actors[t.code]?.kind === 'state' && t.to <= trig.head
        && !s.tokens.slice(t.to, trig.head).some((k) => L.language.relatives.includes(k.fold)))) {
        const code = onePlace(found.places) ?? onePlace(targets);
        if (code) sources = [implied(s.tokens, trig, code, 'GOV')];
      }
      if (!sources.length) continue;
      // a word whose sense its doers decide: workers' "strike" is a PROTEST
      // (not when modality already told what it is: a strike workers say they will hold is a THREATEN)
      if (trig.entry.byCivilians && type === trig.entry.type && sources.every((m) => m.sector === 'CVL')) type = trig.entry.byCivilians;
      // (a recipient of unknown country still anchors the noun to its clause)
      if (trig.form.f === 'noun' && guessed && !roles.targets.some((t) => !sources.includes(t)) && !(trig.entry.symmetric && sources.length > 1)) continue;
      // "Le due delegazioni hanno concordato … tra i due presidenti": unnamed parties of a mutual act are the ones it names
      const mutual = trig.entry.symmetric && targets.length >= 2 && sources.every((m) => m.code === UNKNOWN_ACTOR);
      const pairs = mutual ? pairsOf(type, targets, [], true) : pairsOf(type, sources, targets, trig.entry.symmetric);
      // a missile test, an arrest of unnamed people, "Italy protested": no target (PLOVER requires one only for
      // COOPERATE, AID and SANCTION), but only when the doer is read off the words
      // (a word, not a deed, stands alone only when its own subject says who spoke; a gerund tells what its clause's
      // subject did, "marched through Paris, demanding…"; an infinitive only what someone means to do)
      // (an infinitive after "began to", "intentó", "ha deciso di" is the act of that verb's own subject all the same)
      const aspect = trig.form.f === 'inf' ? matchEndingAt(s.tokens, trig.head - 1, L.language.aspectVerbs) : 0;
      const aspectSubject = aspect > 0 && sources.some((m) => m.to <= trig.head - aspect && m.text && !s.tokens.slice(m.to, trig.head).some((t) => L.language.relatives.includes(t.fold)));
      const standsAlone = (trig.form.f === 'noun' || !TARGETLESS.has(type) ? !guessed : true) && (trig.form.f !== 'inf' || aspectSubject);
      if (!pairs.length && !lex.types[type].recipient && standsAlone) {
        // a strike or an arrest somewhere is against that country when nobody else is named ("killed in an airstrike in Syria")
        const where = (type === 'ASSAULT' || type === 'COERCE') ? found.places.find((p) => !sources.some((s0) => s0.code === p.code)) : undefined;
        for (const s0 of sources) pairs.push([s0, where ?? null]);
      }
      // and aid delivered somewhere is for that country ("humanitarian aid in Yemen")
      if (!pairs.length && type === 'AID' && !guessed && trig.form.f !== 'inf') {
        const where = found.places.find((p) => !sources.some((s0) => s0.code === p.code));
        if (where) for (const s0 of sources) pairs.push([s0, where]);
      }
      // protesters with no one named protest against their own government (GUIDELINES: domestic events)
      if (type === 'PROTEST') for (const p of pairs) if (!p[1] && lex.actors[p[0].code]?.kind === 'state' && p[0].sector !== 'GOV') p[1] = implied(s.tokens, trig, p[0].code, 'GOV');
      if (pairs.length) facts ??= sentenceFacts(s, L, opts.date);
      // "condemned the attack on X": what follows the act a reaction is about belongs to that act; the reaction is to its doer
      const act = REACTION_TYPES.has(type) ? triggers.find((t) => t !== trig && t.form.f === 'noun' && t.head >= trig.end && t.head <= trig.end + 3) : undefined;
      // (only for words about it, not a refusal: "will not lift its veto on Sweden" refuses Sweden)
      if (act && (type === 'ACCUSE' || type === 'SUPPORT')) {
        const actTargets = act.entry.target ?? L.language.nounTargetPrepositions;
        for (const p of pairs) if (p[1] && p[1].from > act.head && actTargets.includes(p[1].prep ?? '')) p[1] = null;
      }
      for (const [src, tgt] of pairs) {
        if (governs && !tgt) governor!.open.push(events.length);
        // "agreed to send weapons to Ukraine": the promise is to the one its complement acts upon
        if (inner && tgt && governor) for (const k of governor.open.splice(0)) if (!events[k]!.target && events[k]!.source.code !== tgt.code) events[k] = { ...events[k]!, target: ref(tgt) };
        if (act && !tgt) reactions.push({ k: events.length, act });
        events.push(buildEvent(lex, s, facts!, trig, refine(type, trig.entry.mode, src, tgt, trig.form.f === 'noun'), status as Status, src, tgt, opts.date, found.places));
        if (said1 && !tgt) quoted.add(events[events.length - 1]!);
      }
    }
    // "Russia condemned the attack": the target of a reaction is the doer of the act it is about, told in this
    // sentence or, failing that, the last doer of that kind of act in the article
    let shift = 0;
    for (const { k: at0, act } of reactions) {
      const k = at0 + shift;
      const ev = events[k]!;
      const at = s.tokens[act.head]!.start;
      const told = events.slice(first).filter((e) => e.trigger.span[0] === at && e.source.code !== UNKNOWN_ACTOR && e.source.code !== ev.source.code).map((e) => e.source);
      const doers = (told.length ? told : doc.doers.get(act.entry.type) ?? []).filter((d) => d.code !== ev.source.code && d.code !== UNKNOWN_ACTOR);
      // (one event per doer, kept where the reaction was told)
      if (doers.length) events.splice(k, 1, ...doers.map((d) => ({ ...ev, target: d })));
      shift += Math.max(0, doers.length - 1);
    }
    // the doers of the last act of each kind told in this sentence
    const last = new Map<PloverType, { at: number; doers: ActorRef[] }>();
    for (const e of events.slice(first)) {
      if (e.status !== 'asserted' || e.source.code === UNKNOWN_ACTOR) continue;
      const seen = last.get(e.type);
      if (!seen || e.trigger.span[0] > seen.at) last.set(e.type, { at: e.trigger.span[0], doers: [e.source] });
      else if (e.trigger.span[0] === seen.at && !seen.doers.some((d) => d.code === e.source.code)) seen.doers.push(e.source);
    }
    for (const [type, { doers }] of last) doc.doers.set(type, doers);
    // (an actor of unknown country is nobody a later pronoun or epithet can mean)
    doc.recent.push(...actors.filter((a) => a.code && a.code !== UNKNOWN_ACTOR));
    if (doc.recent.length > 60) doc.recent = doc.recent.slice(-60);
    const subj = (firstSubject ?? actors.filter((a) => a.prep === null && !a.place && a.code).slice(0, 1)).filter((a) => a.code !== UNKNOWN_ACTOR);
    if (subj.length) doc.subject = [...subj];
    const lastTargets = st.previous.findLast((p) => p.targets.length)?.targets;
    if (lastTargets) doc.object = [...lastTargets];
  }
  const quotes = findQuotes(text, perSentence);
  const addressed = events.map((e) => quoted.has(e) && !e.target && ADDRESSED.has(e.type) ? { ...e, target: otherParty(perSentence, e.source.code) } : e);
  return { ok: true, lang, events: dedup(attachQuotes(addressed, quotes)), quotes, sentences: sentences.length, warnings: [] };
}

/** Speech acts a quotation addresses to someone: with nobody named, to the article's other party. */
const ADDRESSED: ReadonlySet<PloverType> = new Set(['ACCUSE', 'THREATEN', 'REJECT', 'REQUEST']);

/**
 * The quotations whose speaker an incise after them names ("« … », a réagi Jean Dupont"; "« … », a-t-il ajouté"
 * is the last such speaker), each with where its incise ends.
 */
function saidInQuotes(text: string, sentences: readonly Sentence[], mctx: MentionContext, L: LangLexicon): Array<{ span: readonly [number, number]; incise: number; speaker: Mention }> {
  const out: Array<{ span: readonly [number, number]; incise: number; speaker: Mention }> = [];
  let last: Mention | null = null;
  for (const span of quoteSpans(text)) {
    const s = sentences.find((x) => x.span[0] <= span[1] && span[1] <= x.span[1]);
    if (!s) continue;
    const found = inciseSpeaker(s.tokens, findMentions(s, { ...mctx, mainCountry: null }).actors, span[1], L);
    const speaker: Mention | null = found === 'pronoun' ? last : found;
    if (!speaker || speaker.code === UNKNOWN_ACTOR) continue;
    last = speaker;
    out.push({ span, incise: found === 'pronoun' ? span[1] + 1 : speaker.span[0], speaker });
  }
  return out;
}

/** The party other than `code` the article names most (the first named on a tie), as it was first named. */
function otherParty(perSentence: ReadonlyArray<{ actors: readonly Mention[] }>, code: string): ActorRef | null {
  const count = new Map<string, { n: number; m: Mention }>();
  for (const { actors } of perSentence) for (const m of actors) {
    if (m.code === code || m.code === UNKNOWN_ACTOR || m.kind === 'pronoun') continue;
    const c = count.get(m.code);
    if (c) c.n++; else count.set(m.code, { n: 1, m });
  }
  let best: { n: number; m: Mention } | null = null;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best ? ref(best.m) : null;
}

/**
 * "the Prime Minister" with no country is the one the article last named in that role (Theresa May, then "the Prime
 * Minister"): such roles join `named`; the positions still uncodable are returned.
 */
function resolveBareRoles(s: Sentence, bare: readonly Mention[], unknownAt: readonly number[], named: Mention[], L: LangLexicon, doc: DocState): number[] {
  const unknown = [...unknownAt];
  for (const b of bare) {
    if (b.role === 'official' || named.some((a) => a.from < b.to && b.from < a.to) || pairBefore(s.tokens, b.from, L)
      || OWNER_OF.has(L.language.prepositions[s.tokens[b.to]?.fold ?? ''] ?? '')) continue; // ("the presidents of other states" are others)
    const prev = doc.recent.findLast((r) => r.actorId && r.role === b.role);
    if (!prev) continue;
    named.push({ ...b, code: prev.code, actorId: prev.actorId, sector: prev.sector });
    const at = unknown.indexOf(b.from);
    if (at >= 0) unknown.splice(at, 1);
  }
  return unknown;
}

/** A subordinator in [from, to) right at `from` or right after one of `asked`, with no comma before it. */
function subordinatorAfter(tokens: readonly Token[], from: number, to: number, asked: readonly Mention[], L: LangLexicon): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.fold === ',') return false;
    if (matchAt(tokens, k, L.language.subordinators) && (k === from || asked.some((m) => m.to === k))) return true;
  }
  return false;
}

/** "i due leader", "the two presidents": a pair reference ends at or covers `at`. */
function pairBefore(tokens: readonly Token[], at: number, L: LangLexicon): boolean {
  for (let k = Math.max(0, at - 3); k <= at; k++) {
    const n = matchAt(tokens, k, L.language.pairReferences);
    if (n && k + n >= at) return true;
  }
  return false;
}

const FINITE_FORMS: ReadonlySet<string> = new Set(['fin', 'fut', 'cond']);
/** Base prepositions of a genitive ("di", "of", "de"). */
const OWNER_OF: ReadonlySet<string> = new Set(['di', 'of', 'de']);

/** Whether a genitive after the noun names someone: "manifestazione di un alleato" (not "di protesta", "de este martes"). */
function genitiveDoer(tokens: readonly Token[], trig: TriggerMatch, L: LangLexicon): boolean {
  const lang = L.language;
  if (trig.form.f !== 'noun' || !OWNER_OF.has(lang.prepositions[tokens[trig.end]?.fold ?? ''] ?? '')) return false;
  let k = trig.end + 1;
  while (k < tokens.length && matchAt(tokens, k, lang.articles) === 1) k++;
  const w = tokens[k];
  return k > trig.end + 1 && !!w && /^\p{L}/u.test(w.text) && !eventOrDateWord(L, w.fold) && lang.relativeDays[w.fold] === undefined;
}

/** "The US said China must drop its tariffs": the one who says asks the modal's subject (null when nobody says it). */
function obligation(st: SentenceState, trig: TriggerMatch): { sources: readonly Mention[]; target: Mention; status: Status } | null {
  const { tokens, L } = st;
  const target = st.actors.find((m) => m.to === trig.head && m.prep === null && !m.place);
  if (!target) return null;
  for (let j = target.from - 1; j >= Math.max(0, target.from - 8); j--) {
    const n = matchAt(tokens, j, L.language.speechVerbs);
    if (!n) continue;
    const speech: TriggerMatch = { entry: trig.entry, form: { t: [], e: trig.form.e, f: 'fin' }, head: j, tokens: [j], end: j + n };
    const sources = findRoles(st, speech).sources.filter((m) => m !== target);
    const status = modality(st, speech);
    return sources.length ? { sources, target, status: status === 'future' || status === 'refused' ? 'asserted' : status } : null;
  }
  return null;
}

/** The civilians of the one country where a protest happens or that the sentence names (else the article's country, else unknown). */
function impliedProtesters(places: readonly Mention[], main: string | null, trig: TriggerMatch, s: Sentence): Mention {
  return implied(s.tokens, trig, onePlace(places) ?? main ?? UNKNOWN_ACTOR, 'CVL');
}

/** The one country these mentions name, or null when they name none or several. */
function onePlace(mentions: readonly Mention[]): string | null {
  const codes = new Set(mentions.map((m) => m.code));
  return codes.size === 1 ? [...codes][0]! : null;
}

/**
 * What a speech act says about the act in its complement: "accusandoli di facilitare" (claimed, by the accused),
 * "ha chiesto agli Stati Uniti di annullare" (hypothetical, by the one asked), "promised to send" (hypothetical, by
 * the promiser), "refused to meet" (negated). Null when the trigger governs no such complement.
 */
function complementOf(entry: TriggerMatch['entry'], sources: readonly Mention[], targets: readonly Mention[]): { status: Status; sources: readonly Mention[] } | null {
  if (entry.claims) return targets.length ? { status: 'claimed', sources: targets } : null;
  switch (entry.type) {
    // "chiedere a X di…": X would act; "ha chiesto nuove sanzioni": the one asking would
    case 'REQUEST': return { status: 'hypothetical', sources: targets.length ? targets : sources };
    case 'AGREE': case 'THREATEN': return sources.length ? { status: 'hypothetical', sources } : null;
    case 'REJECT': return sources.length ? { status: 'negated', sources } : null;
    default: return null;
  }
}

const segmentCache = new WeakMap<LangLexicon, SegmentOptions>();
function segmentOptions(lang: string, L: LangLexicon): SegmentOptions {
  let o = segmentCache.get(L);
  if (!o) {
    o = { lang, abbreviations: new Set(L.language.abbreviations), elision: L.language.elision, months: new Set(keysOf(L.language.months)) };
    segmentCache.set(L, o);
  }
  return o;
}

/** Every (source, target) pair; symmetric events both ways; a symmetric group with no target pairs within itself. */
const ON_THE_GROUND: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT', 'COOPERATE', 'CONSULT']);
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'IGO']);
const HOSTILE_PREPOSITIONS = new Set(['contro', 'su', 'against', 'on', 'at', 'contre', 'sur', 'contra', 'sobre', 'gegen', 'auf', 'против', 'по']);
/**
 * PLOVER's border cases that depend on who acts: a government's "protest" is a verbal ACCUSE, and weapons
 * launched against someone are an ASSAULT, not a show of force.
 */
function refine(type: PloverType, mode: string | null, src: Mention, tgt: Mention | null, noun: boolean): PloverType {
  if (type === 'PROTEST' && tgt && src.sector && STATE_SECTORS.has(src.sector)) return 'ACCUSE';
  // civilians who gather (a verb) with nobody to meet are rallying: "Miles de manifestantes se reunieron en la plaza"
  if (type === 'CONSULT' && !mode && !tgt && !noun && src.sector === 'CVL') return 'PROTEST';
  if (type === 'MOBILIZE' && mode === 'weapons' && tgt && HOSTILE_PREPOSITIONS.has(tgt.prep ?? '')) return 'ASSAULT';
  return type;
}

const DOMESTIC: ReadonlySet<PloverType> = new Set(['PROTEST', 'COERCE', 'ASSAULT', 'ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'CONCEDE', 'SANCTION', 'RETREAT', 'CONSULT']);

function pairsOf(type: PloverType, sources: readonly Mention[], targets: readonly Mention[], symmetric: boolean): Array<[Mention, Mention | null]> {
  const out: Array<[Mention, Mention | null]> = [];
  // the same state on both sides only for a domestic act of pressure between different sectors (police → protesters)
  const add = (a: Mention, b: Mention) => { if (a.code !== b.code || (DOMESTIC.has(type) && a.sector && b.sector && a.sector !== b.sector)) out.push([a, b]); };
  if (symmetric && !targets.length) {
    for (const a of sources) for (const b of sources) if (a !== b && a.code !== b.code) add(a, b);
    return out;
  }
  for (const a of sources) for (const b of targets) { add(a, b); if (symmetric) add(b, a); }
  return out;
}

function modality(st: SentenceState, trig: TriggerMatch): Status | 'future' | 'refused' {
  const { tokens, L } = st;
  const lang = L.language;
  const [lo0, hi] = clauseBounds(st, trig);
  // a quotation closed before the act is someone else's words: "« ne restera pas sans réponse », menace Rabat" is no denial
  let lo = lo0;
  for (let k = trig.head - 1; k >= lo0; k--) if (tokens[k]!.text === '»' || tokens[k]!.text === '”' || (tokens[k]!.text === '"' && tokens[k + 1]?.text === ',')) { lo = k + 1; break; }
  const from = Math.max(lo, trig.head - 6);
  // a source's word anywhere ("reportedly", "sources said"); after the act only a phrase: "arrested a man for
  // allegedly offering…" is an arrest that happened
  // (nor one that opens a clause of its own after the act: "protested, claiming that…")
  const after = (k: number) => { const n = matchAt(tokens, k, lang.reported); return n > 1 && !lang.subordinators.includes(tokens[k + n - 1]!.fold); };
  if (anyCue(tokens, 0, trig.head, lang.reported) || tokens.slice(trig.end).some((_, k) => after(trig.end + k))) return 'claimed';
  for (let i = trig.head - 1; i >= Math.max(lo, trig.head - 3); i--) if (matchAt(tokens, i, lang.reportativeAuxiliaries)) return 'claimed';
  // "said it would release", "dijo que liberaría": a future told in the past, not a condition
  let conditional = trig.form.f === 'cond', condition = false;
  for (let i = from; i < trig.head && !condition; i++) {
    const accent = lang.accentedCues[tokens[i]!.fold];
    if (accent && tokens[i]!.text.toLowerCase() !== accent && tokens[i]!.text !== tokens[i]!.text.toUpperCase()) continue;
    if (matchAt(tokens, i, lang.hypothetical)) { if (matchAt(tokens, i, lang.futureInPast)) conditional = true; else condition = true; }
  }
  if (condition) return 'hypothetical';
  const toldFuture = conditional && anyCue(tokens, Math.max(0, trig.head - 10), trig.head, lang.speechVerbs);
  if (conditional && !toldFuture) return 'hypothetical';
  const future = toldFuture || trig.form.f === 'fut' || anyCue(tokens, from, trig.head, lang.futureAuxiliaries);
  const negated = anyCue(tokens, from, trig.head, lang.negation) || anyCue(tokens, lo, trig.head, lang.negationPhrases)
    || (lang.negationAfter > 0 && anyCue(tokens, trig.end, Math.min(hi, trig.end + lang.negationAfter), lang.negation));
  // "will not release", "won't lift": a refusal
  if (negated) return future ? 'refused' : 'negated';
  // «столкновений зафиксировано не было», "la rencontre n'a pas eu lieu": the noun's own predicate denies it
  if (trig.form.f === 'noun' && lang.denialsAfter.length) {
    for (let k = trig.end; k < Math.min(hi, trig.end + 15) && tokens[k]!.fold !== ','; k++) if (matchAt(tokens, k, lang.denialsAfter)) return 'negated';
  }
  if (future) return 'future';
  // "la visita … il prossimo mese", "talks next week": a named act set in the future
  if (trig.form.f === 'noun' && anyCue(tokens, lo, tokens.length, lang.futureMarkers)) return 'future';
  // "invierà aiuti": the noun is the object of a future verb
  if (trig.form.f === 'noun' && tokens.slice(Math.max(lo, trig.head - 3), trig.head).some((t) => lang.futureEndings.some((e) => t.text.toLowerCase().endsWith(e) && t.text.length > e.length + 2))) return 'future';
  return 'asserted';
}

/** Pronouns, "i due Paesi", and epithets ("il leader nordcoreano") resolved against what came before. */
function resolveReferences(s: Sentence, actors: Mention[], L: LangLexicon, lex: Lexicon, doc: DocState, date: string): Mention[] {
  const lang = L.language;
  let out = [...actors];
  const covered = new Uint8Array(s.tokens.length);
  // ("les deux pays" is a reference before "pays" is a group of unknown country)
  for (const m of actors) if (m.code !== UNKNOWN_ACTOR) covered.fill(1, m.from, m.to);
  const taken = (i: number) => covered[i] === 1;
  // "i due Paesi": the two states or organisations named most often so far (the later one wins a tie)
  const distinct = () => {
    const score = new Map<string, { n: number; last: number; m: Mention }>();
    doc.recent.forEach((m, k) => {
      if (m.kind === 'pronoun' || !m.code) return;
      const s0 = score.get(m.code);
      score.set(m.code, { n: (s0?.n ?? 0) + 1, last: k, m: s0 && s0.m.kind !== 'person' ? s0.m : m });
    });
    return [...score.values()].sort((a, b) => b.n - a.n || b.last - a.last).slice(0, 2).sort((a, b) => a.last - b.last).map((x) => x.m);
  };
  for (let i = 0; i < s.tokens.length; i++) {
    if (taken(i)) continue;
    const pair = matchAt(s.tokens, i, lang.pairReferences);
    const sing = !pair && matchAt(s.tokens, i, lang.pronouns.singular);
    const plur = !pair && !sing && matchAt(s.tokens, i, lang.pronouns.plural);
    const obj = !pair && !sing && !plur && matchAt(s.tokens, i, lang.pronouns.object);
    const n = pair || sing || plur || obj;
    if (!n) continue;
    // "Washington said it would…": a subject earlier in the same sentence comes first
    const here = actors.filter((m) => m.to <= i && m.prep === null && !m.place);
    const refs = pair ? distinct()
      : obj ? (doc.object.length ? doc.object : here.slice(-1))
      : sing ? (here.length ? here.slice(-1) : doc.subject.slice(0, 1))
      : here.length > 1 ? here : doc.subject.length > 1 ? doc.subject : distinct();
    if (!refs.length || (pair && refs.length < 2)) { i += n - 1; continue; }
    const span = [s.tokens[i]!.start, s.tokens[i + n - 1]!.end] as const;
    const text = s.text.slice(span[0] - s.span[0], span[1] - s.span[0]);
    const prep = governingPreposition(s.tokens, i, L);
    out = out.filter((m) => m.code !== UNKNOWN_ACTOR || m.to <= i || m.from >= i + n);
    for (const r of refs) out.push({ ...r, kind: 'pronoun', from: i, to: i + n, span, text, prep, place: false });
    i += n - 1;
  }
  // epithets: a role with a country but no name is the person last named with that role (or who held it then)
  for (const m of out) {
    if (m.kind !== 'role' || m.actorId || !m.role) continue;
    const prev = doc.recent.findLast((r) => r.actorId && r.code === m.code && r.role === m.role);
    if (prev) { m.actorId = prev.actorId; m.sector = prev.sector; continue; }
    for (const p of holders(lex).get(`${m.code}|${m.role}`) ?? []) {
      const r = roleAt(p, date);
      if (r && r.code === m.code && r.role === m.role && (r.from ?? '') <= date && date < (r.until ?? '9999')) { m.actorId = p.id; m.sector = r.sector; break; }
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const holderIndex = new WeakMap<Lexicon, Map<string, Person[]>>();
/** People by "CODE|role" they ever held, built once per lexicon. */
function holders(lex: Lexicon): Map<string, Person[]> {
  let idx = holderIndex.get(lex);
  if (!idx) {
    idx = new Map();
    for (const p of Object.values(lex.people)) for (const r of p.roles) {
      const k = `${r.code}|${r.role}`;
      const list = idx.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      idx.set(k, list);
    }
    holderIndex.set(lex, idx);
  }
  return idx;
}

const ref = (m: Mention): ActorRef => ({ code: m.code, sector: m.sector, actor_id: m.actorId, text: m.text, span: m.span });

/** What a sentence says about every event in it: its date and its PLOVER contexts. */
interface SentenceFacts { readonly when: ReturnType<typeof findDate>; readonly contexts: readonly string[] }
function sentenceFacts(s: Sentence, L: LangLexicon, pub: string): SentenceFacts {
  const contexts = Object.entries(L.language.contextCues).filter(([, cues]) => anyCue(s.tokens, 0, s.tokens.length, cues)).map(([c]) => c);
  return { when: findDate(s.tokens, 0, s.tokens.length, L.language, pub), contexts };
}

function buildEvent(lex: Lexicon, s: Sentence, facts: SentenceFacts, trig: TriggerMatch, type: PloverType, status: Status, src: Mention, tgt: Mention | null, pub: string, places: readonly Mention[]): CodedEvent {
  const e = trig.entry;
  let mode = type === e.type ? e.mode : null;
  const cameo = type === e.type ? e.cameo : lex.types[type].cameo;
  const goldstein = lex.cameo[cameo]?.goldstein ?? lex.cameo[cameo.slice(0, 2)]?.goldstein ?? 0;
  const { when, contexts } = facts;
  const context = new Set([...e.context, ...contexts]);
  // a city locates any event; a country named with "in" locates only what happens on the ground
  // (not the SUPPORT in "il sostegno alla Russia nella guerra in Ucraina")
  // (and a capital that is the event's own party is no place: "offre a Mosca")
  const party = (p: Mention) => [src, tgt].some((m) => m && m.span[0] === p.span[0] && m.span[1] === p.span[1]);
  const place = places.find((p) => (p.kind === 'capital' || ON_THE_GROUND.has(type)) && !party(p));
  const first = s.tokens[trig.tokens[0]!]!, last = s.tokens[trig.tokens[trig.tokens.length - 1]!]!;
  // a meeting whose venue is one party's country is a visit by the other (GUIDELINES: visitor → host)
  if (type === 'CONSULT' && !mode && place && tgt && src.code !== tgt.code && (place.code === tgt.code || place.code === src.code)) mode = 'visit';
  return {
    type, mode, context: [...context].sort(), cameo, goldstein, status,
    source: ref(src), target: tgt ? ref(tgt) : null,
    date: when?.date ?? pub, date_precision: when?.precision ?? 'publication',
    location: place ? { name: place.text, code: place.code } : null,
    quote: null,
    sentence: { index: s.index, text: s.text, span: s.span },
    trigger: { text: s.text.slice(first.start - s.span[0], last.end - s.span[0]), span: [first.start, last.end] },
    rule: e.ref, mentions: 1,
  };
}

function attachQuotes(events: CodedEvent[], quotes: readonly Quote[]): CodedEvent[] {
  if (!quotes.length) return events;
  return events.map((ev) => {
    // the last quotation starting at or before the trigger (quotations are in text order and do not overlap)
    let lo = 0, hi = quotes.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.span[0] <= ev.trigger.span[0]) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    const q = found >= 0 ? quotes[found]! : null;
    return q && ev.trigger.span[1] <= q.span[1] ? { ...ev, quote: { text: q.text, speaker: q.speaker?.text ?? null } } : ev;
  });
}

/** One event per (source, type, target, status) in an article; later tellings add a count and missing details. */
function dedup(events: CodedEvent[]): CodedEvent[] {
  // an act told without its target is the same act as one told with it ("RUS CONSULT -" beside "RUS CONSULT PRK")
  const targeted = new Set(events.filter((e) => e.target).map((e) => [e.source.code, e.type, e.status].join('|')));
  events = events.filter((e) => e.target || !targeted.has([e.source.code, e.type, e.status].join('|')));
  const byKey = new Map<string, CodedEvent>();
  for (const ev of events) {
    const key = [ev.source.code, ev.type, ev.target?.code ?? '', ev.status].join('|');
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, ev); continue; }
    // a later telling may say when and where: "riceve Belousov" in the headline, "venerdì a Pyongyang" in the body
    const dated = prev.date_precision === 'publication' && ev.date_precision !== 'publication';
    byKey.set(key, {
      ...prev, mentions: prev.mentions + 1,
      ...(dated ? { date: ev.date, date_precision: ev.date_precision } : {}),
      ...(!prev.location && ev.location ? { location: ev.location } : {}),
      mode: prev.mode ?? ev.mode,
    });
  }
  return [...byKey.values()];
}
