// Scale: the whole ingest of the corpus (1x) and of a synthetic corpus ten times its size (10x),
// each in a fresh process. Targets (issue 7): 10x costs at most 11x the time of 1x, and peak RSS
// at 10x stays under 1.5x that at 1x.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../graph/model.js';
import { splitSentences } from '../ingest/extract/sentences.js';
import { benchCorpusPath, loadArticles, mb, ROOT } from './corpus.js';
import { MALLOC_ENV } from '../cli/malloc-env.js';

/** A deterministic pseudo-random sequence, so every run builds the same synthetic corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/**
 * copies x the corpus: new ids, and each article's sentences mixed with sentences of other
 * articles, so that new combinations of actors (and so new relations and evidence) appear.
 */
export async function writeSyntheticCorpus(articles: Article[], copies: number, file: string): Promise<number> {
  const rand = random(42);
  const sentences = articles.map((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end)));
  const out = createWriteStream(file);
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i]!;
      const own = sentences[i]!;
      const mixed = own.map((s) => (c > 0 && rand() < 0.3 ? (() => { const other = sentences[Math.floor(rand() * sentences.length)]!; return other[Math.floor(rand() * other.length)] ?? s; })() : s));
      const line = JSON.stringify({ id: c === 0 ? a.id : `${a.id}-x${c}`, title: a.title, text: mixed.join(' '), date: a.date, source: a.source });
      if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
      n++;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return n;
}

interface Run { seconds: number; articles: number; peakRssBytes: number }
const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The median time and the median peak RSS of runs of one corpus. */
function medianRun(runs: Run[]): Run {
  return { seconds: median(runs.map((r) => r.seconds)), articles: runs[0]!.articles, peakRssBytes: median(runs.map((r) => r.peakRssBytes)) };
}
function ingestOnce(file: string): Run {
  // the malloc settings the actorgraph command runs with (its #! line), so the figures are the command's
  const child = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'bench', 'ingest-once.js'), file], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...MALLOC_ENV } });
  if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Run;
}

export async function benchScale(): Promise<string> {
  const articles = await loadArticles(benchCorpusPath());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-scale-'));
  try {
    const one = path.join(dir, 'x1.jsonl'), ten = path.join(dir, 'x10.jsonl');
    await writeSyntheticCorpus(articles, 1, one);
    await writeSyntheticCorpus(articles, 10, ten);
    // a single peak RSS varies by +-10% from run to run (allocator and GC timing): each size is run
    // RUNS times, alternating, and the medians are compared; every run's figures are printed
    const runs1: Run[] = [], runs10: Run[] = [];
    for (let k = 0; k < RUNS; k++) { runs1.push(ingestOnce(one)); runs10.push(ingestOnce(ten)); }
    const r1 = medianRun(runs1), r10 = medianRun(runs10);
    const timeRatio = r10.seconds / r1.seconds, rssRatio = r10.peakRssBytes / r1.peakRssBytes;
    const row = (name: string, r: Run, all: Run[]) => `${name.padEnd(4)} ${String(r.articles).padStart(6)} articles  ${r.seconds.toFixed(2).padStart(7)} s  ${(r.articles / r.seconds).toFixed(0).padStart(5)} articles/s  peak RSS ${mb(r.peakRssBytes).padStart(5)} MB   (runs: ${all.map((x) => `${x.seconds.toFixed(1)} s ${mb(x.peakRssBytes)} MB`).join(', ')})`;
    return [
      `medians of ${RUNS} runs each`,
      row('1x', r1, runs1),
      row('10x', r10, runs10),
      `10x/1x time ${timeRatio.toFixed(2)} [target <= 11: ${timeRatio <= 11 ? 'met' : 'NOT met'}], peak RSS ${rssRatio.toFixed(2)} [target < 1.5: ${rssRatio < 1.5 ? 'met' : 'NOT met'}]`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
