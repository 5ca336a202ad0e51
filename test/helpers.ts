// Shared test plumbing: paths, temporary folders, and contributions written by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { entityKey, type ArticleContribution, type EntityType, type RelationType } from '../graph/model.js';
import { openStore } from '../graph/open.js';
import type { GraphStore } from '../graph/store.js';
import { createViewerServer, type ViewerServer } from '../viewer/server/server.js';
import { STATIC_DIR } from '../cli/commands/view.js';

/** The repository root (tests run from dist/test). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const CLI = path.join(ROOT, 'bin', 'actorgraph.js');

export function tempDir(prefix = 'actorgraph-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type E = [name: string, type: EntityType];
type R = [source: string, type: RelationType, target: string, quote?: string];

/** A contribution from compact lists: relation ends name entities of the same list. */
export function contribution(id: string, version: string, entities: E[], relations: R[], date: string | null = '2016-01-01'): ArticleContribution {
  const key = (name: string) => {
    const e = entities.find((x) => x[0] === name);
    if (!e) throw new Error(`relation end ${name} is not among the entities`);
    return entityKey(e[1], e[0]);
  };
  return {
    article: { id, title: `Article ${id}`, date, source: 'test', url: null, hash: `${id}-${version}` },
    // Places get no aliases, so empty alias lists are exercised too.
    entities: entities.map(([name, type]) => ({ key: entityKey(type, name), name, type, aliases: type === 'Place' ? [] : [`${name} alias ${id}`] })),
    relations: relations.map(([s, type, t, quote]) => ({ type, source: key(s), target: key(t), quote: quote ?? `${s} ${type} ${t} in ${id}`, speaker: null })),
  };
}

/** Articles (default: the seeds) ingested by the real CLI into a new embedded store, served by the viewer. */
export async function serveSeedGraph(inputs = [path.join(ROOT, 'samples', 'seeds')]): Promise<{ store: GraphStore; viewer: ViewerServer; url: string; close: () => Promise<void> }> {
  const t = tempDir();
  const db = path.join(t.dir, 'seed.db');
  const r = spawnSync(process.execPath, [CLI, 'ingest', ...inputs, '--db', db], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  const store = await openStore({ kind: 'kuzu', dir: db }, { readOnly: true });
  const viewer = createViewerServer({ store, staticDir: STATIC_DIR, log: () => undefined });
  const url = await viewer.listen(0, '127.0.0.1');
  return { store, viewer, url, close: async () => { await viewer.close(); await store.close(); t.cleanup(); } };
}
