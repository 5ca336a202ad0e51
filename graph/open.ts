// Which store a command talks to: Neo4j when a URI is given (flag or NEO4J_URI), else the
// embedded Kùzu store in --db.
import { StoreBusyError, type GraphStore } from './store.js';
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

/**
 * Opens the store, waiting up to waitSeconds while another process holds it (embedded store);
 * onWait is called once, when waiting starts.
 */
export async function openStoreWaiting(spec: StoreSpec, options: OpenOptions & { waitSeconds: number; onWait?: () => void }): Promise<GraphStore> {
  const deadline = Date.now() + options.waitSeconds * 1000;
  for (let told = false; ; ) {
    try {
      return await openStore(spec, options);
    } catch (err) {
      if (!(err instanceof StoreBusyError) || Date.now() >= deadline) throw err;
      if (!told) { options.onWait?.(); told = true; }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
