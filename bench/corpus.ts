// A deterministic generated news corpus (Italian and English) for benchmarks: written from templates of our own.
export interface Doc { readonly id: string; readonly lang: 'it' | 'en'; readonly text: string; readonly sentences: number }

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const IT = {
  actors: ['la Russia', 'il Cremlino', 'la Corea del Nord', 'il leader nordcoreano Kim Jong-un', 'gli Stati Uniti', 'la Casa Bianca', "l'Ucraina", 'il presidente ucraino', 'la Cina', 'Pechino', 'il ministro degli Esteri italiano', 'la Francia', "l'Unione Europea", 'la NATO', 'il Giappone', 'la Turchia', 'Israele', "l'Iran", 'il governo polacco', "l'esercito russo"],
  verbs: ['ha condannato', 'ha incontrato', 'ha accusato', 'ha criticato', 'ha minacciato', 'ha sostenuto', 'ha ringraziato', 'ha attaccato', 'ha respinto', 'ha esortato'],
  nouns: ["L'incontro tra {A} e {B} si è svolto", 'Il sostegno di {A} a {B} è stato ribadito', 'La visita di {A} a {B} è durata due giorni'],
  tails: ['ieri', 'lunedì scorso', 'nel corso di una conferenza stampa', 'secondo fonti ufficiali', 'a Ginevra', 'il 5 marzo', 'con toni duri', ''],
  fillers: ['Il quadro resta complesso e gli analisti seguono con attenzione gli sviluppi.', 'La situazione economica della regione continua a peggiorare dopo mesi di incertezza.', 'Nelle prossime settimane sono attese nuove dichiarazioni ufficiali.', 'I mercati hanno reagito con prudenza alle notizie della giornata.'],
};
const EN = {
  actors: ['Russia', 'the Kremlin', 'North Korea', 'North Korean leader Kim Jong-un', 'the United States', 'the White House', 'Ukraine', 'the Ukrainian president', 'China', 'Beijing', 'the Italian foreign minister', 'France', 'the European Union', 'NATO', 'Japan', 'Turkey', 'Israel', 'Iran', 'the Polish government', 'the Russian army'],
  verbs: ['condemned', 'met', 'accused', 'criticised', 'threatened', 'supported', 'thanked', 'attacked', 'rejected', 'urged'],
  nouns: ['Talks between {A} and {B} took place', 'The support of {A} for {B} was reaffirmed', 'The visit of {A} to {B} lasted two days'],
  tails: ['yesterday', 'on Monday', 'at a press conference', 'according to officials', 'in Geneva', 'on March 5', 'in strong terms', ''],
  fillers: ['The situation remains complex and analysts are following developments closely.', 'The economic outlook for the region has worsened after months of uncertainty.', 'New official statements are expected in the coming weeks.', 'Markets reacted cautiously to the news of the day.'],
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateCorpus(minSentences: number, seed = 42): Doc[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const docs: Doc[] = [];
  let total = 0;
  while (total < minSentences) {
    const lang = docs.length % 2 === 0 ? 'it' : 'en';
    const L = lang === 'it' ? IT : EN;
    const n = 8 + Math.floor(r() * 16);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const a = pick(L.actors); let b = pick(L.actors);
      if (b === a) b = L.actors[(L.actors.indexOf(a) + 1) % L.actors.length]!;
      const k = r();
      const s = k < 0.45 ? `${cap(a)} ${pick(L.verbs)} ${b} ${pick(L.tails)}`.trim() + '.'
        : k < 0.7 ? pick(L.nouns).replace('{A}', a).replace('{B}', b) + ` ${pick(L.tails)}`.trimEnd() + '.'
        : pick(L.fillers);
      parts.push(s);
      if (i % 5 === 4) parts.push('\n');
    }
    docs.push({ id: `gen-${docs.length}`, lang, text: parts.join(' ').replace(/ \n /g, '\n'), sentences: n });
    total += n;
  }
  return docs;
}
