// Reads articles from files and folders: .txt and .md (one article a file), .jsonl (one JSON
// object a line, streamed) and .json (an array of objects, or one object). Problems are items
// of the stream too, so one bad file or line never stops the rest.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { articleFromRecord } from './record.js';
import { articleFromTextFile } from './text-file.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { readLines } from './lines.js';
import type { ReadItem, ReadOptions, SourcePosition } from './types.js';

export * from './types.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const READABLE = new Set([...TEXT_EXTENSIONS, '.jsonl', '.ndjson', '.json']);
/** A .json file is parsed whole; past this size we ask for JSON Lines instead. */
const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

const problem = (file: string, line: number | null, message: string): ReadItem => ({ kind: 'problem', at: { file, line }, message });

/** The files an input path stands for: itself, or every readable file below a folder, in name order. */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; problems: ReadItem[] }> {
  const files: string[] = [];
  const problems: ReadItem[] = [];
  async function walk(dir: string) {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && READABLE.has(path.extname(e.name).toLowerCase())) files.push(p);
    }
  }
  for (const input of inputs) {
    let stat;
    try { stat = await fs.stat(input); } catch { problems.push(problem(input, null, 'no such file or folder')); continue; }
    if (stat.isDirectory()) await walk(input);
    else if (READABLE.has(path.extname(input).toLowerCase())) files.push(input);
    else problems.push(problem(input, null, `not a readable article file (use .txt, .md, .jsonl or .json)`));
  }
  return { files, problems };
}

export async function* readFile(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') { yield* readJsonl(file, options); return; }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (ext === '.json' && stat.size > MAX_JSON_FILE_BYTES) { yield problem(file, null, `JSON file of ${(stat.size / 1048576).toFixed(0)} MB is too large to parse whole; write it as JSON Lines (.jsonl)`); return; }
    if (TEXT_EXTENSIONS.has(ext) && stat.size > options.maxArticleBytes) {
      yield problem(file, null, `article is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(options.maxArticleBytes / 1048576).toFixed(1)} MB limit (--max-article-mb); skipped`);
      return;
    }
    bytes = await fs.readFile(file);
  } catch (err) {
    yield problem(file, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return;
  }
  options.onBytes?.(bytes.length);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') { yield problem(file, null, 'empty file'); return; }
  if (looksBinary(bytes)) { yield problem(file, null, 'binary file, not text; skipped'); return; }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) { yield problem(file, decoded.line, decoded.problem); return; }
  if (ext === '.json') { yield* readJsonDocument(file, decoded.text, options); return; }
  yield { kind: 'article', article: articleFromTextFile(file, decoded.text), at: { file, line: null } };
}

/**
 * Where JSON.parse failed: V8 names a position for some errors and only quotes the text around
 * the bad token for others ('Unexpected token ']', "...{"id": \n]" is not valid JSON').
 */
function jsonErrorOffset(message: string, text: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const quoted = /"(.*)" is not valid JSON/s.exec(message);
  if (!quoted) return null;
  const context = quoted[1]!.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
  const at = text.indexOf(context);
  return at === -1 ? null : at + context.length - 1;
}

function* readJsonDocument(file: string, text: string, options: ReadOptions): Generator<ReadItem> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const offset = jsonErrorOffset((err as Error).message, text);
    const line = offset === null ? null : text.slice(0, offset).split('\n').length;
    yield problem(file, line, `malformed JSON: ${(err as Error).message.split(', "')[0]!.replace(/ in JSON at position \d+.*$/, '')}`);
    return;
  }
  const records = Array.isArray(doc) ? doc : [doc];
  for (let i = 0; i < records.length; i++) {
    const at: SourcePosition = { file, line: null };
    const r = articleFromRecord(records[i], options.maxArticleBytes);
    if ('problem' in r) yield problem(file, null, `item ${i + 1}: ${r.problem}`);
    else yield { kind: 'article', article: r.article, at };
  }
}

async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let sawAny = false;
  let firstChunk = true;
  try {
    for await (const raw of readLines(file, options.maxArticleBytes * 2 + 65536, options.onBytes)) {
      if (firstChunk) {
        firstChunk = false;
        if (looksBinary(raw.bytes)) { yield problem(file, null, 'binary file, not JSON Lines; skipped'); return; }
      }
      if (raw.truncated) { yield problem(file, raw.line, `line too long (over ${(raw.bytes.length / 1048576).toFixed(1)} MB); skipped`); continue; }
      const decoded = decodeUtf8(raw.bytes, raw.line);
      if ('problem' in decoded) { yield problem(file, raw.line, decoded.problem); continue; }
      const line = decoded.text.replace(/^\uFEFF/, '').trim();
      if (line === '') continue;
      sawAny = true;
      let record: unknown;
      try { record = JSON.parse(line); } catch (err) {
        yield problem(file, raw.line, `malformed JSON line: ${(err as Error).message.replace(/^.*?: /, '')}`);
        continue;
      }
      const r = articleFromRecord(record, options.maxArticleBytes);
      if ('problem' in r) yield problem(file, raw.line, r.problem);
      else yield { kind: 'article', article: r.article, at: { file, line: raw.line } };
    }
  } catch (err) {
    yield problem(file, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return;
  }
  if (!sawAny) yield problem(file, null, 'empty file');
}

/** Every article (and problem) in the given files and folders, in a stable order. */
export async function* readArticles(inputs: string[], options: ReadOptions): AsyncGenerator<ReadItem> {
  const { files, problems } = await listInputFiles(inputs);
  yield* problems;
  let done = 0;
  for (const file of files) {
    const base = done;
    const sub: ReadOptions = { ...options, onBytes: (n) => options.onBytes?.(base + n) };
    let size = 0;
    try { size = (await fs.stat(file)).size; } catch { /* reported by readFile */ }
    yield* readFile(file, sub);
    done += size;
    options.onBytes?.(done);
  }
}
