import type { Argv, ArgumentsCamelCase } from 'yargs';
import { removeArticles } from '../../graph/batch.js';
import { openStore } from '../../graph/open.js';
import { EXIT } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

interface RemoveArgs extends StoreArgs { ids: string[] }

export const command = 'remove <ids..>';
export const describe = 'take articles out of the graph, with every entity and relation only they supported';

export function builder(y: Argv) {
  return withStoreOptions(y).positional('ids', { type: 'string', array: true, describe: 'article ids' });
}

export async function handler(args: ArgumentsCamelCase<RemoveArgs>): Promise<number> {
  const store = await openStore(storeSpec(args));
  try {
    const ids = args.ids.map(String);
    const outcome = await removeArticles(store, ids);
    for (const id of outcome.missing) process.stderr.write(`actorgraph: no article "${id}" in ${store.description}\n`);
    process.stdout.write(`removed ${outcome.removed.length} article(s) from ${store.description}; ${outcome.entitiesDeleted} entities and ${outcome.relationsDeleted} relations no other article supports were deleted\n`);
    return outcome.missing.length ? EXIT.someFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}
