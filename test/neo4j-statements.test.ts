// Checks every Cypher statement of the Neo4j store offline, with Neo4j's own Cypher front end:
// @neo4j-cypher/language-support's lintCypherQuery runs the ANTLR grammar of Neo4j's parser and
// Neo4j's semantic analysis (compiled to JS), for Cypher 5 and Cypher 25. No server is involved
// and nothing here pretends to be one: the recording runner below only captures what the store
// would send (statement text and parameters) so that both can be checked. Whether the statements
// do the right thing on a live server is test/neo4j-store.test.ts's job (needs NEO4J_URI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from 'neo4j-driver';
import { allCypherVersions, lintCypherQuery, parseParameters } from '@neo4j-cypher/language-support';
import { ENTITY_TYPES, RELATION_TYPES, type RelationType, type StoredRelation } from '../graph/model.js';
import type { GraphStore, StoreTx, WritePlan } from '../graph/store.js';
import { emptyWritePlan, writeBatch } from '../graph/batch.js';
import * as S from '../graph/stores/neo4j-statements.js';
import { CHUNK_ROWS, readSnapshot, readStats, storeTxOver, toPlain, type CypherRunner, type Row } from '../graph/stores/neo4j.js';

const GRAPH_PROPERTY_KEYS = [
  'id', 'title', 'date', 'source', 'url', 'hash', // Article
  'key', 'name', 'type', 'aliases', 'docs', // Entity
  'dates', 'quotes', 'speakers', 'articles', 'first_date', 'last_date', // relations
];
// Fields of the UNWIND rows: the linter treats `r.field` like a property access.
const ROW_FIELDS = ['article', 'entity', 'target'];

/** What the store tells the linter exists: any other label, type or property is reported. */
const SCHEMA = {
  labels: ['Article', 'Entity'],
  relationshipTypes: ['MENTIONS', ...RELATION_TYPES],
  propertyKeys: [...GRAPH_PROPERTY_KEYS, ...ROW_FIELDS],
};

/** Every diagnostic (error or warning) Neo4j's front end reports, as "severity: message". */
function problems(cypher: string, parameters: Record<string, unknown>, version: string): string[] {
  const { diagnostics } = lintCypherQuery(cypher, { ...SCHEMA, parameters, defaultLanguage: version as never });
  return diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
}

/** Declares exactly the parameters the statement uses, so only syntax and semantics are judged. */
const ownParams = (cypher: string) => Object.fromEntries(parseParameters(cypher, false).map((p) => [p, null]));

test('the linter runs here (Node ' + process.versions.node + ') and knows Cypher 5 and 25', () => {
  assert.deepEqual([...allCypherVersions].sort(), ['CYPHER 25', 'CYPHER 5']);
  assert.deepEqual(problems('MATCH (a:Article) RETURN a.id AS id', {}, 'CYPHER 5'), []);
});

test('every Neo4j store statement passes Neo4j\'s parser and semantic analysis', () => {
  assert.equal(new Set(S.ALL_NEO4J_STATEMENTS).size, S.ALL_NEO4J_STATEMENTS.length, 'duplicate statements');
  assert.ok(S.ALL_NEO4J_STATEMENTS.length >= 20 + RELATION_TYPES.length, 'ALL_NEO4J_STATEMENTS looks incomplete');
  const failures: string[] = [];
  for (const version of allCypherVersions) {
    for (const cypher of S.ALL_NEO4J_STATEMENTS) {
      for (const p of problems(cypher, ownParams(cypher), version)) failures.push(`${version} | ${cypher}\n  ${p}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('the lint does fail on broken statements', () => {
  const broken = [
    S.PUT_ENTITIES.replace('MERGE', 'MERGEE'), // syntax
    S.PUT_ARTICLES.replace('a.hash = r.hash', 'a.hash = q.hash'), // undefined variable
    S.ARTICLE_HASHES.replace(':Article', ':Artcle'), // label the store never creates
    S.MENTIONED_BY.replace(':MENTIONS', ':MENTION'), // unknown relationship type (in a MATCH)
    S.SNAPSHOT_ENTITIES.replace('e.aliases AS', 'e.alias AS'), // property the store never sets (in a read)
    S.SNAPSHOT_ARTICLES.replace('ORDER BY id', 'ORDER BY'), // truncated
  ];
  for (const cypher of broken) {
    for (const version of allCypherVersions) {
      assert.notDeepEqual(problems(cypher, ownParams(cypher), version), [], `not flagged (${version}): ${cypher}`);
    }
  }
  // An unbound parameter is flagged too: this is what the binding checks below rely on.
  assert.match(problems(S.ARTICLE_HASHES, {}, 'CYPHER 5').join('\n'), /Parameter \$ids is not defined/);
});

test('relation statements come from the fixed relation-type list only', () => {
  const texts = RELATION_TYPES.map((t) => S.putRelationStatement(t));
  assert.equal(new Set(texts).size, RELATION_TYPES.length);
  for (const [i, t] of RELATION_TYPES.entries()) {
    assert.ok(texts[i]!.includes(`[x:${t}]`));
    assert.ok(S.ALL_NEO4J_STATEMENTS.includes(texts[i]!));
  }
  for (const bad of ['MENTIONS', 'supports', 'SUPPORTS]->() DETACH DELETE s //', 'constructor', '__proto__']) {
    assert.throws(() => S.putRelationStatement(bad as RelationType), /not a relation type/);
  }
});

// ---- what the store sends ----

interface Call { cypher: string; params: Record<string, unknown> }

function recorder(reply: (cypher: string, params: Record<string, unknown>) => Row[] = () => []) {
  const calls: Call[] = [];
  const runner: CypherRunner = {
    async run(cypher, params) {
      calls.push({ cypher, params });
      return reply(cypher, params);
    },
  };
  return { calls, runner };
}

// Article-derived text that would wreck a statement if it were ever spliced into Cypher.
const EVIL = "x'}) DETACH DELETE n // $rows `";

/** The checks every captured call must pass. */
function checkCall({ cypher, params }: Call): void {
  assert.ok(S.ALL_NEO4J_STATEMENTS.includes(cypher), `statement not in ALL_NEO4J_STATEMENTS: ${cypher}`);
  assert.ok(!cypher.includes(EVIL) && !cypher.includes('DETACH DELETE n'), `article text inside a statement: ${cypher}`);
  // Exactly the parameters the statement uses are bound, checked by Neo4j's parser as well.
  assert.deepEqual(Object.keys(params).sort(), parseParameters(cypher, false).sort(), cypher);
  assert.deepEqual(problems(cypher, params, 'CYPHER 5'), [], cypher);
  for (const [name, value] of Object.entries(params)) {
    if (!Array.isArray(value) || name === 'types') continue;
    assert.ok(value.length > 0, `empty $${name} sent: ${cypher}`);
    assert.ok(value.length <= CHUNK_ROWS, `$${name} has ${value.length} rows (> ${CHUNK_ROWS})`);
  }
  if ('types' in params) assert.deepEqual(params.types, [...RELATION_TYPES]);
  if ('rows' in params) {
    const fields = [...new Set([...cypher.matchAll(/\br\.(\w+)/g)].map((m) => m[1]!))].sort();
    for (const row of params.rows as Row[]) assert.deepEqual(Object.keys(row).sort(), fields, cypher);
  }
}

function relation(type: RelationType, source: string, target: string, n: number): StoredRelation {
  return {
    type, source, target,
    docs: [`d${n}`], dates: [''], quotes: [EVIL], speakers: [EVIL],
    articles: 1, firstDate: null, lastDate: null,
  };
}

test('apply sends its writes in order, fully bound, with rows chunked', async () => {
  const supports = Array.from({ length: 2500 }, (_, i) => relation('SUPPORTS', `Person:p${i}`, 'State:s', i));
  const plan: WritePlan = {
    deleteRelations: [{ type: 'ATTACKS', source: 'Group:g', target: 'Place:x' }],
    dropMentionsOf: ['old-1', 'old-2'],
    deleteEntities: ['Group:gone'],
    putEntities: Array.from({ length: 2001 }, (_, i) => ({
      key: `Person:p${i}`, name: `${EVIL}${i}`, type: 'Person' as const, aliases: [EVIL], docs: ['a1'],
    })),
    deleteArticles: ['gone-1'],
    putArticles: [{ id: 'a1', title: EVIL, date: '2024-01-02', source: EVIL, url: null, hash: 'h1' }],
    mentions: Array.from({ length: 4500 }, (_, i) => ({ article: 'a1', entity: `Person:p${i % 2001}` })),
    putRelations: [...supports, relation('ATTACKS', 'Group:g', 'Place:x', 0), relation('NEGOTIATES_WITH', 'State:a', 'State:b', 0)],
    appendEntities: [{ key: 'State:s', aliases: [EVIL], docs: ['a1'] }],
    appendRelations: [relation('CONTROLS', 'Group:g', 'Place:y', 3)],
  };
  const { calls, runner } = recorder();
  await storeTxOver(runner).apply(plan);
  calls.forEach(checkCall);

  const order = calls.map((c) => c.cypher).filter((c, i, all) => c !== all[i - 1]);
  assert.deepEqual(order, [
    S.DELETE_RELATIONS, S.DROP_MENTIONS, S.DELETE_ENTITIES, S.PUT_ENTITIES, S.APPEND_ENTITIES, S.DELETE_ARTICLES, S.PUT_ARTICLES,
    S.PUT_MENTIONS, S.putRelationStatement('SUPPORTS'), S.putRelationStatement('ATTACKS'), S.putRelationStatement('NEGOTIATES_WITH'),
    S.appendRelationStatement('CONTROLS'),
  ]);
  assert.deepEqual(put0(S.APPEND_ENTITIES), [{ key: 'State:s', aliases: [EVIL], docs: ['a1'] }]);
  function put0(cypher: string) { return calls.find((c) => c.cypher === cypher)!.params.rows; }
  const sizes = (cypher: string) => calls.filter((c) => c.cypher === cypher).map((c) => (c.params.rows as Row[]).length);
  assert.deepEqual(sizes(S.PUT_MENTIONS), [2000, 2000, 500]);
  assert.deepEqual(sizes(S.PUT_ENTITIES), [2000, 1]);
  assert.deepEqual(sizes(S.putRelationStatement('SUPPORTS')), [2000, 500]);

  const put = (cypher: string) => calls.find((c) => c.cypher === cypher)!.params;
  assert.deepEqual(put(S.DELETE_RELATIONS).rows, [{ type: 'ATTACKS', source: 'Group:g', target: 'Place:x' }]);
  assert.deepEqual(put(S.DROP_MENTIONS).ids, ['old-1', 'old-2']);
  assert.deepEqual(put(S.DELETE_ENTITIES).keys, ['Group:gone']);
  assert.deepEqual(put(S.DELETE_ARTICLES).ids, ['gone-1']);
  assert.deepEqual(put(S.PUT_ARTICLES).rows, [{ id: 'a1', title: EVIL, date: '2024-01-02', source: EVIL, url: null, hash: 'h1' }]);
  assert.deepEqual((put(S.PUT_ENTITIES).rows as Row[])[5], { key: 'Person:p5', name: `${EVIL}5`, type: 'Person', aliases: [EVIL], docs: ['a1'] });
  assert.deepEqual((put(S.putRelationStatement('ATTACKS')).rows as Row[])[0], {
    source: 'Group:g', target: 'Place:x', docs: ['d0'], dates: [''], quotes: [EVIL], speakers: [EVIL],
    articles: 1, first_date: null, last_date: null,
  });
});

test('an empty plan sends nothing', async () => {
  const { calls, runner } = recorder();
  await storeTxOver(runner).apply(emptyWritePlan());
  assert.deepEqual(calls, []);
});

test('writeBatch over the Neo4j StoreTx: reads and writes all check out', async () => {
  const { calls, runner } = recorder();
  const store = { writeTransaction: (fn: (tx: StoreTx) => Promise<unknown>) => fn(storeTxOver(runner)) } as unknown as GraphStore;
  const outcome = await writeBatch(store, [{
    article: { id: 'a1', title: EVIL, date: '2024-03-01', source: null, url: null, hash: 'h' },
    entities: [
      { key: 'Group:hamas', name: 'Hamas', type: 'Group', aliases: [EVIL] },
      { key: 'State:israel', name: 'Israel', type: 'State', aliases: [] },
    ],
    relations: [{ type: 'OPPOSES', source: 'Group:hamas', target: 'State:israel', quote: EVIL, speaker: null }],
  }]);
  assert.deepEqual(outcome.added, ['a1']);
  calls.forEach(checkCall);
  const sent = new Set(calls.map((c) => c.cypher));
  for (const s of [S.ARTICLE_HASHES, S.ENTITY_HEADS, S.RELATION_IDS_FROM, S.PUT_ENTITIES, S.PUT_ARTICLES, S.PUT_MENTIONS, S.putRelationStatement('OPPOSES')]) {
    assert.ok(sent.has(s), `not sent: ${s}`);
  }
  const rel = calls.find((c) => c.cypher === S.putRelationStatement('OPPOSES'))!.params.rows as Row[];
  assert.deepEqual(rel, [{
    source: 'Group:hamas', target: 'State:israel', docs: ['a1'], dates: ['2024-03-01'], quotes: [EVIL], speakers: [''],
    articles: 1, first_date: '2024-03-01', last_date: '2024-03-01',
  }]);
});

test('StoreTx reads bind their lists and read back what Neo4j returns', async () => {
  const { calls, runner } = recorder((cypher) => {
    if (cypher === S.ARTICLE_HASHES) return [{ id: 'a1', hash: 'h1' }];
    if (cypher === S.MENTIONED_BY) return [{ key: 'Group:g' }, { key: 'Group:g' }];
    if (cypher === S.ENTITIES_BY_KEY) return [{ key: 'Group:g', name: 'G', type: 'Group', aliases: null, docs: ['a1'] }];
    if (cypher === S.RELATIONS_FROM) {
      return [{ type: 'SUPPORTS', source: 'Group:g', target: 'State:s', docs: ['a1'], dates: ['2024-01-01'], quotes: ['q'], speakers: [''], articles: 1, first_date: '2024-01-01', last_date: null }];
    }
    return [];
  });
  const tx = storeTxOver(runner);
  const ids = Array.from({ length: 4100 }, (_, i) => `a${i}`);
  assert.deepEqual([...(await tx.articleHashes(ids))], [['a1', 'h1']]);
  assert.deepEqual(await tx.mentionedBy(['a1', 'a1']), ['Group:g']);
  assert.deepEqual(await tx.entities(['Group:g']), [{ key: 'Group:g', name: 'G', type: 'Group', aliases: [], docs: ['a1'] }]);
  assert.deepEqual(await tx.relationsFrom(['Group:g']), [{
    type: 'SUPPORTS', source: 'Group:g', target: 'State:s', docs: ['a1'], dates: ['2024-01-01'], quotes: ['q'], speakers: [''],
    articles: 1, firstDate: '2024-01-01', lastDate: null,
  }]);
  calls.forEach(checkCall);
  assert.equal(calls.filter((c) => c.cypher === S.ARTICLE_HASHES).length, 3, '4100 ids go out in 3 chunks');
  assert.deepEqual(calls.find((c) => c.cypher === S.MENTIONED_BY)!.params.ids, ['a1'], 'ids de-duplicated');
});

test('snapshot and stats send known statements and fill every type', async () => {
  const { calls, runner } = recorder((cypher) => {
    if (cypher === S.SNAPSHOT_ARTICLES) return [{ id: 'a1', title: 't', date: null, source: null, url: null, hash: 'h' }];
    if (cypher === S.COUNT_ARTICLES) return [{ n: 7 }];
    if (cypher === S.COUNT_ENTITIES_BY_TYPE) return [{ type: 'Group', n: 3 }, { type: null, n: 1 }];
    if (cypher === S.COUNT_RELATIONS_BY_TYPE) return [{ type: 'ATTACKS', n: 2 }];
    if (cypher === S.TOP_ACTORS) return [{ name: 'G', type: 'Group', articles: 5 }];
    return [];
  });
  const snap = await readSnapshot(runner);
  assert.deepEqual(snap, { articles: [{ id: 'a1', title: 't', date: null, source: null, url: null, hash: 'h' }], entities: [], relations: [] });
  const stats = await readStats(runner, 3);
  assert.equal(stats.articles, 7);
  assert.deepEqual(Object.keys(stats.entitiesByType), [...ENTITY_TYPES]);
  assert.equal(stats.entitiesByType.Group, 3);
  assert.deepEqual(Object.keys(stats.relationsByType), [...RELATION_TYPES]);
  assert.equal(stats.relationsByType.ATTACKS, 2);
  assert.deepEqual(stats.topActors, [{ name: 'G', type: 'Group', articles: 5 }]);
  calls.forEach(checkCall);
  const limit = calls.find((c) => c.cypher === S.TOP_ACTORS)!.params.limit;
  assert.ok(neo4j.isInt(limit) && limit.toNumber() === 3, '$limit must be a Neo4j integer');
});

test('toPlain turns driver values into JSON-able ones', () => {
  const { Node, Relationship, Path, PathSegment } = neo4j.types;
  const a = new Node(neo4j.int(1), ['Entity'], { key: 'Group:g', n: neo4j.int(5) }, '4:x:1');
  const b = new Node(neo4j.int(2), ['Entity'], { key: 'State:s' }, '4:x:2');
  const r = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'SUPPORTS', { articles: neo4j.int(2) }, '5:x:9', '4:x:1', '4:x:2');
  const path = new Path(a, b, [new PathSegment(a, r, b)]);
  const out = toPlain({ big: neo4j.int('9007199254740993'), n: neo4j.int(3), a, r, path, d: new neo4j.types.Date(2024, 1, 2) });
  // The same shapes as the embedded store's (graph/stores/plain.ts), ids being element ids.
  const plainA = { kind: 'node', id: '4:x:1', labels: ['Entity'], properties: { key: 'Group:g', n: 5 } };
  const plainB = { kind: 'node', id: '4:x:2', labels: ['Entity'], properties: { key: 'State:s' } };
  const plainR = { kind: 'relationship', id: '5:x:9', type: 'SUPPORTS', start: '4:x:1', end: '4:x:2', properties: { articles: 2 } };
  assert.deepEqual(out, {
    big: '9007199254740993', n: 3, d: '2024-01-02',
    a: plainA,
    r: plainR,
    path: { kind: 'path', nodes: [plainA, plainB], relationships: [plainR] },
  });
  assert.doesNotThrow(() => JSON.stringify(out));
});
