// Actor mentions: longest gazetteer match, then role phrases composed with their country and person.
import type { LangLexicon, Lexicon, Phrase, Person, Role } from './lexicon-types.ts';
import { UNKNOWN_ACTOR, type Mention, type Sentence, type Token } from './types.ts';
import { keysOf, matchAt, matchEndingAt } from './match.ts';

export interface RawMatch { readonly p: Phrase; readonly from: number; readonly to: number }

const PRIORITY: Record<Phrase['k'], number> = { person: 9, short: 8, org: 7, state: 6, metonym: 5, capital: 5, role: 4, 'org-adj': 3, demonym: 2, city: 1 };

/** Longest match at every position; `known` holds the person ids already named in full in the article. */
export function gazetteer(tokens: readonly Token[], L: LangLexicon, known: ReadonlySet<string>): RawMatch[] {
  const out: RawMatch[] = [];
  const mwp = keysOf(L.language.multiwordPrepositions);
  for (let i = 0; i < tokens.length; ) {
    // "da parte di", "on behalf of" are prepositions, never role nouns
    const prep = matchAt(tokens, i, mwp);
    if (prep) { i += prep; continue; }
    const cands = L.phrases[tokens[i]!.fold];
    let best: RawMatch | null = null;
    if (cands) for (const p of cands) {
      const n = p.t.length;
      if (i + n >= tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) if (tokens[i + 1 + k]?.fold !== p.t[k]) { ok = false; break; }
      if (!ok) continue;
      if (p.k === 'short' && !known.has(p.c!)) continue;
      // a capitalised name must look like a name in the text ("Usa", not the verb "usa"; "US", not "us")
      if (p.cap === 1 && !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      if (p.cap === 2 && tokens[i]!.text !== tokens[i]!.text.toUpperCase()) continue;
      const len = n + 1;
      if (!best || len > best.to - best.from || (len === best.to - best.from && PRIORITY[p.k] > PRIORITY[best.p.k])) best = { p, from: i, to: i + len };
    }
    if (best) { out.push(best); i = best.to; } else i++;
  }
  return out;
}

/** The role a person held on `date`; else the latest one before it; else the first after it. */
export function roleAt(person: Person, date: string): Role | null {
  let now: Role | null = null, before: Role | null = null, after: Role | null = null;
  for (const r of person.roles) {
    const from = r.from ?? '0000', until = r.until ?? '9999';
    if (from <= date && date < until) { if (!now || from > (now.from ?? '0000')) now = r; }
    else if (until <= date) { if (!before || until > (before.until ?? '0000')) before = r; }
    else if (!after || from < (after.from ?? '9999')) after = r;
  }
  return now ?? before ?? after;
}

export interface MentionContext {
  readonly lex: Lexicon;
  readonly L: LangLexicon;
  readonly date: string;
  /** person ids named in full in the article (their surnames become valid) */
  readonly known: ReadonlySet<string>;
  /** the country the article is about so far (most of its state mentions), if one clearly leads */
  readonly mainCountry?: string | null;
}

export interface SentenceMentions {
  readonly actors: Mention[];
  /** country adjectives not attached to a role ("russo" in "l'attacco russo") */
  readonly demonyms: Mention[];
  /** places that can locate an event (capitals, cities, country names after "in") */
  readonly places: Mention[];
  /** token positions of someone dyad cannot code ("il presidente", "Lai"): a subject there is not the previous one */
  readonly unknown: number[];
  /** role nouns with no country and no name ("the Prime Minister", "il ministro"): the one last named in that role, if any */
  readonly bareRoles: Mention[];
}

/** Base preposition governing the phrase that starts at token `from` (articles skipped), or null. */
export function governingPreposition(tokens: readonly Token[], from: number, L: LangLexicon): string | null {
  const lang = L.language;
  let j = from - 1;
  while (j >= 0 && matchEndingAt(tokens, j, lang.articles) === 1) j--;
  // one adjective may stand between: "gegen friedliche Demonstranten", "contro pacifici manifestanti"
  // (not the last word of a multi-word preposition: "со стороны", "da parte di")
  const t = tokens[j];
  // (an article may stand before it, "con el nuevo ministro", unless one follows it: "en un comunicado su condena")
  let a = j - 1;
  while (j === from - 1 && a > 0 && matchEndingAt(tokens, a, lang.articles) === 1) a--;
  if (j > 0 && t && !matchEndingAt(tokens, j, keysOf(lang.multiwordPrepositions)) && /^\p{Ll}/u.test(t.text) && lang.prepositions[t.fold] === undefined && !L.triggers[t.fold]
    && (!lang.adjectiveEndings.length || lang.adjectiveEndings.some((e) => t.fold.endsWith(e))) && lang.prepositions[tokens[a]!.fold] !== undefined
    // (a pronoun is no adjective: in "en ella Anderson exigió" the name is the subject)
    && ![lang.pronouns.singular, lang.pronouns.plural, lang.pronouns.object].some((l) => l.includes(t.fold))
    // (nor a relative: in "con la quale Mosca" the name is the relative clause's subject)
    && ![lang.relatives, lang.subordinators, lang.coordinators].some((l) => matchAt(tokens, j, l) > 0 || matchEndingAt(tokens, j, l) > 0)) j--;
  while (j >= 0 && matchEndingAt(tokens, j, lang.articles) === 1) j--;
  if (j < 0) return null;
  // "migliaia di manifestanti", "miles de campesinos", "thousands of protesters": the quantity is no frame
  if (j > 0 && (lang.quantifiers.includes(tokens[j - 1]!.fold) || /^\d[\d.,]*$/.test(tokens[j - 1]!.fold)) && ['di', 'of', 'de'].includes(lang.prepositions[tokens[j]!.fold] ?? '')) {
    j -= 2;
    while (j >= 0 && matchEndingAt(tokens, j, lang.articles) === 1) j--;
    if (j < 0) return null;
  }
  // "des"/"du" open a noun phrase at a sentence's start or after a verb ("Des drones russes ont frappé…")
  if (lang.partitiveArticles.includes(tokens[j]!.fold) && (j === 0 || matchAt(tokens, j - 1, lang.perfectAuxiliaries) > 0 || !!L.triggers[tokens[j - 1]!.fold])) return null;
  const mw = matchEndingAt(tokens, j, keysOf(lang.multiwordPrepositions));
  if (mw) {
    const key = tokens.slice(j - mw + 1, j + 1).map((t) => t.fold).join(' ');
    return lang.multiwordPrepositions[key] ?? null;
  }
  return lang.prepositions[tokens[j]!.fold] ?? null;
}

/**
 * A country's name inside a longer name no lexicon knows, with capitalised words on both sides ("the South China Sea",
 * "the South China Morning Post"), is no actor. (Not where every noun is capitalised, nor beside a word the lexicons
 * know, as in a headline's "Biden Warns China Over Taiwan"; nor in a line in capitals.)
 */
function embeddedNamesDropped(tokens: readonly Token[], raw: RawMatch[], L: LangLexicon): RawMatch[] {
  const lang = L.language;
  if (lang.capitalisedNouns || !tokens.some((t) => /\p{Ll}/u.test(t.text))) return raw;
  const covered = new Uint8Array(tokens.length);
  for (const r of raw) covered.fill(1, r.from, r.to);
  const lists = [lang.articles, lang.coordinators, lang.perfectAuxiliaries, lang.futureAuxiliaries, lang.hypothetical, lang.negation, lang.speechVerbs, lang.relatives, lang.subordinators, lang.pronouns.singular, lang.pronouns.plural];
  // (the first word of a sentence is capitalised anyway: "Recent US strikes")
  const first = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const plainName = (i: number) => {
    const t = tokens[i];
    return !!t && i !== first && !covered[i] && /^\p{Lu}\p{Ll}/u.test(t.text) && !L.triggers[t.fold] && lang.prepositions[t.fold] === undefined
      && lang.weekdays[t.fold] === undefined && lang.months[t.fold] === undefined && !lists.some((l) => matchAt(tokens, i, l) > 0);
  };
  return raw.filter((r) => !((r.p.k === 'state' || r.p.k === 'capital' || r.p.k === 'metonym') && plainName(r.from - 1) && plainName(r.to)));
}

/** A mention over tokens [from, to); its case is that of `m.p`, the phrase it was matched as, unless `init` says otherwise. */
function mention(s: Sentence, m: { from: number; to: number; p?: Phrase }, init: Partial<Mention> & Pick<Mention, 'kind' | 'code'>, L: LangLexicon, place = false): Mention {
  const span = [s.tokens[m.from]!.start, s.tokens[m.to - 1]!.end] as const;
  return {
    sector: null, actorId: null, role: null, ...(m.p?.o ? { oblique: true } : {}), ...init,
    from: m.from, to: m.to, span, text: s.text.slice(span[0] - s.span[0], span[1] - s.span[0]),
    prep: governingPreposition(s.tokens, m.from, L), place,
  };
}

export function findMentions(s: Sentence, ctx: MentionContext): SentenceMentions {
  const { L, lex } = ctx;
  const raw = embeddedNamesDropped(s.tokens, gazetteer(s.tokens, L, ctx.known), L);
  /** "TEGUCIGALPA -", "PECHINO (AFP) –": where the story was filed, not who acts */
  const dateline = (x: RawMatch) => x.from === 0 && s.tokens[0]!.text === s.tokens[0]!.text.toUpperCase() && /^[-–—,(:]$/.test(s.tokens[x.to]?.text ?? '');
  const used = new Set<RawMatch>();
  const at = (i: number) => raw.find((r) => r.from === i && !used.has(r));
  const endingAt = (i: number) => raw.find((r) => r.to === i && !used.has(r));
  const isCountryish = (r: RawMatch | undefined) => !!r && (r.p.k === 'state' || r.p.k === 'capital' || r.p.k === 'metonym' || r.p.k === 'org');
  const isAdj = (r: RawMatch | undefined) => !!r && (r.p.k === 'demonym' || r.p.k === 'org-adj');
  const isPerson = (r: RawMatch | undefined) => !!r && (r.p.k === 'person' || r.p.k === 'short');
  const actors: Mention[] = [];
  const demonyms: Mention[] = [];
  /** a line in capitals only, where case tells nothing */
  const headline = !/\p{Ll}/u.test(s.text);
  const places: Mention[] = [];
  const unknown: number[] = [];
  const bareRoles: Mention[] = [];
  const personMention = (pr: RawMatch, span: { from: number; to: number }, roleCode: string | null, roleSector: string | null, role: string | null): Mention => {
    const person = lex.people[pr.p.c!];
    const r = person ? roleAt(person, ctx.date) : null;
    return mention(s, { ...span, p: pr.p }, { kind: 'person', code: r?.code ?? roleCode ?? '', sector: r?.sector ?? roleSector, actorId: pr.p.c!, role: r?.role ?? role }, L);
  };

  /** The states, capitals or cities of a list after a location preposition at token `k` ("in France and Germany"). */
  const locatedIn = (k: number): RawMatch[] => {
    const p = L.language.prepositions[s.tokens[k]?.fold ?? ''];
    // (only a preposition that never names a recipient: "vendite militari a Taiwan" are sales to Taiwan)
    if (p === undefined || !L.language.locationPrepositions.includes(p) || L.language.nounTargetPrepositions.includes(p)) return [];
    const out: RawMatch[] = [];
    for (let j = k + 1; ;) {
      while (j < s.tokens.length && matchAt(s.tokens, j, L.language.articles) === 1) j++;
      const g = at(j);
      if (!g || !(g.p.k === 'state' || g.p.k === 'capital' || g.p.k === 'city')) break;
      out.push(g);
      const c = matchAt(s.tokens, g.to, L.language.coordinators);
      if (!c) break;
      j = g.to + c;
    }
    return out;
  };
  /** A lowercase word that may be an adjective before a noun: no event word, function word or likely verb form. */
  const adjectiveBefore = (i: number): boolean => {
    const t = s.tokens[i]!;
    const lang = L.language;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(t.text) || inName(i) || L.triggers[t.fold] || lang.prepositions[t.fold] !== undefined) return false;
    if (/(?:ed|[^s]s)$/.test(t.fold) || (lang.adjectiveEndings.length && !lang.adjectiveEndings.some((e) => t.fold.endsWith(e)))) return false;
    const lists = [lang.articles, lang.coordinators, lang.relatives, lang.subordinators, lang.negation, lang.hypothetical, lang.perfectAuxiliaries, lang.futureAuxiliaries, lang.speechVerbs, lang.quantifiers, lang.pronouns.singular, lang.pronouns.plural, lang.pronouns.object];
    return !lists.some((l) => matchAt(s.tokens, i, l) > 0);
  };
  const inName = (i: number) => raw.some((x) => x.from <= i && i < x.to);
  for (const r of raw) {
    if (used.has(r) || r.p.k !== 'role') continue;
    used.add(r);
    let from = r.from, to = r.to;
    let code: string | null = null;
    const also: string[] = [];
    // country after the role noun, possibly through other bodies: "ministro della Difesa russo", "esercito di Israele",
    // "portavoce del ministero degli Esteri cinese", "incaricato d'affari dell'ambasciata d'Italia"
    for (let hops = 0; hops < 3 && !code; hops++) {
      const next = at(to);
      if (isAdj(next)) { code = next!.p.c!; used.add(next!); to = next!.to; break; }
      // adjectives in between, where adjectives follow the noun: "rappresentanze diplomatiche e consolari italiane"
      let g = to, gapOk = L.language.adjectiveAfterNoun;
      while (gapOk && g < to + 3 && g < s.tokens.length && !at(g)) {
        const t = s.tokens[g]!;
        if (!/^\p{Ll}/u.test(t.text) || L.language.prepositions[t.fold] !== undefined || matchAt(s.tokens, g, L.language.articles) || L.triggers[t.fold]) { gapOk = false; break; }
        g++;
      }
      if (gapOk && g > to && isAdj(at(g))) { const a = at(g)!; code = a.p.c!; used.add(a); to = a.to; break; }
      const prep = to < s.tokens.length ? L.language.prepositions[s.tokens[to]!.fold] : undefined;
      // where case is marked, an oblique name right after the role is its genitive: "министр иностранных дел Турции"
      // (or an indeclinable acronym, which has every case: «президента США», «генсека НАТО»)
      const acronym = (r: typeof raw[number] | undefined) => !!r && r.to === r.from + 1 && /^\p{Lu}{2,}$/u.test(s.tokens[r.from]!.text);
      const bare = L.language.caseMarking && isCountryish(at(to)) && (at(to)!.p.o === 1 || acronym(at(to)));
      // ("diplomats from Germany", «дипломаты из Германии»: where they come from)
      if (!bare && prep !== 'di' && prep !== 'of' && prep !== 'de' && prep !== 'from' && prep !== 'из') break;
      let k = bare ? to : to + 1;
      while (k < s.tokens.length && matchAt(s.tokens, k, L.language.articles) === 1) k++;
      const gen = at(k);
      if (isCountryish(gen) || gen?.p.k === 'city') {
        // "segretario del Consiglio di sicurezza russo": an organisation's name with a state adjective is that state's body
        const adj = gen!.p.k === 'org' ? at(gen!.to) : undefined;
        const last = adj && adj.p.k === 'demonym' ? adj : gen!;
        code = last.p.c!; used.add(gen!); used.add(last); to = last.to;
        // a list of owners repeating the preposition names a group each: "les gouvernements de l'Angola et de la France",
        // "los gobiernos de Chile y de Perú" (without it, "of Italy and France" is coordinated like any list)
        for (;;) {
          let j = to;
          const c = matchAt(s.tokens, j, L.language.coordinators);
          if (!c) break;
          j += c;
          if (!bare) {
            if (L.language.prepositions[s.tokens[j]?.fold ?? ''] !== prep) break;
            j++;
          }
          while (j < s.tokens.length && matchAt(s.tokens, j, L.language.articles) === 1) j++;
          const more = at(j);
          if (!isCountryish(more) || (bare && more!.p.o !== 1 && !acronym(more))) break;
          used.add(more!); also.push(more!.p.c!); to = more!.to;
        }
        break;
      }
      // a body led by a person is that person's country's: "el régimen de Daniel Ortega", "il governo di Meloni"
      // (only a body or group, no role kind: "the wife of X" is no role, "the minister of X" rare)
      if (!bare && !r.p.r && isPerson(gen)) {
        const person = lex.people[gen!.p.c!];
        const pr = person ? roleAt(person, ctx.date) : null;
        if (pr && pr.code) { code = pr.code; used.add(gen!); to = gen!.to; }
        break;
      }
      // a portfolio no lexicon knows, then the country: "el ministro de Comercio de Chile", "il ministro del Turismo di Malta"
      if (!gen && !bare) {
        let j = k, n = 0;
        while (j < s.tokens.length && n < 3 && /^\p{Lu}\p{Ll}/u.test(s.tokens[j]!.text) && !inName(j)) { j++; n++; }
        if (n && L.language.prepositions[s.tokens[j]?.fold ?? ''] === prep) { to = j; continue; }
      }
      if (!gen || gen.p.k !== 'role') break;
      used.add(gen);
      to = gen.to;
    }
    // country before it: "the Iranian foreign minister", "US President", "Russia's defence minister"
    if (!code) {
      let k = from;
      // (adjectives may stand between where they precede the noun: "Russia's new defence minister", "Iranian former officials")
      let g = k;
      while (!L.language.adjectiveAfterNoun && g > 0 && k - g < 2 && adjectiveBefore(g - 1)) g--;
      if (g < k && !endingAt(k) && !(L.language.possessive && s.tokens[k - 1]?.fold === "'s")) {
        const q = L.language.possessive && g > 0 && s.tokens[g - 1]!.fold === "'s" ? g - 1 : g;
        const p0 = endingAt(q);
        const start = p0 ? p0.from : 0;
        // (a bare name only where it opens a phrase: "Arnor former officials", not the object of a verb before it)
        if (isAdj(p0) || (isCountryish(p0) && (q < g || start === 0 || matchAt(s.tokens, start - 1, L.language.articles) === 1 || L.language.prepositions[s.tokens[start - 1]!.fold] !== undefined))) k = g;
      }
      if (L.language.possessive && k > 0 && s.tokens[k - 1]!.fold === "'s") k--;
      const prev = endingAt(k);
      // (a place is no owner: "Protestaron en Lima miles de estudiantes")
      const placed = isCountryish(prev) && prev!.p.k !== 'org' && L.language.locationPrepositions.includes(governingPreposition(s.tokens, prev!.from, L) ?? '');
      if (isAdj(prev) || (isCountryish(prev) && !placed)) {
        code = prev!.p.c!; used.add(prev!); from = prev!.from;
        // "Hungarian and Romanian officials": each adjective of a list names its own group
        for (let a = prev!; isAdj(a);) {
          const glue = s.tokens[a.from - 1];
          const before = glue && (L.language.coordinators.includes(glue.fold)) ? endingAt(a.from - 1) : undefined;
          if (!isAdj(before)) break;
          used.add(before!); also.push(before!.p.c!); from = before!.from; a = before!;
        }
      }
    }
    // a known person's body: "Joe Biden's administration", "Erdoğan's government" are that person's country's
    if (!code && L.language.possessive && from > 0 && s.tokens[from - 1]!.fold === "'s") {
      const owner = raw.find((x) => x.to === from - 1 && isPerson(x));
      const person = owner ? lex.people[owner.p.c!] : undefined;
      const held = person ? roleAt(person, ctx.date) : null;
      if (held && lex.actors[held.code]?.kind === 'state') code = held.code;
    }
    // the person the role names: "…russo, Andrei Belousov" / "Andrei Belousov, ministro…"
    let k = to;
    // a ministry complement after the adjective: "le ministre russe de la Défense, Andreï Belooussov"
    if (code && L.language.prepositions[s.tokens[k]?.fold ?? ''] === 'de') {
      let j = k + 1;
      while (j < s.tokens.length && matchAt(s.tokens, j, L.language.articles) === 1) j++;
      let n = 0;
      while (j < s.tokens.length && n < 3 && /^\p{Lu}/u.test(s.tokens[j]!.text) && !at(j)) { j++; n++; }
      if (n && (s.tokens[j]?.fold === ',' || isPerson(at(j)))) { k = j; to = j; }
    }
    if (s.tokens[k]?.fold === ',') k++;
    let pr = at(k);
    if (isPerson(pr)) { used.add(pr!); to = pr!.to; }
    else {
      let b = from;
      // "Sergei Shoigu, the secretary of …": an article may stand after the comma
      if (b > 0 && matchAt(s.tokens, b - 1, L.language.articles) === 1) b--;
      if (s.tokens[b - 1]?.fold === ',') b--;
      pr = endingAt(b);
      if (isPerson(pr)) { used.add(pr!); from = pr!.from; } else pr = undefined;
    }
    if (pr) { actors.push(personMention(pr, { from, to }, code, r.p.s ?? null, r.p.r ?? null)); continue; }
    // a group with no country of its own belongs to the countries it is in: "activists in Hong Kong",
    // "lawmakers in France and Germany", and "lawmakers and officials in France" share them
    // (a capitalised group noun inside a name is no group: "the Reconciliation of the Warring Parties in Syria"; troops
    // and named bodies are often abroad: "peacekeepers in Iraq", "an embassy in Tehran")
    if (!code && !r.p.r && r.p.s !== 'MIL' && (r.from === 0 || /^\p{Ll}/u.test(s.tokens[r.from]!.text)) && !(r.from > 0 && matchAt(s.tokens, r.from - 1, L.language.articles) === 1)) {
      let k = to;
      for (let n = 0; n < 2; n++) {
        const c = matchAt(s.tokens, k, L.language.coordinators);
        const next = c && s.tokens[k]!.fold !== ',' ? at(k + c) : undefined;
        if (!next || next.p.k !== 'role' || next.p.r) break;
        k = next.to;
      }
      const inside = locatedIn(k);
      if (inside.length) {
        code = inside[0]!.p.c!;
        also.push(...inside.slice(1).map((x) => x.p.c!).filter((c) => c !== code));
        // (the place still locates the event)
        if (k === to) for (const x of inside) { used.add(x); places.push(mention(s, x, { kind: x.p.k === 'state' ? 'state' : 'capital', code: x.p.c!, sector: null }, L, true)); }
      }
    }
    // a group with no country ("migliaia di persone", "la polizia") belongs to the one place the sentence names
    if (!code && !r.p.r) {
      // the one country the sentence names, by a place or its name; a dateline ("ROMA –") only if nothing else
      const where = raw.filter((x) => x.p.k === 'capital' || x.p.k === 'city' || x.p.k === 'state');
      const states = new Set(where.map((x) => x.p.c));
      const place = where.find((x) => !dateline(x)) ?? where[0];
      if (place && states.size === 1) code = place.p.c!;
      // else the article's own country: "police arrested two journalists" in a story about Kenya
      else if (!where.length && ctx.mainCountry) code = ctx.mainCountry;
      // else a group of unknown country: "students marched", "la policía detuvo" are events all the same
      else code = UNKNOWN_ACTOR;
    }
    if (code) {
      const sector = lex.actors[code]?.kind === 'org' || lex.actors[code]?.kind === 'bloc' ? (r.p.r ? lex.actors[code]?.sector ?? 'IGO' : lex.actors[code]?.sector ?? null) : r.p.s ?? null;
      for (const c of [code, ...also]) actors.push(mention(s, { from, to, p: r.p }, { kind: 'role', code: c, sector, role: r.p.r ?? null }, L));
    } else if (r.p.r) {
      unknown.push(from);
      bareRoles.push(mention(s, { from, to, p: r.p }, { kind: 'role', code: '', sector: r.p.s ?? null, role: r.p.r }, L));
    }
  }
  for (const r of raw) {
    if (used.has(r)) continue;
    // "il Consiglio di sicurezza russo" is a Russian body, not the UN's
    const adj = r.p.k === 'org' ? at(r.to) : undefined;
    if (adj && adj.p.k === 'demonym') {
      used.add(adj);
      actors.push(mention(s, { from: r.from, to: adj.to, p: r.p }, { kind: 'role', code: adj.p.c!, sector: 'GOV' }, L));
      continue;
    }
    // and so is "Russia's Security Council"
    const owner = r.p.k === 'org' && L.language.possessive && s.tokens[r.from - 1]?.fold === "'s" ? endingAt(r.from - 1) : undefined;
    if (owner && owner.p.k === 'state') {
      used.add(owner);
      actors.push(mention(s, { from: owner.from, to: r.to, p: r.p }, { kind: 'role', code: owner.p.c!, sector: 'GOV' }, L));
      continue;
    }
    const k = r.p.k;
    if (k === 'person' || k === 'short') actors.push(personMention(r, r, null, null, null));
    else if (k === 'state' || k === 'metonym' || k === 'org') actors.push(mention(s, r, { kind: k === 'org' ? 'org' : k === 'state' ? 'state' : 'metonym', code: r.p.c!, sector: r.p.s ?? lex.actors[r.p.c!]?.sector ?? null }, L));
    else if (k === 'capital') {
      // "a Pyongyang" is where something happens; "Pyongyang e Mosca" are actors
      const m = mention(s, r, { kind: 'capital', code: r.p.c!, sector: 'GOV' }, L);
      // after "a"/"in" it is a place first, but can still be the target of a frame that asks for that preposition
      if (m.prep && L.language.locationPrepositions.includes(m.prep)) { places.push({ ...m, place: true }); actors.push({ ...m, place: true }); } else actors.push(m);
    } else if (k === 'city') places.push(mention(s, r, { kind: 'capital', code: r.p.c!, sector: null }, L, true));
    else if (k === 'demonym' || k === 'org-adj') {
      // "i russi", "los palestinos", "the Russians": an adjective used as a noun, right after an article
      // …or after a preposition when no noun follows it ("aid to Syrians for years", "ayuda a los sirios"; not "of Russian origin")
      // …or after a number or a quantity ("30.000 israelíes", "miles de israelíes manifestaron")
      const next = s.tokens[r.to];
      const before = s.tokens[r.from - 1];
      // …or as a sentence's subject before its verb ("Palestinians blamed Israel")
      const bare = !next || !/^\p{L}/u.test(next.text) || L.language.prepositions[next.fold] !== undefined || L.language.coordinators.includes(next.fold)
        || L.language.relatives.includes(next.fold) || !!L.triggers[next.fold] || matchAt(s.tokens, r.to, L.language.perfectAuxiliaries) > 0;
      const first = s.tokens.slice(0, r.from).every((t) => !/\p{L}/u.test(t.text));
      const asNoun = k === 'demonym' && !at(r.to) && (headline || !/^\p{Lu}/u.test(next?.text ?? '')) && (first ? bare && !!next && /^\p{L}/u.test(next.text)
        : !!before && (matchAt(s.tokens, r.from - 1, L.language.articles) === 1 || ((L.language.prepositions[before.fold] !== undefined || /^\d[\d.,]*$/.test(before.text)) && bare)));
      if (asNoun) actors.push(mention(s, r, { kind: 'demonym', code: r.p.c!, sector: 'CVL' }, L));
      else demonyms.push(mention(s, r, { kind: 'demonym', code: r.p.c!, sector: null }, L));
    }
  }
  for (const m of actors) if (m.kind === 'state' && m.prep && L.language.locationPrepositions.includes(m.prep) && m.prep !== 'a') places.push({ ...m, place: true });
  actors.sort((a, b) => a.from - b.from);
  // the later items of a list share its preposition: "da Germania, Svezia e Polonia", "из Германии, Швеции и Польши"
  // (a list has a real conjunction somewhere; a comma alone may end a phrase: "…delle forze russe, Kiev accusa")
  const gapAfter = (a: Mention, b: Mention): { ok: boolean; conj: boolean } => {
    let g = a.to, conj = false;
    for (;;) {
      const c = g < b.from ? matchAt(s.tokens, g, L.language.coordinators) : 0;
      const art = g < b.from && !c ? matchAt(s.tokens, g, L.language.articles) : 0;
      if (!c && !art) break;
      conj ||= c > 0 && s.tokens[g]!.fold !== ',';
      g += c || art;
    }
    return { ok: g === b.from && b.from > a.to, conj };
  };
  for (let k = 0; k < actors.length; k++) {
    const head = actors[k]!;
    if (head.prep === null || head.place || L.language.locationPrepositions.includes(head.prep)) continue;
    const run: Mention[] = [];
    let conj = false;
    for (let n = k + 1; n < actors.length; n++) {
      const gap = gapAfter(run[run.length - 1] ?? head, actors[n]!);
      if (!gap.ok || actors[n]!.prep !== null) break;
      run.push(actors[n]!);
      conj ||= gap.conj;
    }
    if (conj) for (const m of run) m.prep = head.prep;
  }
  // a capitalised word no lexicon knows, in subject position ("Lai has promised…"), is an unknown actor
  const covered = new Uint8Array(s.tokens.length);
  for (const r of raw) covered.fill(1, r.from, r.to);
  // (every German noun is capitalised: no clue there)
  // (and an acronym, "ISIL", "FARC", unless the whole line is in capitals)
  for (let i = 0; i < (L.language.capitalisedNouns ? 0 : s.tokens.length); i++) {
    const t = s.tokens[i]!;
    const name = /^\p{Lu}\p{Ll}/u.test(t.text) || (!headline && /^\p{Lu}{2,6}$/u.test(t.text));
    if (covered[i] || !name || L.language.prepositions[t.fold] !== undefined || matchAt(s.tokens, i, L.language.articles)) continue;
    // with a country adjective it is that country's body: "the Russian Center for Reconciliation", "l'Agenzia russa"
    let j = i + 1;
    const cap = (k: number) => k < s.tokens.length && !covered[k] && /^\p{Lu}\p{Ll}/u.test(s.tokens[k]!.text);
    while (cap(j) || (s.tokens[j]?.text === '-' && cap(j + 1))) j++;
    // (after the noun a capitalised adjective is part of a name: "Puerto Argentino", "Arnoldo Alemán", "Sahara Occidental";
    // an event word is no name: "Boicot francés"; and a name's later part is not one: "Extrême-Orient")
    const d = headline || L.triggers[t.fold]?.some((f) => !f.t.length) || s.tokens[i - 1]?.text === '-' ? -1
      : demonyms.findIndex((m) => (L.language.adjectiveAfterNoun ? m.from === j && /^\p{Ll}/u.test(m.text) : m.to === i));
    const dem = demonyms[d];
    // (not a place: "in the Russian Far East", "dans l'Extrême-Orient russe")
    if (dem && !L.language.locationPrepositions.includes(governingPreposition(s.tokens, Math.min(dem.from, i), L) ?? '')) {
      demonyms.splice(d, 1);
      const from = Math.min(dem.from, i), to = Math.max(dem.to, j);
      actors.push(mention(s, { from, to }, { kind: 'role', code: dem.code }, L));
      covered.fill(1, from, to);
      i = to - 1;
      continue;
    }
    // (a sentence's first word is capitalised anyway: only a name when an auxiliary follows, "Lai has promised")
    if (i > 0 || matchAt(s.tokens, 1, L.language.perfectAuxiliaries) > 0) unknown.push(i);
  }
  actors.sort((a, b) => a.from - b.from);
  return { actors, demonyms, places, unknown, bareRoles };
}
