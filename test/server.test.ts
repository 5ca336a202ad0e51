// The viewer's server as an attacker or a careless client meets it: its API answers, bad
// parameters get a 400 with a message, writes cannot be talked through the Cypher endpoint,
// static files stay inside the bundle, and a foreign Host header is refused (DNS rebinding).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { GraphStore } from '../graph/store.js';
import { serveSeedGraph } from './helpers.js';

let seed: Awaited<ReturnType<typeof serveSeedGraph>>;
let store: GraphStore;
let port: number;

before(async () => {
  seed = await serveSeedGraph();
  store = seed.store;
  port = Number(new URL(seed.url).port);
});

after(async () => { await seed?.close(); });

interface Reply { status: number; type: string; body: string }
/** A raw request, so paths are sent exactly as written (no client-side normalisation). */
function request(rawPath: string, options: { method?: string; body?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: { Host: options.host ?? `127.0.0.1:${port}`, 'Content-Type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
const cypher = (query: string) => request('/api/cypher', { method: 'POST', body: JSON.stringify({ query }) });
const json = (r: Reply) => JSON.parse(r.body) as Record<string, unknown>;

test('the API answers: meta, graph with filters, entity with evidence, search', async () => {
  const meta = json(await request('/api/meta'));
  assert.ok(JSON.stringify(meta).includes('SUPPORTS'));
  const graph = json(await request('/api/graph?relations=SUPPORTS'));
  const edges = graph.edges as Array<{ attributes: { type: string } }>;
  assert.ok(edges.length > 0 && edges.every((e) => e.attributes.type === 'SUPPORTS'));
  const found = json(await request('/api/search?q=lavrov'));
  assert.match(JSON.stringify(found), /Sergei Lavrov/);
  const entity = await request('/api/entity/' + encodeURIComponent('Person:sergei lavrov'));
  assert.equal(entity.status, 200);
  assert.match(entity.body, /REPRESENTS/);
});

test('bad parameters are a 400 with a message, never a stack trace', async () => {
  for (const p of ['/api/graph?relations=LOVES', '/api/graph?from=yesterday', '/api/graph?depth=2', '/api/graph?bogus=1', '/api/search', '/api/search?q=x&limit=9999', '/api/entity/%E0%A4%A']) {
    const r = await request(p);
    assert.equal(r.status, 400, p);
    const message = String(json(r).error);
    assert.ok(message.length > 5, p);
    assert.doesNotMatch(r.body, /at .*\.js:\d+/, p);
  }
  assert.equal((await request('/api/entity/' + encodeURIComponent('Person:nobody'))).status, 404);
  assert.equal((await request('/api/cypher', { method: 'POST', body: '{not json' })).status, 400);
  assert.equal((await request('/api/cypher')).status, 405);
});

test('the Cypher endpoint reads, and refuses every way of writing', async () => {
  const read = await cypher('MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity) RETURN a, r, b LIMIT 3');
  assert.equal(read.status, 200, read.body);
  const attempts = [
    "CREATE (:Entity {key: 'x'})",
    "MERGE (e:Entity {key: 'x'}) RETURN e",
    'MATCH (e:Entity) DELETE e',
    'MATCH (e:Entity) DETACH DELETE e',
    "MATCH (e:Entity) SET e.name = 'x' RETURN e",
    "MATCH (e:Entity) REMOVE e.name RETURN e",
    "CALL { CREATE (:Entity {key: 'x'}) } RETURN 1",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY (MATCH (e:Entity) RETURN e.name) TO '/tmp/leak.csv'",
    'CALL db.labels()',
    'CALL show_tables() RETURN *',
    'CALL threads = 1',
    "MATCH (e:Entity) RETURN e /* harmless */ ; CREATE (:Entity {key: 'x'})",
    "MATCH (e:Entity) // comment\nCREATE (:Entity {key: 'y'})",
    "MATCH (e:Entity) cReAtE (:Entity {key: 'x'})",
    "MATCH (e:Entity)\u2028CREATE (:Entity {key: 'x'})",
    "MATCH (e:Entity)\u00a0SET e.name = 'x'",
    "EXPORT DATABASE '/tmp/dump'",
    'BEGIN TRANSACTION',
  ];
  for (const q of attempts) {
    const r = await cypher(q);
    assert.ok(r.status === 403 || r.status === 400, `${q} -> ${r.status}`);
    assert.doesNotMatch(r.body, /at .*\.js:\d+/);
  }
  // Whatever was tried, the graph is as it was: no entity 'x' or 'y', names intact.
  const after = json(await cypher("MATCH (e:Entity) WHERE e.key IN ['x', 'y'] OR e.name = 'x' RETURN count(e) AS n"));
  assert.deepEqual(after.rows, [{ n: 0 }]);
});

test('the database itself refuses writes the text check does not see', async () => {
  // Straight to the store, as if the up-front check had been talked around.
  await assert.rejects(store.query("CREATE (:Entity {key: 'sneaky'})", {}, { write: false }));
  const r = await store.query("MATCH (e:Entity {key: 'sneaky'}) RETURN count(e) AS n");
  assert.deepEqual(r.rows, [{ n: 0 }]);
});

test('static files: the page with its content types, nothing outside the bundle, no listing', async () => {
  const page = await request('/');
  assert.equal(page.status, 200);
  assert.match(page.type, /^text\/html/);
  const js = page.body.match(/src="([^"]+\.js)"/)?.[1];
  assert.ok(js);
  assert.match((await request('/' + js.replace(/^\.?\//, ''))).type, /^text\/javascript/);
  for (const p of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..\\..\\package.json', '/%2e%2e%5c%2e%2e%5cpackage.json', '/../../../etc/passwd', '/.%2e/.%2e/package.json', '/%00index.html', '/assets/', '/.hidden']) {
    const r = await request(p);
    assert.ok([400, 403, 404].includes(r.status), `${p} -> ${r.status}`);
    assert.doesNotMatch(r.body, /"name": "actorgraph"|root:x:0/, p);
  }
});

test('a request with a foreign Host header is refused (DNS rebinding)', async () => {
  for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1.evil.example', `localhost:${port + 1}`]) {
    const r = await request('/api/meta', { host });
    assert.equal(r.status, 421, host);
  }
  assert.equal((await request('/api/meta', { host: `localhost:${port}` })).status, 200);
});
