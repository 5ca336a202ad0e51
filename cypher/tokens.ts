// A small Cypher lexer: enough to tell words, parameters and punctuation apart from string
// literals, quoted names and comments, so that a check on the query text is never fooled by
// "CREATE" inside a quote or a comment. It does not parse; the database does that.

export type TokenKind = 'word' | 'param' | 'string' | 'name' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The source text of the token (quotes included for strings and quoted names). */
  text: string;
  /** Offset of its first character in the query. */
  start: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/** Tokens of a query, comments and whitespace dropped; an unterminated literal runs to the end. */
export function tokenize(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    const start = i;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      while (i < n && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, n);
      out.push({ kind: 'string', text: query.slice(start, i), start });
      continue;
    }
    if (c === '`') {
      i++;
      // A backtick inside a quoted name is written twice.
      while (i < n && !(query[i] === '`' && query[i + 1] !== '`')) i += query[i] === '`' ? 2 : 1;
      i = Math.min(i + 1, n);
      out.push({ kind: 'name', text: query.slice(start, i), start });
      continue;
    }
    if (c === '$') {
      i++;
      if (query[i] === '`') {
        i++;
        while (i < n && query[i] !== '`') i++;
        i = Math.min(i + 1, n);
      } else {
        while (i < n && WORD_PART.test(query[i]!)) i++;
      }
      out.push({ kind: 'param', text: query.slice(start, i), start });
      continue;
    }
    if (WORD_START.test(c)) {
      while (i < n && WORD_PART.test(query[i]!)) i++;
      out.push({ kind: 'word', text: query.slice(start, i), start });
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < n && /[0-9a-zA-Z_.]/.test(query[i]!) && !(query[i] === '.' && query[i + 1] === '.')) i++;
      out.push({ kind: 'number', text: query.slice(start, i), start });
      continue;
    }
    out.push({ kind: 'punct', text: c, start });
    i++;
  }
  return out;
}

/** Names of the parameters a query uses ($name), in order of first use. */
export function queryParameters(query: string): string[] {
  const names = tokenize(query)
    .filter((t) => t.kind === 'param' && t.text.length > 1)
    .map((t) => t.text.slice(1).replace(/^`|`$/g, ''));
  return [...new Set(names)];
}

/** 1-based line and column of an offset. */
export function lineColumn(query: string, offset: number): { line: number; column: number } {
  const before = query.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Offset of a 1-based line and column, clamped to the query. */
export function offsetOf(query: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = query.indexOf('\n', offset);
    if (nl < 0) return query.length;
    offset = nl + 1;
  }
  return Math.min(query.length, offset + Math.max(0, column - 1));
}
