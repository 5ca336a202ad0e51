// Where articles are turned into contributions: a pool of worker threads (`ingest --workers N`), so
// the thread that writes only writes. Results come back in submission order, so batches, and so the
// stored graph, are the same whatever the number of workers.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleContribution } from '../graph/model.js';

export interface ContributionSource {
  contribute(article: Article): Promise<ArticleContribution>;
  close(): Promise<void>;
}

export interface WorkerSetup {
  dictionaryFiles: string[];
  fingerprint: string;
}

/** `ingest --workers` by default: one core for the writer, the others extract (at least one worker). */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

type Reply = { seq: number; contribution: ArticleContribution } | { seq: number; error: string };

export function workerPool(size: number, setup: WorkerSetup): ContributionSource {
  const pending = new Map<number, { resolve: (c: ArticleContribution) => void; reject: (e: Error) => void }>();
  const load: number[] = new Array(size).fill(0);
  let seq = 0;
  const workers = Array.from({ length: size }, (_, i) => {
    const w = new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: setup });
    w.on('message', (reply: Reply) => {
      load[i]!--;
      const p = pending.get(reply.seq);
      pending.delete(reply.seq);
      if ('error' in reply) p?.reject(new Error(reply.error));
      else p?.resolve(reply.contribution);
    });
    w.on('error', (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); });
    return w;
  });
  return {
    contribute(article) {
      const id = seq++;
      let least = 0;
      for (let i = 1; i < size; i++) if (load[i]! < load[least]!) least = i;
      load[least]!++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[least]!.postMessage({ seq: id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
