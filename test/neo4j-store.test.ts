// The Neo4j store against a real server. Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE as needed) to run the round trips; without it they are skipped, since there
// is no Neo4j server here. They touch only articles and entities named for this run and take
// them out again, so a shared database keeps its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { entityKey, type ArticleContribution, type RelationType } from '../graph/model.js';
import { StoreError, type GraphSnapshot, type GraphStore } from '../graph/store.js';
import type { PlainNode } from '../graph/stores/plain.js';
import { removeArticles, writeBatch } from '../graph/batch.js';
import { openNeo4jStore } from '../graph/stores/neo4j.js';

const URI = process.env.NEO4J_URI;
const live = { skip: URI ? false : 'NEO4J_URI not set: Neo4j store tests skipped (no server here)' };
const conn = () => ({
  uri: URI!,
  user: process.env.NEO4J_USER ?? (process.env.NEO4J_PASSWORD ? 'neo4j' : undefined),
  password: process.env.NEO4J_PASSWORD,
  database: process.env.NEO4J_DATABASE,
});

test('an unreachable server is one clear StoreError, quickly', async () => {
  const started = Date.now();
  const err = await openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionTimeoutMs: 2000 }).then(
    () => assert.fail('opened a store on a closed port'),
    (e: unknown) => e,
  );
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  assert.ok(err instanceof StoreError, `not a StoreError: ${String(err)}`);
  assert.match(err.message, /bolt:\/\/127\.0\.0\.1:1/);
  assert.match(err.message, /running/);
  assert.doesNotMatch(err.message, /\n|\s+at\s+\S+.*:\d+:\d+|Neo4jError/);
});

test('a URI the driver cannot use is a StoreError naming it', async () => {
  await assert.rejects(openNeo4jStore({ uri: 'http://localhost:7474' }), (e: unknown) => {
    assert.ok(e instanceof StoreError);
    assert.match(e.message, /http:\/\/localhost:7474/);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
});

// ---- live round trips ----

const run = randomUUID().slice(0, 8);
const id = (n: number) => `actorgraph-test-${run}-${n}`;
const person = `Testperson ${run}`;
const group = `Testgroup ${run}`;
const state = `Teststate ${run}`;
const place = `Testplace ${run}`;
const K = {
  person: entityKey('Person', person), group: entityKey('Group', group),
  state: entityKey('State', state), place: entityKey('Place', place),
};

function contribution(n: number, hash: string, ents: Array<[keyof typeof K, string]>, rels: Array<[RelationType, keyof typeof K, keyof typeof K, string]>, date: string | null): ArticleContribution {
  const types = { person: 'Person', group: 'Group', state: 'State', place: 'Place' } as const;
  return {
    article: { id: id(n), title: `Title ${n} 'quoted' {braces}`, date, source: 'test', url: null, hash },
    entities: ents.map(([k, name]) => ({ key: K[k], name, type: types[k], aliases: [`${name} alias`] })),
    relations: rels.map(([type, s, t, quote]) => ({ type, source: K[s], target: K[t], quote, speaker: null })),
  };
}

const c1 = contribution(1, 'h1', [['group', group], ['state', state], ['place', place]],
  [['ATTACKS', 'group', 'place', "The group's \"attack\" on $place"], ['OPPOSES', 'group', 'state', 'q1-opposes']], '2024-01-02');
const c2 = contribution(2, 'h2', [['group', group], ['state', state]], [['OPPOSES', 'group', 'state', 'q2-opposes']], '2024-02-03');

/** The part of a snapshot that belongs to this run. */
function ours(s: GraphSnapshot) {
  const keys = new Set(Object.values(K));
  return {
    articles: s.articles.filter((a) => a.id.startsWith(`actorgraph-test-${run}-`)),
    entities: s.entities.filter((e) => keys.has(e.key)),
    relations: s.relations.filter((r) => keys.has(r.source) || keys.has(r.target)),
  };
}

test('Neo4j store: write, re-write, replace, remove, snapshot', live, async () => {
  const store: GraphStore = await openNeo4jStore(conn());
  try {
    assert.equal(store.description, `neo4j ${URI}`);
    const first = await writeBatch(store, [c1, c2]);
    assert.deepEqual(first.added, [id(1), id(2)]);

    let snap = ours(await store.snapshot());
    assert.deepEqual(snap.articles.map((a) => [a.id, a.hash, a.date, a.url]), [[id(1), 'h1', '2024-01-02', null], [id(2), 'h2', '2024-02-03', null]]);
    assert.equal(snap.articles[0]!.title, "Title 1 'quoted' {braces}");
    assert.deepEqual(snap.entities.map((e) => e.key).sort(), [K.group, K.place, K.state].sort());
    assert.deepEqual(snap.entities.find((e) => e.key === K.group)!.docs, [id(1), id(2)]);
    const opposes = snap.relations.find((r) => r.type === 'OPPOSES')!;
    assert.deepEqual(opposes, {
      type: 'OPPOSES', source: K.group, target: K.state, docs: [id(1), id(2)], dates: ['2024-01-02', '2024-02-03'],
      quotes: ['q1-opposes', 'q2-opposes'], speakers: ['', ''], articles: 2, firstDate: '2024-01-02', lastDate: '2024-02-03',
    });
    assert.equal(typeof opposes.articles, 'number');
    assert.equal(snap.relations.find((r) => r.type === 'ATTACKS')!.quotes[0], "The group's \"attack\" on $place");

    const again = await writeBatch(store, [c1, c2]);
    assert.deepEqual(again.unchanged, [id(1), id(2)]);
    assert.deepEqual(again.added, []);
    assert.deepEqual(ours(await store.snapshot()), snap);

    // Article 1 changes: no more place or attack, a person appears who supports the group.
    const c1b = contribution(1, 'h1b', [['group', group], ['state', state], ['person', person]],
      [['OPPOSES', 'group', 'state', 'q1b-opposes'], ['SUPPORTS', 'person', 'group', 'q1b-supports']], '2024-01-05');
    const replaced = await writeBatch(store, [c1b]);
    assert.deepEqual(replaced.replaced, [id(1)]);
    snap = ours(await store.snapshot());
    assert.equal(snap.articles.find((a) => a.id === id(1))!.hash, 'h1b');
    assert.deepEqual(snap.entities.map((e) => e.key).sort(), [K.group, K.person, K.state].sort());
    assert.deepEqual(snap.relations.map((r) => r.type).sort(), ['OPPOSES', 'SUPPORTS']);
    const opp2 = snap.relations.find((r) => r.type === 'OPPOSES')!;
    assert.deepEqual([...opp2.docs].sort(), [id(1), id(2)]);
    assert.ok(opp2.quotes.includes('q1b-opposes') && !opp2.quotes.includes('q1-opposes'));
    assert.equal(opp2.firstDate, '2024-01-05');

    const mentions = await store.query(
      'MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id = $id RETURN e.key AS key ORDER BY key', { id: id(1) });
    assert.deepEqual(mentions.columns, ['key']);
    assert.deepEqual(mentions.rows.map((r) => r.key), [K.group, K.person, K.state].sort());

    const removed = await removeArticles(store, [id(1), id(2), id(99)]);
    assert.deepEqual(removed.removed, [id(1), id(2)]);
    assert.deepEqual(removed.missing, [id(99)]);
    assert.deepEqual(ours(await store.snapshot()), { articles: [], entities: [], relations: [] });
  } finally {
    await removeArticles(store, [id(1), id(2)]).catch(() => undefined);
    await store.close();
  }
});

test('Neo4j store: stats and queries', live, async () => {
  const store = await openNeo4jStore(conn());
  try {
    await writeBatch(store, [c2]);
    const stats = await store.stats(5);
    assert.ok(stats.articles >= 1);
    assert.ok(stats.entitiesByType.Group >= 1 && stats.relationsByType.OPPOSES >= 1);
    assert.ok(stats.topActors.length <= 5 && stats.topActors.every((a) => typeof a.articles === 'number'));

    const r = await store.query('MATCH (e:Entity {key: $key}) RETURN e, 1 + 1 AS two, $n AS n LIMIT $n', { key: K.group, n: 1 });
    assert.deepEqual(r.columns, ['e', 'two', 'n']);
    assert.equal(r.rows[0]!.two, 2);
    assert.equal(r.rows[0]!.n, 1);
    const node = r.rows[0]!.e as PlainNode;
    assert.equal(node.kind, 'node');
    assert.deepEqual(node.labels, ['Entity']);
    assert.equal(node.properties.key, K.group);
    assert.deepEqual(await store.entityKeysById([node.id, 'no-such-id']), new Map([[node.id, K.group]]));
    assert.doesNotThrow(() => JSON.stringify(r));

    await assert.rejects(store.query('CREATE (:ActorgraphTestScratch)'), (e: unknown) => {
      assert.ok(e instanceof StoreError);
      assert.match(e.message, /read-only/);
      return true;
    });
    await assert.rejects(store.query('MATCH (n RETURN n'), StoreError);
  } finally {
    await removeArticles(store, [id(2)]).catch(() => undefined);
    await store.close();
  }
});

test('Neo4j store: wrong password and unknown database are one clear line', live, async () => {
  const wrong = await openNeo4jStore({ ...conn(), user: conn().user ?? 'neo4j', password: `wrong-${run}` }).then(
    async (s) => { await s.close(); return undefined; }, // a server without auth takes any password
    (e: unknown) => e,
  );
  if (wrong !== undefined) {
    assert.ok(wrong instanceof StoreError);
    assert.match(wrong.message, /refused the login for user/);
  }
  await assert.rejects(openNeo4jStore({ ...conn(), database: `nosuchdb${run}` }), (e: unknown) => {
    assert.ok(e instanceof StoreError);
    assert.match(e.message, /no database named/);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
});
