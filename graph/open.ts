// Which store a command talks to: Neo4j when a URI is given (flag or NEO4J_URI), else the
// embedded Kùzu store in --db.
import type { GraphStore } from './store.js';
import { openKuzuStore } from './stores/kuzu.js';

export type StoreSpec =
  | { kind: 'kuzu'; dir: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string | undefined };

export interface OpenOptions {
  /** Reads only: the embedded store is opened read-only, Neo4j sessions are READ sessions. */
  readOnly?: boolean;
}

export async function openStore(spec: StoreSpec, options: OpenOptions = {}): Promise<GraphStore> {
  if (spec.kind === 'kuzu') return openKuzuStore({ dir: spec.dir, readOnly: options.readOnly ?? false });
  // Loaded on demand: the embedded path never pays for the driver.
  const { openNeo4jStore } = await import('./stores/neo4j.js');
  return openNeo4jStore({ uri: spec.uri, user: spec.user, password: spec.password, database: spec.database });
}
