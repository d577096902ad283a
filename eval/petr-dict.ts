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

