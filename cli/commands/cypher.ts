import type { Argv, ArgumentsCamelCase } from 'yargs';
import { openStore } from '../../graph/open.js';
import { ReadOnlyQueryError } from '../../graph/store.js';
import { refusalMessage, refusalOf } from '../../cypher/guard.js';
import { describeParam, loadNamedQueries, type NamedQuery } from '../../cypher/named.js';
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from '../../cypher/format.js';
import { bindParams, ParamError, parseParamArgs } from '../../cypher/params.js';
import { queryParameters } from '../../cypher/tokens.js';
import { entityNames, resolveActor } from '../actors.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

interface CypherArgs extends StoreArgs {
  query?: string;
  named?: string;
  list?: boolean;
  param?: string[];
  format: OutputFormat;
  write?: boolean;
}

export const command = 'cypher [query]';
export const describe = 'run a Cypher query (or a named one from cypher/queries) against the graph';

export function builder(y: Argv) {
  return withStoreOptions(y)
    .positional('query', { type: 'string', describe: 'the Cypher query (from a file: "$(cat query.cypher)")' })
    .option('named', { type: 'string', describe: 'run the named query NAME (see --list)' })
    .option('list', { type: 'boolean', describe: 'list the named queries, what they answer and their parameters' })
    .option('param', { type: 'string', array: true, describe: 'a query parameter NAME=VALUE (repeatable); VALUE is JSON when it reads as JSON, else a string' })
    .option('format', { choices: OUTPUT_FORMATS, default: 'table' as const, describe: 'output format' })
    .option('write', { type: 'boolean', describe: 'allow the query to change the graph (queries run read-only otherwise)' })
    .example('$0 cypher "MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name, r.articles"', 'an ad-hoc query')
    .example('$0 cypher --named supporters --param name=Syria', 'a named query')
    .example('$0 cypher --list', 'the named queries');
}

export function formatNamedList(queries: NamedQuery[]): string {
  const lines: string[] = [];
  for (const q of queries) {
    lines.push(`${q.name}`, `  ${q.answers}`);
    for (const p of q.params) lines.push(`  --param ${describeParam(p)}`);
  }
  return lines.join('\n') + '\n';
}

/** Parameters of a named query: declared ones only, defaults filled in, kinds checked. */
function namedParams(q: NamedQuery, given: Map<string, string>): { values: Record<string, unknown>; actors: string[] } {
  const unknown = [...given.keys()].filter((k) => !q.params.some((p) => p.name === k));
  if (unknown.length) {
    const takes = q.params.length ? `it takes ${q.params.map((p) => p.name).join(', ')}` : 'it takes no parameters';
    throw new UserError(`named query ${q.name} has no parameter ${unknown.join(', ')}: ${takes}`);
  }
  const values: Record<string, unknown> = {};
  const actors: string[] = [];
  for (const p of q.params) {
    const raw = given.get(p.name);
    if (raw === undefined) {
      if (p.default === undefined) throw new UserError(`named query ${q.name} needs --param ${p.name}=... (${describeParam(p)})`);
      values[p.name] = p.default;
      continue;
    }
    if (p.kind === 'number') {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new UserError(`--param ${p.name} takes a number, not ${JSON.stringify(raw)}`);
      values[p.name] = n;
    } else if (p.kind === 'date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw new UserError(`--param ${p.name} takes a date YYYY-MM-DD, not ${JSON.stringify(raw)}`);
      values[p.name] = raw;
    } else {
      values[p.name] = raw;
      if (p.kind === 'actor') actors.push(p.name);
    }
  }
  return { values, actors };
}

export async function handler(args: ArgumentsCamelCase<CypherArgs>): Promise<number> {
  if (args.list) {
    process.stdout.write(formatNamedList(await loadNamedQueries()));
    return EXIT.ok;
  }
  if ((args.query === undefined) === (args.named === undefined)) {
    throw new UserError('give a Cypher query or --named NAME, not both and not neither (--list shows the named queries)');
  }
  let given: Map<string, string>;
  try { given = parseParamArgs(args.param ?? []); } catch (e) { if (e instanceof ParamError) throw new UserError(e.message); throw e; }

  let query: string;
  let params: Record<string, unknown>;
  let actors: string[] = [];
  if (args.named !== undefined) {
    const all = await loadNamedQueries();
    const q = all.find((x) => x.name === args.named);
    if (!q) throw new UserError(`no named query ${JSON.stringify(args.named)}; named queries: ${all.map((x) => x.name).join(', ')}`);
    query = q.cypher;
    ({ values: params, actors } = namedParams(q, given));
  } else {
    // A trailing semicolon is how people end statements elsewhere; the drivers take one statement.
    query = args.query!.trim().replace(/;\s*$/, '');
    if (!query) throw new UserError('the query is empty');
    try { params = bindParams(queryParameters(query), given); } catch (e) { if (e instanceof ParamError) throw new UserError(e.message); throw e; }
  }
  const refusal = args.write ? null : refusalOf(query);
  if (refusal) throw new UserError(refusalMessage(refusal, 'add --write to allow it'));

  const store = await openStore(storeSpec(args), { readOnly: !args.write });
  try {
    if (actors.length) {
      const entities = await entityNames(store);
      for (const name of actors) {
        const typed = String(params[name]);
        const e = resolveActor(entities, typed);
        // The key names exactly one entity; the query matches key, name or alias.
        params[name] = e.key;
        if (e.name !== typed) process.stderr.write(`${name}: "${typed}" is ${e.name} (${e.type})\n`);
      }
    }
    let result;
    try {
      result = await store.query(query, params, { write: args.write ?? false });
    } catch (e) {
      if (e instanceof ReadOnlyQueryError) throw new UserError(`${e.message}; add --write to allow it`);
      throw e;
    }
    process.stdout.write(formatResult(result, args.format));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
