// The corpus benches run on: the fakes corpus from ../shared when it is there (the project's
// own machines), else the sample shipped in samples/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../graph/model.js';
import { readArticles, DEFAULT_MAX_ARTICLE_BYTES } from '../ingest/read/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FAKES = path.resolve(ROOT, '..', 'shared', 'corpus', 'fakes', 'fakes.jsonl');

export function benchCorpusPath(): string {
  return existsSync(FAKES) ? FAKES : path.join(ROOT, 'samples', 'fakes-sample.jsonl');
}

export async function loadArticles(file = benchCorpusPath()): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readArticles([file], { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) if (item.kind === 'article') out.push(item.article);
  return out;
}

export const wordCount = (articles: Article[]) => articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
export const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
