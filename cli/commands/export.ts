import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { openStore } from '../../graph/open.js';
import { toGraphologyJson } from '../../graph/export/json.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

const FORMATS = ['json'] as const;

interface ExportArgs extends StoreArgs { format: (typeof FORMATS)[number]; out?: string }

export const command = 'export';
export const describe = 'write the graph to a file (graphology JSON, which the scorer and sigma.js read)';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .option('format', { choices: FORMATS, default: 'json' as const, describe: 'output format' })
    .option('out', { type: 'string', describe: 'output file (default: standard output)' });
}

/** Writes beside the target and renames, so a failed export never leaves half a file. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new UserError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export async function handler(args: ArgumentsCamelCase<ExportArgs>): Promise<number> {
  const store = await openStore(storeSpec(args), { readOnly: true });
  try {
    const graph = toGraphologyJson(await store.snapshot());
    const text = JSON.stringify(graph) + '\n';
    if (args.out) {
      await writeAtomically(args.out, text);
      process.stderr.write(`wrote ${graph.nodes.length} entities and ${graph.edges.length} relations to ${args.out}\n`);
    } else {
      process.stdout.write(text);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
