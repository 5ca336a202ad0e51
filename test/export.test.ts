// `actorgraph export` in every format, read back with the formats' own readers (graphology,
// graphology-gexf, graphology-graphml, a CSV reader, Neo4j's Cypher parser): a whole-graph
// export round-trips to the same graph, selections keep what they say, bad input is one line.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// The named export: under NodeNext the default import of this CommonJS-typed package is not a class.
import { MultiGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { RELATION_TYPE_INFO, type RelationType } from '../graph/model.js';
import type { GraphSnapshot } from '../graph/store.js';
import { toGexf } from '../graph/export/gexf.js';
import { GRAPHML_LIST_DELIMITER, splitList, toGraphml } from '../graph/export/graphml.js';
import { CSV_ARRAY_DELIMITER, toNeo4jCsv } from '../graph/export/csv.js';
import { cypherScriptSteps, toCypherScript } from '../graph/export/cypher-script.js';
import { CLI, ROOT, tempDir } from './helpers.js';
import { lint } from './cypher-lint.js';

interface Run { code: number | null; stdout: string; stderr: string }
function cli(args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStack = (r: Run) => assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+/, 'no stack trace for a user error');

// ---- one canonical form every reader is brought to ----

interface CNode { name: string; type: string; aliases: string[]; docs: string[] }
interface CEdge { type: string; source: string; target: string; articles: number; firstDate: string | null; lastDate: string | null; docs: string[]; dates: string[]; quotes: string[]; speakers: string[] }
interface Canon { nodes: Map<string, CNode>; edges: Map<string, CEdge> }
const eid = (e: { source: string; type: string; target: string }) => `${e.source}|${e.type}|${e.target}`;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
/** Speakers and dates are "" where unknown; a reader that lost the blanks gets them back from docs. */
const aligned = (v: unknown, docs: string[]) => (Array.isArray(v) && v.length ? v.map(String) : docs.map(() => ''));
const sorted = (c: Canon) => ({ nodes: [...c.nodes].sort(([a], [b]) => (a < b ? -1 : 1)), edges: [...c.edges].sort(([a], [b]) => (a < b ? -1 : 1)) });

interface JsonGraph {
  attributes: { articles: Array<{ id: string; date: string | null; source: string | null }> };
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; undirected?: boolean; attributes: Record<string, unknown> }>;
}

function fromJson(g: JsonGraph): Canon {
  const nodes = new Map(g.nodes.map((n) => [n.key, { name: String(n.attributes.name), type: String(n.attributes.type), aliases: list(n.attributes.aliases), docs: list(n.attributes.docs) }]));
  const edges = new Map(g.edges.map((e) => {
    const a = e.attributes;
    const ev = a.evidence as Array<{ doc: string; date: string | null; quote: string; speaker: string | null }>;
    const c: CEdge = {
      type: String(a.type), source: e.source, target: e.target, articles: Number(a.articles), firstDate: (a.firstDate as string | null) ?? null, lastDate: (a.lastDate as string | null) ?? null,
      docs: list(a.docs), dates: ev.map((x) => x.date ?? ''), quotes: ev.map((x) => x.quote), speakers: ev.map((x) => x.speaker ?? ''),
    };
    return [eid(c), c];
  }));
  return { nodes, edges };
}

/** The graph a graphology reader built from GEXF or GraphML (attribute names of attributes.ts). */
function fromGraphology(g: Graph, readList: (v: unknown) => string[]): Canon {
  const nodes = new Map<string, CNode>();
  g.forEachNode((key, a) => nodes.set(key, { name: String(a.name), type: String(a.type), aliases: readList(a.aliases), docs: readList(a.docs) }));
  const edges = new Map<string, CEdge>();
  g.forEachEdge((_k, a, source, target) => {
    const docs = readList(a.docs);
    const c: CEdge = {
      type: String(a.relation), source, target, articles: Number(a.articles), firstDate: (a.firstDate as string | undefined) ?? null, lastDate: (a.lastDate as string | undefined) ?? null,
      docs, dates: aligned(readList(a.dates), docs), quotes: readList(a.quotes), speakers: aligned(readList(a.speakers), docs),
    };
    edges.set(eid(c), c);
  });
  return { nodes, edges };
}

/** RFC 4180 fields; `quoted` tells "" (empty text) from an empty field (no value). */
function readCsv(text: string): Array<Array<{ value: string; quoted: boolean }>> {
  const rows: Array<Array<{ value: string; quoted: boolean }>> = [];
  let row: Array<{ value: string; quoted: boolean }> = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        assert.ok(q >= 0, 'unterminated quoted field');
        value += text.slice(i, q);
        if (text[q + 1] === '"') { value += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    }
    row.push({ value, quoted });
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r') i++;
    if (text[i] === '\n' || i >= text.length) { rows.push(row); row = []; i++; }
    else assert.fail(`unexpected ${JSON.stringify(text[i])} after a field at ${i}`);
  }
  return rows;
}

function csvObjects(text: string): Array<Record<string, string | string[] | null>> {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, j) => {
    const f = r[j]!;
    const v = f.value === '' && !f.quoted ? null : h.value.endsWith('[]') ? f.value.split(CSV_ARRAY_DELIMITER) : f.value;
    return [h.value, v];
  })));
}

function fromCsv(dir: string): Canon {
  const nodes = new Map(csvObjects(readFileSync(path.join(dir, 'nodes.csv'), 'utf8')).map((r) => [r['key:ID(Entity)'] as string, {
    name: r.name as string, type: r.type as string, aliases: (r['aliases:string[]'] as string[] | null) ?? [], docs: (r['docs:string[]'] as string[] | null) ?? [],
  }]));
  const edges = new Map(csvObjects(readFileSync(path.join(dir, 'relationships.csv'), 'utf8')).map((r) => {
    const docs = r['docs:string[]'] as string[];
    const c: CEdge = {
      type: r[':TYPE'] as string, source: r[':START_ID(Entity)'] as string, target: r[':END_ID(Entity)'] as string, articles: Number(r['articles:int']),
      firstDate: r.first_date as string | null, lastDate: r.last_date as string | null,
      docs, dates: r['dates:string[]'] as string[], quotes: r['quotes:string[]'] as string[], speakers: r['speakers:string[]'] as string[],
    };
    return [eid(c), c];
  }));
  return { nodes, edges };
}

/** The Cypher literals the script writes: 'strings' with escapes, numbers, null, booleans, [lists], {maps}. */
function readCypherLiteral(text: string): unknown {
  let i = 0;
  const ws = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === "'") {
      let s = '';
      i++;
      while (text[i] !== "'") {
        if (text[i] === '\\') {
          const e = text[i + 1]!;
          if (e === 'u') { s += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
          s += ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
          i += 2;
        } else s += text[i++];
      }
      i++;
      return s;
    }
    if (c === '[' || c === '{') {
      const isList = c === '[';
      i++;
      const out: unknown[] = [];
      const obj: Record<string, unknown> = {};
      ws();
      while (text[i] !== (isList ? ']' : '}')) {
        if (isList) out.push(value());
        else {
          ws();
          const m = /^[A-Za-z_]\w*/.exec(text.slice(i))!;
          i += m[0].length;
          ws();
          assert.equal(text[i++], ':');
          obj[m[0]] = value();
        }
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
      return isList ? out : obj;
    }
    const m = /^(null|true|false|-?\d+(\.\d+)?)/.exec(text.slice(i))!;
    i += m[0].length;
    return m[0] === 'null' ? null : m[0] === 'true' ? true : m[0] === 'false' ? false : Number(m[0]);
  };
  const v = value();
  ws();
  assert.equal(i, text.length, 'the whole literal is read');
  return v;
}

type Row = Record<string, unknown>;
function fromCypherScript(script: string): Canon {
  const nodes = new Map<string, CNode>();
  const edges = new Map<string, CEdge>();
  let rows: Row[] = [];
  for (const line of script.split('\n')) {
    if (line.startsWith(':param rows => ')) { rows = readCypherLiteral(line.slice(':param rows => '.length)) as Row[]; continue; }
    if (line.includes('MERGE (e:Entity')) for (const r of rows) nodes.set(String(r.key), { name: String(r.name), type: String(r.type), aliases: list(r.aliases), docs: list(r.docs) });
    const rel = /MERGE \(s\)-\[x:(\w+)\]->\(t\)/.exec(line);
    if (rel) {
      for (const r of rows) {
        const c: CEdge = {
          type: rel[1]!, source: String(r.source), target: String(r.target), articles: Number(r.articles), firstDate: (r.first_date as string | null) ?? null, lastDate: (r.last_date as string | null) ?? null,
          docs: list(r.docs), dates: list(r.dates), quotes: list(r.quotes), speakers: list(r.speakers),
        };
        edges.set(eid(c), c);
      }
    }
  }
  return { nodes, edges };
}

// ---- the graph, built once by the real CLI ----

const tmp = tempDir('actorgraph-export-');
const DB = path.join(tmp.dir, 'graph.db');
const OUT = path.join(tmp.dir, 'out');
let reference: JsonGraph;
let canon: Canon;

before(() => {
  const r = cli(['ingest', path.join(ROOT, 'samples', 'seeds'), path.join(ROOT, 'samples', 'fakes-sample.jsonl'), '--db', DB]);
  assert.equal(r.code, 0, r.stderr);
  mkdirSync(OUT);
  const e = cli(['export', '--format', 'json', '--out', path.join(OUT, 'all.json'), '--db', DB]);
  assert.equal(e.code, 0, e.stderr);
  reference = JSON.parse(readFileSync(path.join(OUT, 'all.json'), 'utf8')) as JsonGraph;
  canon = fromJson(reference);
});
after(() => tmp.cleanup());

function exportTo(file: string, ...args: string[]): Run {
  const r = cli(['export', '--out', path.join(OUT, file), '--db', DB, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r;
}

// ---- whole graph, every format ----

test('json: the whole graph, as graphology imports it and the stats count it', () => {
  const stats = JSON.parse(cli(['stats', '--json', '--db', DB]).stdout) as { entitiesByType: Record<string, number>; relationsByType: Record<string, number> };
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  assert.equal(reference.nodes.length, sum(stats.entitiesByType));
  assert.equal(reference.edges.length, sum(stats.relationsByType));
  const g = new Graph({ type: 'mixed' });
  g.import(reference as never);
  assert.equal(g.order, reference.nodes.length);
  assert.equal(g.size, reference.edges.length);
  assert.ok(canon.edges.size > 50 && canon.nodes.size > 50, 'a graph worth checking');
});

test('gexf: graphology-gexf reads back the same graph, every attribute typed', () => {
  exportTo('all.gexf', '--format', 'gexf');
  const text = readFileSync(path.join(OUT, 'all.gexf'), 'utf8');
  assert.match(text, /<gexf version="1.2"/);
  const g = parseGexf(Graph, text);
  // graphology-gexf splits a one-item liststring at commas: compare lists with both separators folded.
  const fold = (items: string[]) => items.join('|').replace(/\s*[,|]\s*/g, '|');
  const read = (v: unknown) => list(v);
  const back = fromGraphology(g, read);
  assert.deepEqual([...back.nodes.keys()].sort(), [...canon.nodes.keys()].sort());
  assert.equal(g.size, canon.edges.size);
  for (const [id, e] of canon.edges) {
    const b = back.edges.get(id);
    assert.ok(b, id);
    assert.deepEqual({ ...b, quotes: fold(b.quotes), speakers: fold(b.speakers), dates: fold(b.dates) }, { ...e, quotes: fold(e.quotes), speakers: fold(e.speakers), dates: fold(e.dates) }, id);
  }
  for (const [key, n] of canon.nodes) assert.deepEqual({ ...back.nodes.get(key)!, aliases: fold(back.nodes.get(key)!.aliases) }, { ...n, aliases: fold(n.aliases) }, key);
  const declared = new Map([...text.matchAll(/<attribute id="(\w+)" title="\w+" type="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
  for (const [name, type] of Object.entries({ name: 'string', type: 'string', aliases: 'liststring', docs: 'liststring', articles: 'integer', relation: 'string', symmetric: 'boolean', firstDate: 'string', quotes: 'liststring' })) {
    assert.equal(declared.get(name), type, `GEXF attribute ${name}`);
  }
  const negotiates = [...canon.edges.values()].find((e) => e.type === 'NEGOTIATES_WITH');
  if (negotiates) assert.equal(g.getEdgeAttribute(`${negotiates.source}|NEGOTIATES_WITH|${negotiates.target}`, 'symmetric'), true);
});

test('graphml: graphology-graphml reads back exactly the same graph; keys typed, lists delimited', () => {
  exportTo('all.graphml', '--format', 'graphml');
  const text = readFileSync(path.join(OUT, 'all.graphml'), 'utf8');
  const g = parseGraphml(Graph, text);
  assert.equal(g.getAttribute('listDelimiter'), GRAPHML_LIST_DELIMITER);
  const back = fromGraphology(g, (v) => (typeof v === 'string' ? splitList(v) : []));
  assert.deepEqual(sorted(back), sorted(canon));
  const keys = new Map([...text.matchAll(/<key id="([\w]+)" for="(\w+)" attr\.name="(\w+)" attr\.type="(\w+)"/g)].map((m) => [m[1], m[4]]));
  for (const m of text.matchAll(/<data key="(\w+)">/g)) assert.ok(keys.has(m[1]), `data key ${m[1]} is declared with a type`);
  assert.equal(keys.get('n_articles'), 'int');
  assert.equal(keys.get('e_symmetric'), 'boolean');
});

test('csv: neo4j-admin files read back as the same graph; every text value quoted', () => {
  const r = exportTo('csv', '--format', 'csv');
  assert.match(r.stderr, /neo4j-admin database import full neo4j/);
  assert.match(r.stderr, /--array-delimiter=U\+001F/);
  const dir = path.join(OUT, 'csv');
  assert.deepEqual(sorted(fromCsv(dir)), sorted(canon));
  const nodes = readCsv(readFileSync(path.join(dir, 'nodes.csv'), 'utf8'));
  assert.deepEqual(nodes[0]!.map((f) => f.value), ['key:ID(Entity)', ':LABEL', 'name', 'type', 'aliases:string[]', 'docs:string[]']);
  const rels = readCsv(readFileSync(path.join(dir, 'relationships.csv'), 'utf8'));
  assert.deepEqual(rels[0]!.map((f) => f.value), [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'docs:string[]', 'dates:string[]', 'quotes:string[]', 'speakers:string[]', 'articles:int', 'first_date', 'last_date']);
  for (const row of [...nodes.slice(1), ...rels.slice(1)]) {
    for (const f of row) assert.ok(f.quoted || f.value === '' || /^\d+$/.test(f.value), `unquoted text ${f.value}`);
  }
  const articles = csvObjects(readFileSync(path.join(dir, 'articles.csv'), 'utf8'));
  assert.deepEqual(articles.map((a) => a['id:ID(Article)']).sort(), reference.attributes.articles.map((a) => a.id).sort());
  const mentions = csvObjects(readFileSync(path.join(dir, 'mentions.csv'), 'utf8'));
  assert.equal(mentions.length, [...canon.nodes.values()].reduce((n, e) => n + e.docs.length, 0));
});

test('cypher: a script of parameterised MERGE statements, each linted by Neo4j\'s parser, rebuilding the same graph', () => {
  exportTo('all.cypher', '--format', 'cypher');
  const script = readFileSync(path.join(OUT, 'all.cypher'), 'utf8');
  assert.deepEqual(sorted(fromCypherScript(script)), sorted(canon));
  let statements = 0;
  for (const line of script.split('\n').filter((l) => l && !l.startsWith('//'))) {
    if (line.startsWith(':param rows => ')) {
      // cypher-shell evaluates the right side as Cypher: it must be a valid expression.
      assert.deepEqual(lint(`RETURN ${line.slice(':param rows => '.length)} AS rows`, { portable: false }), [], line.slice(0, 120));
      continue;
    }
    assert.ok(line.endsWith(';'), line);
    statements++;
    for (const version of ['CYPHER 5', 'CYPHER 25'] as const) {
      assert.deepEqual(lint(line.slice(0, -1), { portable: false, version, propertyKeys: ['article', 'entity', 'target'] }), [], line);
    }
    assert.ok(/^CREATE CONSTRAINT|^UNWIND \$rows AS r /.test(line), line);
  }
  assert.ok(statements >= 5);
});

// ---- formats on hostile text (pure functions) ----

const EVIL = `He said "no" & <left>, 'then' | back\\slash\nnew line ${GRAPHML_LIST_DELIMITER} ${CSV_ARRAY_DELIMITER} \u0001 done`;
const evil: GraphSnapshot = {
  articles: [{ id: 'a1', title: EVIL, date: '2016-01-02', source: 'x, "y"', url: null, hash: 'h' }, { id: 'a2', title: 't', date: null, source: null, url: null, hash: 'h2' }],
  entities: [
    { key: 'State:x', name: `X ${EVIL}`, type: 'State', aliases: [EVIL, 'plain'], docs: ['a1', 'a2'] },
    { key: 'Group:y', name: 'Y', type: 'Group', aliases: [], docs: ['a1'] },
  ],
  relations: [
    { type: 'SUPPORTS', source: 'Group:y', target: 'State:x', docs: ['a1', 'a2'], dates: ['2016-01-02', ''], quotes: [EVIL, 'second, with a comma'], speakers: ['', 'Lavrov'], articles: 2, firstDate: '2016-01-02', lastDate: '2016-01-02' },
    { type: 'NEGOTIATES_WITH', source: 'Group:y', target: 'State:x', docs: ['a1'], dates: ['2016-01-02'], quotes: ['talks'], speakers: [''], articles: 1, firstDate: '2016-01-02', lastDate: '2016-01-02' },
  ],
};

test('hostile text: XML escaping, delimiters inside values, quotes and line breaks survive each format', () => {
  const g = parseGraphml(Graph, toGraphml(evil));
  const x = g.getNodeAttributes('State:x');
  // Control characters cannot be in XML at all; the list delimiter inside a value becomes a space.
  const xmlText = EVIL.replace('\u0001', '').replace(CSV_ARRAY_DELIMITER, '');
  const cleaned = xmlText.replace(GRAPHML_LIST_DELIMITER, ' ');
  assert.deepEqual(splitList(String(x.aliases)), [cleaned, 'plain']);
  assert.equal(x.name, `X ${xmlText}`);
  const e = g.getEdgeAttributes('Group:y|SUPPORTS|State:x');
  assert.deepEqual(splitList(String(e.quotes)), [cleaned, 'second, with a comma']);
  assert.deepEqual(splitList(String(e.speakers)), ['', 'Lavrov']);
  assert.equal(g.getEdgeAttribute('Group:y|NEGOTIATES_WITH|State:x', 'speakers'), undefined, 'a list of blanks is left out');

  const gexf = parseGexf(Graph, toGexf(evil));
  const ge = gexf.getEdgeAttributes('Group:y|SUPPORTS|State:x');
  assert.equal((ge.quotes as string[]).length, 2, 'a "|" inside an item does not split it');
  assert.ok((ge.quotes as string[])[0]!.includes('\u00a6 back'));
  assert.equal(gexf.getEdgeAttribute('Group:y|NEGOTIATES_WITH|State:x', 'symmetric'), true);

  const files = toNeo4jCsv(evil);
  const rel = csvObjects(files['relationships.csv'])[0]!;
  assert.deepEqual(rel['quotes:string[]'], [EVIL.replace(CSV_ARRAY_DELIMITER, ' '), 'second, with a comma']);
  assert.deepEqual(rel['speakers:string[]'], ['', 'Lavrov']);
  const nodeY = csvObjects(files['nodes.csv']).find((n) => n['key:ID(Entity)'] === 'Group:y')!;
  assert.equal(nodeY['aliases:string[]'], null, 'an empty list is no value');
  const art = csvObjects(files['articles.csv']).find((a) => a['id:ID(Article)'] === 'a2')!;
  assert.equal(art.date, null);

  const back = fromCypherScript(toCypherScript(evil));
  assert.deepEqual(back.nodes.get('State:x')!.aliases, [EVIL, 'plain']);
  assert.deepEqual(back.edges.get('Group:y|SUPPORTS|State:x')!.quotes, [EVIL, 'second, with a comma']);
  for (const step of cypherScriptSteps(evil)) if (step.rows) assert.deepEqual(lint(`RETURN ${step.rows} AS rows`, { portable: false }), []);
});

// ---- selections ----

function exportJson(...args: string[]): JsonGraph {
  const r = cli(['export', '--db', DB, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonGraph;
}
const keyOfName = (name: string) => reference.nodes.find((n) => n.attributes.name === name)!.key;

test('--ego and --depth: the actor and what lies within depth relations', () => {
  const lavrov = keyOfName('Sergei Lavrov');
  const near = new Set([lavrov]);
  for (const e of reference.edges) { if (e.source === lavrov) near.add(e.target); if (e.target === lavrov) near.add(e.source); }
  const g = exportJson('--ego', 'lavrov', '--depth', '1');
  assert.deepEqual(g.nodes.map((n) => n.key).sort(), [...near].sort());
  assert.deepEqual(g.edges.map((e) => e.key).sort(), reference.edges.filter((e) => near.has(e.source) && near.has(e.target)).map((e) => e.key).sort());
  const wider = exportJson('--ego', 'Sergei Lavrov', '--depth', '2');
  assert.ok(wider.nodes.length > g.nodes.length);
});

test('--relation, --entity-type, --source, --from/--to keep what they say', () => {
  const g = exportJson('--relation', 'SUPPORTS,considers_terrorist', '--entity-type', 'State', '--entity-type', 'Group');
  assert.ok(g.edges.length > 0);
  assert.ok(g.edges.every((e) => ['SUPPORTS', 'CONSIDERS_TERRORIST'].includes(e.attributes.type as string)));
  assert.ok(g.nodes.every((n) => ['State', 'Group'].includes(n.attributes.type as string)));
  assert.equal(g.edges.length, reference.edges.filter((e) => {
    const t = (k: string) => reference.nodes.find((n) => n.key === k)!.attributes.type as string;
    return ['SUPPORTS', 'CONSIDERS_TERRORIST'].includes(e.attributes.type as string) && ['State', 'Group'].includes(t(e.source)) && ['State', 'Group'].includes(t(e.target));
  }).length);

  const sourceOf = new Map(reference.attributes.articles.map((a) => [a.id, a]));
  const nna = exportJson('--source', 'NNA');
  assert.ok(nna.edges.length > 0);
  for (const e of nna.edges) assert.ok(list(e.attributes.docs).every((d) => sourceOf.get(d)!.source === 'nna'), e.key);
  assert.ok(nna.attributes.articles.every((a) => a.source === 'nna'));

  const spring = exportJson('--from', '2015-01-01', '--to', '2015-06-30');
  assert.ok(spring.edges.length > 0);
  for (const e of spring.edges) {
    for (const d of list(e.attributes.docs)) {
      const date = sourceOf.get(d)!.date!;
      assert.ok(date >= '2015-01-01' && date <= '2015-06-30', `${e.key}: ${d} ${date}`);
    }
  }
});

test('--query: the entities and relations a query returns, as nodes, bare relationships or paths', () => {
  const syria = keyOfName('Syria');
  const supportersOfSyria = reference.edges.filter((e) => e.attributes.type === 'SUPPORTS' && e.target === syria);
  const viaNodes = exportJson('--query', "MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {name: 'Syria'}) RETURN a, r, b");
  assert.deepEqual(viaNodes.edges.map((e) => e.key).sort(), supportersOfSyria.map((e) => e.key).sort());
  assert.deepEqual(viaNodes.nodes.map((n) => n.key).sort(), [...new Set([syria, ...supportersOfSyria.map((e) => e.source)])].sort());
  // Relationships alone: their ends are looked up in the store.
  const bare = exportJson('--query', 'MATCH ()-[r:SUPPORTS]->(b:Entity) WHERE b.name = $n RETURN r', '--param', 'n=Syria');
  assert.deepEqual(bare.edges.map((e) => e.key).sort(), supportersOfSyria.map((e) => e.key).sort());
  const paths = exportJson('--query', "MATCH p = (:Entity {name: 'Russia'})-[:SUPPORTS]->(:Entity) RETURN p");
  const russia = keyOfName('Russia');
  assert.deepEqual(paths.edges.map((e) => e.key).sort(), reference.edges.filter((e) => e.source === russia && e.attributes.type === 'SUPPORTS').map((e) => e.key).sort());
  // The full attributes come from the graph, whatever the query returned.
  const edge = viaNodes.edges[0]!;
  assert.deepEqual(edge, reference.edges.find((e) => e.key === edge.key));
  // Combined with a selection flag.
  const states = exportJson('--query', 'MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity) RETURN a, r, b', '--entity-type', 'State');
  assert.ok(states.nodes.every((n) => n.attributes.type === 'State'));
});

// ---- bad input ----

test('an empty selection writes an empty, valid file in every format, says so, and exits 0', () => {
  for (const format of ['json', 'gexf', 'graphml', 'cypher', 'csv']) {
    const out = path.join(OUT, `empty-${format}`);
    const r = cli(['export', '--db', DB, '--format', format, '--out', out, '--query', "MATCH (a:Entity) WHERE a.name = 'nobody' RETURN a"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /the export is empty: the query returned no rows/);
    assert.match(r.stderr, /wrote 0 entities and 0 relations/);
    if (format === 'json') assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).nodes, []);
    if (format === 'gexf') assert.equal(parseGexf(Graph, readFileSync(out, 'utf8')).order, 0);
    if (format === 'graphml') assert.equal(parseGraphml(Graph, readFileSync(out, 'utf8')).order, 0);
    if (format === 'cypher') assert.ok(readFileSync(out, 'utf8').includes('CREATE CONSTRAINT'));
    if (format === 'csv') assert.equal(readFileSync(path.join(out, 'nodes.csv'), 'utf8').split('\n').filter(Boolean).length, 1, 'header only');
  }
  const scalars = cli(['export', '--db', DB, '--out', path.join(OUT, 'scalars.json'), '--query', 'MATCH (a:Entity) RETURN a.name LIMIT 2']);
  assert.equal(scalars.code, 0);
  assert.match(scalars.stderr, /returned no nodes, relationships or paths \(return them, e\.g\. RETURN a, r, b\)/);
  const dates = cli(['export', '--db', DB, '--out', path.join(OUT, 'old.json'), '--to', '1990-01-01']);
  assert.equal(dates.code, 0);
  assert.match(dates.stderr, /the export is empty: nothing matches the selection/);
});

test('bad input: one line, exit code 2, no stack, nothing written', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--ego', 'Lavrv'], /^actorgraph: unknown actor "Lavrv"; did you mean "Sergei Lavrov"\?\n$/],
    [['--format', 'xml'], /Invalid values:\n\s+Argument: format, Given: "xml", Choices: "json", "gexf", "graphml", "csv", "cypher"/],
    [['--out', '/nonexistent-folder/graph.json'], /^actorgraph: cannot write \/nonexistent-folder\/graph\.json: ENOENT \(no folder \/nonexistent-folder\)\n$/],
    [['--query', 'MATCH (n) DETACH DELETE n'], /^actorgraph: --query: this query writes \(DETACH DELETE\), and queries run read-only\n$/],
    [['--query', "MATCH (n) SET n.name = 'x' RETURN n"], /this query writes \(SET\)/],
    [['--query', 'MATCH (n RETURN n'], /^actorgraph: syntax error at line 1, column 10/],
    [['--relation', 'SUPORTS'], /^actorgraph: --relation "SUPORTS" is not one of SUPPORTS, OPPOSES,/],
    [['--entity-type', 'Country'], /^actorgraph: --entity-type "Country" is not one of Person, State, Group, Place\n$/],
    [['--from', '2016-02-30'], /^actorgraph: --from takes a date as YYYY-MM-DD/],
    [['--from', '2016-05-01', '--to', '2016-01-01'], /--from 2016-05-01 is after --to 2016-01-01/],
    [['--depth', '2'], /--depth goes with --ego NAME/],
    [['--source', 'reuters'], /^actorgraph: no article comes from "reuters"; sources in the graph: alaraby, nna\n$/],
    [['--format', 'csv'], /--format csv writes a folder of files: give it with --out DIR/],
    [['--param', 'x=1'], /--param goes with --query/],
  ];
  for (const [args, message] of cases) {
    const r = cli(['export', '--db', DB, ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    noStack(r);
  }
  const file = path.join(OUT, 'a-file');
  writeFileSync(file, 'x');
  const onFile = cli(['export', '--db', DB, '--format', 'csv', '--out', file]);
  assert.equal(onFile.code, 2);
  assert.match(onFile.stderr, /cannot write the folder .*a-file: EEXIST \(a file is in the way; --format csv writes a folder\)/);
  assert.ok(!existsSync(path.join(OUT, '.graph.json.tmp')));
});

test('symmetric relations are marked in every format, ordered as stored', () => {
  const negotiates = Object.entries(RELATION_TYPE_INFO).filter(([, i]) => i.symmetric).map(([t]) => t as RelationType);
  assert.deepEqual(negotiates, ['NEGOTIATES_WITH']);
  const json = reference.edges.filter((e) => e.attributes.type === 'NEGOTIATES_WITH');
  assert.ok(json.every((e) => e.undirected === true && e.source < e.target));
});
