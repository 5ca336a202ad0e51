// Two ingest processes into one embedded store at once: the second is told the database is in
// use, waits (--wait), and the result equals one run over both inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI, ROOT, tempDir } from './helpers.js';

const SEEDS = path.join(ROOT, 'samples', 'seeds');
const SAMPLE = path.join(ROOT, 'samples', 'fakes-sample.jsonl');

interface Graph { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ key: string; attributes: Record<string, unknown> }> }

/** The graph with evidence and lists in a canonical order: arrival order differs between runs. */
function canonical(json: string): string {
  const g = JSON.parse(json) as Graph;
  const sorted = (v: unknown) => [...(v as string[])].sort();
  return JSON.stringify({
    nodes: g.nodes.map((n) => ({ key: n.key, ...n.attributes, aliases: sorted(n.attributes.aliases), docs: sorted(n.attributes.docs) })).sort((a, b) => a.key.localeCompare(b.key)),
    edges: g.edges.map((e) => ({
      key: e.key, ...e.attributes, docs: sorted(e.attributes.docs),
      evidence: [...(e.attributes.evidence as Array<{ doc: string }>)].sort((a, b) => a.doc.localeCompare(b.doc)),
    })).sort((a, b) => a.key.localeCompare(b.key)),
  });
}

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

test('two ingests at once into one embedded store: the second waits, and the result equals a single run', async () => {
  const t = tempDir();
  try {
    const single = path.join(t.dir, 'single');
    assert.equal(spawnSync(process.execPath, [CLI, 'ingest', SEEDS, SAMPLE, '--db', single]).status, 0);
    const shared = path.join(t.dir, 'shared');
    const [a, b] = await Promise.all([
      run(['ingest', SEEDS, '--db', shared, '--wait', '60', '--batch-size', '1']),
      run(['ingest', SAMPLE, '--db', shared, '--wait', '60', '--batch-size', '1']),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(a.stderr + b.stderr, /is in use by another actorgraph process; waiting up to 60 s/);
    const exportOf = (db: string) => spawnSync(process.execPath, [CLI, 'export', '--db', db], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    assert.equal(canonical(exportOf(shared)), canonical(exportOf(single)));
  } finally { t.cleanup(); }
});

test('without --wait the second process exits at once with the "in use" message', async () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    const holder = spawn(process.execPath, [path.join(ROOT, 'dist', 'test', 'fixtures', 'hold-store.js'), JSON.stringify({ kind: 'kuzu', dir: db })], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const started = Date.now();
      const b = await run(['ingest', SEEDS, '--db', db]);
      assert.equal(b.code, 2);
      assert.match(b.stderr, /in use by another actorgraph process.*--wait/);
      assert.ok(Date.now() - started < 10_000, 'it does not wait');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
  } finally { t.cleanup(); }
});
