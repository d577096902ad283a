// PETRARCH2 validation dictionaries (PETR.Validate.actors.txt / agents.txt): parsing only, no I/O.

export interface PetrCode { readonly code: string; readonly from?: string; readonly until?: string }
export interface PetrName { readonly name: string; /** a trailing "_" in the dictionary: no prefix matching */ readonly exact: boolean }
export interface PetrActor { readonly names: PetrName[]; readonly codes: PetrCode[] }
export interface PetrAgent { readonly phrases: string[]; readonly code: string; readonly prefix: boolean }

export const VALID_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'CVL', 'MED', 'BUS', 'NGO', 'IGO', 'COP', 'SPY', 'PTY', 'PRM', 'UAF', 'UNK', 'REL', 'EDU', 'LAB', 'HLH', 'AGR', 'CRM', 'REF', 'ETH']);

/** "950601" → 1995-06-01, "20100109" → 2010-01-09. */
export function petrDate(d: string): string | null {
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) return `${Number(d.slice(0, 2)) >= 30 ? '19' : '20'}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  return null;
}

/** One bracket of an actor entry: "HOBGOV 19950601 - 19990815", "HOB < 950601", "HOBREB >990816", "ARN". */
export function parseCodeBlock(s: string): PetrCode | null {
  const m = /^\s*([^\s<>\d][^\s<>]*)?\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(s);
  if (!m || !m[1]) return null;
  const code = m[1].toUpperCase();
  if (m[2] === '<') return { code, until: petrDate(m[3]!)! };
  if (m[2] === '>') return { code, from: petrDate(m[3]!)! };
  if (m[4]) return { code, from: petrDate(m[4])!, until: petrDate(m[5]!)! };
  return { code };
}

const stripComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '').split('\n').filter((l) => !/^\s*<!/.test(l)).map((l) => l.replace(/#.*$/, '').replace(/\s+$/, ''));
const nameOf = (raw: string): PetrName => {
  const t = raw.trim();
  return { name: t.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim(), exact: /_$/.test(t) };
};
const brackets = (s: string) => [...s.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);

/** Parse PETR.Validate.actors.txt: "NAME [CODE]", "+SYNONYM" lines, indented "[CODE dates]" lines. */
export function parseActors(text: string): PetrActor[] {
  const out: PetrActor[] = [];
  let cur: PetrActor | null = null;
  for (const line of stripComments(text)) {
    if (!line.trim()) continue;
    const before = line.split('[')[0]!;
    const codes = brackets(line).map(parseCodeBlock).filter((c): c is PetrCode => !!c);
    if (/^\s*\[/.test(line)) { if (cur) cur.codes.push(...codes); continue; }
    if (/^\s*\+/.test(line)) {
      if (cur) { const n = nameOf(before.replace(/^\s*\+/, '')); if (n.name) cur.names.push(n); cur.codes.push(...codes); }
      continue;
    }
    const n = nameOf(before);
    if (!n.name) continue;
    cur = { names: [n], codes };
    out.push(cur);
  }
  return out;
}

/** Regular English plural of an agent phrase: -y → -ies, -sh/-ch/-x → -es, a final -s stays, else -s. */
export function petrPlural(w: string): string {
  if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}IES`;
  if (/s$/i.test(w)) return w;
  if (/(sh|ch|x)$/i.test(w)) return `${w}ES`;
  return `${w}S`;
}

/** Parse PETR.Validate.agents.txt: "!MACRO! = A, B", "NAME {PLURALS} [~SEC]" / "[SEC~]". */
export function parseAgents(text: string): PetrAgent[] {
  const macros = new Map<string, string[]>();
  const out: PetrAgent[] = [];
  for (const line of stripComments(text)) {
    const mm = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (mm) { macros.set(mm[1]!, mm[2]!.split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const code = brackets(line)[0]?.trim();
    if (!code) continue;
    const before = line.split('[')[0]!;
    const plural = /\{([^}]*)\}/.exec(before);
    const head = before.replace(/\{[^}]*\}/, '').trim();
    if (!head) continue;
    let forms = [head];
    for (const [k, vals] of macros) if (head.includes(k)) forms = forms.flatMap((f) => vals.map((v) => f.split(k).join(v)));
    const phrases = forms.flatMap((f) => (plural ? [f, ...plural[1]!.split(/[,\s]+/).filter(Boolean)] : [f, petrPlural(f)]));
    out.push({ phrases: [...new Set(phrases.map((p) => p.replace(/_/g, ' ').trim().toLowerCase()))], code: code.replace(/\s+/g, ''), prefix: code.replace(/\s+/g, '').endsWith('~') });
  }
  return out;
}

/** The part of a PETRARCH actor code that dyad's codes are compared with: the 3-letter actor, or 6 letters for IGO/IMG groups. */
export function petrRoot(code: string): string {
  const c = code.trim().replace(/^"|"$/g, '').toUpperCase();
  if (/^(IGO|IMG)[A-Z]{3}/.test(c)) return c.slice(0, 6);
  return c.slice(0, 3);
}

/** The sector an actor code carries after its root ("HOBGOV" → GOV), when it is one dyad knows. */
export function sectorOf(code: string): string | null {
  const s = code.slice(petrRoot(code).length, petrRoot(code).length + 3);
  return VALID_SECTORS.has(s) ? s : null;
}


// ───────────── PETR.Validate.verbs.txt ─────────────

/** One verb of a block: its words ("break down"), which word is the verb (the one marked "+", else the first), irregular forms from "{…}", its own code when the line has one. */
export interface PetrVerb { readonly words: string[]; readonly head: number; readonly forms: string[]; readonly code: string | null }
/** One pattern line: the words before and after the verb ("*"); "$" source, "+" target, "^" skip, "%" compound kept as markers. */
export interface PetrPattern { readonly before: string[]; readonly after: string[]; readonly code: string }
export interface PetrVerbBlock { readonly verbs: PetrVerb[]; readonly code: string; readonly patterns: PetrPattern[] }
export interface PetrVerbs { readonly synsets: ReadonlyMap<string, string[]>; readonly blocks: PetrVerbBlock[] }

/** Pattern tokens: words (a "_" joins words too), "*", "$", "+", "^", "%", "&SYNSET"; a marker glued to a word ("+RST", "IN_*") stands alone. */
export function patternTokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.replace(/[{}]/g, ' ').split(/[\s_]+/)) {
    if (!raw) continue;
    let w = raw;
    while (/^[*$+^%]/.test(w) && w.length > 1 && !w.startsWith('&')) { out.push(w[0]!); w = w.slice(1); }
    const tail: string[] = [];
    while (/[*$+^%]$/.test(w) && w.length > 1) { tail.unshift(w[w.length - 1]!); w = w.slice(0, -1); }
    out.push(w, ...tail);
  }
  return out;
}

/** Parse one pattern line ("- SUGGESTED_+ * DEMAND_&GENINT  [111]  # …"); null when it has no verb or no code. */
export function parsePattern(line: string): PetrPattern | null {
  const m = /^\s*-\s*(.*?)\s*\[([^\]]*)\]/.exec(line.replace(/#.*$/, ''));
  if (!m) return null;
  const toks = patternTokens(m[1]!);
  const at = toks.indexOf('*');
  if (at < 0) return null;
  return { before: toks.slice(0, at), after: toks.slice(at + 1), code: m[2]!.trim() };
}

/** Parse PETR.Validate.verbs.txt: synsets ("&NAME" then "+member" lines), blocks ("--- VERB [code] ---", verb lines, "- pattern [code]" lines). */
export function parseVerbs(text: string): PetrVerbs {
  const synsets = new Map<string, string[]>();
  const blocks: PetrVerbBlock[] = [];
  let syn: string[] | null = null;
  let block: PetrVerbBlock | null = null;
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) { syn = null; continue; }
    const head = /^---\s*(.*?)\s*((?:\[[^\]]*\]\s*)+)-*\s*$/.exec(line);
    if (head) {
      syn = null;
      const codes = brackets(head[2]!).map((c) => c.trim());
      block = { verbs: [], code: codes[codes.length - 1] ?? '---', patterns: [] };
      blocks.push(block);
      continue;
    }
    const s = /^&(\S+)/.exec(line.trim());
    if (s && !block?.verbs.length || (s && !/^\s*-/.test(line) && !/^\s*\+/.test(line))) {
      syn = [];
      synsets.set(`&${s![1]!.replace(/_+$/, '')}`, syn);
      block = null;
      continue;
    }
    if (syn && /^\s*\+/.test(line)) { syn.push(line.trim().slice(1).replace(/_/g, ' ').replace(/\s+/g, ' ').trim()); continue; }
    if (!block) continue;
    if (/^\s*-/.test(line)) { const p = parsePattern(line); if (p) block.patterns.push(p); continue; }
    // a verb line: "BREAK { BROKE BROKEN }", "+BREAK_DOWN {+BREAKS_DOWN …}", "WIRE_+TAP {…}", "DOWNPLAY [014]"
    const code = brackets(line)[0]?.trim() ?? null;
    const irregular = /\{([^}]*)\}/.exec(line)?.[1] ?? '';
    const body = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/, '').trim();
    if (!body) continue;
    const parts = body.split(/[\s_]+/).filter(Boolean);
    let headAt = parts.findIndex((w) => w.startsWith('+'));
    if (headAt < 0) headAt = 0;
    const words = parts.map((w) => w.replace(/^\+/, '').toLowerCase());
    const forms = irregular.split(/\s+/).filter(Boolean).map((f) => f.split('_').map((w) => w.replace(/^\+/, '')).filter(Boolean)[headAt === 0 ? 0 : Math.min(headAt, f.split('_').length - 1)]!.toLowerCase()).filter(Boolean);
    block.verbs.push({ words, head: headAt, forms, code });
  }
  return { synsets, blocks };
}

/** Every word sequence a pattern part stands for, synsets expanded (also inside synsets); markers dropped. */
export function expandWords(toks: readonly string[], synsets: ReadonlyMap<string, string[]>, depth = 0): string[][] {
  let out: string[][] = [[]];
  for (const t of toks) {
    if (/^[*$+^%]$/.test(t)) continue;
    if (t.startsWith('&')) {
      const members = synsets.get(t.replace(/_+$/, ''));
      if (!members || depth > 3) return [];
      const alts = members.flatMap((m) => expandWords(patternTokens(m), synsets, depth + 1));
      out = out.flatMap((o) => alts.map((a) => [...o, ...a]));
    } else if (t.toLowerCase() === "n't") out = out.map((o) => (o.length ? [...o.slice(0, -1), `${o[o.length - 1]}n't`] : [...o, "n't"]));
    else out = out.map((o) => [...o, t.toLowerCase()]);
    if (out.length > 200) return out;
  }
  return out;
}

/** What a PETRARCH code is in PLOVER: a type, a statement PLOVER drops (01/02), a test code any type matches, or no event ("---"). */
export type VerbCodeKind = { readonly kind: 'type'; readonly type: string } | { readonly kind: 'dropped' } | { readonly kind: 'unknown' } | { readonly kind: 'none' };

/** A trigger entry in the project's triggers.yaml format. */
export interface TriggerYaml { lemma: string; pos: 'verb' | 'fixed'; as?: 'verb'; type: string; cameo?: string; symmetric?: true; target?: string[]; source?: string[]; forms?: string[]; noun?: false }

export interface VerbConversion {
  readonly entries: TriggerYaml[];
  /** verbs PETRARCH codes (base forms, and already inflected forms such as "said"): the project's entries for them give way */
  readonly verbs: ReadonlySet<string>;
  readonly skipped: Readonly<Record<string, number>>;
}

/**
 * PETRARCH takes a verb's target from its verb phrase whatever the preposition ("left for X", "departed from X",
 * "appealed for peace in X", "condemned an attack by X"): a converted entry with no target marker gets this frame.
 */
export const BROAD = ['dobj', 'by', 'to', 'with', 'against', 'on', 'toward', 'between', 'at', 'for', 'from', 'in', 'about', 'of', 'into', 'over'];
const PREPS = new Set(['with', 'to', 'against', 'from', 'on', 'in', 'at', 'about', 'for', 'of', 'by', 'between', 'into', 'over']);

/**
 * Turn the parsed verbs dictionary into trigger entries. A verb's own code (or its block's) gives the bare verb;
 * a pattern gives an expression: "* DIPLOMATIC TIES [064]" → "restore diplomatic ties", one per synset member;
 * words before the verb ("NOT *", "SAID *") start a fixed expression with the verb inflected inside it ("not
 * allowed"); "%" before the verb (a compound subject) makes it symmetric. Skipped (and counted): codes with no event
 * ("---", or statements PLOVER drops), patterns with only role markers, duplicate expressions. A paired code
 * "032:033" is symmetric (type of the first half). `inflected(w)`: w is already a past/-ing/-s form ("said", "left",
 * "killed"), written as a fixed form; `surfaces(w)`: the inflected forms of a base verb.
 */
export function convertVerbs(v: PetrVerbs, codeKind: (code: string) => VerbCodeKind, inflected: (w: string) => boolean, fallbackType: (verb: string) => string, surfaces: (w: string) => string[] = (w) => [w]): VerbConversion {
  const entries: TriggerYaml[] = [];
  const verbs = new Set<string>();
  const skipped: Record<string, number> = {};
  const skip = (why: string) => { skipped[why] = (skipped[why] ?? 0) + 1; };
  const seen = new Map<string, TriggerYaml>();
  const bareCompound = new Set<PetrVerb>();
  const add = (verb: PetrVerb, before: readonly string[], following: readonly string[], code: string, target?: string[], compound = false, source?: string[]): void => {
    const [first, second] = code.split(':').map((c) => c.trim());
    const k = codeKind(first!);
    if (k.kind === 'none') { skip('no event ("---" or a code that is no number)'); return; }
    if (k.kind === 'dropped') { skip('statement or appeal PLOVER drops (01/02): no event'); return; }
    const w = verb.words[verb.head]!;
    const type = k.kind === 'type' ? k.type : fallbackType(w);
    // words before the verb ("NOT *", "HAS *"): an expression that starts with them, the verb inflected inside it
    const fixed = verb.head !== 0 || inflected(w) || before.length > 0;
    const words = [...before, ...verb.words, ...following];
    const lemma = words.join(' ');
    const key = `${lemma}/${fixed ? 'fixed' : 'verb'}`;
    const same = seen.get(key);
    if (same) {
      // the same words with another target frame ("* RUMORS FROM [911]", "* RUMORS ABOUT [915]"): one entry, both frames
      const frame = target ?? BROAD;
      if (same.target && frame.some((x) => !same.target!.includes(x))) { same.target = [...new Set([...same.target, ...frame])]; skip('same expression, frames merged'); }
      else skip('duplicate expression');
      return;
    }
    // PETRARCH's verbs are verbs: used as a noun ("a brief visit") they are no event (when the expression starts with the verb)
    const e: TriggerYaml = { lemma, pos: fixed ? 'fixed' : 'verb', ...(fixed ? { as: 'verb' as const } : {}), type, cameo: /^\d+/.exec(first!)?.[0] ?? first!, ...(!before.length && verb.head === 0 ? { noun: false as const } : {}) };
    const s2 = second ? codeKind(second) : null;
    // "032:033" codes both directions; "% *" (a compound subject) codes its members with each other
    if ((s2 && (s2.kind === 'type' || s2.kind === 'unknown')) || compound) e.symmetric = true;
    e.target = target ?? BROAD;
    // "+ * FROM $": the source follows "from" (the doer of a passive: "was freed from X")
    if (source) e.source = source;
    const variant = (f: string) => [...before, ...verb.words.map((x, i) => (i === verb.head ? f : x)), ...following].join(' ');
    const heads = [...verb.forms, ...(before.length && !inflected(w) ? surfaces(w) : [])];
    if (fixed && verb.head !== 0 && !inflected(w)) heads.push(...['s', 'ed', 'ing'].map((suf) => w + suf));
    const forms = [...new Set(heads.map(variant))].filter((f) => f !== lemma);
    if (forms.length) e.forms = forms;
    entries.push(e);
    seen.set(key, e);
  };
  for (const b of v.blocks) {
    for (const verb of b.verbs) verbs.add(verb.words[verb.head]!);
    for (const verb of b.verbs) {
      for (const p of b.patterns) {
        const befores = expandWords(p.before, v.synsets);
        const wordsBefore = p.before.some((t) => !/^[$+^%]$/.test(t));
        if (!wordsBefore && !p.after.some((t) => !/^[$+^%]$/.test(t))) {
          // "% * [030:030]": the verb with a compound subject, whose members code each other (no other target); dyad
          // cannot ask whether the subject is compound, so this reading replaces the verb's own code
          if (p.before.includes('%') && !p.after.length) { add(verb, [], [], p.code, [], true); bareCompound.add(verb); continue; }
          skip('only role markers around the verb');
          continue;
        }
        const seqs = expandWords(p.after, v.synsets);
        if (!seqs.length || !befores.length) { skip('unknown synset'); continue; }
        const compound = p.before.includes('%');
        // "* EID AT ^ WITH +": the target follows "with"
        const at = p.after.indexOf('+');
        const prep = at > 0 ? p.after[at - 1]!.toLowerCase() : null;
        // "* IFTAR IN ^ +": "^" skips a phrase, so the target is not the one the preposition before it opens
        let j = at - 1;
        while (j >= 0 && p.after[j] === '^') j--;
        const skipped = j >= 0 && j < at - 1 && PREPS.has(p.after[j]!.toLowerCase()) ? p.after[j]!.toLowerCase() : null;
        const target = at === 0 ? ['dobj'] : prep && PREPS.has(prep) ? [prep] : skipped ? BROAD.filter((x) => x !== skipped) : p.before.includes('%') && at < 0 ? [] : undefined;
        const sat = p.after.indexOf('$');
        const sourcePrep = sat > 0 && PREPS.has(p.after[sat - 1]!.toLowerCase()) ? p.after[sat - 1]!.toLowerCase() : null;
        const source = sourcePrep ? [sourcePrep] : undefined;
        for (const pre of befores) {
          // (the preposition is the target's frame, not a word of the expression)
          for (const s of seqs) {
            if (target && prep && s[s.length - 1] === prep && s.length > 1) { add(verb, pre, s.slice(0, -1), p.code, target, compound, source); continue; }
            // "* MEMOS FROM [911]": a pattern ending in a preposition expects the target after it
            const last = s[s.length - 1];
            if (!target && last && s.length > 1 && PREPS.has(last) && !p.after.some((t) => /^[$+]$/.test(t))) add(verb, pre, s.slice(0, -1), p.code, [last], compound);
            else add(verb, pre, s, p.code, target, compound, source);
          }
        }
      }
      if (bareCompound.has(verb)) skip('verb code replaced by its compound-subject pattern ("% *")');
      else add(verb, [], [], verb.code ?? b.code);
    }
  }
  return { entries, verbs, skipped };
}

// ───────────── PETR.Validate.discards.txt ─────────────

/** Discard phrases: "+PHRASE" discards the story, "PHRASE" the sentence; a unit-test record is one sentence, so both drop it. */
export function parseDiscards(text: string): Array<{ phrase: string; story: boolean }> {
  return text.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean)
    .map((l) => ({ phrase: l.replace(/^\+/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase(), story: l.startsWith('+') }))
    .filter((d) => d.phrase);
}

/** The first discard phrase the text holds as whole words (case-insensitive), or null. */
export function discardIn(text: string, discards: ReadonlyArray<{ phrase: string }>): string | null {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return discards.find((d) => t.includes(` ${d.phrase.replace(/[^\p{L}\p{N}]+/gu, ' ')} `))?.phrase ?? null;
}
