// The package's version, read from its package.json beside dist/ (yargs' own lookup starts from the
// folder above node_modules and gives "unknown" when that folder's name has a dot in it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
