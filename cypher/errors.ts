// A database's complaint about a query, as one line that says where in the query it is.
// Kùzu writes "(line: 2, offset: 19)" and echoes the query over several lines; Neo4j writes
// "(line 2, column 20 (offset: 36))" then the line and a caret. Binder errors of Kùzu
// ("Cannot find property nme for n") carry no position: the name they cite is looked up in the
// query instead.
import { lineColumn, offsetOf, tokenize } from './tokens.js';

export interface QueryErrorInfo {
  /** One line: "syntax error at line 2, column 20 (near "RETRN e"): ..." */
  message: string;
  line?: number;
  column?: number;
}

const KUZU_POSITION = /\(line: (\d+), offset: (\d+)\)/;
const NEO4J_POSITION = /\s*\(line (\d+), column (\d+) \(offset: \d+\)\)/;

/** Names a Kùzu or Neo4j message cites, most specific first, to find in the query. */
const CITED = [
  /Cannot find property (\w+)/i,
  /property (?:key )?`?(\w+)`? (?:does not exist|is not defined)/i,
  /Table (\w+) does not exist/i,
  /[Ff]unction (\w+)(?: does not exist|\(\) is not defined| is not defined)/,
  /Unknown function '([\w.]+)'/,
  /Variable [`']?(\w+)[`']? (?:is not in scope|not defined)/i,
  /Parameter (\w+) not found/i,
  /Expected ([\w]+) to be/i,
];

function near(query: string, offset: number): string {
  const rest = query.slice(offset).split('\n')[0]!.trim();
  return rest.length > 24 ? `${rest.slice(0, 24)}…` : rest;
}

/** Where the message's cited name first occurs in the query (outside strings and comments). */
function citedOffset(message: string, query: string): number | null {
  const tokens = tokenize(query);
  for (const pattern of CITED) {
    const name = pattern.exec(message)?.[1];
    if (!name) continue;
    const last = name.split('.').pop()!.toLowerCase();
    const found = tokens.find((t) => (t.kind === 'word' || t.kind === 'param') && t.text.replace(/^\$/, '').toLowerCase() === last);
    if (found) return found.start;
  }
  return null;
}

/** Drops the database's own prefix and echoed query, keeping what it says went wrong. */
function detailOf(message: string): { syntax: boolean; detail: string } {
  let m = message.replace(/^(Neo4j|kuzu):\s*/i, '');
  const kuzuKind = /^(Parser|Binder|Catalog|Runtime|Connection|Interrupt) exception:\s*/i.exec(m);
  const syntax = /^Parser/i.test(kuzuKind?.[1] ?? '') || /^Invalid input\b/.test(m) || /SyntaxError/.test(m);
  if (kuzuKind) m = m.slice(kuzuKind[0].length);
  // Kùzu repeats the query up to the error inside <...>; the position says the same, shorter.
  m = m.replace(/Invalid input <[\s\S]*?>:\s*/, 'invalid input, ');
  const kuzuAt = KUZU_POSITION.exec(m);
  if (kuzuAt) m = m.slice(0, kuzuAt.index);
  m = m.replace(NEO4J_POSITION, '');
  m = m.split('\n')[0]!.trim().replace(/[.\s]+$/, '');
  return { syntax, detail: m };
}

export function describeQueryError(message: string, query: string): QueryErrorInfo {
  const { syntax, detail } = detailOf(message);
  const what = syntax ? 'syntax error' : 'query error';
  let line: number | undefined;
  let column: number | undefined;
  const kuzu = KUZU_POSITION.exec(message);
  const neo4j = NEO4J_POSITION.exec(message);
  if (kuzu) { line = Number(kuzu[1]); column = Number(kuzu[2]) + 1; }
  else if (neo4j) { line = Number(neo4j[1]); column = Number(neo4j[2]); }
  else {
    const offset = citedOffset(message, query);
    if (offset !== null) ({ line, column } = lineColumn(query, offset));
  }
  if (line === undefined || column === undefined) return { message: `${what}: ${detail}` };
  const snippet = near(query, offsetOf(query, line, column));
  const where = `line ${line}, column ${column}${snippet ? ` (near ${JSON.stringify(snippet)})` : ''}`;
  return { message: `${what} at ${where}: ${detail}`, line, column };
}
