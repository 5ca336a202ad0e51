// Word tokenizer with offsets. Words are runs of letters/digits (with inner apostrophes);
// every other non-space character is its own token.

export interface Token {
  start: number;
  end: number;
  /** Comparison key: lower-cased, apostrophes removed. */
  key: string;
  /** True for a word token (letters/digits). */
  word: boolean;
  /** foldKey(key), computed on first use (the dictionary scan visits a token many times). */
  fold?: string;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenKey(raw: string): string {
  return raw.toLowerCase().replace(/['\u2019]/g, '');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const word = raw.length > 1 || /[\p{L}\p{N}]/u.test(raw);
    void c;
    out.push({ start: m.index, end: m.index + raw.length, key: word ? tokenKey(raw) : raw, word });
  }
  return out;
}

// One spelling per transliteration variant, so "Abdul"/"Abdel", "Darayya"/"Daraya" or
// "Mohammed"/"Muhammad" find the same dictionary entry. Doubled letters fold to one.
const SPELLING_VARIANTS = new Map<string, string>([
  ['abdel', 'abdul'], ['abdal', 'abdul'], ['abdol', 'abdul'], ['abd', 'abdul'],
  ['el', 'al'],
  ['mohammed', 'muhamad'], ['mohammad', 'muhamad'], ['mohamed', 'muhamad'], ['muhammed', 'muhamad'], ['mohamad', 'muhamad'], ['muhammad', 'muhamad'],
  ['sergey', 'sergei'], ['yevgeny', 'evgeny'], ['yevgeniy', 'evgeny'],
  ['idleb', 'idlib'], ['deir', 'dayr'], ['dair', 'dayr'],
  // British and American spellings
  ['defense', 'defence'], ['center', 'centre'], ['organization', 'organisation'], ['organizations', 'organisations'], ['neighborhood', 'neighbourhood'], ['neighborhoods', 'neighbourhoods'],
]);

/** The key dictionary lookups compare: the token key with transliteration variants folded. */
export function foldKey(key: string): string {
  return SPELLING_VARIANTS.get(key) ?? key.replace(/(\p{L})\1+/gu, '$1');
}

export function foldedKey(t: Token): string {
  return (t.fold ??= foldKey(t.key));
}

/** Tokens that the dictionary matcher skips (so "al-Nusra" matches "al Nusra"). */
export function isTransparent(t: Token): boolean {
  return !t.word && (t.key === '-' || t.key === '\u2010' || t.key === '\u2013' || t.key === '"' || t.key === '\u201c' || t.key === '\u201d');
}
