// `actorgraph view` as a user runs it: prints its URL, serves, warns about a non-loopback
// --host, explains a port in use, and stops cleanly on Ctrl-C (SIGINT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { CLI, ROOT, tempDir } from './helpers.js';

const env = { ...process.env, NEO4J_URI: '' };

function start(args: string[]): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, [CLI, 'view', ...args], { cwd: ROOT, env });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /actorgraph viewer: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`view exited with ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('view prints its URL on 127.0.0.1, serves the page and the API, and stops on SIGINT', async () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'g.db');
    assert.equal(spawnSync(process.execPath, [CLI, 'ingest', path.join(ROOT, 'samples', 'seeds'), '--db', db], { env }).status, 0);
    const v = start(['--db', db, '--port', '0']);
    const url = await v.url;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.doesNotMatch(v.output(), /warning/);
    const page = await get(url);
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>actorgraph/);
    const meta = JSON.parse((await get(url + 'api/meta')).body) as { counts: { entities: number } };
    assert.ok(meta.counts.entities > 20);

    // The same port again: a clear message, exit code 2.
    const port = new URL(url).port;
    const busy = spawnSync(process.execPath, [CLI, 'view', '--db', db, '--port', port], { env, encoding: 'utf8', timeout: 30_000 });
    assert.equal(busy.status, 2, busy.stderr);
    assert.match(busy.stderr, /port \d+ is in use/);

    const code = exited(v.child);
    v.child.kill('SIGINT');
    assert.equal(await code, 0);
  } finally { t.cleanup(); }
});

test('view --host other than loopback prints a warning', async () => {
  const t = tempDir();
  try {
    const db = path.join(t.dir, 'g.db');
    assert.equal(spawnSync(process.execPath, [CLI, 'ingest', path.join(ROOT, 'samples', 'seeds'), '--db', db], { env }).status, 0);
    const v = start(['--db', db, '--port', '0', '--host', '0.0.0.0']);
    await v.url;
    assert.match(v.output(), /warning: --host 0\.0\.0\.0 lets other machines reach the viewer/);
    const code = exited(v.child);
    v.child.kill('SIGINT');
    assert.equal(await code, 0);
  } finally { t.cleanup(); }
});
