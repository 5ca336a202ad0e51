// Splits a byte stream into lines without decoding it whole, so a 1 GB JSONL file never sits in
// memory and an invalid UTF-8 sequence is reported for its own line only.
import { createReadStream } from 'node:fs';

export interface RawLine {
  line: number;
  bytes: Buffer;
  /** The line was longer than maxLineBytes: bytes holds only its beginning. */
  truncated: boolean;
}

export async function* readLines(file: string, maxLineBytes: number, onBytes?: (n: number) => void): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let line = 1;
  let consumed = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, nl));
      yield { line, bytes: Buffer.concat(parts, size), truncated };
      parts = []; size = 0; truncated = false; line++;
      start = nl + 1;
    }
    take(chunk.subarray(start));
    consumed += chunk.length;
    onBytes?.(consumed);
  }
  if (size > 0 || truncated) yield { line, bytes: Buffer.concat(parts, size), truncated };

  function take(piece: Buffer) {
    if (truncated) return;
    if (size + piece.length > maxLineBytes) {
      truncated = true;
      piece = piece.subarray(0, maxLineBytes - size);
    }
    if (piece.length) { parts.push(Buffer.from(piece)); size += piece.length; }
  }
}
