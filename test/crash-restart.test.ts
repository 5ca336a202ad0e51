// Crash safety end to end: ingest is killed (SIGKILL) at pseudo-random points of a run over the
// corpus five times and restarted each time; the final graph equals one clean run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, SHARED, tempDir } from './helpers.js';

const FAKES = path.join(SHARED, 'corpus', 'fakes', 'fakes.jsonl');
const CORPUS = existsSync(FAKES) ? FAKES : path.join(ROOT, 'samples', 'fakes-sample.jsonl');
const ARGS = ['--batch-size', '50', '--workers', '1'];

const exportOf = (db: string) => {
  const r = spawnSync(process.execPath, [CLI, 'export', '--db', db], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

function killAfter(db: string, ms: number): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'ingest', CORPUS, '--db', db, ...ARGS], { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) => child.on('exit', (code) => { clearTimeout(timer); resolve(code); }));
}

test('killed five times at random points and restarted, ingest ends with the graph of one clean run', async () => {
  const t = tempDir();
  try {
    const clean = path.join(t.dir, 'clean');
    const started = performance.now();
    const first = spawnSync(process.execPath, [CLI, 'ingest', CORPUS, '--db', clean, ...ARGS], { encoding: 'utf8' });
    const cleanMs = performance.now() - started;
    assert.equal(first.status, 0, first.stderr);
    const expected = exportOf(clean);
    // Kill points scale with this machine's speed: past the start-up (an ingest of nothing), then a
    // small share of the storing work, so five runs cannot finish the corpus between them.
    const empty = path.join(t.dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const emptyStarted = performance.now();
    spawnSync(process.execPath, [CLI, 'ingest', empty, '--db', path.join(t.dir, 'empty'), ...ARGS], { encoding: 'utf8' });
    const startupMs = performance.now() - emptyStarted;
    const workMs = Math.max(200, cleanMs - startupMs);

    const crashed = path.join(t.dir, 'crashed');
    let s = 12345;
    const rand = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
    let killedMidway = 0;
    for (let i = 0; i < 5; i++) {
      const code = await killAfter(crashed, Math.round(startupMs + (0.03 + rand() * 0.12) * workMs));
      if (code === null) killedMidway++;
    }
    assert.ok(killedMidway >= 3, `most runs were killed before they finished (${killedMidway} of 5)`);
    const last = spawnSync(process.execPath, [CLI, 'ingest', CORPUS, '--db', crashed, ...ARGS], { encoding: 'utf8' });
    assert.equal(last.status, 0, last.stderr);
    assert.match(last.stdout, / unchanged/);
    const got = exportOf(crashed);
    assert.equal(got.length, expected.length);
    assert.ok(got === expected, 'the graph after crashes and restarts equals the clean run');
  } finally { t.cleanup(); }
});
