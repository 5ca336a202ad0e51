// The readers on hostile input: random bytes, truncated and huge lines, deeply nested JSON.
// Whatever arrives, the reader ends with articles and messages, never an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles, type ReadItem } from '../ingest/read/index.js';
import { tempDir } from './helpers.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

async function readAll(file: string, maxArticleBytes = 64 * 1024): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles([file], { maxArticleBytes })) out.push(item);
  return out;
}

const GOOD = JSON.stringify({ id: 'good', text: 'Iran supports Syria.' });

test('random bytes in every format give messages, not exceptions', async () => {
  const t = tempDir();
  try {
    const rand = random(7);
    for (let i = 0; i < 60; i++) {
      const bytes = Buffer.alloc(1 + Math.floor(rand() * 5000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
      // every third sample looks like text, so the parsers (not just the binary check) are exercised
      if (i % 3 === 0) for (let j = 0; j < bytes.length; j++) bytes[j] = 32 + (bytes[j]! % 95);
      for (const ext of ['.txt', '.md', '.jsonl', '.json']) {
        const file = path.join(t.dir, `r${i}${ext}`);
        writeFileSync(file, bytes);
        const items = await readAll(file);
        assert.ok(items.length >= 1, `${ext}: says something`);
        for (const item of items) if (item.kind === 'problem') assert.ok(item.message.length > 0 && item.at.file === file);
      }
    }
  } finally { t.cleanup(); }
});

test('truncated lines, a huge line and deep nesting in JSON Lines: each reported, the good lines kept', async () => {
  const t = tempDir();
  try {
    const file = path.join(t.dir, 'hostile.jsonl');
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const deepObject = '{"text":'.repeat(50_000) + '"x"' + '}'.repeat(50_000);
    writeFileSync(file, [GOOD, GOOD.slice(0, 20), 'x'.repeat(300 * 1024), deep, deepObject, '"just a string"', 'null', GOOD.replace('good', 'good2'), GOOD.slice(0, 30)].join('\n'));
    const items = await readAll(file);
    const articles = items.flatMap((i) => (i.kind === 'article' ? [i.article.id] : []));
    const lines = items.flatMap((i) => (i.kind === 'problem' ? [i.at.line] : []));
    assert.deepEqual(articles, ['good', 'good2']);
    assert.deepEqual(lines, [2, 3, 4, 5, 6, 7, 9]);
  } finally { t.cleanup(); }
});

test('a .json file that is deeply nested or truncated is one message', async () => {
  const t = tempDir();
  try {
    const deep = path.join(t.dir, 'deep.json');
    writeFileSync(deep, '['.repeat(500_000) + ']'.repeat(500_000));
    const items = await readAll(deep);
    assert.ok(items.every((i) => i.kind === 'problem'));
    const cut = path.join(t.dir, 'cut.json');
    writeFileSync(cut, JSON.stringify([{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }]).slice(0, 30));
    const cutItems = await readAll(cut);
    assert.equal(cutItems.length, 1);
    assert.equal(cutItems[0]!.kind, 'problem');
  } finally { t.cleanup(); }
});
