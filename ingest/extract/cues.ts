// Loads the cue lists (ingest/data/cues.json) and compiles them into regular-expression pieces.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CueData {
  lists: Record<string, string[]>;
  relations: Record<string, Record<string, string[] | boolean>>;
}

const DEFAULT_CUES = fileURLToPath(new URL('../../../ingest/data/cues.json', import.meta.url));

export function loadCues(path = DEFAULT_CUES): CueData {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cue file ${path}: ${(e as Error).message}`);
  }
  const d = data as CueData;
  if (!d || typeof d.lists !== 'object' || typeof d.relations !== 'object') throw new Error(`cue file ${path}: needs "lists" and "relations" objects`);
  return d;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first, spaces matching any whitespace, no capture. */
export function alt(words: readonly string[]): string {
  const uniq = [...new Set(words)].sort((a, b) => b.length - a.length);
  return '(?:' + uniq.map((w) => escapeRe(w).replace(/\s+/g, '\\s+').replace(/-/g, '\\s*-\\s*')).join('|') + ')';
}

export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}
