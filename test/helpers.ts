// Shared test plumbing: paths, temporary folders, and contributions written by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityKey, type ArticleContribution, type EntityType, type RelationType } from '../graph/model.js';

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
