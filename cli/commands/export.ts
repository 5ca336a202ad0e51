import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../graph/model.js';
import { openStore } from '../../graph/open.js';
import { resultSubgraph } from '../../graph/query-subgraph.js';
import { isIsoDate, selectSubgraph, type Selection } from '../../graph/select.js';
import type { GraphSnapshot } from '../../graph/store.js';
import { toGraphologyJson } from '../../graph/export/json.js';
import { toGexf } from '../../graph/export/gexf.js';
import { toGraphml } from '../../graph/export/graphml.js';
import { CSV_FILES, neo4jAdminCommand, toNeo4jCsv } from '../../graph/export/csv.js';
import { toCypherScript } from '../../graph/export/cypher-script.js';
import { refusalMessage, refusalOf } from '../../cypher/guard.js';
import { bindParams, ParamError, parseParamArgs } from '../../cypher/params.js';
import { queryParameters } from '../../cypher/tokens.js';
import { resolveActor } from '../actors.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
type Format = (typeof FORMATS)[number];

interface ExportArgs extends StoreArgs {
  format: Format;
  out?: string;
  query?: string;
  param?: string[];
  ego?: string;
  depth?: number;
  relation?: string[];
  entityType?: string[];
  source?: string[];
  from?: string;
  to?: string;
}

export const command = 'export';
export const describe = 'write the graph, or a part of it, to a file: graphology JSON, GEXF, GraphML, CSV for neo4j-admin, or a Cypher script';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .option('format', { choices: FORMATS, default: 'json' as const, describe: 'json: graphology (the scorer, sigma.js); gexf: Gephi; graphml: Cytoscape, yEd, NetworkX; csv: a folder for neo4j-admin import; cypher: a cypher-shell script' })
    .option('out', { type: 'string', describe: 'output file (a folder for csv); default: standard output' })
    .option('query', { type: 'string', describe: 'keep the entities and relations a read-only Cypher query returns (return nodes, relationships or paths)' })
    .option('param', { type: 'string', array: true, describe: 'a --query parameter NAME=VALUE (repeatable; JSON when it reads as JSON)' })
    .option('ego', { type: 'string', describe: 'keep this actor (name or alias) and what lies within --depth relations of it' })
    .option('depth', { type: 'number', describe: 'with --ego: how many relations away (default 1)' })
    .option('relation', { type: 'string', array: true, describe: `relation types to keep, comma-separated or repeated (${RELATION_TYPES.join(', ')})` })
    .option('entity-type', { type: 'string', array: true, describe: `entity types to keep (${ENTITY_TYPES.join(', ')})` })
    .option('source', { type: 'string', array: true, describe: 'keep what these outlets\' articles say (article source, comma-separated or repeated)' })
    .option('from', { type: 'string', describe: 'keep what articles dated on or after YYYY-MM-DD say' })
    .option('to', { type: 'string', describe: 'keep what articles dated on or before YYYY-MM-DD say' })
    .group(['query', 'param', 'ego', 'depth', 'relation', 'entity-type', 'source', 'from', 'to'], 'Selection:')
    .example('$0 export --format gexf --out graph.gexf', 'the whole graph for Gephi')
    .example('$0 export --format graphml --out lavrov.graphml --ego Lavrov --depth 2', 'an actor and its neighbours')
    .example('$0 export --format csv --out neo4j-import/ --relation SUPPORTS,CONSIDERS_TERRORIST', 'core relations for neo4j-admin')
    .example('$0 export --query "MATCH p = (:Entity {name: \'Russia\'})-[:SUPPORTS]->() RETURN p" --out russia.json', 'what a query returns');
}

/** Writes beside the target and renames, so a failed export never leaves half a file. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? ` (no folder ${path.dirname(file)})` : code === 'EACCES' || code === 'EPERM' ? ' (permission denied)' : code === 'EISDIR' ? ' (it is a folder)' : '';
    throw new UserError(`cannot write ${file}: ${code ?? (err as Error).message}${why}`);
  }
}

/** "a,b" and repeated flags alike, each checked against the model's list (case ignored). */
function parseList<T extends string>(flag: string, values: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!values?.length) return undefined;
  const out: T[] = [];
  for (const v of values.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean)) {
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase().replace(/-/g, '_'));
    if (!found) throw new UserError(`--${flag} ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

function parseDate(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!isIsoDate(v)) {
    throw new UserError(`--${flag} takes a date as YYYY-MM-DD (e.g. 2016-09-01), not ${JSON.stringify(v)}`);
  }
  return v;
}

interface Plan {
  selection: Omit<Selection, 'ego'>;
  ego?: { name: string; depth: number };
  query?: { text: string; params: Record<string, unknown> };
}

/** Every flag checked before the store is opened: bad input costs nothing. */
function plan(args: ArgumentsCamelCase<ExportArgs>): Plan {
  if (args.format === 'csv' && !args.out) throw new UserError('--format csv writes a folder of files: give it with --out DIR');
  if (args.depth !== undefined && args.ego === undefined) throw new UserError('--depth goes with --ego NAME');
  const depth = args.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new UserError(`--depth takes a whole number of relations (0 or more), not ${args.depth}`);
  const from = parseDate('from', args.from);
  const to = parseDate('to', args.to);
  if (from && to && from > to) throw new UserError(`--from ${from} is after --to ${to}`);
  const sources = args.source?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const selection: Plan['selection'] = {
    relationTypes: parseList<RelationType>('relation', args.relation, RELATION_TYPES),
    entityTypes: parseList<EntityType>('entity-type', args.entityType, ENTITY_TYPES),
    ...(sources?.length ? { sources } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  let query: Plan['query'];
  if (args.query !== undefined) {
    const text = args.query.trim().replace(/;\s*$/, '');
    if (!text) throw new UserError('--query is empty');
    const refusal = refusalOf(text);
    if (refusal) throw new UserError(`--query: ${refusalMessage(refusal)}`);
    try {
      query = { text, params: bindParams(queryParameters(text), parseParamArgs(args.param ?? [])) };
    } catch (e) {
      if (e instanceof ParamError) throw new UserError(e.message);
      throw e;
    }
  } else if (args.param?.length) throw new UserError('--param goes with --query');
  return { selection, ...(args.ego !== undefined ? { ego: { name: args.ego, depth } } : {}), ...(query ? { query } : {}) };
}

function checkSources(snapshot: GraphSnapshot, sources: string[] | undefined): void {
  if (!sources?.length) return;
  const known = [...new Set(snapshot.articles.map((a) => a.source).filter((s): s is string => !!s))].sort();
  const unknown = sources.filter((s) => !known.some((k) => k.toLowerCase() === s.toLowerCase()));
  if (unknown.length) {
    throw new UserError(`no article comes from ${unknown.map((s) => JSON.stringify(s)).join(', ')}; sources in the graph: ${known.join(', ') || 'none (no article has a source)'}`);
  }
}

function render(format: Exclude<Format, 'csv'>, g: GraphSnapshot): string {
  switch (format) {
    case 'json': return JSON.stringify(toGraphologyJson(g)) + '\n';
    case 'gexf': return toGexf(g);
    case 'graphml': return toGraphml(g);
    case 'cypher': return toCypherScript(g);
  }
}

async function writeCsv(dir: string, g: GraphSnapshot): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write the folder ${dir}: ${code}${code === 'EEXIST' || code === 'ENOTDIR' ? ' (a file is in the way; --format csv writes a folder)' : ''}`);
  }
  const files = toNeo4jCsv(g);
  for (const name of CSV_FILES) await writeAtomically(path.join(dir, name), files[name]);
}

export async function handler(args: ArgumentsCamelCase<ExportArgs>): Promise<number> {
  const p = plan(args);
  const store = await openStore(storeSpec(args), { readOnly: true });
  let graph: GraphSnapshot;
  let emptyWhy = 'nothing matches the selection';
  try {
    const all = await store.snapshot();
    checkSources(all, p.selection.sources);
    let base = all;
    if (p.query) {
      const { rows } = await store.query(p.query.text, p.query.params);
      const sub = await resultSubgraph(store, all, rows);
      base = sub.snapshot;
      if (rows.length === 0) emptyWhy = 'the query returned no rows';
      else if (sub.found === 0) emptyWhy = 'the query returned no nodes, relationships or paths (return them, e.g. RETURN a, r, b)';
      else if (sub.found === sub.skipped) emptyWhy = 'the query returned no entities or relations (only articles or MENTIONS)';
    }
    const selection: Selection = { ...p.selection };
    if (p.ego) selection.ego = { key: resolveActor(base.entities, p.ego.name).key, depth: p.ego.depth };
    graph = selectSubgraph(base, selection);
  } finally {
    await store.close();
  }

  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const counts = `${count(graph.entities.length, 'entity', 'entities')} and ${count(graph.relations.length, 'relation', 'relations')}`;
  if (graph.entities.length === 0) process.stderr.write(`the export is empty: ${emptyWhy}\n`);
  if (args.format === 'csv') {
    await writeCsv(args.out!, graph);
    process.stderr.write(`wrote ${counts} to ${args.out} (${CSV_FILES.join(', ')}); import into an empty Neo4j database with:\n${neo4jAdminCommand(args.out!)}\n`);
    return EXIT.ok;
  }
  const text = render(args.format, graph);
  if (args.out) {
    await writeAtomically(args.out, text);
    process.stderr.write(`wrote ${counts} to ${args.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return EXIT.ok;
}
