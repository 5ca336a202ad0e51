// A fingerprint of everything that decides the extractor's output, with the user's dictionaries
// checked first (the extraction workers build the extractor itself).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadDictionaryFile } from '../ingest/extract/index.js';
import { UserError } from './errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Throws a UserError naming the file and the entry when a dictionary is unreadable or malformed. */
export function extractorFingerprint(dictionaryFiles: string[]): string {
  for (const f of dictionaryFiles) {
    try {
      loadDictionaryFile(f);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
  }
  const h = createHash('sha256').update(packageVersion());
  const dataDir = path.join(ROOT, 'ingest', 'data');
  for (const f of readdirSync(dataDir).sort()) if (f.endsWith('.json')) h.update(f).update(readFileSync(path.join(dataDir, f)));
  for (const f of dictionaryFiles) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}
