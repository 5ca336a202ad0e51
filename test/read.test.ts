// The readers on good and bad input: every bad input gives one message naming the file (and line),
// and the rest of the input is still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readArticles, DEFAULT_MAX_ARTICLE_BYTES, type ReadItem } from '../ingest/read/index.js';
import { normaliseDate } from '../ingest/read/dates.js';
import { tempDir } from './helpers.js';

async function readAll(inputs: string[], maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles(inputs, { maxArticleBytes })) out.push(item);
  return out;
}
const articles = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const problems = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [i] : []));

test('a folder is read recursively: .txt and .md give one article each, id from the file name, title from a line that stands alone', async () => {
  const t = tempDir();
  try {
    mkdirSync(path.join(t.dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(path.join(t.dir, 'one.txt'), 'Rebels seize Jarabulus\n\nTurkish-backed rebels took the town.');
    writeFileSync(path.join(t.dir, 'sub', 'deeper', 'two.md'), '# Talks in Geneva\n\nLavrov met Kerry.');
    writeFileSync(path.join(t.dir, 'sub', 'three.txt'), 'No title here: the first line runs on\ninto the second one.');
    writeFileSync(path.join(t.dir, 'sub', 'ignored.csv'), 'a,b');
    const got = articles(await readAll([t.dir]));
    assert.deepEqual(got.map((a) => a.id).sort(), ['one', 'three', 'two']);
    assert.equal(got.find((a) => a.id === 'one')!.title, 'Rebels seize Jarabulus');
    assert.equal(got.find((a) => a.id === 'two')!.title, 'Talks in Geneva');
    assert.equal(got.find((a) => a.id === 'three')!.title, 'No title here: the first line runs on');
    assert.match(got.find((a) => a.id === 'one')!.text, /Turkish-backed/);
  } finally { t.cleanup(); }
});

test('JSON Lines: fields are read, dates become ISO, a missing id becomes a stable hash of the text', async () => {
  const t = tempDir();
  try {
    const file = path.join(t.dir, 'a.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'x1', title: 'T', text: 'Iran supports Syria.', date: '4/5/2017', source: 'nna', url: 'http://example.org/x1' }),
      JSON.stringify({ text: 'Russia backs Assad.', date: '2016-10-03T10:00:00Z' }),
      '',
      JSON.stringify({ text: 'Russia backs Assad.' }),
    ].join('\n'));
    const got = articles(await readAll([file]));
    assert.equal(got.length, 3);
    assert.deepEqual({ ...got[0] }, { id: 'x1', title: 'T', text: 'Iran supports Syria.', date: '2017-04-05', source: 'nna', url: 'http://example.org/x1' });
    assert.equal(got[1]!.date, '2016-10-03');
    assert.match(got[1]!.id, /^sha1-[0-9a-f]{16}$/);
    assert.equal(got[1]!.id, got[2]!.id, 'the same text gets the same id');
    assert.equal(got[1]!.title, 'Russia backs Assad.');
  } finally { t.cleanup(); }
});

test('a .json file holds an array of articles or one article', async () => {
  const t = tempDir();
  try {
    writeFileSync(path.join(t.dir, 'arr.json'), JSON.stringify([{ id: 'p', text: 'one' }, { id: 'q', text: 'two' }, { id: 'r' }]));
    writeFileSync(path.join(t.dir, 'obj.json'), JSON.stringify({ id: 's', text: 'three' }));
    const items = await readAll([t.dir]);
    assert.deepEqual(articles(items).map((a) => a.id), ['p', 'q', 's']);
    assert.match(problems(items)[0]!.message, /item 3: article "r" has no text/);
  } finally { t.cleanup(); }
});

test('bad inputs: one message each with file and line, and the rest is still read', async () => {
  const t = tempDir();
  try {
    const f = (name: string, content: string | Buffer) => { const p = path.join(t.dir, name); writeFileSync(p, content); return p; };
    const empty = f('empty.txt', '');
    const blank = f('blank.md', '  \n\n ');
    const binary = f('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00]));
    const latin1 = f('latin1.txt', Buffer.concat([Buffer.from('Line one\nLine two caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const jsonl = f('mixed.jsonl', Buffer.concat([
      Buffer.from(JSON.stringify({ id: 'ok1', text: 'Fine.' }) + '\n'),
      Buffer.from('{"id": "broken", "text": "no closing brace"\n'),
      Buffer.from(JSON.stringify({ id: 'notext', title: 'Only a title' }) + '\n'),
      Buffer.from('{"id": "bad-utf8", "text": "caf'), Buffer.from([0xff]), Buffer.from('"}\n'),
      Buffer.from('[1, 2]\n'),
      Buffer.from(JSON.stringify({ id: 'ok2', text: 'Also fine.' }) + '\n'),
    ]));
    const big = f('big.txt', 'word '.repeat(1_100_000));
    const badJson = f('bad.json', '[\n  {"id": "a", "text": "x"},\n  {"id": \n]');
    const items = await readAll([empty, blank, binary, latin1, jsonl, big, badJson, path.join(t.dir, 'missing.jsonl')]);
    assert.deepEqual(articles(items).map((a) => a.id), ['ok1', 'ok2']);
    const msgs = problems(items).map((p) => `${path.basename(p.at.file)}:${p.at.line ?? '-'} ${p.message}`);
    const expect = (re: RegExp) => assert.ok(msgs.some((m) => re.test(m)), `no message matching ${re} in\n${msgs.join('\n')}`);
    expect(/^missing\.jsonl:- no such file/);
    expect(/^empty\.txt:- empty file/);
    expect(/^blank\.md:- empty file/);
    expect(/^image\.txt:- binary file/);
    expect(/^latin1\.txt:2 invalid UTF-8/);
    expect(/^mixed\.jsonl:2 malformed JSON line/);
    expect(/^mixed\.jsonl:3 article "notext" has no text/);
    expect(/^mixed\.jsonl:4 invalid UTF-8/);
    expect(/^mixed\.jsonl:5 expected an object/);
    expect(/^big\.txt:- article is 5\.2 MB, over the 2\.0 MB limit/);
    expect(/^bad\.json:4 malformed JSON/);
    assert.equal(msgs.length, 11);
  } finally { t.cleanup(); }
});

test('a large JSON Lines file is streamed, not read whole', async () => {
  const t = tempDir();
  try {
    const file = path.join(t.dir, 'many.jsonl');
    const line = JSON.stringify({ text: 'x'.repeat(1000) });
    writeFileSync(file, Array.from({ length: 20000 }, (_, i) => line.replace('"text"', `"id":"a${i}","text"`)).join('\n'));
    const before = process.memoryUsage().rss;
    let n = 0, peak = before;
    for await (const item of readArticles([file], { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES })) {
      if (item.kind === 'article') n++;
      if (n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    assert.equal(n, 20000);
    // 20 MB of input; streaming keeps growth far below the file size times the string overhead.
    assert.ok(peak - before < 60 * 1024 * 1024, `rss grew by ${((peak - before) / 1048576).toFixed(0)} MB`);
  } finally { t.cleanup(); }
});

test('dates: the shapes news feeds use become ISO; impossible dates become null', () => {
  assert.equal(normaliseDate('4/5/2017'), '2017-04-05');
  assert.equal(normaliseDate('23/4/2016'), '2016-04-23');
  assert.equal(normaliseDate('2016-10-03'), '2016-10-03');
  assert.equal(normaliseDate('Wed 05 Apr 2017'), '2017-04-05');
  assert.equal(normaliseDate('April 19, 2017'), '2017-04-19');
  assert.equal(normaliseDate('Tue, 19 Apr 2016 10:00:00 GMT'), '2016-04-19');
  assert.equal(normaliseDate(1491350400), '2017-04-05');
  assert.equal(normaliseDate('31/4/2016'), null);
  assert.equal(normaliseDate('soon'), null);
  assert.equal(normaliseDate(null), null);
});
