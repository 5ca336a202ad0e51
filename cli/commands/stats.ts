import type { Argv, ArgumentsCamelCase } from 'yargs';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph/model.js';
import { openStore } from '../../graph/open.js';
import type { GraphStats } from '../../graph/store.js';
import { EXIT } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

interface StatsArgs extends StoreArgs { top: number; json?: boolean }

export const command = 'stats';
export const describe = 'counts of articles, entities and relations by type, and the most mentioned actors';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .option('top', { type: 'number', default: 10, describe: 'how many top actors to list' })
    .option('json', { type: 'boolean', describe: 'print JSON' });
}

export function formatStats(s: GraphStats): string {
  const entities = ENTITY_TYPES.reduce((n, t) => n + s.entitiesByType[t], 0);
  const relations = RELATION_TYPES.reduce((n, t) => n + s.relationsByType[t], 0);
  const lines = [
    `articles  ${s.articles}`,
    `entities  ${entities}  (${ENTITY_TYPES.map((t) => `${t} ${s.entitiesByType[t]}`).join(', ')})`,
    `relations ${relations}  (${RELATION_TYPES.filter((t) => s.relationsByType[t] > 0).map((t) => `${t} ${s.relationsByType[t]}`).join(', ') || 'none'})`,
  ];
  if (s.topActors.length) lines.push(`top actors: ${s.topActors.map((a) => `${a.name} (${a.type}, ${a.articles})`).join('; ')}`);
  return lines.join('\n') + '\n';
}

export async function handler(args: ArgumentsCamelCase<StatsArgs>): Promise<number> {
  const store = await openStore(storeSpec(args), { readOnly: true });
  try {
    const stats = await store.stats(args.top);
    process.stdout.write(args.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
