// Sentence splitting with character offsets into the original text.

export interface Span {
  start: number;
  end: number;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev', 'sen', 'rep',
  'gov', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'brig', 'adm', 'cmdr', 'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'approx', 'est', 'fig',
]);

/**
 * Splits text into sentences. A sentence ends at a newline, or at . ! ? (optionally followed by
 * closing quotes/brackets) followed by whitespace and an upper-case letter, digit or quote,
 * unless the period ends a known abbreviation or a single capital initial ("U.S.", "J.").
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < n && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
    if (j < n && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n') {
      // "RIA Novosti.Kerry said": a period glued to a capitalised word after a lower-case word
      if (c === 46 && j === i + 1 && /[A-Z]/.test(text[j]!) && i > 0 && /[a-z]/.test(text[i - 1]!) && /[a-z]/.test(text[j + 1] ?? '')) {
        push(start, i + 1);
        start = i + 1;
      }
      continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < n && text[k] !== '\n' && !/[A-Z0-9"\u201c'\u2018(\[]/.test(text[k]!)) continue;
    if (c === 46) {
      // abbreviation check: the word before the period
      let w = i - 1;
      while (w >= 0 && /[A-Za-z.]/.test(text[w]!)) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREV.has(word)) continue;
      if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[w + 1] ?? '')) continue; // initial "J."
      if (/^([a-z]\.)+[a-z]$/.test(word)) {
        // "U.S." followed by a capitalised word may still end a sentence; keep going only if next word is lower-case
        const next = text.slice(k, k + 12);
        if (/^(The|He|She|It|They|We|But|In|On|A|An)\b/.test(next) === false) continue;
      }
    }
    push(start, j);
    start = j;
  }
  push(start, n);
  return out;
}
