// The actorgraph command as a user runs it: real processes, a real embedded database on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, SHARED, tempDir } from './helpers.js';

interface Run { code: number | null; stdout: string; stderr: string }
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStack = (r: Run) => assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+/, 'no stack trace for a user error');
const SEEDS = path.join(ROOT, 'samples', 'seeds');
const SAMPLE = path.join(ROOT, 'samples', 'fakes-sample.jsonl');

test('--help works on the command and every subcommand', () => {
  const top = cli(['--help']);
  assert.equal(top.code, 0);
  for (const c of ['ingest', 'remove', 'stats', 'export', 'eval']) {
    assert.match(top.stdout, new RegExp(`actorgraph ${c}`));
    const r = cli([c, '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /--db/);
  }
  const bad = cli(['ingets']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Did you mean ingest/);
});

test('ingest builds the graph, a second run changes nothing, export is read by the scorer', () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'graph.db');
    const first = cli(['ingest', SEEDS, SAMPLE, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /25 articles read .*25 added, 0 replaced, 0 unchanged, 0 skipped/);
    const stats = cli(['stats', '--db', db, '--json']);
    assert.equal(stats.code, 0, stats.stderr);
    const s = JSON.parse(stats.stdout) as { articles: number; entitiesByType: Record<string, number>; relationsByType: Record<string, number> };
    assert.equal(s.articles, 25);
    assert.ok(s.entitiesByType.State! > 5, 'states found');
    assert.ok(s.relationsByType.SUPPORTS! > 0 && s.relationsByType.REPRESENTS! > 0, 'relations found');

    const again = cli(['ingest', SEEDS, SAMPLE, '--db', db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 added, 0 replaced, 25 unchanged/);

    const out = path.join(t.dir, 'graph.json');
    const exp = cli(['export', '--format', 'json', '--out', out, '--db', db]);
    assert.equal(exp.code, 0, exp.stderr);
    const g = JSON.parse(readFileSync(out, 'utf8')) as { nodes: Array<{ attributes: { docs: string[] } }>; edges: Array<{ attributes: { evidence: Array<{ quote: string }> } }> };
    assert.ok(g.nodes.length > 20 && g.edges.length > 5);
    assert.ok(g.edges.every((e) => e.attributes.evidence.every((ev) => ev.quote.length > 0)), 'every relation has its quote');
    if (existsSync(path.join(SHARED, 'eval', 'score.mjs'))) {
      const score = spawnSync(process.execPath, [path.join(SHARED, 'eval', 'score.mjs'), '--gold', path.join(SHARED, 'eval', 'gold', 'seeds'), '--graph', out, '--json'], { encoding: 'utf8' });
      assert.equal(score.status, 0, score.stderr);
      const report = JSON.parse(score.stdout) as Record<string, unknown>;
      assert.ok(JSON.stringify(report).includes('SUPPORTS'));
    }
  } finally { t.cleanup(); }
});

test('a changed article replaces its old contribution; remove takes it out', () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    const dir = path.join(t.dir, 'in');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'art.txt'), 'Russia backs Syria\n\nRussia supports the Syrian government of Bashar al-Assad.');
    assert.equal(cli(['ingest', dir, '--db', db]).code, 0);
    writeFileSync(path.join(dir, 'art.txt'), 'Iran backs Syria\n\nIran supports the Syrian government of Bashar al-Assad.');
    const r = cli(['ingest', dir, '--db', db]);
    assert.match(r.stdout, /0 added, 1 replaced/);
    const names = (JSON.parse(cli(['export', '--db', db]).stdout) as { nodes: Array<{ attributes: { name: string } }> }).nodes.map((n) => n.attributes.name);
    assert.ok(names.includes('Iran') && !names.includes('Russia'), `entities after replacement: ${names.join(', ')}`);
    const rm = cli(['remove', 'art', 'nope', '--db', db]);
    assert.equal(rm.code, 1);
    assert.match(rm.stdout, /removed 1 article/);
    assert.match(rm.stderr, /no article "nope"/);
    const after = JSON.parse(cli(['stats', '--db', db, '--json']).stdout) as { articles: number; entitiesByType: Record<string, number> };
    assert.equal(after.articles, 0);
    assert.equal(Object.values(after.entitiesByType).reduce((a, b) => a + b, 0), 0);
  } finally { t.cleanup(); }
});

test('bad input in a batch: each gets a message with file and line, the rest is stored, exit code 1', () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    const jsonl = path.join(t.dir, 'in.jsonl');
    writeFileSync(jsonl, [
      JSON.stringify({ id: 'good1', text: 'Iran supports Syria.' }),
      '{"id": "bad"',
      JSON.stringify({ id: 'good2', text: 'Russia backs Syria.' }),
      JSON.stringify({ id: 'good1', text: 'A different text under the same id.' }),
      JSON.stringify({ id: 'empty', text: '' }),
    ].join('\n'));
    const r = cli(['ingest', jsonl, '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /in\.jsonl:2: malformed JSON line/);
    assert.match(r.stderr, /in\.jsonl:4: duplicate id "good1" \(first read at .*in\.jsonl:1\) with a different text/);
    assert.match(r.stderr, /in\.jsonl:5: article "empty" has no text/);
    assert.match(r.stdout, /2 added/);
    noStack(r);
  } finally { t.cleanup(); }
});

test('a --db path that is a file, an unreadable dictionary and a store without a graph get one clear line', () => {
  const t = tempDir();
  try {
    const file = path.join(t.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = cli(['ingest', SEEDS, '--db', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--db .*not-a-folder is a file/);
    noStack(r);
    const dict = cli(['ingest', SEEDS, '--db', path.join(t.dir, 'db'), '--dictionary', path.join(t.dir, 'nope.json')]);
    assert.equal(dict.code, 2);
    assert.match(dict.stderr, /nope\.json/);
    noStack(dict);
    const none = cli(['stats', '--db', path.join(t.dir, 'empty')]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no graph in .*empty/);
  } finally { t.cleanup(); }
});

test('an unreachable Neo4j gets one clear line naming the URI', () => {
  const r = cli(['ingest', SEEDS, '--neo4j', 'bolt://127.0.0.1:1', '--password', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bolt:\/\/127\.0\.0\.1:1/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  noStack(r);
});

test('a database held by another process: a clear "in use" message, and its content is untouched', async () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    assert.equal(cli(['ingest', SEEDS, '--db', db]).code, 0);
    const holder = spawn(process.execPath, [path.join(ROOT, 'dist', 'test', 'fixtures', 'hold-store.js'), JSON.stringify({ kind: 'kuzu', dir: db })], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const r = cli(['stats', '--db', db]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /in use by another actorgraph process/);
      noStack(r);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
    const after = JSON.parse(cli(['stats', '--db', db, '--json']).stdout) as { articles: number };
    assert.equal(after.articles, 5);
  } finally { t.cleanup(); }
});

test('export to a path that cannot be written: a clear message and no partial file', () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    assert.equal(cli(['ingest', SEEDS, '--db', db]).code, 0);
    const r = cli(['export', '--out', path.join(t.dir, 'no', 'such', 'dir', 'g.json'), '--db', db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write .*g\.json: ENOENT/);
    noStack(r);
  } finally { t.cleanup(); }
});

test('eval prints the same table as the annotation scorer, and --dictionary adds actors', () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'db');
    const dict = path.join(t.dir, 'mine.json');
    writeFileSync(dict, JSON.stringify({ version: 1, entries: [{ name: 'Liwa Saqr al-Qalamoun', type: 'Group', aliases: ['Saqr Brigade'] }] }));
    const art = path.join(t.dir, 'x.txt');
    writeFileSync(art, 'Clashes in the mountains\n\nThe Saqr Brigade said it fought government forces near the border.');
    assert.equal(cli(['ingest', SEEDS, art, '--db', db, '--dictionary', dict]).code, 0);
    const names = (JSON.parse(cli(['export', '--db', db]).stdout) as { nodes: Array<{ attributes: { name: string; docs: string[] } }> }).nodes;
    assert.ok(names.some((n) => n.attributes.name === 'Liwa Saqr al-Qalamoun' && n.attributes.docs.includes('x')), 'the user dictionary entry is found by its alias');
    const gold = path.join(SHARED, 'eval', 'gold', 'seeds');
    if (!existsSync(path.join(SHARED, 'eval', 'score.mjs'))) return;
    const ours = cli(['eval', '--gold', gold, '--db', db]);
    assert.equal(ours.code, 0, ours.stderr);
    const out = path.join(t.dir, 'g.json');
    cli(['export', '--out', out, '--db', db]);
    const theirs = spawnSync(process.execPath, [path.join(SHARED, 'eval', 'score.mjs'), '--gold', gold, '--graph', out], { encoding: 'utf8' });
    assert.equal(ours.stdout.trim(), theirs.stdout.trim());
    const bad = cli(['eval', '--gold', path.join(t.dir, 'nope'), '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /nope: no such gold file or folder/);
  } finally { t.cleanup(); }
});

test('--workers 3 stores exactly what --workers 1 stores', () => {
  const t = tempDir();
  try {
    const exports = [1, 3].map((w) => {
      const db = path.join(t.dir, `w${w}`);
      const r = cli(['ingest', SEEDS, SAMPLE, '--db', db, '--workers', String(w), '--batch-size', '7']);
      assert.equal(r.code, 0, r.stderr);
      return cli(['export', '--db', db]).stdout;
    });
    assert.ok(exports[0]!.length > 1000);
    assert.equal(exports[0], exports[1]);
  } finally { t.cleanup(); }
});

test('the command runs as its own executable, with the malloc settings of cli/malloc-env.ts in its environment', async () => {
  const { MALLOC_ENV } = await import('../cli/malloc-env.js');
  const shebang = readFileSync(CLI, 'utf8').split('\n')[0]!;
  for (const [name, value] of Object.entries(MALLOC_ENV)) assert.ok(shebang.includes(` ${name}=${value} `), `${shebang} sets ${name}=${value}`);
  // the #! line itself, as a shell or npm's bin link runs it: the settings reach the process
  const probe = shebang.slice(2).trim().split(/\s+/).slice(0, -1).concat([process.execPath, '-e', 'process.stdout.write(JSON.stringify(process.env))']);
  const r = spawnSync(probe[0]!, probe.slice(1), { encoding: 'utf8', env: { ...process.env, MALLOC_MMAP_THRESHOLD_: '' } });
  assert.equal(r.status, 0, r.stderr);
  const env = JSON.parse(r.stdout) as Record<string, string>;
  for (const [name, value] of Object.entries(MALLOC_ENV)) assert.equal(env[name], value);
  const direct = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
  assert.equal(direct.status, 0, direct.stderr);
  assert.match(direct.stdout, /^\d+\.\d+\.\d+/);
});
