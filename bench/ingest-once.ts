// One whole ingest (read, extract, store into a new embedded database) in a fresh process, so its
// time and peak memory are its own, with the ingest command's default extraction workers. Prints one
// JSON line.
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { openStore } from '../graph/open.js';
import { ingest } from '../ingest/pipeline.js';
import { defaultWorkers, workerPool } from '../ingest/extract-pool.js';

const input = process.argv[2]!;
const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-'));
const started = performance.now();
const store = await openStore({ kind: 'kuzu', dir: path.join(dir, 'db') });
const report = await ingest([input], store, workerPool(defaultWorkers(), { dictionaryFiles: [], fingerprint: 'bench' }), { batchSize: Number(process.env.AG_BATCH ?? 200), maxArticleBytes: 2 * 1024 * 1024 });
const stats = await store.stats(1);
await store.close();
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ seconds, articles: report.added, problems: report.problems.length, peakRssBytes: process.resourceUsage().maxRSS * 1024, relations: Object.values(stats.relationsByType).reduce((a, b) => a + b, 0) }) + '\n');
process.exit(0);
