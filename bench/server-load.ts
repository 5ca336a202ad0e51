// Load on the viewer's server: 200 concurrent clients alternate between the graph and entity
// endpoints for 30 s (autocannon), against `actorgraph view` in its own process on the corpus
// graph. Reports requests/s, p50/p99 latency and errors (target: no errors).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchCorpusPath, ROOT } from './corpus.js';

export async function benchServerLoad(seconds = 30): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-load-'));
  const cli = path.join(ROOT, 'bin', 'actorgraph.js');
  const db = path.join(dir, 'db');
  const built = spawnSync(process.execPath, [cli, 'ingest', benchCorpusPath(), '--db', db], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  const server = spawn(process.execPath, [cli, 'view', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => { const m = /(http:\/\/\S+)/.exec(d.toString()); if (m) resolve(m[1]!); });
      server.once('exit', (code) => reject(new Error(`viewer exited (${code})`)));
    });
    const entity = '/api/entity/' + encodeURIComponent('State:syria');
    const result = await autocannon({
      url,
      connections: 200,
      duration: seconds,
      requests: [{ method: 'GET', path: '/api/graph' }, { method: 'GET', path: entity }],
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    return [
      `${result.requests.total} requests in ${seconds} s from 200 clients (graph and entity endpoints alternating):`,
      `  ${result.requests.average.toFixed(0)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} [target 0: ${errors === 0 ? 'met' : 'NOT met'}]`,
    ].join('\n');
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
