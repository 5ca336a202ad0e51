// `actorgraph cypher` as a user runs it (real processes, a real embedded graph built from the
// sample articles by the real CLI), the named queries checked against the graph the export
// writes and against the seed gold, every named query linted with Neo4j's parser, and the
// read-only guard from the query text down to the database.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import { normaliseName, RELATION_TYPES } from '../graph/model.js';
import { openKuzuStore, READ_ONLY_BEGIN } from '../graph/stores/kuzu.js';
import { QueryError, ReadOnlyQueryError } from '../graph/store.js';
import type { PlainNode, PlainPath, PlainRelationship } from '../graph/stores/plain.js';
import { refusalOf, refusalMessage } from '../cypher/guard.js';
import { describeQueryError } from '../cypher/errors.js';
import { loadNamedQueries, parseNamedQuery } from '../cypher/named.js';
import { queryParameters, tokenize } from '../cypher/tokens.js';
import { formatCsv, formatTable } from '../cypher/format.js';
import { PORTABLE_FUNCTIONS, portableExampleQuery } from '../cypher/portable.js';
import { CLI, ROOT, SHARED, tempDir } from './helpers.js';
import { lint, VERSIONS } from './cypher-lint.js';

interface Run { code: number | null; stdout: string; stderr: string }
function cli(args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStack = (r: Run) => assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+/, 'no stack trace for a user error');

// ---- the graph: built once by the real CLI, and its JSON export as the reference ----

interface ExportNode { key: string; attributes: { name: string; type: string; aliases: string[]; docs: string[] } }
interface ExportEdge { source: string; target: string; attributes: { type: string; docs: string[]; articles: number; firstDate: string | null } }
interface ExportGraph { attributes: { articles: Array<{ id: string; date: string | null; source: string | null }> }; nodes: ExportNode[]; edges: ExportEdge[] }

const tmp = tempDir('actorgraph-cypher-');
const DB = path.join(tmp.dir, 'graph.db');
let graph: ExportGraph;
const edgeId = (s: string, type: string, t: string) => `${s}|${type}|${t}`;
let edges: Set<string>;
let byName: (name: string) => ExportNode;

before(() => {
  const r = cli(['ingest', path.join(ROOT, 'samples', 'seeds'), path.join(ROOT, 'samples', 'fakes-sample.jsonl'), '--db', DB]);
  assert.equal(r.code, 0, r.stderr);
  const e = cli(['export', '--db', DB]);
  assert.equal(e.code, 0, e.stderr);
  graph = JSON.parse(e.stdout) as ExportGraph;
  edges = new Set(graph.edges.map((x) => edgeId(x.source, x.attributes.type, x.target)));
  byName = (name) => {
    const n = graph.nodes.find((x) => x.attributes.name === name);
    assert.ok(n, `the sample graph has ${name}`);
    return n;
  };
});
after(() => tmp.cleanup());

function named(name: string, ...params: string[]): Array<Record<string, unknown>> {
  const r = cli(['cypher', '--named', name, ...params.flatMap((p) => ['--param', p]), '--format', 'json', '--db', DB]);
  assert.equal(r.code, 0, `${name}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<Record<string, unknown>>;
}

const keyOf = (v: unknown) => (v as PlainNode).properties.key as string;
const relOf = (row: Record<string, unknown>, s: string, r: string, t: string) => edgeId(keyOf(row[s]), (row[r] as PlainRelationship).type, keyOf(row[t]));
const exportEdges = (pred: (e: ExportEdge) => boolean) => new Set(graph.edges.filter(pred).map((x) => edgeId(x.source, x.attributes.type, x.target)));

// ---- the seed gold ----

interface GoldEntity { name: string; type: string; aliases: string[] }
interface GoldRelation { type: string; source: string; target: string }
interface Gold { doc: string; entities: GoldEntity[]; relations: GoldRelation[] }
const GOLD_DIR = path.join(SHARED, 'eval', 'gold', 'seeds');
const gold: Gold[] = existsSync(GOLD_DIR)
  ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as Gold)
  : [];

/** The scorer's comparison form of a name: a leading "the" and all spaces dropped too. */
const squash = (s: string) => normaliseName(s).replace(/^the /, '').replace(/\s+/g, '');
const namesOf = (n: { name: string; aliases: string[] }) => new Set([n.name, ...n.aliases].map(squash));
function sameActor(node: ExportNode, g: GoldEntity): boolean {
  const ours = namesOf(node.attributes);
  return [...namesOf(g)].some((x) => ours.has(x));
}

/** Graph relations (edge ids) that match a gold relation of the given types, within its article. */
function goldInGraph(types: string[]): Set<string> {
  const out = new Set<string>();
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  for (const g of gold) {
    for (const gr of g.relations.filter((r) => types.includes(r.type))) {
      const gs = g.entities.find((e) => e.name === gr.source);
      const gt = g.entities.find((e) => e.name === gr.target);
      if (!gs || !gt) continue;
      for (const e of graph.edges) {
        if (e.attributes.type !== gr.type || !e.attributes.docs.includes(g.doc)) continue;
        const s = nodes.get(e.source)!, t = nodes.get(e.target)!;
        const forward = sameActor(s, gs) && sameActor(t, gt);
        const backward = gr.type === 'NEGOTIATES_WITH' && sameActor(s, gt) && sameActor(t, gs);
        if (forward || backward) out.add(edgeId(e.source, e.attributes.type, e.target));
      }
    }
  }
  return out;
}

function assertSameSet(actual: Set<string>, expected: Set<string>, what: string): void {
  assert.deepEqual([...actual].sort(), [...expected].sort(), what);
}

/** Every gold relation the graph holds is in the answer, and the answer holds at least one. */
function assertGold(answer: Set<string>, types: string[], restrict: (id: string) => boolean, what: string, required = true): void {
  if (!gold.length) return;
  const expected = [...goldInGraph(types)].filter(restrict);
  for (const id of expected) assert.ok(answer.has(id), `${what}: gold relation ${id} is in the graph but not in the answer`);
  if (required) assert.ok(expected.length > 0, `${what}: at least one gold relation is found (the graph holds none of them)`);
}

// ---- the text checks ----

test('the read-only check finds write clauses, and only outside strings, comments and names', () => {
  const refused: Array<[string, string]> = [
    ["CREATE (:Entity {key: 'x'})", 'CREATE'],
    ["MATCH (e:Entity) WHERE e.key = 'x' SET e.name = 'y'", 'SET'],
    ['MATCH (e) DETACH DELETE e', 'DETACH DELETE'],
    ['MATCH (e) delete e', 'DELETE'],
    ["MERGE (e:Entity {key: 'x'}) ON CREATE SET e.name = 'y'", 'MERGE'],
    ['MATCH (e) REMOVE e.name', 'REMOVE'],
    ['DROP TABLE Entity', 'DROP'],
    ['ALTER TABLE Entity ADD x STRING', 'ALTER'],
    ["COPY Entity FROM '/tmp/x.csv'", 'COPY'],
    ["COPY (MATCH (e) RETURN e.name) TO '/tmp/x.csv'", 'COPY'],
    ["EXPORT DATABASE '/tmp/dump'", 'EXPORT DATABASE'],
    ["LOAD FROM '/etc/passwd' RETURN *", 'LOAD FROM'],
    ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", 'LOAD CSV'],
    ['LOAD EXTENSION fts', 'LOAD EXTENSION'],
    ['INSTALL fts', 'INSTALL'],
    ["ATTACH '/tmp/other.kuzu' AS o (dbtype kuzu)", 'ATTACH'],
    ['CALL threads = 1', 'CALL threads ='],
    ['COMMIT', 'COMMIT'],
    ['BEGIN TRANSACTION', 'BEGIN'],
    ['MATCH (e) FOREACH (x IN [1] | SET e.n = x)', 'FOREACH'],
    ["MATCH (a) WITH a // no write here\nCREATE (b)", 'CREATE'],
  ];
  for (const [q, clause] of refused) assert.equal(refusalOf(q)?.clause, clause, q);
  const allowed = [
    "MATCH (a:Entity) WHERE a.name = 'CREATE (x) SET y' RETURN a",
    'MATCH (a) // CREATE (b)\nRETURN a',
    'MATCH (a) /* DELETE a */ RETURN a',
    'MATCH (a)-[:SET]->(b) RETURN a.create, b.`delete`',
    'RETURN {create: 1, merge: 2} AS m',
    'MATCH (a) RETURN a.name AS set',
    "MATCH (a) WHERE a.name = \"it's a \\\"DELETE\\\"\" RETURN a",
    'CALL show_tables() RETURN *',
    'MATCH (a) RETURN a.docs AS detach',
  ];
  for (const q of allowed) assert.equal(refusalOf(q), null, q);
  assert.equal(refusalMessage(refusalOf('CREATE (x)')!, 'add --write to allow it'), 'this query writes (CREATE); add --write to allow it');
  assert.equal(refusalMessage(refusalOf("LOAD FROM 'x' RETURN *")!), 'this query reads or writes files (LOAD FROM), and queries run read-only');
});

test('the lexer finds parameters, not dollar signs in strings', () => {
  assert.deepEqual(queryParameters("MATCH (a) WHERE a.name = $name AND a.x = '$no' OR $name IN a.aliases RETURN a LIMIT $limit"), ['name', 'limit']);
  assert.deepEqual(tokenize("a.b 'x\\'y' `q``n` 1..3").map((t) => t.kind), ['word', 'punct', 'word', 'string', 'name', 'number', 'punct', 'punct', 'number']);
});

test('database errors become one line with the position in the query', () => {
  const q = "MATCH (e:Entity)\nWHERE e.name = 'x' RETRN e";
  const kuzuParser = "Parser exception: Invalid input <MATCH (e:Entity)\nWHERE e.name = 'x' RETRN>: expected rule oC_SingleQuery (line: 2, offset: 19)\n\"WHERE e.name = 'x' RETRN e\"\n                    ^^^^^";
  assert.deepEqual(describeQueryError(kuzuParser, q), {
    message: 'syntax error at line 2, column 20 (near "RETRN e"): invalid input, expected rule oC_SingleQuery', line: 2, column: 20,
  });
  const neo4j = "Invalid input 'RETRN': expected 'ORDER BY' or 'RETURN' (line 2, column 20 (offset: 36))\n\"WHERE e.name = 'x' RETRN e\"\n                    ^";
  assert.deepEqual(describeQueryError(neo4j, q), {
    message: 'syntax error at line 2, column 20 (near "RETRN e"): Invalid input \'RETRN\': expected \'ORDER BY\' or \'RETURN\'', line: 2, column: 20,
  });
  const binder = describeQueryError('Binder exception: Cannot find property nme for e.', 'MATCH (e:Entity)\nRETURN e.nme');
  assert.equal(binder.message, 'query error at line 2, column 10 (near "nme"): Cannot find property nme for e');
  assert.equal(describeQueryError('Runtime exception: something broke.', 'RETURN 1').message, 'query error: something broke');
});

// ---- named queries: the library itself ----

test('the named query library: headers, parameters, and Neo4j\'s parser accepts each one unchanged', async () => {
  const queries = await loadNamedQueries();
  const names = queries.map((q) => q.name);
  for (const required of ['supporters', 'opponents', 'terrorist-labels', 'sieges', 'controls', 'neighbourhood', 'paths', 'most-cited', 'single-source', 'timeline']) {
    assert.ok(names.includes(required), `named query ${required}`);
  }
  for (const q of queries) {
    assert.ok(q.answers.length > 20, `${q.name} says what it answers`);
    assert.deepEqual(queryParameters(q.cypher).sort(), q.params.map((p) => p.name).sort(), q.name);
    for (const version of VERSIONS) assert.deepEqual(lint(q.cypher, { version }), [], `${q.name} (${version})`);
    // Nothing Kùzu-only or Neo4j-only in the text.
    assert.doesNotMatch(q.cypher.replace(/\/\/.*$/gm, ''), /\b(label|type|list_contains|apoc\.\w+|shortestPath|elementId|id)\s*\(/i, q.name);
    assert.doesNotMatch(q.cypher.replace(/\/\/.*$/gm, ''), /\*\s*\d*\s*\.\.\s*\]|\*\]/, `${q.name}: unbounded variable length`);
  }
  assert.throws(() => parseNamedQuery('// name: x\n// answers: something long enough to say\nMATCH (a) WHERE a.name = $who RETURN a', 'x.cypher'), /declares params \[\] but uses \[who\]/);
  assert.throws(() => parseNamedQuery('// name: x\nRETURN 1', 'x.cypher'), /answers/);
});

test('the lint rejects what would not run on Neo4j or is not portable', () => {
  assert.notDeepEqual(lint('MATCH (a:Entity)-[r]->(b:Entity) RETURN label(r)'), []);
  assert.notDeepEqual(lint('MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r)'), [], 'type() does not exist in Kùzu');
  assert.notDeepEqual(lint("MATCH (a:Entity) WHERE list_contains(a.aliases, 'x') RETURN a"), []);
  assert.notDeepEqual(lint('MATCH (a:Entity) RETURN a.nmae'), []);
  assert.notDeepEqual(lint('MATCH (a:Entity RETURN a'), []);
});

test('every portable function exists on Kùzu and gives the documented answer', async () => {
  const store = await openKuzuStore({ dir: DB, readOnly: true });
  try {
    for (const [name, f] of Object.entries(PORTABLE_FUNCTIONS)) {
      const q = portableExampleQuery(f.example);
      const { rows } = await store.query(q);
      assert.deepEqual(rows[0]?.v, f.expected, `${name}: ${f.example}`);
      assert.deepEqual(lint(q), [], `${name} on Neo4j`);
    }
  } finally {
    await store.close();
  }
});

// ---- named queries on the sample graph, against the export and the seed gold ----

test('supporters: exactly the SUPPORTS relations into the actor, gold supporters among them', () => {
  const syria = byName('Syria');
  const rows = named('supporters', 'name=Syria');
  const answer = new Set(rows.map((r) => relOf(r, 'supporter', 'relation', 'supported')));
  assertSameSet(answer, exportEdges((e) => e.attributes.type === 'SUPPORTS' && e.target === syria.key), 'supporters of Syria');
  assertGold(answer, ['SUPPORTS'], (id) => id.endsWith(`|${syria.key}`), 'supporters of Syria');
  const counts = rows.map((r) => r.articles as number);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most-attested first');
  // An alias or the key finds the same actor.
  assert.deepEqual(named('supporters', 'name=Syrian government').length, rows.length);
  assert.deepEqual(named('supporters', `name=${syria.key}`).length, rows.length);
});

test('opponents: the OPPOSES and ATTACKS relations into the actor, most-attested first', () => {
  const is = byName('Islamic State');
  const rows = named('opponents', 'name=Islamic State');
  const answer = new Set(rows.map((r) => relOf(r, 'opponent', 'relation', 'opposed')));
  assertSameSet(answer, exportEdges((e) => ['OPPOSES', 'ATTACKS'].includes(e.attributes.type) && e.target === is.key), 'opponents of IS');
  const counts = rows.map((r) => r.articles as number);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most-attested first');
  assertGold(answer, ['OPPOSES', 'ATTACKS'], (id) => id.endsWith(`|${is.key}`), 'opponents of IS');
});

test('terrorist-labels, sieges and controls: every relation of the type, gold ones included', () => {
  const labels = new Set(named('terrorist-labels').map((r) => relOf(r, 'labeller', 'relation', 'labelled')));
  assertSameSet(labels, exportEdges((e) => e.attributes.type === 'CONSIDERS_TERRORIST'), 'terrorist labels');
  assertGold(labels, ['CONSIDERS_TERRORIST'], () => true, 'terrorist labels');

  const sieges = new Set(named('sieges').map((r) => relOf(r, 'besieger', 'relation', 'besieged')));
  assertSameSet(sieges, exportEdges((e) => e.attributes.type === 'BESIEGES'), 'sieges');
  assertGold(sieges, ['BESIEGES'], () => true, 'sieges', false);

  const controlRows = named('controls');
  const controls = new Set(controlRows.map((r) => relOf(r, 'holder', 'relation', 'place')));
  assertSameSet(controls, exportEdges((e) => e.attributes.type === 'CONTROLS'), 'controls');
  assertGold(controls, ['CONTROLS'], () => true, 'controls', false);
  for (const r of controlRows) {
    const place = keyOf(r.place);
    const regions = graph.edges.filter((e) => e.attributes.type === 'LOCATED_IN' && e.source === place).map((e) => graph.nodes.find((n) => n.key === e.target)!.attributes.name);
    if (regions.length) assert.ok(regions.includes(r.located_in as string), `${place} lies in ${String(r.located_in)}`);
    else assert.equal(r.located_in, null);
  }
});

test('neighbourhood: every relation in and out of the actor', () => {
  const lavrov = byName('Sergei Lavrov');
  const rows = named('neighbourhood', 'name=Lavrov');
  const answer = new Set(rows.map((r) => relOf(r, 'source', 'relation', 'target')));
  assertSameSet(answer, exportEdges((e) => e.source === lavrov.key || e.target === lavrov.key), 'Lavrov\'s relations');
  assertGold(answer, RELATION_TYPES, (id) => id.includes(lavrov.key), 'Lavrov\'s relations');
});

test('paths: simple paths of up to three relations, shortest first, each step a stored relation', () => {
  const from = byName('Russia'), to = byName('Jabhat al-Nusra');
  const rows = named('paths', 'from=Russia', 'to=Nusra', 'limit=500');
  assert.ok(rows.length > 0);
  assert.equal(named('paths', 'from=Russia', 'to=Nusra').length, Math.min(rows.length, 20), 'default limit 20');
  let last = 0;
  for (const row of rows) {
    const p = row.path as PlainPath;
    assert.equal(p.kind, 'path');
    assert.equal(row.hops, p.relationships.length);
    assert.ok((row.hops as number) >= last, 'shortest first');
    last = row.hops as number;
    assert.equal(keyOf(p.nodes[0]), from.key);
    assert.equal(keyOf(p.nodes[p.nodes.length - 1]), to.key);
    assert.equal(new Set(p.nodes.map(keyOf)).size, p.nodes.length, 'no node twice');
    p.relationships.forEach((r, i) => {
      const ends = [p.nodes[i]!, p.nodes[i + 1]!];
      const [s, t] = r.start === ends[0]!.id ? ends : [ends[1]!, ends[0]!];
      assert.ok(edges.has(edgeId(keyOf(s), r.type, keyOf(t))), `step ${keyOf(s)} ${r.type} ${keyOf(t)}`);
    });
  }
  // Exactly the simple paths the exported graph holds, found here by brute force.
  const signature = (p: PlainPath) => p.relationships.map((r, i) => {
    const ends = [p.nodes[i]!, p.nodes[i + 1]!];
    const [s, t] = r.start === ends[0]!.id ? ends : [ends[1]!, ends[0]!];
    return edgeId(keyOf(s), r.type, keyOf(t));
  }).join(' / ');
  const expected: string[] = [];
  const walk = (at: string, seen: string[], steps: string[]) => {
    if (at === to.key) { expected.push(steps.join(' / ')); return; }
    if (steps.length === 3) return;
    for (const e of graph.edges) {
      const next = e.source === at ? e.target : e.target === at ? e.source : null;
      if (next && !seen.includes(next)) walk(next, [...seen, next], [...steps, edgeId(e.source, e.attributes.type, e.target)]);
    }
  };
  walk(from.key, [from.key], []);
  assert.deepEqual(rows.map((r) => signature(r.path as PlainPath)).sort(), expected.sort(), 'every simple path, once');
  const direct = new Set(rows.filter((r) => r.hops === 1).map((r) => {
    const p = r.path as PlainPath;
    const rel = p.relationships[0]!;
    const [s, t] = rel.start === p.nodes[0]!.id ? [p.nodes[0]!, p.nodes[1]!] : [p.nodes[1]!, p.nodes[0]!];
    return edgeId(keyOf(s), rel.type, keyOf(t));
  }));
  assertSameSet(direct, exportEdges((e) => (e.source === from.key && e.target === to.key) || (e.source === to.key && e.target === from.key)), 'direct relations');
  const between = (id: string) => [from.key, to.key].every((k) => id.startsWith(`${k}|`) || id.endsWith(`|${k}`));
  assertGold(direct, RELATION_TYPES, between, 'Russia – Nusra');
});

test('most-cited: actors by number of articles, as many as asked', () => {
  const rows = named('most-cited', 'limit=5');
  assert.equal(rows.length, 5);
  const counts = graph.nodes.map((n) => n.attributes.docs.length).sort((a, b) => b - a).slice(0, 5);
  assert.deepEqual(rows.map((r) => r.articles), counts);
  for (const r of rows) assert.ok(graph.nodes.some((n) => n.attributes.name === r.actor && n.attributes.docs.length === r.articles), String(r.actor));
  assert.equal(named('most-cited').length, Math.min(20, graph.nodes.length), 'default limit 20');
});

test('single-source: the relations whose articles all come from one outlet', () => {
  const sourceOf = new Map(graph.attributes.articles.map((a) => [a.id, a.source]));
  const expected = new Set<string>();
  for (const e of graph.edges) {
    const outlets = new Set(e.attributes.docs.map((d) => sourceOf.get(d) ?? null));
    const [only] = [...outlets];
    if (outlets.size === 1 && only) expected.add(`${only}|${edgeId(e.source, e.attributes.type, e.target)}`);
  }
  assert.ok(expected.size > 0, 'the sample has single-source relations');
  const rows = named('single-source');
  assertSameSet(new Set(rows.map((r) => `${r.outlet as string}|${relOf(r, 'source', 'relation', 'target')}`)), expected, 'single-source relations');
});

test('timeline: one row per article behind each of the actor\'s relations, in date order', () => {
  const assad = byName('Bashar al-Assad');
  const dateOf = new Map(graph.attributes.articles.map((a) => [a.id, a.date]));
  const expected = new Set<string>();
  for (const e of graph.edges) {
    if (e.source !== assad.key && e.target !== assad.key) continue;
    for (const d of e.attributes.docs) expected.add(`${d}|${edgeId(e.source, e.attributes.type, e.target)}`);
  }
  const rows = named('timeline', 'name=Assad');
  assertSameSet(new Set(rows.map((r) => `${r.article as string}|${relOf(r, 'source', 'relation', 'target')}`)), expected, 'Assad\'s timeline');
  const dates = rows.map((r) => r.date as string | null);
  for (const [i, r] of rows.entries()) assert.equal(r.date, dateOf.get(r.article as string) ?? null);
  const firstUndated = dates.indexOf(null);
  if (firstUndated >= 0) assert.ok(dates.slice(firstUndated).every((d) => d === null), 'undated last');
  const dated = dates.filter((d): d is string => d !== null);
  assert.deepEqual(dated, [...dated].sort(), 'date order');
});

// ---- the command ----

test('cypher: an ad-hoc query as an aligned table, JSON and RFC 4180 CSV', () => {
  const q = 'MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity) RETURN a.name, b.name, r.articles ORDER BY r.articles DESC, a.name, b.name';
  const table = cli(['cypher', q, '--db', DB]);
  assert.equal(table.code, 0, table.stderr);
  const lines = table.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^a\.name\s+b\.name\s+r\.articles$/);
  assert.match(lines[1]!, /^-+ {2}-+ {2}-+$/);
  const supports = graph.edges.filter((e) => e.attributes.type === 'SUPPORTS').length;
  assert.equal(lines[lines.length - 1], `(${supports} rows)`);
  assert.equal(new Set(lines.slice(0, -1).map((l) => l.indexOf(l.trim().split(/\s{2,}/)[1]!))).size, 1, 'columns aligned');
  const json = JSON.parse(cli(['cypher', q, '--format', 'json', '--db', DB]).stdout) as Array<Record<string, unknown>>;
  assert.equal(json.length, supports);
  assert.deepEqual(Object.keys(json[0]!), ['a.name', 'b.name', 'r.articles']);
  const csv = cli(['cypher', q, '--format', 'csv', '--db', DB]).stdout;
  assert.ok(csv.startsWith('a.name,b.name,r.articles\r\n'));
  assert.equal(csv.split('\r\n').length, supports + 2);
  // Formatting of values the stores return.
  const node: PlainNode = { kind: 'node', id: '1:0', labels: ['Entity'], properties: { key: 'State:x', name: 'X, "the" state' } };
  const rel: PlainRelationship = { kind: 'relationship', id: '2:0', type: 'SUPPORTS', start: '1:0', end: '1:1', properties: {} };
  const other: PlainNode = { ...node, id: '1:1', properties: { key: 'State:y' } };
  const result = { columns: ['n', 'p', 'l'], rows: [{ n: node, p: { kind: 'path', nodes: [other, node], relationships: [rel] }, l: ['a', 'b\nc'] }] };
  assert.equal(formatCsv(result), 'n,p,l\r\n"X, ""the"" state","State:y <-[SUPPORTS]- X, ""the"" state","a; b\nc"\r\n');
  assert.match(formatTable(result), /X, "the" state {2}State:y <-\[SUPPORTS\]- X, "the" state {2}a; b c/);
});

test('cypher: --help', () => {
  const help = cli(['cypher', '--help']);
  assert.equal(help.code, 0, help.stderr);
  for (const flag of ['--db', '--neo4j', '--named', '--list', '--param', '--format', '--write']) assert.ok(help.stdout.includes(flag), flag);
});

test('cypher: parameters, named queries and --list', () => {
  const r = cli(['cypher', 'MATCH (e:Entity) WHERE e.name = $name RETURN e.type AS type, $n AS n', '--param', 'name=Syria', '--param', 'n=[1,2]', '--format', 'json', '--db', DB]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [{ type: 'State', n: [1, 2] }]);
  const list = cli(['cypher', '--list']);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^supporters\n {2}Who supports/m);
  assert.match(list.stdout, /--param name \(actor\): /);
  assert.match(list.stdout, /--param limit \(number, default 20\)/);
  const unused = cli(['cypher', 'RETURN 1', '--param', 'x=1', '--db', DB]);
  assert.equal(unused.code, 2);
  assert.match(unused.stderr, /--param x: the query does not use \$x/);
  const missing = cli(['cypher', 'RETURN $x', '--db', DB]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /the query uses \$x: give it with --param x=\.\.\./);
  const needs = cli(['cypher', '--named', 'supporters', '--db', DB]);
  assert.equal(needs.code, 2);
  assert.match(needs.stderr, /named query supporters needs --param name=\.\.\. \(name \(actor\)/);
  const noSuch = cli(['cypher', '--named', 'supporter', '--db', DB]);
  assert.equal(noSuch.code, 2);
  assert.match(noSuch.stderr, /no named query "supporter"; named queries: .*supporters/);
});

test('cypher: bad input is one line and exit code 2, never a stack', () => {
  const unknown = cli(['cypher', '--named', 'supporters', '--param', 'name=Syriaa', '--db', DB]);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'actorgraph: unknown actor "Syriaa"; did you mean "Syria"?\n');
  const write = cli(['cypher', "CREATE (:Entity {key: 'x'})", '--db', DB]);
  assert.equal(write.code, 2);
  assert.equal(write.stderr, 'actorgraph: this query writes (CREATE); add --write to allow it\n');
  const syntax = cli(['cypher', 'MATCH (n RETURN n', '--db', DB]);
  assert.equal(syntax.code, 2);
  assert.equal(syntax.stderr, 'actorgraph: syntax error at line 1, column 10 (near "RETURN n"): invalid input, expected rule oC_SingleQuery\n');
  const binder = cli(['cypher', 'MATCH (a:Entity)-[r]->(b) RETURN type(r)', '--db', DB]);
  assert.equal(binder.code, 2);
  assert.match(binder.stderr, /^actorgraph: query error at line 1, column 34 \(near "type\(r\)"\): function TYPE does not exist\n$/);
  const none = cli(['cypher', '--db', DB]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /give a Cypher query or --named NAME/);
  const format = cli(['cypher', 'RETURN 1', '--format', 'xml', '--db', DB]);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /Choices: "table", "json", "csv"/);
  for (const r of [unknown, write, syntax, binder, none, format]) noStack(r);
});

test('cypher --write changes the graph; without it the embedded store is opened read-only', () => {
  const copy = tempDir('actorgraph-write-');
  try {
    const db = path.join(copy.dir, 'db');
    cpSync(DB, db, { recursive: true });
    const w = cli(['cypher', "MATCH (e:Entity {name: 'Syria'}) SET e.name = 'Syria (renamed)' RETURN e.name AS name", '--write', '--format', 'json', '--db', db]);
    assert.equal(w.code, 0, w.stderr);
    assert.deepEqual(JSON.parse(w.stdout), [{ name: 'Syria (renamed)' }]);
    const r = cli(['cypher', "MATCH (e:Entity) WHERE e.name STARTS WITH 'Syria (' RETURN count(*) AS n", '--format', 'json', '--db', db]);
    assert.deepEqual(JSON.parse(r.stdout), [{ n: 1 }]);
  } finally {
    copy.cleanup();
  }
});

test('the database itself refuses writes inside the read-only transaction the store uses', async () => {
  const copy = tempDir('actorgraph-ro-');
  try {
    const dir = path.join(copy.dir, 'db');
    cpSync(DB, dir, { recursive: true });
    // Opened writable on purpose: the transaction, not the open mode, must be what refuses.
    const db = new kuzu.Database(path.join(dir, 'graph.kuzu'));
    const conn = new kuzu.Connection(db);
    const writes = [
      "CREATE (:Entity {key: 'x:y'})",
      "MERGE (:Entity {key: 'x:z'})",
      "MATCH (e:Entity) SET e.name = 'gone'",
      'MATCH (e:Entity) DETACH DELETE e',
      'DROP TABLE MENTIONS',
      'ALTER TABLE Entity ADD extra STRING',
      `COPY Article FROM '${path.join(copy.dir, 'none.csv')}'`,
    ];
    // Every result is closed: one left to the garbage collector can crash the process at exit.
    const run = async (q: string) => {
      const r = await conn.query(q);
      const results = Array.isArray(r) ? r : [r];
      try { return await results[results.length - 1]!.getAll(); } finally { for (const x of results) x.close(); }
    };
    try {
      for (const w of writes) {
        await run(READ_ONLY_BEGIN);
        await assert.rejects(run(w), /read-only transaction/, w);
        await run('ROLLBACK').catch(() => undefined);
      }
      const rows = await run("MATCH (e:Entity) WHERE e.name = 'gone' OR e.key STARTS WITH 'x:' RETURN count(*) AS n");
      assert.equal(Number(rows[0]!.n), 0, 'nothing was written');
    } finally {
      await conn.close();
      await db.close();
    }
  } finally {
    copy.cleanup();
  }
});

test('the embedded store: read queries overlap, writes are refused with a clear error, shapes are plain', async () => {
  const store = await openKuzuStore({ dir: DB, readOnly: true });
  try {
    const many = await Promise.all(Array.from({ length: 8 }, () => store.query('MATCH (e:Entity) RETURN count(e) AS n')));
    assert.ok(many.every((r) => r.rows[0]!.n === graph.nodes.length));
    await assert.rejects(store.query("CREATE (:Entity {key: 'x'})"), (e: unknown) => e instanceof ReadOnlyQueryError && e.clause === 'CREATE');
    await assert.rejects(store.query('MATCH (n RETURN n'), (e: unknown) => e instanceof QueryError && e.line === 1 && e.column === 10);
    const { columns, rows } = await store.query('MATCH p = (a:Entity)-[r:SUPPORTS]->(b:Entity) RETURN a, r, p LIMIT 1');
    assert.deepEqual(columns, ['a', 'r', 'p']);
    const a = rows[0]!.a as PlainNode, r = rows[0]!.r as PlainRelationship, p = rows[0]!.p as PlainPath;
    assert.equal(a.kind, 'node');
    assert.deepEqual(a.labels, ['Entity']);
    assert.deepEqual(Object.keys(a.properties).sort(), ['aliases', 'docs', 'key', 'name', 'type']);
    assert.equal(r.kind, 'relationship');
    assert.equal(r.type, 'SUPPORTS');
    assert.equal(r.start, a.id);
    assert.ok(typeof r.properties.articles === 'number' && Array.isArray(r.properties.quotes));
    assert.equal(p.kind, 'path');
    assert.deepEqual(p.nodes.map((n) => n.id), [r.start, r.end]);
    assert.deepEqual(p.relationships, [r]);
    const keys = await store.entityKeysById([r.start, r.end, '99:99999']);
    assert.deepEqual([...keys.values()], [a.properties.key, (p.nodes[1]!).properties.key]);
  } finally {
    await store.close();
  }
});
