import type { Argv, ArgumentsCamelCase } from 'yargs';
import { readGold, GoldError } from '../../graph/eval/gold.js';
import { score, scoreTable } from '../../graph/eval/score.js';
import { toGraphologyJson } from '../../graph/export/json.js';
import { openStore } from '../../graph/open.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

interface EvalArgs extends StoreArgs { gold: string[]; json?: boolean; perDoc?: boolean }

export const command = 'eval';
export const describe = 'score the graph against gold annotations (precision, recall, F1 by entity and relation type)';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .option('gold', { type: 'string', array: true, demandOption: true, describe: 'folder of gold files (one JSON per article, as in the annotation guidelines); repeatable' })
    .option('json', { type: 'boolean', describe: 'print JSON' })
    .option('per-doc', { type: 'boolean', describe: 'add each article\'s figures' })
    .example('$0 eval --gold my-annotations/ --db ./graph.db', '');
}

export async function handler(args: ArgumentsCamelCase<EvalArgs>): Promise<number> {
  let gold;
  try { gold = await readGold(args.gold); } catch (err) { if (err instanceof GoldError) throw new UserError(err.message); throw err; }
  const store = await openStore(storeSpec(args), { readOnly: true });
  try {
    const report = score(toGraphologyJson(await store.snapshot()), gold, args.perDoc ?? false);
    process.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : scoreTable(report) + (args.perDoc ? '\n' + JSON.stringify(report.perDoc, null, 1) : '') + '\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
