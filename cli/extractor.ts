// A fingerprint of everything that decides the extractor's output, with the user's dictionaries
// checked first (the extraction workers build the extractor itself).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadDictionaryFile } from '../ingest/extract/index.js';
import { UserError } from './errors.js';
import { PACKAGE_ROOT, packageVersion } from './version.js';

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
  const dataDir = path.join(PACKAGE_ROOT, 'ingest', 'data');
  for (const f of readdirSync(dataDir).sort()) if (f.endsWith('.json')) h.update(f).update(readFileSync(path.join(dataDir, f)));
  for (const f of dictionaryFiles) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}
