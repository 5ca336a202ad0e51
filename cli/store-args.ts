// The store flags every command shares, and the store they select.
import type { Argv } from 'yargs';
import type { StoreSpec } from '../graph/open.js';
import { UserError } from './errors.js';

export const DEFAULT_DB = './actorgraph.db';

export interface StoreArgs {
  db?: string;
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function withStoreOptions<T>(y: Argv<T>) {
  return y
    .option('db', { type: 'string', describe: `folder of the embedded graph database (default ${DEFAULT_DB})` })
    .option('neo4j', { type: 'string', describe: 'Neo4j URI (bolt://, neo4j://); or set NEO4J_URI' })
    .option('user', { type: 'string', describe: 'Neo4j user; or NEO4J_USERNAME (default neo4j)' })
    .option('password', { type: 'string', describe: 'Neo4j password; or NEO4J_PASSWORD' })
    .option('database', { type: 'string', describe: 'Neo4j database; or NEO4J_DATABASE (default: the server default)' })
    .group(['db', 'neo4j', 'user', 'password', 'database'], 'Store:');
}

/** --neo4j wins; an explicit --db wins over NEO4J_URI in the environment. */
export function storeSpec(args: StoreArgs, env: NodeJS.ProcessEnv = process.env): StoreSpec {
  const uri = args.neo4j ?? (args.db === undefined ? env.NEO4J_URI : undefined);
  if (uri) {
    if (args.db !== undefined && args.neo4j !== undefined) throw new UserError('give either --db (embedded store) or --neo4j, not both');
    const password = args.password ?? env.NEO4J_PASSWORD;
    if (password === undefined) throw new UserError('Neo4j needs a password: --password or NEO4J_PASSWORD');
    return { kind: 'neo4j', uri, user: args.user ?? env.NEO4J_USERNAME ?? 'neo4j', password, database: args.database ?? env.NEO4J_DATABASE };
  }
  return { kind: 'kuzu', dir: args.db ?? DEFAULT_DB };
}
