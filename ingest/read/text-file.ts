// Plain-text and Markdown articles: one file, one article; id = file name without extension.
import path from 'node:path';
import type { Article } from '../../graph/model.js';
import { titleFromText } from './record.js';

/**
 * The title is the first line of two words or more when it stands alone (a blank line after it);
 * one-word lines above it ("Share" buttons copied from web pages) are passed over.
 */
export function titleOfText(text: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim());
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === '' || l.split(/\s+/).length < 2) continue;
    const standsAlone = i + 1 < lines.length && lines[i + 1] === '';
    return standsAlone && l.length <= 300 ? l : null;
  }
  return null;
}

export function articleFromTextFile(file: string, text: string): Article {
  const id = path.basename(file).replace(/\.(txt|md|markdown)$/i, '');
  // Without a title line, the opening words stand in: a title that is part of the text.
  return { id, title: titleOfText(text) ?? titleFromText(text), text, date: null, source: null, url: null };
}
