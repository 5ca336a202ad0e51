import type { Article } from '../../graph/model.js';

/** Where an article or a problem comes from: the file, and the line for line-based formats. */
export interface SourcePosition {
  file: string;
  line: number | null;
}

export type ReadItem =
  | { kind: 'article'; article: Article; at: SourcePosition }
  | { kind: 'problem'; at: SourcePosition; message: string };

export interface ReadOptions {
  /** Articles whose text is larger are skipped with a message. */
  maxArticleBytes: number;
  /** Called with the number of input bytes consumed so far (for progress). */
  onBytes?: (bytes: number) => void;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function formatPosition(at: SourcePosition): string {
  return at.line === null ? at.file : `${at.file}:${at.line}`;
}
