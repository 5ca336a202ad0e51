// The viewer runs read queries only. The store already runs them in a read transaction (the
// database refuses writes there); this check refuses write and admin clauses up front, with a
// message naming the clause, before anything reaches the database.

/** Clauses that change data or schema, run procedures, read files or manage transactions. */
const REFUSED = [
  'CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'DROP', 'ALTER', 'COPY', 'LOAD', 'CALL', 'FOREACH',
  'INSTALL', 'ATTACH', 'IMPORT', 'EXPORT', 'BEGIN', 'COMMIT', 'ROLLBACK', 'CHECKPOINT', 'USE', 'GRANT', 'DENY',
  'REVOKE', 'START', 'STOP', 'TERMINATE', 'SHOW',
];

/** The query with comments, string literals and `quoted` names blanked out. */
export function codeOnly(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      while (i < query.length && query[i] !== '\n') { out += ' '; i++; }
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      out += ' ';
      i++;
      while (i < query.length && query[i] !== c) {
        if (query[i] === '\\' && c !== '`') { out += ' '; i++; }
        out += ' ';
        i++;
      }
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The first refused clause of a query, or null when it only reads. */
export function refusedClause(query: string): string | null {
  const code = codeOnly(query);
  const word = /[A-Za-z_][A-Za-z0-9_]*/g;
  for (let m = word.exec(code); m; m = word.exec(code)) {
    const upper = m[0].toUpperCase();
    if (!REFUSED.includes(upper)) continue;
    const before = code.slice(0, m.index).trimEnd().slice(-1);
    const after = code.slice(m.index + m[0].length).trimStart()[0];
    // n.set, :Set, $set and {set: 1} are names, not clauses.
    if (before === '.' || before === ':' || before === '$' || after === ':') continue;
    return upper;
  }
  return null;
}

export function readOnlyRefusal(query: string): string | null {
  const clause = refusedClause(query);
  if (!clause) return null;
  return `refused: ${clause} is not allowed here; the viewer runs read-only queries (MATCH … RETURN nodes, relationships or paths). Use the actorgraph command line to change the graph.`;
}
