// Turns one JSON record (from .jsonl or .json) into an Article, or says what is wrong with it.
import { createHash } from 'node:crypto';
import type { Article } from '../../graph/model.js';
import { normaliseDate } from './dates.js';

const optionalText = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;

/** A stable id for an article that has none: the same text always gets the same id. */
function textId(text: string): string {
  return 'sha1-' + createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The title an article gets when it has none: its first line, cut to a readable length. */
export function titleFromText(text: string): string {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  return first.length > 120 ? first.slice(0, 117).trimEnd() + '...' : first.trim();
}

export function articleFromRecord(record: unknown, maxBytes: number): { article: Article } | { problem: string } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { problem: `expected an object with a "text" field, found ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}` };
  }
  const r = record as Record<string, unknown>;
  if (r.text !== undefined && typeof r.text !== 'string') return { problem: `"text" must be a string, found ${typeof r.text}` };
  const text = typeof r.text === 'string' ? r.text : '';
  const id = optionalText(r.id);
  const label = id ? `article "${id}"` : 'article';
  if (text.trim() === '') return { problem: `${label} has no text` };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return { problem: `${label} is ${(bytes / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (--max-article-mb); skipped` };
  return {
    article: {
      id: id ?? textId(text),
      title: optionalText(r.title) ?? titleFromText(text),
      text,
      date: normaliseDate(r.date ?? r.published ?? null),
      source: optionalText(r.source),
      url: optionalText(r.url),
    },
  };
}
