// Extraction speed: actorgraph's full extraction over the corpus on one core, against
// compromise's people/places/organizations pass on the same text, and the whole ingest into the
// embedded store. Targets (issue 4): >= 100,000 words/s, faster than compromise, ingest < 10 s.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import nlp from 'compromise';
import { createExtractor } from '../ingest/extract/index.js';
import { benchCorpusPath, loadArticles, mb, ROOT, wordCount } from './corpus.js';

export interface ExtractBench { words: number; articles: number; actorgraphSeconds: number; compromiseSeconds: number; ingestSeconds: number; ingestPeakRssBytes: number; extractPeakRssBytes: number }

function timeBest(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

export async function benchExtraction(): Promise<ExtractBench> {
  const file = benchCorpusPath();
  const articles = await loadArticles(file);
  const words = wordCount(articles);
  const extractor = createExtractor();
  const actorgraphSeconds = timeBest(3, () => { for (const a of articles) extractor.extract(a); });
  const extractPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  const compromiseSeconds = timeBest(1, () => {
    for (const a of articles) {
      const doc = nlp(a.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  });
  const child = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'bench', 'ingest-once.js'), file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`ingest bench failed: ${child.stderr}`);
  const ingest = JSON.parse(child.stdout) as { seconds: number; peakRssBytes: number };
  return { words, articles: articles.length, actorgraphSeconds, compromiseSeconds, ingestSeconds: ingest.seconds, ingestPeakRssBytes: ingest.peakRssBytes, extractPeakRssBytes };
}

export function formatExtractionBench(r: ExtractBench): string {
  const rate = (s: number) => `${Math.round(r.words / s).toLocaleString('en')} words/s, ${(r.articles / s).toFixed(0)} articles/s`;
  return [
    `corpus: ${r.articles} articles, ${r.words.toLocaleString('en')} words`,
    `actorgraph extraction (best of 3, one core): ${r.actorgraphSeconds.toFixed(2)} s  ${rate(r.actorgraphSeconds)}  [target >= 100,000 words/s: ${r.words / r.actorgraphSeconds >= 100_000 ? 'met' : 'NOT met'}]`,
    `compromise people+places+organizations:     ${r.compromiseSeconds.toFixed(2)} s  ${rate(r.compromiseSeconds)}`,
    `actorgraph is ${(r.compromiseSeconds / r.actorgraphSeconds).toFixed(1)}x faster than compromise's entity pass alone`,
    `whole ingest into the embedded store: ${r.ingestSeconds.toFixed(2)} s, peak RSS ${mb(r.ingestPeakRssBytes)} MB  [target < 10 s: ${r.ingestSeconds < 10 ? 'met' : 'NOT met'}]`,
    `extraction bench process peak RSS: ${mb(r.extractPeakRssBytes)} MB`,
  ].join('\n');
}
