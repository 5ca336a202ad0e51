// The up-front read-only check: does a query contain a clause that changes the graph, the
// schema, the files around it or the session? It only looks at words outside strings, quoted
// names and comments, so it is cheap and gives a clear message before the database is asked.
// It is not the guard that counts: queries without --write run in a read-only transaction
// (Kùzu) or a READ session (Neo4j), which refuse writes whatever the text hides. This check
// also covers what those transactions allow but a read-only query should not do: Kùzu runs
// `COPY ... TO`, `EXPORT DATABASE`, `LOAD FROM` and `CALL threads = 1` inside a read-only
// transaction (checked on kuzu 0.11.3).
import { tokenize, type Token } from './tokens.js';

export type RefusalKind = 'write' | 'files' | 'setting' | 'transaction' | 'procedure';

export interface Refusal {
  kind: RefusalKind;
  /** The clause as written in the query, upper-cased: "CREATE", "DETACH DELETE", "LOAD FROM". */
  clause: string;
  /** Offset of the clause in the query. */
  offset: number;
}

const WRITES = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'REMOVE', 'DROP', 'ALTER', 'RENAME', 'FOREACH',
  'COPY', 'IMPORT', 'INSTALL', 'UNINSTALL', 'ATTACH', 'DETACH', 'CHECKPOINT',
  'GRANT', 'REVOKE', 'DENY', 'TERMINATE',
]);
const TRANSACTION = new Set(['BEGIN', 'COMMIT', 'ROLLBACK']);

const upper = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toUpperCase() : '');

export interface GuardOptions {
  /**
   * Let `CALL proc(...)` through (the CLI: the read-only transaction still refuses writing
   * procedures). A server facing a browser refuses every procedure call instead.
   */
  procedures?: boolean;
}

/** The first clause that makes a query more than a read of the graph, or null. */
export function refusalOf(query: string, options: GuardOptions = {}): Refusal | null {
  const procedures = options.procedures ?? true;
  const tokens = tokenize(query);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // n.set, (:Set), {create: 1}, RETURN x AS delete: names, not clauses.
    if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === ':')) continue;
    if (next?.kind === 'punct' && next.text === ':') continue;
    if (upper(prev) === 'AS') continue;
    const word = t.text.toUpperCase();
    const at = (kind: RefusalKind, clause: string): Refusal => ({ kind, clause, offset: t.start });
    if (word === 'DETACH' && upper(next) === 'DELETE') return at('write', 'DETACH DELETE');
    if (word === 'EXPORT') return at('files', upper(next) === 'DATABASE' ? 'EXPORT DATABASE' : 'EXPORT');
    if (word === 'LOAD') {
      const what = upper(next);
      return at(what === 'EXTENSION' ? 'setting' : 'files', what ? `LOAD ${what}` : 'LOAD');
    }
    if (WRITES.has(word)) return at('write', word);
    if (TRANSACTION.has(word)) return at('transaction', word);
    if ((word === 'START' || word === 'STOP') && upper(next) === 'DATABASE') return at('write', `${word} DATABASE`);
    if (word === 'COMMENT' && upper(next) === 'ON') return at('write', 'COMMENT ON');
    // Kùzu's `CALL threads = 1` changes a setting of the connection; `CALL f(...)` reads.
    if (word === 'CALL' && next?.kind === 'word' && tokens[i + 2]?.text === '=') return at('setting', `CALL ${next.text} =`);
    if (word === 'CALL' && !procedures) return at('procedure', 'CALL');
  }
  return null;
}

const WHAT: Record<RefusalKind, string> = {
  write: 'writes',
  files: 'reads or writes files',
  setting: 'changes a database setting',
  transaction: 'controls transactions',
  procedure: 'calls a procedure',
};

/** "this query writes (CREATE)", plus how to allow it when the caller has a way. */
export function refusalMessage(r: Refusal, howToAllow?: string): string {
  return `this query ${WHAT[r.kind]} (${r.clause})${howToAllow ? `; ${howToAllow}` : ', and queries run read-only'}`;
}
