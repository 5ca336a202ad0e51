// A worker thread of the extraction pool: builds its own extractor once, then answers articles.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../graph/model.js';
import { toContribution } from './contribute.js';
import { createExtractor } from './extract/index.js';
import type { WorkerSetup } from './extract-pool.js';

const setup = workerData as WorkerSetup;
const extractor = createExtractor({ dictionaryFiles: setup.dictionaryFiles });

parentPort!.on('message', ({ seq, article }: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq, contribution: toContribution(article, extractor.extract(article), setup.fingerprint) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: (err as Error).message });
  }
});
