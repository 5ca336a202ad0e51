// The extractor a command uses, and a fingerprint of everything that decides its output.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Extractor } from '../graph/model.js';
import { createExtractor } from '../ingest/extract/index.js';
import { UserError } from './errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function loadExtractor(dictionaryFiles: string[]): { extractor: Extractor; fingerprint: string } {
  let extractor: Extractor;
  try {
    extractor = createExtractor({ dictionaryFiles });
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const h = createHash('sha256').update(packageVersion());
  const dataDir = path.join(ROOT, 'ingest', 'data');
  for (const f of readdirSync(dataDir).sort()) if (f.endsWith('.json')) h.update(f).update(readFileSync(path.join(dataDir, f)));
  for (const f of dictionaryFiles) h.update(readFileSync(f));
  return { extractor, fingerprint: h.digest('hex').slice(0, 16) };
}
