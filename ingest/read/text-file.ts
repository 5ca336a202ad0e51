// Plain-text and Markdown articles: one file, one article; id = file name without extension.
import path from 'node:path';
import type { Article } from '../../graph/model.js';

/**
 * The title is the first line that stands alone (a blank line after it) near the top, has at
 * least two words and is not too long; "Share" buttons and bylines copied from web pages are not titles.
 */
export function titleOfText(text: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim());
  for (let i = 0, seen = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i]!;
    if (l === '') continue;
    seen++;
    const standsAlone = i + 1 >= lines.length || lines[i + 1] === '';
    if (standsAlone && l.length <= 300 && l.split(/\s+/).length >= 2) return l;
  }
  return null;
}

export function articleFromTextFile(file: string, text: string): Article {
  const id = path.basename(file).replace(/\.(txt|md|markdown)$/i, '');
  return { id, title: titleOfText(text) ?? id, text, date: null, source: null, url: null };
}
