import { promises as fs } from 'node:fs';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import cliProgress from 'cli-progress';
import { openStoreWaiting } from '../../graph/open.js';
import { ingest } from '../../ingest/pipeline.js';
import { defaultWorkers, workerPool } from '../../ingest/extract-pool.js';
import { formatPosition, listInputFiles } from '../../ingest/read/index.js';
import { extractorFingerprint } from '../extractor.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';
import { formatStats } from './stats.js';

interface IngestArgs extends StoreArgs {
  inputs: string[];
  dictionary: string[];
  batchSize: number;
  maxArticleMb: number;
  workers: number;
  wait: number;
  progress?: boolean;
}

export const command = 'ingest <inputs..>';
export const describe = 'read articles (.txt, .md, .jsonl, .json, or folders of them) and add them to the graph';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .positional('inputs', { type: 'string', array: true, describe: 'files or folders of articles' })
    .option('dictionary', { type: 'string', array: true, default: [], describe: 'extra actor dictionary (JSON, see ingest/data/README.md); repeatable' })
    .option('batch-size', { type: 'number', default: 200, describe: 'articles per transaction' })
    .option('max-article-mb', { type: 'number', default: 2, describe: 'skip articles larger than this' })
    .option('workers', { type: 'number', default: defaultWorkers(), describe: 'extraction worker threads, beside the thread that writes (default: cores - 1, at least 1)' })
    .option('wait', { type: 'number', default: 0, describe: 'seconds to wait while another process holds the embedded database (default: exit at once)' })
    .option('progress', { type: 'boolean', describe: 'show a progress bar (default: when stderr is a terminal)' })
    .example('$0 ingest samples/seeds samples/fakes-sample.jsonl --db ./graph.db', '')
    .example('$0 ingest corpus.jsonl --neo4j bolt://localhost:7687 --user neo4j --password secret', '');
}

async function totalBytes(inputs: string[]): Promise<number> {
  const { files } = await listInputFiles(inputs);
  let total = 0;
  for (const f of files) total += (await fs.stat(f).catch(() => ({ size: 0 }))).size;
  return total;
}

export async function handler(args: ArgumentsCamelCase<IngestArgs>): Promise<number> {
  if (!(args.batchSize >= 1)) throw new UserError('--batch-size must be at least 1');
  if (!(args.maxArticleMb > 0)) throw new UserError('--max-article-mb must be above 0');
  if (!Number.isInteger(args.workers) || args.workers < 1) throw new UserError('--workers must be a whole number, at least 1');
  const fingerprint = extractorFingerprint(args.dictionary);
  const spec = storeSpec(args);
  const store = await openStoreWaiting(spec, {
    waitSeconds: args.wait,
    onWait: () => process.stderr.write(`actorgraph: ${spec.kind === 'kuzu' ? spec.dir : 'the store'} is in use by another actorgraph process; waiting up to ${args.wait} s\n`),
  });
  // extraction always leaves the writer's thread, so writing one batch overlaps extracting the next
  // (a 10x corpus on 2 cores: 35 s against 52 s in one thread)
  const extraction = workerPool(args.workers, { dictionaryFiles: args.dictionary, fingerprint });
  const showBar = args.progress ?? Boolean(process.stderr.isTTY);
  const bar = showBar ? new cliProgress.SingleBar({ format: 'ingest |{bar}| {percentage}% | {articles} articles | {eta_formatted} left', stream: process.stderr, hideCursor: true, noTTYOutput: args.progress === true, notTTYSchedule: 500 }, cliProgress.Presets.shades_classic) : null;
  let stopping = false;
  const onSigint = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nactorgraph: stopping after the current batch (Ctrl-C again to quit now; a re-run continues)\n');
  };
  process.on('SIGINT', onSigint);
  try {
    if (bar) bar.start(await totalBytes(args.inputs), 0, { articles: 0 });
    const report = await ingest(args.inputs, store, extraction, {
      batchSize: args.batchSize,
      maxArticleBytes: args.maxArticleMb * 1024 * 1024,
      shouldStop: () => stopping,
      onProgress: (p) => bar?.update(p.bytesRead, { articles: p.articlesStored }),
      onProblem: (p) => {
        const line = `${formatPosition(p.at)}: ${p.message}\n`;
        if (bar) bar.update({}); // keep the bar below the message
        process.stderr.write(bar ? `\r\x1b[K${line}` : line);
      },
    });
    bar?.stop();
    const skipped = report.problems.length;
    process.stdout.write(
      `ingested into ${store.description}: ${report.articlesRead} articles read in ${report.seconds.toFixed(1)} s; ` +
        `${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged` +
        (report.repeated ? `, ${report.repeated} repeated` : '') +
        `, ${skipped} skipped; ${report.entitiesFound} entity mentions and ${report.relationsFound} relations extracted` +
        (report.interrupted ? ' (interrupted: run the same command again to continue)' : '') + '\n',
    );
    process.stdout.write(formatStats(await store.stats(5)));
    return skipped > 0 || report.interrupted ? EXIT.someFailed : EXIT.ok;
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
    await extraction.close();
    await store.close();
  }
}
