// The ingest job: read articles, extract, and store them batch by batch. Every batch is one
// store transaction, so an interrupted run leaves whole articles only; re-running skips the
// articles already stored with the same content hash and so continues where it stopped.
import { createHash } from 'node:crypto';
import type { Article, ArticleContribution } from '../graph/model.js';
import { writeBatch } from '../graph/batch.js';
import type { GraphStore } from '../graph/store.js';
import type { ContributionSource } from './extract-pool.js';
import { readArticles, formatPosition, type SourcePosition } from './read/index.js';

export interface IngestOptions {
  batchSize: number;
  maxArticleBytes: number;
  /** Articles extracted ahead of the writer (bounds memory when workers are faster than the store). */
  maxInFlight?: number;
  onProgress?: (progress: IngestProgress) => void;
  onProblem?: (problem: IngestProblem) => void;
  /** Stop reading at the next batch boundary (Ctrl-C). */
  shouldStop?: () => boolean;
}

export interface IngestProgress {
  bytesRead: number;
  articlesRead: number;
  articlesStored: number;
}

export interface IngestProblem {
  at: SourcePosition;
  message: string;
}

export interface IngestReport {
  articlesRead: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Same id and same text read twice in this run: stored once. */
  repeated: number;
  problems: IngestProblem[];
  entitiesFound: number;
  relationsFound: number;
  interrupted: boolean;
  seconds: number;
}

const textDigest = (text: string) => createHash('sha1').update(text).digest('base64');

export async function ingest(inputs: string[], store: GraphStore, extraction: ContributionSource, options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = { articlesRead: 0, added: 0, replaced: 0, unchanged: 0, repeated: 0, problems: [], entitiesFound: 0, relationsFound: 0, interrupted: false, seconds: 0 };
  const progress: IngestProgress = { bytesRead: 0, articlesRead: 0, articlesStored: 0 };
  const seen = new Map<string, { digest: string; at: SourcePosition }>();
  const problem = (at: SourcePosition, message: string) => {
    const p = { at, message };
    report.problems.push(p);
    options.onProblem?.(p);
  };
  let batch: ArticleContribution[] = [];
  const inFlight: Array<{ article: Article; at: SourcePosition; contribution: Promise<ArticleContribution> }> = [];
  const maxInFlight = options.maxInFlight ?? Math.max(2 * options.batchSize, 64);
  // Contributions are taken in submission order, so batches do not depend on who extracted what.
  const settleOldest = async () => {
    const { article, at, contribution } = inFlight.shift()!;
    let c: ArticleContribution;
    try {
      c = await contribution;
    } catch (err) {
      problem(at, `extraction failed for article "${article.id}": ${(err as Error).message}`);
      return;
    }
    report.entitiesFound += c.entities.length;
    report.relationsFound += c.relations.length;
    batch.push(c);
    if (batch.length >= options.batchSize) {
      await flush();
      if (options.shouldStop?.()) report.interrupted = true;
    }
  };

  // One batch is written while the next is extracted: the store works in its own threads, so
  // extraction and writing overlap. A second full batch waits for the first to be stored.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await writing;
    writing = writeBatch(store, full).then((outcome) => {
      report.added += outcome.added.length;
      report.replaced += outcome.replaced.length;
      report.unchanged += outcome.unchanged.length;
      progress.articlesStored += full.length;
      options.onProgress?.(progress);
    });
    // A failed write surfaces at the next flush or at the end, not as an unhandled rejection.
    writing.catch(() => undefined);
  };

  const items = readArticles(inputs, {
    maxArticleBytes: options.maxArticleBytes,
    onBytes: (n) => { progress.bytesRead = n; },
  });
  for await (const item of items) {
    if (item.kind === 'problem') { problem(item.at, item.message); continue; }
    const { article, at } = item;
    report.articlesRead++;
    progress.articlesRead++;
    const digest = textDigest(article.text);
    const earlier = seen.get(article.id);
    if (earlier) {
      if (earlier.digest === digest) report.repeated++;
      else problem(at, `duplicate id "${article.id}" (first read at ${formatPosition(earlier.at)}) with a different text; this one is skipped`);
      continue;
    }
    seen.set(article.id, { digest, at });
    const contribution = extraction.contribute(article);
    contribution.catch(() => undefined); // handled in order by settleOldest, not as it happens
    inFlight.push({ article, at, contribution });
    if (inFlight.length >= maxInFlight) {
      await settleOldest();
      if (report.interrupted) break;
    }
  }
  while (inFlight.length && !report.interrupted) await settleOldest();
  if (!report.interrupted) await flush();
  await writing;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
