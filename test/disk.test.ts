// A full disk and a read-only --db folder: a clear message, and what was stored stays intact.
// Needs a small tmpfs of its own (root may mount one, as on the project's machines and CI);
// elsewhere the tests say they were skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, ROOT } from './helpers.js';

const SAMPLE = path.join(ROOT, 'samples', 'fakes-sample.jsonl');
const SEEDS = path.join(ROOT, 'samples', 'seeds');

function mountTmpfs(sizeMb: number): string | null {
  const dir = path.join(os.tmpdir(), `actorgraph-disk-${process.pid}-${sizeMb}`);
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
  if (r.status !== 0) { rmSync(dir, { recursive: true, force: true }); return null; }
  return dir;
}
const unmount = (dir: string) => { spawnSync('umount', [dir]); rmSync(dir, { recursive: true, force: true }); };
const canMount = (() => { const d = mountTmpfs(1); if (!d) return false; unmount(d); return true; })();
const skip = canMount ? false : 'cannot mount a tmpfs here (needs root): disk-full and read-only tests skipped';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', ...env } });
}
const articlesIn = (db: string) => (JSON.parse(cli(['stats', '--db', db, '--json']).stdout) as { articles: number }).articles;

test('a disk too full for a batch: one clear line, what was stored is intact, a re-run with room completes', { skip }, () => {
  const mnt = mountTmpfs(200)!;
  try {
    const db = path.join(mnt, 'db');
    const full = cli(['ingest', SEEDS, '--db', db], { ACTORGRAPH_MIN_FREE_MB: '250' });
    assert.equal(full.status, 2);
    assert.match(full.stderr, /^actorgraph: not enough free disk space for .*db: .* MB free, a batch needs at least 250 MB/);
    assert.doesNotMatch(full.stderr, /\n\s+at /);
    assert.equal(cli(['ingest', SEEDS, '--db', db]).status, 0);
    const refused = cli(['ingest', SAMPLE, '--db', db], { ACTORGRAPH_MIN_FREE_MB: '250' });
    assert.equal(refused.status, 2);
    assert.equal(articlesIn(db), 5, 'what was stored before is intact');
    const rest = cli(['ingest', SEEDS, SAMPLE, '--db', db]);
    assert.equal(rest.status, 0, rest.stderr);
    assert.equal(articlesIn(db), 25);
  } finally { unmount(mnt); }
});

test('a read-only --db folder: one clear line naming it', { skip }, () => {
  const mnt = mountTmpfs(100)!;
  try {
    const db = path.join(mnt, 'db');
    assert.equal(cli(['ingest', SEEDS, '--db', db]).status, 0);
    assert.equal(spawnSync('mount', ['-o', 'remount,ro', mnt]).status, 0);
    const r = cli(['ingest', SAMPLE, '--db', db]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^actorgraph: cannot write the graph folder .*db: EROFS/);
  } finally { unmount(mnt); }
});
